// SPDX-License-Identifier: MIT
#include "session.h"

#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <map>

using namespace Qt::StringLiterals;

namespace {

// The seed 000 figure: tf.keras ReLU with negative_slope 0, 0.5 and 0.1, with negative_slope 0.1
// and threshold 2, and LeakyReLU with alpha 0.5 and 0.1.
const QStringList kSeedCurves{u"--curve"_s, u"relu:tf_keras"_s, u"--curve"_s, u"relu:tf_keras:negative_slope=0.5"_s,
    u"--curve"_s, u"relu:tf_keras:negative_slope=0.1"_s, u"--curve"_s,
    u"relu:tf_keras:negative_slope=0.1,threshold=2"_s, u"--curve"_s, u"leaky_relu:tf_keras:alpha=0.5"_s, u"--curve"_s,
    u"leaky_relu:tf_keras:alpha=0.1"_s};
// The colours the six curves get: the default cycle.
const QStringList kSeedColors{u"#0072b2"_s, u"#d55e00"_s, u"#009e73"_s, u"#cc79a7"_s, u"#e69f00"_s, u"#56b4e9"_s};

struct Result {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Result run(const QStringList& args, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(AEX_APP_PATH), args);
    Result r;
    if (!process.waitForFinished(180'000)) {
        process.kill();
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Lines of at least three points per stroke colour: the curves (the legend's icons have two).
std::map<QString, int> curveLines(const QByteArray& svg)
{
    std::map<QString, int> lines;
    QXmlStreamReader xml(svg);
    QStringList strokes{QString()};
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto a = xml.attributes();
            const QString stroke
                = a.hasAttribute(u"stroke"_s) ? a.value(u"stroke"_s).toString().toLower() : strokes.last();
            if (xml.name() == u"g")
                strokes.append(stroke);
            else if ((xml.name() == u"polyline" || xml.name() == u"path")
                && a.value(u"points"_s).toString().simplified().count(u' ') + 1 >= 3)
                ++lines[stroke];
        } else if (xml.isEndElement() && xml.name() == u"g") {
            strokes.removeLast();
        }
    }
    return lines;
}

} // namespace

class TestHeadless : public QObject {
    Q_OBJECT
private slots:
    void shouldExportEachFormat_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QSize>("pixels"); // raster only
        QTest::newRow("png") << u"seed.png"_s << QStringList{u"--size"_s, u"1200x800"_s, u"--scale"_s, u"2"_s}
                             << QSize(2400, 1600);
        QTest::newRow("png default size") << u"seed.png"_s << QStringList{} << QSize(1200, 800);
        QTest::newRow("jpg") << u"seed.jpg"_s << QStringList{u"--size=640x480"_s, u"--scale=1.5"_s} << QSize(960, 720);
        QTest::newRow("jpeg dark") << u"seed.jpeg"_s << QStringList{u"--size"_s, u"500x400"_s, u"--theme"_s, u"dark"_s}
                                   << QSize(500, 400);
        QTest::newRow("svg") << u"seed.svg"_s << QStringList{u"--size"_s, u"900x700"_s} << QSize();
        QTest::newRow("pdf") << u"seed.pdf"_s << QStringList{u"--size"_s, u"900x700"_s, u"--theme"_s, u"dark"_s}
                             << QSize();
    }
    void shouldExportEachFormat()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, options);
        QFETCH(QSize, pixels);
        QTemporaryDir dir;
        const QString path = dir.filePath(file);
        const Result r = run(kSeedCurves + QStringList{u"--export"_s, path} + options);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QByteArray());
        QCOMPARE(r.out, QByteArray());
        const QByteArray bytes = readAll(path);
        QVERIFY(!bytes.isEmpty());
        if (pixels.isValid()) {
            QImageReader reader(path);
            QCOMPARE(reader.size(), pixels);
            const QImage image = reader.read();
            QCOMPARE(image.size(), pixels);
            const bool dark = options.contains(u"dark"_s);
            QCOMPARE(image.pixelColor(3, 3).lightness() < 128, dark);
        } else if (file.endsWith(u".svg")) {
            QSvgRenderer renderer(bytes);
            QVERIFY(renderer.isValid());
            QCOMPARE(renderer.viewBox(), QRect(0, 0, 900, 700));
            const auto lines = curveLines(bytes);
            for (const QString& color : kSeedColors) // one per panel
                QVERIFY2(lines.contains(color) && lines.at(color) >= 2, qPrintable(color));
        } else {
            QVERIFY(bytes.startsWith("%PDF-1."));
            QVERIFY(bytes.trimmed().endsWith("%%EOF"));
            QVERIFY(bytes.contains("/MediaBox"));
        }
    }

    void shouldNeedNoDisplay()
    {
        QTemporaryDir dir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"QT_QPA_PLATFORM"_s);
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        const QString path = dir.filePath(u"seed.png"_s);
        const Result r = run(kSeedCurves + QStringList{u"--export"_s, path, u"--size"_s, u"400x300"_s}, env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QByteArray());
        QCOMPARE(QImage(path).size(), QSize(400, 300));
    }

    void shouldExportASessionFile()
    {
        QTemporaryDir dir;
        const Model::SessionResult parsed = Model::sessionFromJson(
            "{\"format\": \"activation-explorer-session\", \"version\": 1, \"theme\": \"dark\", \"panels\": "
            "\"function\","
            " \"curves\": [{\"function\": \"elu\", \"framework\": \"pytorch\", \"params\": {\"alpha\": 0.5},"
            " \"color\": \"#ff0000\"}]}");
        QVERIFY2(parsed, qPrintable(parsed.error.message()));
        const QString file = dir.filePath(u"s.json"_s);
        QVERIFY(!Model::saveSession(*parsed.session, file));

        const QString dark = dir.filePath(u"dark.svg"_s);
        Result r = run({file, u"--export"_s, dark});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QByteArray());
        const QByteArray svg = readAll(dark);
        QVERIFY(svg.contains("fill=\"#1e1f22\"")); // the session's dark theme
        QVERIFY(!svg.contains("f\u2032(x)"));      // and its one panel
        QVERIFY(curveLines(svg).contains(u"#ff0000"_s));

        // The command line wins over the session.
        const QString light = dir.filePath(u"light.png"_s);
        r = run({file, u"--export"_s, light, u"--theme"_s, u"light"_s, u"--panels"_s, u"both"_s, u"--size"_s,
            u"300x300"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QImage(light).pixelColor(3, 3).lightness() > 200);

        // --screenshot shows the session in the window.
        const QString window = dir.filePath(u"window.png"_s);
        r = run({file, u"--screenshot"_s, window, u"--size"_s, u"1000x700"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QByteArray());
        QCOMPARE(QImage(window).size(), QSize(1000, 700));
        QVERIFY(QImage(window).pixelColor(500, 695).lightness() < 100); // dark status bar

        // An example can be exported too.
        const QString example = dir.filePath(u"example.png"_s);
        r = run({u"--example"_s, u"relu-vs-leaky"_s, u"--export"_s, example, u"--size"_s, u"600x400"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QImage(example).size(), QSize(600, 400));
    }

    void shouldRejectBadArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mention");
        const QStringList seed = kSeedCurves;
        QTest::newRow("unknown type") << seed + QStringList{u"--export"_s, u"OUT/f.gif"_s} << u".svg"_s;
        QTest::newRow("small size") << seed + QStringList{u"--export"_s, u"OUT/f.png"_s, u"--size"_s, u"10x10"_s}
                                    << u"--size \"10x10\": width 10 is out of range"_s;
        QTest::newRow("bad size") << seed + QStringList{u"--export"_s, u"OUT/f.png"_s, u"--size"_s, u"big"_s}
                                  << u"WxH"_s;
        QTest::newRow("zero scale") << seed + QStringList{u"--export"_s, u"OUT/f.png"_s, u"--scale"_s, u"0"_s}
                                    << u"--scale \"0\": out of range"_s;
        QTest::newRow("huge scale") << seed + QStringList{u"--export"_s, u"OUT/f.png"_s, u"--scale"_s, u"9"_s}
                                    << u"--scale \"9\": out of range"_s;
        QTest::newRow("too many pixels") << seed
                + QStringList{u"--export"_s, u"OUT/f.png"_s, u"--size"_s, u"10000x10000"_s, u"--scale"_s, u"4"_s}
                                         << u"megapixels"_s;
        QTest::newRow("unknown function") << QStringList{u"--curve"_s, u"swish"_s, u"--export"_s, u"OUT/f.png"_s}
                                          << u"--curve \"swish\": unknown function"_s;
        QTest::newRow("unknown framework")
            << QStringList{u"--curve"_s, u"relu:jax"_s, u"--export"_s, u"OUT/f.png"_s} << u"jax"_s;
        QTest::newRow("bad parameter") << QStringList{u"--curve"_s, u"relu:keras:threshold=x"_s, u"--export"_s,
            u"OUT/f.png"_s} << u"threshold"_s;
        QTest::newRow("unknown panels") << seed + QStringList{u"--export"_s, u"OUT/f.png"_s, u"--panels"_s, u"left"_s}
                                        << u"--panels \"left\""_s;
        QTest::newRow("unknown theme") << seed + QStringList{u"--export"_s, u"OUT/f.png"_s, u"--theme"_s, u"blue"_s}
                                       << u"--theme \"blue\""_s;
        QTest::newRow("bad session") << QStringList{u"OUT/future.json"_s, u"--export"_s, u"OUT/f.png"_s}
                                     << u"version"_s;
        QTest::newRow("missing session") << QStringList{u"OUT/none.json"_s, u"--export"_s, u"OUT/f.png"_s}
                                         << u"cannot be read"_s;
        QTest::newRow("session and curves")
            << QStringList{u"OUT/future.json"_s} + seed + QStringList{u"--export"_s, u"OUT/f.png"_s} << u"together"_s;
        QTest::newRow("domain without curves")
            << QStringList{u"--example"_s, u"relu-vs-leaky"_s, u"--domain"_s, u"0:1"_s, u"--export"_s, u"OUT/f.png"_s}
            << u"--domain"_s;
        QTest::newRow("bad domain") << seed + QStringList{u"--domain"_s, u"2:1"_s, u"--export"_s, u"OUT/f.png"_s}
                                    << u"--domain \"2:1\""_s;
        QTest::newRow("scale without export")
            << seed + QStringList{u"--scale"_s, u"2"_s, u"--screenshot"_s, u"OUT/w.png"_s} << u"--scale"_s;
        QTest::newRow("export twice") << seed
                + QStringList{u"--export"_s, u"OUT/f.png"_s, u"--export"_s, u"OUT/g.png"_s}
                                      << u"more than once"_s;
        QTest::newRow("unwritable") << seed + QStringList{u"--export"_s, u"OUT/no/such/dir/f.png"_s}
                                    << u"cannot be written"_s;
        QTest::newRow("unknown option") << seed + QStringList{u"--export"_s, u"OUT/f.png"_s, u"--colour"_s, u"red"_s}
                                        << u"colour"_s;
    }
    void shouldRejectBadArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mention);
        QTemporaryDir dir;
        QFile future(dir.filePath(u"future.json"_s));
        QVERIFY(future.open(QIODevice::WriteOnly));
        future.write(R"({"format": "activation-explorer-session", "version": 5, "curves": []})");
        future.close();
        for (QString& a : args)
            a.replace(u"OUT/"_s, dir.path() + u'/');
        const Result r = run(args);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains(mention.toUtf8()), r.err.constData());
        QVERIFY(!QFile::exists(dir.filePath(u"f.png"_s)));
        QVERIFY(!QFile::exists(dir.filePath(u"w.png"_s)));
    }

    void shouldKeepTheCommandLineSeparate()
    {
        // --output x.json is the command line's file, not a session.
        QTemporaryDir dir;
        const QString json = dir.filePath(u"relu.json"_s);
        Result r = run({u"--function"_s, u"relu"_s, u"--eval=1"_s, u"--output"_s, json});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(readAll(json).contains("\"function\": \"relu\""));
        // --help documents the window's options too.
        r = run({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        for (const char* word : {"--export", "--curve", "--scale", "--screenshot", "FILE.json"})
            QVERIFY2(r.out.contains(word), word);
    }

    // One grammar: the curve of --function, --framework and --param is a figure's curve too.
    void shouldExportTheCurveOfFunction()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(u"f.png"_s);
        const Result r = run({u"--function"_s, u"relu"_s, u"--framework"_s, u"keras"_s, u"--param"_s, u"threshold=2"_s,
            u"--export"_s, png, u"--size"_s, u"600x400"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QByteArray());
        QCOMPARE(QImage(png).size(), QSize(600, 400));
    }

    // Figures never need a display and never touch the one the environment names, however broken:
    // a stale DISPLAY, a platform that does not exist, no runtime directory.
    void shouldRenderWhateverTheEnvironmentSays_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("value");
        QTest::newRow("stale DISPLAY") << u"DISPLAY"_s << u":99"_s;
        QTest::newRow("stale WAYLAND_DISPLAY") << u"WAYLAND_DISPLAY"_s << u"wayland-99"_s;
        QTest::newRow("xcb without a server") << u"QT_QPA_PLATFORM"_s << u"xcb"_s;
        QTest::newRow("no such platform") << u"QT_QPA_PLATFORM"_s << u"bogus"_s;
        QTest::newRow("a platform theme") << u"QT_QPA_PLATFORMTHEME"_s << u"gtk3"_s;
    }
    void shouldRenderWhateverTheEnvironmentSays()
    {
        QFETCH(QString, variable);
        QFETCH(QString, value);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"XDG_RUNTIME_DIR"_s); // Qt would say "QStandardPaths: XDG_RUNTIME_DIR not set"
        env.insert(variable, value);
        QTemporaryDir dir;
        // Figures and the window's picture: exit 0, nothing on stderr.
        const QString png = dir.filePath(u"f.png"_s);
        Result r = run(kSeedCurves + QStringList{u"--export"_s, png}, env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QByteArray());
        QVERIFY(!QImage(png).isNull());
        const QString shot = dir.filePath(u"w.png"_s);
        r = run({u"--example"_s, u"relu-arguments"_s, u"--screenshot"_s, shot}, env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QByteArray());
        QVERIFY(!QImage(shot).isNull());
        // Bad input, for the figures and for the window: exit 2, exactly the one line.
        for (const QStringList& bad : {QStringList{u"--curve"_s, u"relu"_s, u"--export"_s, png, u"--size"_s, u"x"_s},
                 QStringList{u"--theme"_s, u"blue"_s}, QStringList{dir.filePath(u"missing.json"_s)}}) {
            r = run(bad, env);
            QCOMPARE(r.exitCode, 2);
            QCOMPARE(r.err.count('\n'), 1);
            QVERIFY2(r.err.startsWith("error: "), r.err.constData());
        }
    }

    // The window itself cannot open on a display that is not there: one line naming what Qt said,
    // and exit 1, never abort().
    void shouldSayWhyTheWindowCannotOpen_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("mention");
        QTest::newRow("stale DISPLAY") << u"DISPLAY"_s << u":99"_s << u"could not connect to display :99"_s;
        QTest::newRow("no such platform") << u"QT_QPA_PLATFORM"_s << u"bogus"_s << u"\\\"bogus\\\""_s;
    }
    void shouldSayWhyTheWindowCannotOpen()
    {
        QFETCH(QString, variable);
        QFETCH(QString, value);
        QFETCH(QString, mention);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"QT_QPA_PLATFORM"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.remove(u"XDG_RUNTIME_DIR"_s);
        env.insert(variable, value);
        QTemporaryDir home;
        env.insert(u"XDG_CONFIG_HOME"_s, home.path());
        const Result r = run({u"--curve"_s, u"relu"_s}, env);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.startsWith("error: the window cannot open: "), r.err.constData());
        QVERIFY2(r.err.contains(mention.toUtf8()), r.err.constData());
        QVERIFY2(r.err.contains("--export FILE and --screenshot FILE.png, which need none"), r.err.constData());
    }

    // A session that asks for too much is refused before anything is allocated.
    void shouldRefuseMoreWorkThanAViewHolds()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.json"_s);
        QJsonArray curves;
        for (int i = 0; i < 64; ++i)
            curves.append(QJsonObject{{u"function"_s, u"relu"_s}, {u"framework"_s, u"keras"_s}});
        const QJsonObject session{{u"format"_s, u"activation-explorer-session"_s}, {u"version"_s, 1},
            {u"curves"_s, curves}, {u"domain"_s, QJsonObject{{u"min"_s, -5}, {u"max"_s, 5}, {u"samples"_s, 1000000}}}};
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(session).toJson());
        file.close();
        const QString png = dir.filePath(u"f.png"_s);
        const Result r = run({path, u"--export"_s, png});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains("64 curves × 1000000 samples is 64000000 points; accepted: at most 10000000"),
            r.err.constData());
        QVERIFY(!QFile::exists(png));
    }
};

QTEST_MAIN(TestHeadless)
#include "tst_headless.moc"
