// SPDX-License-Identifier: MIT
// Formula text is derived, not written per function: the breakpoints split the line into pieces,
// a piece on which f is linear is printed as a·x + b from the framework's own values, and only
// the curved pieces take their expression from the catalogue entry (CurvedFormula).
#include "aex/core/describe.h"

#include "aex/core/analysis.h"
#include "aex/core/numberformat.h"
#include "aex/core/paramtext.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace Core {

namespace {

// The curved pieces' text at the current values: "{name}" becomes the parameter's value.
std::string substitute(std::string_view text, const Activation& act, std::string_view unitParam)
{
    std::string out(text);
    const FunctionSpec& f = act.function();
    const auto unit = unitParam.empty() ? std::nullopt : f.paramIndex(unitParam, act.framework());
    if (unit && act.params().value[*unit] == 1.0) {
        const std::string name = "{" + std::string(unitParam) + "}";
        for (const std::string& key : {name + "·", " / " + name}) {
            if (auto pos = out.find(key); pos != std::string::npos)
                out.erase(pos, key.size());
        }
    }
    for (std::size_t i = 0; i < f.params.size(); ++i) {
        const std::string key = "{" + std::string(f.params[i].name) + "}";
        const std::string value = formatParamValue(act, i, ParamStyle::Label);
        for (auto pos = out.find(key); pos != std::string::npos; pos = out.find(key, pos + value.size()))
            out.replace(pos, key.size(), value);
    }
    return out;
}

std::string linearText(double slope, double intercept)
{
    std::string out;
    if (slope == 0)
        return formatNumber(intercept == 0 ? 0.0 : intercept);
    out = slope == 1 ? "x" : slope == -1 ? "−x" : formatNumber(slope) + "·x";
    if (intercept > 0)
        out += " + " + formatNumber(intercept);
    else if (intercept < 0)
        out += " − " + formatNumber(-intercept);
    return out;
}

std::string num(double x) { return formatNumber(x); }

// One string from many pieces, appended in place (no temporaries, unlike a chain of +).
template <typename... Parts> std::string concat(const Parts&... parts)
{
    std::string s;
    (s += ... += parts);
    return s;
}

// 12 significant digits: hides the rounding residue of a fitted slope (0.16666666666666669).
double roundForText(double value)
{
    if (std::fabs(value) < 1e-12)
        return 0.0;
    std::array<char, 32> buf{};
    std::snprintf(buf.data(), buf.size(), "%.12g", value);
    return std::strtod(buf.data(), nullptr);
}

struct Piece {
    double lo, hi; // open interval
    bool linear = false;
    double slope = 0, intercept = 0, dySlope = 0;
};

// Decides whether f is linear on (lo, hi) by probing three points of the framework's own output.
Piece probe(const Activation& act, double lo, double hi)
{
    Piece p{lo, hi};
    std::array<double, 3> xs{};
    if (std::isinf(lo) && std::isinf(hi))
        xs = {-7.25, 0.5, 9.75};
    else if (std::isinf(lo))
        xs = {hi - 97.5, hi - 9.75, hi - 0.5};
    else if (std::isinf(hi))
        xs = {lo + 0.5, lo + 9.75, lo + 97.5};
    else
        xs = {lo + (hi - lo) * 0.25, lo + (hi - lo) * 0.5, lo + (hi - lo) * 0.75};
    std::array<PointValue, 3> v{};
    for (std::size_t i = 0; i < 3; ++i)
        v[i] = evaluateAt(act, xs[i]);
    // Linear: collinear values and one constant derivative. The printed slope comes from the
    // values, the derivative from the framework's gradient (PyTorch's hardsigmoid is (x + 3)/6
    // but its gradient is float(1/6)).
    const double slope = (v[2].y - v[0].y) / (xs[2] - xs[0]);
    const double intercept = v[1].y - slope * xs[1];
    bool linear = v[0].dy == v[1].dy && v[1].dy == v[2].dy && std::isfinite(slope) && std::isfinite(v[1].dy);
    for (std::size_t i = 0; i < 3 && linear; ++i)
        linear = std::fabs(slope * xs[i] + intercept - v[i].y) <= 1e-12 * std::max(1.0, std::fabs(v[i].y));
    if (linear) {
        p.linear = true;
        p.slope = roundForText(slope);
        p.intercept = roundForText(intercept);
        p.dySlope = v[1].dy;
    }
    return p;
}

std::string intervalText(double lo, double hi, bool closedLo, bool closedHi)
{
    const bool hasLo = !std::isinf(lo), hasHi = !std::isinf(hi);
    if (!hasLo && !hasHi)
        return "";
    if (!hasLo)
        return std::string("x ") + (closedHi ? "≤ " : "< ") + num(hi);
    if (!hasHi)
        return std::string("x ") + (closedLo ? "≥ " : "> ") + num(lo);
    return num(lo) + (closedLo ? " ≤ x " : " < x ") + (closedHi ? "≤ " : "< ") + num(hi);
}

// The breakpoints plus the smooth joins between formula pieces (ELU at 0): every candidate.
std::vector<Breakpoint> splitPoints(const Activation& act)
{
    std::vector<Breakpoint> points = breakpoints(act);
    if (const CandidateFn candidatesOf = act.spec().candidates) {
        std::array<double, kMaxCandidates> buffer{};
        const std::size_t count = candidatesOf(act.params(), buffer);
        for (std::size_t i = 0; i < count; ++i) {
            const double x = buffer[i];
            const bool known = std::any_of(points.begin(), points.end(), [x](const Breakpoint& b) { return b.x == x; });
            if (!std::isfinite(x) || known)
                continue;
            const PointValue v = evaluateAt(act, x);
            Breakpoint smooth;
            smooth.x = x;
            smooth.yLeft = smooth.yAt = smooth.yRight = v.y;
            smooth.dyLeft = smooth.dyAt = smooth.dyRight = v.dy;
            points.push_back(smooth);
        }
    }
    std::sort(points.begin(), points.end(), [](const Breakpoint& a, const Breakpoint& b) { return a.x < b.x; });
    return points;
}

} // namespace

Description describe(const Activation& act)
{
    Description d;
    const std::vector<Breakpoint> bps = splitPoints(act);
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<Piece> pieces;
    double lo = -inf;
    for (const Breakpoint& b : bps) {
        pieces.push_back(probe(act, lo, b.x));
        lo = b.x;
    }
    pieces.push_back(probe(act, lo, inf));

    const CurvedFormula& curved = act.spec().formula ? *act.spec().formula : act.function().formula;
    const auto curvedValue = [&] {
        return curved.value.empty() ? std::string(act.function().summary)
                                    : substitute(curved.value, act, curved.unitParam);
    };
    const auto curvedDerivative = [&] {
        return curved.value.empty() ? std::string("d/dx of the above")
                                    : substitute(curved.derivative, act, curved.unitParam);
    };

    // Spans in x order: open intervals, with a breakpoint joining the side that owns its value,
    // or standing alone. Adjacent spans with the same text are merged afterwards.
    struct Span {
        std::string text;
        double lo, hi;
        bool closedLo, closedHi;
    };
    std::vector<Span> valueSpans, slopeSpans;
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        const Piece& p = pieces[i];
        const Breakpoint* left = i > 0 ? &bps[i - 1] : nullptr;
        const Breakpoint* right = i < bps.size() ? &bps[i] : nullptr;
        const bool valueClosedLo = left && left->yAt == left->yRight && left->yAt != left->yLeft;
        const bool valueClosedHi = right && right->yAt == right->yLeft;
        const bool slopeClosedLo = left && left->dyAt == left->dyRight && left->dyAt != left->dyLeft;
        const bool slopeClosedHi = right && right->dyAt == right->dyLeft;
        valueSpans.push_back(
            {p.linear ? linearText(p.slope, p.intercept) : curvedValue(), p.lo, p.hi, valueClosedLo, valueClosedHi});
        slopeSpans.push_back(
            {p.linear ? num(p.dySlope) : curvedDerivative(), p.lo, p.hi, slopeClosedLo, slopeClosedHi});
        if (right) {
            if (right->yAt != right->yLeft && right->yAt != right->yRight)
                valueSpans.push_back({num(right->yAt), right->x, right->x, true, true});
            if (right->dyAt != right->dyLeft && right->dyAt != right->dyRight)
                slopeSpans.push_back({num(right->dyAt), right->x, right->x, true, true});
        }
    }
    const auto emit = [](const std::vector<Span>& spans, std::vector<FormulaPiece>& out) {
        std::vector<Span> merged;
        for (const Span& s : spans) {
            if (!merged.empty() && merged.back().text == s.text && merged.back().hi == s.lo
                && (merged.back().closedHi || s.closedLo)) {
                merged.back().hi = s.hi;
                merged.back().closedHi = s.closedHi;
            } else {
                merged.push_back(s);
            }
        }
        for (const Span& s : merged) {
            out.push_back(
                {s.text, s.lo == s.hi ? "x = " + num(s.lo) : intervalText(s.lo, s.hi, s.closedLo, s.closedHi)});
        }
    };
    emit(valueSpans, d.value);
    emit(slopeSpans, d.derivative);

    // The framework's notes, then what the breakpoints say at these parameter values.
    std::string_view notes = act.spec().notes;
    while (!notes.empty()) {
        const auto nl = notes.find('\n');
        std::string_view line = notes.substr(0, nl);
        notes = nl == std::string_view::npos ? std::string_view{} : notes.substr(nl + 1);
        if (line.starts_with('?')) {
            const auto space = line.find(' ');
            const auto index = act.function().paramIndex(line.substr(1, space - 1), act.framework());
            const bool set = index && !act.params().none[*index]
                && (act.function().params[*index].nullable || act.params().value[*index] != 0.0);
            if (!set)
                continue;
            line = line.substr(space + 1);
        }
        d.notes.emplace_back(line);
    }
    const std::string fw(frameworkTitle(act.framework()));
    for (const Breakpoint& b : breakpoints(act)) {
        const std::string at = num(b.x);
        if (b.valueJumps()) {
            d.notes.push_back(concat("f jumps at x = ", at, " from ", num(b.yLeft), " to ", num(b.yRight), "; f(", at,
                ") = ", num(b.yAt),
                (b.valueOwner() == Side::Left           ? " (the left piece owns the point)"
                        : b.valueOwner() == Side::Right ? " (the right piece owns the point)"
                                                        : "")));
        }
        if (b.slopeJumps()) {
            const std::string which = b.slopeOwner() == Side::Left ? "the left slope"
                : b.slopeOwner() == Side::Right                    ? "the right slope"
                                                                   : "neither one-sided slope";
            d.notes.push_back(concat("Kink at x = ", at, ": f′ is ", num(b.dyLeft), " to the left and ", num(b.dyRight),
                " to the right; ", fw, " takes f′(", at, ") = ", num(b.dyAt), ", ", which, "."));
        }
    }
    return d;
}

} // namespace Core
