// SPDX-License-Identifier: MIT
// --train as a script uses it: one row per step, the same bits for the same seed, a summary line,
// the lab's plots as a figure, and bad options refused with exit 2.
#include "clirun.h"

#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using CliRun::run;

class TestCliTrain : public QObject {
    Q_OBJECT
private slots:
    void shouldPrintOneRowPerStepAndASummary()
    {
        const CliRun::Result r = run({u"--train"_s, u"relu:pytorch"_s, u"--task"_s, u"circles"_s, u"--optimizer"_s,
            u"sgd"_s, u"--lr"_s, u"1"_s, u"--steps"_s, u"500"_s});
        QCOMPARE(r.exitCode, 0);
        const QStringList rows = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 501);
        QCOMPARE(rows.front(), u"step,loss,accuracy,dead_units"_s);
        QVERIFY(rows.back().startsWith(u"500,"_s));
        // The dying-ReLU run: units die, and the summary says how many.
        QVERIFY(rows.back().split(u',').at(3).toInt() >= 4);
        QVERIFY(r.err.startsWith("trained relu:pytorch on circles: step 500, loss "));
        QVERIFY(r.err.contains(" of 16 units dead"));
    }

    void shouldRepeatBitForBit()
    {
        const QStringList args{u"--train"_s, u"prelu:keras"_s, u"--task"_s, u"spiral"_s, u"--hidden"_s, u"8,8"_s,
            u"--steps"_s, u"50"_s, u"--seed"_s, u"7"_s};
        const CliRun::Result a = run(args), b = run(args);
        QCOMPARE(a.exitCode, 0);
        QCOMPARE(a.out, b.out);
        QVERIFY(a.out.startsWith("step,loss,accuracy,dead_units,alpha_0,"));
        QStringList reseeded = args;
        reseeded[9] = u"8"_s;
        const CliRun::Result other = run(reseeded);
        QVERIFY(other.out != a.out);
    }

    void shouldWriteJsonWithTheSameNumbers()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"trace.json"_s);
        const QStringList args{u"--train"_s, u"prelu:pytorch"_s, u"--task"_s, u"teacher:0.6"_s, u"--hidden"_s, u"1"_s,
            u"--steps"_s, u"20"_s};
        const CliRun::Result json = run(args + QStringList{u"--output"_s, path});
        QCOMPARE(json.exitCode, 0);
        QVERIFY(json.out.startsWith("trained prelu:pytorch on teacher:0.6: step 20")); // summary on stdout
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(o.value(u"task"_s).toString(), u"teacher:0.6"_s);
        QCOMPARE(o.value(u"loss"_s).toArray().size(), 20);
        QVERIFY(!o.contains(u"accuracy"_s)); // a regression task has none
        const QStringList csv = QString::fromUtf8(run(args).out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(csv.front(), u"step,loss,dead_units,alpha_0"_s);
        QCOMPARE(csv.at(20).split(u',').at(3).toDouble(), o.value(u"alpha_0"_s).toArray().at(19).toDouble());
    }

    // --export draws the lab's four plots after the last step, titled with the run; the trace still
    // goes where --output says.
    void shouldExportTheLabsPlots()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(u"lab.png"_s), svg = dir.filePath(u"lab.svg"_s);
        const QStringList args{u"--train"_s, u"prelu:pytorch"_s, u"--task"_s, u"teacher:0.6"_s, u"--hidden"_s, u"1"_s,
            u"--steps"_s, u"30"_s, u"--output"_s, dir.filePath(u"t.csv"_s)};
        const CliRun::Result r = run(args + QStringList{u"--export"_s, png, u"--size"_s, u"900x600"_s, u"--scale"_s, u"2"_s});
        QCOMPARE(r.exitCode, 0);
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1800, 1200));
        QVERIFY(QFileInfo::exists(dir.filePath(u"t.csv"_s)));
        // Not a blank page: the dark data points and curves cover part of it.
        int dark = 0;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                dark += qGray(image.pixel(x, y)) < 128;
        QVERIFY(dark > 200);
        QCOMPARE(run(args + QStringList{u"--export"_s, svg, u"--theme"_s, u"dark"_s}).exitCode, 0);
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("PReLU · PyTorch on teacher:0.6 · step 30 · loss "));
        QVERIFY(!text.contains("accuracy %")); // a regression has no accuracy
        const QString circles = dir.filePath(u"circles.svg"_s);
        QCOMPARE(run({u"--train"_s, u"relu"_s, u"--task"_s, u"circles"_s, u"--steps"_s, u"5"_s, u"--output"_s,
                         dir.filePath(u"c.csv"_s), u"--export"_s, circles})
                     .exitCode,
            0);
        QFile classes(circles);
        QVERIFY(classes.open(QIODevice::ReadOnly));
        QVERIFY(classes.readAll().contains("accuracy %"));
    }

    // teacher:ALPHA trains the unit alone unless --hidden says otherwise: one alpha, and it reaches
    // the teacher's in Keras' semantics too.
    void shouldTrainTheUnitAloneOnATeacher()
    {
        const CliRun::Result r = run({u"--train"_s, u"prelu:keras"_s, u"--task"_s, u"teacher:0.2"_s, u"--steps"_s,
            u"1000"_s, u"--seed"_s, u"3"_s});
        QCOMPARE(r.exitCode, 0);
        const QStringList rows = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(rows.front(), u"step,loss,dead_units,alpha_0"_s);
        QVERIFY(std::fabs(rows.back().split(u',').at(3).toDouble() - 0.2) < 0.01);
        QVERIFY(r.err.contains(" of 1 units dead"));
    }

    void shouldRefuseBadOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("task") << QStringList{u"--task"_s, u"xorr"_s} << u"--task \"xorr\": unknown task; accepted: "_s;
        QTest::newRow("hidden") << QStringList{u"--hidden"_s, u"16,16,16"_s} << u"3 layers; accepted: one or two"_s;
        QTest::newRow("optimizer") << QStringList{u"--optimizer"_s, u"rmsprop"_s} << u"accepted: adam, sgd"_s;
        QTest::newRow("steps") << QStringList{u"--steps"_s, u"0"_s} << u"from 1 to 100000"_s;
        QTest::newRow("batch") << QStringList{u"--batch"_s, u"300"_s} << u"from 1 to 256"_s;
        QTest::newRow("with domain") << QStringList{u"--domain=-1:1"_s} << u"--domain: not used with --train"_s;
        QTest::newRow("output") << QStringList{u"--output"_s, u"t.txt"_s} << u"accepted: a file name ending in .csv"_s;
        QTest::newRow("unit alone on xor") << QStringList{u"--hidden"_s, u"0"_s}
                                           << u"the unit alone (0 hidden layers) takes one input"_s;
        QTest::newRow("export") << QStringList{u"--export"_s, u"lab.bmp"_s} << u"accepted: .png, .jpg, .jpeg, .svg, .pdf"_s;
        QTest::newRow("size alone") << QStringList{u"--size"_s, u"800x600"_s}
                                    << u"--size: only means something with --export"_s;
        QTest::newRow("panels") << QStringList{u"--export"_s, u"lab.png"_s, u"--panels"_s, u"both"_s}
                                << u"--panels: not used with --train"_s;
    }
    void shouldRefuseBadOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliRun::Result r = run(QStringList{u"--train"_s, u"relu"_s} + arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliTrain)
#include "tst_clitrain.moc"
