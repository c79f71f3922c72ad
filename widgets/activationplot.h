// SPDX-License-Identifier: MIT
#pragma once

#include "curve.h"

#include "aex/core/analysis.h"
#include "aex/core/sampling.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <optional>
#include <vector>

class QAction;
class QCPAxisRect;
class QCPCurve;
class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;
class QCPItemTracer;
class QCPLayer;
class QCPRange;
class QCustomPlot;
class QMouseEvent;
class QShowEvent;

namespace Widgets {

// The function and its derivative, for every visible curve, in two stacked panels that share the
// x axis: f(x) on top, f'(x) below.
//
// Data comes from Core::sample() with the core's breakpoints inserted, so corners are exact. Where
// a panel's value jumps (or a single point differs from both limits) the line is broken with a NaN
// point, so no segment crosses the jump; an open circle marks each limit that does not own the
// point and a filled dot marks (x, f(x)). The plot holds exactly two QCPGraphs per visible curve
// (valueGraph(), derivativeGraph()); the jump markers are QCPCurve scatter plottables.
//
// Mouse: the wheel zooms around the cursor (x in both panels, y in the panel under the cursor),
// dragging pans, Shift+drag or a right-button drag zooms to a rectangle, Ctrl+0 resets the view.
// Dragging on an axis pans or zooms that axis only. While the user has not zoomed or panned, the
// y ranges follow the data. The curves are always sampled over the visible x range, so corners
// stay sharp when zoomed in. On screen QCustomPlot is never given more points than it can show:
// one per device pixel of the panel width (at least 200, at most the domain's sample count) plus
// the exact breakpoints, however large the sample count. Off screen (hidden, or drawing a
// figure for export) the curves are sampled at the domain's full count; fullSeries() gives that
// data for a shown plot too.
//
// The crosshair follows the mouse, snaps to the selected curve's sample grid (the visible range
// at the domain's sample count, plus its breakpoints) and is stepped with the arrow keys (Shift:
// ten samples, Home/End: ends, Escape hides it).
class ActivationPlot : public QWidget {
    Q_OBJECT
public:
    explicit ActivationPlot(QWidget* parent = nullptr);
    ~ActivationPlot() override;

    // Replaces all curves and updates the data at once; the repaint is queued.
    void setCurves(const QList<Curve>& curves);
    // One curve changed (a slider step): resamples just that curve. An index past the end is
    // ignored.
    void updateCurve(qsizetype index, const Curve& curve);
    const QList<Curve>& curves() const { return m_curves; }

    // The curve the crosshair snaps to; it is drawn slightly thicker and on top. -1: none.
    void setSelectedCurve(qsizetype index);
    qsizetype selectedCurve() const { return m_selected; }

    // The x range the view resets to, and the sample count. An invalid domain is ignored (with a
    // warning). Resets the view.
    void setDomain(const Core::Domain& domain);
    Core::Domain domain() const { return m_domain; }

    void setDType(Core::DType dtype);
    Core::DType dtype() const { return m_dtype; }

    // Background, axes, grid, text and legend of the plot itself. Curve colours are kept, except
    // that a colour too close to the background (black on dark) is swapped for a visible one.
    void setTheme(Theme theme);
    Theme theme() const { return m_theme; }
    QColor backgroundColor() const;
    // The colour curve `color` is drawn with in the current theme.
    QColor displayColor(const QColor& color) const;

    // Back to the domain's x range with y fitted to the data (Ctrl+0); y then follows the data
    // again until the user zooms or pans.
    void resetView();
    QAction* resetViewAction() const { return m_resetAction; }
    // True until the user zooms or pans: the view is the domain and y follows the data.
    bool followsData() const { return m_autoFit; }
    // The visible x range.
    double viewMin() const;
    double viewMax() const;
    // What the graphs currently hold: the visible x range, and the number of grid points (the
    // breakpoint triples come on top). On screen that is screenSampleCount(), else the domain's.
    Core::Domain sampledDomain() const { return m_sampled; }
    // The grid size the graphs get at the current panel width: one point per device pixel, at
    // least kMinScreenSamples, at most the domain's sample count; the domain's count while the
    // plot is not visible.
    std::size_t screenSampleCount() const;
    static constexpr std::size_t kMinScreenSamples = 200;
    // Curve i over the whole domain at its full sample count, in the plot's dtype: what an export
    // writes (the graphs on screen hold fewer points). Empty for a curve that does not exist.
    Core::Series fullSeries(qsizetype curve, Core::SampleOptions options = {}) const;

    QCustomPlot* customPlot() const { return m_plot; }
    QCPAxisRect* valueRect() const { return m_valueRect; }
    QCPAxisRect* derivativeRect() const { return m_derivRect; }

    // Graphs of curve i, or nullptr when the curve is hidden or does not exist.
    QCPGraph* valueGraph(qsizetype curve) const;
    QCPGraph* derivativeGraph(qsizetype curve) const;
    // Jump markers of curve i in one panel: filled dots (owned points) and open circles (limits
    // that do not own the point). nullptr when the curve is hidden.
    QCPCurve* filledMarkers(qsizetype curve, bool derivative) const;
    QCPCurve* openMarkers(qsizetype curve, bool derivative) const;

    // Crosshair / readout. setCrosshairX snaps to the nearest sample x of the selected curve (of
    // the first visible curve when the selected one is hidden).
    void setCrosshairX(double x);
    std::optional<double> crosshairX() const { return m_crosshairX; }
    void clearCrosshair();
    // Moves the crosshair by `steps` samples of the selected curve (negative: left).
    void stepCrosshair(int steps);
    // "x = …" then one line "name: f = …, f′ = …" per visible curve, numbers formatted with
    // Core::formatNumber in the plot's dtype, values from Core::evaluateAt (exact, not
    // interpolated). Empty while there is no crosshair.
    QString readoutText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void readoutChanged(const QString& text);
    void viewRangeChanged(double xMin, double xMax);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Slot {
        QCPGraph* value = nullptr;
        QCPGraph* derivative = nullptr;
        QCPCurve* valueFilled = nullptr;
        QCPCurve* valueOpen = nullptr;
        QCPCurve* derivFilled = nullptr;
        QCPCurve* derivOpen = nullptr;
        std::vector<double> breakpointXs; // inside the sampled range: the crosshair snaps to them
        bool sampled = false;             // false when the core refused to sample the curve
        bool hasGraphs() const { return value != nullptr; }
    };

    void setupPlot();
    static void setupPanel(QCPAxisRect* rect, bool top);
    void createGraphs(Slot& slot);
    void destroyGraphs(Slot& slot);
    void styleSlot(qsizetype index);
    void resample(qsizetype index);
    void resampleAll();
    // Resamples every curve when the visible range or the screen sample count changed; true if
    // it did.
    bool followView();
    void onAfterLayout();
    Core::Domain snapDomain() const;
    void fitY();
    void fitYPanel(QCPAxisRect* rect, bool derivative);
    void rebuildLegend();
    void applyTheme();
    void onXRangeChanged(QCPAxisRect* source, const QCPRange& range);
    void onYRangeChanged();
    void onMousePress(QMouseEvent* event);
    void onMouseMove(QMouseEvent* event);
    qsizetype snapCurve() const;
    double snapX(double x) const;
    void updateCrosshair(bool emitReadout);
    QString formatValue(double v) const;
    void replotLater();

    QCustomPlot* m_plot = nullptr;
    QCPAxisRect* m_valueRect = nullptr;
    QCPAxisRect* m_derivRect = nullptr;
    QCPLayer* m_markerLayer = nullptr;
    QCPLayer* m_selectedLayer = nullptr;
    QCPLayer* m_crosshairLayer = nullptr;
    QCPItemStraightLine* m_valueLine = nullptr;
    QCPItemStraightLine* m_derivLine = nullptr;
    QCPItemTracer* m_valueTracer = nullptr;
    QCPItemTracer* m_derivTracer = nullptr;
    QCPItemText* m_xTag = nullptr;
    QAction* m_resetAction = nullptr;

    QList<Curve> m_curves;
    std::vector<Slot> m_slots;
    qsizetype m_selected = -1;
    Core::Domain m_domain;
    Core::Domain m_sampled;
    Core::DType m_dtype = Core::DType::Float64;
    Theme m_theme = Theme::Light;
    std::optional<double> m_crosshairX;
    bool m_autoFit = true;
    int m_programmatic = 0; // > 0 while this class itself changes axis ranges
    int m_syncingX = 0;     // > 0 while one panel's x range is copied to the other
    QString m_lastReadout;
};

} // namespace Widgets
