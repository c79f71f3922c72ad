// SPDX-License-Identifier: MIT
// The core against PyTorch's answers, row by row, and the per-function table of the worst errors.

#include "crosscheck.h"

#include "aex/core/numberformat.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>

namespace Crosscheck {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

bool identical(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}

// |got - want| / |want|; 0 when identical, infinite when only one is NaN or infinite, or the signs
// of two zeros differ.
double relativeError(double got, double want)
{
    if (identical(got, want))
        return 0;
    if (std::isnan(got) || std::isnan(want) || std::isinf(got) || std::isinf(want) || got == want)
        return kInf;
    return std::abs(got - want) / std::abs(want);
}

std::string describe(const Row& r, const char* what, double got, double want, double rel)
{
    return r.input.function + " " + std::string(Core::dtypeName(r.input.dtype)) + " (" + r.input.params
        + ") x=" + Core::formatNumber(r.input.x) + ": " + what + " core " + Core::formatNumber(got) + ", torch "
        + Core::formatNumber(want) + " (relative " + Core::formatNumber(rel) + ", table line " + std::to_string(r.line)
        + ")";
}

std::string formatError(double e)
{
    if (e == 0)
        return "0";
    if (std::isinf(e))
        return "inf";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1e", e);
    return buf;
}

} // namespace

bool mustBeBitExact(const Core::Activation& a) { return a.function().formula.value.empty() && !a.spec().formula; }

Report compare(const std::vector<Row>& rows)
{
    Report report;
    std::map<std::pair<std::string, Core::DType>, std::size_t> index;
    // Rows of one function come in runs; the activation is built once per parameter text.
    std::string lastKey;
    std::optional<Core::Activation> a;
    for (const Row& r : rows) {
        const std::string key = r.input.function + '\t' + r.input.params;
        if (!a || key != lastKey) {
            a = activationOf(r.input);
            lastKey = key;
        }
        auto [it, added] = index.try_emplace({r.input.function, r.input.dtype}, report.functions.size());
        if (added)
            report.functions.push_back({r.input.function, r.input.dtype, mustBeBitExact(*a)});
        FunctionReport& fr = report.functions[it->second];

        const Core::PointValue core = Core::evaluateAt(*a, r.input.x, r.input.dtype);
        const double tolerance = fr.bitExactRequired ? 0.0
            : r.input.dtype == Core::DType::Float32  ? kRelTolerance32
                                                     : kRelTolerance64;
        const double eY = relativeError(core.y, r.y);
        const double eDy = relativeError(core.dy, r.dy);
        const bool hasDparam = r.dparam.has_value() && !a->trainableParams().empty();
        const double eDp = hasDparam ? relativeError(core.dparam[0], *r.dparam) : 0.0;
        // A trainable parameter in one and not the other is a miss of its own.
        const bool dparamMismatch = r.dparam.has_value() != !a->trainableParams().empty();

        if (r.path == "vector") {
            ++fr.vectorPoints;
            const double worst = std::max({eY, eDy, eDp});
            fr.worstVector = std::max(fr.worstVector, worst);
            fr.vectorMisses += worst > tolerance ? 1 : 0;
            continue;
        }
        ++fr.points;
        if (eY == 0 && eDy == 0 && eDp == 0)
            ++fr.identical;
        else if (report.differences.size() < 50)
            report.differences.push_back(describe(r,
                eY != 0        ? "y"
                    : eDy != 0 ? "dy"
                               : "dparam",
                eY != 0        ? core.y
                    : eDy != 0 ? core.dy
                               : core.dparam[0],
                eY != 0        ? r.y
                    : eDy != 0 ? r.dy
                               : *r.dparam,
                std::max({eY, eDy, eDp})));
        fr.worstY = std::max(fr.worstY, eY);
        fr.worstDy = std::max(fr.worstDy, eDy);
        fr.worstDparam = std::max(fr.worstDparam, eDp);
        bool missed = dparamMismatch;
        if (dparamMismatch)
            report.misses.push_back(r.input.function + ": the table and the core disagree on a trainable parameter");
        for (auto [what, got, want, e] : {std::tuple{"y", core.y, r.y, eY}, std::tuple{"dy", core.dy, r.dy, eDy},
                 std::tuple{"dparam", hasDparam ? core.dparam[0] : 0.0, r.dparam.value_or(0.0), eDp}}) {
            if (e > tolerance) {
                report.misses.push_back(describe(r, what, got, want, e));
                missed = true;
            }
        }
        if (missed) {
            ++fr.misses;
            report.missedRows.push_back(r);
        }
    }
    return report;
}

std::string formatReport(const Report& report)
{
    std::string out;
    char line[256];
    std::snprintf(line, sizeof line, "%-13s %-7s %-9s %6s %9s %9s %9s %9s %6s | %-9s\n", "function", "dtype", "rule",
        "points", "identical", "worst y", "worst dy", "worst dp", "misses", "vector");
    out += line;
    for (const FunctionReport& f : report.functions) {
        const std::string rule = f.bitExactRequired ? "bit-exact"
            : f.dtype == Core::DType::Float32       ? "rel 4e-6"
                                                    : "rel 1e-12";
        std::snprintf(line, sizeof line, "%-13s %-7s %-9s %6d %8.1f%% %9s %9s %9s %6d | %-9s\n", f.function.c_str(),
            f.dtype == Core::DType::Float32 ? "f32" : "f64", rule.c_str(), f.points,
            f.points ? 100.0 * f.identical / f.points : 0.0, formatError(f.worstY).c_str(),
            formatError(f.worstDy).c_str(), formatError(f.worstDparam).c_str(), f.misses,
            f.vectorPoints ? formatError(f.worstVector).c_str() : "-");
        out += line;
    }
    return out;
}

} // namespace Crosscheck
