// SPDX-License-Identifier: MIT
// Framework semantics, checked against ../shared/design/SEMANTICS.md.
//
// Two kinds of tables:
//  - shouldMatchSpecStatement: the literal statements of SEMANTICS.md, one row each, with the
//    section in the row name. (ran) statements are compared bit for bit, signed zeros included.
//  - shouldMatchReference: the independent re-implementation of every function x framework in
//    semanticsreference.h, written op for op from the formulas in SEMANTICS.md, swept over kinks,
//    boundaries, +-0, +-inf, NaN and large magnitudes, in float64 and float32, at fixed parameter
//    values (tst_parametersweep sweeps it over random ones). Piecewise-linear functions must agree
//    bit for bit; transcendental ones within a few ulps.

#include "semanticsreference.h"

#include <QTest>

#include <cmath>
#include <string>
#include <vector>

using namespace SemanticsReference;

namespace {

using Core::Framework;

Framework frameworkOf(const QByteArray& name)
{
    if (name == "keras")
        return Framework::Keras;
    if (name == "tf_keras")
        return Framework::TfKeras;
    return Framework::PyTorch;
}

// "a=1;b=none" applied with Activation::setParam(string).
Core::Activation makeActivation(const QByteArray& function, const QByteArray& framework, const QByteArray& params)
{
    auto a = Core::Activation::withDefaults(function.toStdString(), frameworkOf(framework));
    for (const QByteArray& item : params.split(';')) {
        if (!item.trimmed().isEmpty())
            a.setParam(item.trimmed().toStdString());
    }
    return a;
}

// Same value: NaN equals NaN, zeros must have the same sign.
bool same(double a, double b)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    return a == b && std::signbit(a) == std::signbit(b);
}

struct SweepCase {
    const char* function;
    std::vector<const char*> frameworks;
    std::vector<const char*> params;
    bool float32 = true;
};

} // namespace

class TestSemantics : public QObject {
    Q_OBJECT

private slots:
    void shouldMatchSpecStatement_data();
    void shouldMatchSpecStatement();
    void shouldMatchPreluParameterGradient_data();
    void shouldMatchPreluParameterGradient();
    void shouldMatchReference_data();
    void shouldMatchReference();
    void shouldAgreeBetweenSpanAndPointEvaluation_data();
    void shouldAgreeBetweenSpanAndPointEvaluation();
    void shouldRoundParametersToFloatInFloat32();
};

// Columns: function, framework, params, dtype, x, y, dy, flags: kY/kD check y/dy; kExact compares
// bit for bit (signed zero included), otherwise within a few ulps; kNoSign ignores the sign of a
// zero; kThreeDigits compares to the three digits the spec quotes.
namespace {
constexpr int kY = 1, kD = 2, kExact = 4, kNoSign = 8, kThreeDigits = 16;
constexpr int kBoth = kY | kD | kExact;

void row(const char* name, const char* fn, const char* fw, const char* params, bool f32, double x, double y, double dy,
    int flags = kBoth)
{
    QTest::addRow("%s [%s %s(%s) %s x=%s]", name, fw, fn, params, f32 ? "f32" : "f64", fmt(x).c_str())
        << QByteArray(fn) << QByteArray(fw) << QByteArray(params) << f32 << x << y << dy << flags;
}
// Same statement in float64 and float32 (values exactly representable in both).
void row2(const char* name, const char* fn, const char* fw, const char* params, double x, double y, double dy,
    int flags = kBoth)
{
    row(name, fn, fw, params, false, x, y, dy, flags);
    row(name, fn, fw, params, true, x, y, dy, flags);
}
} // namespace

void TestSemantics::shouldMatchSpecStatement_data()
{
    QTest::addColumn<QByteArray>("function");
    QTest::addColumn<QByteArray>("framework");
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<bool>("float32");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("y");
    QTest::addColumn<double>("dy");
    QTest::addColumn<int>("flags");

    // §1.1 plain relu
    row2("§1.1 PT relu(-0.0) = -0.0", "relu", "pytorch", "", -0.0, -0.0, 0.0);
    row2("§1.1 PT dy(0) = 0", "relu", "pytorch", "", 0.0, 0.0, 0.0);
    row2("§1.1 PT dy(NaN) = 1", "relu", "pytorch", "", kNaN, kNaN, 1.0);
    row2("§1.1 PT relu(-5) = +0", "relu", "pytorch", "", -5.0, 0.0, 0.0);
    row2("§1.1 PT relu(inf)", "relu", "pytorch", "", kInf, kInf, 1.0);
    row2("§1.1 PT relu(-inf)", "relu", "pytorch", "", -kInf, 0.0, 0.0);
    for (const char* fw : {"keras", "tf_keras"}) {
        row2("§1.1 TF ReluGrad dy(0) = 0", "relu", fw, "", 0.0, 0.0, 0.0);
        row2("§1.1 TF ReluGrad dy(NaN) = 0 (source)", "relu", fw, "", kNaN, kNaN, 0.0);
        row2("§1.1 TF relu(3)", "relu", fw, "", 3.0, 3.0, 1.0);
    }

    // §1.3 consequences 1-8, both Keras generations.
    for (const char* fw : {"keras", "tf_keras"}) {
        const bool b1 = std::string_view(fw) == "keras";
        row2("§1.3.1 ReLU(threshold=2.5)(2.5) = 0, dy 0", "relu", fw, "threshold=2.5", 2.5, 0.0, 0.0);
        row("§1.3.1 ReLU(threshold=2.5)(2.5000000000000004)", "relu", fw, "threshold=2.5", false, 2.5000000000000004,
            2.5000000000000004, 1.0);
        row2("§1.3.1 ReLU(0.5, threshold=2.5) left of 2.5", "relu", fw, "negative_slope=0.5;threshold=2.5", 2.0, -0.25,
            0.5);
        row2("§1.3.1 ReLU(0.5, threshold=2.5) at 2.5", "relu", fw, "negative_slope=0.5;threshold=2.5", 2.5, 0.0, 0.0);
        row2("§1.3.1 ReLU(0.5, threshold=2.5) right of 2.5", "relu", fw, "negative_slope=0.5;threshold=2.5", 3.0, 3.0,
            1.0);
        // §1.3.2 signed zeros, -inf and NaN
        const double z = b1 ? 0.0 : -0.0;
        row2("§1.3.2 threshold=2.5 at -5", "relu", fw, "threshold=2.5", -5.0, z, 0.0);
        row2("§1.3.2 threshold=2.5 at -1.5", "relu", fw, "threshold=2.5", -1.5, z, 0.0);
        row2("§1.3.2 threshold=2.5 at 3", "relu", fw, "threshold=2.5", 3.0, 3.0, 1.0);
        row2("§1.3.2 relu(threshold=5) at -10", "relu", fw, "threshold=5", -10.0, z, 0.0);
        row2("§1.3.2 relu(threshold=5) at 0", "relu", fw, "threshold=5", 0.0, 0.0, 0.0);
        row2("§1.3.2 relu(threshold=5) at 5", "relu", fw, "threshold=5", 5.0, 0.0, 0.0);
        row2("§1.3.2 relu(threshold=5) at 10", "relu", fw, "threshold=5", 10.0, 10.0, 1.0);
        row2("§1.3.2 threshold: -inf", "relu", fw, "threshold=2.5", -kInf, b1 ? 0.0 : kNaN, 0.0, kY | kExact);
        row2("§1.3.2 threshold: NaN", "relu", fw, "threshold=2.5", kNaN, b1 ? 0.0 : kNaN, 0.0, kY | kExact);
        // §1.3.3 the negative part goes below 0, the positive part is clipped to [0, max_value]
        row("§1.3.3 ReLU(4, 0.1, 0.5)(-1)", "relu", fw, "max_value=4;negative_slope=0.1;threshold=0.5", false, -1.0,
            0.0 - 0.1 * 1.5, 0.1);
        row("§1.3.3 ReLU(4, 0.1, 0.5)(-1)", "relu", fw, "max_value=4;negative_slope=0.1;threshold=0.5", true, -1.0,
            double(0.0f - 0.1f * 1.5f), double(0.1f));
        row2("§1.3.3 ReLU(4, 0.1, 0.5)(4)", "relu", fw, "max_value=4;negative_slope=0.1;threshold=0.5", 4.0, 4.0, 1.0);
        row2("§1.3.3 ReLU(4, 0.1, 0.5)(5)", "relu", fw, "max_value=4;negative_slope=0.1;threshold=0.5", 5.0, 4.0, 0.0);
        row2(
            "§1.3.3 ReLU(4, 0.1, 0.5)(0.5)", "relu", fw, "max_value=4;negative_slope=0.1;threshold=0.5", 0.5, 0.0, 0.0);
        // §1.3.4
        row2("§1.3.4 ReLU(max_value=6)'(6) = 0", "relu", fw, "max_value=6", 6.0, 6.0, 0.0);
        row2("§1.3.4 ReLU(max_value=6)'(0) = 0", "relu", fw, "max_value=6", 0.0, 0.0, 0.0);
        row2("§1.3.4 ReLU(max_value=2)'(2) = 1", "relu", fw, "max_value=2", 2.0, 2.0, 1.0);
        row2("§1.3.4 ReLU(max_value=2)(3)", "relu", fw, "max_value=2", 3.0, 2.0, 0.0);
        row2("§1.3.4 ReLU(max_value=6, threshold=1)'(6) = 1", "relu", fw, "max_value=6;threshold=1", 6.0, 6.0, 1.0);
        row2("§1.3.4 ReLU(max_value=6.5)'(6.5) = 1", "relu", fw, "max_value=6.5", 6.5, 6.5, 1.0);
        // §1.3.5
        row2("§1.3.5 ReLU(negative_slope=0.5)'(0) = 0.5", "relu", fw, "negative_slope=0.5", 0.0, 0.0, 0.5);
        row2("§1.3.5 ReLU(negative_slope=0.5)(-0.0) = -0.0", "relu", fw, "negative_slope=0.5", -0.0, -0.0, 0.5);
        row2("§1.3.5 ReLU(negative_slope=0.5, max_value=10)'(0) = 0", "relu", fw, "negative_slope=0.5;max_value=10",
            0.0, 0.0, 0.0, kBoth | kNoSign);
        row2("§1.3.5 ReLU(negative_slope=0.5, max_value=10)(-2)", "relu", fw, "negative_slope=0.5;max_value=10", -2.0,
            -1.0, 0.5);
        row2("§1.3.5 ReLU(negative_slope=0.5, max_value=10)(12)", "relu", fw, "negative_slope=0.5;max_value=10", 12.0,
            10.0, 0.0);
        // §1.3.6 negative threshold
        row2("§1.3.6 relu(threshold=-1)(-0.5) = -0.5", "relu", fw, "threshold=-1", -0.5, -0.5, 1.0);
        row2("§1.3.6 relu(threshold=-1)(-1) = 0", "relu", fw, "threshold=-1", -1.0, z, 0.0);
        row2("§1.3.6 relu(threshold=-1)(-2) = 0", "relu", fw, "threshold=-1", -2.0, z, 0.0);
        row2(
            "§1.3.6 relu(threshold=-1, max_value=6)(-0.5) = 0", "relu", fw, "threshold=-1;max_value=6", -0.5, 0.0, 0.0);
        row2("§1.3.6 relu(threshold=-1, max_value=6)'(0) = 1", "relu", fw, "threshold=-1;max_value=6", 0.0, 0.0, 1.0);
        row2("§1.3.6 relu(threshold=-1, 0.5)(-3) = 0.5(x+1)", "relu", fw, "threshold=-1;negative_slope=0.5", -3.0, -1.0,
            0.5);
        row2("§1.3.6 relu(threshold=-1, 0.5)(-1) = 0", "relu", fw, "threshold=-1;negative_slope=0.5", -1.0, 0.0, 0.0,
            kBoth | kNoSign);
        row2(
            "§1.3.6 relu(threshold=-1, 0.5)(-0.5) = x", "relu", fw, "threshold=-1;negative_slope=0.5", -0.5, -0.5, 1.0);
        // §1.3.7
        for (double x : {3.0, 5.0})
            row2("§1.3.7 threshold=5, max_value=2: 0 up to 5", "relu", fw, "threshold=5;max_value=2", x, 0.0, 0.0,
                kBoth | kNoSign);
        for (double x : {5.5, 10.0})
            row2("§1.3.7 threshold=5, max_value=2: then 2", "relu", fw, "threshold=5;max_value=2", x, 2.0, 0.0);
        // §1.3.8
        for (double x : {-1.0, 0.0, 1.0, 5.0})
            row2("§1.3.8 max_value=0: 0, dy 0", "relu", fw, "max_value=0", x, 0.0, 0.0, kBoth | kNoSign);
    }

    // §2 relu6
    for (const char* fw : {"keras", "tf_keras", "pytorch"}) {
        row2("§2 relu6'(0) = 0", "relu6", fw, "", 0.0, 0.0, 0.0, kBoth | kNoSign);
        row2("§2 relu6'(6) = 0", "relu6", fw, "", 6.0, 6.0, 0.0);
        row2("§2 relu6(7)", "relu6", fw, "", 7.0, 6.0, 0.0);
        row2("§2 relu6'(3)", "relu6", fw, "", 3.0, 3.0, 1.0);
    }
    row2("§2 PT relu6'(NaN) = 1 (scalar)", "relu6", "pytorch", "", kNaN, kNaN, 1.0);
    row2("§2 TF Relu6Grad(NaN) = 0 (source)", "relu6", "keras", "", kNaN, kNaN, 0.0);

    // §3 leaky_relu
    for (const char* fw : {"keras", "tf_keras", "pytorch"}) {
        row2("§3 dy(0) = alpha", "leaky_relu", fw, "alpha=0.5", 0.0, 0.0, 0.5);
        row2("§3 leaky(-0.0) = -0.0", "leaky_relu", fw, "alpha=0.5", -0.0, -0.0, 0.5);
        row2("§3 leaky(-4)", "leaky_relu", fw, "alpha=0.5", -4.0, -2.0, 0.5);
    }
    row2("§3 K3 LeakyReLU() default 0.3 gives -1.5 at -5", "leaky_relu", "keras", "", -5.0, -1.5, 0.3, kY | kExact);
    row("§3 tf.keras LeakyReLU() default 0.3", "leaky_relu", "tf_keras", "", false, -5.0, 0.3 * -5.0, 0.3);
    row("§3 PT default 0.01", "leaky_relu", "pytorch", "", false, -5.0, 0.01 * -5.0, 0.01);
    row("§3 PT default 0.01", "leaky_relu", "pytorch", "", true, -5.0, double(0.01f * -5.0f), double(0.01f));
    row2("§3 PT accepts negative slopes", "leaky_relu", "pytorch", "alpha=-0.5", -5.0, 2.5, -0.5);

    // §4 prelu (d/dalpha in shouldMatchPreluParameterGradient)
    row2("§4 PT dy(0) = w", "prelu", "pytorch", "", 0.0, 0.0, 0.25);
    row2("§4 PT default 0.25", "prelu", "pytorch", "", -4.0, -1.0, 0.25);
    row2("§4 PT prelu(+0, a<0) = -0.0", "prelu", "pytorch", "alpha=-0.5", 0.0, -0.0, -0.5);
    row2("§4 PT prelu(-0.0, a<0) = +0", "prelu", "pytorch", "alpha=-0.5", -0.0, 0.0, -0.5);
    for (const char* fw : {"keras", "tf_keras"}) {
        row2("§4 Keras dy(0) = 0", "prelu", fw, "alpha=0.25", 0.0, 0.0, 0.0, kBoth | kNoSign);
        row2("§4 Keras prelu(-2)", "prelu", fw, "alpha=0.25", -2.0, -0.5, 0.25);
        row2("§4 Keras prelu(3)", "prelu", fw, "alpha=0.25", 3.0, 3.0, 1.0);
        row2("§4 Keras NaN at -inf when alpha = 0", "prelu", fw, "", -kInf, kNaN, 0.0, kY | kExact);
        row2("§4 Keras default alpha 0", "prelu", fw, "", -2.0, 0.0, 0.0, kBoth | kNoSign);
    }

    // §5 thresholded relu (tf_keras)
    row2("§5 -0.0 for negative x", "thresholded_relu", "tf_keras", "", -2.0, -0.0, 0.0);
    row2("§5 +0 in [0, theta]", "thresholded_relu", "tf_keras", "", 0.5, 0.0, 0.0);
    row2("§5 x = theta gives 0, dy 0", "thresholded_relu", "tf_keras", "", 1.0, 0.0, 0.0);
    row2("§5 x > theta", "thresholded_relu", "tf_keras", "", 1.5, 1.5, 1.0);
    row2("§5 NaN at -inf", "thresholded_relu", "tf_keras", "", -kInf, kNaN, 0.0);
    row2("§5 NaN at NaN", "thresholded_relu", "tf_keras", "", kNaN, kNaN, 0.0);
    row2("§5 theta=2.5 at 2.5", "thresholded_relu", "tf_keras", "theta=2.5", 2.5, 0.0, 0.0);

    // §6 threshold (pytorch)
    row2("§6 x == threshold gives value, dy 0", "threshold", "pytorch", "threshold=1;value=-2", 1.0, -2.0, 0.0);
    row2("§6 below", "threshold", "pytorch", "threshold=1;value=-2", 0.0, -2.0, 0.0);
    row2("§6 above", "threshold", "pytorch", "threshold=1;value=-2", 2.0, 2.0, 1.0);
    row2("§6 NaN -> NaN, dy 1", "threshold", "pytorch", "threshold=1;value=-2", kNaN, kNaN, 1.0);

    // §7 hardtanh
    row2("§7 dy(-1) = 0", "hardtanh", "pytorch", "", -1.0, -1.0, 0.0);
    row2("§7 dy(1) = 0", "hardtanh", "pytorch", "", 1.0, 1.0, 0.0);
    row2("§7 inside", "hardtanh", "pytorch", "", 0.5, 0.5, 1.0);
    row2("§7 below", "hardtanh", "pytorch", "", -3.0, -1.0, 0.0);
    row2("§7 NaN: scalar dy = 1", "hardtanh", "pytorch", "", kNaN, kNaN, 1.0);
    for (double x : {-5.0, 0.0, 5.0})
        row2("§7 F.hardtanh(x, 1, -1) is -1 everywhere", "hardtanh", "pytorch", "min_val=1;max_val=-1", x, -1.0, 0.0);

    // §8 rrelu
    row("§8 slope 0.22916666666666666", "rrelu", "pytorch", "", false, -1.0, -0.22916666666666666, 0.22916666666666666);
    row("§8 dy(0) = slope", "rrelu", "pytorch", "", false, 0.0, 0.0, 0.22916666666666666);

    // §9 elu
    row2("§9 TF dy(0) = alpha", "elu", "keras", "alpha=2", 0.0, 0.0, 2.0);
    row2("§9 TF dy(0) = alpha", "elu", "tf_keras", "alpha=2", 0.0, 0.0, 2.0);
    row2("§9 TF dy(0) = 1", "elu", "keras", "", 0.0, 0.0, 1.0);
    row2("§9 TF elu(-0.0) = -0.0 (source, §19)", "elu", "keras", "", -0.0, -0.0, 1.0);
    row2("§9 PT elu(alpha=2)'(0) = 2", "elu", "pytorch", "alpha=2", 0.0, 0.0, 2.0);
    row2("§9 PT elu(-0.0) = +0.0", "elu", "pytorch", "", -0.0, 0.0, 1.0);
    row("§9 PT float32 elu(-1e-7) uses exp(x)-1", "elu", "pytorch", "", true, double(-1e-7f), -1.1920928955078125e-07,
        0.0, kY | kExact);
    row("§9 PT float64 elu(-1e-30) = 0.0", "elu", "pytorch", "", false, -1e-30, 0.0, 0.0, kY | kExact);
    row2("§9 PT NaN: scalar dy = 1", "elu", "pytorch", "", kNaN, kNaN, 1.0);
    row2("§9 elu(-inf) = -alpha", "elu", "pytorch", "alpha=2", -kInf, -2.0, 0.0);
    row2("§9 elu(-inf) = -alpha", "elu", "keras", "alpha=2", -kInf, -2.0, 0.0);
    row("§9 TF EluGrad from y: float32 y rounds to -1 at x=-20 (source)", "elu", "keras", "", true, -20.0, -1.0, 0.0);

    // §10 selu
    for (const char* fw : {"keras", "tf_keras"}) {
        row("§10 TF dy(0) = scale", "selu", fw, "", false, 0.0, 0.0, 1.0507009873554805);
        row("§10 TF dy(0) = scale", "selu", fw, "", true, 0.0, 0.0, double(float(kSeluScale)));
    }
    row("§10 PT dy(0) = scale*alpha", "selu", "pytorch", "", false, 0.0, 0.0, 1.7580993408473766);
    row("§10 PT dy(0) = scale*alpha", "selu", "pytorch", "", true, 0.0, 0.0,
        double(float(kSeluAlpha) * float(kSeluScale)));
    row2("§10 TF selu(-0.0) = -0.0 (source)", "selu", "keras", "", -0.0, -0.0, 0.0, kY | kExact);
    row2("§10 PT selu(-0.0) = +0.0", "selu", "pytorch", "", -0.0, 0.0, 0.0, kY | kExact);

    // §11 celu
    row2("§11 PT dy(0) = 1", "celu", "pytorch", "", 0.0, 0.0, 1.0);
    row2("§11 Keras-on-TF celu'(0) = 2 (source)", "celu", "keras", "", 0.0, 0.0, 2.0, kD | kExact);
    row2("§11 Keras celu'(0) = 2 for alpha 3 too (source)", "celu", "keras", "alpha=3", 0.0, 0.0, 2.0, kD | kExact);

    // §12 gelu
    row2("§12 PT gelu(-inf) = NaN", "gelu", "pytorch", "approximate=false", -kInf, kNaN, 0.0, kY);
    row2("§12 PT dy(+inf) = NaN", "gelu", "pytorch", "approximate=false", kInf, kInf, kNaN);
    row("§12 PT scalar erf keeps -0.0 in the far negative tail", "gelu", "pytorch", "approximate=false", true, -10.0,
        -0.0, 0.0, kY | kExact);
    row("§12 PT scalar erf keeps -0.0 in the far negative tail", "gelu", "pytorch", "approximate=false", false, -40.0,
        -0.0, 0.0, kY | kExact);
    row("§12 PT float32 scalar dy(-6) = -3.65e-8", "gelu", "pytorch", "approximate=false", true, -6.0, 0.0, -3.65e-8,
        kD | kThreeDigits);
    row("§12 gelu(1) exact", "gelu", "pytorch", "approximate=false", false, 1.0, 0.8413447460685429, 0.0, kY);
    row("§12 gelu(1) tanh", "gelu", "pytorch", "approximate=true", false, 1.0, 0.8411919906082768, 0.0, kY);

    // §13 silu, mish
    row2("§13 PT silu(-inf) = NaN", "silu", "pytorch", "", -kInf, kNaN, 0.0, kY);
    row2("§13 PT silu dy(+inf) = NaN", "silu", "pytorch", "", kInf, kInf, kNaN);
    row2("§13 PT silu dy(-1e30) = -0.0", "silu", "pytorch", "", -1e30, -0.0, -0.0);
    row2("§13 PT mish(-inf) = NaN", "mish", "pytorch", "", -kInf, kNaN, 0.0, kY);
    row2("§13 PT mish dy(+inf) = NaN", "mish", "pytorch", "", kInf, kInf, kNaN);

    // §14 softplus
    row("§14 PT softplus(20)", "softplus", "pytorch", "", false, 20.0, 20.000000002061153, 0.9999999979388464);
    row("§14 PT softplus(20.000000000000004)", "softplus", "pytorch", "", false, 20.000000000000004, 20.000000000000004,
        1.0);
    row2("§14 PT NaN -> NaN, dy NaN", "softplus", "pytorch", "", kNaN, kNaN, kNaN);
    row2("§14 PT beta=2, threshold=10: x*beta > threshold passes x", "softplus", "pytorch", "beta=2;threshold=10", 5.5,
        5.5, 1.0);
    row2("§14 TF softplus(35) = 35", "softplus", "keras", "", 35.0, 35.0, 1.0, kY | kExact);
    row("§14 TF softplus(-40) = exp(-40)", "softplus", "keras", "", false, -40.0, std::exp(-40.0), 0.0, kY);
    row("§14 TF softplus(34.1) = x", "softplus", "tf_keras", "", false, 34.1, 34.1, 1.0, kY | kExact);
    row("§14 TF float32 threshold -13.94: softplus(14) = 14", "softplus", "keras", "", true, 14.0, 14.0, 1.0,
        kY | kExact);

    // §15 sigmoid, tanh
    for (const char* fw : {"keras", "tf_keras", "pytorch"}) {
        row2("§15 sigmoid(0)", "sigmoid", fw, "", 0.0, 0.5, 0.25, kY | kD);
        row2("§15 sigmoid(-inf)", "sigmoid", fw, "", -kInf, 0.0, 0.0);
        row2("§15 sigmoid(inf)", "sigmoid", fw, "", kInf, 1.0, 0.0);
        row2("§15 tanh(0)", "tanh", fw, "", 0.0, 0.0, 1.0);
        row2("§15 tanh(inf)", "tanh", fw, "", kInf, 1.0, 0.0);
        row2("§15 tanh(-inf)", "tanh", fw, "", -kInf, -1.0, 0.0);
    }

    // §16 hard_sigmoid
    for (double x : {-2.5, 2.5}) {
        row("§16 tf.keras dy(+-2.5) = 0.2", "hard_sigmoid", "tf_keras", "", false, x, x < 0 ? 0.0 : 1.0, 0.2);
        row("§16 tf.keras dy(+-2.5) = 0.2", "hard_sigmoid", "tf_keras", "", true, x, x < 0 ? 0.0 : 1.0, double(0.2f));
    }
    row("§16 tf.keras x=1 -> 0.7", "hard_sigmoid", "tf_keras", "", false, 1.0, 1.0 * 0.2 + 0.5, 0.2);
    row2("§16 tf.keras 0 below -2.5", "hard_sigmoid", "tf_keras", "", -3.0, 0.0, 0.0);
    row2("§16 tf.keras 1 above 2.5", "hard_sigmoid", "tf_keras", "", 3.0, 1.0, 0.0);
    row2("§16 K3 dy(-3) = 0", "hard_sigmoid", "keras", "", -3.0, 0.0, 0.0);
    row2("§16 K3 dy(3) = 0", "hard_sigmoid", "keras", "", 3.0, 1.0, 0.0);
    row("§16 K3 slope 1/6", "hard_sigmoid", "keras", "", false, 0.0, 0.5, 1.0 / 6.0);
    row("§16 K3 x=1 -> 0.6667", "hard_sigmoid", "keras", "", false, 1.0, 4.0 / 6.0, 1.0 / 6.0);
    row("§16 K3 x=2.5 -> 0.9167", "hard_sigmoid", "keras", "", false, 2.5, 5.5 / 6.0, 1.0 / 6.0);
    row("§16 PT float64 dy = 0.1666666716337204", "hard_sigmoid", "pytorch", "", false, 0.0, 0.5, 0.1666666716337204);
    row("§16 PT float32 dy = 1.0f/6.0f", "hard_sigmoid", "pytorch", "", true, 0.0, 0.5, double(1.0f / 6.0f));
    row("§16 PT x=1 -> 0.6667", "hard_sigmoid", "pytorch", "", false, 1.0, 4.0 / 6.0, 0.1666666716337204);
    row("§16 PT x=2.5 -> 0.9167", "hard_sigmoid", "pytorch", "", false, 2.5, 5.5 / 6.0, 0.1666666716337204);
    row2("§16 PT dy(-3) = 0", "hard_sigmoid", "pytorch", "", -3.0, 0.0, 0.0);
    row2("§16 PT dy(3) = 0", "hard_sigmoid", "pytorch", "", 3.0, 1.0, 0.0);

    // §17 hard_swish
    row2("§17 PT dy(-3) = -0.5", "hard_swish", "pytorch", "", -3.0, -0.0, -0.5);
    row2("§17 PT dy(3) = 1.5 (scalar)", "hard_swish", "pytorch", "", 3.0, 3.0, 1.5);
    row2("§17 PT hardswish(-inf) = NaN", "hard_swish", "pytorch", "", -kInf, kNaN, 0.0);
    row2("§17 PT above 3", "hard_swish", "pytorch", "", 4.0, 4.0, 1.0);
    row2("§17 PT below -3", "hard_swish", "pytorch", "", -4.0, -0.0, 0.0);
    row2("§17 K3 dy(-3) = 0", "hard_swish", "keras", "", -3.0, -0.0, 0.0);
    row2("§17 K3 dy(3) = 1", "hard_swish", "keras", "", 3.0, 3.0, 1.0);
    row2("§17 K3 x=0", "hard_swish", "keras", "", 0.0, 0.0, 0.5);

    // §18 softsign, exponential, linear
    for (const char* fw : {"keras", "tf_keras", "pytorch"}) {
        row2("§18 softsign(1)", "softsign", fw, "", 1.0, 0.5, 0.25, kY | kD);
        row2("§18 softsign(-3)", "softsign", fw, "", -3.0, -0.75, 0.0625, kY | kD);
    }
    for (const char* fw : {"keras", "tf_keras"}) {
        row2("§18 exponential(0)", "exponential", fw, "", 0.0, 1.0, 1.0);
        row("§18 exponential(1)", "exponential", fw, "", false, 1.0, std::exp(1.0), std::exp(1.0), kY | kD);
        row2("§18 linear(-0.0)", "linear", fw, "", -0.0, -0.0, 1.0);
        row2("§18 linear(NaN)", "linear", fw, "", kNaN, kNaN, 1.0, kY | kExact);
        row2("§18 linear(-inf)", "linear", fw, "", -kInf, -kInf, 1.0);
        row("§18 linear(1e300)", "linear", fw, "", false, 1e300, 1e300, 1.0);
        row("§18 linear(3e38f)", "linear", fw, "", true, double(3e38f), double(3e38f), 1.0);
    }
}

void TestSemantics::shouldMatchSpecStatement()
{
    QFETCH(QByteArray, function);
    QFETCH(QByteArray, framework);
    QFETCH(QByteArray, params);
    QFETCH(bool, float32);
    QFETCH(double, x);
    QFETCH(double, y);
    QFETCH(double, dy);
    QFETCH(int, flags);

    const Core::Activation a = makeActivation(function, framework, params);
    double gotY = 0, gotDy = 0;
    if (float32) {
        const float xs[1] = {static_cast<float>(x)};
        float ys[1] = {}, dys[1] = {};
        Core::evaluate(a, std::span<const float>(xs), std::span<float>(ys), std::span<float>(dys));
        gotY = double(ys[0]);
        gotDy = double(dys[0]);
    } else {
        const double xs[1] = {x};
        double ys[1] = {}, dys[1] = {};
        Core::evaluate(a, std::span<const double>(xs), std::span<double>(ys), std::span<double>(dys));
        gotY = ys[0];
        gotDy = dys[0];
    }
    auto check = [&](const char* what, double got, double want) {
        bool ok;
        if (flags & kExact)
            ok = (flags & kNoSign) ? (got == want || (std::isnan(got) && std::isnan(want))) : same(got, want);
        else
            ok = float32 ? close<float>(float(got), float(want), false, !(flags & kNoSign))
                         : close<double>(got, want, false, !(flags & kNoSign));
        if (flags & kThreeDigits)
            ok = std::abs(got - want) <= 0.005 * std::abs(want);
        QVERIFY2(ok, (std::string(what) + ": got " + fmt(got) + ", want " + fmt(want)).c_str());
    };
    if (flags & kY)
        check("y", gotY, y);
    if (flags & kD)
        check("dy", gotDy, dy);
}

void TestSemantics::shouldMatchPreluParameterGradient_data()
{
    QTest::addColumn<QByteArray>("framework");
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("dalpha");
    QTest::addColumn<bool>("checkSign");
    // §4 PT: dw = x > 0 ? 0 : x, summed over the shared elements: dalpha(0) = 0, dalpha(-0.0) = +0.0 (ran).
    QTest::addRow("§4 PT dalpha(0) = +0") << QByteArray("pytorch") << QByteArray() << 0.0 << 0.0 << true;
    QTest::addRow("§4 PT dalpha(-0.0) = +0.0") << QByteArray("pytorch") << QByteArray() << -0.0 << 0.0 << true;
    QTest::addRow("§4 PT dalpha(-2) = -2") << QByteArray("pytorch") << QByteArray() << -2.0 << -2.0 << true;
    QTest::addRow("§4 PT dalpha(3) = 0") << QByteArray("pytorch") << QByteArray() << 3.0 << 0.0 << true;
    QTest::addRow("§4 PT dalpha(-inf)") << QByteArray("pytorch") << QByteArray() << -kInf << -kInf << true;
    // §4 Keras: dalpha = -relu(-x) = min(x, 0)
    for (const char* fw : {"keras", "tf_keras"}) {
        QTest::addRow("§4 %s dalpha(-2) = -2", fw)
            << QByteArray(fw) << QByteArray("alpha=0.25") << -2.0 << -2.0 << true;
        QTest::addRow("§4 %s dalpha(3) = 0", fw) << QByteArray(fw) << QByteArray("alpha=0.25") << 3.0 << 0.0 << false;
        QTest::addRow("§4 %s dalpha(0) = 0", fw) << QByteArray(fw) << QByteArray("alpha=0.25") << 0.0 << 0.0 << false;
        QTest::addRow("§4 %s dalpha(-0.5), alpha 0", fw) << QByteArray(fw) << QByteArray() << -0.5 << -0.5 << true;
    }
}

void TestSemantics::shouldMatchPreluParameterGradient()
{
    QFETCH(QByteArray, framework);
    QFETCH(QByteArray, params);
    QFETCH(double, x);
    QFETCH(double, dalpha);
    QFETCH(bool, checkSign);
    const Core::Activation a = makeActivation("prelu", framework, params);
    QCOMPARE(a.trainableParams().size(), std::size_t(1));
    const double xs[1] = {x};
    double y[1], dy[1], dp[1] = {kNaN};
    Core::evaluate(a, std::span<const double>(xs), std::span<double>(y), std::span<double>(dy), std::span<double>(dp));
    const bool ok = checkSign ? same(dp[0], dalpha) : dp[0] == dalpha;
    QVERIFY2(ok, ("got " + fmt(dp[0]) + ", want " + fmt(dalpha)).c_str());
    // The point API reports the same, in both precisions.
    const Core::PointValue p64 = Core::evaluateAt(a, x, Core::DType::Float64);
    QVERIFY2(checkSign ? same(p64.dparam[0], dalpha) : p64.dparam[0] == dalpha, fmt(p64.dparam[0]).c_str());
    const Core::PointValue p32 = Core::evaluateAt(a, x, Core::DType::Float32);
    QVERIFY2(checkSign ? same(p32.dparam[0], dalpha) : p32.dparam[0] == dalpha, fmt(p32.dparam[0]).c_str());
}

void TestSemantics::shouldMatchReference_data()
{
    QTest::addColumn<QByteArray>("function");
    QTest::addColumn<QByteArray>("framework");
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<bool>("float32");

    const std::vector<const char*> all{"keras", "tf_keras", "pytorch"};
    const std::vector<const char*> keras{"keras", "tf_keras"};
    const std::vector<SweepCase> cases{
        {"relu", keras,
            {"", "max_value=6", "max_value=2", "max_value=0", "max_value=6.5", "negative_slope=0.5",
                "negative_slope=0.5;max_value=10", "threshold=2.5", "negative_slope=0.5;threshold=2.5", "threshold=-1",
                "threshold=-1;max_value=6", "threshold=-1;negative_slope=0.5", "threshold=5;max_value=2",
                "max_value=6;threshold=1", "max_value=6;negative_slope=0.1",
                "max_value=4;negative_slope=0.1;threshold=0.5", "negative_slope=2", "negative_slope=0.3",
                "negative_slope=0.1;threshold=2"}},
        {"relu", {"pytorch"}, {""}},
        {"relu6", all, {""}},
        {"leaky_relu", all, {"", "alpha=0.2", "alpha=0.5", "alpha=0.1"}},
        {"leaky_relu", {"pytorch"}, {"alpha=-0.5", "alpha=0"}},
        {"prelu", all, {"", "alpha=0.25", "alpha=-0.5", "alpha=0", "alpha=0.1"}},
        {"thresholded_relu", {"tf_keras"}, {"", "theta=2.5", "theta=0", "theta=-1"}},
        {"threshold", {"pytorch"}, {"threshold=1;value=-2", "threshold=0;value=0", "threshold=-1;value=5"}},
        {"hardtanh", {"pytorch"}, {"", "min_val=-2;max_val=3", "min_val=0;max_val=6", "min_val=1;max_val=-1"}},
        {"rrelu", {"pytorch"}, {"", "lower=0.1;upper=0.3"}},
        {"elu", all, {"", "alpha=2", "alpha=0.5"}},
        {"selu", all, {""}},
        {"celu", {"keras", "pytorch"}, {"", "alpha=2", "alpha=0.5"}},
        {"gelu", all, {"approximate=false", "approximate=true"}},
        {"silu", all, {""}},
        {"mish", all, {""}},
        {"softplus", all, {""}},
        {"softplus", {"pytorch"}, {"beta=2;threshold=10", "beta=0.5;threshold=5"}},
        {"sigmoid", all, {""}},
        {"tanh", all, {""}},
        {"hard_sigmoid", all, {""}},
        {"hard_swish", {"keras", "pytorch"}, {""}},
        {"softsign", all, {""}},
        {"exponential", keras, {""}},
        {"linear", keras, {""}},
    };
    for (const SweepCase& c : cases) {
        for (const char* fw : c.frameworks) {
            for (const char* params : c.params) {
                for (bool f32 : {false, true}) {
                    if (f32 && !c.float32)
                        continue;
                    QTest::addRow("%s %s(%s) %s", fw, c.function, params, f32 ? "f32" : "f64")
                        << QByteArray(c.function) << QByteArray(fw) << QByteArray(params) << f32;
                }
            }
        }
    }
}

void TestSemantics::shouldMatchReference()
{
    QFETCH(QByteArray, function);
    QFETCH(QByteArray, framework);
    QFETCH(QByteArray, params);
    QFETCH(bool, float32);

    const Core::Activation a = makeActivation(function, framework, params);
    const std::string fn = function.toStdString();
    const Framework fw = frameworkOf(framework);
    const RefParams p = refParams(fn, fw, params);
    const std::vector<double> xs = sweepPoints(p);
    QStringList failures = float32 ? sweep<float>(a, fn, fw, p, sweepPointsF(xs)) : sweep<double>(a, fn, fw, p, xs);
    failures.removeDuplicates();
    QVERIFY2(failures.isEmpty(),
        qPrintable(QString::number(failures.size()) + QStringLiteral(" mismatches:\n  ")
            + failures.mid(0, 25).join(QStringLiteral("\n  "))));
}

void TestSemantics::shouldAgreeBetweenSpanAndPointEvaluation_data()
{
    QTest::addColumn<QByteArray>("function");
    QTest::addColumn<int>("framework");
    for (const Core::FunctionSpec& f : Core::catalogue()) {
        for (Framework fw : f.availableFrameworks())
            QTest::addRow("%s %d", std::string(f.name).c_str(), int(fw))
                << QByteArray(f.name.data(), qsizetype(f.name.size())) << int(fw);
    }
}

void TestSemantics::shouldAgreeBetweenSpanAndPointEvaluation()
{
    QFETCH(QByteArray, function);
    QFETCH(int, framework);
    const Core::Activation a = Core::Activation::withDefaults(function.toStdString(), Framework(framework));
    const std::vector<double> xs = sweepPoints(RefParams{});
    const std::size_t n = xs.size(), np = a.trainableParams().size();
    std::vector<double> y(n), dy(n), dp(np * n);
    Core::evaluate(a, std::span<const double>(xs), std::span<double>(y), std::span<double>(dy), std::span<double>(dp));
    std::vector<float> xf(n), yf(n), dyf(n), dpf(np * n);
    for (std::size_t i = 0; i < n; ++i)
        xf[i] = static_cast<float>(xs[i]);
    Core::evaluate(a, std::span<const float>(xf), std::span<float>(yf), std::span<float>(dyf), std::span<float>(dpf));
    // Without the dparam span the value and d/dx are the same.
    std::vector<double> y2(n), dy2(n);
    Core::evaluate(a, std::span<const double>(xs), std::span<double>(y2), std::span<double>(dy2));
    for (std::size_t i = 0; i < n; ++i) {
        const Core::PointValue p = Core::evaluateAt(a, xs[i]);
        const Core::PointValue pf = Core::evaluateAt(a, xs[i], Core::DType::Float32);
        const std::string at = "x=" + fmt(xs[i]);
        QVERIFY2(same(p.y, y[i]) && same(p.dy, dy[i]), at.c_str());
        QVERIFY2(same(y2[i], y[i]) && same(dy2[i], dy[i]), at.c_str());
        QVERIFY2(same(pf.y, double(yf[i])) && same(pf.dy, double(dyf[i])), (at + " float32").c_str());
        for (std::size_t k = 0; k < np; ++k) {
            QVERIFY2(same(p.dparam[k], dp[k * n + i]), (at + " dparam").c_str());
            QVERIFY2(same(pf.dparam[k], double(dpf[k * n + i])), (at + " float32 dparam").c_str());
        }
    }
}

void TestSemantics::shouldRoundParametersToFloatInFloat32()
{
    // "In float32, parameters are first rounded to float32" (issue §4): 0.1 becomes 0.1f.
    const Core::Activation a = makeActivation("leaky_relu", "pytorch", "alpha=0.1");
    const Core::PointValue p = Core::evaluateAt(a, -3.0, Core::DType::Float32);
    QCOMPARE(p.y, double(0.1f * -3.0f));
    QCOMPARE(p.dy, double(0.1f));
    const Core::PointValue q = Core::evaluateAt(a, -3.0, Core::DType::Float64);
    QCOMPARE(q.y, 0.1 * -3.0);
    QCOMPARE(q.dy, 0.1);
    // A float32 input is the float nearest the double one.
    const Core::PointValue r = Core::evaluateAt(makeActivation("linear", "keras", ""), 0.1, Core::DType::Float32);
    QCOMPARE(r.y, double(0.1f));
}

QTEST_APPLESS_MAIN(TestSemantics)
#include "tst_semantics.moc"
