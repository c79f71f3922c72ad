// SPDX-License-Identifier: MIT
// Private to PlotScene: the QCustomPlot objects it draws with.
#pragma once

#include "plotscene.h"

#include <qcustomplot.h>

#include <array>
#include <vector>

namespace Widgets {

struct PlotScene::Impl {
    // One panel, top to bottom.
    struct PanelView {
        Panel panel = Panel::Function;
        QCPAxisRect* rect = nullptr;
        QCPItemStraightLine* line = nullptr; // the crosshair
        QCPItemTracer* tracer = nullptr;     // the crosshair's dot on the selected curve
        QCPAxis* x() const { return rect->axis(QCPAxis::atBottom); }
        QCPAxis* y() const { return rect->axis(QCPAxis::atLeft); }
    };
    // What one curve draws in one panel.
    struct Graphs {
        QCPGraph* line = nullptr;
        QCPCurve* filled = nullptr; // the point a jump's x owns
        QCPCurve* open = nullptr;   // the limits that do not own it
    };
    // One curve: its graphs in each panel (in `panels` order), none while it is hidden.
    struct Slot {
        std::array<Graphs, 2> graphs{};
        std::vector<double> breakpointXs; // inside the sampled range: the crosshair snaps to them
        bool sampled = false;             // false when the core refused to sample the curve
        bool shown() const { return graphs[0].line != nullptr; }
    };

    QCustomPlot* plot = nullptr;
    std::vector<PanelView> panels;
    QCPItemText* xTag = nullptr; // the crosshair's x, on the bottom panel's axis
    QCPLayer* markerLayer = nullptr;
    QCPLayer* selectedLayer = nullptr;
    QCPLayer* crosshairLayer = nullptr;
    std::vector<Slot> curveGraphs;
    // The distribution lens (plotscenelens.cpp): the input density along the bottom of the
    // function panel and the zero-gradient regions in the derivative panel, each on its panel's
    // right axis; null while the lens is off or the panel is missing.
    QCPGraph* density = nullptr;
    QCPGraph* zeroGradient = nullptr;
    QCPLayer* lensLayer = nullptr;
    std::array<QCPGraph*, 2> overlay{}; // the learning lab's unit, per panel (plotsceneoverlay.cpp)
    int syncingX = 0; // > 0 while one panel's x range is copied to the other

    const PanelView* find(Panel panel) const
    {
        for (const PanelView& p : panels)
            if (p.panel == panel)
                return &p;
        return nullptr;
    }
    std::size_t indexOf(Panel panel) const
    {
        for (std::size_t i = 0; i < panels.size(); ++i)
            if (panels[i].panel == panel)
                return i;
        return panels.size();
    }
    QCPAxis* x() const { return panels.front().x(); }
    QCPAxis* bottomX() const { return panels.back().x(); }

    void createGraphs(Slot& slot);
    void destroyGraphs(Slot& slot);
};

} // namespace Widgets
