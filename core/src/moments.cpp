// SPDX-License-Identifier: MIT
#include "moments.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Core::Detail {

namespace {

// QUADPACK's qk15: the 15-point Kronrod abscissae on [-1, 1] (kXgk[1], [3], [5] and the centre are
// the 7-point Gauss nodes) and their weights.
constexpr std::array<double, 8> kXgk{0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
    0.864864423359769072789712788640926, 0.741531185599394439863864773280788, 0.586087235467691130294144845693013,
    0.405845151377397166906606412076961, 0.207784955007898467600689403773245, 0.0};
constexpr std::array<double, 8> kWgk{0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
    0.104790010322250183839876322541518, 0.140653259715525918745189590510238, 0.169004726639267902826583426598550,
    0.190350578064785409913256402421014, 0.204432940075298892414161999234649, 0.209482141084727828012999174891714};
constexpr std::array<double, 4> kWg{0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
    0.381830050505118944950369775488975, 0.417959183673469387755102040816327};
constexpr std::size_t kNodes = 15;

// Where the standard densities underflow to 0 in double: phi(39) and exp(-746) / 2.
constexpr double kNormalEnd = 39;
constexpr double kLaplaceEnd = 746;
constexpr double kInvSqrt2Pi = 0.398942280401432677939946059934;
constexpr double kSqrtHalf = 0.707106781186547524400844362105;

constexpr std::size_t kMaxPieces = 1000;
constexpr int kMaxPasses = 64;

struct Piece {
    double lo = 0, hi = 0;
    Moments value{}, error{}, absolute{};
    bool last = false; // too narrow to bisect any further
};

// The nodes of a piece, in the order rule() reads them: the left ones, the centre, the right ones.
std::array<double, kNodes> nodesOf(double lo, double hi)
{
    const double mid = 0.5 * (lo + hi), half = 0.5 * (hi - lo);
    std::array<double, kNodes> z{};
    for (std::size_t j = 0; j < 7; ++j) {
        z[j] = mid - half * kXgk[j];
        z[8 + j] = mid + half * kXgk[j];
    }
    z[7] = mid;
    return z;
}

std::vector<double> initialCuts(Shape shape)
{
    switch (shape) {
    case Shape::Normal: return {-kNormalEnd, -16, -8, -4, -2, -1, 0, 1, 2, 4, 8, 16, kNormalEnd};
    case Shape::Uniform: return {0, 0.5, 1};
    case Shape::Laplace: break;
    }
    std::vector<double> cuts{0};
    for (int k = 0; k < 10; ++k) { // 1, 2, 4, ..., 512
        cuts.push_back(std::ldexp(1.0, k));
        cuts.push_back(-std::ldexp(1.0, k));
    }
    cuts.push_back(kLaplaceEnd);
    cuts.push_back(-kLaplaceEnd);
    std::sort(cuts.begin(), cuts.end());
    return cuts;
}

double lowerTail(Shape shape, double z) // P(Z < z)
{
    switch (shape) {
    case Shape::Normal: return 0.5 * std::erfc(-z * kSqrtHalf);
    case Shape::Laplace: return z < 0 ? 0.5 * std::exp(z) : 1 - 0.5 * std::exp(-z);
    case Shape::Uniform: return std::clamp(z, 0.0, 1.0);
    }
    return 0;
}

double upperTail(Shape shape, double z) // P(Z > z)
{
    switch (shape) {
    case Shape::Normal: return 0.5 * std::erfc(z * kSqrtHalf);
    case Shape::Laplace: return z > 0 ? 0.5 * std::exp(-z) : 1 - 0.5 * std::exp(z);
    case Shape::Uniform: return std::clamp(1 - z, 0.0, 1.0);
    }
    return 0;
}

// The normal density at the nodes of the normal's initial pieces.
class NormalTable {
public:
    NormalTable()
    {
        const std::vector<double> cuts = initialCuts(Shape::Normal);
        for (std::size_t i = 0; i + 1 < cuts.size(); ++i) {
            const std::array<double, kNodes> z = nodesOf(cuts[i], cuts[i + 1]);
            std::array<double, kNodes> p{};
            std::transform(z.begin(), z.end(), p.begin(), [](double v) { return standardDensity(Shape::Normal, v); });
            m_rows.push_back({cuts[i], cuts[i + 1], p});
        }
    }
    const std::array<double, kNodes>* find(double lo, double hi) const
    {
        for (const Row& row : m_rows) {
            if (row.lo == lo && row.hi == hi)
                return &row.density;
        }
        return nullptr;
    }

private:
    struct Row {
        double lo, hi;
        std::array<double, kNodes> density;
    };
    std::vector<Row> m_rows;
};

const NormalTable& normalTable()
{
    static const NormalTable table;
    return table;
}

// Evaluates the pieces' nodes in batches and applies QUADPACK's qk15 rule to each moment.
class Integrator {
public:
    Integrator(
        const Activation& activation, DType dtype, const Standardised& d, double centre, const MomentMask& wanted)
        : m_activation(activation)
        , m_dtype(dtype)
        , m_d(d)
        , m_centre(centre)
        , m_wanted(wanted)
    {
    }

    void evaluate(std::span<Piece> pieces)
    {
        const std::size_t n = pieces.size() * kNodes;
        m_z.resize(n);
        m_x.resize(n);
        m_y.resize(n);
        m_dy.resize(n);
        m_p.resize(n);
        for (std::size_t p = 0; p < pieces.size(); ++p) {
            const std::array<double, kNodes> z = nodesOf(pieces[p].lo, pieces[p].hi);
            std::copy(z.begin(), z.end(), m_z.begin() + static_cast<std::ptrdiff_t>(p * kNodes));
            // The normal's first pieces recur in every integral (the depth recursion does 101 in a
            // row): their densities come from a table.
            const std::array<double, kNodes>* known
                = m_d.shape == Shape::Normal ? normalTable().find(pieces[p].lo, pieces[p].hi) : nullptr;
            for (std::size_t i = 0; i < kNodes; ++i)
                m_p[p * kNodes + i] = known ? (*known)[i] : standardDensity(m_d.shape, z[i]);
        }
        for (std::size_t i = 0; i < n; ++i)
            m_x[i] = m_d.location + m_d.scale * m_z[i];
        if (m_dtype == DType::Float32) {
            m_xf.resize(n);
            m_yf.resize(n);
            m_dyf.resize(n);
            std::transform(m_x.begin(), m_x.end(), m_xf.begin(), [](double v) { return static_cast<float>(v); });
            Core::evaluate(m_activation, std::span<const float>(m_xf), m_yf, m_dyf);
            std::transform(m_yf.begin(), m_yf.end(), m_y.begin(), [](float v) { return static_cast<double>(v); });
            std::transform(m_dyf.begin(), m_dyf.end(), m_dy.begin(), [](float v) { return static_cast<double>(v); });
        } else {
            Core::evaluate(m_activation, std::span<const double>(m_x), m_y, m_dy);
        }
        // g(x) p(z) at every node for every wanted moment; 0 where the density has underflowed (so
        // that an overflowed f there does not give inf * 0). f * (f p) stays finite wherever f and
        // the product are.
        for (std::size_t k = 0; k < kMomentCount; ++k)
            m_g[k].resize(n);
        for (std::size_t i = 0; i < n; ++i) {
            const double p = m_p[i], y = p == 0 ? 0 : m_y[i], dy = p == 0 ? 0 : m_dy[i];
            const double c = p == 0 ? 0 : y - m_centre;
            m_g[F][i] = y * p;
            m_g[F2][i] = y * (y * p);
            m_g[DF][i] = dy * p;
            m_g[DF2][i] = dy * (dy * p);
            m_g[Centred][i] = c * (c * p);
        }
        for (std::size_t p = 0; p < pieces.size(); ++p)
            rule(pieces[p], p * kNodes);
    }

private:
    void rule(Piece& piece, std::size_t first) const
    {
        const double half = 0.5 * (piece.hi - piece.lo);
        for (std::size_t k = 0; k < kMomentCount; ++k) {
            if (!m_wanted[k]) {
                piece.value[k] = piece.error[k] = piece.absolute[k] = 0;
                continue;
            }
            const double* g = &m_g[k][first];
            const double fc = g[7];
            double resg = fc * kWg[3], resk = fc * kWgk[7], resabs = std::fabs(resk);
            for (std::size_t j = 0; j < 7; ++j) {
                const double sum = g[j] + g[8 + j];
                resk += kWgk[j] * sum;
                resabs += kWgk[j] * (std::fabs(g[j]) + std::fabs(g[8 + j]));
                if (j % 2 == 1)
                    resg += kWg[j / 2] * sum;
            }
            const double reskh = 0.5 * resk;
            double resasc = kWgk[7] * std::fabs(fc - reskh);
            for (std::size_t j = 0; j < 7; ++j)
                resasc += kWgk[j] * (std::fabs(g[j] - reskh) + std::fabs(g[8 + j] - reskh));
            const double result = resk * half;
            resabs *= half;
            resasc *= half;
            double err = std::fabs((resk - resg) * half);
            if (resasc != 0 && err != 0) {
                const double ratio = 200 * err / resasc;
                err = resasc * std::min(1.0, ratio * std::sqrt(ratio)); // QUADPACK's (200 err / resasc)^1.5
            }
            constexpr double eps = std::numeric_limits<double>::epsilon();
            if (resabs > std::numeric_limits<double>::min() / (50 * eps))
                err = std::max(50 * eps * resabs, err);
            piece.value[k] = result;
            // An overflowed piece cannot get better by bisection: its inf is the answer.
            piece.error[k] = std::isfinite(result) && std::isfinite(err) ? err : 0;
            piece.absolute[k] = resabs;
        }
    }

    const Activation& m_activation;
    DType m_dtype;
    Standardised m_d;
    double m_centre;
    MomentMask m_wanted;
    std::vector<double> m_z, m_p, m_x, m_y, m_dy;
    std::array<std::vector<double>, kMomentCount> m_g;
    std::vector<float> m_xf, m_yf, m_dyf;
};

struct Totals {
    Moments value{}, error{}, absolute{};
};

Totals sum(const std::vector<Piece>& pieces)
{
    Totals t;
    for (const Piece& p : pieces) {
        for (std::size_t k = 0; k < kMomentCount; ++k) {
            t.value[k] += p.value[k];
            t.error[k] += p.error[k];
            t.absolute[k] += p.absolute[k];
        }
    }
    return t;
}

} // namespace

Standardised standardised(const Distribution& d)
{
    const std::vector<double> p = d.params();
    switch (d.kind()) {
    case DistributionKind::Normal: return {Shape::Normal, p[0], p[1]};
    case DistributionKind::Laplace: return {Shape::Laplace, p[0], p[1]};
    case DistributionKind::Uniform: return {Shape::Uniform, p[0], p[1] - p[0]};
    case DistributionKind::Empirical: break;
    }
    return {};
}

double standardDensity(Shape shape, double z)
{
    switch (shape) {
    case Shape::Normal: return kInvSqrt2Pi * std::exp(-0.5 * z * z);
    case Shape::Laplace: return 0.5 * std::exp(-std::fabs(z));
    case Shape::Uniform: return z >= 0 && z <= 1 ? 1.0 : 0.0;
    }
    return 0;
}

double standardProbability(Shape shape, double zlo, double zhi)
{
    if (!(zlo < zhi))
        return 0;
    if (shape == Shape::Uniform)
        return std::max(0.0, std::min(zhi, 1.0) - std::max(zlo, 0.0));
    double p = 0;
    if (zlo >= 0)
        p = upperTail(shape, zlo) - upperTail(shape, zhi);
    else if (zhi <= 0)
        p = lowerTail(shape, zhi) - lowerTail(shape, zlo);
    else if (shape == Shape::Normal)
        p = 0.5 * (std::erf(zhi * kSqrtHalf) - std::erf(zlo * kSqrtHalf)); // both terms add up, none cancels
    else
        p = 1 - lowerTail(shape, zlo) - upperTail(shape, zhi);
    return std::max(p, 0.0);
}

std::vector<double> splitPoints(const Activation& activation, DType dtype)
{
    std::vector<double> out;
    const CandidateFn candidatesOf = activation.spec().candidates;
    if (!candidatesOf)
        return out;
    std::array<double, kMaxCandidates> buffer{};
    const std::size_t count = candidatesOf(activation.params(), buffer);
    for (std::size_t i = 0; i < count; ++i) {
        const double x = dtype == DType::Float32 ? static_cast<double>(static_cast<float>(buffer[i])) : buffer[i];
        if (std::isfinite(x))
            out.push_back(x);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

Moments integrateMoments(const Activation& activation, DType dtype, const Standardised& d,
    std::span<const double> splits, double centre, const MomentMask& wanted)
{
    std::vector<double> cuts = initialCuts(d.shape);
    const double zlo = cuts.front(), zhi = cuts.back();
    if (d.scale > 0) {
        for (const double x : splits) {
            const double z = (x - d.location) / d.scale;
            if (z > zlo && z < zhi)
                cuts.push_back(z);
        }
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    std::vector<Piece> pieces;
    for (std::size_t i = 0; i + 1 < cuts.size(); ++i)
        pieces.push_back({cuts[i], cuts[i + 1]});

    Integrator integrator(activation, dtype, d, centre, wanted);
    integrator.evaluate(pieces);
    const double relTol = dtype == DType::Float32 ? 1e-8 : 1e-13;
    for (int pass = 0; pass < kMaxPasses && pieces.size() < kMaxPieces; ++pass) {
        const Totals t = sum(pieces);
        Moments tolerance{};
        std::array<bool, kMomentCount> open{};
        bool any = false;
        for (std::size_t k = 0; k < kMomentCount; ++k) {
            tolerance[k] = std::max(relTol * t.absolute[k], 1e-300);
            open[k] = wanted[k] && std::isfinite(t.value[k]) && t.error[k] > tolerance[k];
            any = any || open[k];
        }
        if (!any)
            break;
        // Bisect every piece that holds more than its share of an unmet tolerance.
        const double share = 1.0 / static_cast<double>(pieces.size());
        const auto needsWork
            = [&](const Piece& piece, std::size_t k) { return open[k] && piece.error[k] > tolerance[k] * share; };
        std::vector<Piece> kept, fresh;
        std::vector<const Piece*> parents;
        kept.reserve(pieces.size());
        for (Piece& piece : pieces) {
            bool split = false;
            for (std::size_t k = 0; k < kMomentCount; ++k)
                split = split || needsWork(piece, k);
            const double mid = 0.5 * (piece.lo + piece.hi);
            if (split && !piece.last
                && !(mid > piece.lo && mid < piece.hi
                    && piece.hi - piece.lo > 1e-14 * std::max({1.0, std::fabs(piece.lo), std::fabs(piece.hi)})))
                piece.last = true;
            if (split && !piece.last) {
                fresh.push_back({piece.lo, mid});
                fresh.push_back({mid, piece.hi});
                parents.push_back(&piece);
            } else {
                kept.push_back(piece);
            }
        }
        if (fresh.empty())
            break;
        integrator.evaluate(fresh);
        // QUADPACK's roundoff test: halves that agree with their parent to 1e-5 and together are
        // no more accurate than it have hit the function's own rounding (float32's staircase,
        // exp(x) - 1 near 0); bisecting them further only costs time.
        for (std::size_t i = 0; i < parents.size(); ++i) {
            Piece& left = fresh[2 * i];
            Piece& right = fresh[2 * i + 1];
            bool noise = true;
            for (std::size_t k = 0; k < kMomentCount; ++k) {
                if (!needsWork(*parents[i], k))
                    continue;
                const double value = left.value[k] + right.value[k], error = left.error[k] + right.error[k];
                noise = noise && error >= 0.99 * parents[i]->error[k]
                    && std::fabs(value - parents[i]->value[k]) <= 1e-5 * std::fabs(value);
            }
            left.last = right.last = noise;
        }
        kept.insert(kept.end(), fresh.begin(), fresh.end());
        pieces.swap(kept);
    }
    return sum(pieces).value;
}

} // namespace Core::Detail
