// SPDX-License-Identifier: MIT
// Property tests over the whole catalogue: every function in every framework, each with the
// defaults and with seeded random parameter values inside the catalogue's slider ranges (Booleans
// 0 or 1, nullable parameters sometimes None, and often the ends of the range, 0 or a slider step),
// at random x that include the specials (+-0, +-inf, NaN, the largest and the smallest doubles and
// floats, arbitrary bit patterns). The checks:
//   - evaluation never crashes, a batch gives bit for bit what each point gives alone, whatever the
//     batch size, and no finite x of moderate size gives NaN;
//   - value and derivative agree with central differences away from the breakpoints (and d/dparam
//     for trainable parameters), float32 with float64;
//   - a fine grid shows a jump in the value or in the slope at every reported breakpoint the grid
//     can resolve, and nowhere else;
//   - the reported properties (bounds, monotonicity, continuity, zero-gradient intervals) hold on
//     samples the analysis never saw.
// A failure names the seed, the parameter values and the x, so that it can be replayed.

#include "aex/core/analysis.h"
#include "aex/core/paramtext.h"
#include "aex/core/sampling.h"
#include "lazyverify.h"

#include <QTest>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <random>
#include <string>
#include <vector>

namespace {

using Core::DType;
using Core::Framework;

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kEps64 = std::numeric_limits<double>::epsilon();
constexpr double kEps32 = static_cast<double>(std::numeric_limits<float>::epsilon());
// Random parameter sets per function and framework, besides the defaults. The sanitizer suite runs
// a quarter of them: it is there for memory errors and undefined behaviour, which the code paths
// show, and the numerics are the same as in the normal suite.
#if defined(__SANITIZE_ADDRESS__)
#define AEX_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define AEX_SANITIZED 1
#endif
#endif
#ifdef AEX_SANITIZED
constexpr int kRandomSets = 6;
#else
constexpr int kRandomSets = 24;
#endif

std::string fmt(double v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

const char* fwName(Framework fw)
{
    return fw == Framework::Keras ? "keras" : fw == Framework::TfKeras ? "tf_keras" : "pytorch";
}

bool same(double a, double b)
{
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b) || (std::isnan(a) && std::isnan(b));
}

// One parameter set, with how to name it in a failure.
struct Case {
    Core::Activation activation;
    std::string text; // "pytorch softplus(beta=2.5,threshold=20) [seed 123, set 4]"
};

std::string describe(const Core::Activation& a)
{
    return std::string(fwName(a.framework())) + " " + std::string(a.function().name) + "("
        + Core::formatParams(a, Core::ParamStyle::CommandLine) + ")";
}

// A random value in the slider range: often an end of it, 0 or a multiple of the step, the values
// a user drags to; otherwise uniform. Booleans are 0 or 1; nullable parameters are None one time in five.
void randomise(Core::Activation& a, std::mt19937_64& rng)
{
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    for (std::size_t i : a.availableParams()) {
        const Core::ParamSpec& p = a.function().params[i];
        if (p.kind == Core::ParamKind::Boolean) {
            a.setParam(i, static_cast<double>(rng() % 2));
            continue;
        }
        if (p.nullable && rng() % 5 == 0) {
            a.setParamNone(i);
            continue;
        }
        const double u = unit(rng);
        double v = p.sliderMin + u * (p.sliderMax - p.sliderMin);
        switch (rng() % 10) {
        case 0: v = p.sliderMin; break;
        case 1: v = p.sliderMax; break;
        case 2: v = std::clamp(0.0, p.sliderMin, p.sliderMax); break;
        case 3:
        case 4:
            v = std::clamp(p.sliderMin + std::round((v - p.sliderMin) / p.step) * p.step, p.sliderMin, p.sliderMax);
            break;
        default: break;
        }
        a.setParam(i, v);
    }
}

// The defaults, then kRandomSets random sets; the seed depends on the function, the framework and
// the test, so that each test sees its own values and a failure replays on its own.
std::vector<Case> cases(const QByteArray& function, Framework fw, std::uint64_t salt)
{
    std::uint64_t seed = salt * 0x9E3779B97F4A7C15ULL + static_cast<std::uint64_t>(fw);
    for (char c : function)
        seed = seed * 131 + static_cast<unsigned char>(c);
    std::mt19937_64 rng(seed);
    std::vector<Case> out;
    const Core::Activation defaults = Core::Activation::withDefaults(function.toStdString(), fw);
    out.push_back({defaults, describe(defaults) + " [defaults]"});
    if (defaults.availableParams().empty())
        return out;
    for (int set = 0; set < kRandomSets; ++set) {
        Core::Activation a = defaults;
        randomise(a, rng);
        out.push_back({a, describe(a) + " [seed " + std::to_string(seed) + ", set " + std::to_string(set) + "]"});
    }
    return out;
}

void addCatalogueRows(bool trainableOnly = false)
{
    QTest::addColumn<QByteArray>("function");
    QTest::addColumn<int>("framework");
    for (const Core::FunctionSpec& f : Core::catalogue())
        for (Framework fw : f.availableFrameworks())
            if (!trainableOnly || !Core::Activation::withDefaults(f, fw).trainableParams().empty())
                QTest::addRow("%s %s", fwName(fw), std::string(f.name).c_str())
                    << QByteArray(f.name.data(), static_cast<qsizetype>(f.name.size())) << static_cast<int>(fw);
}

// x that exercise every branch: the specials, ordinary values, wide magnitudes, any bit pattern.
std::vector<double> randomX(std::mt19937_64& rng, std::size_t n)
{
    const double dmax = std::numeric_limits<double>::max(), dmin = std::numeric_limits<double>::min();
    const auto fmax = static_cast<double>(std::numeric_limits<float>::max());
    const auto fmin = static_cast<double>(std::numeric_limits<float>::min());
    const auto fden = static_cast<double>(std::numeric_limits<float>::denorm_min());
    std::vector<double> x{0.0, -0.0, kInf, -kInf, kNaN, -kNaN, dmax, -dmax, dmin, -dmin, 5e-324, -5e-324, 1e300, -1e300,
        fmax, -fmax, 2 * fmax, -2 * fmax, fmin, -fmin, fden, -fden, 1e-30, -1e-30, 1.0, -1.0, 88.8, -88.8, 709.8,
        -709.8, 750.0, -750.0};
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    while (x.size() < n) {
        switch (rng() % 4) {
        case 0: x.push_back(-50.0 + 100.0 * unit(rng)); break;
        case 1: x.push_back(-6.0 + 12.0 * unit(rng)); break;
        case 2: x.push_back((rng() % 2 ? 1.0 : -1.0) * std::pow(10.0, -320.0 + 628.0 * unit(rng))); break;
        default: x.push_back(std::bit_cast<double>(static_cast<std::uint64_t>(rng()))); break;
        }
    }
    return x;
}

// Evaluates a batch in the given precision, widened to double; dparam param-major.
struct Batch {
    std::vector<double> y, dy, dparam;
};
Batch evaluateBatch(const Core::Activation& a, const std::vector<double>& x, DType dtype)
{
    const std::size_t n = x.size(), k = a.trainableParams().size();
    Batch b{std::vector<double>(n), std::vector<double>(n), std::vector<double>(n * k)};
    if (dtype == DType::Float32) {
        std::vector<float> xf(n), yf(n), dyf(n), dpf(n * k);
        std::transform(x.begin(), x.end(), xf.begin(), [](double v) { return static_cast<float>(v); });
        Core::evaluate(
            a, std::span<const float>(xf), std::span<float>(yf), std::span<float>(dyf), std::span<float>(dpf));
        std::copy(yf.begin(), yf.end(), b.y.begin());
        std::copy(dyf.begin(), dyf.end(), b.dy.begin());
        std::copy(dpf.begin(), dpf.end(), b.dparam.begin());
    } else {
        Core::evaluate(a, std::span<const double>(x), std::span<double>(b.y), std::span<double>(b.dy),
            std::span<double>(b.dparam));
    }
    return b;
}

std::vector<double> values(const Core::Activation& a, const std::vector<double>& x, DType dtype = DType::Float64)
{
    return evaluateBatch(a, x, dtype).y;
}

double nextToward(double x, double direction, DType dtype)
{
    return dtype == DType::Float32
        ? static_cast<double>(std::nextafter(static_cast<float>(x), static_cast<float>(direction)))
        : std::nextafter(x, direction);
}

double roundTo(double x, DType dtype)
{
    return dtype == DType::Float32 ? static_cast<double>(static_cast<float>(x)) : x;
}

bool nearBreakpoint(double x, const std::vector<Core::Breakpoint>& bps, double margin)
{
    return std::any_of(bps.begin(), bps.end(), [&](const Core::Breakpoint& b) { return std::abs(b.x - x) <= margin; });
}

// Jumps a fine grid shows: in the value (the step between neighbours is far from what the
// derivative at both ends predicts) and in the slope (the second difference of the value stands out
// from the second differences around it). A breakpoint shows as one or two adjacent anomalies.
// Rounding is allowed for relative to |y| and to |x|: where the value is a cancellation (gelu's
// 0.5 x (1 + erf(x / sqrt 2)) far left) it is a staircase of steps of eps |x|, as in the framework.
struct Anomaly {
    double lo, hi; // the grid points around it
    bool value;    // a value jump (else a slope jump)
    double size, noise;
};
struct GridScan {
    std::vector<double> x, y, dy;
    double dx = 0;
    std::vector<Anomaly> anomalies;
    // What a breakpoint at `at` must exceed to be seen: the largest second difference nearby (away
    // from `at`) and the rounding of the values there.
    double slopeNoise(double at) const;
    double valueNoise(double at) const;
};

constexpr std::size_t kWindow = 12;

GridScan scan(const Core::Activation& a, double lo, double hi, std::size_t n, DType dtype)
{
    GridScan g;
    g.dx = (hi - lo) / static_cast<double>(n);
    g.x.resize(n);
    // A third of a step off the round numbers where breakpoints sit.
    for (std::size_t i = 0; i < n; ++i)
        g.x[i] = roundTo(lo + (static_cast<double>(i) + 1.0 / 3.0) * g.dx, dtype);
    Batch b = evaluateBatch(a, g.x, dtype);
    g.y = std::move(b.y);
    g.dy = std::move(b.dy);
    const double eps = dtype == DType::Float32 ? kEps32 : kEps64;
    const auto finite = [&](std::size_t i, std::size_t count) {
        for (std::size_t j = i; j < i + count; ++j)
            if (!std::isfinite(g.y[j]) || !std::isfinite(g.dy[j]))
                return false;
        return true;
    };
    // Value jumps: y[i+1] - y[i] against the trapezoid of the derivatives. A kink inside the step
    // can make them differ by up to |dy[i+1] - dy[i]| dx / 2; a smooth piece by f''' dx^3 / 12.
    for (std::size_t i = 0; i + 1 < n; ++i) {
        if (!finite(i, 2))
            continue;
        const double h = g.x[i + 1] - g.x[i];
        const double residual = std::abs((g.y[i + 1] - g.y[i]) - 0.5 * (g.dy[i] + g.dy[i + 1]) * h);
        const double noise = std::abs(g.dy[i + 1] - g.dy[i]) * h + 1e-6 * h * (1 + std::abs(g.dy[i]))
            + 64 * eps * (std::abs(g.y[i]) + std::abs(g.y[i + 1]) + std::abs(g.x[i]));
        if (residual > noise)
            g.anomalies.push_back({g.x[i], g.x[i + 1], true, residual, noise});
    }
    // Slope jumps: e[i] = s[i+1] - s[i] for the secants s; a kink of size K makes |e| >= K / 2 on
    // one or two neighbours; a smooth piece makes e vary slowly.
    if (n >= 2 * kWindow + 3) {
        std::vector<double> e(n - 2, 0.0);
        std::vector<bool> ok(n - 2, false);
        for (std::size_t i = 0; i + 2 < n; ++i) {
            if (!finite(i, 3))
                continue;
            const double s0 = (g.y[i + 1] - g.y[i]) / (g.x[i + 1] - g.x[i]);
            const double s1 = (g.y[i + 2] - g.y[i + 1]) / (g.x[i + 2] - g.x[i + 1]);
            e[i] = s1 - s0;
            ok[i] = true;
        }
        for (std::size_t i = kWindow; i + kWindow < e.size(); ++i) {
            if (!ok[i])
                continue;
            double baseline = 0;
            bool all = true;
            for (std::size_t j = i - kWindow; j <= i + kWindow; ++j) {
                if (j + 3 > i && j < i + 3)
                    continue;
                all = all && ok[j];
                baseline = std::max(baseline, std::abs(e[j]));
            }
            if (!all)
                continue;
            const double floor = 64 * eps
                * (std::abs(g.y[i]) + 2 * std::abs(g.y[i + 1]) + std::abs(g.y[i + 2]) + std::abs(g.x[i])) / g.dx;
            const double noise = 8 * baseline + floor;
            if (std::abs(e[i]) > noise)
                g.anomalies.push_back({g.x[i], g.x[i + 2], false, std::abs(e[i]), noise});
        }
    }
    return g;
}

std::size_t indexNear(const GridScan& g, double at)
{
    const auto it = std::lower_bound(g.x.begin(), g.x.end(), at);
    return static_cast<std::size_t>(std::distance(g.x.begin(), it));
}

double GridScan::slopeNoise(double at) const
{
    const std::size_t c = indexNear(*this, at);
    double baseline = 0, ymax = 0;
    for (std::size_t j = c > 2 * kWindow ? c - 2 * kWindow : 0; j + 2 < x.size() && j < c + 2 * kWindow; ++j) {
        ymax = std::max(ymax, std::abs(y[j]) + std::abs(x[j]));
        if (j + 4 > c && j < c + 4)
            continue;
        const double s0 = (y[j + 1] - y[j]) / (x[j + 1] - x[j]);
        const double s1 = (y[j + 2] - y[j + 1]) / (x[j + 2] - x[j + 1]);
        baseline = std::max(baseline, std::abs(s1 - s0));
    }
    return 8 * baseline + 256 * kEps64 * ymax / dx;
}

double GridScan::valueNoise(double at) const
{
    const std::size_t c = indexNear(*this, at);
    double noise = 0;
    for (std::size_t j = c > 3 ? c - 3 : 0; j + 1 < x.size() && j < c + 3; ++j)
        noise = std::max(noise,
            std::abs(dy[j + 1] - dy[j]) * dx + 1e-6 * dx * (1 + std::abs(dy[j]))
                + 64 * kEps64 * (std::abs(y[j]) + std::abs(y[j + 1]) + std::abs(x[j])));
    return noise;
}

} // namespace

class TestProperties : public QObject {
    Q_OBJECT

private slots:
    void shouldEvaluateAnyInputWithoutCrashing_data() { addCatalogueRows(); }
    void shouldEvaluateAnyInputWithoutCrashing();
    void shouldMatchCentralDifferencesAwayFromBreakpoints_data() { addCatalogueRows(); }
    void shouldMatchCentralDifferencesAwayFromBreakpoints();
    void shouldMatchCentralDifferencesInTrainableParameters_data() { addCatalogueRows(true); }
    void shouldMatchCentralDifferencesInTrainableParameters();
    void shouldAgreeBetweenFloat32AndFloat64_data() { addCatalogueRows(); }
    void shouldAgreeBetweenFloat32AndFloat64();
    void shouldShowJumpsExactlyAtTheBreakpoints_data() { addCatalogueRows(); }
    void shouldShowJumpsExactlyAtTheBreakpoints();
    void shouldReportPropertiesTheSamplesShow_data() { addCatalogueRows(); }
    void shouldReportPropertiesTheSamplesShow();
};

void TestProperties::shouldEvaluateAnyInputWithoutCrashing()
{
    QFETCH(QByteArray, function);
    QFETCH(int, framework);
    std::mt19937_64 rng(7);
    for (const Case& c : cases(function, Framework(framework), 1)) {
        const Core::Activation& a = c.activation;
        const std::size_t k = a.trainableParams().size();
        const std::vector<double> x = randomX(rng, 600);
        for (DType dtype : {DType::Float64, DType::Float32}) {
            const Batch all = evaluateBatch(a, x, dtype);
            // One point at a time, as the values table and the CLI's --eval do.
            for (std::size_t i = 0; i < x.size(); ++i) {
                const Core::PointValue p = Core::evaluateAt(a, x[i], dtype);
                const auto at = [&] { return c.text + " " + std::string(Core::dtypeName(dtype)) + " x=" + fmt(x[i]); };
                AEX_VERIFY2(same(p.y, all.y[i]) && same(p.dy, all.dy[i]),
                    (at() + ": alone " + fmt(p.y) + "/" + fmt(p.dy) + ", in a batch " + fmt(all.y[i]) + "/"
                        + fmt(all.dy[i]))
                        .c_str());
                for (std::size_t j = 0; j < k; ++j)
                    AEX_VERIFY2(same(p.dparam[j], all.dparam[j * x.size() + i]), (at() + " d/dparam").c_str());
                // Moderate finite x never gives NaN (beyond them, inf * 0 inside a framework's own
                // formula may, and the app reproduces it).
                const double moderate = dtype == DType::Float32 ? 80.0 : 700.0;
                if (std::abs(roundTo(x[i], dtype)) <= moderate)
                    AEX_VERIFY2(
                        !std::isnan(p.y) && !std::isnan(p.dy), (at() + ": NaN " + fmt(p.y) + "/" + fmt(p.dy)).c_str());
            }
            // Batches of every awkward size (vector tails) give the same bits.
            for (std::size_t chunk : {1U, 2U, 3U, 5U, 7U, 8U, 9U, 15U, 16U, 17U, 33U}) {
                for (std::size_t start = 0; start < x.size(); start += chunk) {
                    const std::vector<double> part(x.begin() + static_cast<std::ptrdiff_t>(start),
                        x.begin() + static_cast<std::ptrdiff_t>(std::min(start + chunk, x.size())));
                    const Batch b = evaluateBatch(a, part, dtype);
                    for (std::size_t i = 0; i < part.size(); ++i)
                        AEX_VERIFY2(same(b.y[i], all.y[start + i]) && same(b.dy[i], all.dy[start + i]),
                            (c.text + " batch of " + std::to_string(chunk) + " x=" + fmt(part[i])).c_str());
                }
            }
            // Sampling with the breakpoints inserted keeps x in order.
            const double lo = -50.0 + 60.0 * std::uniform_real_distribution<double>(0.0, 1.0)(rng);
            const Core::Series s = Core::sample(a, Core::Domain{lo, lo + 0.5 + static_cast<double>(rng() % 40), 257},
                dtype, {.breakpoints = true, .derivativeParams = true});
            QVERIFY2(std::is_sorted(s.x.begin(), s.x.end()), c.text.c_str());
            QCOMPARE(s.dparam.size(), k * s.x.size());
        }
    }
}

void TestProperties::shouldMatchCentralDifferencesAwayFromBreakpoints()
{
    QFETCH(QByteArray, function);
    QFETCH(int, framework);
    std::mt19937_64 rng(11);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    for (const Case& c : cases(function, Framework(framework), 2)) {
        const Core::Activation& a = c.activation;
        const std::vector<Core::Breakpoint> bps = Core::breakpoints(a);
        const std::size_t n = 2000;
        std::vector<double> x(n), h(n), xm(n), xp(n);
        for (std::size_t i = 0; i < n; ++i) {
            // Mostly where the shapes are; some far out, up to 1e3.
            x[i] = i % 4 == 3 ? (rng() % 2 ? 1.0 : -1.0) * std::pow(10.0, -3.0 + 6.0 * unit(rng))
                              : -12.0 + 24.0 * unit(rng);
            h[i] = 1e-6 * std::max(1.0, std::abs(x[i]));
            xm[i] = x[i] - h[i];
            xp[i] = x[i] + h[i];
        }
        const Batch at = evaluateBatch(a, x, DType::Float64);
        const std::vector<double> ym = values(a, xm), yp = values(a, xp);
        int checked = 0;
        for (std::size_t i = 0; i < n; ++i) {
            if (nearBreakpoint(x[i], bps, 8 * h[i]))
                continue;
            if (!std::isfinite(at.y[i]) || !std::isfinite(at.dy[i]) || !std::isfinite(ym[i]) || !std::isfinite(yp[i]))
                continue;
            ++checked;
            // The truncation error (h^2 f''' / 6) and the rounding of the values (eps |y| / h).
            const double fd = (yp[i] - ym[i]) / (xp[i] - xm[i]);
            const double tol
                = 1e-6 * (1 + std::abs(at.dy[i])) + 8 * kEps64 * (std::abs(yp[i]) + std::abs(ym[i])) / h[i];
            AEX_VERIFY2(std::abs(fd - at.dy[i]) <= tol,
                (c.text + " x=" + fmt(x[i]) + ": d/dx " + fmt(at.dy[i]) + ", central difference " + fmt(fd)).c_str());
        }
        QVERIFY2(checked > static_cast<int>(n) / 2,
            (c.text + ": only " + std::to_string(checked) + " points checked").c_str());
    }
}

void TestProperties::shouldMatchCentralDifferencesInTrainableParameters()
{
    QFETCH(QByteArray, function);
    QFETCH(int, framework);
    std::mt19937_64 rng(13);
    std::uniform_real_distribution<double> unit(-12.0, 12.0);
    for (const Case& c : cases(function, Framework(framework), 3)) {
        const Core::Activation& a = c.activation;
        const std::vector<std::size_t> trainable = a.trainableParams();
        std::vector<double> x(500);
        for (double& v : x)
            v = unit(rng);
        const Batch at = evaluateBatch(a, x, DType::Float64);
        for (std::size_t k = 0; k < trainable.size(); ++k) {
            const std::size_t idx = trainable[k];
            const double p = a.params().value[idx];
            const double h = 1e-6 * std::max(1.0, std::abs(p));
            Core::Activation lo = a, hi = a;
            lo.setParam(idx, p - h);
            hi.setParam(idx, p + h);
            const std::vector<double> ym = values(lo, x), yp = values(hi, x);
            for (std::size_t i = 0; i < x.size(); ++i) {
                const double fd = (yp[i] - ym[i]) / ((p + h) - (p - h));
                const double got = at.dparam[k * x.size() + i];
                AEX_VERIFY2(std::abs(fd - got) <= 1e-6 * (1 + std::abs(got)) + 8 * kEps64 * std::abs(at.y[i]) / h,
                    (c.text + " x=" + fmt(x[i]) + ": d/d" + std::string(a.function().params[idx].name) + " " + fmt(got)
                        + ", central difference " + fmt(fd))
                        .c_str());
            }
        }
    }
}

void TestProperties::shouldAgreeBetweenFloat32AndFloat64()
{
    QFETCH(QByteArray, function);
    QFETCH(int, framework);
    std::mt19937_64 rng(17);
    std::uniform_real_distribution<double> unit(-12.0, 12.0);
    for (const Case& c : cases(function, Framework(framework), 4)) {
        // float32 rounds the parameters: compare with float64 on the same rounded values.
        Core::Activation a64 = c.activation;
        for (std::size_t i : a64.availableParams())
            if (!a64.params().none[i])
                a64.setParam(i, roundTo(a64.params().value[i], DType::Float32));
        const std::vector<Core::Breakpoint> bps = Core::breakpoints(a64),
                                            bps32 = Core::breakpoints(c.activation, DType::Float32);
        std::vector<double> x(1000);
        for (double& v : x)
            v = roundTo(unit(rng), DType::Float32);
        const Batch f32 = evaluateBatch(c.activation, x, DType::Float32), f64 = evaluateBatch(a64, x, DType::Float64);
        for (std::size_t i = 0; i < x.size(); ++i) {
            if (nearBreakpoint(x[i], bps, 1e-3) || nearBreakpoint(x[i], bps32, 1e-3))
                continue;
            const auto at = [&] {
                return c.text + " x=" + fmt(x[i]) + ": float32 " + fmt(f32.y[i]) + "/" + fmt(f32.dy[i]) + ", float64 "
                    + fmt(f64.y[i]) + "/" + fmt(f64.dy[i]);
            };
            AEX_VERIFY2(std::abs(f32.y[i] - f64.y[i]) <= 1e-5 * (1 + std::abs(f64.y[i])), at().c_str());
            AEX_VERIFY2(std::abs(f32.dy[i] - f64.dy[i]) <= 1e-5 * (1 + std::abs(f64.dy[i])), at().c_str());
        }
    }
}

void TestProperties::shouldShowJumpsExactlyAtTheBreakpoints()
{
    QFETCH(QByteArray, function);
    QFETCH(int, framework);
    int seen = 0;
    for (const Case& c : cases(function, Framework(framework), 5)) {
        const Core::Activation& a = c.activation;
        const std::vector<Core::Breakpoint> bps = Core::breakpoints(a);
        // One grid where the shapes are and one around each breakpoint, wherever it is.
        std::vector<std::pair<double, double>> windows{{-12.0, 12.0}};
        for (const Core::Breakpoint& b : bps)
            windows.emplace_back(b.x - 2.0, b.x + 2.0);
        for (const auto& [lo, hi] : windows) {
            const GridScan g = scan(a, lo, hi, static_cast<std::size_t>((hi - lo) * 2000), DType::Float64);
            // Nothing jumps where no breakpoint is reported.
            for (const Anomaly& an : g.anomalies) {
                const bool explained = std::any_of(bps.begin(), bps.end(),
                    [&](const Core::Breakpoint& b) { return b.x >= an.lo - 2 * g.dx && b.x <= an.hi + 2 * g.dx; });
                AEX_VERIFY2(explained,
                    (c.text + ": the " + (an.value ? "value" : "slope") + " jumps between x=" + fmt(an.lo) + " and "
                        + fmt(an.hi) + " (by " + fmt(an.size) + ", noise " + fmt(an.noise)
                        + ") but no breakpoint is reported there")
                        .c_str());
            }
            // Every reported breakpoint the grid can resolve shows.
            for (const Core::Breakpoint& b : bps) {
                if (b.x < lo + 40 * g.dx || b.x > hi - 40 * g.dx)
                    continue;
                const double valueJump = std::abs(b.yRight - b.yLeft), slopeJump = std::abs(b.dyRight - b.dyLeft);
                if (!std::isfinite(valueJump) || !std::isfinite(slopeJump))
                    continue;
                const bool valueVisible = valueJump > 4 * g.valueNoise(b.x);
                const bool slopeVisible = slopeJump / 2 > 2 * g.slopeNoise(b.x) && valueJump == 0;
                if (!valueVisible && !slopeVisible)
                    continue;
                const bool shown = std::any_of(g.anomalies.begin(), g.anomalies.end(), [&](const Anomaly& an) {
                    return b.x >= an.lo - 2 * g.dx && b.x <= an.hi + 2 * g.dx && (an.value || !valueVisible);
                });
                ++seen;
                AEX_VERIFY2(shown,
                    (c.text + ": breakpoint at x=" + fmt(b.x) + " (value " + fmt(b.yLeft) + " -> " + fmt(b.yRight)
                        + ", slope " + fmt(b.dyLeft) + " -> " + fmt(b.dyRight) + ") does not show on a grid with step "
                        + fmt(g.dx))
                        .c_str());
            }
        }
        // The value at a breakpoint is the function's own value there.
        for (const Core::Breakpoint& b : bps) {
            const Core::PointValue p = Core::evaluateAt(a, b.x);
            AEX_VERIFY2(same(p.y, b.yAt) && same(p.dy, b.dyAt), (c.text + " at x=" + fmt(b.x)).c_str());
        }
    }
    qInfo("%d breakpoints seen on the grids", seen);
}

void TestProperties::shouldReportPropertiesTheSamplesShow()
{
    QFETCH(QByteArray, function);
    QFETCH(int, framework);
    std::mt19937_64 rng(19);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    for (const Case& c : cases(function, Framework(framework), 6)) {
        const Core::Activation& a = c.activation;
        for (DType dtype : {DType::Float64, DType::Float32}) {
            const std::string what = c.text + " " + std::string(Core::dtypeName(dtype));
            const Core::Properties p = Core::properties(a, dtype);
            const std::vector<Core::Breakpoint> bps = Core::breakpoints(a, dtype);

            // Samples the analysis never saw: random x, dense near 0, the far tails, and each
            // breakpoint as its left limit, its value and its right limit.
            const double far = dtype == DType::Float32 ? 1e30 : 1e300;
            std::vector<double> x{-far, -1e12, -1e6, -1e4, -1e3, 1e3, 1e4, 1e6, 1e12, far};
            for (int i = 0; i < 6000; ++i)
                x.push_back(roundTo(i % 3 ? -8.0 + 16.0 * unit(rng) : -60.0 + 120.0 * unit(rng), dtype));
            for (const Core::Breakpoint& b : bps)
                x.push_back(b.x);
            std::sort(x.begin(), x.end());
            x.erase(std::unique(x.begin(), x.end()), x.end());
            const Batch s = evaluateBatch(a, x, dtype);
            std::vector<double> ys;
            for (std::size_t i = 0; i < x.size(); ++i) {
                const auto b
                    = std::find_if(bps.begin(), bps.end(), [&](const Core::Breakpoint& bp) { return bp.x == x[i]; });
                if (b != bps.end())
                    ys.insert(ys.end(), {b->yLeft, b->yAt, b->yRight});
                else
                    ys.push_back(s.y[i]);
            }

            // Bounds: every sample inside them; a bounded side is reached (to the accuracy of a
            // sampled minimum); an unbounded side is seen to run off.
            const double eps = dtype == DType::Float32 ? kEps32 : kEps64;
            double lo = kInf, hi = -kInf;
            for (double y : ys) {
                if (std::isnan(y))
                    continue;
                lo = std::min(lo, y);
                hi = std::max(hi, y);
                const double slack = 4 * eps * std::abs(y);
                AEX_VERIFY2(y >= p.infimum - slack && y <= p.supremum + slack,
                    (what + ": " + fmt(y) + " outside [" + fmt(p.infimum) + ", " + fmt(p.supremum) + "]").c_str());
            }
            const double huge = dtype == DType::Float32 ? 1e29 : 1e250;
            if (p.boundedBelow())
                QVERIFY2(lo <= p.infimum + 1e-4 * (1 + std::abs(p.infimum)),
                    (what + ": infimum " + fmt(p.infimum) + ", lowest sample " + fmt(lo)).c_str());
            else
                QVERIFY2(lo <= -huge, (what + ": unbounded below, but the lowest sample is " + fmt(lo)).c_str());
            if (p.boundedAbove())
                QVERIFY2(hi >= p.supremum - 1e-4 * (1 + std::abs(p.supremum)),
                    (what + ": supremum " + fmt(p.supremum) + ", highest sample " + fmt(hi)).c_str());
            else
                QVERIFY2(hi >= huge, (what + ": unbounded above, but the highest sample is " + fmt(hi)).c_str());

            // Monotonicity, with the rounding wobble of one ulp or so.
            bool up = false, down = false, changes = false;
            double previous = kNaN;
            for (double y : ys) {
                if (std::isnan(y))
                    continue;
                if (!std::isnan(previous)) {
                    const double slack = std::isinf(y) || std::isinf(previous)
                        ? 0.0
                        : 4 * eps * std::max(std::abs(y), std::abs(previous));
                    up = up || y > previous + slack;
                    down = down || y < previous - slack;
                    changes = changes || y != previous;
                }
                previous = y;
            }
            const std::string_view reported = Core::monotonicityName(p.monotonicity);
            const std::string seenText = what + ": reported " + std::string(reported) + ", the samples go"
                + (up ? " up" : "") + (down ? " down" : "") + (changes ? "" : " nowhere");
            switch (p.monotonicity) {
            case Core::Monotonicity::NonDecreasing: QVERIFY2(!down && changes, seenText.c_str()); break;
            case Core::Monotonicity::NonIncreasing: QVERIFY2(!up && changes, seenText.c_str()); break;
            case Core::Monotonicity::Constant: QVERIFY2(!changes, seenText.c_str()); break;
            case Core::Monotonicity::None: QVERIFY2(up && down, seenText.c_str()); break;
            }

            // Continuity and differentiability against the function next to each breakpoint: a
            // jump shows between the neighbouring floats, beyond what the slope explains.
            bool jumps = false, kinks = false;
            const double tiny = dtype == DType::Float32 ? 1e-37 : 1e-300;
            for (const Core::Breakpoint& b : bps) {
                // The framework's own comparison may switch a few ulps from the reported x (PyTorch
                // softplus tests x * beta > threshold, the breakpoint is threshold / beta).
                std::vector<double> near(9, b.x);
                for (std::size_t k = 1; k <= 4; ++k) {
                    near[4 - k] = nextToward(near[5 - k], -kInf, dtype);
                    near[4 + k] = nextToward(near[3 + k], kInf, dtype);
                }
                const Batch v = evaluateBatch(a, near, dtype);
                bool valueJumpsHere = false;
                for (std::size_t i = 0; i + 1 < near.size(); ++i) {
                    const double slope = std::max({std::abs(v.dy[i]), std::abs(v.dy[i + 1]), 1.0});
                    const double allowed = 2 * slope * (near[i + 1] - near[i])
                        + 8 * eps * std::max({std::abs(v.y[i]), std::abs(v.y[i + 1]), std::abs(near[i])})
                        + tiny; // subnormal x: x / alpha rounds to a multiple of the smallest subnormal
                    valueJumpsHere = valueJumpsHere || std::abs(v.y[i + 1] - v.y[i]) > allowed;
                }
                jumps = jumps || valueJumpsHere;
                kinks = kinks || b.slopeJumps() || b.dyAt != b.dyLeft;
                AEX_VERIFY2(!(p.continuous && valueJumpsHere),
                    (what + ": reported continuous, but the value jumps next to x=" + fmt(b.x)).c_str());
            }
            if (!p.continuous)
                QVERIFY2(jumps, (what + ": reported discontinuous, but no jump shows next to a breakpoint").c_str());
            if (!p.differentiable)
                QVERIFY2(jumps || kinks, (what + ": reported not differentiable, but nothing breaks").c_str());
            if (p.differentiable)
                QVERIFY2(!jumps && !kinks, (what + ": reported differentiable, with a breakpoint").c_str());

            // Zero-gradient intervals: the derivative is exactly 0 inside each.
            for (std::size_t i = 0; i < x.size(); ++i) {
                const bool inside = std::any_of(p.zeroGradient.begin(), p.zeroGradient.end(),
                    [&](const Core::Interval& z) { return x[i] > z.lo && x[i] < z.hi; });
                if (inside)
                    AEX_VERIFY2(s.dy[i] == 0,
                        (what + ": d/dx " + fmt(s.dy[i]) + " at x=" + fmt(x[i]) + " inside a zero-gradient interval")
                            .c_str());
            }
        }
    }
}

QTEST_APPLESS_MAIN(TestProperties)
#include "tst_properties.moc"
