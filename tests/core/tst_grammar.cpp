// SPDX-License-Identifier: MIT
// The one grammar of echoed text, whole numbers, sizes and ranges (issue #9 §7, §9): every
// message, every command-line option, every session field and every window field reads through
// these.
#include "aex/core/activation.h"
#include "aex/core/numberformat.h"
#include "aex/core/quote.h"
#include "aex/core/sampling.h"

#include <QTest>

#include <cstdint>
#include <random>
#include <string>

using namespace std::string_literals;

namespace {

// What InputError says, or "" when nothing was thrown.
template <class F> std::string problem(F&& f)
{
    try {
        f();
    } catch (const Core::InputError& e) {
        return e.what();
    }
    return {};
}

} // namespace

class TestGrammar : public QObject {
    Q_OBJECT
private slots:
    void shouldQuoteEchoedText_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("shown");
        QTest::newRow("plain") << QByteArray("relu") << QByteArray("\"relu\"");
        QTest::newRow("empty") << QByteArray("") << QByteArray("\"\"");
        QTest::newRow("quote and backslash") << QByteArray("a\"b\\c") << QByteArray("\"a\\\"b\\\\c\"");
        QTest::newRow("newline forges no line")
            << QByteArray("x\nerror: forged") << QByteArray("\"x\\nerror: forged\"");
        QTest::newRow("tab and CR") << QByteArray("a\tb\rc") << QByteArray("\"a\\tb\\rc\"");
        QTest::newRow("ESC clears no screen") << QByteArray("\x1b[2J") << QByteArray("\"\\u001b[2J\"");
        QTest::newRow("OSC title with BEL") << QByteArray("\x1b]0;t\x07") << QByteArray("\"\\u001b]0;t\\u0007\"");
        QTest::newRow("DEL") << QByteArray("a\x7f") << QByteArray("\"a\\u007f\"");
        QTest::newRow("C1 CSI (U+009B)") << QByteArray("a\xc2\x9b") << QByteArray("\"a\\u009b\"");
        QTest::newRow("bidi override") << QByteArray("a\xe2\x80\xae"
                                                     "b")
                                       << QByteArray("\"a\\u202eb\"");
        QTest::newRow("line separator") << QByteArray("a\xe2\x80\xa8") << QByteArray("\"a\\u2028\"");
        QTest::newRow("UTF-8 kept") << QByteArray("x\xc3\x97y \xce\xb1") << QByteArray("\"x\xc3\x97y \xce\xb1\"");
        QTest::newRow("invalid byte") << QByteArray("a\xff"
                                                    "b")
                                      << QByteArray("\"a\\ufffdb\"");
        QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << QByteArray("\"\\ufffd\\ufffd\"");
        QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << QByteArray("\"\\ufffd\\ufffd\\ufffd\"");
        QTest::newRow("truncated sequence") << QByteArray("a\xe2\x80") << QByteArray("\"a\\ufffd\\ufffd\"");
    }
    void shouldQuoteEchoedText()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, shown);
        QCOMPARE(QByteArray::fromStdString(Core::quoted(text.toStdString())), shown);
    }

    void shouldCutLongTextAndKeepNulVisible()
    {
        const std::string shown = Core::quoted(std::string(1000, 'a'));
        QCOMPARE(shown, "\"" + std::string(Core::kMaxQuotedChars, 'a') + "…\"");
        // A NUL does not end the message.
        QCOMPARE(Core::quoted("a\0b"s), "\"a\\u0000b\""s);
    }

    // Whatever the bytes, the quoted text is one line of printable characters.
    void shouldNeverLetAControlCharacterThrough()
    {
        std::mt19937 random(9);
        std::uniform_int_distribution<int> byte(0, 255);
        for (int round = 0; round < 2000; ++round) {
            std::string text(std::size_t(byte(random) % 40), '\0');
            for (char& c : text)
                c = static_cast<char>(byte(random));
            const std::string shown = Core::quoted(text);
            for (std::size_t i = 0; i < shown.size(); ++i) {
                const auto c = static_cast<unsigned char>(shown[i]);
                QVERIFY2(c >= 0x20 && c != 0x7f, shown.c_str());
                if (c == 0xc2 && i + 1 < shown.size())
                    QVERIFY2(static_cast<unsigned char>(shown[i + 1]) >= 0xa0, shown.c_str()); // no C1
            }
        }
    }

    void shouldReadWholeNumbersInOneGrammar_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("value");
        QTest::newRow("plain") << u"1001"_qs << qint64(1001);
        QTest::newRow("plus") << u"+1001"_qs << qint64(1001);
        QTest::newRow("spaces") << u" 1001 "_qs << qint64(1001);
        QTest::newRow("leading zeros") << u"0000000005"_qs << qint64(5);
        QTest::newRow("exponent") << u"1e3"_qs << qint64(1000);
        QTest::newRow("point zero") << u"20.0"_qs << qint64(20);
        QTest::newRow("the maximum") << u"10000000"_qs << qint64(10'000'000);
    }
    void shouldReadWholeNumbersInOneGrammar()
    {
        QFETCH(QString, text);
        QFETCH(qint64, value);
        QCOMPARE(Core::parseWholeNumber(text.toStdString(), 2, 10'000'000), value);
    }

    void shouldRefuseWhatIsNotAWholeNumberInRange_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        const QString accepted = u"; accepted: a whole number from 2 to 10000000"_qs;
        QTest::newRow("fraction") << u"2.5"_qs << u"not a whole number"_qs + accepted;
        QTest::newRow("word") << u"many"_qs << u"not a number"_qs + accepted;
        QTest::newRow("hex") << u"0x10"_qs << u"not a number"_qs + accepted;
        QTest::newRow("empty") << u""_qs << u"not a number"_qs + accepted;
        QTest::newRow("nan") << u"nan"_qs << u"not a whole number"_qs + accepted;
        QTest::newRow("inf") << u"inf"_qs << u"out of range"_qs + accepted;
        QTest::newRow("zero") << u"0"_qs << u"out of range"_qs + accepted;
        QTest::newRow("one past") << u"10000001"_qs << u"out of range"_qs + accepted;
        QTest::newRow("huge") << u"99999999999999999999999"_qs << u"out of range"_qs + accepted;
        QTest::newRow("negative") << u"-5"_qs << u"out of range"_qs + accepted;
    }
    void shouldRefuseWhatIsNotAWholeNumberInRange()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        QCOMPARE(QString::fromStdString(problem([&] { Core::parseWholeNumber(text.toStdString(), 2, 10'000'000); })),
            message);
    }

    // A number already read (a JSON number) is named in full, never with six digits.
    void shouldNameTheNumberItRefuses()
    {
        QCOMPARE(problem([] { Core::checkWholeNumber(4.94065645841246544e-324, -1, 3); }),
            "5e-324 is not a whole number; accepted: a whole number from -1 to 3"s);
        QCOMPARE(problem([] { Core::checkWholeNumber(1234567.0, 2, 1000); }),
            "1234567 is out of range; accepted: a whole number from 2 to 1000"s);
        QCOMPARE(Core::checkWholeNumber(-1.0, -1, 3), std::int64_t(-1));
    }

    void shouldReadSizes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::newRow("x") << u"1200x800"_qs << 1200 << 800;
        QTest::newRow("X") << u"1200X800"_qs << 1200 << 800;
        QTest::newRow("times sign") << u"1200×800"_qs << 1200 << 800;
        QTest::newRow("signs and spaces") << u" +800 x +600 "_qs << 800 << 600;
        QTest::newRow("exponents") << u"1e3x1e2"_qs << 1000 << 100;
    }
    void shouldReadSizes()
    {
        QFETCH(QString, text);
        QFETCH(int, width);
        QFETCH(int, height);
        const Core::Size2D size = Core::parseSize(text.toStdString(), {100, 100}, {10000, 10000}, {1200, 800});
        QCOMPARE(size.width, width);
        QCOMPARE(size.height, height);
    }

    void shouldRefuseBadSizes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("start");
        QTest::newRow("word") << u"big"_qs << u"not of the form WxH"_qs;
        QTest::newRow("two separators") << u"10x10x10"_qs << u"not of the form WxH"_qs;
        QTest::newRow("one side") << u"800x"_qs << u"not of the form WxH"_qs;
        QTest::newRow("small") << u"10x800"_qs << u"width 10 is out of range"_qs;
        QTest::newRow("tall") << u"800x20000"_qs << u"height 20000 is out of range"_qs;
        QTest::newRow("fraction") << u"800.5x600"_qs << u"width 800.5 is not a whole number"_qs;
    }
    void shouldRefuseBadSizes()
    {
        QFETCH(QString, text);
        QFETCH(QString, start);
        const QString message = QString::fromStdString(problem([&] {
            Core::parseSize(text.toStdString(), {100, 100}, {10000, 10000}, {1200, 800});
        }));
        QCOMPARE(message, start + u"; accepted: WxH from 100x100 to 10000x10000, e.g. 1200x800"_qs);
    }

    void shouldReadRanges()
    {
        QCOMPARE(Core::parseRange("-5:5"), (std::pair{-5.0, 5.0}));
        QCOMPARE(Core::parseRange(" +1e-3 : 2 "), (std::pair{1e-3, 2.0}));
        const std::string accepted = "; accepted: A:B with finite numbers A < B, e.g. -5:5";
        QCOMPARE(problem([] { Core::parseRange("5:5"); }), "A must be less than B" + accepted);
        QCOMPARE(problem([] { Core::parseRange("1:2:3"); }), "not of the form A:B" + accepted);
        QCOMPARE(problem([] { Core::parseRange("a\n:1"); }), "\"a\\n\" is not a number" + accepted);
        QCOMPARE(problem([] { Core::parseRange("-inf:0"); }), "the ends must be finite" + accepted);
    }

    void shouldBoundTheWorkOfAView()
    {
        QCOMPARE(Core::workProblem(10, 1'000'000), std::string());
        QCOMPARE(Core::workProblem(64, 156'250), std::string());
        QCOMPARE(Core::workProblem(64, 1'000'000),
            "64 curves × 1000000 samples is 64000000 points; accepted: at most 10000000 points in all (fewer samples "
            "or fewer curves)"s);
        QVERIFY(!Core::workProblem(2, Core::kMaxTotalSamples / 2 + 1).empty());
    }
};

QTEST_APPLESS_MAIN(TestGrammar)
#include "tst_grammar.moc"
