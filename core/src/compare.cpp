// SPDX-License-Identifier: MIT
// Are two curves the same function? The domain is cut at every breakpoint of either curve into
// points and open pieces ("atoms"); each atom is checked for values, d/dx and d/dparam, and runs of
// adjacent atoms that differ in the same way become one reported interval.
#include "aex/core/compare.h"

#include "aex/core/analysis.h"
#include "compareatoms.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <tuple>

namespace Core {

bool Comparison::identical() const
{
    return std::all_of(parts.begin(), parts.end(), [](const PartVerdict& p) { return p.identical(); });
}

bool isPiecewiseLinear(const Activation& activation)
{
    const std::optional<CurvedFormula>& own = activation.spec().formula;
    return activation.function().formula.value.empty() && (!own || own->value.empty());
}

namespace {

using namespace CompareDetail;

// A piece with at most this many floats is enumerated: every float of it is checked.
constexpr std::int64_t kEnumerate = 4096;
constexpr std::size_t kEndFloats = 8;     // the first and the last floats of each piece
constexpr std::size_t kGridPoints = 8192; // shared by the pieces, at least kMinPerPiece each
constexpr std::size_t kRandomPoints = 4096;
constexpr std::size_t kMinPerPiece = 64;

double inDType(double x, DType dtype) { return dtype == DType::Float32 ? double(static_cast<float>(x)) : x; }

// Values, d/dx and d/dparam (param-major) at every x, as the framework computes them in dtype.
struct Evaluated {
    std::vector<double> y, dy, dparam;
};
Evaluated evaluateAll(const Activation& activation, const std::vector<double>& x, DType dtype)
{
    const std::size_t n = x.size(), p = activation.trainableParams().size();
    Evaluated e{std::vector<double>(n), std::vector<double>(n), std::vector<double>(n * p)};
    if (dtype == DType::Float32) {
        std::vector<float> xf(x.begin(), x.end()), y(n), dy(n), dp(n * p);
        evaluate(activation, std::span<const float>(xf), y, dy, dp);
        std::copy(y.begin(), y.end(), e.y.begin());
        std::copy(dy.begin(), dy.end(), e.dy.begin());
        std::copy(dp.begin(), dp.end(), e.dparam.begin());
    } else {
        evaluate(activation, x, e.y, e.dy, e.dparam);
    }
    return e;
}

// The domain's points and pieces, with their samples in `xs`.
std::vector<Atom> atomsOf(const std::vector<double>& cuts, DType dtype, std::vector<double>& xs)
{
    std::vector<Atom> atoms;
    const std::size_t pieces = cuts.size() - 1;
    const std::size_t grid = std::max(kMinPerPiece, kGridPoints / pieces);
    const std::size_t random = std::max(kMinPerPiece, kRandomPoints / pieces);
    std::mt19937_64 rng(0x5eed); // fixed: the same pair always gets the same verdict
    const auto addPoint = [&](double x) {
        atoms.push_back({x, x, false, true, false, 0, x, x, xs.size(), xs.size() + 1});
        xs.push_back(x);
    };
    for (std::size_t c = 0; c + 1 < cuts.size(); ++c) {
        addPoint(cuts[c]);
        const double u = cuts[c], v = cuts[c + 1];
        const std::int64_t ku = key(u, dtype), kv = key(v, dtype);
        if (kv - 1 <= ku)
            continue; // no float strictly between
        // Unsigned: -5 to 5 in float64 spans more than 2^63 keys.
        const std::uint64_t floats = std::uint64_t(kv) - std::uint64_t(ku) - 1;
        Atom atom{u, v, true, floats <= std::uint64_t(kEnumerate), false, (v - u) / double(grid + 1),
            fromKey(ku + 1, dtype), fromKey(kv - 1, dtype), xs.size(), 0};
        if (atom.enumerated) {
            for (std::int64_t k = ku + 1; k < kv; ++k)
                xs.push_back(fromKey(k, dtype));
        } else {
            for (std::size_t i = 1; i <= kEndFloats; ++i) {
                xs.push_back(fromKey(ku + std::int64_t(i), dtype));
                xs.push_back(fromKey(kv - std::int64_t(i), dtype));
            }
            for (std::size_t i = 1; i <= grid; ++i) {
                const double x = inDType(u + (v - u) * (double(i) / double(grid + 1)), dtype);
                if (x > u && x < v)
                    xs.push_back(x);
            }
            std::uniform_int_distribution<std::int64_t> bits(ku + 1, kv - 1);
            for (std::size_t i = 0; i < random; ++i)
                xs.push_back(fromKey(bits(rng), dtype));
            if (u < 0 && v > 0)
                for (const double x : {0.0, fromKey(1, dtype), fromKey(-1, dtype)})
                    xs.push_back(x);
        }
        atom.end = xs.size();
        atoms.push_back(atom);
    }
    addPoint(cuts.back());
    return atoms;
}

// Both curves' limits from the left and the right at x: a breakpoint's own, else the value at x.
struct Limits {
    double yLeft, yRight, dyLeft, dyRight;
};
Limits limitsAt(const std::vector<Breakpoint>& bps, double x, double y, double dy)
{
    for (const Breakpoint& b : bps)
        if (b.x == x)
            return {b.yLeft, b.yRight, b.dyLeft, b.dyRight};
    return {y, y, dy, dy};
}

bool allEqual(const double* v, std::size_t begin, std::size_t end, double to)
{
    return std::all_of(v + begin, v + end, [to](double y) { return y == to; });
}

// On a piecewise-linear piece the framework computes one affine function. When it is a constant
// or a·x (x itself included), every float's result is a single rounding of the same real number,
// so agreeing floats at the samples with the same slope means agreeing floats everywhere. x + c is
// not: round(x + c1) and round(x + c2) can agree on most binades and differ on one.
bool valuesFollowFromPiece(const Atom& atom, const std::vector<double>& xs, const Evaluated& e, DType dtype)
{
    const double slope = e.dy[atom.begin];
    if (!allEqual(e.dy.data(), atom.begin, atom.end, slope))
        return false;
    if (slope == 0)
        return allEqual(e.y.data(), atom.begin, atom.end, e.y[atom.begin]);
    for (std::size_t i = atom.begin; i < atom.end; ++i)
        if (e.y[i] != inDType(inDType(slope, dtype) * xs[i], dtype))
            return false;
    return true;
}

// d/dparam of a piecewise-linear piece is 0 or x (PReLU's alpha): exact at every float.
bool paramFollowsFromPiece(const Atom& atom, const std::vector<double>& xs, const double* dp)
{
    return allEqual(dp, atom.begin, atom.end, 0.0)
        || std::equal(dp + atom.begin, dp + atom.end, xs.begin() + std::ptrdiff_t(atom.begin));
}

std::vector<std::string> trainableNames(const Activation& a)
{
    std::vector<std::string> names;
    for (const std::size_t i : a.trainableParams())
        names.emplace_back(a.function().params[i].name);
    return names;
}

// d/dparam of `name` for every sample, or zeros when the curve has no such trainable parameter.
std::vector<double> paramColumn(const Activation& a, const Evaluated& e, const std::string& name, std::size_t n)
{
    const std::vector<std::string> names = trainableNames(a);
    const auto it = std::find(names.begin(), names.end(), name);
    if (it == names.end())
        return std::vector<double>(n, 0.0);
    const auto offset = std::ptrdiff_t(std::size_t(it - names.begin()) * n);
    return {e.dparam.begin() + offset, e.dparam.begin() + offset + std::ptrdiff_t(n)};
}

bool sameComputation(const Activation& a, const Activation& b)
{
    if (a.spec().kernel64 != b.spec().kernel64 || a.spec().kernel32 != b.spec().kernel32)
        return false;
    if (trainableNames(a) != trainableNames(b))
        return false;
    for (std::size_t i = 0; i < kMaxParams; ++i)
        // Bit for bit, in double: kernels branch on the double value and its sign, even in float32.
        if (a.params().none[i] != b.params().none[i]
            || std::bit_cast<std::uint64_t>(a.params().value[i]) != std::bit_cast<std::uint64_t>(b.params().value[i]))
            return false;
    return true;
}

// Every place the catalogue says a kink or jump may be, kept by breakpoints() or not: a jump below
// its tolerance (1e-300 against 0) is still where two curves may part.
void addCandidates(const Activation& a, DType dtype, double lo, double hi, std::vector<double>& cuts)
{
    if (!a.spec().candidates)
        return;
    std::array<double, kMaxCandidates> buffer{};
    const std::size_t count = a.spec().candidates(a.params(), buffer);
    for (std::size_t i = 0; i < count; ++i) {
        const double x = inDType(buffer[i], dtype);
        if (x > lo && x < hi)
            cuts.push_back(x == 0 ? 0.0 : x);
    }
}

PartVerdict specialInputs(const Activation& first, const Activation& second, const std::vector<std::string>& names,
    DType dtype)
{
    PartVerdict part{ComparePart::Special, "special inputs", {}, true, "each input checked", 4, {}};
    const std::vector<double> xs{-0.0, -kInf, kInf, kNaN};
    const Evaluated a = evaluateAll(first, xs, dtype), b = evaluateAll(second, xs, dtype);
    for (std::size_t i = 0; i < xs.size(); ++i) {
        std::vector<std::pair<std::string, std::array<double, 2>>> quantities{
            {"value", {a.y[i], b.y[i]}}, {"d/dx", {a.dy[i], b.dy[i]}}};
        for (const std::string& name : names)
            quantities.push_back({"d/d" + name, {paramColumn(first, a, name, xs.size())[i],
                                                    paramColumn(second, b, name, xs.size())[i]}});
        for (const auto& [label, v] : quantities)
            if (const std::optional<Difference::Kind> kind = differs(v[0], v[1]))
                part.differences.push_back({*kind, xs[i], xs[i], false, false,
                    *kind == Difference::Kind::Gap ? gapOf(v[0], v[1]) : 0, v[0], v[1], label});
    }
    return part;
}

} // namespace

Comparison compare(const Activation& first, const Activation& second, double lo, double hi, DType dtype)
{
    if (!std::isfinite(lo) || !std::isfinite(hi) || !(lo < hi))
        throw InputError("the domain must have finite ends A < B; accepted: A:B, e.g. -5:5");
    Comparison result;
    result.lo = inDType(lo, dtype);
    result.hi = inDType(hi, dtype);
    if (!(result.lo < result.hi) || !std::isfinite(result.lo) || !std::isfinite(result.hi))
        throw InputError("the domain has no two distinct finite " + std::string(dtypeName(dtype))
            + " ends; accepted: A:B with A < B both within the dtype's range, and apart in it");

    const std::vector<Breakpoint> bpFirst = breakpoints(first, dtype), bpSecond = breakpoints(second, dtype);
    // Zero as a cut is +0: the input -0 is a special input, and a cut at -0 would skip +0.
    const auto plusZero = [](double x) { return x == 0 ? 0.0 : x; };
    std::vector<double> cuts{plusZero(result.lo), plusZero(result.hi)};
    for (const auto* bps : {&bpFirst, &bpSecond})
        for (const Breakpoint& b : *bps)
            if (b.x > result.lo && b.x < result.hi)
                cuts.push_back(plusZero(b.x));
    addCandidates(first, dtype, result.lo, result.hi, cuts);
    addCandidates(second, dtype, result.lo, result.hi, cuts);
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    std::vector<double> xs;
    std::vector<Atom> atoms = atomsOf(cuts, dtype, xs);
    const bool linear = isPiecewiseLinear(first) && isPiecewiseLinear(second);
    for (Atom& atom : atoms)
        atom.curved = atom.piece && !linear;
    const Evaluated a = evaluateAll(first, xs, dtype), b = evaluateAll(second, xs, dtype);

    std::vector<std::string> names = trainableNames(first);
    for (const std::string& name : trainableNames(second))
        if (std::find(names.begin(), names.end(), name) == names.end())
            names.push_back(name);
    std::vector<std::vector<double>> dpFirst, dpSecond;
    for (const std::string& name : names) {
        dpFirst.push_back(paramColumn(first, a, name, xs.size()));
        dpSecond.push_back(paramColumn(second, b, name, xs.size()));
    }

    const bool same = sameComputation(first, second);
    Collector values(dtype, {}), gradient(dtype, {});
    std::vector<Collector> params;
    for (const std::string& name : names)
        params.emplace_back(dtype, names.size() > 1 ? name : std::string());
    bool valuesProved = true, gradientProved = true, paramsProved = true;
    for (std::size_t i = 0; i < atoms.size(); ++i) {
        const Atom& atom = atoms[i];
        std::array<std::pair<double, double>, 2> yLimits{{{kNaN, kNaN}, {kNaN, kNaN}}}, dyLimits = yLimits;
        if (atom.piece) {
            const std::size_t left = atoms[i - 1].begin, right = atoms[i + 1].begin;
            const Limits l1 = limitsAt(bpFirst, atom.lo, a.y[left], a.dy[left]);
            const Limits l2 = limitsAt(bpSecond, atom.lo, b.y[left], b.dy[left]);
            const Limits r1 = limitsAt(bpFirst, atom.hi, a.y[right], a.dy[right]);
            const Limits r2 = limitsAt(bpSecond, atom.hi, b.y[right], b.dy[right]);
            yLimits = {{{l1.yRight, l2.yRight}, {r1.yLeft, r2.yLeft}}};
            dyLimits = {{{l1.dyRight, l2.dyRight}, {r1.dyLeft, r2.dyLeft}}};
        }
        values.add(atom, xs, a.y.data(), b.y.data(), yLimits);
        gradient.add(atom, xs, a.dy.data(), b.dy.data(), dyLimits);
        for (std::size_t p = 0; p < names.size(); ++p)
            params[p].add(atom, xs, dpFirst[p].data(), dpSecond[p].data());
        if (!atom.piece || atom.enumerated || same)
            continue;
        valuesProved = valuesProved && linear && valuesFollowFromPiece(atom, xs, a, dtype)
            && valuesFollowFromPiece(atom, xs, b, dtype);
        gradientProved = gradientProved && linear && allEqual(a.dy.data(), atom.begin, atom.end, a.dy[atom.begin])
            && allEqual(b.dy.data(), atom.begin, atom.end, b.dy[atom.begin]);
        for (std::size_t p = 0; p < names.size(); ++p)
            paramsProved = paramsProved && linear && paramFollowsFromPiece(atom, xs, dpFirst[p].data())
                && paramFollowsFromPiece(atom, xs, dpSecond[p].data());
    }

    // Enumerated pieces alone prove nothing about the others; a proof needs every piece.
    const bool enumerated = std::all_of(atoms.begin(), atoms.end(), [](const Atom& atom) { return atom.enumerated; });
    const std::string proof = same ? "the same kernel with the same parameters"
        : enumerated               ? "every float checked"
                                   : "proved from the pieces";
    const auto how = [&](bool proved) { return proved ? proof : std::string(); };
    result.parts[0] = {ComparePart::Values, "values", values.take(), valuesProved, how(valuesProved), xs.size(), {}};
    result.parts[1]
        = {ComparePart::Gradient, "d/dx", gradient.take(), gradientProved, how(gradientProved), xs.size(), {}};
    PartVerdict& param = result.parts[2];
    param.part = ComparePart::ParamGradient;
    param.checked = xs.size();
    param.proved = paramsProved;
    param.proof = how(paramsProved);
    if (names.empty()) {
        param.name = "d/d(parameter)";
        param.note = "neither curve has a trainable parameter";
    } else {
        param.name = "d/d(";
        for (std::size_t p = 0; p < names.size(); ++p)
            param.name += (p ? ", " : "") + names[p];
        param.name += ")";
        for (Collector& c : params)
            for (Difference& d : c.take())
                param.differences.push_back(std::move(d));
        std::sort(param.differences.begin(), param.differences.end(),
            [](const Difference& l, const Difference& r) { return l.lo < r.lo; });
        const auto lacks = [&](const Activation& act) {
            const std::vector<std::string> own = trainableNames(act);
            return own.size() < names.size();
        };
        if (lacks(first) || lacks(second))
            param.note = std::string(lacks(second) ? "the second" : "the first")
                + " curve learns no such parameter: its gradient counts as 0";
    }
    result.parts[3] = specialInputs(first, second, names, dtype);
    result.dtype = dtype;
    return result;
}

} // namespace Core
