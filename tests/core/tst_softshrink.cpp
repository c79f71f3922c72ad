// SPDX-License-Identifier: MIT
// Softshrink, the function added to show that a new function needs its catalogue entry, its kernel
// and its tests, and nothing else (issue #10 §4). The golden values were observed by running
// PyTorch 1.13.1 (Debian's python3-torch) and, for Keras, a torch port of Keras 3's TF-backend
// soft_shrink op for op (torch.where has TF's select gradient): docs/semantics-additions.md.

#include "aex/core/analysis.h"
#include "aex/core/codegen.h"
#include "aex/core/describe.h"

#include <QTest>

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <numeric>
#include <span>
#include <string>
#include <vector>

namespace {

using Core::Framework;
using namespace Qt::StringLiterals;

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct Observed {
    const char* framework;
    double lambd;
    bool float32;
    double x;
    std::uint64_t y; // the bits of y as a double (float32 results widened), so -0 and +0 differ
    double dy;
};

// Single-element tensors: PyTorch's scalar kernel. Keras: the port at lambd (its threshold).
// clang-format off
const Observed kObserved[] = {
    {"pytorch", 0.5, false, -kInf, 0xfff0000000000000, 1.0},
    {"pytorch", 0.5, false, -1e+300, 0xfe37e43c8800759c, 1.0},
    {"pytorch", 0.5, false, -2.0, 0xbff8000000000000, 1.0},
    {"pytorch", 0.5, false, -1.0, 0xbfe0000000000000, 1.0},
    {"pytorch", 0.5, false, -0.5000000000000001, 0xbca0000000000000, 1.0},
    {"pytorch", 0.5, false, -0.5, 0x0000000000000000, 0.0},
    {"pytorch", 0.5, false, -0.49999999999999994, 0x0000000000000000, 0.0},
    {"pytorch", 0.5, false, -0.25, 0x0000000000000000, 0.0},
    {"pytorch", 0.5, false, -0.0, 0x0000000000000000, 0.0},
    {"pytorch", 0.5, false, 0.0, 0x0000000000000000, 0.0},
    {"pytorch", 0.5, false, 0.25, 0x0000000000000000, 0.0},
    {"pytorch", 0.5, false, 0.49999999999999994, 0x0000000000000000, 0.0},
    {"pytorch", 0.5, false, 0.5, 0x0000000000000000, 0.0},
    {"pytorch", 0.5, false, 0.5000000000000001, 0x3ca0000000000000, 1.0},
    {"pytorch", 0.5, false, 0.7, 0x3fc9999999999998, 1.0},
    {"pytorch", 0.5, false, 1.0, 0x3fe0000000000000, 1.0},
    {"pytorch", 0.5, false, 2.0, 0x3ff8000000000000, 1.0},
    {"pytorch", 0.5, false, 1e+300, 0x7e37e43c8800759c, 1.0},
    {"pytorch", 0.5, false, kInf, 0x7ff0000000000000, 1.0},
    {"pytorch", 0.5, false, kNaN, 0x0000000000000000, 1.0},
    {"pytorch", 0.5, true, -kInf, 0xfff0000000000000, 1.0},
    {"pytorch", 0.5, true, -1e+300, 0xfff0000000000000, 1.0},
    {"pytorch", 0.5, true, -2.0, 0xbff8000000000000, 1.0},
    {"pytorch", 0.5, true, -1.0, 0xbfe0000000000000, 1.0},
    {"pytorch", 0.5, true, -0.5000000000000001, 0x0000000000000000, 0.0},
    {"pytorch", 0.5, true, -0.5, 0x0000000000000000, 0.0},
    {"pytorch", 0.5, true, -0.49999999999999994, 0x0000000000000000, 0.0},
    {"pytorch", 0.5, true, -0.25, 0x0000000000000000, 0.0},
    {"pytorch", 0.5, true, -0.0, 0x0000000000000000, 0.0},
    {"pytorch", 0.5, true, 0.0, 0x0000000000000000, 0.0},
    {"pytorch", 0.5, true, 0.25, 0x0000000000000000, 0.0},
    {"pytorch", 0.5, true, 0.49999999999999994, 0x0000000000000000, 0.0},
    {"pytorch", 0.5, true, 0.5, 0x0000000000000000, 0.0},
    {"pytorch", 0.5, true, 0.5000000000000001, 0x0000000000000000, 0.0},
    {"pytorch", 0.5, true, 0.7, 0x3fc9999980000000, 1.0},
    {"pytorch", 0.5, true, 1.0, 0x3fe0000000000000, 1.0},
    {"pytorch", 0.5, true, 2.0, 0x3ff8000000000000, 1.0},
    {"pytorch", 0.5, true, 1e+300, 0x7ff0000000000000, 1.0},
    {"pytorch", 0.5, true, kInf, 0x7ff0000000000000, 1.0},
    {"pytorch", 0.5, true, kNaN, 0x0000000000000000, 1.0},
    {"pytorch", 2.0, false, -2.0, 0x0000000000000000, 0.0},
    {"pytorch", 2.0, false, -1.0, 0x0000000000000000, 0.0},
    {"pytorch", 2.0, false, 1.0, 0x0000000000000000, 0.0},
    {"pytorch", 2.0, false, 2.0, 0x0000000000000000, 0.0},
    {"pytorch", 2.0, false, 1e+300, 0x7e37e43c8800759c, 1.0},
    {"pytorch", 2.0, false, kNaN, 0x0000000000000000, 1.0},
    {"pytorch", 2.0, true, -2.0, 0x0000000000000000, 0.0},
    {"pytorch", 2.0, true, -1.0, 0x0000000000000000, 0.0},
    {"pytorch", 2.0, true, 1.0, 0x0000000000000000, 0.0},
    {"pytorch", 2.0, true, 2.0, 0x0000000000000000, 0.0},
    {"pytorch", 2.0, true, 1e+300, 0x7ff0000000000000, 1.0},
    {"pytorch", 2.0, true, kNaN, 0x0000000000000000, 1.0},
    {"pytorch", 0.0, false, -0.0, 0x0000000000000000, 0.0},
    {"pytorch", 0.0, false, 0.0, 0x0000000000000000, 0.0},
    {"pytorch", 0.0, false, -0.25, 0xbfd0000000000000, 1.0},
    {"pytorch", 0.0, false, 0.25, 0x3fd0000000000000, 1.0},
    {"pytorch", 0.0, false, kNaN, 0x0000000000000000, 1.0},
    {"pytorch", 0.0, true, -0.0, 0x0000000000000000, 0.0},
    {"pytorch", 0.0, true, 0.0, 0x0000000000000000, 0.0},
    {"pytorch", 0.0, true, -0.25, 0xbfd0000000000000, 1.0},
    {"pytorch", 0.0, true, 0.25, 0x3fd0000000000000, 1.0},
    {"pytorch", 0.0, true, kNaN, 0x0000000000000000, 1.0},
    {"pytorch", 0.1, false, -0.25, 0xbfc3333333333333, 1.0},
    {"pytorch", 0.1, false, 0.25, 0x3fc3333333333333, 1.0},
    {"pytorch", 0.1, false, 0.7, 0x3fe3333333333333, 1.0},
    {"pytorch", 0.1, false, -0.7, 0xbfe3333333333333, 1.0},
    {"pytorch", 0.1, true, -0.25, 0xbfc3333340000000, 1.0},
    {"pytorch", 0.1, true, 0.25, 0x3fc3333340000000, 1.0},
    {"pytorch", 0.1, true, 0.7, 0x3fe3333320000000, 1.0},
    {"pytorch", 0.1, true, -0.7, 0xbfe3333320000000, 1.0},
    {"keras", 0.5, false, -kInf, 0xfff0000000000000, 1.0},
    {"keras", 0.5, false, -1e+300, 0xfe37e43c8800759c, 1.0},
    {"keras", 0.5, false, -2.0, 0xbff8000000000000, 1.0},
    {"keras", 0.5, false, -1.0, 0xbfe0000000000000, 1.0},
    {"keras", 0.5, false, -0.5000000000000001, 0xbca0000000000000, 1.0},
    {"keras", 0.5, false, -0.5, 0x0000000000000000, 0.0},
    {"keras", 0.5, false, -0.49999999999999994, 0x0000000000000000, 0.0},
    {"keras", 0.5, false, -0.25, 0x0000000000000000, 0.0},
    {"keras", 0.5, false, -0.0, 0x0000000000000000, 0.0},
    {"keras", 0.5, false, 0.0, 0x0000000000000000, 0.0},
    {"keras", 0.5, false, 0.25, 0x0000000000000000, 0.0},
    {"keras", 0.5, false, 0.49999999999999994, 0x0000000000000000, 0.0},
    {"keras", 0.5, false, 0.5, 0x0000000000000000, 0.0},
    {"keras", 0.5, false, 0.5000000000000001, 0x3ca0000000000000, 1.0},
    {"keras", 0.5, false, 0.7, 0x3fc9999999999998, 1.0},
    {"keras", 0.5, false, 1.0, 0x3fe0000000000000, 1.0},
    {"keras", 0.5, false, 2.0, 0x3ff8000000000000, 1.0},
    {"keras", 0.5, false, 1e+300, 0x7e37e43c8800759c, 1.0},
    {"keras", 0.5, false, kInf, 0x7ff0000000000000, 1.0},
    {"keras", 0.5, false, kNaN, 0x0000000000000000, 0.0},
    {"keras", 0.5, true, -kInf, 0xfff0000000000000, 1.0},
    {"keras", 0.5, true, -1e+300, 0xfff0000000000000, 1.0},
    {"keras", 0.5, true, -2.0, 0xbff8000000000000, 1.0},
    {"keras", 0.5, true, -1.0, 0xbfe0000000000000, 1.0},
    {"keras", 0.5, true, -0.5000000000000001, 0x0000000000000000, 0.0},
    {"keras", 0.5, true, -0.5, 0x0000000000000000, 0.0},
    {"keras", 0.5, true, -0.49999999999999994, 0x0000000000000000, 0.0},
    {"keras", 0.5, true, -0.25, 0x0000000000000000, 0.0},
    {"keras", 0.5, true, -0.0, 0x0000000000000000, 0.0},
    {"keras", 0.5, true, 0.0, 0x0000000000000000, 0.0},
    {"keras", 0.5, true, 0.25, 0x0000000000000000, 0.0},
    {"keras", 0.5, true, 0.49999999999999994, 0x0000000000000000, 0.0},
    {"keras", 0.5, true, 0.5, 0x0000000000000000, 0.0},
    {"keras", 0.5, true, 0.5000000000000001, 0x0000000000000000, 0.0},
    {"keras", 0.5, true, 0.7, 0x3fc9999980000000, 1.0},
    {"keras", 0.5, true, 1.0, 0x3fe0000000000000, 1.0},
    {"keras", 0.5, true, 2.0, 0x3ff8000000000000, 1.0},
    {"keras", 0.5, true, 1e+300, 0x7ff0000000000000, 1.0},
    {"keras", 0.5, true, kInf, 0x7ff0000000000000, 1.0},
    {"keras", 0.5, true, kNaN, 0x0000000000000000, 0.0},
    {"keras", 2.0, false, -2.0, 0x0000000000000000, 0.0},
    {"keras", 2.0, false, -1.0, 0x0000000000000000, 0.0},
    {"keras", 2.0, false, 1.0, 0x0000000000000000, 0.0},
    {"keras", 2.0, false, 2.0, 0x0000000000000000, 0.0},
    {"keras", 2.0, false, 1e+300, 0x7e37e43c8800759c, 1.0},
    {"keras", 2.0, false, kNaN, 0x0000000000000000, 0.0},
    {"keras", 2.0, true, -2.0, 0x0000000000000000, 0.0},
    {"keras", 2.0, true, -1.0, 0x0000000000000000, 0.0},
    {"keras", 2.0, true, 1.0, 0x0000000000000000, 0.0},
    {"keras", 2.0, true, 2.0, 0x0000000000000000, 0.0},
    {"keras", 2.0, true, 1e+300, 0x7ff0000000000000, 1.0},
    {"keras", 2.0, true, kNaN, 0x0000000000000000, 0.0},
    {"keras", 0.0, false, -0.0, 0x0000000000000000, 0.0},
    {"keras", 0.0, false, 0.0, 0x0000000000000000, 0.0},
    {"keras", 0.0, false, -0.25, 0xbfd0000000000000, 1.0},
    {"keras", 0.0, false, 0.25, 0x3fd0000000000000, 1.0},
    {"keras", 0.0, false, kNaN, 0x0000000000000000, 0.0},
    {"keras", 0.0, true, -0.0, 0x0000000000000000, 0.0},
    {"keras", 0.0, true, 0.0, 0x0000000000000000, 0.0},
    {"keras", 0.0, true, -0.25, 0xbfd0000000000000, 1.0},
    {"keras", 0.0, true, 0.25, 0x3fd0000000000000, 1.0},
    {"keras", 0.0, true, kNaN, 0x0000000000000000, 0.0},
    {"keras", 0.1, false, -0.25, 0xbfc3333333333333, 1.0},
    {"keras", 0.1, false, 0.25, 0x3fc3333333333333, 1.0},
    {"keras", 0.1, false, 0.7, 0x3fe3333333333333, 1.0},
    {"keras", 0.1, false, -0.7, 0xbfe3333333333333, 1.0},
    {"keras", 0.1, true, -0.25, 0xbfc3333340000000, 1.0},
    {"keras", 0.1, true, 0.25, 0x3fc3333340000000, 1.0},
    {"keras", 0.1, true, 0.7, 0x3fe3333320000000, 1.0},
    {"keras", 0.1, true, -0.7, 0xbfe3333320000000, 1.0},
    {"keras", -1.0, false, -2.0, 0xc008000000000000, 1.0},
    {"keras", -1.0, false, -1.0, 0xc000000000000000, 1.0},
    {"keras", -1.0, false, -0.5, 0x3fe0000000000000, 1.0},
    {"keras", -1.0, false, 0.0, 0x3ff0000000000000, 1.0},
    {"keras", -1.0, false, 1.0, 0x4000000000000000, 1.0},
    {"keras", -1.0, false, kNaN, 0x0000000000000000, 0.0},
    {"keras", -1.0, true, -2.0, 0xc008000000000000, 1.0},
    {"keras", -1.0, true, -1.0, 0xc000000000000000, 1.0},
    {"keras", -1.0, true, -0.5, 0x3fe0000000000000, 1.0},
    {"keras", -1.0, true, 0.0, 0x3ff0000000000000, 1.0},
    {"keras", -1.0, true, 1.0, 0x4000000000000000, 1.0},
    {"keras", -1.0, true, kNaN, 0x0000000000000000, 0.0},
};
// clang-format on

Framework frameworkOf(std::string_view name) { return name == "keras" ? Framework::Keras : Framework::PyTorch; }

Core::Activation softshrink(Framework fw, double lambd)
{
    auto a = Core::Activation::withDefaults("softshrink", fw);
    a.setParam(a.function().paramIndex("lambd", fw).value(), lambd);
    return a;
}

std::string fmt(double v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

// The functions as their sources define them, written another way round: by |x| and the sign.
template <class T> T referenceY(T x, T l)
{
    if (l < T(0)) // Keras only (PyTorch raises): x > l gives x - l, everything else x + l
        return std::isnan(x) ? T(0) : (x > l ? x - l : x + l);
    if (std::isnan(x) || std::fabs(x) <= l)
        return T(0);
    return x > T(0) ? x - l : -((-x) - l);
}
template <class T> T referenceDy(T x, T l, bool torch)
{
    if (std::isnan(x))
        return torch ? T(1) : T(0); // scalar shrink_backward vs TF's select gradient
    return (l >= T(0) && std::fabs(x) <= l) ? T(0) : T(1);
}

template <class T> QStringList sweep(Framework fw, double lambd)
{
    const auto a = softshrink(fw, lambd);
    const T l = static_cast<T>(lambd);
    std::vector<T> xs{-std::numeric_limits<T>::infinity(), T(-1e30), T(-3), T(-1), T(-0.5), T(-1e-30),
        -std::numeric_limits<T>::denorm_min(), T(-0.0), T(0.0), std::numeric_limits<T>::denorm_min(), T(1e-30), T(0.5),
        T(1), T(3), T(1e30), std::numeric_limits<T>::infinity(), std::numeric_limits<T>::quiet_NaN()};
    for (T c : {l, -l}) {
        for (T d : {std::nextafter(c, -std::numeric_limits<T>::infinity()), c,
                 std::nextafter(c, std::numeric_limits<T>::infinity())})
            xs.push_back(d);
    }
    std::vector<T> points = xs; // then each point 37 times: every lane of a vectorised loop
    for (T x : xs)
        points.insert(points.end(), 37, x);
    std::vector<T> y(points.size()), dy(points.size());
    Core::evaluate(a, std::span<const T>(points), std::span<T>(y), std::span<T>(dy));
    QStringList failures;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const T x = points[i];
        const T wantY = referenceY(x, l), wantDy = referenceDy(x, l, fw == Framework::PyTorch);
        if (std::bit_cast<std::uint64_t>(double(y[i])) != std::bit_cast<std::uint64_t>(double(wantY))
            || dy[i] != wantDy) {
            failures << QString::fromStdString("x=" + fmt(double(x)) + ": got " + fmt(double(y[i])) + "/"
                + fmt(double(dy[i])) + ", want " + fmt(double(wantY)) + "/" + fmt(double(wantDy)));
        }
    }
    failures.removeDuplicates();
    return failures;
}

QString text(const std::string& s) { return QString::fromStdString(s); }

} // namespace

class TestSoftshrink : public QObject {
    Q_OBJECT

private slots:
    void shouldMatchObservedValues_data();
    void shouldMatchObservedValues();
    void shouldMatchTheDefinitionBitForBit_data();
    void shouldMatchTheDefinitionBitForBit();
    void shouldUseEachFrameworksKeywordAndDefault();
    void shouldReportPyTorchsErrorText_data();
    void shouldReportPyTorchsErrorText();
    void shouldFindTheKinksAndTheBand();
    void shouldDescribeThePieces();
    void shouldWriteCode_data();
    void shouldWriteCode();
};

void TestSoftshrink::shouldMatchObservedValues_data()
{
    QTest::addColumn<int>("row");
    for (int i = 0; i < int(std::size(kObserved)); ++i) {
        const Observed& o = kObserved[i];
        QTest::addRow(
            "%s lambd=%s %s x=%s", o.framework, fmt(o.lambd).c_str(), o.float32 ? "f32" : "f64", fmt(o.x).c_str())
            << i;
    }
}

void TestSoftshrink::shouldMatchObservedValues()
{
    QFETCH(int, row);
    const Observed& o = kObserved[row];
    const auto a = softshrink(frameworkOf(o.framework), o.lambd);
    const Core::PointValue p = Core::evaluateAt(a, o.x, o.float32 ? Core::DType::Float32 : Core::DType::Float64);
    QCOMPARE(std::bit_cast<std::uint64_t>(p.y), o.y);
    QCOMPARE(p.dy, o.dy);
}

void TestSoftshrink::shouldMatchTheDefinitionBitForBit_data()
{
    QTest::addColumn<int>("framework");
    QTest::addColumn<double>("lambd");
    QTest::addColumn<bool>("float32");
    for (Framework fw : {Framework::Keras, Framework::PyTorch}) {
        for (double lambd : {0.5, 0.0, 0.1, 2.0, 1e-300, 1e30, kInf, -1.0, -0.25}) {
            for (bool f32 : {false, true})
                QTest::addRow("%s lambd=%s %s", std::string(Core::frameworkName(fw)).c_str(), fmt(lambd).c_str(),
                    f32 ? "f32" : "f64")
                    << int(fw) << lambd << f32;
        }
    }
}

void TestSoftshrink::shouldMatchTheDefinitionBitForBit()
{
    QFETCH(int, framework);
    QFETCH(double, lambd);
    QFETCH(bool, float32);
    const QStringList failures
        = float32 ? sweep<float>(Framework(framework), lambd) : sweep<double>(Framework(framework), lambd);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 10).join(u'\n')));
}

void TestSoftshrink::shouldUseEachFrameworksKeywordAndDefault()
{
    const Core::FunctionSpec* f = Core::findFunction("softshrink");
    QVERIFY(f);
    QCOMPARE(f->availableFrameworks(), (std::vector<Framework>{Framework::Keras, Framework::PyTorch}));
    const std::size_t lambd = f->paramIndex("lambd", Framework::PyTorch).value();
    QCOMPARE(f->in(Framework::PyTorch)->api, std::string_view("torch.nn.Softshrink"));
    QCOMPARE(f->in(Framework::PyTorch)->params[lambd].apiName, std::string_view("lambd"));
    QCOMPARE(f->in(Framework::Keras)->api, std::string_view("keras.activations.soft_shrink"));
    QCOMPARE(f->in(Framework::Keras)->params[lambd].apiName, std::string_view("threshold"));
    for (Framework fw : f->availableFrameworks()) { // nn.Softshrink(lambd=0.5), soft_shrink(x, threshold=0.5)
        const auto a = Core::Activation::withDefaults(*f, fw);
        QCOMPARE(a.params().value[lambd], 0.5);
        QVERIFY(a.layerErrors().empty());
    }
    auto keras = Core::Activation::withDefaults("softshrink", Framework::Keras);
    keras.setParam("threshold=1.5");
    QCOMPARE(keras.params().value[lambd], 1.5);
    auto torch = Core::Activation::withDefaults("softshrink", Framework::PyTorch);
    QVERIFY_THROWS_EXCEPTION(Core::InputError, torch.setParam("threshold=1.5"));
    QVERIFY_THROWS_EXCEPTION(Core::InputError, Core::Activation::withDefaults("softshrink", Framework::TfKeras));
}

// F.softshrink's TORCH_CHECK prints lambd with C++'s << (six significant digits), as observed.
void TestSoftshrink::shouldReportPyTorchsErrorText_data()
{
    QTest::addColumn<double>("lambd");
    QTest::addColumn<QString>("shown");
    QTest::newRow("-1") << -1.0 << QStringLiteral("-1");
    QTest::newRow("-0.5") << -0.5 << QStringLiteral("-0.5");
    QTest::newRow("-0.1234567") << -0.1234567 << QStringLiteral("-0.123457");
    QTest::newRow("-1e-05") << -1e-05 << QStringLiteral("-1e-05");
    QTest::newRow("-100000") << -100000.0 << QStringLiteral("-100000");
    QTest::newRow("-123456789") << -123456789.0 << QStringLiteral("-1.23457e+08");
    QTest::newRow("-1e+16") << -1e16 << QStringLiteral("-1e+16");
    QTest::newRow("-5e-324") << -5e-324 << QStringLiteral("-4.94066e-324");
    QTest::newRow("-inf") << -kInf << QStringLiteral("-inf");
}

void TestSoftshrink::shouldReportPyTorchsErrorText()
{
    QFETCH(double, lambd);
    QFETCH(QString, shown);
    const auto a = softshrink(Framework::PyTorch, lambd);
    const std::vector<Core::LayerError> problems = a.layerProblems();
    QCOMPARE(problems.size(), std::size_t(1));
    QCOMPARE(problems[0].param, a.function().paramIndex("lambd", Framework::PyTorch));
    QCOMPARE(text(problems[0].message), u"lambda must be greater or equal to 0, but found to be "_s + shown + u'.');
    // -0.0 >= 0 holds; Keras's soft_shrink checks nothing.
    QVERIFY(softshrink(Framework::PyTorch, -0.0).layerProblems().empty());
    QVERIFY(softshrink(Framework::Keras, lambd).layerProblems().empty());
}

void TestSoftshrink::shouldFindTheKinksAndTheBand()
{
    for (Framework fw : {Framework::Keras, Framework::PyTorch}) {
        const auto a = softshrink(fw, 0.5);
        const std::vector<Core::Breakpoint> bps = Core::breakpoints(a);
        QCOMPARE(bps.size(), std::size_t(2));
        QCOMPARE(bps[0].x, -0.5);
        QCOMPARE(bps[0].slopeOwner(), Core::Side::Right); // f'(-lambd) = 0
        QCOMPARE(bps[1].x, 0.5);
        QCOMPARE(bps[1].slopeOwner(), Core::Side::Left); // f'(lambd) = 0
        QVERIFY(!bps[0].valueJumps() && !bps[1].valueJumps());
        const Core::Properties p = Core::properties(a);
        QVERIFY(p.continuous && !p.differentiable);
        QCOMPARE(p.monotonicity, Core::Monotonicity::NonDecreasing);
        QCOMPARE(p.zeroGradient, (std::vector<Core::Interval>{{-0.5, 0.5}}));
        QVERIFY(!p.boundedBelow() && !p.boundedAbove());
    }
    // A negative Keras threshold t: a jump at t, whose left piece x + t owns the point.
    const std::vector<Core::Breakpoint> jump = Core::breakpoints(softshrink(Framework::Keras, -1.0));
    QCOMPARE(jump.size(), std::size_t(1));
    QCOMPARE(jump[0].x, -1.0);
    QCOMPARE(jump[0].yAt, -2.0);
    QCOMPARE(jump[0].yRight, 0.0);
    QCOMPARE(jump[0].valueOwner(), Core::Side::Left);
}

void TestSoftshrink::shouldDescribeThePieces()
{
    const Core::Description d = Core::describe(softshrink(Framework::PyTorch, 0.5));
    QStringList value, derivative;
    for (const Core::FormulaPiece& p : d.value)
        value << text(p.expression + " | " + p.condition);
    for (const Core::FormulaPiece& p : d.derivative)
        derivative << text(p.expression + " | " + p.condition);
    QCOMPARE(value, (QStringList{u"x + 0.5 | x ≤ -0.5"_s, u"0 | -0.5 < x ≤ 0.5"_s, u"x − 0.5 | x > 0.5"_s}));
    QCOMPARE(derivative, (QStringList{u"1 | x < -0.5"_s, u"0 | -0.5 ≤ x ≤ 0.5"_s, u"1 | x > 0.5"_s}));
    const QString notes = text(std::accumulate(d.notes.begin(), d.notes.end(), std::string(),
        [](const std::string& all, const std::string& n) { return all + n + "\n"; }));
    QVERIFY2(notes.contains(u"PyTorch takes f′(-0.5) = 0, the right slope"_s), qPrintable(notes));
    QVERIFY2(notes.contains(u"f'(NaN) = 1"_s), qPrintable(notes));
    const Core::Description zero = Core::describe(softshrink(Framework::Keras, 0.0));
    QCOMPARE(zero.value.size(), std::size_t(1));
    QCOMPARE(text(zero.value[0].expression), u"x"_s);
}

void TestSoftshrink::shouldWriteCode_data()
{
    QTest::addColumn<int>("source");
    QTest::addColumn<double>("lambd");
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("composition");
    QTest::addColumn<QString>("caveat"); // a part of it; empty: no caveat at all
    const QString where = u"lambda x: tf.where(x > 0.5, x - 0.5, tf.where(x < -0.5, x + 0.5, tf.zeros_like(x)))"_s;
    auto add = [](const char* tag, Framework from, double lambd, Framework to, const QString& code, bool composed,
                   const QString& caveat) {
        QTest::newRow(tag) << int(from) << lambd << int(to) << code << composed << caveat;
    };
    add("pytorch", Framework::PyTorch, 0.5, Framework::PyTorch, u"import torch\ntorch.nn.Softshrink(lambd=0.5)"_s,
        false, {});
    add("pytorch->keras", Framework::PyTorch, 0.5, Framework::Keras,
        u"import keras\nlambda x: keras.activations.soft_shrink(x, threshold=0.5)"_s, false, u"f'(NaN)"_s);
    add("pytorch->tf_keras", Framework::PyTorch, 0.5, Framework::TfKeras, u"import tensorflow as tf\n"_s + where, true,
        u"f'(NaN)"_s);
    add("keras", Framework::Keras, 0.5, Framework::Keras,
        u"import keras\nlambda x: keras.activations.soft_shrink(x, threshold=0.5)"_s, false, {});
    add("keras->tf_keras", Framework::Keras, 0.5, Framework::TfKeras, u"import tensorflow as tf\n"_s + where, true, {});
    // Keras' selects in PyTorch: f'(NaN) = 0 as in Keras, and a negative threshold runs.
    add("keras->pytorch", Framework::Keras, 0.5, Framework::PyTorch,
        u"import torch\nlambda x: torch.where(x > 0.5, x - 0.5, torch.where(x < -0.5, x + 0.5, torch.zeros_like(x)))"_s,
        true, {});
    add("keras -1->tf_keras", Framework::Keras, -1.0, Framework::TfKeras,
        u"import tensorflow as tf\nlambda x: tf.where(x > -1.0, x - (-1.0), tf.where(x < -(-1.0), x + (-1.0), "
        "tf.zeros_like(x)))"_s,
        true, {});
    add("keras -1->pytorch", Framework::Keras, -1.0, Framework::PyTorch,
        u"import torch\nlambda x: torch.where(x > -1.0, x - (-1.0), torch.where(x < -(-1.0), x + (-1.0), "
        "torch.zeros_like(x)))"_s,
        true, {});
}

void TestSoftshrink::shouldWriteCode()
{
    QFETCH(int, source);
    QFETCH(double, lambd);
    QFETCH(int, target);
    QFETCH(QString, code);
    QFETCH(bool, composition);
    QFETCH(QString, caveat);
    const Core::CodeSnippet s = Core::codeFor(softshrink(Framework(source), lambd), Framework(target));
    // The import line of the whole fragment, then the callable it assigns to act.
    const std::size_t at = s.code.find("\nimport ");
    QVERIFY2(at != std::string::npos, s.code.c_str());
    QCOMPARE(text(s.code.substr(at + 1, s.code.find('\n', at + 1) - at) + s.expression), code);
    QCOMPARE(s.composition, composition);
    if (caveat.isEmpty())
        QCOMPARE(text(s.caveat), QString());
    else
        QVERIFY2(text(s.caveat).contains(caveat), s.caveat.c_str());
}

QTEST_APPLESS_MAIN(TestSoftshrink)
#include "tst_softshrink.moc"
