// SPDX-License-Identifier: MIT
// Breakpoints (x, value and derivative limits, owners) and properties (bounds, continuity,
// monotonicity, zero-gradient intervals), from the conventions of SEMANTICS.md.

#include "aex/core/analysis.h"
#include "aex/core/sampling.h"
#include "lazyverify.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <string>

namespace {

using Core::Framework;
using Core::Side;

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kSixth = 1.0 / 6.0;
constexpr double kPtSixth = 0.1666666716337204; // §16: PyTorch's 1.0f/6.0f
constexpr double kSeluScale = 1.0507009873554805;
constexpr double kSeluScaleAlphaTf = 1.7580993408473768; // TF's literal (§10)
constexpr double kSeluScaleAlphaPt = 1.7580993408473766; // alpha * scale in double (§10, ran)
constexpr double kRreluSlope = 0.22916666666666666;      // §8

std::string fmt(double v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

Core::Activation make(const QByteArray& fn, Framework fw, const QByteArray& params)
{
    auto a = Core::Activation::withDefaults(fn.toStdString(), fw);
    for (const QByteArray& p : params.split(';'))
        if (!p.isEmpty())
            a.setParam(p.toStdString());
    return a;
}

const char* fwName(Framework fw)
{
    return fw == Framework::Keras ? "keras" : fw == Framework::TfKeras ? "tf_keras" : "pytorch";
}

Core::Breakpoint bp(double x, double yl, double ya, double yr, double dl, double da, double dr)
{
    Core::Breakpoint b;
    b.x = x;
    b.yLeft = yl;
    b.yAt = ya;
    b.yRight = yr;
    b.dyLeft = dl;
    b.dyAt = da;
    b.dyRight = dr;
    return b;
}

Side owner(double left, double at, double right)
{
    if (at == left && at != right)
        return Side::Left;
    if (at == right && at != left)
        return Side::Right;
    return Side::Neither;
}

bool near(double a, double b, bool exact)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    if (exact || std::isinf(a) || std::isinf(b))
        return a == b;
    return std::abs(a - b) <= 1e-12 * std::max(1.0, std::abs(b));
}

std::string describe(const Core::Breakpoint& b)
{
    return "{x " + fmt(b.x) + ", y " + fmt(b.yLeft) + "|" + fmt(b.yAt) + "|" + fmt(b.yRight) + ", dy " + fmt(b.dyLeft)
        + "|" + fmt(b.dyAt) + "|" + fmt(b.dyRight) + "}";
}

std::string describe(const std::vector<Core::Breakpoint>& bs)
{
    std::string s = "[";
    for (const auto& b : bs)
        s += describe(b) + " ";
    return s + "]";
}

std::vector<Core::Interval> nonDegenerate(std::vector<Core::Interval> v)
{
    std::erase_if(v, [](const Core::Interval& i) { return !(i.lo < i.hi); });
    return v;
}

struct PropCase {
    double infimum, supremum;
    bool continuous;
    int differentiable; // -1: don't check
    Core::Monotonicity monotonicity;
    std::vector<Core::Interval> zeroGradient;
    // false: smooth functions, whose float64 d/dx may underflow to exactly 0 far out in a tail
    // (TF's EluGrad from the output, gelu's pdf, 1 - tanh^2): then only check there is none within
    // |x| <= 15.
    bool checkZeroGradient = true;
    double boundTolerance = 0; // 0: exact
};

} // namespace

Q_DECLARE_METATYPE(Core::Breakpoint)
Q_DECLARE_METATYPE(PropCase)

class TestAnalysis : public QObject {
    Q_OBJECT

private slots:
    void shouldReportBreakpoints_data();
    void shouldReportBreakpoints();
    void shouldAgreeWithEvaluationAtBreakpoints_data();
    void shouldAgreeWithEvaluationAtBreakpoints();
    void shouldDeriveProperties_data();
    void shouldDeriveProperties();
    void shouldKeepPropertiesConsistentWithSamples_data();
    void shouldKeepPropertiesConsistentWithSamples();
    void shouldNameMonotonicity();
};

void TestAnalysis::shouldReportBreakpoints_data()
{
    QTest::addColumn<QByteArray>("function");
    QTest::addColumn<int>("framework");
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<bool>("float32");
    QTest::addColumn<bool>("exact");
    QTest::addColumn<std::vector<Core::Breakpoint>>("expected");
    auto add = [](const char* fn, Framework fw, const char* params, const std::vector<Core::Breakpoint>& e,
                   bool exact = true, bool f32 = false) {
        QTest::addRow("%s %s(%s)%s", fwName(fw), fn, params, f32 ? " f32" : "")
            << QByteArray(fn) << int(fw) << QByteArray(params) << f32 << exact << e;
    };
    for (Framework fw : {Framework::Keras, Framework::TfKeras}) {
        add("relu", fw, "", {bp(0, 0, 0, 0, 0, 0, 1)});
        // §1.3.1: 0 at the threshold, then the jump; dy 0 there.
        add("relu", fw, "threshold=2.5", {bp(2.5, 0, 0, 2.5, 0, 0, 1)});
        // §1.3.4: relu6 kernel at 6 (dy 0), clip elsewhere (dy 1 at max_value).
        add("relu", fw, "max_value=6", {bp(0, 0, 0, 0, 0, 0, 1), bp(6, 6, 6, 6, 1, 0, 0)});
        add("relu", fw, "max_value=2", {bp(0, 0, 0, 0, 0, 0, 1), bp(2, 2, 2, 2, 1, 1, 0)});
        add("relu", fw, "max_value=6;threshold=1", {bp(1, 0, 0, 1, 0, 0, 1), bp(6, 6, 6, 6, 1, 1, 0)});
        // §1.3.5
        add("relu", fw, "negative_slope=0.5", {bp(0, 0, 0, 0, 0.5, 0.5, 1)});
        add("relu", fw, "negative_slope=0.5;max_value=10", {bp(0, 0, 0, 0, 0.5, 0, 1), bp(10, 10, 10, 10, 1, 1, 0)});
        add("relu", fw, "negative_slope=0.5;threshold=2.5", {bp(2.5, 0, 0, 2.5, 0.5, 0, 1)});
        // §1.3.6 negative threshold
        add("relu", fw, "threshold=-1", {bp(-1, 0, 0, -1, 0, 0, 1)});
        add("relu", fw, "threshold=-1;max_value=6", {bp(0, 0, 0, 0, 0, 1, 1), bp(6, 6, 6, 6, 1, 1, 0)});
        add("relu", fw, "threshold=-1;negative_slope=0.5", {bp(-1, 0, 0, -1, 0.5, 0, 1)});
        // §1.3.7, §1.3.8
        add("relu", fw, "threshold=5;max_value=2", {bp(5, 0, 0, 2, 0, 0, 0)});
        add("relu", fw, "max_value=0", {});
        // The benchmark's configuration.
        add("relu", fw, "max_value=4;negative_slope=0.1;threshold=0.5",
            {bp(0.5, 0, 0, 0.5, 0.1, 0, 1), bp(4, 4, 4, 4, 1, 1, 0)});
        add("leaky_relu", fw, "alpha=0.2", {bp(0, 0, 0, 0, 0.2, 0.2, 1)});
        add("prelu", fw, "alpha=0.25", {bp(0, 0, 0, 0, 0.25, 0, 1)}); // §4: Keras dy(0) = 0
        add("prelu", fw, "", {bp(0, 0, 0, 0, 0, 0, 1)});
        add("elu", fw, "", {}, false);
        add("elu", fw, "alpha=2", {bp(0, 0, 0, 0, 2, 2, 1)}, false);
        add("selu", fw, "", {bp(0, 0, 0, 0, kSeluScaleAlphaTf, kSeluScale, kSeluScale)}, false);
    }
    add("relu", Framework::PyTorch, "", {bp(0, 0, 0, 0, 0, 0, 1)});
    for (Framework fw : Core::kFrameworks) {
        add("relu6", fw, "", {bp(0, 0, 0, 0, 0, 0, 1), bp(6, 6, 6, 6, 1, 0, 0)}); // §2
        for (const char* smooth : {"sigmoid", "tanh", "gelu", "silu", "mish", "softsign"})
            add(smooth, fw, "", {}, false);
    }
    add("leaky_relu", Framework::PyTorch, "", {bp(0, 0, 0, 0, 0.01, 0.01, 1)});
    add("leaky_relu", Framework::PyTorch, "alpha=1", {});
    add("prelu", Framework::PyTorch, "", {bp(0, 0, 0, 0, 0.25, 0.25, 1)}); // §4: PT dy(0) = w
    add("thresholded_relu", Framework::TfKeras, "", {bp(1, 0, 0, 1, 0, 0, 1)});
    add("thresholded_relu", Framework::TfKeras, "theta=0", {bp(0, 0, 0, 0, 0, 0, 1)});
    add("threshold", Framework::PyTorch, "threshold=1;value=-2", {bp(1, -2, -2, 1, 0, 0, 1)}); // §6
    add("threshold", Framework::PyTorch, "threshold=1;value=1", {bp(1, 1, 1, 1, 0, 0, 1)});
    add("hardtanh", Framework::PyTorch, "", {bp(-1, -1, -1, -1, 0, 0, 1), bp(1, 1, 1, 1, 1, 0, 0)}); // §7
    add("hardtanh", Framework::PyTorch, "min_val=-2;max_val=3", {bp(-2, -2, -2, -2, 0, 0, 1), bp(3, 3, 3, 3, 1, 0, 0)});
    add("rrelu", Framework::PyTorch, "", {bp(0, 0, 0, 0, kRreluSlope, kRreluSlope, 1)});
    add("elu", Framework::PyTorch, "", {}, false);
    add("elu", Framework::PyTorch, "alpha=2", {bp(0, 0, 0, 0, 2, 2, 1)}, false);
    add("selu", Framework::PyTorch, "", {bp(0, 0, 0, 0, kSeluScaleAlphaPt, kSeluScaleAlphaPt, kSeluScale)}, false);
    add("celu", Framework::PyTorch, "", {}, false);
    add("celu", Framework::Keras, "", {bp(0, 0, 0, 0, 1, 2, 1)}, false); // §11 (source)
    // §14: the strict > makes a tiny jump at threshold / beta.
    add("softplus", Framework::PyTorch, "",
        {bp(20, 20.000000002061153, 20.000000002061153, 20, 0.9999999979388464, 0.9999999979388464, 1)}, false);
    add("softplus", Framework::PyTorch, "beta=2;threshold=10",
        {bp(5, std::log1p(std::exp(10.0)) / 2, std::log1p(std::exp(10.0)) / 2, 5, std::exp(10.0) / (std::exp(10.0) + 1),
            std::exp(10.0) / (std::exp(10.0) + 1), 1)},
        false);
    // §16 hard_sigmoid
    add("hard_sigmoid", Framework::TfKeras, "", {bp(-2.5, 0, 0, 0, 0, 0.2, 0.2), bp(2.5, 1, 1, 1, 0.2, 0.2, 0)});
    add("hard_sigmoid", Framework::Keras, "", {bp(-3, 0, 0, 0, 0, 0, kSixth), bp(3, 1, 1, 1, kSixth, 0, 0)});
    add("hard_sigmoid", Framework::PyTorch, "", {bp(-3, 0, 0, 0, 0, 0, kPtSixth), bp(3, 1, 1, 1, kPtSixth, 0, 0)});
    // §17 hard_swish
    // (piecewise quadratic: the limits are accurate to rounding)
    add("hard_swish", Framework::PyTorch, "", {bp(-3, 0, 0, 0, 0, -0.5, -0.5), bp(3, 3, 3, 3, 1.5, 1.5, 1)}, false);
    add("hard_swish", Framework::Keras, "", {bp(-3, 0, 0, 0, 0, 0, -0.5), bp(3, 3, 3, 3, 1.5, 1, 1)}, false);
    for (Framework fw : {Framework::Keras, Framework::TfKeras}) {
        add("exponential", fw, "", {}, false);
        add("linear", fw, "", {});
    }
    // float32: positions and limits are the float32 values.
    add("relu", Framework::Keras, "threshold=0.1", {bp(double(0.1f), 0, 0, double(0.1f), 0, 0, 1)}, true, true);
    add("relu", Framework::TfKeras, "max_value=0.1",
        {bp(0, 0, 0, 0, 0, 0, 1), bp(double(0.1f), double(0.1f), double(0.1f), double(0.1f), 1, 1, 0)}, true, true);
    add("leaky_relu", Framework::PyTorch, "alpha=0.1", {bp(0, 0, 0, 0, double(0.1f), double(0.1f), 1)}, true, true);
    add("hard_sigmoid", Framework::Keras, "",
        {bp(-3, 0, 0, 0, 0, 0, double(1.0f / 6.0f)), bp(3, 1, 1, 1, double(1.0f / 6.0f), 0, 0)}, true, true);
    add("hard_sigmoid", Framework::TfKeras, "",
        {bp(-2.5, 0, 0, 0, 0, double(0.2f), double(0.2f)), bp(2.5, 1, 1, 1, double(0.2f), double(0.2f), 0)}, true,
        true);
}

void TestAnalysis::shouldReportBreakpoints()
{
    QFETCH(QByteArray, function);
    QFETCH(int, framework);
    QFETCH(QByteArray, params);
    QFETCH(bool, float32);
    QFETCH(bool, exact);
    QFETCH(std::vector<Core::Breakpoint>, expected);
    const Core::Activation a = make(function, Framework(framework), params);
    const std::vector<Core::Breakpoint> got
        = Core::breakpoints(a, float32 ? Core::DType::Float32 : Core::DType::Float64);
    const std::string msg = "got " + describe(got) + " want " + describe(expected);
    QVERIFY2(got.size() == expected.size(), msg.c_str());
    for (std::size_t i = 0; i < got.size(); ++i) {
        const Core::Breakpoint& g = got[i];
        const Core::Breakpoint& e = expected[i];
        QVERIFY2(g.x == e.x, msg.c_str());
        for (auto [gv, ev] : {std::pair{g.yLeft, e.yLeft}, {g.yAt, e.yAt}, {g.yRight, e.yRight}, {g.dyLeft, e.dyLeft},
                 {g.dyAt, e.dyAt}, {g.dyRight, e.dyRight}})
            QVERIFY2(near(gv, ev, exact), msg.c_str());
        QCOMPARE(g.valueJumps(), e.yLeft != e.yRight);
        QCOMPARE(g.slopeJumps(), e.dyLeft != e.dyRight);
        if (e.yLeft != e.yRight)
            QCOMPARE(g.valueOwner(), owner(e.yLeft, e.yAt, e.yRight));
        if (e.dyLeft != e.dyRight || (e.dyAt != e.dyLeft))
            QCOMPARE(g.slopeOwner(), owner(e.dyLeft, e.dyAt, e.dyRight));
    }
}

// For every function and framework: each breakpoint's own value is what evaluation gives at x, its
// limits are what evaluation gives just beside x, and only points where something changes appear.
void TestAnalysis::shouldAgreeWithEvaluationAtBreakpoints_data()
{
    QTest::addColumn<QByteArray>("function");
    QTest::addColumn<int>("framework");
    QTest::addColumn<QByteArray>("params");
    const std::vector<std::pair<const char*, std::vector<const char*>>> extra{
        {"relu",
            {"max_value=6", "max_value=2", "negative_slope=0.5;max_value=10", "threshold=2.5",
                "max_value=4;negative_slope=0.1;threshold=0.5", "threshold=-1;max_value=6", "threshold=5;max_value=2"}},
        {"leaky_relu", {"alpha=0.2", "alpha=-0.5"}},
        {"prelu", {"alpha=0.25", "alpha=-0.5"}},
        {"thresholded_relu", {"theta=2.5", "theta=-1"}},
        {"hardtanh", {"min_val=-2;max_val=3", "min_val=1;max_val=-1"}},
        {"elu", {"alpha=2", "alpha=0.5"}},
        {"celu", {"alpha=2"}},
        {"gelu", {"approximate=true"}},
        {"softplus", {"beta=2;threshold=10", "beta=0.5;threshold=2"}},
    };
    for (const Core::FunctionSpec& f : Core::catalogue()) {
        for (Framework fw : f.availableFrameworks()) {
            std::vector<const char*> sets{""};
            if (f.name == "threshold")
                sets = {"threshold=1;value=-2", "threshold=-1;value=5"};
            for (const auto& [fn, more] : extra)
                if (f.name == fn)
                    sets.insert(sets.end(), more.begin(), more.end());
            for (const char* p : sets) {
                auto probe = Core::Activation::withDefaults(f, fw);
                bool ok = true;
                for (const QByteArray& item : QByteArray(p).split(';')) {
                    if (item.isEmpty())
                        continue;
                    try {
                        probe.setParam(item.toStdString());
                    } catch (const Core::InputError&) {
                        ok = false; // not in this framework's API
                    }
                }
                if (ok)
                    QTest::addRow("%s %s(%s)", fwName(fw), std::string(f.name).c_str(), p)
                        << QByteArray(f.name.data(), qsizetype(f.name.size())) << int(fw) << QByteArray(p);
            }
        }
    }
}

void TestAnalysis::shouldAgreeWithEvaluationAtBreakpoints()
{
    QFETCH(QByteArray, function);
    QFETCH(int, framework);
    QFETCH(QByteArray, params);
    const Core::Activation a = make(function, Framework(framework), params);
    for (Core::DType dt : {Core::DType::Float64, Core::DType::Float32}) {
        const std::vector<Core::Breakpoint> bps = Core::breakpoints(a, dt);
        const bool f32 = dt == Core::DType::Float32;
        for (std::size_t i = 0; i < bps.size(); ++i) {
            const Core::Breakpoint& b = bps[i];
            const std::string at = describe(b) + (f32 ? " f32" : " f64");
            if (i > 0)
                QVERIFY2(bps[i - 1].x < b.x, ("sorted and distinct: " + at).c_str());
            QVERIFY2(std::isfinite(b.x), at.c_str());
            if (f32)
                QVERIFY2(double(static_cast<float>(b.x)) == b.x, ("a float32 position: " + at).c_str());
            const Core::PointValue p = Core::evaluateAt(a, b.x, dt);
            QVERIFY2(p.y == b.yAt, ("yAt is the value at x: " + at + " value " + fmt(p.y)).c_str());
            QVERIFY2(p.dy == b.dyAt, ("dyAt is d/dx at x: " + at + " d/dx " + fmt(p.dy)).c_str());
            const bool changes = b.valueJumps() || b.slopeJumps() || b.yAt != b.yLeft || b.dyAt != b.dyLeft;
            QVERIFY2(changes, ("only points where something changes: " + at).c_str());
            // The limits: a little to each side (float32: a few float ulps away).
            // In float32, 64 ulps of 0 are denormals where exp(x) - 1 rounds to 0 (TF selu then
            // reports f' = scale): probe at least 1e-6 away so a curved piece is still itself.
            const double d = f32 ? std::max(64 * std::abs(double(std::nextafter(float(b.x), INFINITY) - float(b.x))),
                                 1e-6 * std::max(1.0, std::abs(b.x)))
                                 : 1e-9 * std::max(1.0, std::abs(b.x));
            const double tol = f32 ? 1e-4 : 1e-6;
            const Core::PointValue l = Core::evaluateAt(a, b.x - d, dt);
            const Core::PointValue r = Core::evaluateAt(a, b.x + d, dt);
            QVERIFY2(std::abs(l.y - b.yLeft) <= tol * (1 + std::abs(b.yLeft)),
                ("yLeft: " + at + " near " + fmt(l.y)).c_str());
            QVERIFY2(std::abs(r.y - b.yRight) <= tol * (1 + std::abs(b.yRight)),
                ("yRight: " + at + " near " + fmt(r.y)).c_str());
            QVERIFY2(std::abs(l.dy - b.dyLeft) <= tol * (1 + std::abs(b.dyLeft)),
                ("dyLeft: " + at + " near " + fmt(l.dy)).c_str());
            QVERIFY2(std::abs(r.dy - b.dyRight) <= tol * (1 + std::abs(b.dyRight)),
                ("dyRight: " + at + " near " + fmt(r.dy)).c_str());
            // Owners follow the limits.
            if (b.valueJumps())
                QCOMPARE(b.valueOwner(), owner(b.yLeft, b.yAt, b.yRight));
            if (b.slopeJumps())
                QCOMPARE(b.slopeOwner(), owner(b.dyLeft, b.dyAt, b.dyRight));
        }
        // Away from the breakpoints nothing jumps: a fine grid's neighbours stay close.
        const std::vector<double> xs = Core::linspace(Core::Domain{-12.0, 12.0, 24001});
        for (std::size_t i = 1; i < xs.size(); ++i) {
            const double x0 = xs[i - 1], x1 = xs[i];
            const bool straddles = std::any_of(bps.begin(), bps.end(),
                [&](const Core::Breakpoint& b) { return b.x >= x0 - 1e-9 && b.x <= x1 + 1e-9; });
            if (straddles)
                continue;
            const Core::PointValue p0 = Core::evaluateAt(a, x0, dt), p1 = Core::evaluateAt(a, x1, dt);
            const double h = x1 - x0;
            AEX_VERIFY2(std::abs(p1.y - p0.y) <= 5 * h * (1 + std::abs(p0.dy) + std::abs(p1.dy)) + 1e-6,
                ("an unreported jump between " + fmt(x0) + " and " + fmt(x1) + (f32 ? " f32" : "")).c_str());
            AEX_VERIFY2(std::abs(p1.dy - p0.dy) <= 0.05 + 5 * h * (1 + std::abs(p0.dy)),
                ("an unreported kink between " + fmt(x0) + " and " + fmt(x1) + ": d/dx " + fmt(p0.dy) + " then "
                    + fmt(p1.dy) + (f32 ? " f32" : ""))
                    .c_str());
        }
    }
}

void TestAnalysis::shouldDeriveProperties_data()
{
    using M = Core::Monotonicity;
    QTest::addColumn<QByteArray>("function");
    QTest::addColumn<int>("framework");
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<PropCase>("expected");
    auto add = [](const char* fn, Framework fw, const char* params, const PropCase& c) {
        QTest::addRow("%s %s(%s)", fwName(fw), fn, params) << QByteArray(fn) << int(fw) << QByteArray(params) << c;
    };
    for (Framework fw : {Framework::Keras, Framework::TfKeras}) {
        add("relu", fw, "", {0, kInf, true, 0, M::NonDecreasing, {{-kInf, 0}}});
        add("relu", fw, "threshold=2.5", {0, kInf, false, 0, M::NonDecreasing, {{-kInf, 2.5}}});
        add("relu", fw, "max_value=6", {0, 6, true, 0, M::NonDecreasing, {{-kInf, 0}, {6, kInf}}});
        add("relu", fw, "max_value=2", {0, 2, true, 0, M::NonDecreasing, {{-kInf, 0}, {2, kInf}}});
        add("relu", fw, "max_value=0", {0, 0, true, 1, M::Constant, {{-kInf, kInf}}});
        add("relu", fw, "negative_slope=0.5", {-kInf, kInf, true, 0, M::NonDecreasing, {}});
        add("relu", fw, "negative_slope=0.5;max_value=10", {-kInf, 10, true, 0, M::NonDecreasing, {{10, kInf}}});
        add("relu", fw, "max_value=4;negative_slope=0.1;threshold=0.5",
            {-kInf, 4, false, 0, M::NonDecreasing, {{4, kInf}}});
        add("relu", fw, "threshold=5;max_value=2", {0, 2, false, 0, M::NonDecreasing, {{-kInf, kInf}}});
        add("leaky_relu", fw, "", {-kInf, kInf, true, 0, M::NonDecreasing, {}});
        add("prelu", fw, "alpha=0.25", {-kInf, kInf, true, 0, M::NonDecreasing, {}});
        add("prelu", fw, "", {0, kInf, true, 0, M::NonDecreasing, {{-kInf, 0}}});
        add("elu", fw, "", {-1, kInf, true, 1, M::NonDecreasing, {}, false, 1e-12});
        add("elu", fw, "alpha=2", {-2, kInf, true, 0, M::NonDecreasing, {}, false, 1e-12});
        add("exponential", fw, "", {0, kInf, true, 1, M::NonDecreasing, {}, false, 1e-12});
        add("linear", fw, "", {-kInf, kInf, true, 1, M::NonDecreasing, {}});
    }
    for (Framework fw : Core::kFrameworks) {
        add("relu6", fw, "", {0, 6, true, 0, M::NonDecreasing, {{-kInf, 0}, {6, kInf}}});
        add("sigmoid", fw, "", {0, 1, true, 1, M::NonDecreasing, {}, false, 1e-12});
        add("tanh", fw, "", {-1, 1, true, 1, M::NonDecreasing, {}, false, 1e-12});
        add("gelu", fw, "", {-0.16997120747990369, kInf, true, 1, M::None, {}, false, 1e-3});
        add("softsign", fw, "", {-1, 1, true, 1, M::NonDecreasing, {}, false, 1e-12});
    }
    add("relu", Framework::PyTorch, "", {0, kInf, true, 0, M::NonDecreasing, {{-kInf, 0}}});
    add("leaky_relu", Framework::PyTorch, "alpha=-0.5", {0, kInf, true, 0, M::None, {}});
    add("leaky_relu", Framework::PyTorch, "alpha=0", {0, kInf, true, 0, M::NonDecreasing, {{-kInf, 0}}});
    add("thresholded_relu", Framework::TfKeras, "", {0, kInf, false, 0, M::NonDecreasing, {{-kInf, 1}}});
    add("threshold", Framework::PyTorch, "threshold=1;value=-2", {-2, kInf, false, 0, M::NonDecreasing, {{-kInf, 1}}});
    add("threshold", Framework::PyTorch, "threshold=1;value=5", {1, kInf, false, 0, M::None, {{-kInf, 1}}});
    add("hardtanh", Framework::PyTorch, "", {-1, 1, true, 0, M::NonDecreasing, {{-kInf, -1}, {1, kInf}}});
    add("hardtanh", Framework::PyTorch, "min_val=1;max_val=-1", {-1, -1, true, 1, M::Constant, {{-kInf, kInf}}});
    add("elu", Framework::PyTorch, "", {-1, kInf, true, 1, M::NonDecreasing, {}, false, 1e-12});
    add("celu", Framework::PyTorch, "alpha=2", {-2, kInf, true, 1, M::NonDecreasing, {}, false, 1e-12});
    // §14: softplus(20) = 20.000000002061153 > softplus(20.000000000000004): a tiny step down.
    add("softplus", Framework::PyTorch, "", {0, kInf, false, 0, M::None, {}, false, 1e-12});
    add("hard_sigmoid", Framework::PyTorch, "", {0, 1, true, 0, M::NonDecreasing, {{-kInf, -3}, {3, kInf}}});
    add("hard_sigmoid", Framework::TfKeras, "", {0, 1, true, 0, M::NonDecreasing, {{-kInf, -2.5}, {2.5, kInf}}});
    add("hard_swish", Framework::PyTorch, "", {-0.375, kInf, true, 0, M::None, {{-kInf, -3}}});
    add("hard_swish", Framework::Keras, "", {-0.375, kInf, true, 0, M::None, {{-kInf, -3}}});
}

void TestAnalysis::shouldDeriveProperties()
{
    QFETCH(QByteArray, function);
    QFETCH(int, framework);
    QFETCH(QByteArray, params);
    QFETCH(PropCase, expected);
    const Core::Activation a = make(function, Framework(framework), params);
    const Core::Properties p = Core::properties(a);
    auto bound = [&](double got, double want) {
        if (std::isinf(want) || expected.boundTolerance == 0)
            return got == want;
        return std::abs(got - want) <= expected.boundTolerance;
    };
    QVERIFY2(bound(p.infimum, expected.infimum), fmt(p.infimum).c_str());
    QVERIFY2(bound(p.supremum, expected.supremum), fmt(p.supremum).c_str());
    QCOMPARE(p.boundedBelow(), !std::isinf(expected.infimum));
    QCOMPARE(p.boundedAbove(), !std::isinf(expected.supremum));
    QCOMPARE(p.continuous, expected.continuous);
    if (expected.differentiable >= 0)
        QCOMPARE(p.differentiable, expected.differentiable == 1);
    QCOMPARE(Core::monotonicityName(p.monotonicity), Core::monotonicityName(expected.monotonicity));
    if (expected.checkZeroGradient) {
        // An isolated point with d/dx = 0 (ReLU(0.5, max_value=10) at 0) may or may not be listed.
        const std::vector<Core::Interval> got = nonDegenerate(p.zeroGradient);
        std::string text;
        for (const auto& i : p.zeroGradient)
            text += "[" + fmt(i.lo) + ", " + fmt(i.hi) + "] ";
        QVERIFY2(got == expected.zeroGradient, text.c_str());
    } else {
        for (const auto& i : p.zeroGradient)
            QVERIFY2(i.hi < -15 || i.lo > 15, ("[" + fmt(i.lo) + ", " + fmt(i.hi) + "]").c_str());
    }
}

void TestAnalysis::shouldKeepPropertiesConsistentWithSamples_data()
{
    QTest::addColumn<QByteArray>("function");
    QTest::addColumn<int>("framework");
    QTest::addColumn<QByteArray>("params");
    for (const Core::FunctionSpec& f : Core::catalogue()) {
        for (Framework fw : f.availableFrameworks()) {
            const char* p = f.name == "threshold" ? "threshold=1;value=-2" : "";
            QTest::addRow("%s %s", fwName(fw), std::string(f.name).c_str())
                << QByteArray(f.name.data(), qsizetype(f.name.size())) << int(fw) << QByteArray(p);
        }
    }
    QTest::addRow("keras relu(4, 0.1, 0.5)")
        << QByteArray("relu") << int(Framework::Keras) << QByteArray("max_value=4;negative_slope=0.1;threshold=0.5");
    QTest::addRow("pytorch softplus(2, 10)")
        << QByteArray("softplus") << int(Framework::PyTorch) << QByteArray("beta=2;threshold=10");
}

void TestAnalysis::shouldKeepPropertiesConsistentWithSamples()
{
    QFETCH(QByteArray, function);
    QFETCH(int, framework);
    QFETCH(QByteArray, params);
    const Core::Activation a = make(function, Framework(framework), params);
    const Core::Properties p = Core::properties(a);
    const std::vector<Core::Breakpoint> bps = Core::breakpoints(a);
    const bool anyJump = std::any_of(bps.begin(), bps.end(), [](const auto& b) { return b.valueJumps(); });
    const bool anyKink = std::any_of(bps.begin(), bps.end(), [](const auto& b) { return b.slopeJumps(); });
    QCOMPARE(p.continuous, !anyJump);
    if (anyJump || anyKink)
        QVERIFY(!p.differentiable);
    QVERIFY(p.infimum <= p.supremum);
    double lo = -10, hi = 10;
    for (const auto& b : bps) {
        lo = std::min(lo, b.x - 5);
        hi = std::max(hi, b.x + 5);
    }
    const Core::Series s = Core::sample(a, Core::Domain{lo, hi, 4001}, Core::DType::Float64, {.breakpoints = true});
    for (std::size_t i = 0; i < s.x.size(); ++i) {
        const auto at = [&] { return "x=" + fmt(s.x[i]) + " y=" + fmt(s.y[i]) + " dy=" + fmt(s.dy[i]); };
        const double slack = 1e-12 * (1 + std::abs(s.y[i]));
        AEX_VERIFY2(
            s.y[i] >= p.infimum - slack && s.y[i] <= p.supremum + slack, ("within the bounds: " + at()).c_str());
        if (i > 0) {
            const double step = s.y[i] - s.y[i - 1];
            const double noise = 4e-16 * (std::abs(s.y[i]) + std::abs(s.y[i - 1]));
            if (p.monotonicity == Core::Monotonicity::NonDecreasing)
                AEX_VERIFY2(step >= -noise, ("non-decreasing: " + at()).c_str());
            if (p.monotonicity == Core::Monotonicity::NonIncreasing)
                AEX_VERIFY2(step <= noise, ("non-increasing: " + at()).c_str());
            if (p.monotonicity == Core::Monotonicity::Constant)
                AEX_VERIFY2(step == 0, ("constant: " + at()).c_str());
        }
        const bool inside = std::any_of(p.zeroGradient.begin(), p.zeroGradient.end(),
            [&](const Core::Interval& z) { return s.x[i] > z.lo && s.x[i] < z.hi; });
        const bool inClosure = std::any_of(p.zeroGradient.begin(), p.zeroGradient.end(),
            [&](const Core::Interval& z) { return s.x[i] >= z.lo && s.x[i] <= z.hi; });
        const bool atBreakpoint = std::any_of(bps.begin(), bps.end(), [&](const auto& b) { return b.x == s.x[i]; });
        if (inside)
            AEX_VERIFY2(s.dy[i] == 0, ("zero gradient inside the interval: " + at()).c_str());
        // A run of zero derivatives (not an isolated root such as hard_swish's at -1.5) must be listed.
        const bool run = s.dy[i] == 0 && ((i > 0 && s.dy[i - 1] == 0) || (i + 1 < s.x.size() && s.dy[i + 1] == 0));
        if (!inside && run && !atBreakpoint)
            AEX_VERIFY2(inClosure, ("d/dx is 0 outside every zero-gradient interval: " + at()).c_str());
    }
    // A monotonic curve is recognised: the sample decides for the smooth cases.
    if (p.monotonicity == Core::Monotonicity::None) {
        bool up = false, down = false;
        for (std::size_t i = 1; i < s.x.size(); ++i) {
            up = up || s.y[i] > s.y[i - 1];
            down = down || s.y[i] < s.y[i - 1];
        }
        QVERIFY2(up && down, "reported not monotonic, but the sample is");
    }
}

void TestAnalysis::shouldNameMonotonicity()
{
    QCOMPARE(Core::monotonicityName(Core::Monotonicity::NonDecreasing), std::string_view("non-decreasing"));
    QCOMPARE(Core::monotonicityName(Core::Monotonicity::NonIncreasing), std::string_view("non-increasing"));
    QCOMPARE(Core::monotonicityName(Core::Monotonicity::Constant), std::string_view("constant"));
    QVERIFY(!Core::monotonicityName(Core::Monotonicity::None).empty());
}

QTEST_APPLESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"
