// SPDX-License-Identifier: MIT
// Core::compare: the verdicts of pairs whose answers SEMANTICS.md gives, and a property test that
// an "identical" verdict on piecewise-linear pairs holds at points compare never looked at.

#include "aex/core/analysis.h"
#include "aex/core/compare.h"
#include "aex/core/frameworktable.h"

#include <QTest>

#include <bit>
#include <cmath>
#include <limits>
#include <random>

namespace {

using Core::Framework;
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

Core::Activation make(const char* function, Framework fw, std::initializer_list<std::pair<std::size_t, double>> p = {})
{
    Core::Activation a = Core::Activation::withDefaults(function, fw);
    for (const auto& [index, value] : p)
        a.setParam(index, value);
    return a;
}

QStringList lines(const Core::Comparison& c)
{
    QStringList out;
    for (const Core::PartVerdict& part : c.parts)
        out << QString::fromStdString(Core::verdictLine(part, c));
    return out;
}

bool same(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || (a == b && std::signbit(a) == std::signbit(b));
}

} // namespace

class TestCompare : public QObject {
    Q_OBJECT
private slots:
    // §1.3 path (E) and §3: Keras ReLU(negative_slope=a) computes x - a * relu(-x), LeakyReLU
    // x > 0 ? x : a * x; both take d/dx(0) = a. The same function, proved for every float.
    void reluWithSlopeIsLeakyRelu()
    {
        for (const Framework fw : {Framework::Keras, Framework::TfKeras}) {
            const auto c = Core::compare(make("relu", fw, {{1, 0.5}}), make("leaky_relu", fw, {{0, 0.5}}), -5, 5);
            QVERIFY(c.identical());
            for (const Core::PartVerdict& part : c.parts)
                QVERIFY2(part.proved, part.name.c_str());
            QCOMPARE(lines(c)[0], QStringLiteral("values: identical for every float64 in [-5, 5] (proved from the pieces)"));
        }
    }

    // §2: Keras ReLU(max_value=6) and relu6 clamp the same way, with dy(0) = dy(6) = 0.
    void reluMaxValue6IsRelu6()
    {
        const auto c = Core::compare(make("relu", Framework::Keras, {{0, 6}}), make("relu6", Framework::Keras), -10, 10);
        QVERIFY(c.identical());
    }

    // §4 vs §3: Keras PReLU takes dy(0) = 0 through relu's gradient, PyTorch PReLU takes alpha. At
    // alpha = 1 the values agree at every float and only the kink's gradient differs.
    void preluGradientAtTheKinkOnly()
    {
        const auto c
            = Core::compare(make("prelu", Framework::Keras, {{0, 1}}), make("prelu", Framework::PyTorch, {{0, 1}}), -5, 5);
        QVERIFY(!c.identical());
        QVERIFY(c.parts[0].identical());
        QCOMPARE(lines(c)[1], QStringLiteral("d/dx differs only at x = 0: 0 vs 1"));
        QCOMPARE(c.parts[1].differences.size(), std::size_t(1));
        QVERIFY(c.parts[1].differences[0].isPoint());
    }

    // §19: torch relu(-0) is -0; Threshold(0, 0) returns value = +0 for x <= 0. Only the sign of
    // zero at the input -0 tells them apart.
    void signedZeroOnly()
    {
        const auto c = Core::compare(make("relu", Framework::PyTorch), make("threshold", Framework::PyTorch, {{0, 0}, {1, 0}}), -5, 5);
        QVERIFY(c.parts[0].identical() && c.parts[1].identical() && c.parts[2].identical());
        QCOMPARE(lines(c)[3], QStringLiteral("special inputs differ at x = -0: value -0 vs 0"));
        QCOMPARE(c.parts[3].differences[0].kind, Core::Difference::Kind::SignOfZero);
    }

    // §5 and §19: tf.keras ThresholdedReLU gives -0 for negative x, Keras >= 3.15 ReLU(threshold)
    // +0: they differ on the negative inputs by the sign of zero alone.
    void signedZeroOnAnInterval()
    {
        const auto c = Core::compare(make("thresholded_relu", Framework::TfKeras), make("relu", Framework::Keras, {{2, 1}}), -5, 5);
        QCOMPARE(lines(c)[0], QStringLiteral("values differ on [-5, 0) by the sign of zero only"));
        QVERIFY(c.parts[1].identical());
    }

    // ReLU(max_value=2) against ReLU(max_value=5): from 2 on, by up to 3 at the domain's end.
    void differOnAnInterval()
    {
        const auto c = Core::compare(make("relu", Framework::Keras, {{0, 2}}), make("relu", Framework::Keras, {{0, 5}}), -10, 5);
        QCOMPARE(lines(c)[0], QStringLiteral("values differ on (2, 5]: up to 3"));
        const Core::Difference& d = c.parts[0].differences.at(0);
        QVERIFY(d.loOpen && !d.hiOpen);
        QCOMPARE(d.gap, 3.0);
    }

    // §2 and §19: relu6'(NaN) is 0 in TF and 1 in PyTorch's scalar kernel; nothing else differs.
    void differOnlyAtNaN()
    {
        const auto c = Core::compare(make("relu6", Framework::Keras), make("relu6", Framework::PyTorch), -10, 10);
        QVERIFY(c.parts[0].identical() && c.parts[1].identical());
        QCOMPARE(lines(c)[3], QStringLiteral("special inputs differ at x = nan: d/dx 0 vs 1"));
    }

    // §3: the defaults differ (0.3 against 0.01), so the negative side differs, and the trainable
    // part says so when one side has nothing to learn.
    void defaultsAndTrainable()
    {
        const auto leaky = Core::compare(make("leaky_relu", Framework::Keras), make("leaky_relu", Framework::PyTorch), -5, 5);
        QVERIFY(lines(leaky)[0].startsWith(QStringLiteral("values differ on [-5, ")));
        QCOMPARE(leaky.parts[0].differences[0].gap, 1.45);
        const auto prelu = Core::compare(make("prelu", Framework::PyTorch), make("leaky_relu", Framework::PyTorch, {{0, 0.25}}), -5, 5);
        QVERIFY(prelu.parts[0].identical() && prelu.parts[1].identical());
        QCOMPARE(lines(prelu)[2], QStringLiteral("d/d(alpha) differs on [-5, 0): up to 5 (the second curve learns no "
                                                 "such parameter: its gradient counts as 0)"));
    }

    // Curved pieces are checked, never claimed proved.
    void curvedPiecesAreCheckedNotProved()
    {
        const auto gelu = Core::compare(make("gelu", Framework::PyTorch), make("gelu", Framework::PyTorch, {{0, 1}}), -5, 5);
        QVERIFY(!gelu.parts[0].identical());
        QVERIFY(gelu.parts[0].differences[0].gap > 1e-4 && gelu.parts[0].differences[0].gap < 1e-3);
        const auto silu = Core::compare(make("silu", Framework::Keras), make("silu", Framework::Keras), -5, 5);
        QVERIFY(silu.identical());
        QCOMPARE(silu.parts[0].proof, std::string("the same kernel with the same parameters"));
        const auto mixed = Core::compare(make("elu", Framework::Keras), make("elu", Framework::PyTorch), -5, 5);
        QVERIFY(mixed.parts[0].identical());
        QVERIFY(!mixed.parts[0].proved);
        QVERIFY(lines(mixed)[0].contains(QStringLiteral("points checked")));
    }

    // A jump below breakpoints()' tolerance is still a cut: thresholds 0.2 and 0.2000001 with a
    // slope of 1e-300 part the two gradients exactly there.
    void tinyJumpsAreStillCuts()
    {
        const auto c = Core::compare(make("relu", Framework::Keras, {{0, 0}, {1, 1e-300}, {2, 0.2}}),
            make("relu", Framework::Keras, {{0, 0}, {1, 1e-300}, {2, 0.2000001}}), -5, 5);
        QCOMPARE(lines(c)[1], QStringLiteral("d/dx differs on [0.2, 0.2000001): up to 1e-300"));
    }

    // x + c is not proved: two offsets that round alike on most binades differ on one.
    void offsetPiecesAreCheckedNotProved()
    {
        const auto c = Core::compare(make("relu", Framework::Keras, {{1, 1}, {2, 3.075199634201243e-143}}),
            make("relu", Framework::Keras, {{1, 1}, {2, 5.125332723668738e-143}}), -1e308, -2.7698935853357207e-127);
        QVERIFY(!c.parts[0].proved);
    }

    void float32AndBadDomain()
    {
        const auto c = Core::compare(make("relu", Framework::Keras, {{1, 0.1}}), make("leaky_relu", Framework::Keras, {{0, 0.1}}), -2, 3, Core::DType::Float32);
        QVERIFY(c.identical());
        QVERIFY(lines(c)[0].contains(QStringLiteral("every float32 in [-2, 3]")));
        QVERIFY_THROWS_EXCEPTION(Core::InputError, Core::compare(make("relu", Framework::Keras), make("relu", Framework::Keras), 1, 1));
        QVERIFY_THROWS_EXCEPTION(Core::InputError, Core::compare(make("relu", Framework::Keras), make("relu", Framework::Keras), 0, kInf));
    }

    // The property: over random piecewise-linear pairs with parameters from small sets (so that
    // many pairs are the same function), every "identical" part holds at points compare never
    // used (another random stream, the breakpoints and their float neighbours, +-0, the domain
    // ends), and every reported point difference is a real one.
    void identicalVerdictsHoldEverywhere()
    {
        struct Kind {
            const char* function;
            Framework fw;
            std::vector<std::vector<double>> choices; // per parameter; empty: leave the default
        };
        const std::vector<double> slopes{0, 0.25, 0.5, 1, 0.3, 0.01};
        const std::vector<Kind> kinds{
            {"relu", Framework::Keras, {{kNaN, 1, 2, 6}, slopes, {0, 0, 1}}},
            {"relu", Framework::TfKeras, {{kNaN, 6}, slopes, {0, 1}}},
            {"relu", Framework::PyTorch, {}},
            {"leaky_relu", Framework::Keras, {slopes}},
            {"leaky_relu", Framework::TfKeras, {slopes}},
            {"leaky_relu", Framework::PyTorch, {slopes}},
            {"prelu", Framework::Keras, {slopes}},
            {"prelu", Framework::PyTorch, {slopes}},
            {"relu6", Framework::Keras, {}},
            {"relu6", Framework::PyTorch, {}},
            {"thresholded_relu", Framework::TfKeras, {{0, 1}}},
            {"threshold", Framework::PyTorch, {{0, 1}, {0, 1}}},
            {"hardtanh", Framework::PyTorch, {{-1, 0}, {1, 6}}},
            {"rrelu", Framework::PyTorch, {{0.25, 0.5}, {0.5}}},
            {"linear", Framework::Keras, {}},
            {"softshrink", Framework::Keras, {{0, 0.5}}},
            {"softshrink", Framework::PyTorch, {{0, 0.5}}},
            {"hard_sigmoid", Framework::Keras, {}},
            {"hard_sigmoid", Framework::TfKeras, {}},
        };
        std::mt19937_64 rng(20261130);
        const auto pick = [&](const Kind& k) {
            Core::Activation a = Core::Activation::withDefaults(k.function, k.fw);
            for (std::size_t p = 0; p < k.choices.size(); ++p) {
                const double v = k.choices[p][rng() % k.choices[p].size()];
                if (std::isnan(v))
                    a.setParamNone(p);
                else
                    a.setParam(p, v);
            }
            return a;
        };
        int identicalParts = 0, provedParts = 0;
        for (int trial = 0; trial < 400; ++trial) {
            // Half the pairs share the kind, so that the parameters often coincide.
            const std::size_t kindA = rng() % kinds.size();
            const Core::Activation a = pick(kinds[kindA]);
            const Core::Activation b = pick(kinds[trial % 2 ? kindA : rng() % kinds.size()]);
            const Core::DType dtype = trial % 4 == 3 ? Core::DType::Float32 : Core::DType::Float64;
            const double lo = -8.0 + double(rng() % 8), hi = 1.0 + double(rng() % 8);
            const Core::Comparison c = Core::compare(a, b, lo, hi, dtype);

            std::vector<double> xs{lo, hi, 0.0, -0.0};
            for (const auto& bps : {Core::breakpoints(a, dtype), Core::breakpoints(b, dtype)})
                for (const Core::Breakpoint& bp : bps) {
                    double down = bp.x, up = bp.x;
                    for (int i = 0; i < 6; ++i) {
                        down = dtype == Core::DType::Float32 ? std::nextafter(float(down), -INFINITY) : std::nextafter(down, -kInf);
                        up = dtype == Core::DType::Float32 ? std::nextafter(float(up), INFINITY) : std::nextafter(up, kInf);
                        xs.insert(xs.end(), {down, bp.x, up});
                    }
                }
            std::uniform_real_distribution<double> uniform(lo, hi);
            for (int i = 0; i < 3000; ++i)
                xs.push_back(uniform(rng));
            for (int i = 0; i < 1000; ++i) // tiny magnitudes, where products underflow
                xs.push_back(std::ldexp(uniform(rng), -int(rng() % 1070)));
            std::erase_if(xs, [&](double x) { return !(x >= lo && x <= hi); });
            for (double& x : xs)
                if (dtype == Core::DType::Float32)
                    x = float(x);

            for (const double x : xs) {
                const Core::PointValue pa = Core::evaluateAt(a, x, dtype), pb = Core::evaluateAt(b, x, dtype);
                // The input -0 belongs to the special inputs' part.
                if (x == 0 && std::signbit(x)) {
                    QVERIFY(!c.parts[3].identical() || (same(pa.y, pb.y) && same(pa.dy, pb.dy)));
                    continue;
                }
                if (c.parts[0].identical() && !same(pa.y, pb.y))
                    QFAIL(qPrintable(QStringLiteral("values called identical, differ at %1").arg(x, 0, 'g', 17)));
                if (c.parts[1].identical() && !same(pa.dy, pb.dy))
                    QFAIL(qPrintable(QStringLiteral("d/dx called identical, differs at %1").arg(x, 0, 'g', 17)));
            }
            for (const Core::PartVerdict& part : {c.parts[0], c.parts[1]}) {
                identicalParts += part.identical();
                provedParts += part.identical() && part.proved;
                for (const Core::Difference& d : part.differences)
                    if (d.isPoint()) {
                        const Core::PointValue pa = Core::evaluateAt(a, d.lo, dtype), pb = Core::evaluateAt(b, d.lo, dtype);
                        const double va = part.part == Core::ComparePart::Values ? pa.y : pa.dy;
                        const double vb = part.part == Core::ComparePart::Values ? pb.y : pb.dy;
                        QVERIFY(!same(va, vb));
                        QVERIFY(same(va, d.first) && same(vb, d.second));
                    }
            }
        }
        // The random sets make both outcomes common; a generator that only ever says "differ"
        // would pass the loop above vacuously.
        qInfo("%d identical parts, %d of them proved", identicalParts, provedParts);
        QVERIFY2(identicalParts > 100, qPrintable(QString::number(identicalParts)));
        QVERIFY2(provedParts > 50, qPrintable(QString::number(provedParts)));
    }

    // Every cell comes from the kernels: the frameworks' LeakyReLU defaults and keywords differ,
    // and relu's gradient at NaN is 0 in TF and 1 in PyTorch (§19).
    void frameworkTable()
    {
        const Core::FrameworkTable leaky = Core::frameworkTable(*Core::findFunction("leaky_relu"));
        QCOMPARE(leaky.frameworks.size(), std::size_t(3));
        const auto row = [](const Core::FrameworkTable& t, const std::string& aspect) {
            for (const Core::FrameworkRow& r : t.rows)
                if (r.aspect == aspect)
                    return r;
            return Core::FrameworkRow{};
        };
        const Core::FrameworkRow defaults = row(leaky, "default of alpha");
        QVERIFY(defaults.differs);
        QCOMPARE(defaults.cells, (std::vector<std::string>{"0.3", "0.3", "0.01"}));
        QCOMPARE(row(leaky, "keyword for alpha").cells[2], std::string("negative_slope"));
        QCOMPARE(row(leaky, "f'(0)").cells, (std::vector<std::string>{"0.3", "0.3", "0.01"}));
        QVERIFY(row(leaky, "validation").cells[0].find("cannot be None or negative value") != std::string::npos);

        const Core::FrameworkTable relu = Core::frameworkTable(*Core::findFunction("relu"));
        const Core::FrameworkRow nan = row(relu, "f'(NaN)");
        QCOMPARE(nan.cells, (std::vector<std::string>{"0", "0", "1"}));
        QVERIFY(nan.differs);
        QVERIFY(!row(relu, "f(1)").differs || row(relu, "f(1)").aspect.empty());
        const std::string text = Core::frameworkTableText(relu, Core::DType::Float64);
        QVERIFY(text.find("* f'(NaN): keras 0 | tf_keras 0 | pytorch 1\n") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestCompare)
#include "tst_compare.moc"
