// SPDX-License-Identifier: MIT
// Keras 3 and tf.keras cannot be installed here, so their functions are checked against the op-by-op
// reference of semanticsreference.h (written from ../shared/design/SEMANTICS.md, independently of
// core/src) over seeded random parameter values, the way tst_semantics checks it at fixed ones
// (issue #11 item 5). PyTorch is left out: tests/core/crosscheck compares it with PyTorch itself.
//
// For every catalogue function in keras and tf_keras, in float64 and float32:
//  - parameter sets: every combination of each parameter's edge values (slider min and max, the
//    framework's default, the catalogue's suggestion, 0 where the slider range holds it, None for a
//    nullable parameter, both Booleans); each finite edge one ulp off, one parameter at a time; then
//    kRandomSets random sets mixing, per parameter, an edge value, an edge value one ulp off, a
//    slider position (min + k * step) and a uniform value in the slider range;
//  - points: sweepPoints (+-0, +-inf, NaN, kinks and large magnitudes, each parameter value and its
//    neighbours), every breakpoint Core::breakpoints reports with its neighbours in the evaluated
//    dtype, and kRandomPoints random x;
//  - Core::evaluate's span path against the reference, as tst_semantics does.
// The seed is fixed (kDefaultSeed); AEX_SWEEP_SEED=N (decimal or 0x hex) draws other values. A
// failure names the seed, the set and its values, the x, and what was got and wanted.

#include "semanticsreference.h"

#include "aex/core/analysis.h"
#include "aex/core/paramtext.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

using namespace SemanticsReference;

namespace {

using Core::DType;
using Core::Framework;

constexpr std::uint64_t kDefaultSeed = 20260611;
constexpr int kRandomSets = 24;
constexpr int kRandomPoints = 64;
constexpr int kMaxFailuresShown = 30; // lines printed per row; the message names every failing set

std::uint64_t g_seed = kDefaultSeed;

const char* fwName(Framework fw) { return fw == Framework::Keras ? "keras" : "tf_keras"; }

// Explicit mappings from the generator's 64 bits (std::mt19937_64's sequence is fixed by the
// standard; the standard distributions are not).
double uniform(std::mt19937_64& rng, double lo, double hi) // [lo, hi], both ends included
{
    const double u = static_cast<double>(rng() >> 11) / static_cast<double>((std::uint64_t{1} << 53) - 1);
    return std::clamp(lo + u * (hi - lo), lo, hi);
}
std::size_t below(std::mt19937_64& rng, std::size_t n) { return static_cast<std::size_t>(rng() % n); }

// SplitMix64's finaliser: a row's stream depends on the seed, the function and the framework only,
// so one row replays alone and float64 and float32 draw the same sets.
std::uint64_t mix(std::uint64_t h)
{
    h = (h ^ (h >> 30)) * 0xBF58476D1CE4E5B9ULL;
    h = (h ^ (h >> 27)) * 0x94D049BB133111EBULL;
    return h ^ (h >> 31);
}
std::uint64_t rowSeed(std::string_view function, Framework fw)
{
    std::uint64_t h = mix(g_seed + static_cast<std::uint64_t>(fw));
    for (char c : function)
        h = mix(h ^ static_cast<unsigned char>(c));
    return h;
}

// One parameter set: a value (nullopt: None) for every parameter the framework has.
struct ParamSet {
    std::vector<std::pair<std::size_t, std::optional<double>>> values;
    bool random = false; // false: a combination of edge values
};

std::optional<double> defaultValue(const Core::Activation& a, std::size_t i)
{
    const Core::FrameworkParam& fp = a.spec().params[i];
    return fp.defaultIsNone ? std::nullopt : fp.defaultValue;
}

std::vector<std::optional<double>> edgeValues(const Core::Activation& a, std::size_t i)
{
    const Core::ParamSpec& p = a.function().params[i];
    if (p.kind == Core::ParamKind::Boolean)
        return {0.0, 1.0};
    std::vector<std::optional<double>> out{p.sliderMin, p.sliderMax};
    if (defaultValue(a, i))
        out.emplace_back(*defaultValue(a, i));
    out.emplace_back(p.suggested);
    if (p.sliderMin <= 0 && 0 <= p.sliderMax)
        out.emplace_back(0.0);
    if (p.nullable)
        out.emplace_back(std::nullopt);
    std::vector<std::optional<double>> unique;
    for (const auto& v : out)
        if (std::find(unique.begin(), unique.end(), v) == unique.end())
            unique.push_back(v);
    return unique;
}

std::optional<double> randomValue(const Core::Activation& a, std::size_t i, std::mt19937_64& rng)
{
    const Core::ParamSpec& p = a.function().params[i];
    if (p.kind == Core::ParamKind::Boolean)
        return static_cast<double>(below(rng, 2));
    const auto edges = edgeValues(a, i);
    const std::optional<double> edge = edges[below(rng, edges.size())];
    switch (below(rng, 8)) {
    case 0: return edge;
    case 1: { // one ulp off an edge, inside the range
        if (!edge)
            return edge;
        const double v = std::nextafter(*edge, below(rng, 2) ? kInf : -kInf);
        return v < p.sliderMin || v > p.sliderMax ? std::nextafter(*edge, v < p.sliderMin ? kInf : -kInf) : v;
    }
    case 2:
    case 3: { // a slider position, sliderMin + k * step in double: 0 + 60 * 0.1 is 6.000000000000001
        const auto steps = static_cast<std::size_t>(std::floor((p.sliderMax - p.sliderMin) / p.step + 0.5));
        return std::min(p.sliderMin + static_cast<double>(below(rng, steps + 1)) * p.step, p.sliderMax);
    }
    default: return uniform(rng, p.sliderMin, p.sliderMax);
    }
}

// Every combination of edge values, the edges one ulp off, then kRandomSets random sets. A function
// without parameters gets kRandomSets + 1 empty sets: each draws its own random points.
std::vector<ParamSet> drawSets(const Core::Activation& defaults, std::mt19937_64& rng)
{
    const std::vector<std::size_t> params = defaults.availableParams();
    if (params.empty())
        return std::vector<ParamSet>(kRandomSets + 1);
    std::vector<ParamSet> sets{ParamSet{}};
    for (std::size_t i : params) {
        std::vector<ParamSet> next;
        for (const ParamSet& s : sets)
            for (const auto& v : edgeValues(defaults, i)) {
                ParamSet t = s;
                t.values.emplace_back(i, v);
                next.push_back(std::move(t));
            }
        sets = std::move(next);
    }
    // Each finite edge one ulp off, one parameter at a time, the others at their defaults: Python's
    // `max_value == 6`, `threshold != 0` and `alpha == 1` see the difference, a float32 tensor may not.
    for (std::size_t i : params) {
        for (const auto& e : edgeValues(defaults, i)) {
            for (double direction : {-kInf, kInf}) {
                const Core::ParamSpec& spec = defaults.function().params[i];
                if (!e || spec.kind == Core::ParamKind::Boolean)
                    continue;
                const double v = std::nextafter(*e, direction);
                if (v < spec.sliderMin || v > spec.sliderMax)
                    continue;
                ParamSet s;
                for (std::size_t j : params)
                    s.values.emplace_back(j, j == i ? std::optional<double>(v) : defaultValue(defaults, j));
                sets.push_back(std::move(s));
            }
        }
    }
    for (int k = 0; k < kRandomSets; ++k) {
        ParamSet s{{}, true};
        for (std::size_t i : params)
            s.values.emplace_back(i, randomValue(defaults, i, rng));
        sets.push_back(std::move(s));
    }
    return sets;
}

Core::Activation apply(Core::Activation a, const ParamSet& set)
{
    for (const auto& [i, v] : set.values) {
        if (v)
            a.setParam(i, *v);
        else
            a.setParamNone(i);
    }
    return a;
}

RefParams refParamsOf(const std::string& fn, Framework fw, const Core::Activation& a, const ParamSet& set)
{
    RefParams p = specDefaults(fn, fw);
    for (const auto& [i, v] : set.values)
        p.v[std::string(a.function().params[i].name)] = v;
    return p;
}

// Values the framework's layer rejects are still computed by its function form. Included where
// SEMANTICS.md defines what the function form computes:
//  - relu, threshold < 0: keras.activations.relu takes it (§1.3 consequence 6);
//  - thresholded_relu, theta < 0: `inputs * cast(inputs > theta)` holds for any theta (§5);
//  - leaky_relu, Keras 3, negative_slope < 0: the function form is tf.nn.leaky_relu, `x > 0 ? x :
//    alpha * x` for any alpha (§3).
// Any other rejected value (none inside today's slider ranges) is skipped: the spec says only that
// the layer raises, so there is nothing to compare with.
bool specDefines(const std::string& fn, Framework fw, const Core::Activation& a)
{
    return std::ranges::all_of(a.layerProblems(), [&](const Core::LayerError& e) {
        const std::string_view name = e.param ? a.function().params[*e.param].name : std::string_view{};
        return (fn == "relu" && name == "threshold") || (fn == "thresholded_relu" && name == "theta")
            || (fn == "leaky_relu" && fw == Framework::Keras && name == "alpha");
    });
}

// Random x: mostly where the pieces are, some far out, some just off a parameter value.
std::vector<double> randomPoints(std::mt19937_64& rng, const RefParams& p)
{
    std::vector<double> near;
    for (const auto& [name, v] : p.v)
        if (v)
            near.insert(near.end(), {*v, -*v});
    std::vector<double> xs;
    for (int k = 0; k < kRandomPoints; ++k) {
        const double sign = below(rng, 2) ? 1.0 : -1.0;
        switch (below(rng, 8)) {
        case 0:
        case 1:
        case 2: xs.push_back(uniform(rng, -8, 8)); break;
        case 3: xs.push_back(uniform(rng, -60, 60)); break;
        case 4:
            if (!near.empty()) {
                xs.push_back(near[below(rng, near.size())] + uniform(rng, -0.01, 0.01));
                break;
            }
            [[fallthrough]];
        case 5:
        case 6: xs.push_back(sign * std::pow(10.0, uniform(rng, -45, 45))); break;
        default: xs.push_back(sign * std::pow(10.0, uniform(rng, -323, 308))); break;
        }
    }
    return xs;
}

// The points for one set in T: the fixed sweep and the breakpoints, each with its neighbours in T,
// then the random ones.
template <class T>
std::vector<T> pointsFor(const Core::Activation& a, const RefParams& p, const std::vector<double>& random)
{
    std::vector<double> fixed = sweepPoints(p);
    fixed.push_back(-kNaN);
    const DType dtype = sizeof(T) == 4 ? DType::Float32 : DType::Float64;
    std::vector<double> kinks;
    for (const Core::Breakpoint& b : Core::breakpoints(a, dtype))
        kinks.push_back(b.x);
    std::vector<T> xs;
    if constexpr (sizeof(T) == 4) {
        fixed.insert(fixed.end(), kinks.begin(), kinks.end());
        xs = sweepPointsF(fixed);
    } else {
        xs = fixed;
        for (double k : kinks)
            xs.insert(xs.end(), {k, std::nextafter(k, -kInf), std::nextafter(k, kInf)});
    }
    for (double r : random) // beyond the float range: the infinity the conversion would round to
        xs.push_back(std::abs(r) > static_cast<double>(std::numeric_limits<T>::max())
                ? static_cast<T>(std::copysign(kInf, r))
                : static_cast<T>(r));
    return xs;
}

// Keras ReLU's paths (§1.3), decided as Python decides them.
enum ReluPath { LeakyA, ThresholdB, Relu6C, ClipD, Plain, NegativeThreshold, AllThree, PathCount };
std::vector<ReluPath> reluPaths(const RefParams& p)
{
    const std::optional<double> m = p.opt("max_value");
    const double s = p.get("negative_slope"), t = p.get("threshold");
    std::vector<ReluPath> out;
    if (s != 0 && !m && t == 0)
        return {LeakyA};
    if (t != 0)
        out.push_back(ThresholdB);
    else if (m && *m == 6)
        out.push_back(Relu6C);
    else if (!m && s == 0)
        out.push_back(Plain);
    if (m && !(t == 0 && *m == 6))
        out.push_back(ClipD);
    if (t < 0)
        out.push_back(NegativeThreshold);
    if (m && s != 0 && t != 0)
        out.push_back(AllThree);
    return out;
}

} // namespace

class TestParameterSweep : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void shouldMapRandomBitsDeterministically();
    void shouldCoverEveryKerasReluPath_data();
    void shouldCoverEveryKerasReluPath();
    void shouldMatchReference_data();
    void shouldMatchReference();
};

void TestParameterSweep::initTestCase()
{
    const QByteArray text = qgetenv("AEX_SWEEP_SEED").trimmed();
    if (!text.isEmpty()) {
        bool ok = false;
        g_seed = text.toULongLong(&ok, 0);
        QVERIFY2(ok,
            qPrintable(QStringLiteral("AEX_SWEEP_SEED=%1: accepted: an unsigned 64-bit integer, decimal or 0x hex")
                           .arg(QString::fromLatin1(text))));
    }
    qInfo("AEX_SWEEP_SEED=%llu%s", static_cast<unsigned long long>(g_seed), text.isEmpty() ? " (the default)" : "");
}

void TestParameterSweep::shouldMapRandomBitsDeterministically()
{
    // The same seed gives the same values on every standard library: a known mt19937_64 output
    // (the standard's 10000th value for the default seed) and the mappings at their ends.
    std::mt19937_64 rng;
    rng.discard(9999);
    QCOMPARE(rng(), std::uint64_t{9981545732273789042ULL});
    std::mt19937_64 a(7), b(7);
    for (int k = 0; k < 100; ++k) {
        const double v = uniform(a, -2, 5);
        QVERIFY(v >= -2 && v <= 5);
        QCOMPARE(v, uniform(b, -2, 5));
    }
    QCOMPARE(mix(0), std::uint64_t{0});
    QVERIFY(rowSeed("relu", Framework::Keras) != rowSeed("relu", Framework::TfKeras));
}

void TestParameterSweep::shouldCoverEveryKerasReluPath_data()
{
    QTest::addColumn<int>("framework");
    QTest::addRow("keras") << static_cast<int>(Framework::Keras);
    QTest::addRow("tf_keras") << static_cast<int>(Framework::TfKeras);
}

void TestParameterSweep::shouldCoverEveryKerasReluPath()
{
    // relu has three Keras paths, (A) leaky_relu, (B) threshold, (C) relu6, with (D) clip and (E) the
    // negative part on top: the sets must reach each, and the random sets must combine all three
    // parameters.
    QFETCH(int, framework);
    const auto fw = static_cast<Framework>(framework);
    const Core::Activation defaults = Core::Activation::withDefaults("relu", fw);
    std::mt19937_64 rng(rowSeed("relu", fw));
    std::vector<int> count(PathCount), randomCount(PathCount);
    for (const ParamSet& set : drawSets(defaults, rng)) {
        for (ReluPath path : reluPaths(refParamsOf("relu", fw, defaults, set))) {
            ++count[path];
            randomCount[path] += set.random ? 1 : 0;
        }
    }
    const char* names[] = {"(A) leaky_relu", "(B) threshold", "(C) relu6", "(D) clip", "plain relu",
        "negative threshold", "max_value, negative_slope and threshold together"};
    for (int path = 0; path < PathCount; ++path)
        QVERIFY2(count[path] > 0,
            qPrintable(QStringLiteral("AEX_SWEEP_SEED=%1: no set takes %2")
                           .arg(g_seed)
                           .arg(QString::fromLatin1(names[path]))));
    QVERIFY2(randomCount[AllThree] > 0,
        qPrintable(QStringLiteral("AEX_SWEEP_SEED=%1: no random set combines all three").arg(g_seed)));
    QVERIFY2(randomCount[ThresholdB] > 0 && randomCount[ClipD] > 0,
        qPrintable(QStringLiteral("AEX_SWEEP_SEED=%1: no random set with a threshold and a clip").arg(g_seed)));
}

void TestParameterSweep::shouldMatchReference_data()
{
    QTest::addColumn<QByteArray>("function");
    QTest::addColumn<int>("framework");
    QTest::addColumn<bool>("float32");
    for (const Core::FunctionSpec& f : Core::catalogue())
        for (Framework fw : f.availableFrameworks()) {
            if (fw == Framework::PyTorch)
                continue; // tests/core/crosscheck compares PyTorch with PyTorch itself
            for (bool f32 : {false, true})
                QTest::addRow("%s %s %s", fwName(fw), std::string(f.name).c_str(), f32 ? "f32" : "f64")
                    << QByteArray(f.name.data(), static_cast<qsizetype>(f.name.size())) << static_cast<int>(fw) << f32;
        }
}

void TestParameterSweep::shouldMatchReference()
{
    QFETCH(QByteArray, function);
    QFETCH(int, framework);
    QFETCH(bool, float32);
    const std::string fn = function.toStdString();
    const auto fw = static_cast<Framework>(framework);
    const Core::Activation defaults = Core::Activation::withDefaults(fn, fw);
    std::mt19937_64 rng(rowSeed(fn, fw));
    const std::vector<ParamSet> sets = drawSets(defaults, rng);
    QStringList failures, failingSets;
    int checked = 0;
    for (std::size_t k = 0; k < sets.size(); ++k) {
        const Core::Activation a = apply(defaults, sets[k]);
        const RefParams p = refParamsOf(fn, fw, a, sets[k]);
        // Drawn whether or not the set is used, so that the streams do not depend on specDefines.
        const std::vector<double> random = randomPoints(rng, p);
        if (!specDefines(fn, fw, a))
            continue;
        ++checked;
        QStringList found = float32 ? sweep<float>(a, fn, fw, p, pointsFor<float>(a, p, random))
                                    : sweep<double>(a, fn, fw, p, pointsFor<double>(a, p, random));
        found.removeDuplicates();
        const QString where = QStringLiteral("set %1 %2(%3): ")
                                  .arg(k)
                                  .arg(QString::fromStdString(fn),
                                      QString::fromStdString(Core::formatParams(a, Core::ParamStyle::CommandLine)));
        if (!found.isEmpty())
            failingSets << where + QString::number(found.size()) + QStringLiteral(" mismatches, first ")
                    + found.front();
        for (const QString& f : std::as_const(found))
            failures << where + f;
    }
    QVERIFY(checked > 0);
    for (const QString& f : failures.mid(0, kMaxFailuresShown))
        qWarning("%s", qPrintable(f));
    QVERIFY2(failures.isEmpty(),
        qPrintable(QStringLiteral("AEX_SWEEP_SEED=%1 %2 %3: %4 mismatches in %5 of %6 sets:\n  ")
                       .arg(g_seed)
                       .arg(QString::fromLatin1(fwName(fw)), QString::fromStdString(fn))
                       .arg(failures.size())
                       .arg(failingSets.size())
                       .arg(checked)
            + failingSets.join(QStringLiteral("\n  "))));
}

QTEST_APPLESS_MAIN(TestParameterSweep)
#include "tst_parametersweep.moc"
