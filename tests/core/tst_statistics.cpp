// SPDX-License-Identifier: MIT
// The distribution lens: statistics of f(x) and f'(x) under normal, uniform, Laplace and empirical
// inputs, PyTorch's gains, the initialisations and the depth recursion, against closed forms
// written here from the normal pdf and cdf (not from core/src).

#include "aex/core/statistics.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <numbers>
#include <string>
#include <vector>

namespace {

using Core::Distribution;
using Core::DType;
using Core::Framework;

constexpr double kTol = 1e-12; // the integrals' accuracy; the brief asks for 1e-9
constexpr double kInf = std::numeric_limits<double>::infinity();
const double kInvSqrt2Pi = 1 / std::sqrt(2 * std::numbers::pi);

double phi(double x) { return kInvSqrt2Pi * std::exp(-x * x / 2); }
double cdf(double x) { return 0.5 * std::erfc(-x / std::sqrt(2.0)); }  // Phi
double upper(double x) { return 0.5 * std::erfc(x / std::sqrt(2.0)); } // 1 - Phi

Core::Activation make(const char* function, Framework framework, std::initializer_list<const char*> params = {})
{
    Core::Activation a = Core::Activation::withDefaults(function, framework);
    for (const char* p : params)
        a.setParam(p);
    return a;
}

bool near(double actual, double expected, double tolerance = kTol) { return std::fabs(actual - expected) <= tolerance; }

QByteArray describe(double actual, double expected)
{
    return QByteArray::number(actual, 'g', 17) + " vs expected " + QByteArray::number(expected, 'g', 17);
}

#define CHECK_NEAR(actual, expected, tol)                                                                              \
    QVERIFY2(near((actual), (expected), (tol)), describe((actual), (expected)).constData())

// The smallest |x| from `nonzero` towards `zero` where f' is exactly 0, by bisection.
double zeroEdgeOf(const Core::Activation& a, double nonzero, double zero)
{
    for (int i = 0; i < 200; ++i) {
        const double mid = nonzero + (zero - nonzero) / 2;
        if (mid == nonzero || mid == zero)
            break;
        (Core::evaluateAt(a, mid).dy == 0 ? zero : nonzero) = mid;
    }
    return zero;
}

// The message of the InputError `f` throws, or "(no error)".
template <class F> std::string errorOf(F f)
{
    try {
        f();
    } catch (const Core::InputError& e) {
        return e.what();
    }
    return "(no error)";
}

} // namespace

class TestStatistics : public QObject {
    Q_OBJECT

private slots:
    void shouldGiveReluItsNormalClosedForms_data();
    void shouldGiveReluItsNormalClosedForms();
    void shouldGiveLeakyReluHalfOfOnePlusSlopeSquared_data();
    void shouldGiveLeakyReluHalfOfOnePlusSlopeSquared();
    void shouldKeepSeluAtItsFixedPoint_data();
    void shouldKeepSeluAtItsFixedPoint();
    void shouldFollowKerasMaxValueAndThreshold_data();
    void shouldFollowKerasMaxValueAndThreshold();
    void shouldGiveClippedFunctionsTheirTails();
    void shouldIntegrateUniformAndLaplaceInputs_data();
    void shouldIntegrateUniformAndLaplaceInputs();
    void shouldCountExactZeroGradientOnly();
    void shouldFindSaturatedTailsToTheLastDouble();
    void shouldBeExactOverEmpiricalValues();
    void shouldEvaluateInFloat32();
    void shouldSurviveOverflowAndExtremeScales();
    void shouldGivePytorchGains();
    void shouldGiveInitVariances();
    void shouldKeepReluUnderHeAndShrinkItUnderPytorch();
    void shouldConvergeSeluAndTanh();
    void shouldRefuseBadDepth();
    void shouldDescribeAndCompareDistributions();
    void shouldOfferDistributionParams();
    void shouldRefuseBadDistributions_data();
    void shouldRefuseBadDistributions();
    void shouldReadNumberColumns_data();
    void shouldReadNumberColumns();
    void shouldRefuseBadNumberColumns_data();
    void shouldRefuseBadNumberColumns();
    void shouldLimitTheNumberOfValues();
    void shouldParseInits_data();
    void shouldParseInits();
};

void TestStatistics::shouldGiveReluItsNormalClosedForms_data()
{
    QTest::addColumn<int>("framework");
    for (const Framework f : Core::kFrameworks)
        QTest::addRow("%s", std::string(Core::frameworkName(f)).c_str()) << static_cast<int>(f);
}

// Under N(0, 1): P(f' = 0) = 1/2, E[f] = 1/sqrt(2 pi), E[f^2] = 1/2, gain sqrt(2).
void TestStatistics::shouldGiveReluItsNormalClosedForms()
{
    QFETCH(int, framework);
    const Core::ActivationStatistics s
        = Core::statistics(make("relu", static_cast<Framework>(framework)), Distribution());
    CHECK_NEAR(s.deadFraction, 0.5, kTol);
    CHECK_NEAR(s.mean, kInvSqrt2Pi, kTol);
    CHECK_NEAR(s.secondMoment, 0.5, kTol);
    CHECK_NEAR(s.variance, 0.5 - 1 / (2 * std::numbers::pi), kTol);
    CHECK_NEAR(s.gradMean, 0.5, kTol);
    CHECK_NEAR(s.gradSecondMoment, 0.5, kTol);
    CHECK_NEAR(s.gain, std::sqrt(2.0), kTol);
    QCOMPARE(s.pieces.size(), std::size_t(2));
    QCOMPARE(s.pieces[0].lo, -kInf);
    QCOMPARE(s.pieces[0].hi, 0.0);
    QCOMPARE(s.pieces[1].hi, kInf);
    CHECK_NEAR(s.pieces[0].probability, 0.5, kTol);
    CHECK_NEAR(s.pieces[1].probability, 0.5, kTol);
}

void TestStatistics::shouldGiveLeakyReluHalfOfOnePlusSlopeSquared_data()
{
    QTest::addColumn<QByteArray>("function");
    QTest::addColumn<int>("framework");
    QTest::addColumn<QByteArray>("param");
    QTest::addColumn<double>("slope");
    QTest::addRow("keras default 0.3") << QByteArray("leaky_relu") << int(Framework::Keras) << QByteArray() << 0.3;
    QTest::addRow("pytorch default 0.01")
        << QByteArray("leaky_relu") << int(Framework::PyTorch) << QByteArray() << 0.01;
    QTest::addRow("tf_keras 0.2") << QByteArray("leaky_relu") << int(Framework::TfKeras) << QByteArray("alpha=0.2")
                                  << 0.2;
    QTest::addRow("negative slope -0.5") << QByteArray("leaky_relu") << int(Framework::PyTorch)
                                         << QByteArray("alpha=-0.5") << -0.5;
    QTest::addRow("prelu pytorch 0.25") << QByteArray("prelu") << int(Framework::PyTorch) << QByteArray() << 0.25;
    QTest::addRow("keras relu negative_slope")
        << QByteArray("relu") << int(Framework::Keras) << QByteArray("negative_slope=0.1") << 0.1;
}

void TestStatistics::shouldGiveLeakyReluHalfOfOnePlusSlopeSquared()
{
    QFETCH(QByteArray, function);
    QFETCH(int, framework);
    QFETCH(QByteArray, param);
    QFETCH(double, slope);
    Core::Activation a = make(function.constData(), static_cast<Framework>(framework));
    if (!param.isEmpty())
        a.setParam(param.toStdString());
    const Core::ActivationStatistics s = Core::statistics(a, Distribution());
    CHECK_NEAR(s.secondMoment, (1 + slope * slope) / 2, kTol);
    CHECK_NEAR(s.mean, (1 - slope) * kInvSqrt2Pi, kTol);
    CHECK_NEAR(s.gradMean, (1 + slope) / 2, kTol);
    CHECK_NEAR(s.gradSecondMoment, (1 + slope * slope) / 2, kTol);
    CHECK_NEAR(s.gain, std::sqrt(2 / (1 + slope * slope)), kTol);
    QCOMPARE(s.deadFraction, 0.0);
}

void TestStatistics::shouldKeepSeluAtItsFixedPoint_data()
{
    QTest::addColumn<int>("framework");
    for (const Framework f : Core::kFrameworks)
        QTest::addRow("%s", std::string(Core::frameworkName(f)).c_str()) << static_cast<int>(f);
}

// SELU's alpha and scale make (0, 1) the fixed point of (E[f], E[f^2]) under N(0, 1). With the
// frameworks' 17-digit constants the closed forms give E[f] ~ 1e-17 and E[f^2] = 1 - 3e-16: the
// integrals must match the closed forms of these constants, and both sit within 1e-15 of (0, 1).
void TestStatistics::shouldKeepSeluAtItsFixedPoint()
{
    QFETCH(int, framework);
    const double alpha = 1.6732632423543772848170429916717, scale = 1.0507009873554804934193349852946;
    const double negative = std::exp(0.5) * cdf(-1) - 0.5;                                     // E[(e^x - 1) 1{x < 0}]
    const double negativeSquare = std::exp(2.0) * cdf(-2) - 2 * std::exp(0.5) * cdf(-1) + 0.5; // of (e^x - 1)^2
    const double mean = scale * (alpha * negative + kInvSqrt2Pi);
    const double square = scale * scale * (alpha * alpha * negativeSquare + 0.5);
    const Core::ActivationStatistics s
        = Core::statistics(make("selu", static_cast<Framework>(framework)), Distribution());
    CHECK_NEAR(s.mean, mean, kTol);
    CHECK_NEAR(s.secondMoment, square, kTol);
    CHECK_NEAR(s.mean, 0.0, 1e-15);
    CHECK_NEAR(s.secondMoment, 1.0, 1e-15);
    CHECK_NEAR(s.gain, 1.0, 1e-15);
    CHECK_NEAR(s.variance, 1.0, 1e-15);
    QVERIFY(s.deadFraction < 1e-300); // the gradient underflows to 0 only below x = -745
}

void TestStatistics::shouldFollowKerasMaxValueAndThreshold_data()
{
    QTest::addColumn<int>("framework");
    QTest::addColumn<double>("maxValue"); // NaN: None
    QTest::addColumn<double>("threshold");
    for (const Framework f : {Framework::Keras, Framework::TfKeras}) {
        const std::string fw(Core::frameworkName(f));
        for (const double m : {0.5, 1.0, 2.5, 6.0})
            QTest::addRow("%s max_value=%g", fw.c_str(), m) << int(f) << m << 0.0;
        for (const double t : {0.5, 1.0, 2.0})
            QTest::addRow("%s threshold=%g", fw.c_str(), t) << int(f) << std::nan("") << t;
    }
}

// relu(max_value=m): E[f] = phi(0) - phi(m) + m Q(m), E[f^2] = Phi(m) - 1/2 - m phi(m) + m^2 Q(m), and
// f' = 0 below 0 and above m. relu(threshold=t): f = x for x > t, else 0 (not t: Keras masks with
// x > t, so f jumps at t): E[f] = phi(t), E[f^2] = Q(t) + t phi(t), and f' = 0 up to t.
void TestStatistics::shouldFollowKerasMaxValueAndThreshold()
{
    QFETCH(int, framework);
    QFETCH(double, maxValue);
    QFETCH(double, threshold);
    Core::Activation a = make("relu", static_cast<Framework>(framework));
    double mean = 0, square = 0, dead = 0, grad = 0;
    if (!std::isnan(maxValue)) {
        a.setParam(0, maxValue);
        const double m = maxValue;
        mean = phi(0) - phi(m) + m * upper(m);
        square = cdf(m) - 0.5 - m * phi(m) + m * m * upper(m);
        dead = 0.5 + upper(m);
        grad = cdf(m) - 0.5;
    } else {
        a.setParam(2, threshold);
        const double t = threshold;
        mean = phi(t);
        square = upper(t) + t * phi(t);
        dead = cdf(t);
        grad = upper(t);
    }
    const Core::ActivationStatistics s = Core::statistics(a, Distribution());
    CHECK_NEAR(s.mean, mean, kTol);
    CHECK_NEAR(s.secondMoment, square, kTol);
    CHECK_NEAR(s.variance, square - mean * mean, kTol);
    CHECK_NEAR(s.deadFraction, dead, kTol);
    CHECK_NEAR(s.gradMean, grad, kTol);
    CHECK_NEAR(s.gradSecondMoment, grad, kTol);
    double total = 0;
    for (const Core::PieceShare& p : s.pieces)
        total += p.probability;
    CHECK_NEAR(total, 1.0, kTol);
    QCOMPARE(s.pieces.size(), std::isnan(maxValue) ? std::size_t(2) : std::size_t(3));
}

// relu6 and hardtanh are dead in both tails; PyTorch's Threshold replaces x <= t by a value.
void TestStatistics::shouldGiveClippedFunctionsTheirTails()
{
    for (const Framework f : Core::kFrameworks) {
        const Core::ActivationStatistics s = Core::statistics(make("relu6", f), Distribution());
        CHECK_NEAR(s.deadFraction, 0.5 + upper(6), kTol);
        QVERIFY(s.deadFraction > 0.5); // the upper tail counts: 9.9e-10
        CHECK_NEAR(s.mean, phi(0) - phi(6) + 6 * upper(6), kTol);
        QCOMPARE(s.pieces.size(), std::size_t(3));
        CHECK_NEAR(s.pieces[1].probability, cdf(6) - 0.5, kTol);
        CHECK_NEAR(s.pieces[2].probability, upper(6), 1e-20);
    }
    const Core::ActivationStatistics h = Core::statistics(make("hardtanh", Framework::PyTorch), Distribution());
    CHECK_NEAR(h.deadFraction, 2 * upper(1), kTol);
    CHECK_NEAR(h.mean, 0.0, kTol);
    CHECK_NEAR(h.secondMoment, (cdf(1) - cdf(-1) - 2 * phi(1)) + 2 * upper(1), kTol);
    CHECK_NEAR(h.gradMean, cdf(1) - cdf(-1), kTol);
    QCOMPARE(h.pieces.size(), std::size_t(3));
    CHECK_NEAR(h.pieces[0].probability, upper(1), kTol);

    const Core::ActivationStatistics t = Core::statistics(
        make("threshold", Framework::PyTorch, {"threshold=0.5", "value=-2"}), Distribution::normal(0, 1));
    CHECK_NEAR(t.mean, phi(0.5) - 2 * cdf(0.5), kTol);
    CHECK_NEAR(t.secondMoment, upper(0.5) + 0.5 * phi(0.5) + 4 * cdf(0.5), kTol);
    CHECK_NEAR(t.deadFraction, cdf(0.5), kTol);
}

void TestStatistics::shouldIntegrateUniformAndLaplaceInputs_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<double>("mean");
    QTest::addColumn<double>("square");
    QTest::addColumn<double>("dead");
    QTest::addColumn<double>("inputSquare");
    // U(a, b) with a < 0 < b: E[relu] = b^2 / 2(b - a), E[relu^2] = b^3 / 3(b - a), dead -a / (b - a).
    QTest::addRow("uniform -1,3") << QByteArray("uniform:-1,3") << 9.0 / 8 << 27.0 / 12 << 0.25 << 7.0 / 3;
    QTest::addRow("uniform -4,0.5") << QByteArray("uniform:-4,0.5") << 0.25 / 9 << 0.125 / 13.5 << 4 / 4.5 << 14.25 / 3;
    QTest::addRow("uniform 1,2") << QByteArray("uniform:1,2") << 1.5 << 7.0 / 3 << 0.0 << 7.0 / 3;
    QTest::addRow("uniform -2,-1") << QByteArray("uniform:-2,-1") << 0.0 << 0.0 << 1.0 << 7.0 / 3;
    // Laplace(0, b): E[relu] = b / 2, E[relu^2] = b^2, dead 1/2; Laplace(mu > 0, b): E[relu] =
    // mu + (b / 2) e^(-mu / b), dead e^(-mu / b) / 2, E[relu^2] = mu^2 + 2 b^2 - E[relu(-x)^2] with
    // E[relu(-x)^2] = b^2 e^(-mu / b).
    QTest::addRow("laplace 0,1") << QByteArray("laplace:0,1") << 0.5 << 1.0 << 0.5 << 2.0;
    QTest::addRow("laplace 0,2.5") << QByteArray("laplace:0,2.5") << 1.25 << 6.25 << 0.5 << 12.5;
    QTest::addRow("laplace 0.5,2") << QByteArray("laplace:0.5,2") << 0.5 + std::exp(-0.25)
                                   << 0.25 + 8 - 4 * std::exp(-0.25) << std::exp(-0.25) / 2 << 8.25;
    QTest::addRow("laplace 3,0.1") << QByteArray("laplace:3,0.1") << 3 + 0.05 * std::exp(-30.0)
                                   << 9 + 0.02 - 0.01 * std::exp(-30.0) << std::exp(-30.0) / 2 << 9.02;
}

void TestStatistics::shouldIntegrateUniformAndLaplaceInputs()
{
    QFETCH(QByteArray, input);
    QFETCH(double, mean);
    QFETCH(double, square);
    QFETCH(double, dead);
    QFETCH(double, inputSquare);
    const Distribution d = Distribution::parse(input.toStdString());
    CHECK_NEAR(d.secondMoment(), inputSquare, kTol);
    for (const Framework f : Core::kFrameworks) {
        const Core::ActivationStatistics s = Core::statistics(make("relu", f), d);
        CHECK_NEAR(s.mean, mean, kTol);
        CHECK_NEAR(s.secondMoment, square, kTol);
        CHECK_NEAR(s.variance, square - mean * mean, kTol);
        CHECK_NEAR(s.deadFraction, dead, kTol);
        CHECK_NEAR(s.gradMean, 1 - dead, kTol);
        if (square > 0)
            CHECK_NEAR(s.gain, std::sqrt(inputSquare / square), 1e-9);
        else
            QCOMPARE(s.gain, kInf);
    }
}

// A kink where f' = 0 at one point has probability 0; only intervals of exact zero count.
void TestStatistics::shouldCountExactZeroGradientOnly()
{
    for (const char* smooth : {"gelu", "silu", "softplus", "elu", "mish"}) {
        const Core::ActivationStatistics s = Core::statistics(make(smooth, Framework::PyTorch), Distribution());
        QVERIFY2(s.deadFraction < 1e-300, smooth);
    }
    // Keras relu(threshold=1, negative_slope=0.1): leaky below the threshold, never dead.
    const Core::ActivationStatistics leaky
        = Core::statistics(make("relu", Framework::Keras, {"threshold=1", "negative_slope=0.1"}), Distribution());
    QCOMPARE(leaky.deadFraction, 0.0);
    // Keras leaky_relu(alpha=0) is plain relu: dead below 0.
    const Core::ActivationStatistics zero
        = Core::statistics(make("leaky_relu", Framework::Keras, {"alpha=0"}), Distribution());
    CHECK_NEAR(zero.deadFraction, 0.5, kTol);
    // A uniform input that only covers the dead part is all dead.
    const Core::ActivationStatistics below
        = Core::statistics(make("relu6", Framework::PyTorch), Distribution::uniform(6.5, 9));
    QCOMPARE(below.deadFraction, 1.0);
    QCOMPARE(below.gradMean, 0.0);
    CHECK_NEAR(below.mean, 6.0, kTol);
    CHECK_NEAR(below.variance, 0.0, kTol);
}

// tanh's f' = 1 - tanh(x)^2 is exactly 0 where tanh rounds to +-1: the edge is found to the last double.
void TestStatistics::shouldFindSaturatedTailsToTheLastDouble()
{
    const Core::Activation tanh = make("tanh", Framework::Keras);
    QVERIFY(Core::evaluateAt(tanh, 10).dy != 0);
    QCOMPARE(Core::evaluateAt(tanh, 30).dy, 0.0);
    const double hi = zeroEdgeOf(tanh, 10, 30);
    QVERIFY(hi > 18 && hi < 20);
    const Core::ActivationStatistics s = Core::statistics(tanh, Distribution::uniform(-50, 50));
    CHECK_NEAR(s.deadFraction, 2 * (50 - hi) / 100, 1e-14);
    CHECK_NEAR(s.secondMoment, 1 - 2 * std::tanh(50.0) / 100, 1e-12); // integral of 1 - tanh'(x)
    CHECK_NEAR(s.gradMean, std::tanh(50.0) / 50, 1e-12);

    // sigmoid's gradient is 0 far left (exp(-x) overflows below x = -709.78).
    const Core::Activation sigmoid = make("sigmoid", Framework::PyTorch);
    const double left = zeroEdgeOf(sigmoid, -100, -1000);
    QVERIFY(left < -700 && left > -750);
    const Core::ActivationStatistics g = Core::statistics(sigmoid, Distribution::uniform(-1000, 0));
    CHECK_NEAR(g.deadFraction, (left + 1000) / 1000, 1e-14);
    CHECK_NEAR(g.mean, std::log(2.0) / 1000, 1e-15);
}

// Over loaded numbers: f and f' at each value, no integration.
void TestStatistics::shouldBeExactOverEmpiricalValues()
{
    const Distribution d = Distribution::empirical({3, -2, 0.5, -1, 0});
    QVERIFY(d.values() == (std::vector<double>{-2, -1, 0, 0.5, 3}));
    QCOMPARE(d.mean(), 0.5 / 5);
    QCOMPARE(d.secondMoment(), 14.25 / 5);
    for (const Framework f : Core::kFrameworks) {
        const Core::ActivationStatistics s = Core::statistics(make("relu", f), d);
        QCOMPARE(s.mean, 3.5 / 5);
        QCOMPARE(s.secondMoment, 9.25 / 5);
        CHECK_NEAR(s.variance, 9.25 / 5 - 0.49, 1e-15);
        QCOMPARE(s.gradMean, 0.4);
        QCOMPARE(s.deadFraction, 0.6); // f'(0) = 0 in every framework
        QCOMPARE(s.gain, std::sqrt((14.25 / 5) / (9.25 / 5)));
        QCOMPARE(s.pieces.size(), std::size_t(2));
        QCOMPARE(s.pieces[0].probability, 0.4); // -2, -1; the value at 0 is in neither open piece
        QCOMPARE(s.pieces[1].probability, 0.4);
    }
    // LeakyReLU's f'(0) is alpha: nothing is dead.
    const Core::ActivationStatistics leaky = Core::statistics(make("leaky_relu", Framework::Keras), d);
    QCOMPARE(leaky.deadFraction, 0.0);
    CHECK_NEAR(leaky.gradMean, 2.9 / 5, 1e-15);
    // All values at one point: zero variance; an all-zero output has an infinite gain.
    const Distribution negatives = Distribution::empirical({-1, -1, -1});
    const Core::ActivationStatistics none = Core::statistics(make("relu", Framework::PyTorch), negatives);
    QCOMPARE(none.secondMoment, 0.0);
    QCOMPARE(none.variance, 0.0);
    QCOMPARE(none.gain, kInf);
    QCOMPARE(none.deadFraction, 1.0);
    // A large sample with a large mean: the variance does not cancel away.
    std::vector<double> many;
    many.reserve(100'001);
    for (int i = 0; i < 100'001; ++i)
        many.push_back(1e8 + (i % 2 == 0 ? 1.0 : -1.0));
    const Core::ActivationStatistics big
        = Core::statistics(make("linear", Framework::Keras), Distribution::empirical(many));
    CHECK_NEAR(big.mean, 1e8 + 1.0 / 100'001, 2e-8);
    CHECK_NEAR(big.variance, 1 - 1.0 / (100'001.0 * 100'001.0), 1e-9);
}

void TestStatistics::shouldEvaluateInFloat32()
{
    const Core::Activation gelu = make("gelu", Framework::PyTorch);
    const Core::ActivationStatistics f64 = Core::statistics(gelu, Distribution(), DType::Float64);
    const Core::ActivationStatistics f32 = Core::statistics(gelu, Distribution(), DType::Float32);
    CHECK_NEAR(f32.mean, f64.mean, 1e-7);
    CHECK_NEAR(f32.secondMoment, f64.secondMoment, 1e-7);
    CHECK_NEAR(f32.gradSecondMoment, f64.gradSecondMoment, 1e-7);
    // GELU's mean under N(0, 1) is E[x Phi(x)] = 1 / (2 sqrt(pi)).
    CHECK_NEAR(f64.mean, 0.5 / std::sqrt(std::numbers::pi), kTol);
    // Over values, float32 evaluates float(x): relu(0.1) is 0.1f widened.
    const Core::ActivationStatistics v
        = Core::statistics(make("relu", Framework::PyTorch), Distribution::empirical({0.1}), DType::Float32);
    QCOMPARE(v.mean, static_cast<double>(0.1f));
    QVERIFY(v.mean != 0.1);
}

// exp(x) under Laplace(0, b): E[e^x] = 1 / (1 - b^2) for b < 1, infinite beyond.
void TestStatistics::shouldSurviveOverflowAndExtremeScales()
{
    const Core::Activation exponential = make("exponential", Framework::Keras);
    const Core::ActivationStatistics finite = Core::statistics(exponential, Distribution::laplace(0, 0.4));
    CHECK_NEAR(finite.mean, 1 / (1 - 0.16), 1e-12);
    CHECK_NEAR(finite.secondMoment, 1 / (1 - 0.64), 1e-12);
    const Core::ActivationStatistics divergent = Core::statistics(exponential, Distribution::laplace(0, 2));
    QCOMPARE(divergent.mean, kInf);
    QCOMPARE(divergent.secondMoment, kInf);
    QCOMPARE(divergent.variance, kInf);
    QCOMPARE(divergent.gain, 0.0);
    // Under N(mu, sigma): E[e^x] = e^(mu + sigma^2 / 2).
    const Core::ActivationStatistics normal = Core::statistics(exponential, Distribution::normal(0.5, 2));
    CHECK_NEAR(normal.mean / std::exp(0.5 + 2.0), 1.0, 1e-12);
    CHECK_NEAR(normal.secondMoment / std::exp(1.0 + 8.0), 1.0, 1e-12);
    // A tiny spread: everything is f(mu).
    const Core::ActivationStatistics point
        = Core::statistics(make("relu", Framework::Keras), Distribution::normal(2, 1e-300));
    CHECK_NEAR(point.mean, 2.0, 1e-15);
    CHECK_NEAR(point.variance, 0.0, 1e-15);
    // A large mean: the variance is still 1.
    const Core::ActivationStatistics far
        = Core::statistics(make("relu", Framework::Keras), Distribution::normal(1e6, 1));
    CHECK_NEAR(far.variance, 1.0, 1e-9);
    CHECK_NEAR(far.deadFraction, 0.0, 1e-300);
}

void TestStatistics::shouldGivePytorchGains()
{
    const auto gain = [](const Core::Activation& a) { return Core::pytorchGain(a); };
    QCOMPARE(gain(make("relu", Framework::Keras))->value, std::sqrt(2.0));
    QCOMPARE(gain(make("relu", Framework::PyTorch))->value, std::sqrt(2.0));
    QVERIFY(gain(make("relu", Framework::PyTorch))->note.empty());
    QCOMPARE(gain(make("relu", Framework::Keras, {"negative_slope=0.2"}))->value, std::sqrt(2 / 1.04));
    QVERIFY(!gain(make("relu", Framework::Keras, {"max_value=6"})));
    QVERIFY(!gain(make("relu", Framework::TfKeras, {"threshold=1"})));
    QCOMPARE(gain(make("leaky_relu", Framework::Keras))->value, std::sqrt(2 / 1.09));
    QCOMPARE(gain(make("leaky_relu", Framework::PyTorch))->value, std::sqrt(2 / 1.0001));
    QCOMPARE(gain(make("tanh", Framework::TfKeras))->value, 5.0 / 3.0);
    QVERIFY(gain(make("tanh", Framework::TfKeras))->note.find("heuristic") != std::string::npos);
    QCOMPARE(gain(make("selu", Framework::PyTorch))->value, 0.75);
    QVERIFY(gain(make("selu", Framework::PyTorch))->note.find("self-normalis") != std::string::npos);
    QCOMPARE(gain(make("sigmoid", Framework::Keras))->value, 1.0);
    QVERIFY(!gain(make("sigmoid", Framework::Keras))->note.empty());
    QCOMPARE(gain(make("linear", Framework::PyTorch))->value, 1.0);
    for (const char* none : {"gelu", "elu", "prelu", "relu6", "silu", "softplus"})
        QVERIFY2(!gain(make(none, Framework::PyTorch)), none);
    // The notes quote the measured gains: check them.
    const Core::ActivationStatistics tanh = Core::statistics(make("tanh", Framework::PyTorch), Distribution());
    QVERIFY(gain(make("tanh", Framework::PyTorch))->note.find(QByteArray::number(tanh.gain, 'f', 3).toStdString())
        != std::string::npos);
    const Core::ActivationStatistics sigmoid = Core::statistics(make("sigmoid", Framework::PyTorch), Distribution());
    QVERIFY(gain(make("sigmoid", Framework::PyTorch))->note.find(QByteArray::number(sigmoid.gain, 'f', 3).toStdString())
        != std::string::npos);
}

void TestStatistics::shouldGiveInitVariances()
{
    using Core::InitScheme;
    const auto variance = [](InitScheme scheme, const Core::Activation& a) {
        Core::Initialisation init;
        init.scheme = scheme;
        return Core::weightVariance(init, a);
    };
    const Core::Activation relu = make("relu", Framework::PyTorch);
    QCOMPARE(variance(InitScheme::He, relu), 2.0);
    QCOMPARE(variance(InitScheme::He, make("leaky_relu", Framework::PyTorch)), 2 / (1 + 0.01 * 0.01));
    QCOMPARE(variance(InitScheme::He, make("prelu", Framework::PyTorch)), 2 / (1 + 0.25 * 0.25));
    QCOMPARE(variance(InitScheme::He, make("rrelu", Framework::PyTorch)),
        2 / (1 + 0.22916666666666666 * 0.22916666666666666));
    QCOMPARE(variance(InitScheme::He, make("relu", Framework::Keras, {"negative_slope=0.5"})), 2 / 1.25);
    QCOMPARE(variance(InitScheme::He, make("tanh", Framework::Keras)), 2.0);
    QCOMPARE(variance(InitScheme::LeCun, relu), 1.0);
    QCOMPARE(variance(InitScheme::Glorot, relu), 1.0);
    QCOMPARE(variance(InitScheme::Keras, relu), 1.0);
    QCOMPARE(variance(InitScheme::PyTorch, relu), 1.0 / 3.0);
    const Core::Initialisation custom = Core::Initialisation::parse("custom:1.5,0.1");
    QCOMPARE(Core::weightVariance(custom, relu), 2.25);
    QCOMPARE(Core::biasVariance(custom), 0.1 * 0.1);
    QCOMPARE(Core::biasVariance(Core::Initialisation::parse("pytorch")), 0.0);
}

// ReLU under He keeps q; under PyTorch's nn.Linear default each layer multiplies q by (1/3)(1/2).
void TestStatistics::shouldKeepReluUnderHeAndShrinkItUnderPytorch()
{
    for (const Framework f : Core::kFrameworks) {
        const std::vector<Core::DepthRow> he = Core::propagate(make("relu", f), {}, Core::kMaxDepth);
        QCOMPARE(he.size(), std::size_t(Core::kMaxDepth) + 1);
        for (const Core::DepthRow& row : he) {
            QVERIFY2(near(row.q, 1.0, 1e-12), QByteArray::number(row.layer).constData());
            CHECK_NEAR(row.chi, 1.0, kTol);
            CHECK_NEAR(row.chiProduct, 1.0, 1e-10);
        }
        const std::vector<Core::DepthRow> torch
            = Core::propagate(make("relu", f), Core::Initialisation::parse("pytorch"), 100, 2.0);
        for (const Core::DepthRow& row : torch) {
            QCOMPARE(row.layer, static_cast<int>(&row - torch.data()));
            const double expected = 2.0 * std::pow(6.0, -row.layer);
            QVERIFY2(near(row.q / expected, 1.0, 1e-12), QByteArray::number(row.q / expected, 'g', 17).constData());
            CHECK_NEAR(row.chi, 1.0 / 6.0, kTol);
            QVERIFY(near(row.chiProduct / std::pow(6.0, -(row.layer + 1)), 1.0, 1e-12));
        }
    }
    // A bias adds sigma_b^2 per layer: relu with sigma_w^2 = 2 gives q_l = q_0 + l sigma_b^2.
    const std::vector<Core::DepthRow> biased = Core::propagate(
        make("relu", Framework::PyTorch), Core::Initialisation::parse("custom:1.4142135623730951,0.1"), 50);
    for (const Core::DepthRow& row : biased)
        CHECK_NEAR(row.q, 1 + 0.01 * row.layer, 1e-11);
}

void TestStatistics::shouldConvergeSeluAndTanh()
{
    const Core::Initialisation lecun = Core::Initialisation::parse("lecun");
    // SELU under LeCun: q = 1 is the fixed point, attracting from above and below.
    for (const double q0 : {1.0, 4.0, 0.25}) {
        const std::vector<Core::DepthRow> rows = Core::propagate(make("selu", Framework::Keras), lecun, 200, q0);
        CHECK_NEAR(rows.back().q, 1.0, 1e-9);
        QVERIFY(q0 == 1.0 ? near(rows[1].q, 1.0, 1e-15) : std::fabs(rows[1].q - 1) < std::fabs(q0 - 1));
    }
    // tanh with sigma_w^2 = 1: q decreases every layer towards 0, and chi = E[tanh'^2] < 1.
    const std::vector<Core::DepthRow> tanh = Core::propagate(make("tanh", Framework::PyTorch), lecun, 200);
    for (std::size_t l = 1; l < tanh.size(); ++l) {
        QVERIFY(tanh[l].q < tanh[l - 1].q);
        QVERIFY(tanh[l].chi < 1 && tanh[l].chi > tanh[l - 1].chi); // tends to 1 as q -> 0
    }
    QVERIFY(tanh.back().q < 0.01);
    CHECK_NEAR(tanh[1].q, 0.39429449039784126, 1e-12); // E[tanh(z)^2]
    // With sigma_w^2 = 2 (He) tanh has a fixed point q* > 0: q* = 2 E[tanh(sqrt(q*) z)^2].
    const std::vector<Core::DepthRow> he = Core::propagate(make("tanh", Framework::PyTorch), {}, 200);
    const double q = he.back().q;
    QVERIFY(q > 0.5 && q < 0.7);
    CHECK_NEAR(Core::propagate(make("tanh", Framework::PyTorch), {}, 1, q)[1].q, q, 1e-9);
    // q overflows for exp: the later rows hold inf and NaN.
    const std::vector<Core::DepthRow> exploding = Core::propagate(make("exponential", Framework::Keras), {}, 10);
    QCOMPARE(exploding.back().q, kInf);
    QVERIFY(std::isnan(exploding.back().chi));
    QVERIFY(std::isfinite(exploding[1].q));
    // q0 = 0: every layer sees x = 0 exactly.
    const std::vector<Core::DepthRow> zero = Core::propagate(make("elu", Framework::Keras), lecun, 3, 0.0);
    QCOMPARE(zero[1].q, 0.0);
    CHECK_NEAR(zero[0].chi, 1.0, 1e-15); // ELU's f'(0): x > 0 ? 1 : alpha e^x = 1
}

void TestStatistics::shouldRefuseBadDepth()
{
    const Core::Activation relu = make("relu", Framework::Keras);
    QCOMPARE(errorOf([&] { Core::propagate(relu, {}, 0); }),
        std::string("depth 0 is out of range; accepted: a whole number from 1 to 200"));
    QCOMPARE(errorOf([&] { Core::propagate(relu, {}, 201); }),
        std::string("depth 201 is out of range; accepted: a whole number from 1 to 200"));
    QVERIFY(errorOf([&] { Core::propagate(relu, {}, 5, -1.0); }).starts_with("q0 -1 is not"));
    QVERIFY(errorOf([&] { Core::propagate(relu, {}, 5, std::nan("")); }).starts_with("q0 nan is not"));
    QCOMPARE(Core::propagate(relu, {}, 1).size(), std::size_t(2));
}

void TestStatistics::shouldDescribeAndCompareDistributions()
{
    QCOMPARE(Distribution().describe(), std::string("normal(0, 1)"));
    QCOMPARE(Distribution::uniform(-1, 2.5).describe(), std::string("uniform(-1, 2.5)"));
    QCOMPARE(Distribution::laplace(0, 1).describe(), std::string("laplace(0, 1)"));
    QCOMPARE(Distribution::empirical({1, 2, 3}).describe(), std::string("data (3 values)"));
    QCOMPARE(Distribution::empirical({1}).describe(), std::string("data (1 value)"));
    QVERIFY(Distribution() == Distribution::normal(0, 1));
    QVERIFY(Distribution::parse("normal") == Distribution::normal(0, 1));
    QVERIFY(Distribution::parse("uniform") == Distribution::uniform(-1, 1));
    QVERIFY(Distribution::parse("laplace:0.5,2") == Distribution::laplace(0.5, 2));
    QVERIFY(!(Distribution::normal(0, 2) == Distribution::laplace(0, 2)));
    QVERIFY(Distribution::empirical({2, 1}) == Distribution::empirical({1, 2}));
    QVERIFY(!(Distribution::empirical({1, 2}) == Distribution::empirical({1, 3})));
    QVERIFY(Distribution::laplace(1, 2).params() == (std::vector<double>{1, 2}));
    QVERIFY(Distribution::empirical({1}).params().empty());
    QVERIFY(Distribution().values().empty());
    // Densities, spans and probabilities.
    CHECK_NEAR(Distribution::normal(1, 2).density(1), kInvSqrt2Pi / 2, 1e-16);
    QCOMPARE(Distribution::uniform(-1, 3).density(0), 0.25);
    QCOMPARE(Distribution::uniform(-1, 3).density(3.5), 0.0);
    CHECK_NEAR(Distribution::laplace(0, 2).density(2), std::exp(-1.0) / 4, 1e-16);
    QCOMPARE(Distribution::empirical({1}).density(1), 0.0);
    QVERIFY(Distribution::uniform(-1, 3).span() == (std::pair<double, double>{-1, 3}));
    QVERIFY(Distribution::empirical({5, -2, 1}).span() == (std::pair<double, double>{-2, 5}));
    const auto [lo, hi] = Distribution::normal(0, 1).span();
    QVERIFY(upper(hi) < 1e-15 && upper(hi) > 1e-18 && lo == -hi);
    CHECK_NEAR(Distribution().probability(-1, 1), std::erf(1 / std::sqrt(2.0)), 2e-16);
    CHECK_NEAR(Distribution().probability(8, kInf) / upper(8), 1.0, 1e-13);
    QCOMPARE(Distribution::laplace(0, 1).probability(-kInf, 0), 0.5);
    QCOMPARE(Distribution::uniform(0, 4).probability(1, 10), 0.75);
    QCOMPARE(Distribution().probability(1, -1), 0.0);
    CHECK_NEAR(Distribution::uniform(-3, 3).mean(), 0.0, 0);
    QCOMPARE(Distribution::laplace(1, 2).secondMoment(), 9.0);
}

void TestStatistics::shouldOfferDistributionParams()
{
    using Core::DistributionKind;
    QCOMPARE(Core::distributionName(DistributionKind::Empirical), std::string_view("data"));
    QVERIFY(Core::distributionParams(DistributionKind::Empirical).empty());
    for (const DistributionKind kind :
        {DistributionKind::Normal, DistributionKind::Uniform, DistributionKind::Laplace}) {
        const std::span<const Core::ParamSpec> specs = Core::distributionParams(kind);
        QCOMPARE(specs.size(), std::size_t(2));
        std::vector<double> suggested;
        for (const Core::ParamSpec& p : specs) {
            QVERIFY(!p.label.empty() && !p.description.empty());
            QVERIFY(p.sliderMin <= p.suggested && p.suggested <= p.sliderMax && p.step > 0);
            suggested.push_back(p.suggested);
        }
        // The suggestions are a valid distribution, and the kind's own defaults.
        const Distribution d = Distribution::withParams(kind, suggested);
        QCOMPARE(d.kind(), kind);
        QVERIFY(d == Distribution::parse(Core::distributionName(kind)));
    }
    const std::span<const Core::ParamSpec> normal = Core::distributionParams(DistributionKind::Normal);
    QCOMPARE(normal[0].name, std::string_view("mu"));
    QCOMPARE(normal[1].name, std::string_view("sigma"));
    QCOMPARE(normal[1].sliderMin, 0.05);
    QCOMPARE(normal[1].sliderMax, 5.0);
    QCOMPARE(Core::distributionParams(DistributionKind::Uniform)[0].suggested, -1.0);
    QCOMPARE(Core::distributionParams(DistributionKind::Laplace)[1].name, std::string_view("b"));
}

void TestStatistics::shouldRefuseBadDistributions_data()
{
    QTest::addColumn<QByteArray>("spec");
    QTest::addColumn<QByteArray>("message");
    QTest::addRow("zero sigma") << QByteArray("normal:0,0")
                                << QByteArray("sigma 0 is not > 0; accepted: normal:MU,SIGMA with finite MU and SIGMA "
                                              "> 0, e.g. normal:0,1");
    QTest::addRow("negative sigma") << QByteArray("normal:1,-2")
                                    << QByteArray("sigma -2 is not > 0; accepted: normal:");
    QTest::addRow("infinite mu") << QByteArray("normal:inf,1") << QByteArray("mu inf is not finite; accepted: normal:");
    QTest::addRow("NaN sigma") << QByteArray("normal:0,nan") << QByteArray("sigma nan is not finite; accepted:");
    QTest::addRow("equal ends") << QByteArray("uniform:1,1")
                                << QByteArray("b 1 is not greater than a 1; accepted: uniform:A,B with finite A < B, "
                                              "e.g. uniform:-1,1");
    QTest::addRow("reversed ends") << QByteArray("uniform:2,-1") << QByteArray("b -1 is not greater than a 2");
    QTest::addRow("overflowing width") << QByteArray("uniform:-1e308,1e308") << QByteArray("b - a overflows");
    QTest::addRow("zero scale") << QByteArray("laplace:0,0")
                                << QByteArray("b 0 is not > 0; accepted: laplace:MU,B with finite MU and B > 0, e.g. "
                                              "laplace:0,1");
    QTest::addRow("one number") << QByteArray("normal:1") << QByteArray("normal takes 2 numbers, got 1; accepted:");
    QTest::addRow("three numbers") << QByteArray("laplace:1,2,3") << QByteArray("laplace takes 2 numbers, got 3");
    QTest::addRow("not a number") << QByteArray("uniform:a,1") << QByteArray("a \"a\" is not a number; accepted:");
    QTest::addRow("empty number") << QByteArray("normal:0,") << QByteArray("sigma \"\" is not a number");
    QTest::addRow("unknown kind") << QByteArray("gauss:0,1")
                                  << QByteArray(
                                         "unknown distribution \"gauss\"; accepted: normal:MU,SIGMA, uniform:A,B, "
                                         "laplace:MU,B");
    QTest::addRow("data") << QByteArray("data:x.csv") << QByteArray("data:FILE names a file to read");
}

void TestStatistics::shouldRefuseBadDistributions()
{
    QFETCH(QByteArray, spec);
    QFETCH(QByteArray, message);
    const std::string error = errorOf([&] { Distribution::parse(spec.toStdString()); });
    QVERIFY2(error.find(message.toStdString()) != std::string::npos, error.c_str());
    // The factories say the same.
    QVERIFY(errorOf([] { Distribution::normal(0, 0); }).starts_with("sigma 0 is not > 0"));
    QVERIFY(errorOf([] {
        Distribution::withParams(Core::DistributionKind::Uniform, std::vector<double>{3});
    }).starts_with("uniform takes 2 numbers, got 1"));
    QCOMPARE(
        errorOf([] { Distribution::empirical({}); }), std::string("no numbers; accepted: at least one finite number"));
    QCOMPARE(errorOf([] {
        Distribution::empirical({1, kInf});
    }),
        std::string("number 2, inf, is not finite; accepted: finite numbers"));
}

void TestStatistics::shouldReadNumberColumns_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QList<double>>("values");
    QTest::addRow("one per line") << QByteArray("1\n-2.5\n3e2\n") << QList<double>{1, -2.5, 300};
    QTest::addRow("no final newline") << QByteArray("1\n2") << QList<double>{1, 2};
    QTest::addRow("CRLF, blanks, comments")
        << QByteArray("# preactivations\r\n\r\n 1 \r\n\t2\r\n# done\r\n") << QList<double>{1, 2};
    QTest::addRow("header") << QByteArray("x\n0.5\n-0.5\n") << QList<double>{0.5, -0.5};
    QTest::addRow("CSV with header") << QByteArray("name,value,other\na,1,9\nb,2,8\n") << QList<double>{1, 2};
    QTest::addRow("CSV without header") << QByteArray("a,1.5\nb,-1\n") << QList<double>{1.5, -1};
    QTest::addRow("first numeric column") << QByteArray("id,x,y\nr1,3,4\nr2,5,6\n") << QList<double>{3, 5};
    QTest::addRow("quoted fields") << QByteArray("\"label, with comma\",\"x\"\n\"a, b\",\"0.25\"\n")
                                   << QList<double>{0.25};
    QTest::addRow("byte order mark") << QByteArray("\xEF\xBB\xBFvalue\n7\n") << QList<double>{7};
    QTest::addRow("signed zero") << QByteArray("-0\n+0\n") << QList<double>{-0.0, 0.0};
}

void TestStatistics::shouldReadNumberColumns()
{
    QFETCH(QByteArray, text);
    QFETCH(QList<double>, values);
    const std::vector<double> read
        = Core::parseNumberColumn(std::string_view(text.constData(), std::size_t(text.size())));
    QCOMPARE(QList<double>(read.begin(), read.end()), values);
}

void TestStatistics::shouldRefuseBadNumberColumns_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("message");
    const QByteArray accepted
        = "; accepted: one number per line, or a CSV with a column of numbers (a header line is allowed)";
    QTest::addRow("empty") << QByteArray() << "the file is empty" + accepted;
    QTest::addRow("blank") << QByteArray("\n  \n") << "no numbers" + accepted;
    QTest::addRow("header only") << QByteArray("x,y\n") << "no numbers" + accepted;
    QTest::addRow("a word") << QByteArray("1\n2\nthree\n4\n") << "line 3: \"three\" is not a number" + accepted;
    QTest::addRow("two headers") << QByteArray("x\nabc\n1\n") << "line 2: \"abc\" is not a number" + accepted;
    QTest::addRow("words only") << QByteArray("a,b\nc,d\n") << "line 2: no number in \"c,d\"" + accepted;
    QTest::addRow("missing column") << QByteArray("a,1\nb\n")
                                    << "line 2: no column 2 (the column of numbers) in \"b\"" + accepted;
    QTest::addRow("NaN") << QByteArray("1\nnan\n") << "line 2: nan is not a finite number" + accepted;
    QTest::addRow("infinity") << QByteArray("x\n1\n\n-inf\n") << "line 4: -inf is not a finite number" + accepted;
    QTest::addRow("empty field") << QByteArray("a,1\nb,\n") << "line 2: \"\" is not a number" + accepted;
    QTest::addRow("control characters") << QByteArray("1\n\x1b[2J\n")
                                        << R"(line 2: "\u001b[2J" is not a number)" + accepted;
}

void TestStatistics::shouldRefuseBadNumberColumns()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, message);
    const std::string error
        = errorOf([&] { Core::parseNumberColumn(std::string_view(text.constData(), std::size_t(text.size()))); });
    QCOMPARE(QByteArray::fromStdString(error), message);
}

void TestStatistics::shouldLimitTheNumberOfValues()
{
    std::string text;
    text.reserve(2 * (Core::kMaxDistributionValues + 1));
    for (std::size_t i = 0; i < Core::kMaxDistributionValues; ++i)
        text += "1\n";
    QCOMPARE(Core::parseNumberColumn(text).size(), Core::kMaxDistributionValues);
    text += "2\n";
    QCOMPARE(errorOf([&] { Core::parseNumberColumn(text); }),
        std::string("more than 10000000 numbers; accepted: at most 10000000"));
    QVERIFY(errorOf([] {
        Distribution::empirical(std::vector<double>(Core::kMaxDistributionValues + 1, 1.0));
    }).starts_with("10000001 numbers; accepted: at most 10000000"));
}

void TestStatistics::shouldParseInits_data()
{
    QTest::addColumn<QByteArray>("spec");
    QTest::addColumn<QByteArray>("error"); // empty: accepted
    QTest::addColumn<int>("scheme");
    QTest::addRow("he") << QByteArray("he") << QByteArray() << int(Core::InitScheme::He);
    QTest::addRow("lecun") << QByteArray("lecun") << QByteArray() << int(Core::InitScheme::LeCun);
    QTest::addRow("glorot") << QByteArray("glorot") << QByteArray() << int(Core::InitScheme::Glorot);
    QTest::addRow("pytorch") << QByteArray("pytorch") << QByteArray() << int(Core::InitScheme::PyTorch);
    QTest::addRow("keras") << QByteArray("keras") << QByteArray() << int(Core::InitScheme::Keras);
    QTest::addRow("custom") << QByteArray("custom:2,0.5") << QByteArray() << int(Core::InitScheme::Custom);
    QTest::addRow("custom without bias") << QByteArray("custom:2") << QByteArray() << int(Core::InitScheme::Custom);
    const QByteArray accepted
        = "; accepted: he, lecun, glorot, pytorch, keras, or custom:SW,SB with SW > 0 and SB >= 0, e.g. custom:1.5,0.1";
    QTest::addRow("unknown") << QByteArray("xavier") << "unknown initialisation \"xavier\"" + accepted << 0;
    QTest::addRow("capitalised") << QByteArray("He") << "unknown initialisation \"He\"" + accepted << 0;
    QTest::addRow("custom without numbers")
        << QByteArray("custom") << "custom needs sigma_w and sigma_b" + accepted << 0;
    QTest::addRow("zero sigma_w") << QByteArray("custom:0,0") << "sigma_w 0 is not a finite number > 0" + accepted << 0;
    QTest::addRow("negative sigma_b") << QByteArray("custom:1,-1")
                                      << "sigma_b -1 is not a finite number >= 0" + accepted << 0;
    QTest::addRow("word") << QByteArray("custom:x,1") << "sigma_w \"x\" is not a number" + accepted << 0;
    QTest::addRow("numbers for he") << QByteArray("he:2") << "he takes no numbers" + accepted << 0;
}

void TestStatistics::shouldParseInits()
{
    QFETCH(QByteArray, spec);
    QFETCH(QByteArray, error);
    QFETCH(int, scheme);
    if (!error.isEmpty()) {
        QCOMPARE(QByteArray::fromStdString(errorOf([&] { Core::Initialisation::parse(spec.toStdString()); })), error);
        return;
    }
    const Core::Initialisation init = Core::Initialisation::parse(spec.toStdString());
    QCOMPARE(int(init.scheme), scheme);
    QCOMPARE(QByteArray(Core::initName(init.scheme).data(), qsizetype(Core::initName(init.scheme).size())),
        spec.contains(':') ? spec.left(spec.indexOf(':')) : spec);
    if (init.scheme == Core::InitScheme::Custom) {
        QCOMPARE(init.sigmaW, 2.0);
        QCOMPARE(init.sigmaB, spec.contains(',') ? 0.5 : 0.0);
    }
}

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
