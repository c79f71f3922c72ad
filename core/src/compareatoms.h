// SPDX-License-Identifier: MIT
// Private to compare.cpp: the atoms a comparison cuts the domain into, and the collector that turns
// the samples where two curves differ into merged, reported runs.
#pragma once

#include "aex/core/compare.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cmath>
#include <limits>
#include <optional>
#include <tuple>
#include <vector>

namespace Core::CompareDetail {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Orders the floats of a dtype as integers: neighbouring floats have neighbouring keys, and -0 and
// +0 share key 0.
inline std::int64_t key(double x, DType dtype)
{
    if (dtype == DType::Float32) {
        const auto bits = std::bit_cast<std::int32_t>(static_cast<float>(x));
        return bits >= 0 ? bits : -static_cast<std::int64_t>(bits & 0x7fffffff);
    }
    const auto bits = std::bit_cast<std::int64_t>(x);
    return bits >= 0 ? bits : -(bits & std::numeric_limits<std::int64_t>::max());
}

inline double fromKey(std::int64_t k, DType dtype)
{
    if (dtype == DType::Float32) {
        const auto magnitude = static_cast<std::uint32_t>(k >= 0 ? k : -k);
        return static_cast<double>(std::bit_cast<float>(k >= 0 ? magnitude : magnitude | 0x80000000u));
    }
    const auto magnitude = static_cast<std::uint64_t>(k >= 0 ? k : -k);
    return std::bit_cast<double>(k >= 0 ? magnitude : magnitude | (std::uint64_t(1) << 63));
}


// A point of the domain, or the open piece between two of them, and its samples [begin, end).
struct Atom {
    double lo = 0, hi = 0;
    bool piece = false;
    bool enumerated = false; // every float of the piece is a sample
    bool curved = false;     // one of the curves has a curved formula here: samples only
    double spacing = 0;      // between the grid's points: how far a curved piece's findings reach
    double firstFloat = 0, lastFloat = 0;
    std::size_t begin = 0, end = 0;
};

std::optional<Difference::Kind> differs(double a, double b)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b) ? std::nullopt : std::optional(Difference::Kind::NaN);
    if (a != b)
        return Difference::Kind::Gap;
    if (std::signbit(a) != std::signbit(b))
        return Difference::Kind::SignOfZero;
    return std::nullopt;
}

double gapOf(double a, double b) { return std::isinf(a) || std::isinf(b) ? kInf : std::fabs(a - b); }

// The differences of one quantity (values, d/dx or one d/dparam) atom by atom, merged into runs.
class Collector {
public:
    Collector(DType dtype, std::string label)
        : m_label(std::move(label))
        , m_smallest(fromKey(1, dtype))
    {
    }

    // `limits`: both curves' one-sided limits at the piece's ends (left end, right end), which
    // bound a piecewise-linear gap exactly; NaN when unknown.
    void add(const Atom& atom, const std::vector<double>& xs, const double* a, const double* b,
        std::array<std::pair<double, double>, 2> limits = {{{kNaN, kNaN}, {kNaN, kNaN}}})
    {
        struct Found {
            bool any = false;
            double minX = 0, maxX = 0, gap = -1, first = 0, second = 0;
            std::size_t count = 0;
        };
        std::array<Found, 3> found{};
        for (std::size_t i = atom.begin; i < atom.end; ++i) {
            const std::optional<Difference::Kind> kind = differs(a[i], b[i]);
            if (!kind)
                continue;
            Found& f = found[static_cast<std::size_t>(*kind)];
            f.minX = f.any ? std::min(f.minX, xs[i]) : xs[i];
            f.maxX = f.any ? std::max(f.maxX, xs[i]) : xs[i];
            f.any = true;
            ++f.count;
            const double gap = *kind == Difference::Kind::Gap ? gapOf(a[i], b[i]) : 0;
            if (gap > f.gap) {
                f.gap = gap;
                f.first = a[i];
                f.second = b[i];
            }
        }
        Found& gaps = found[static_cast<std::size_t>(Difference::Kind::Gap)];
        for (const auto& [la, lb] : limits)
            if (gaps.any && !std::isnan(la) && !std::isnan(lb) && gapOf(la, lb) > gaps.gap) {
                gaps.gap = gapOf(la, lb);
                gaps.first = la;
                gaps.second = lb;
            }
        for (std::size_t k = 0; k < found.size(); ++k) {
            const Found& f = found[k];
            if (!f.any)
                continue;
            Difference d;
            d.kind = static_cast<Difference::Kind>(k);
            d.label = m_label;
            d.gap = std::max(f.gap, 0.0);
            d.first = f.first;
            d.second = f.second;
            // On a curved piece nothing is known between the grid's points: findings within one
            // spacing of the piece's end (or of zero) reach it.
            const double reach = atom.curved && !atom.enumerated ? atom.spacing : 0;
            d.loOpen = atom.piece && (f.minX == atom.firstFloat || f.minX - atom.lo <= reach);
            d.hiOpen = atom.piece && (f.maxX == atom.lastFloat || atom.hi - f.maxX <= reach);
            d.lo = d.loOpen ? atom.lo : f.minX;
            d.hi = d.hiOpen ? atom.hi : f.maxX;
            const auto checked = std::size_t(std::count_if(xs.begin() + std::ptrdiff_t(atom.begin),
                xs.begin() + std::ptrdiff_t(atom.end), [&](double x) { return x >= f.minX && x <= f.maxX; }));
            const bool wholePiece = f.minX == atom.firstFloat && f.maxX == atom.lastFloat && f.count == checked;
            if (atom.piece && !atom.enumerated && !wholePiece) {
                // Sampled: where the differing samples were, and how many; not every float between.
                d.differing = f.count;
                d.checked = checked;
            }
            if (reach > 0) {
                if (!d.loOpen && d.lo > 0 && d.lo <= reach && atom.lo < 0)
                    std::tie(d.lo, d.loOpen) = std::pair(0.0, true);
                if (!d.hiOpen && d.hi < 0 && -d.hi <= reach && atom.hi > 0)
                    std::tie(d.hi, d.hiOpen) = std::pair(0.0, true);
            }
            // A run that stops at the float next to zero reads better as open at zero: [-5, 0).
            if (atom.piece && !d.hiOpen && atom.lo < 0 && atom.hi > 0 && d.hi == -m_smallest) {
                d.hi = 0;
                d.hiOpen = true;
            }
            if (atom.piece && !d.loOpen && atom.lo < 0 && atom.hi > 0 && d.lo == m_smallest) {
                d.lo = 0;
                d.loOpen = true;
            }
            merge(std::move(d));
        }
    }

    std::vector<Difference> take() { return std::move(m_differences); }

private:
    void merge(Difference d)
    {
        std::optional<std::size_t>& last = m_last[static_cast<std::size_t>(d.kind)];
        if (last) {
            Difference& prev = m_differences[*last];
            if (prev.hi == d.lo && prev.hiOpen != d.loOpen) {
                prev.hi = d.hi;
                prev.hiOpen = d.hiOpen;
                if (d.gap > prev.gap) {
                    prev.gap = d.gap;
                    prev.first = d.first;
                    prev.second = d.second;
                }
                prev.differing += d.differing;
                prev.checked += d.checked;
                return;
            }
        }
        last = m_differences.size();
        m_differences.push_back(std::move(d));
    }

    std::string m_label;
    double m_smallest; // the least positive float of the dtype
    std::vector<Difference> m_differences;
    std::array<std::optional<std::size_t>, 3> m_last{};
};


} // namespace Core::CompareDetail
