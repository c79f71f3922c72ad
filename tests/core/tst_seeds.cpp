// SPDX-License-Identifier: MIT
// Every example in ../shared/seeds/*.txt, as the seed documents state it (with the framework
// reading of SEMANTICS.md §1.3.9 where the seed ran an older Keras).

#include "aex/core/activation.h"

#include <QTest>

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

namespace {

using Core::Framework;

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

Core::Activation make(std::string_view fn, Framework fw, std::initializer_list<std::string_view> params = {})
{
    auto a = Core::Activation::withDefaults(fn, fw);
    for (std::string_view p : params)
        a.setParam(p);
    return a;
}

struct Curve {
    std::vector<double> y, dy;
};

// Evaluates in float64 or, for float32, on the float nearest each x (results widened exactly).
Curve run(const Core::Activation& a, const std::vector<double>& x, bool float32)
{
    Curve c;
    c.y.resize(x.size());
    c.dy.resize(x.size());
    if (!float32) {
        Core::evaluate(a, std::span<const double>(x), std::span<double>(c.y), std::span<double>(c.dy));
        return c;
    }
    std::vector<float> xf(x.size()), yf(x.size()), dyf(x.size());
    for (std::size_t i = 0; i < x.size(); ++i)
        xf[i] = static_cast<float>(x[i]);
    Core::evaluate(a, std::span<const float>(xf), std::span<float>(yf), std::span<float>(dyf));
    for (std::size_t i = 0; i < x.size(); ++i) {
        c.y[i] = double(yf[i]);
        c.dy[i] = double(dyf[i]);
    }
    return c;
}

// numpy.linspace(start, stop, num): arange(num) * step + start, last element set to stop.
std::vector<double> numpyLinspace(double start, double stop, int num)
{
    std::vector<double> x(static_cast<std::size_t>(num));
    const double step = (stop - start) / double(num - 1);
    for (int i = 0; i < num; ++i)
        x[std::size_t(i)] = double(i) * step + start;
    x.back() = stop;
    return x;
}

// torch.linspace(start, end, steps) in float32, CPU scalar kernel: the first half counts up from
// start, the second half down from end.
std::vector<float> torchLinspace(float start, float end, int steps)
{
    std::vector<float> x(static_cast<std::size_t>(steps));
    const float step = (end - start) / float(steps - 1);
    const int halfway = steps / 2;
    for (int i = 0; i < steps; ++i)
        x[std::size_t(i)] = i < halfway ? start + step * float(i) : end - step * float(steps - i - 1);
    return x;
}

QString describeVector(const std::vector<double>& v)
{
    QStringList parts;
    for (double d : v)
        parts << QString::fromStdString(fmt(d));
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

} // namespace

class TestSeeds : public QObject {
    Q_OBJECT

private slots:
    void shouldReproduceReluLayerTutorial_data();
    void shouldReproduceReluLayerTutorial();
    void shouldMakeReluNegativeSlopeEqualLeakyRelu_data();
    void shouldMakeReluNegativeSlopeEqualLeakyRelu();
    void shouldPlotThresholdedNegativeSlope_data();
    void shouldPlotThresholdedNegativeSlope();
    void shouldReproduceLeakyReluArticleData_data();
    void shouldReproduceLeakyReluArticleData();
    void shouldMakeKerasPreluAndLeakyReluTheSameFunction_data();
    void shouldMakeKerasPreluAndLeakyReluTheSameFunction();
    void shouldUseFrameworkDefaults();
};

// Seed 002 (tf.keras tutorial), with SEMANTICS §1.3.2 / §1.3.9 for the Keras >= 3.15 reading.
void TestSeeds::shouldReproduceReluLayerTutorial_data()
{
    QTest::addColumn<int>("framework");
    QTest::addColumn<QByteArray>("param");
    QTest::addColumn<std::vector<double>>("x");
    QTest::addColumn<std::vector<double>>("y");
    QTest::addColumn<std::vector<double>>("dy");
    QTest::addColumn<bool>("float32");
    const std::vector<double> x{-5.0, -2.0, 0.0, 3.0};
    for (bool f32 : {true, false}) {
        for (Framework fw : {Framework::Keras, Framework::TfKeras}) {
            const char* name = fw == Framework::Keras ? "keras" : "tf_keras";
            const char* t = f32 ? "f32" : "f64";
            QTest::addRow("%s %s ReLU()", name, t)
                << int(fw) << QByteArray() << x << std::vector<double>{0.0, 0.0, 0.0, 3.0}
                << std::vector<double>{0.0, 0.0, 0.0, 1.0} << f32;
            QTest::addRow("%s %s ReLU(max_value=2.0)", name, t)
                << int(fw) << QByteArray("max_value=2.0") << x << std::vector<double>{0.0, 0.0, 0.0, 2.0}
                << std::vector<double>{0.0, 0.0, 0.0, 0.0} << f32;
            QTest::addRow("%s %s ReLU(negative_slope=2.0)", name, t)
                << int(fw) << QByteArray("negative_slope=2.0") << x << std::vector<double>{-10.0, -4.0, 0.0, 3.0}
                << std::vector<double>{2.0, 2.0, 2.0, 1.0} << f32;
            // "[-0.0, -0.0, 0.0, 3.0]": tf.keras (B2); Keras >= 3.15 (B1) gives +0.
            const double z = fw == Framework::TfKeras ? -0.0 : 0.0;
            QTest::addRow("%s %s ReLU(threshold=2.5)", name, t)
                << int(fw) << QByteArray("threshold=2.5") << std::vector<double>{-5.0, -1.5, 2.5, 3.0}
                << std::vector<double>{z, z, 0.0, 3.0} << std::vector<double>{0.0, 0.0, 0.0, 1.0} << f32;
        }
    }
}

void TestSeeds::shouldReproduceReluLayerTutorial()
{
    QFETCH(int, framework);
    QFETCH(QByteArray, param);
    QFETCH(std::vector<double>, x);
    QFETCH(std::vector<double>, y);
    QFETCH(std::vector<double>, dy);
    QFETCH(bool, float32);
    auto a = Core::Activation::withDefaults("relu", Framework(framework));
    if (!param.isEmpty())
        a.setParam(param.toStdString());
    const Curve c = run(a, x, float32);
    for (std::size_t i = 0; i < x.size(); ++i) {
        QVERIFY2(same(c.y[i], y[i]), qPrintable(QStringLiteral("y ") + describeVector(c.y)));
        QVERIFY2(same(c.dy[i], dy[i]), qPrintable(QStringLiteral("dy ") + describeVector(c.dy)));
    }
}

// Seed 000: tf.keras.layers.ReLU(negative_slope=a) and LeakyReLU(alpha=a) "have the same
// behavior" on np.linspace(-5, 5, 101); SEMANTICS §1.3.9: Keras takes the leaky_relu path (A),
// so d/dx agrees too (0.5 at 0).
void TestSeeds::shouldMakeReluNegativeSlopeEqualLeakyRelu_data()
{
    QTest::addColumn<int>("framework");
    QTest::addColumn<double>("slope");
    QTest::addColumn<bool>("float32");
    for (Framework fw : {Framework::Keras, Framework::TfKeras}) {
        for (double s : {0.5, 0.1, 0.3}) {
            for (bool f32 : {false, true})
                QTest::addRow("%s slope %g %s", fw == Framework::Keras ? "keras" : "tf_keras", s, f32 ? "f32" : "f64")
                    << int(fw) << s << f32;
        }
    }
}

void TestSeeds::shouldMakeReluNegativeSlopeEqualLeakyRelu()
{
    QFETCH(int, framework);
    QFETCH(double, slope);
    QFETCH(bool, float32);
    const auto fw = Framework(framework);
    auto relu = Core::Activation::withDefaults("relu", fw);
    relu.setParam(*relu.function().paramIndex("negative_slope", fw), slope);
    auto leaky = Core::Activation::withDefaults("leaky_relu", fw);
    leaky.setParam(*leaky.function().paramIndex("alpha", fw), slope);
    std::vector<double> x = numpyLinspace(-5.0, 5.0, 101);
    x.insert(x.end(), {-0.0, 0.0, -1e300, 1e300, -INFINITY, INFINITY});
    const Curve r = run(relu, x, float32);
    const Curve l = run(leaky, x, float32);
    for (std::size_t i = 0; i < x.size(); ++i) {
        const std::string at = "x=" + fmt(x[i]) + " relu " + fmt(r.y[i]) + "/" + fmt(r.dy[i]) + " leaky " + fmt(l.y[i])
            + "/" + fmt(l.dy[i]);
        QVERIFY2(same(r.y[i], l.y[i]), at.c_str());
        QVERIFY2(same(r.dy[i], l.dy[i]), at.c_str());
    }
    // The values the seed's formula gives: alpha * x for x < 0, x for x >= 0; slope at 0 (§3).
    const auto a32 = static_cast<float>(slope);
    for (std::size_t i = 0; i < 101; ++i) {
        const double xi = float32 ? double(static_cast<float>(x[i])) : x[i];
        const double want = xi > 0 ? xi : (float32 ? double(a32 * static_cast<float>(xi)) : slope * xi);
        QVERIFY2(same(r.y[i], want), ("x=" + fmt(xi)).c_str());
        QCOMPARE(r.dy[i], xi > 0 ? 1.0 : (float32 ? double(a32) : slope));
    }
    // §1.3.9: y [-2.5,-1,0,3], dy [0.5,0.5,0.5,1] on [-5,-2,0,3].
    if (slope == 0.5) {
        const Curve c = run(relu, {-5.0, -2.0, 0.0, 3.0}, float32);
        QCOMPARE(c.y, (std::vector<double>{-2.5, -1.0, 0.0, 3.0}));
        QCOMPARE(c.dy, (std::vector<double>{0.5, 0.5, 0.5, 1.0}));
    }
}

// Seed 000 also plots ReLU(negative_slope=0.1, threshold=2.0): the composition of SEMANTICS §1.3,
// negative_slope * (x - threshold) below the threshold (reached as 0 - 0.1 * relu(2 - x)), x above.
void TestSeeds::shouldPlotThresholdedNegativeSlope_data()
{
    QTest::addColumn<int>("framework");
    QTest::addRow("keras") << int(Framework::Keras);
    QTest::addRow("tf_keras") << int(Framework::TfKeras);
}

void TestSeeds::shouldPlotThresholdedNegativeSlope()
{
    QFETCH(int, framework);
    const auto fw = Framework(framework);
    const auto a = make("relu", fw, {"negative_slope=0.1", "threshold=2"});
    const std::vector<double> x = numpyLinspace(-5.0, 5.0, 101);
    const Curve c = run(a, x, false);
    for (std::size_t i = 0; i < x.size(); ++i) {
        const double xi = x[i];
        const double kept = fw == Framework::Keras ? 0.0 : xi * 0.0; // (B1) where / (B2) x * cast
        const double want = xi > 2 ? xi : kept - 0.1 * std::max(-xi + 2.0, 0.0);
        const double wantDy = xi > 2 ? 1.0 : (-xi + 2.0 > 0 ? 0.1 : 0.0);
        QVERIFY2(c.y[i] == want, ("x=" + fmt(xi) + " y=" + fmt(c.y[i]) + " want " + fmt(want)).c_str());
        QVERIFY2(c.dy[i] == wantDy, ("x=" + fmt(xi) + " dy=" + fmt(c.dy[i])).c_str());
    }
    // The jump at the threshold: 0 at 2, then x.
    QCOMPARE(Core::evaluateAt(a, 2.0).y, 0.0);
    QCOMPARE(Core::evaluateAt(a, std::nextafter(2.0, 3.0)).y, std::nextafter(2.0, 3.0));
}

// Seed 001: torch.where(x > 0, x, alpha * x) with alpha = 0.2 on torch.linspace(-2, 2, 1000), y and
// its autograd derivative ("the derivative is 0.2 for x<0"). That is PyTorch's leaky_relu(0.2).
void TestSeeds::shouldReproduceLeakyReluArticleData_data()
{
    QTest::addColumn<bool>("float32");
    QTest::addRow("float32 (torch default dtype)") << true;
    QTest::addRow("float64") << false;
}

void TestSeeds::shouldReproduceLeakyReluArticleData()
{
    QFETCH(bool, float32);
    const auto a = make("leaky_relu", Framework::PyTorch, {"alpha=0.2"});
    const std::vector<float> xf = torchLinspace(-2.0f, 2.0f, 1000);
    QCOMPARE(xf.size(), std::size_t(1000));
    QCOMPARE(xf.front(), -2.0f);
    QCOMPARE(xf.back(), 2.0f);
    std::vector<double> x(xf.begin(), xf.end());
    const Curve c = run(a, x, float32);
    int negatives = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        const std::string at = "x=" + fmt(x[i]);
        if (x[i] > 0) {
            QVERIFY2(same(c.y[i], x[i]), at.c_str());
            QCOMPARE(c.dy[i], 1.0);
        } else {
            ++negatives;
            const double want = float32 ? double(0.2f * xf[i]) : 0.2 * x[i];
            QVERIFY2(same(c.y[i], want), (at + " y=" + fmt(c.y[i])).c_str());
            QCOMPARE(c.dy[i], float32 ? double(0.2f) : 0.2);
        }
    }
    QCOMPARE(negatives, 500);
}

// Seed 003: Keras LeakyReLU is K.relu(x, alpha) and PReLU is relu(x) - alpha * relu(-x): both are
// max(0, x) - alpha * max(0, -x) = max(x, alpha x) for alpha in (0, 1). PReLU's alpha is trainable,
// LeakyReLU's is not; at 0, PReLU's d/dx is 0 (TF relu gradient, §4) and LeakyReLU's is alpha (§3).
void TestSeeds::shouldMakeKerasPreluAndLeakyReluTheSameFunction_data()
{
    QTest::addColumn<int>("framework");
    QTest::addColumn<double>("alpha");
    for (Framework fw : {Framework::Keras, Framework::TfKeras})
        for (double alpha : {0.25, 0.3, 0.01})
            QTest::addRow("%s alpha %g", fw == Framework::Keras ? "keras" : "tf_keras", alpha) << int(fw) << alpha;
}

void TestSeeds::shouldMakeKerasPreluAndLeakyReluTheSameFunction()
{
    QFETCH(int, framework);
    QFETCH(double, alpha);
    const auto fw = Framework(framework);
    auto prelu = Core::Activation::withDefaults("prelu", fw);
    prelu.setParam(*prelu.function().paramIndex("alpha", fw), alpha);
    auto leaky = Core::Activation::withDefaults("leaky_relu", fw);
    leaky.setParam(*leaky.function().paramIndex("alpha", fw), alpha);
    QCOMPARE(prelu.trainableParams().size(), std::size_t(1));
    QVERIFY(leaky.trainableParams().empty());
    const std::vector<double> x = numpyLinspace(-5.0, 5.0, 1001);
    const Curve p = run(prelu, x, false);
    const Curve l = run(leaky, x, false);
    for (std::size_t i = 0; i < x.size(); ++i) {
        const std::string at = "x=" + fmt(x[i]);
        const double f = std::max(0.0, x[i]) - alpha * std::max(0.0, -x[i]);
        QVERIFY2(p.y[i] == l.y[i], at.c_str());
        QVERIFY2(p.y[i] == f, at.c_str());
        QVERIFY2(p.y[i] == std::max(x[i], alpha * x[i]), at.c_str());
        if (x[i] != 0)
            QVERIFY2(p.dy[i] == l.dy[i], at.c_str());
    }
    QCOMPARE(Core::evaluateAt(prelu, 0.0).dy, 0.0);
    QCOMPARE(Core::evaluateAt(leaky, 0.0).dy, alpha);
}

// Seed 004: "in the case of Pytorch the default value is 0.01, in Tensorflow the value is 0.3";
// relu's alpha (negative_slope) defaults to 0, giving max(x, 0); ReLU with 0.3 equals LeakyReLU().
void TestSeeds::shouldUseFrameworkDefaults()
{
    QCOMPARE(Core::evaluateAt(Core::Activation::withDefaults("leaky_relu", Framework::PyTorch), -1.0).y, -0.01);
    QCOMPARE(Core::evaluateAt(Core::Activation::withDefaults("leaky_relu", Framework::PyTorch), -1.0).dy, 0.01);
    for (Framework fw : {Framework::Keras, Framework::TfKeras}) {
        const auto leaky = Core::Activation::withDefaults("leaky_relu", fw);
        QCOMPARE(Core::evaluateAt(leaky, -1.0).y, -0.3);
        QCOMPARE(Core::evaluateAt(leaky, -1.0).dy, 0.3);
        const auto relu = Core::Activation::withDefaults("relu", fw);
        const auto relu03 = make("relu", fw, {"negative_slope=0.3"});
        for (double x : numpyLinspace(-10.0, 10.0, 201)) {
            QCOMPARE(Core::evaluateAt(relu, x).y, std::max(x, 0.0));
            const Core::PointValue a = Core::evaluateAt(relu03, x);
            const Core::PointValue b = Core::evaluateAt(leaky, x);
            QVERIFY2(same(a.y, b.y) && same(a.dy, b.dy), ("x=" + fmt(x)).c_str());
            // "f(x) = alpha * x if x < 0, f(x) = x if x >= 0"
            QCOMPARE(b.y, x < 0 ? 0.3 * x : x);
        }
    }
}

QTEST_APPLESS_MAIN(TestSeeds)
#include "tst_seeds.moc"
