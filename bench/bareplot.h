// SPDX-License-Identifier: MIT
// What the window benchmarks (bench_latency, bench_statistics) share. Their yardstick is a bare
// QCustomPlot with two stacked axis rects sharing a margin group, like the window's, and two
// graphs (f and f') per curve holding every sample; step() sets the data again and replots at
// once, as a slider step makes the window do.
#pragma once

#include "curve.h"

#include "aex/core/sampling.h"

#include <qcustomplot.h>

#include <algorithm>
#include <chrono>
#include <vector>

namespace Bench {

using Clock = std::chrono::steady_clock;
inline double seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }
inline constexpr double kLineWidth = 1.8; // PlotScene::lineWidth() of a curve that is not selected

// The q-quantile of the samples, interpolated between neighbours (q = 0.5: the median).
inline double quantile(std::vector<double> v, double q)
{
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    const double pos = q * static_cast<double>(v.size() - 1);
    const auto lo = static_cast<std::size_t>(pos);
    const std::size_t hi = std::min(lo + 1, v.size() - 1);
    return v[lo] + (pos - static_cast<double>(lo)) * (v[hi] - v[lo]);
}

class BarePlot : public QCustomPlot {
public:
    explicit BarePlot(const std::vector<Core::Series>& series)
    {
        plotLayout()->clear();
        auto* top = new QCPAxisRect(this);
        auto* bottom = new QCPAxisRect(this);
        plotLayout()->addElement(0, 0, top);
        plotLayout()->addElement(1, 0, bottom);
        auto* group = new QCPMarginGroup(this);
        top->setMarginGroup(QCP::msLeft | QCP::msRight, group);
        bottom->setMarginGroup(QCP::msLeft | QCP::msRight, group);
        for (std::size_t c = 0; c < series.size(); ++c) {
            const QColor color = QColor::fromRgba(Model::defaultCurveColor(static_cast<qsizetype>(c)));
            for (QCPAxisRect* rect : {top, bottom}) {
                QCPGraph* g = addGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
                g->setPen(QPen(color, kLineWidth));
            }
        }
        for (const Core::Series& s : series) {
            m_keys.emplace_back(s.x.begin(), s.x.end());
            m_values.emplace_back(s.y.begin(), s.y.end());
            m_values.emplace_back(s.dy.begin(), s.dy.end());
        }
        setAll();
        top->axis(QCPAxis::atBottom)->setRange(-5, 5);
        bottom->axis(QCPAxis::atBottom)->setRange(-5, 5);
        top->axis(QCPAxis::atLeft)->setRange(-3, 5.5);
        bottom->axis(QCPAxis::atLeft)->setRange(-0.1, 1.1);
    }

    void setAll()
    {
        for (int i = 0; i < graphCount(); ++i)
            graph(i)->setData(m_keys[static_cast<std::size_t>(i / 2)], m_values[static_cast<std::size_t>(i)], true);
    }

    double step()
    {
        const Clock::time_point start = Clock::now();
        setAll();
        replot(QCustomPlot::rpImmediateRefresh);
        return seconds(Clock::now() - start);
    }

private:
    std::vector<QVector<double>> m_keys;
    std::vector<QVector<double>> m_values;
};

} // namespace Bench
