// SPDX-License-Identifier: MIT
// Domains and sampling: numpy.linspace, validation (issue #2 §6: 2 <= samples <= 10,000,000,
// A < B), breakpoint triples for plots, float32 samples.

#include "aex/core/analysis.h"
#include "aex/core/sampling.h"

#include <QTest>

#include <cmath>
#include <cstdio>
#include <limits>
#include <string>

namespace {

using Core::Framework;

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::string fmt(double v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

bool same(double a, double b)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    return a == b && std::signbit(a) == std::signbit(b);
}

// numpy.linspace(start, stop, num): arange(num) * step + start, then y[-1] = stop.
std::vector<double> numpyLinspace(double start, double stop, std::size_t num)
{
    std::vector<double> x(num);
    const double step = (stop - start) / double(num - 1);
    for (std::size_t i = 0; i < num; ++i)
        x[i] = double(i) * step + start;
    x.back() = stop;
    return x;
}

Core::Activation make(std::string_view fn, Framework fw, std::initializer_list<std::string_view> params = {})
{
    auto a = Core::Activation::withDefaults(fn, fw);
    for (std::string_view p : params)
        a.setParam(p);
    return a;
}

} // namespace

class TestSampling : public QObject {
    Q_OBJECT

private slots:
    void shouldMatchNumpyLinspace_data();
    void shouldMatchNumpyLinspace();
    void shouldRejectInvalidDomains_data();
    void shouldRejectInvalidDomains();
    void shouldAcceptValidDomains();
    void shouldSampleExactlyTheLinspaceByDefault_data();
    void shouldSampleExactlyTheLinspaceByDefault();
    void shouldInsertBreakpointTriples();
    void shouldInsertTriplesAtGridPointsToo();
    void shouldInsertOnlyBreakpointsInsideTheDomain();
    void shouldSampleInFloat32();
    void shouldFillParameterDerivativesOnRequest();
    void shouldThrowForInvalidDomainWhenSampling();
};

void TestSampling::shouldMatchNumpyLinspace_data()
{
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    QTest::addColumn<qulonglong>("samples");
    QTest::addRow("np.linspace(-5, 5, 101) (seed 000)") << -5.0 << 5.0 << 101ULL;
    QTest::addRow("default -5..5, 1001") << -5.0 << 5.0 << 1001ULL;
    QTest::addRow("-2..2, 1000 (seed 001)") << -2.0 << 2.0 << 1000ULL;
    QTest::addRow("0..1, 3") << 0.0 << 1.0 << 3ULL;
    QTest::addRow("two points") << -1.0 << 1.0 << 2ULL;
    QTest::addRow("-8..8, 1601") << -8.0 << 8.0 << 1601ULL;
    QTest::addRow("0.1..0.7, 7") << 0.1 << 0.7 << 7ULL;
    QTest::addRow("-1e300..1e300, 11") << -1e300 << 1e300 << 11ULL;
    QTest::addRow("tiny range") << 1.0 << 1.0000000000000004 << 3ULL;
    QTest::addRow("-3..-2.5, 999") << -3.0 << -2.5 << 999ULL;
}

void TestSampling::shouldMatchNumpyLinspace()
{
    QFETCH(double, min);
    QFETCH(double, max);
    QFETCH(qulonglong, samples);
    const Core::Domain d{min, max, std::size_t(samples)};
    const std::vector<double> x = Core::linspace(d);
    const std::vector<double> want = numpyLinspace(min, max, std::size_t(samples));
    QCOMPARE(x.size(), std::size_t(samples));
    QCOMPARE(x.front(), min);
    QCOMPARE(x.back(), max);
    for (std::size_t i = 0; i < x.size(); ++i)
        QVERIFY2(
            same(x[i], want[i]), ("i=" + std::to_string(i) + " got " + fmt(x[i]) + " numpy " + fmt(want[i])).c_str());
}

void TestSampling::shouldRejectInvalidDomains_data()
{
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    QTest::addColumn<qulonglong>("samples");
    QTest::addRow("samples 0") << -5.0 << 5.0 << 0ULL;
    QTest::addRow("samples 1") << -5.0 << 5.0 << 1ULL;
    QTest::addRow("samples 10,000,001") << -5.0 << 5.0 << 10'000'001ULL;
    QTest::addRow("samples huge") << -5.0 << 5.0 << 18446744073709551615ULL;
    QTest::addRow("min == max") << 1.0 << 1.0 << 10ULL;
    QTest::addRow("min > max") << 5.0 << -5.0 << 10ULL;
    QTest::addRow("min -inf") << -kInf << 5.0 << 10ULL;
    QTest::addRow("max inf") << -5.0 << kInf << 10ULL;
    QTest::addRow("min nan") << kNaN << 5.0 << 10ULL;
    QTest::addRow("max nan") << -5.0 << kNaN << 10ULL;
    QTest::addRow("both inf") << -kInf << kInf << 10ULL;
}

void TestSampling::shouldRejectInvalidDomains()
{
    QFETCH(double, min);
    QFETCH(double, max);
    QFETCH(qulonglong, samples);
    const Core::Domain d{min, max, std::size_t(samples)};
    QVERIFY_THROWS_EXCEPTION(Core::InputError, Core::validate(d));
}

void TestSampling::shouldAcceptValidDomains()
{
    Core::validate(Core::Domain{});
    Core::validate(Core::Domain{-5, 5, 2});
    Core::validate(Core::Domain{-5, 5, 10'000'000});
    Core::validate(Core::Domain{-1e307, 1e307, 100}); // (B - A overflows beyond that: rejecting it is fine)
    Core::validate(Core::Domain{0, 5e-324, 2});
    QCOMPARE(Core::Domain{}.min, -5.0);
    QCOMPARE(Core::Domain{}.max, 5.0);
    QCOMPARE(Core::kMinSamples, std::size_t(2));
    QCOMPARE(Core::kMaxSamples, std::size_t(10'000'000));
}

void TestSampling::shouldSampleExactlyTheLinspaceByDefault_data()
{
    QTest::addColumn<QByteArray>("function");
    QTest::addColumn<int>("framework");
    for (const Core::FunctionSpec& f : Core::catalogue())
        for (Framework fw : f.availableFrameworks())
            QTest::addRow("%s %s", std::string(f.name).c_str(), std::string(Core::frameworkName(fw)).c_str())
                << QByteArray(f.name.data(), qsizetype(f.name.size())) << int(fw);
}

void TestSampling::shouldSampleExactlyTheLinspaceByDefault()
{
    QFETCH(QByteArray, function);
    QFETCH(int, framework);
    const auto a = Core::Activation::withDefaults(function.toStdString(), Framework(framework));
    const Core::Domain d{-7.5, 7.5, 301};
    const Core::Series s = Core::sample(a, d);
    QVERIFY(s.x == Core::linspace(d));
    QCOMPARE(s.y.size(), s.x.size());
    QCOMPARE(s.dy.size(), s.x.size());
    QVERIFY(s.dparam.empty());
    std::vector<double> y(s.x.size()), dy(s.x.size());
    Core::evaluate(a, std::span<const double>(s.x), std::span<double>(y), std::span<double>(dy));
    for (std::size_t i = 0; i < s.x.size(); ++i)
        QVERIFY2(same(s.y[i], y[i]) && same(s.dy[i], dy[i]), ("x=" + fmt(s.x[i])).c_str());
}

// keras ReLU(threshold=2.5) jumps at 2.5 (SEMANTICS §1.3.1): value 0 at 2.5, then 2.5.
void TestSampling::shouldInsertBreakpointTriples()
{
    const auto a = make("relu", Framework::Keras, {"threshold=2.5"});
    const Core::Domain d{-5, 5, 11}; // integers: 2.5 lies between 2 and 3
    const Core::Series s = Core::sample(a, d, Core::DType::Float64, {.breakpoints = true});
    const std::vector<double> x{-5, -4, -3, -2, -1, 0, 1, 2, 2.5, 2.5, 2.5, 3, 4, 5};
    QCOMPARE(s.x, x);
    QCOMPARE(s.y.size(), x.size());
    QCOMPARE(s.dy.size(), x.size());
    // The triple: left limit, own value, right limit.
    QCOMPARE(s.y[8], 0.0);
    QCOMPARE(s.y[9], 0.0);
    QCOMPARE(s.y[10], 2.5);
    QCOMPARE(s.dy[8], 0.0);
    QCOMPARE(s.dy[9], 0.0);
    QCOMPARE(s.dy[10], 1.0);
    QCOMPARE(s.y[7], 0.0);
    QCOMPARE(s.y[11], 3.0);
    // Without the option: exactly the linspace.
    QCOMPARE(Core::sample(a, d).x, Core::linspace(d));
}

void TestSampling::shouldInsertTriplesAtGridPointsToo()
{
    // relu6 (PyTorch) on [-1, 7] with 9 points: both kinks 0 and 6 are grid points.
    const auto a = Core::Activation::withDefaults("relu6", Framework::PyTorch);
    const Core::Series s = Core::sample(a, Core::Domain{-1, 7, 9}, Core::DType::Float64, {.breakpoints = true});
    QVERIFY(std::is_sorted(s.x.begin(), s.x.end()));
    for (double k : {0.0, 6.0}) {
        const auto first = std::find(s.x.begin(), s.x.end(), k);
        QVERIFY(first != s.x.end());
        const auto n = std::count(s.x.begin(), s.x.end(), k);
        QVERIFY2(n == 3 || n == 4, std::to_string(n).c_str()); // the triple, with or without the grid point
        const std::size_t i = std::size_t(first - s.x.begin());
        // dy: left limit, own value (0 at both ends, SEMANTICS §2), right limit.
        const std::vector<double> dy{s.dy[i], s.dy[i + 1], s.dy[i + 2]};
        QCOMPARE(dy, (k == 0 ? std::vector<double>{0, 0, 1} : std::vector<double>{1, 0, 0}));
        QCOMPARE(s.y[i], k);
        QCOMPARE(s.y[i + 2], k);
    }
    // Every grid point is still there.
    for (double g : Core::linspace(Core::Domain{-1, 7, 9}))
        QVERIFY(std::find(s.x.begin(), s.x.end(), g) != s.x.end());
}

void TestSampling::shouldInsertOnlyBreakpointsInsideTheDomain()
{
    const auto a = Core::Activation::withDefaults("relu6", Framework::Keras);
    const Core::Series s = Core::sample(a, Core::Domain{-5, 5, 10}, Core::DType::Float64, {.breakpoints = true});
    QCOMPARE(s.x.size(), std::size_t(13)); // 0 inserted (not on the grid), 6 outside
    QCOMPARE(std::count(s.x.begin(), s.x.end(), 0.0), 3);
    QCOMPARE(std::count(s.x.begin(), s.x.end(), 6.0), 0);
    // A smooth function has nothing to insert.
    const auto sig = Core::Activation::withDefaults("sigmoid", Framework::PyTorch);
    QCOMPARE(Core::sample(sig, Core::Domain{-5, 5, 10}, Core::DType::Float64, {.breakpoints = true}).x.size(),
        std::size_t(10));
}

void TestSampling::shouldSampleInFloat32()
{
    const auto a = make("leaky_relu", Framework::PyTorch, {"alpha=0.1"});
    const Core::Domain d{-2, 2, 1000};
    const Core::Series s = Core::sample(a, d, Core::DType::Float32);
    const std::vector<double> lin = Core::linspace(d);
    QCOMPARE(s.x.size(), lin.size());
    for (std::size_t i = 0; i < lin.size(); ++i) {
        const auto xf = static_cast<float>(lin[i]);
        QVERIFY2(s.x[i] == double(xf), ("x=" + fmt(s.x[i])).c_str()); // the float nearest the linspace
        QVERIFY(double(static_cast<float>(s.y[i])) == s.y[i]);        // float results, widened exactly
        const double want = xf > 0 ? double(xf) : double(0.1f * xf);
        QVERIFY2(same(s.y[i], want), ("x=" + fmt(s.x[i])).c_str());
        QCOMPARE(s.dy[i], xf > 0 ? 1.0 : double(0.1f));
        const Core::PointValue p = Core::evaluateAt(a, lin[i], Core::DType::Float32);
        QVERIFY(same(p.y, s.y[i]) && same(p.dy, s.dy[i]));
    }
    // A float32 breakpoint triple: keras ReLU(threshold=0.1) jumps from 0 to 0.1f.
    const auto t = make("relu", Framework::Keras, {"threshold=0.1"});
    const Core::Series st = Core::sample(t, Core::Domain{-1, 1, 5}, Core::DType::Float32, {.breakpoints = true});
    const auto it = std::find(st.x.begin(), st.x.end(), double(0.1f));
    QVERIFY2(it != st.x.end(), "breakpoint at 0.1f");
    const std::size_t i = std::size_t(it - st.x.begin());
    QCOMPARE(st.y[i], 0.0);
    QCOMPARE(st.y[i + 1], 0.0);
    QCOMPARE(st.y[i + 2], double(0.1f));
}

void TestSampling::shouldFillParameterDerivativesOnRequest()
{
    const auto a = Core::Activation::withDefaults("prelu", Framework::PyTorch);
    const Core::Domain d{-3, 3, 7};
    const Core::Series s = Core::sample(a, d, Core::DType::Float64, {.derivativeParams = true});
    QCOMPARE(s.dparam, (std::vector<double>{-3, -2, -1, 0, 0, 0, 0})); // x for x <= 0, else 0 (§4)
    QVERIFY(Core::sample(a, d).dparam.empty());
    const auto relu = Core::Activation::withDefaults("relu", Framework::PyTorch);
    QVERIFY(Core::sample(relu, d, Core::DType::Float64, {.derivativeParams = true}).dparam.empty());
    // With breakpoint triples, dparam follows the points (one block per trainable parameter).
    const Core::Series sb = Core::sample(
        a, Core::Domain{-3, 3, 6}, Core::DType::Float64, {.breakpoints = true, .derivativeParams = true});
    QCOMPARE(sb.dparam.size(), sb.x.size());
}

void TestSampling::shouldThrowForInvalidDomainWhenSampling()
{
    const auto a = Core::Activation::withDefaults("relu", Framework::Keras);
    QVERIFY_THROWS_EXCEPTION(Core::InputError, Core::sample(a, Core::Domain{1, 1, 10}));
    QVERIFY_THROWS_EXCEPTION(Core::InputError, Core::sample(a, Core::Domain{-1, 1, 1}));
}

QTEST_APPLESS_MAIN(TestSampling)
#include "tst_sampling.moc"
