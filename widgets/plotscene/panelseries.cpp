// SPDX-License-Identifier: MIT
#include "panelseries.h"

#include <cmath>
#include <limits>

namespace Widgets {

namespace {

double finiteOrNaN(double v) { return std::isfinite(v) ? v : std::numeric_limits<double>::quiet_NaN(); }

} // namespace

void PanelData::clear()
{
    line.clear();
    filledX.clear();
    filledY.clear();
    openX.clear();
    openY.clear();
}

void buildPanel(const std::vector<double>& xs, const std::vector<double>& ys,
    const std::vector<Core::Breakpoint>& breakpoints, bool derivative, PanelData& out)
{
    out.clear();
    out.line.reserve(static_cast<qsizetype>(xs.size()) + static_cast<qsizetype>(breakpoints.size()));
    const double nan = std::numeric_limits<double>::quiet_NaN();
    std::size_t b = 0;
    for (std::size_t i = 0; i < xs.size();) {
        const double x = xs[i];
        std::size_t end = i + 1;
        while (end < xs.size() && xs[end] == x)
            ++end;
        while (b < breakpoints.size() && breakpoints[b].x < x)
            ++b;
        if (b < breakpoints.size() && breakpoints[b].x == x) {
            const Core::Breakpoint& bp = breakpoints[b];
            const double left = derivative ? bp.dyLeft : bp.yLeft;
            const double at = derivative ? bp.dyAt : bp.yAt;
            const double right = derivative ? bp.dyRight : bp.yRight;
            const bool continuous = left == right && at == left; // false for any NaN
            if (continuous) {
                out.line.append(QCPGraphData(x, finiteOrNaN(at)));
            } else {
                if (std::isfinite(left))
                    out.line.append(QCPGraphData(x, left));
                out.line.append(QCPGraphData(x, nan));
                if (std::isfinite(right))
                    out.line.append(QCPGraphData(x, right));
                if (std::isfinite(at)) {
                    out.filledX.append(x);
                    out.filledY.append(at);
                }
                if (std::isfinite(left) && left != at) {
                    out.openX.append(x);
                    out.openY.append(left);
                }
                if (std::isfinite(right) && right != at && right != left) {
                    out.openX.append(x);
                    out.openY.append(right);
                }
            }
        } else {
            for (std::size_t k = i; k < end; ++k)
                out.line.append(QCPGraphData(x, finiteOrNaN(ys[k])));
        }
        i = end;
    }
}

void clipToValueRange(QCPGraph* graph)
{
    const QCPAxis* axis = graph->valueAxis();
    if (axis == nullptr)
        return;
    const QCPRange range = axis->range();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const auto inside = [&](const QCPGraphData& p) { return p.value >= range.lower && p.value <= range.upper; };
    // The point where the segment from a to b crosses `edge`.
    const auto cross = [](const QCPGraphData& a, const QCPGraphData& b, double edge) {
        const double t = (edge - a.value) / (b.value - a.value);
        return QCPGraphData(a.key + t * (b.key - a.key), edge);
    };
    QVector<QCPGraphData> out;
    const auto gap = [&](double key) {
        if (!out.isEmpty() && !std::isnan(out.last().value))
            out.append(QCPGraphData(key, nan));
    };
    const auto extend = [&](const QCPGraphData& p) {
        if (out.isEmpty() || std::isnan(out.last().value) || out.last().key != p.key || out.last().value != p.value)
            out.append(p);
    };
    bool anyOutside = false;
    const QCPGraphData* previous = nullptr;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it) {
        const QCPGraphData& p = *it;
        if (std::isnan(p.value)) {
            gap(p.key);
            previous = nullptr;
            continue;
        }
        anyOutside = anyOutside || !inside(p);
        if (!previous) {
            if (inside(p))
                extend(p);
            previous = &p;
            continue;
        }
        // Liang-Barsky in the value direction only: keys are already the visible range.
        QCPGraphData a = *previous;
        QCPGraphData b = p;
        bool visible = true;
        if (a.value != b.value) {
            const double lo = std::min(a.value, b.value);
            const double hi = std::max(a.value, b.value);
            if (hi < range.lower || lo > range.upper) {
                visible = false;
            } else {
                const QCPGraphData from = a, to = b;
                if (from.value < range.lower)
                    a = cross(from, to, range.lower);
                else if (from.value > range.upper)
                    a = cross(from, to, range.upper);
                if (to.value < range.lower)
                    b = cross(from, to, range.lower);
                else if (to.value > range.upper)
                    b = cross(from, to, range.upper);
            }
        } else {
            visible = inside(a);
        }
        if (!visible) {
            gap(p.key);
        } else {
            if (!out.isEmpty() && !std::isnan(out.last().value)
                && (out.last().key != a.key || out.last().value != a.value))
                gap(a.key);
            extend(a);
            extend(b);
            if (b.key != p.key || b.value != p.value)
                gap(p.key);
        }
        previous = &p;
    }
    if (anyOutside)
        graph->data()->set(out, true);
}

} // namespace Widgets
