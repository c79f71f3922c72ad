// SPDX-License-Identifier: MIT
// --compare and --compare-frameworks as a script uses them: the verdict lines and the exit code.
#include "clirun.h"

#include <QTest>

using namespace Qt::StringLiterals;
using CliRun::run;

class TestCliCompare : public QObject {
    Q_OBJECT
private slots:
    void shouldAnswerTheSeedQuestions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("line"); // one line the verdict must hold
        QTest::newRow("relu slope is leaky") << QStringList{u"relu:negative_slope=0.5"_s, u"leaky_relu:alpha=0.5"_s} << 0
                                             << u"values: identical for every float64 in [-5, 5] (proved from the pieces)"_s;
        QTest::newRow("tf.keras too") << QStringList{u"relu:tf_keras:negative_slope=0.5"_s, u"leaky_relu:tf_keras:alpha=0.5"_s}
                                      << 0 << u"d/dx: identical for every float64 in [-5, 5] (proved from the pieces)"_s;
        QTest::newRow("max_value 6 is relu6") << QStringList{u"relu:max_value=6"_s, u"relu6"_s, u"--domain=-10:10"_s} << 0
                                              << u"special inputs: identical at -0, -inf, inf and NaN"_s;
        QTest::newRow("keras vs pytorch leaky") << QStringList{u"leaky_relu"_s, u"leaky_relu:pytorch"_s} << 1
                                                << u"d/dx differs on [-5, 0]: up to 0.29"_s;
        QTest::newRow("prelu learns") << QStringList{u"prelu:pytorch"_s, u"leaky_relu:pytorch:negative_slope=0.25"_s} << 1
                                      << u"d/d(alpha) differs on [-5, 0): up to 5 (the second curve learns no such "
                                         u"parameter: its gradient counts as 0)"_s;
        QTest::newRow("kink gradient") << QStringList{u"prelu:alpha=1"_s, u"prelu:pytorch:alpha=1"_s} << 1
                                       << u"d/dx differs only at x = 0: 0 vs 1"_s;
        QTest::newRow("interval") << QStringList{u"relu:max_value=2"_s, u"relu:max_value=5"_s, u"--domain=-10:5"_s} << 1
                                  << u"values differ on (2, 5]: up to 3"_s;
        QTest::newRow("float32") << QStringList{u"relu:pytorch"_s, u"leaky_relu:pytorch:alpha=0"_s, u"--dtype"_s,
            u"float32"_s, u"--domain=-2:3"_s} << 1 << u"values differ on [-2, 0) by the sign of zero only"_s;
        QTest::newRow("NaN only") << QStringList{u"relu6"_s, u"relu6:pytorch"_s} << 1
                                  << u"special inputs differ at x = nan: d/dx 0 vs 1"_s;
    }
    void shouldAnswerTheSeedQuestions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, line);
        const CliRun::Result r = run(QStringList{u"--compare"_s} + arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(r.err.isEmpty());
        const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4); // values, d/dx, d/dparam, special inputs
        QVERIFY2(lines.contains(line), qPrintable(lines.join(u'\n')));
    }

    void shouldAcceptTheSpecsAsTwoOptions()
    {
        const CliRun::Result split = run({u"--compare"_s, u"relu"_s, u"--compare"_s, u"relu:tf_keras"_s});
        const CliRun::Result together = run({u"--compare"_s, u"relu"_s, u"relu:tf_keras"_s});
        QCOMPARE(split.exitCode, 0);
        QCOMPARE(split.out, together.out);
    }

    void shouldWarnOrRefuseWhatTheLayerRejects()
    {
        const CliRun::Result warned = run({u"--compare"_s, u"relu:negative_slope=-1"_s, u"leaky_relu:alpha=-1"_s});
        QVERIFY(warned.err.startsWith("warning: --compare \"relu:negative_slope=-1\": "));
        QCOMPARE(warned.exitCode, 0); // the function forms still agree
        const CliRun::Result strict = run({u"--compare"_s, u"relu:negative_slope=-1"_s, u"leaky_relu:alpha=-1"_s, u"--strict"_s});
        QCOMPARE(strict.exitCode, 2);
        QVERIFY(strict.out.isEmpty());
    }

    void shouldPrintTheFrameworkTable()
    {
        const CliRun::Result r = run({u"--compare-frameworks"_s, u"leaky_relu"_s});
        QCOMPARE(r.exitCode, 0);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY(text.startsWith(u"leaky_relu in keras (keras.layers.LeakyReLU), tf_keras (tf.keras.layers.LeakyReLU), "
                                u"pytorch (torch.nn.LeakyReLU)"_s));
        QVERIFY(text.contains(u"* default of alpha: keras 0.3 | tf_keras 0.3 | pytorch 0.01\n"_s));
        QVERIFY(text.contains(u"* keyword for alpha: keras negative_slope | tf_keras alpha | pytorch negative_slope\n"_s));
        const CliRun::Result f32 = run({u"--compare-frameworks"_s, u"hard_sigmoid"_s, u"--dtype"_s, u"float32"_s});
        QCOMPARE(f32.exitCode, 0);
        QVERIFY(QString::fromUtf8(f32.out).contains(u"float32"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliCompare)
#include "tst_clicompare.moc"
