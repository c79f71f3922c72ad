// SPDX-License-Identifier: MIT
#pragma once

#include "aex/core/statistics.h"

#include "refreshthrottle.h"

#include <QList>
#include <QWidget>

#include <vector>

class QCustomPlot;
class QLabel;

namespace Model {
class ExplorerDocument;
}

namespace Widgets {

// Signal propagation through a wide random network of each visible curve (Core::propagate), layer
// 0 to the lens's depth: above, the pre-activation variance q_l; below, the running product of the
// gradient gains χ_l, which is what makes gradients vanish or explode. Both on log scales, each
// curve in its colour, with the lens's initialisation. objectName of the plot: "depthPlot".
class DepthView : public QWidget {
    Q_OBJECT
public:
    explicit DepthView(QWidget* parent = nullptr);
    void setDocument(Model::ExplorerDocument* document);

    // The rows as last drawn, per visible curve (for tests), and which curve each is.
    const QList<std::vector<Core::DepthRow>>& shown() const
    {
        m_throttle->catchUp();
        return m_shown;
    }
    const QList<int>& shownCurves() const
    {
        m_throttle->catchUp();
        return m_shownCurves;
    }
    QCustomPlot* plot() const
    {
        m_throttle->catchUp();
        return m_plot;
    }
    void refresh();

private:
    void applyTheme();

    Model::ExplorerDocument* m_document = nullptr;
    QLabel* m_caption = nullptr;
    QCustomPlot* m_plot = nullptr;
    RefreshThrottle* m_throttle = nullptr;
    QList<std::vector<Core::DepthRow>> m_shown;
    QList<int> m_shownCurves;
};

} // namespace Widgets
