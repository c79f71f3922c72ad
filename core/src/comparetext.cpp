// SPDX-License-Identifier: MIT
// The verdict of a comparison in plain words, one line per part.
#include "aex/core/compare.h"
#include "aex/core/numberformat.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cmath>
#include <cstdio>

namespace Core {

namespace {

constexpr std::size_t kMaxListed = 8;

std::string number(double value, DType dtype)
{
    std::string out;
    appendNumber(out, value, dtype);
    return out;
}

// A gap to six significant digits: a float32 gap widened to double has no use for its last digits.
std::string gapText(double gap)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.6g", gap);
    return buffer;
}

std::string item(const Difference& d, DType dtype)
{
    const std::string label = d.label.empty() ? std::string() : d.label + " ";
    const std::string pair = label + number(d.first, dtype) + " vs " + number(d.second, dtype);
    if (d.isPoint() && d.checked > 0) // one sample of a piece: not a claim about its neighbours
        return "at x = " + number(d.lo, dtype) + ", the only one of " + std::to_string(d.checked)
            + " points checked on its piece: " + pair;
    if (d.isPoint())
        return "at x = " + number(d.lo, dtype) + ": " + pair;
    std::string text = "on " + std::string(d.loOpen ? "(" : "[") + number(d.lo, dtype) + ", " + number(d.hi, dtype)
        + (d.hiOpen ? ")" : "]");
    if (d.checked > 0)
        text += " (found at " + std::to_string(d.differing) + " of the " + std::to_string(d.checked)
            + " points checked there)";
    switch (d.kind) {
    case Difference::Kind::Gap:
        return text + ": " + label + "up to " + gapText(d.gap);
    case Difference::Kind::SignOfZero:
        return text + " by the sign of zero only" + (label.empty() ? "" : " (" + d.label + ")");
    case Difference::Kind::NaN:
        return text + ": one is NaN (" + pair + ")";
    }
    return text;
}

} // namespace

std::string verdictLine(const PartVerdict& part, const Comparison& comparison)
{
    const DType dtype = comparison.dtype;
    const std::string note = part.note.empty() ? std::string() : " (" + part.note + ")";
    if (part.identical()) {
        if (part.part == ComparePart::Special)
            return part.name + ": identical at -0, -inf, inf and NaN";
        if (part.part == ComparePart::ParamGradient && part.note == "neither curve has a trainable parameter")
            return part.name + ": identical" + note;
        if (part.proved)
            return part.name + ": identical for every " + std::string(dtypeName(dtype)) + " in ["
                + number(comparison.lo, dtype) + ", " + number(comparison.hi, dtype) + "] (" + part.proof + ")" + note;
        return part.name + ": identical at all " + std::to_string(part.checked)
            + " points checked (the breakpoints, their float neighbours, the domain ends, a grid and floats of "
              "every magnitude; not a proof)"
            + note;
    }
    const bool plural = part.part == ComparePart::Values || part.part == ComparePart::Special;
    const bool pointsOnly = part.part != ComparePart::Special
        && std::all_of(part.differences.begin(), part.differences.end(),
            [](const Difference& d) { return d.isPoint() && d.checked == 0; });
    std::string line = part.name + (plural ? " differ " : " differs ") + (pointsOnly ? "only " : "");
    if (part.part == ComparePart::Special) {
        // One entry per input: "at x = -inf: value 0 vs -inf, d/dx 0 vs 0.5".
        for (std::size_t i = 0; i < part.differences.size(); ++i) {
            const Difference& d = part.differences[i];
            const bool sameInput = i > 0 && std::bit_cast<std::uint64_t>(part.differences[i - 1].lo)
                == std::bit_cast<std::uint64_t>(d.lo);
            line += sameInput ? ", " : (i ? "; at x = " : "at x = ") + number(d.lo, dtype) + ": ";
            line += d.label + " " + number(d.first, dtype) + " vs " + number(d.second, dtype);
        }
        return line + note;
    }
    const std::size_t listed = std::min(part.differences.size(), kMaxListed);
    for (std::size_t i = 0; i < listed; ++i)
        line += (i ? "; " : "") + item(part.differences[i], dtype);
    if (part.differences.size() > listed)
        line += "; and " + std::to_string(part.differences.size() - listed) + " more";
    return line + note;
}

} // namespace Core
