// SPDX-License-Identifier: MIT
// What the benchmarks that time the window's frames (bench_latency.cpp, startup.cpp) share: an
// application that notes when the window's plot was last painted, the plot's QCustomPlot, and the
// seed figure's curves for the bare yardstick.
#pragma once

#include "activationplot.h"
#include "bareplot.h"
#include "examples.h"
#include "explorerdocument.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QPointer>

#include <algorithm>
#include <optional>
#include <vector>

namespace Bench {

// When the window last finished painting its plot: at the end of the window's UpdateRequest (the
// repaint of every widget marked dirty, the plot among them), or of the plot's own paint event when
// it was repainted at once. An event filter sees only the start of an event, hence notify().
class FramePainted : public QApplication {
public:
    using QApplication::QApplication;
    void watch(QWidget* canvas) { m_canvas = canvas; }
    std::optional<Clock::time_point> paintedAt;

    bool notify(QObject* receiver, QEvent* event) override
    {
        const bool canvasPaint = m_canvas && receiver == m_canvas && event->type() == QEvent::Paint;
        const bool windowRepaint = m_canvas && receiver == m_canvas->window() && event->type() == QEvent::UpdateRequest;
        const bool done = QApplication::notify(receiver, event);
        if (canvasPaint) {
            m_canvasPainted = true;
            paintedAt = Clock::now();
        } else if (windowRepaint && m_canvasPainted) {
            paintedAt = Clock::now();
        }
        if (windowRepaint)
            m_canvasPainted = false;
        return done;
    }

private:
    QPointer<QWidget> m_canvas;
    bool m_canvasPainted = false;
};

inline FramePainted* frames() { return static_cast<FramePainted*>(QCoreApplication::instance()); }

// The QCustomPlot the window's plot draws on: watched (afterReplot, paint events), never changed.
inline QCustomPlot* plotCanvas(const Widgets::ActivationPlot* plot)
{
    auto* canvas = plot->findChild<QCustomPlot*>(QStringLiteral("customPlot"));
    if (!canvas)
        qFatal("the plot has no \"customPlot\" child");
    return canvas;
}

// The six curves of the seed 000 figure (or the first), as Core::sample gives them.
inline std::vector<Core::Series> seedSeries(std::size_t samples, int curves)
{
    const App::Example* example = App::findExample(QStringLiteral("relu-vs-leaky"));
    const QList<Model::Curve> list = App::exampleSession(*example, Model::Session{}).curves;
    std::vector<Core::Series> out;
    out.reserve(static_cast<std::size_t>(std::max(curves, 0)));
    for (int i = 0; i < curves; ++i)
        out.push_back(Core::sample(list[i].activation, {-5.0, 5.0, samples}));
    return out;
}

} // namespace Bench
