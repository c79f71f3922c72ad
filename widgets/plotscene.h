// SPDX-License-Identifier: MIT
#pragma once

#include "curve.h"
#include "session.h"

#include "aex/core/sampling.h"

#include <QColor>
#include <QImage>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QRect>
#include <QSize>
#include <QStringList>
#include <QVector>

#include <memory>
#include <optional>
#include <vector>

class QCustomPlot;
class QPaintDevice;

namespace Widgets {

enum class Panel { Function, Derivative };

// One panel of one curve as drawn: the line (a NaN y breaks it at a jump), the filled dots (the
// point a jump's x owns) and the open circles (the limits that do not own it).
struct PanelPoints {
    QVector<QPointF> line;
    QVector<QPointF> filled;
    QVector<QPointF> open;
};

// What the crosshair reads at its x: for every visible curve, f and f′ exactly (Core::evaluateAt,
// in the scene's dtype, never interpolated).
struct CrosshairReading {
    int curve = -1;
    QString name;
    double y = 0;
    double dy = 0;
    friend bool operator==(const CrosshairReading&, const CrosshairReading&) = default;
};
struct Crosshair {
    double x = 0;
    Core::DType dtype = Core::DType::Float64;
    QList<CrosshairReading> readings; // visible curves, in order
    friend bool operator==(const Crosshair&, const Crosshair&) = default;
};

// Draws a scene — curves, domain, dtype, view ranges, theme, selection — onto a QCustomPlot: the
// function panel f(x) over the derivative panel f′(x) with a shared x axis, or one of them. The
// on-screen ActivationPlot and the figure export both draw through it; nothing else touches the
// QCustomPlot's axis rects, graphs or layers.
//
// Data comes from Core::sample() with the core's breakpoints inserted, so corners are exact. Where
// a panel's value jumps (or a single point differs from both limits) the line is broken with a NaN
// point, so no segment crosses the jump; an open circle marks each limit that does not own the
// point and a filled dot marks (x, f(x)).
//
// Each curve is sampled over the visible x range: at Resolution::Screen with one point per device
// pixel of the panel (at least kMinScreenSamples, at most the domain's count) plus the exact
// breakpoints, however large the sample count; at Resolution::Full with the domain's count (a
// figure). A view range that is nullopt follows the data: x is the domain, a y range fits the
// curves, and refits when they change.
class PlotScene : public QObject {
    Q_OBJECT
public:
    enum class Resolution { Screen, Full };
    static constexpr std::size_t kMinScreenSamples = 200;

    // The plot is the scene's to draw on from now on: it clears its layout.
    PlotScene(QCustomPlot* plot, Model::Panels panels, Resolution resolution, QObject* parent = nullptr);
    ~PlotScene() override;

    void setCurves(const QList<Model::Curve>& curves);
    // One curve changed (a slider step): only it is sampled again.
    void updateCurve(int index, const Model::Curve& curve);
    // The curve drawn thicker and on top, which the crosshair follows; -1: none.
    void setSelected(int index);
    void setDomain(const Core::Domain& domain);
    void setDType(Core::DType dtype);
    void setTheme(Model::Theme theme);
    void setView(const Model::ViewRanges& view);
    // Samples again, and replots, if the plot's width now asks for another sample count (a plot
    // that was hidden has been shown).
    void followWidth();
    // The legend's corner in the top panel, or hidden.
    void setLegendPlace(Model::LegendPlace place);
    Model::LegendPlace legendPlace() const { return m_legendPlace; }
    // The distribution lens: when lens.shown, the input density as a band along the bottom of the
    // function panel (on its own scale) and, in the derivative panel, where curve `curve`'s
    // gradient is exactly zero; both in the legend.
    void setLens(const Model::Lens& lens, int curve);
    const Model::Lens& lens() const { return m_lens; }
    // A curve that is not the document's: the learning lab's trained unit, drawn dashed over both
    // panels while training moves it; nullopt removes it. Not in the legend, not in figures.
    void setOverlay(const std::optional<Core::Activation>& activation, QColor color);
    const std::optional<Core::Activation>& overlay() const { return m_overlay; }
    QColor overlayColor() const { return m_overlayColor; }
    PanelPoints overlayPoints(Panel panel) const;
    // The lens as drawn, for tests: the density band's points and the shaded x intervals.
    QVector<QPointF> lensDensity() const;
    QList<std::pair<double, double>> lensZeroGradient() const;

    const QList<Model::Curve>& curves() const { return m_curves; }
    int selected() const { return m_selected; }
    Core::Domain domain() const { return m_domain; }
    Core::DType dtype() const { return m_dtype; }
    Model::Theme theme() const { return m_theme; }
    Model::Panels panels() const { return m_panels; }
    // The view as drawn: every range set (the followed ones at their current values).
    Model::ViewRanges shownView() const;
    // The view as set: nullopt where it follows the data.
    Model::ViewRanges view() const { return m_view; }
    // What the graphs hold: the visible x range at the sample count of the resolution (the
    // breakpoint triples come on top).
    Core::Domain sampledDomain() const { return m_sampled; }
    std::size_t sampleCount() const;

    // The drawing, for tests, the export and the readout.
    PanelPoints points(int curve, Panel panel) const; // empty for a hidden curve or a missing panel
    QStringList legend() const;                       // the visible curves' names; empty: no legend
    QColor curveColor(int curve) const;               // as drawn in the theme
    double lineWidth(int curve) const;
    // The curve's chosen style; automatic: solid, or a dash when it lies exactly on an earlier one.
    Qt::PenStyle dashStyle(int curve) const;
    // Every line this many times its width (presentation mode).
    void setLineScale(double scale);
    QColor backgroundColor() const;
    bool hasPanel(Panel panel) const;
    // In the QCustomPlot's pixels (laid out by the last replot).
    QRect panelRect(Panel panel) const;
    std::optional<Panel> panelAt(QPoint pixel) const;
    double pixelToX(double pixel) const;
    double xToPixel(double x) const;

    // Fits the y ranges that follow the data.
    void fitY();
    // Zooms x around `center` (factor < 1 zooms in), as the user does with the keys.
    void zoomX(double factor, double center);
    // Crosshair: snaps to the selected curve's sample grid (the visible range at the domain's
    // count) and its breakpoints; of the first visible curve when the selected one is hidden.
    void setCrosshair(std::optional<double> x);
    // Moves it by `steps` samples (negative: left); the first step puts it in the middle.
    void stepCrosshair(int steps);
    // Puts it on the first (or last) point of the visible grid, shown or not.
    void crosshairToEnd(bool last);
    std::optional<Crosshair> crosshair() const;

    // A replot on the next event loop turn (many changes, one replot).
    void replotLater();
    void replotNow();
    // For a device that ignores the painter's clip (QSvgGenerator): lines beyond a panel's y range
    // are cut at its edge, and the legend's icons are drawn no longer than they look.
    void clipForUnclippedDevice();
    // renderPlot() and paintPlotVector() of this scene's plot (plotpaint.h): for a scene of its
    // own (FigureScene), not for one on screen.
    QImage renderImage(QSize size, double scale);
    void paintVector(QPaintDevice* device, QSize size);
    // The fonts follow the plot widget's font again (after a QEvent::FontChange).
    void refreshStyle() { applyTheme(); }

signals:
    // The user panned or zoomed (QCustomPlot's own interactions): every range set.
    void viewChangedByUser(const Model::ViewRanges& view);
    // The crosshair moved or what it reads changed; nullopt: hidden.
    void crosshairChanged(const std::optional<Widgets::Crosshair>& crosshair);

private:
    struct Impl;
    std::unique_ptr<Impl> d;

    void resample(int index);
    void resampleAll();
    bool followView();
    bool onScreen() const;
    void onAfterLayout();
    void onRangeChanged(Panel source, bool xAxis);
    void applyTheme();
    void styleCurve(int index);
    void rebuildLegend();
    void restyleCoincident();
    void crosshairDataChanged();
    void updateLens();
    void updateOverlay();
    void createCrosshairItems();
    void updateCrosshairItems();
    int snapCurve() const;
    double snapX(double x) const;

    QList<Model::Curve> m_curves;
    int m_selected = -1;
    Core::Domain m_domain;
    Core::Domain m_sampled;
    Core::DType m_dtype = Core::DType::Float64;
    Model::Theme m_theme = Model::Theme::Light;
    Model::Panels m_panels;
    Model::LegendPlace m_legendPlace = Model::LegendPlace::TopLeft;
    double m_lineScale = 1.0;
    std::vector<int> m_coincident; // per curve: how many earlier curves it lies exactly on
    Resolution m_resolution;
    Model::ViewRanges m_view;
    Model::Lens m_lens;
    int m_lensCurve = -1;
    std::optional<Core::Activation> m_overlay;
    QColor m_overlayColor;
    std::optional<double> m_crosshairX;
    std::optional<Crosshair> m_shownCrosshair; // what crosshairChanged() last said
    int m_programmatic = 0;                    // > 0 while the scene itself changes axis ranges
    bool m_replotOwed = false;                 // replotLater() was asked, and no replot ran since
};

} // namespace Widgets
