// SPDX-License-Identifier: MIT
// Number text: shortest round-trip output, Python repr for framework messages, and parsing
// (issue #2 §6: "the shortest form that reads back to the same value"; nan, inf, -inf, -0).

#include "aex/core/activation.h"
#include "aex/core/numberformat.h"

#include <QTest>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <random>
#include <string>

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool same(double a, double b)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    return a == b && std::signbit(a) == std::signbit(b);
}

// Significant digits in a decimal text ("1.25e-05" -> 3, "120" -> 2, "0.001" -> 1).
int significantDigits(const std::string& text)
{
    std::string mantissa = text.substr(0, text.find_first_of("eE"));
    std::string digits;
    for (char c : mantissa)
        if (c >= '0' && c <= '9')
            digits += c;
    const auto first = digits.find_first_not_of('0');
    if (first == std::string::npos)
        return 1;
    digits = digits.substr(first);
    while (digits.size() > 1 && digits.back() == '0')
        digits.pop_back();
    return int(digits.size());
}

// The fewest significant digits whose correctly rounded form reads back to v. A shortest
// formatter may do better at a power of two (asymmetric rounding interval), never worse.
template <class T> int shortestDigits(T v)
{
    for (int p = 1; p <= 17; ++p) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.*e", p - 1, double(v));
        if constexpr (sizeof(T) == 4) {
            if (std::strtof(buf, nullptr) == v)
                return p;
        } else {
            if (std::strtod(buf, nullptr) == v)
                return p;
        }
    }
    return 17;
}

// Shortest: as few significant digits as the shortest round trip needs; an integer written out in
// full (to_chars picks fixed notation when it is fewer characters) is no longer than scientific.
template <class T> bool isShortest(const std::string& text, T v)
{
    const int p = shortestDigits(v);
    if (text.find_first_of(".e") == std::string::npos) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.*e", p - 1, double(v));
        return text.size() <= std::strlen(buf);
    }
    return significantDigits(text) <= p;
}

double bitsToDouble(std::uint64_t bits)
{
    double d;
    std::memcpy(&d, &bits, sizeof d);
    return d;
}

float bitsToFloat(std::uint32_t bits)
{
    float f;
    std::memcpy(&f, &bits, sizeof f);
    return f;
}

} // namespace

class TestNumberFormat : public QObject {
    Q_OBJECT

private slots:
    void shouldFormatShortest_data();
    void shouldFormatShortest();
    void shouldFormatFloatShortest_data();
    void shouldFormatFloatShortest();
    void shouldRoundTripEveryDouble();
    void shouldRoundTripEveryFloat();
    void shouldFormatLikePythonRepr_data();
    void shouldFormatLikePythonRepr();
    void shouldParseNumbers_data();
    void shouldParseNumbers();
    void shouldRejectBadNumbers_data();
    void shouldRejectBadNumbers();
    void shouldParseNumberLists();
    void shouldRejectBadNumberLists_data();
    void shouldRejectBadNumberLists();
};

void TestNumberFormat::shouldFormatShortest_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("text");
    // The header's and the examples.
    QTest::addRow("0.1") << 0.1 << QByteArray("0.1");
    QTest::addRow("3") << 3.0 << QByteArray("3");
    QTest::addRow("-0") << -0.0 << QByteArray("-0");
    QTest::addRow("0") << 0.0 << QByteArray("0");
    QTest::addRow("nan") << kNaN << QByteArray("nan");
    QTest::addRow("-nan") << -kNaN << QByteArray("nan");
    QTest::addRow("inf") << kInf << QByteArray("inf");
    QTest::addRow("-inf") << -kInf << QByteArray("-inf");
    QTest::addRow("1e+300") << 1e300 << QByteArray("1e+300");
    QTest::addRow("5e-324") << 5e-324 << QByteArray("5e-324");
    // Values from the semantics tables.
    QTest::addRow("0.30000000000000004") << 0.1 + 0.2 << QByteArray("0.30000000000000004");
    QTest::addRow("2.5000000000000004") << 2.5000000000000004 << QByteArray("2.5000000000000004");
    QTest::addRow("-2.5") << -2.5 << QByteArray("-2.5");
    QTest::addRow("-10") << -10.0 << QByteArray("-10");
    QTest::addRow("0.1666666716337204") << 0.1666666716337204 << QByteArray("0.1666666716337204");
    QTest::addRow("1.7580993408473766") << 1.7580993408473766 << QByteArray("1.7580993408473766");
    QTest::addRow("20.000000002061153") << 20.000000002061153 << QByteArray("20.000000002061153");
    QTest::addRow("-1.1920928955078125e-07") << -1.1920928955078125e-07 << QByteArray("-1.1920928955078125e-07");
    QTest::addRow("max") << std::numeric_limits<double>::max() << QByteArray("1.7976931348623157e+308");
}

void TestNumberFormat::shouldFormatShortest()
{
    QFETCH(double, value);
    QFETCH(QByteArray, text);
    QCOMPARE(QByteArray::fromStdString(Core::formatNumber(value)), text);
}

void TestNumberFormat::shouldFormatFloatShortest_data()
{
    QTest::addColumn<float>("value");
    QTest::addColumn<QByteArray>("text");
    QTest::addRow("0.1f") << 0.1f << QByteArray("0.1");
    QTest::addRow("0.2f") << 0.2f << QByteArray("0.2");
    QTest::addRow("1/6f") << 1.0f / 6.0f << QByteArray("0.16666667");
    QTest::addRow("-0f") << -0.0f << QByteArray("-0");
    QTest::addRow("3f") << 3.0f << QByteArray("3");
    QTest::addRow("inf") << std::numeric_limits<float>::infinity() << QByteArray("inf");
    QTest::addRow("-inf") << -std::numeric_limits<float>::infinity() << QByteArray("-inf");
    QTest::addRow("nan") << std::numeric_limits<float>::quiet_NaN() << QByteArray("nan");
    QTest::addRow("FLT_MAX") << std::numeric_limits<float>::max() << QByteArray("3.4028235e+38");
    QTest::addRow("-1.1920929e-07") << -1.1920929e-07f << QByteArray("-1.1920929e-07");
}

void TestNumberFormat::shouldFormatFloatShortest()
{
    QFETCH(float, value);
    QFETCH(QByteArray, text);
    QCOMPARE(QByteArray::fromStdString(Core::formatNumber(value)), text);
}

void TestNumberFormat::shouldRoundTripEveryDouble()
{
    std::mt19937_64 rng(20240601);
    for (int i = 0; i < 20000; ++i) {
        double v = bitsToDouble(rng());
        if (i % 4 == 1)
            v = std::ldexp(double(rng() % 1000000) / 1000.0, int(rng() % 40) - 20); // short decimals
        if (i % 4 == 2)
            v = double(std::int64_t(rng() % 2000001) - 1000000) / 100.0;
        const std::string text = Core::formatNumber(v);
        const auto back = Core::parseNumber(text);
        QVERIFY2(back.has_value(), text.c_str());
        QVERIFY2(same(*back, v), text.c_str());
        if (std::isfinite(v) && v != 0)
            QVERIFY2(isShortest(text, v), (text + " is not the shortest").c_str());
        // What the command line writes is what strtod reads.
        QVERIFY2(std::isnan(v) || same(std::strtod(text.c_str(), nullptr), v), text.c_str());
    }
}

void TestNumberFormat::shouldRoundTripEveryFloat()
{
    std::mt19937 rng(7);
    for (int i = 0; i < 20000; ++i) {
        const float v = bitsToFloat(std::uint32_t(rng()));
        const std::string text = Core::formatNumber(v);
        if (std::isnan(v)) {
            QCOMPARE(text, std::string("nan"));
            continue;
        }
        const float back = std::strtof(text.c_str(), nullptr);
        QVERIFY2(back == v && std::signbit(back) == std::signbit(v), text.c_str());
        if (std::isfinite(v) && v != 0)
            QVERIFY2(isShortest(text, v), (text + " is not the shortest").c_str());
    }
}

// Python's float repr: shortest digits; fixed notation for 1e-4 <= |v| < 1e16 with ".0" when integral,
// otherwise d.ddde+XX with at least two exponent digits.
void TestNumberFormat::shouldFormatLikePythonRepr_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("repr");
    QTest::addRow("-1.0") << -1.0 << QByteArray("-1.0");
    QTest::addRow("0.5") << 0.5 << QByteArray("0.5");
    QTest::addRow("0.0") << 0.0 << QByteArray("0.0");
    QTest::addRow("-0.0") << -0.0 << QByteArray("-0.0");
    QTest::addRow("inf") << kInf << QByteArray("inf");
    QTest::addRow("-inf") << -kInf << QByteArray("-inf");
    QTest::addRow("nan") << kNaN << QByteArray("nan");
    QTest::addRow("0.1") << 0.1 << QByteArray("0.1");
    QTest::addRow("123.0") << 123.0 << QByteArray("123.0");
    QTest::addRow("-2.5") << -2.5 << QByteArray("-2.5");
    QTest::addRow("1e+16") << 1e16 << QByteArray("1e+16");
    QTest::addRow("9999999999999998.0") << 9999999999999998.0 << QByteArray("9999999999999998.0");
    QTest::addRow("1234567890123456.0") << 1234567890123456.0 << QByteArray("1234567890123456.0");
    QTest::addRow("1.2345678901234568e+17") << 123456789012345680.0 << QByteArray("1.2345678901234568e+17");
    QTest::addRow("1e-05") << 1e-05 << QByteArray("1e-05");
    QTest::addRow("0.0001") << 0.0001 << QByteArray("0.0001");
    QTest::addRow("-0.00012") << -0.00012 << QByteArray("-0.00012");
    QTest::addRow("1.5e-05") << 1.5e-05 << QByteArray("1.5e-05");
    QTest::addRow("5e-324") << 5e-324 << QByteArray("5e-324");
    QTest::addRow("1e+300") << 1e300 << QByteArray("1e+300");
    QTest::addRow("1.7976931348623157e+308")
        << std::numeric_limits<double>::max() << QByteArray("1.7976931348623157e+308");
    QTest::addRow("0.30000000000000004") << 0.1 + 0.2 << QByteArray("0.30000000000000004");
    QTest::addRow("1e+100") << 1e100 << QByteArray("1e+100");
    QTest::addRow("2.5e+16") << 2.5e16 << QByteArray("2.5e+16");
}

void TestNumberFormat::shouldFormatLikePythonRepr()
{
    QFETCH(double, value);
    QFETCH(QByteArray, repr);
    QCOMPARE(QByteArray::fromStdString(Core::formatPython(value)), repr);
}

void TestNumberFormat::shouldParseNumbers_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<double>("value");
    QTest::addRow("0.1") << QByteArray("0.1") << 0.1;
    QTest::addRow("-5") << QByteArray("-5") << -5.0;
    QTest::addRow("+2") << QByteArray("+2") << 2.0;
    QTest::addRow("-0") << QByteArray("-0") << -0.0;
    QTest::addRow("0") << QByteArray("0") << 0.0;
    QTest::addRow("spaces") << QByteArray("  1.5  ") << 1.5;
    QTest::addRow("1e+300") << QByteArray("1e+300") << 1e300;
    QTest::addRow("5e-324") << QByteArray("5e-324") << 5e-324;
    QTest::addRow("2.5000000000000004") << QByteArray("2.5000000000000004") << 2.5000000000000004;
    QTest::addRow("inf") << QByteArray("inf") << kInf;
    QTest::addRow("+inf") << QByteArray("+inf") << kInf;
    QTest::addRow("-inf") << QByteArray("-inf") << -kInf;
    QTest::addRow("infinity") << QByteArray("infinity") << kInf;
    QTest::addRow("-Infinity") << QByteArray("-Infinity") << -kInf;
    QTest::addRow("INF") << QByteArray("INF") << kInf;
    QTest::addRow("nan") << QByteArray("nan") << kNaN;
    QTest::addRow("NaN") << QByteArray("NaN") << kNaN;
    QTest::addRow("NAN") << QByteArray("NAN") << kNaN;
}

void TestNumberFormat::shouldParseNumbers()
{
    QFETCH(QByteArray, text);
    QFETCH(double, value);
    const auto got = Core::parseNumber(text.toStdString());
    QVERIFY(got.has_value());
    QVERIFY2(same(*got, value), Core::formatNumber(*got).c_str());
}

void TestNumberFormat::shouldRejectBadNumbers_data()
{
    QTest::addColumn<QByteArray>("text");
    for (const char* t : {"", " ", "abc", "1.5x", "1,5", "--1", "+-1", "1e", "e5", ".", "-", "0x10", "0x1p3", "1e400",
             "-1e400", "1 2", "nan1", "infinit", "1.5.2", "five"})
        QTest::addRow("'%s'", t) << QByteArray(t);
}

void TestNumberFormat::shouldRejectBadNumbers()
{
    QFETCH(QByteArray, text);
    const auto got = Core::parseNumber(text.toStdString());
    QVERIFY2(!got.has_value(), Core::formatNumber(got.value_or(0)).c_str());
}

void TestNumberFormat::shouldParseNumberLists()
{
    std::vector<double> v = Core::parseNumberList("-5,-1.5,2.5,3");
    QCOMPARE(v, (std::vector<double>{-5, -1.5, 2.5, 3}));
    v = Core::parseNumberList(" 1, 2 ,3 ");
    QCOMPARE(v, (std::vector<double>{1, 2, 3}));
    v = Core::parseNumberList("7");
    QCOMPARE(v, std::vector<double>{7});
    v = Core::parseNumberList("nan,inf,-inf,-0");
    QCOMPARE(v.size(), std::size_t(4));
    QVERIFY(std::isnan(v[0]));
    QCOMPARE(v[1], kInf);
    QCOMPARE(v[2], -kInf);
    QVERIFY(v[3] == 0 && std::signbit(v[3]));
    // Every number formatNumber writes reads back in a list.
    const std::vector<double> sample{0.1, -0.0, 1e300, 5e-324, 2.5000000000000004, -1.7580993408473766};
    std::string joined;
    for (double d : sample)
        joined += (joined.empty() ? "" : ",") + Core::formatNumber(d);
    v = Core::parseNumberList(joined);
    QCOMPARE(v.size(), sample.size());
    for (std::size_t i = 0; i < v.size(); ++i)
        QVERIFY(same(v[i], sample[i]));
}

void TestNumberFormat::shouldRejectBadNumberLists_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("badItem");
    QTest::addRow("empty") << QByteArray("") << QByteArray();
    QTest::addRow("spaces") << QByteArray("  ") << QByteArray();
    QTest::addRow("bad item") << QByteArray("1,x,3") << QByteArray("x");
    QTest::addRow("empty item") << QByteArray("1,,2") << QByteArray();
    QTest::addRow("trailing comma") << QByteArray("1,2,") << QByteArray();
    QTest::addRow("leading comma") << QByteArray(",1") << QByteArray();
    QTest::addRow("garbage") << QByteArray("1,2,3abc") << QByteArray("3abc");
    QTest::addRow("hex") << QByteArray("0x10") << QByteArray("0x10");
    QTest::addRow("out of range") << QByteArray("1,1e999") << QByteArray("1e999");
}

void TestNumberFormat::shouldRejectBadNumberLists()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, badItem);
    try {
        (void)Core::parseNumberList(text.toStdString());
        QFAIL("no InputError");
    } catch (const Core::InputError& e) {
        // The message names the bad item.
        if (!badItem.isEmpty())
            QVERIFY2(std::string(e.what()).find(badItem.toStdString()) != std::string::npos, e.what());
    }
}

QTEST_APPLESS_MAIN(TestNumberFormat)
#include "tst_numberformat.moc"
