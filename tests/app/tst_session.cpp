// SPDX-License-Identifier: MIT
#include "activationplot.h"
#include "codepanel.h"
#include "curvespec.h"
#include "documentlib.h"
#include "domaineditor.h"
#include "explorerdocument.h"
#include "exportcontroller.h"
#include "filesizelimit.h"
#include "mainwindow.h"
#include "makeactivation.h"
#include "qtext.h"
#include "serieswriter.h"
#include "session.h"
#include "sessioncontroller.h"
#include "settings.h"

#include "aex/core/codegen.h"
#include "aex/core/numberformat.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <csignal>
#include <cstring>

#include <sys/resource.h>
#include <unistd.h>

using Core::Activation;
using Core::Framework;
using Model::Session;
using namespace Qt::StringLiterals;

namespace {

using TestLib::make;

// Everything a session holds, none of it at its default.
Session richSession()
{
    Session s;
    s.curves = {
        {make("relu", Framework::TfKeras, {"max_value=none", "negative_slope=0.1", "threshold=2"}),
            Model::autoName(make("relu", Framework::TfKeras, {"negative_slope=0.1", "threshold=2"})), 0xff0072b2, true,
            true, Model::LineStyle::Auto, 0},
        {make("relu", Framework::Keras, {"max_value=6", "negative_slope=0.30000000000000004"}),
            u"My \"clipped\" ReLU, 6"_s, 0x800a141e, false, false, Model::LineStyle::DashDot, 3},
        {make("gelu", Framework::PyTorch, {"approximate=true"}), u"GELU ∘ tanh"_s, 0xffd55e00, true, false,
            Model::LineStyle::Dot, 0},
        {make("relu", Framework::Keras, {"max_value=inf"}), u"unbounded"_s, 0xff009e73, true, false,
            Model::LineStyle::Auto, 0.5},
        {make("prelu", Framework::PyTorch, {"alpha=-0.25"}), u"learned"_s, 0xffcc79a7, true, false,
            Model::LineStyle::Solid, 12},
        {make("threshold", Framework::PyTorch, {"threshold=0.5", "value=-1e-300"}), u"torch threshold"_s, 0xffe69f00,
            true, false, Model::LineStyle::Dash, 1.8},
    };
    s.selected = 2;
    s.domain = {-3.25, 7.5, 4097};
    s.dtype = Core::DType::Float32;
    s.view.x = std::pair{-1.0, 2.5};
    s.view.f = std::pair{-0.75, 3.0000000000000004};
    s.view.df = std::pair{-0.1, 1.1};
    s.theme = Model::Theme::Dark;
    s.panels = Model::Panels::Derivative;
    s.legend = Model::LegendPlace::BottomRight;
    s.valuesInput = u"-5, -2, 0, 3"_s;
    return s;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

// A minimal valid session with one curve, to be broken one field at a time.
QJsonObject minimal()
{
    return QJsonObject{{u"format"_s, u"activation-explorer-session"_s}, {u"version"_s, 1},
        {u"curves"_s,
            QJsonArray{QJsonObject{{u"function"_s, u"relu"_s}, {u"framework"_s, u"keras"_s},
                {u"params"_s, QJsonObject{{u"negative_slope"_s, 0.5}}}}}}};
}

QByteArray withCurve(const char* key, const QJsonValue& value)
{
    QJsonObject root = minimal();
    QJsonArray curves = root[u"curves"_s].toArray();
    QJsonObject c = curves[0].toObject();
    c[QString::fromLatin1(key)] = value;
    curves[0] = c;
    root[u"curves"_s] = curves;
    return QJsonDocument(root).toJson();
}

QByteArray withParams(const QJsonObject& params, const char* function = "relu", const char* framework = "keras")
{
    QJsonObject root = minimal();
    root[u"curves"_s] = QJsonArray{QJsonObject{{u"function"_s, QString::fromLatin1(function)},
        {u"framework"_s, QString::fromLatin1(framework)}, {u"params"_s, params}}};
    return QJsonDocument(root).toJson();
}

QByteArray withRoot(const char* key, const QJsonValue& value)
{
    QJsonObject root = minimal();
    root[QString::fromLatin1(key)] = value;
    return QJsonDocument(root).toJson();
}

using TestLib::FileSizeLimit;

// Parses a number exactly as the export wrote it.
double number(const QString& text)
{
    const std::optional<double> v = Core::parseNumber(text.toStdString());
    if (!v)
        qFatal("not a number: %s", qPrintable(text));
    return *v;
}

// Float32 exports print the shortest text of the float: read back as a float, then widened.
double asExported(double value, Core::DType dtype)
{
    return dtype == Core::DType::Float32 ? double(static_cast<float>(value)) : value;
}

bool same(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || (a == b && std::signbit(a) == std::signbit(b));
}

// Splits a CSV line, honouring quotes.
QStringList csvFields(const QString& line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return fields;
}

} // namespace

class TestSession : public QObject {
    Q_OBJECT
private slots:
    void init() { QApplication::setPalette(QPalette()); }

    void shouldSurviveSaveAndReloadWithoutLoss()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"session.json"_s);
        const Session original = richSession();
        QVERIFY(!Model::saveSession(original, path));
        const Model::SessionResult loaded = Model::loadSession(path);
        QVERIFY2(loaded, qPrintable(loaded.error.message()));
        TestLib::compareSessions(*loaded.session, original);
        // Saving what was loaded writes the same bytes.
        QCOMPARE(Model::sessionToJson(*loaded.session), readAll(path));
        // None, infinity and Booleans are spelled as documented.
        const QByteArray text = readAll(path);
        QVERIFY(text.contains("\"max_value\": null"));
        QVERIFY(text.contains("\"max_value\": \"inf\""));
        QVERIFY(text.contains("\"approximate\": true"));
        QVERIFY(text.contains("\"version\": 4"));
        QVERIFY(text.contains("\"#800a141e\"")); // alpha kept
    }

    void shouldKeepTheSignOfZeroInTheDomainAndTheView()
    {
        // A domain from -0 starts at x = -0, where tf.keras ReLU gives -0: the file keeps the sign.
        Session original = richSession();
        original.domain = {-0.0, 3, 11};
        original.view.x = std::pair{-0.0, 2.0};
        original.view.f = std::pair{-1.0, -0.0};
        const QByteArray json = Model::sessionToJson(original);
        QVERIFY(json.contains("\"min\": \"-0\""));
        const Model::SessionResult loaded = Model::sessionFromJson(json);
        QVERIFY2(loaded, qPrintable(loaded.error.message()));
        QVERIFY(std::signbit(loaded.session->domain.min));
        QVERIFY(std::signbit(loaded.session->view.x->first));
        QVERIFY(std::signbit(loaded.session->view.f->second));
        QCOMPARE(Model::sessionToJson(*loaded.session), json);
    }

    void shouldReadAMinimalHandWrittenSession()
    {
        const Model::SessionResult r = Model::sessionFromJson(QJsonDocument(minimal()).toJson());
        QVERIFY2(r, qPrintable(r.error.message()));
        QCOMPARE(r.session->curves.size(), 1);
        QVERIFY(r.session->curves[0].activation == make("relu", Framework::Keras, {"negative_slope=0.5"}));
        QCOMPARE(r.session->curves[0].name, u"ReLU · Keras 3 · negative_slope=0.5"_s);
        QVERIFY(r.session->curves[0].autoNamed);
        QCOMPARE(r.session->curves[0].color, Model::defaultCurveColor(0));
        QCOMPARE(r.session->selected, 0);
        QCOMPARE(r.session->domain.samples, std::size_t(1001));
        // A framework's own keyword is read too.
        const Model::SessionResult k
            = Model::sessionFromJson(withParams({{u"negative_slope"_s, 0.2}}, "leaky_relu", "keras"));
        QVERIFY2(k, qPrintable(k.error.message()));
        QVERIFY(k.session->curves[0].activation == make("leaky_relu", Framework::Keras, {"alpha=0.2"}));
    }

    void shouldRejectBadSessionsNamingTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("problem");
        const QByteArray valid = Model::sessionToJson(richSession());
        QTest::newRow("truncated") << valid.left(valid.size() / 2) << u"file"_s << u"truncated"_s;
        QTest::newRow("empty") << QByteArray() << u"file"_s << u"not valid JSON"_s;
        QTest::newRow("corrupted") << QByteArray(valid).replace("\"curves\"", "\"curves\"\x01\xff") << u"file"_s
                                   << u"not valid JSON at line"_s;
        QTest::newRow("not an object") << QByteArray("[1, 2]") << u"session"_s << u"accepted: an object"_s;
        QTest::newRow("no format") << QByteArray(R"({"version": 1, "curves": []})") << u"format"_s << u"missing"_s;
        QTest::newRow("other format") << withRoot("format", u"matplotlib"_s) << u"format"_s << u"\"matplotlib\""_s;
        QTest::newRow("future version") << withRoot("version", 5) << u"version"_s << u"newer"_s;
        QTest::newRow("future version, new fields")
            << QByteArray(withRoot("version", 7)).replace("\"curves\"", R"("layers": {}, "curves")") << u"version"_s
            << u"7 is newer"_s;
        QTest::newRow("version as text") << withRoot("version", u"1"_s) << u"version"_s
                                         << u"found a string; accepted: 1 to 4"_s;
        QTest::newRow("wavy line") << withCurve("line", u"wavy"_s) << u"curves[0].line"_s << u"dash-dot"_s;
        QTest::newRow("line too wide") << withCurve("width", 50) << u"curves[0].width"_s
                                       << u"50 is out of range; accepted: 0 (automatic) or 0.5 to 12 pixels"_s;
        QTest::newRow("legend elsewhere") << withRoot("legend", u"middle"_s) << u"legend"_s
                                          << u"top-left, top-right, bottom-left, bottom-right, hidden"_s;
        QTest::newRow("version 0") << withRoot("version", 0) << u"version"_s << u"out of range"_s;
        QTest::newRow("unknown field") << withRoot("colour", 1) << u"colour"_s << u"unknown field"_s;
        QTest::newRow("curves not a list")
            << withRoot("curves", QJsonObject{}) << u"curves"_s << u"found an object; accepted: an array"_s;
        QTest::newRow("curve not an object")
            << withRoot("curves", QJsonArray{1}) << u"curves[0]"_s << u"accepted: an object"_s;
        QTest::newRow("unknown function")
            << withCurve("function", u"swishy"_s) << u"curves[0].function"_s << u"unknown function \"swishy\""_s;
        QTest::newRow("function missing") << QByteArray(withCurve("function", 1)).replace("\"function\": 1,", "")
                                          << u"curves[0].function"_s << u"missing"_s;
        QTest::newRow("unknown framework")
            << withCurve("framework", u"jax"_s) << u"curves[0].framework"_s << u"unknown framework"_s;
        QTest::newRow("function not in framework")
            << withParams({}, "thresholded_relu", "pytorch") << u"curves[0].framework"_s << u"pytorch"_s;
        QTest::newRow("param as text") << withParams({{u"negative_slope"_s, u"abc"_s}})
                                       << u"curves[0].params.negative_slope"_s << u"\"abc\" is not accepted"_s;
        QTest::newRow("param as list") << withParams({{u"threshold"_s, QJsonArray{1}}})
                                       << u"curves[0].params.threshold"_s << u"found an array; accepted: a number"_s;
        QTest::newRow("None where not nullable") << withParams({{u"threshold"_s, QJsonValue::Null}})
                                                 << u"curves[0].params.threshold"_s << u"null (None) is not accepted"_s;
        QTest::newRow("Boolean as number") << withParams({{u"approximate"_s, 1}}, "gelu", "keras")
                                           << u"curves[0].params.approximate"_s << u"accepted: true or false"_s;
        QTest::newRow("number as Boolean")
            << withParams({{u"negative_slope"_s, true}}) << u"curves[0].params.negative_slope"_s
            << u"found true; accepted: a number"_s;
        QTest::newRow("unknown param") << withParams({{u"slope"_s, 1}}) << u"curves[0].params.slope"_s
                                       << u"unknown parameter"_s;
        QTest::newRow("param the framework lacks")
            << withParams({{u"max_value"_s, 6}}, "relu", "pytorch") << u"curves[0].params.max_value"_s
            << u"not a parameter of torch.nn.ReLU"_s;
        QTest::newRow("param twice") << withParams(
            {{u"alpha"_s, 0.1}, {u"negative_slope"_s, 0.2}}, "leaky_relu", "keras")
                                     << u"curves[0].params.negative_slope"_s << u"given twice"_s;
        QTest::newRow("required param missing")
            << withParams({{u"threshold"_s, 1}}, "threshold", "pytorch") << u"curves[0].params.value"_s << u"missing"_s;
        QTest::newRow("params not an object")
            << withCurve("params", QJsonArray{}) << u"curves[0].params"_s << u"accepted: an object"_s;
        QTest::newRow("bad colour") << withCurve("color", u"red"_s) << u"curves[0].color"_s << u"#rrggbb"_s;
        // PCRE's $ matches before a final newline; QColor would then silently give black (fuzz_session).
        QTest::newRow("colour with a trailing newline")
            << withCurve("color", u"#0036b2\n"_s) << u"curves[0].color"_s << u"#rrggbb"_s;
        QTest::newRow("colour as number")
            << withCurve("color", 255) << u"curves[0].color"_s << u"found a number; accepted: a string"_s;
        QTest::newRow("visible as text") << withCurve("visible", u"yes"_s) << u"curves[0].visible"_s
                                         << u"accepted: true or false"_s;
        QTest::newRow("empty own name")
            << QByteArray(withCurve("name", u" "_s)).replace("\"name\"", R"("autoName": false, "name")")
            << u"curves[0].name"_s << u"empty"_s;
        QTest::newRow("huge name") << withCurve("name", QString(5000, u'x')) << u"curves[0].name"_s
                                   << u"at most 4096"_s;
        QTest::newRow("unknown curve field")
            << withCurve("dashes", true) << u"curves[0].dashes"_s << u"unknown field"_s;
        QTest::newRow("selected out of range") << withRoot("selected", 1) << u"selected"_s << u"out of range"_s;
        QTest::newRow("selected fraction") << withRoot("selected", 0.5) << u"selected"_s << u"not a whole number"_s;
        QTest::newRow("samples out of range")
            << withRoot("domain", QJsonObject{{u"min"_s, -1}, {u"max"_s, 1}, {u"samples"_s, 1}}) << u"domain.samples"_s
            << u"out of range"_s;
        QTest::newRow("too many samples")
            << withRoot("domain", QJsonObject{{u"min"_s, -1}, {u"max"_s, 1}, {u"samples"_s, 1e9}})
            << u"domain.samples"_s << u"out of range"_s;
        QTest::newRow("reversed domain") << withRoot("domain", QJsonObject{{u"min"_s, 1}, {u"max"_s, -1}})
                                         << u"domain"_s << u"empty"_s;
        QTest::newRow("domain min missing") << withRoot("domain", QJsonObject{{u"max"_s, 1}}) << u"domain.min"_s
                                            << u"missing; accepted: a finite number"_s;
        QTest::newRow("unknown dtype") << withRoot("dtype", u"float16"_s) << u"dtype"_s << u"float32"_s;
        QTest::newRow("reversed view") << withRoot("view", QJsonObject{{u"x"_s, QJsonArray{2, 1}}}) << u"view.x"_s
                                       << u"not below"_s;
        QTest::newRow("short view") << withRoot("view", QJsonObject{{u"f"_s, QJsonArray{2}}}) << u"view.f"_s
                                    << u"[low, high]"_s;
        QTest::newRow("view as text") << withRoot("view", QJsonObject{{u"df"_s, QJsonArray{u"a"_s, 1}}})
                                      << u"view.df[0]"_s << u"found a string; accepted: a finite number"_s;
        QTest::newRow("unknown theme") << withRoot("theme", u"blue"_s) << u"theme"_s << u"\"blue\" is not accepted"_s;
        QTest::newRow("unknown panels") << withRoot("panels", u"left"_s) << u"panels"_s << u"derivative"_s;
        QJsonArray many;
        for (int i = 0; i < 65; ++i)
            many.append(QJsonObject{{u"function"_s, u"relu"_s}, {u"framework"_s, u"keras"_s}});
        QTest::newRow("too many curves") << withRoot("curves", many) << u"curves"_s << u"at most 64"_s;
    }
    void shouldRejectBadSessionsNamingTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QFETCH(QString, problem);
        const Model::SessionResult r = Model::sessionFromJson(json);
        QVERIFY(!r);
        QVERIFY(!r.session);
        QVERIFY2(r.error.field == field, qPrintable(r.error.message()));
        QVERIFY2(r.error.problem.contains(problem), qPrintable(r.error.message()));
    }

    void shouldRejectHugeFilesBeforeReadingThem()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"huge.json"_s);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            const QByteArray head = QJsonDocument(minimal()).toJson();
            f.write(head.left(head.size() - 2));
            f.write(QByteArray(Model::kMaxSessionBytes, ' ')); // valid JSON, just too big
            f.write("}\n");
        }
        const Model::SessionResult r = Model::loadSession(path);
        QVERIFY(!r);
        QCOMPARE(r.error.field, u"file"_s);
        QVERIFY2(r.error.problem.contains(u"at most 16 MiB"_s), qPrintable(r.error.message()));
        QVERIFY(Model::loadSession(dir.filePath(u"missing.json"_s)).error.problem.contains(u"cannot be read"_s));
    }

    void shouldLeaveTheOldFileWhenASaveFails()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"session.json"_s);
        Session old;
        QVERIFY(!Model::saveSession(old, path));
        const QByteArray before = readAll(path);

        // The disk fills up half-way through the write.
        Model::FileError error;
        {
            const FileSizeLimit limit(64);
            error = Model::saveSession(richSession(), path);
        }
        QCOMPARE(error.kind, Model::FileError::Kind::WriteFailed);
        QVERIFY2(error.message.contains(u"the file was left as it was"_s), qPrintable(error.message));
        QCOMPARE(readAll(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"session.json"_s});

        // A directory that cannot be written (only meaningful when not root).
        if (geteuid() != 0) {
            QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
            error = Model::saveSession(richSession(), path);
            QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            QVERIFY(error);
            QCOMPARE(readAll(path), before);
        }
        // A directory that does not exist.
        QVERIFY(
            Model::saveSession(old, dir.filePath(u"no/such/session.json"_s)).message.contains(u"cannot be written"_s));
    }

    void shouldParseCurveSpecs_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("expected"); // the spec it prints back, or the error's mention
        QTest::addColumn<bool>("valid");
        QTest::newRow("function only") << u"relu"_s << u"relu:keras:max_value=none,negative_slope=0,threshold=0"_s
                                       << true;
        QTest::newRow("framework") << u"leaky_relu:pytorch"_s << u"leaky_relu:pytorch:alpha=0.01"_s << true;
        QTest::newRow("params") << u"relu:tf_keras:negative_slope=0.1,threshold=2"_s
                                << u"relu:tf_keras:max_value=none,negative_slope=0.1,threshold=2"_s << true;
        QTest::newRow("framework keyword")
            << u"leaky_relu:tf_keras:alpha=0.5"_s << u"leaky_relu:tf_keras:alpha=0.5"_s << true;
        QTest::newRow("no framework") << u"relu:max_value=6"_s
                                      << u"relu:keras:max_value=6,negative_slope=0,threshold=0"_s << true;
        QTest::newRow("boolean") << u"gelu:pytorch:approximate=true"_s << u"gelu:pytorch:approximate=true"_s << true;
        QTest::newRow("unknown function") << u"swish:keras"_s << u"unknown function \"swish\""_s << false;
        QTest::newRow("unknown framework") << u"relu:jax"_s << u"unknown framework \"jax\""_s << false;
        QTest::newRow("unknown param") << u"relu:keras:slope=1"_s << u"slope"_s << false;
        QTest::newRow("bad value") << u"relu:keras:threshold=abc"_s << u"threshold"_s << false;
        QTest::newRow("not an assignment") << u"relu:keras:threshold"_s << u"not NAME=VALUE"_s << false;
        QTest::newRow("too many parts") << u"relu:keras:a=1:b"_s << u"too many"_s << false;
        QTest::newRow("required") << u"threshold:pytorch:threshold=1"_s << u"value missing"_s << false;
        QTest::newRow("empty") << QString() << u"unknown function"_s << false;
    }
    void shouldParseCurveSpecs()
    {
        QFETCH(QString, spec);
        QFETCH(QString, expected);
        QFETCH(bool, valid);
        const App::CurveSpecResult r = App::parseCurveSpec(spec);
        QCOMPARE(r.activation.has_value(), valid);
        if (valid) {
            QCOMPARE(App::curveSpec(*r.activation), expected);
            QVERIFY(*App::parseCurveSpec(App::curveSpec(*r.activation)).activation == *r.activation);
        } else {
            QVERIFY2(r.error.contains(expected), qPrintable(r.error));
        }
    }

    void shouldExportDataEqualToTheCore_data()
    {
        QTest::addColumn<Core::DType>("dtype");
        QTest::newRow("float64") << Core::DType::Float64;
        QTest::newRow("float32") << Core::DType::Float32;
    }
    void shouldExportDataEqualToTheCore()
    {
        QFETCH(Core::DType, dtype);
        App::DataRequest request;
        request.curves = richSession().curves; // the second is hidden
        request.domain = {-3, 3.5, 257};
        request.dtype = dtype;
        std::vector<const Model::Curve*> visible;
        for (const Model::Curve& c : request.curves)
            if (c.visible)
                visible.push_back(&c);

        // CSV: one row per curve and point.
        const QStringList lines
            = QString::fromUtf8(App::curveData(request, App::DataFormat::Csv)).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), u"curve,name,function,framework,params,dtype,x,y,dy"_s);
        QCOMPARE(lines.size(), 1 + qsizetype(visible.size()) * 257);
        for (std::size_t c = 0; c < visible.size(); ++c) {
            const Core::Series s = Core::sample(visible[c]->activation, request.domain, dtype);
            for (std::size_t i = 0; i < s.x.size(); ++i) {
                const QStringList f = csvFields(lines[1 + qsizetype(c) * 257 + qsizetype(i)]);
                QCOMPARE(f.size(), 9);
                QCOMPARE(f[0].toInt(), int(c) + 1);
                QCOMPARE(f[1], visible[c]->name);
                QCOMPARE(f[2], Model::toQString(visible[c]->activation.function().name));
                // The parameters read back as --curve reads them, to the same activation.
                const App::CurveSpecResult spec = App::parseCurveSpec(f[2] + u':' + f[3] + u':' + f[4]);
                QVERIFY2(spec.activation, qPrintable(spec.error));
                QCOMPARE(*spec.activation, visible[c]->activation);
                QCOMPARE(f[5], Model::toQString(Core::dtypeName(dtype)));
                QVERIFY2(same(asExported(number(f[6]), dtype), s.x[i]) && same(asExported(number(f[7]), dtype), s.y[i])
                        && same(asExported(number(f[8]), dtype), s.dy[i]),
                    qPrintable(lines[qsizetype(1 + c * 257 + i)]));
            }
        }

        // JSON: the same numbers.
        // Python's json.dump spelling of infinite parameters (max_value=inf), which QJsonDocument
        // refuses, quoted first.
        QByteArray json = App::curveData(request, App::DataFormat::Json);
        QVERIFY(json.contains("\"max_value\": Infinity"));
        json.replace("\"max_value\": Infinity", R"("max_value": "Infinity")");
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(json, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(root[u"format"_s].toString(), u"activation-explorer-data"_s);
        QCOMPARE(root[u"dtype"_s].toString(), Model::toQString(Core::dtypeName(dtype)));
        const QJsonArray curves = root[u"curves"_s].toArray();
        QCOMPARE(curves.size(), qsizetype(visible.size()));
        for (std::size_t c = 0; c < visible.size(); ++c) {
            const QJsonObject o = curves[qsizetype(c)].toObject();
            QCOMPARE(o[u"name"_s].toString(), visible[c]->name);
            QCOMPARE(o[u"framework"_s].toString(),
                Model::toQString(Core::frameworkName(visible[c]->activation.framework())));
            const Core::Series s = Core::sample(visible[c]->activation, request.domain, dtype);
            for (const char* key : {"x", "y", "dy"}) {
                const QJsonArray values = o[QString::fromLatin1(key)].toArray();
                const std::vector<double>& expected = std::strcmp(key, "x") == 0 ? s.x
                    : std::strcmp(key, "y") == 0                                 ? s.y
                                                                                 : s.dy;
                QCOMPARE(values.size(), qsizetype(expected.size()));
                for (qsizetype i = 0; i < values.size(); ++i)
                    QVERIFY2(asExported(values[i].toDouble(), dtype) == expected[std::size_t(i)], key);
            }
        }
        const QJsonObject params = curves[0].toObject()[u"params"_s].toObject();
        QVERIFY(params[u"max_value"_s].isNull());
        QCOMPARE(params[u"threshold"_s].toDouble(), 2.0);
    }

    void shouldWriteDataFilesAtomically()
    {
        QTemporaryDir dir;
        App::DataRequest request{richSession().curves, {-1, 1, 11}, Core::DType::Float64};
        QVERIFY(!App::writeCurveData(request, dir.filePath(u"a.csv"_s)));
        QVERIFY(!App::writeCurveData(request, dir.filePath(u"a.json"_s)));
        QCOMPARE(readAll(dir.filePath(u"a.csv"_s)), App::curveData(request, App::DataFormat::Csv));
        QVERIFY(App::writeCurveData(request, dir.filePath(u"a.txt"_s)).message.contains(u".csv or .json"_s));
        Model::FileError error;
        {
            const FileSizeLimit limit(100);
            error = App::writeCurveData(request, dir.filePath(u"a.csv"_s));
        }
        QVERIFY2(error.message.contains(u"the file was left as it was"_s), qPrintable(error.message));
        QCOMPARE(readAll(dir.filePath(u"a.csv"_s)), App::curveData(request, App::DataFormat::Csv));
    }

    // The window: a session in, the same session out; a bad file changes nothing.
    void shouldOpenAndSaveSessionsInTheWindow()
    {
        QTemporaryDir dir;
        App::MainWindow window;
        window.resize(1100, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QString path = dir.filePath(u"rich.json"_s);
        QVERIFY(!Model::saveSession(richSession(), path));
        QCOMPARE(window.sessions()->openSession(path), QString());
        QCOMPARE(window.sessions()->sessionPath(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(window.sessions()->recentFiles().value(0), QFileInfo(path).absoluteFilePath());
        QVERIFY(window.windowTitle().contains(u"rich.json"_s));
        QVERIFY(!window.isWindowModified());
        TestLib::compareSessions(window.document()->snapshot(), richSession());
        QVERIFY(window.document()->theme() == Model::Theme::Dark);
        // The plot shows the session's panels (f′ only), view and dtype.
        QVERIFY(!window.plot()->scene()->hasPanel(Widgets::Panel::Function));
        QCOMPARE(window.plot()->scene()->shownView().x->first, -1.0);
        QCOMPARE(window.plot()->scene()->shownView().df->second, 1.1);
        QCOMPARE(window.document()->view().f->second, 3.0000000000000004);
        QVERIFY(window.plot()->scene()->dtype() == Core::DType::Float32);

        // Save As writes what is on screen.
        const QString copy = dir.filePath(u"copy.json"_s);
        QCOMPARE(window.sessions()->saveSessionAs(copy), QString());
        QCOMPARE(readAll(copy), readAll(path));
        QCOMPARE(window.sessions()->sessionPath(), QFileInfo(copy).absoluteFilePath());
        QCOMPARE(window.sessions()->recentFiles().mid(0, 2),
            (QStringList{QFileInfo(copy).absoluteFilePath(), QFileInfo(path).absoluteFilePath()}));

        // Bad files: an error naming the file and the field; the window keeps its session.
        const QByteArray before = Model::sessionToJson(window.document()->snapshot());
        const QString bad = dir.filePath(u"bad.json"_s);
        for (const QByteArray& broken : {withCurve("function", u"swishy"_s), withRoot("version", 5),
                 readAll(path).left(300), withParams({{u"threshold"_s, u"x"_s}})}) {
            writeAll(bad, broken);
            const QString error = window.sessions()->openSession(bad);
            QVERIFY(error.startsWith(bad));
            QCOMPARE(Model::sessionToJson(window.document()->snapshot()), before);
            QCOMPARE(window.sessions()->sessionPath(), QFileInfo(copy).absoluteFilePath());
        }
        QVERIFY(window.sessions()->openSession(bad).contains(u"curves[0].params.threshold"_s));

        // A change marks the window modified; following the data again stores no view ranges.
        window.document()->curveModel()->setCurveVisible(0, false);
        QVERIFY(window.isWindowModified());
        window.plot()->resetViewAction()->trigger();
        QVERIFY(window.document()->snapshot().view.followsData());
    }

    void shouldExportFromTheWindow()
    {
        QTemporaryDir dir;
        App::MainWindow window;
        window.resize(1100, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.loadExample(u"relu-vs-leaky"_s));

        Widgets::FigureOptions o;
        o.size = QSize(640, 400);
        o.scale = 2;
        QCOMPARE(window.exports()->exportFigure(dir.filePath(u"f.png"_s), o), QString());
        QCOMPARE(QImage(dir.filePath(u"f.png"_s)).size(), QSize(1280, 800));
        QCOMPARE(window.exports()->exportFigure(dir.filePath(u"f.svg"_s), o), QString());
        QVERIFY(readAll(dir.filePath(u"f.svg"_s)).contains("<svg"));

        QCOMPARE(window.exports()->exportWindow(dir.filePath(u"w.png"_s)), QString());
        QCOMPARE(QImage(dir.filePath(u"w.png"_s)).size(), window.size() * window.devicePixelRatio());

        QCOMPARE(window.exports()->exportData(dir.filePath(u"d.csv"_s)), QString());
        const QStringList rows = QString::fromUtf8(readAll(dir.filePath(u"d.csv"_s))).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 1 + 6 * 1001);

        window.exports()->copyPlotImage();
        const QImage clip = QGuiApplication::clipboard()->image();
        QCOMPARE(clip.size(), window.plot()->size() * 2);
    }

    void shouldShowAndCopyCode()
    {
        App::MainWindow window;
        window.show();
        QVERIFY(window.loadExample(u"relu-vs-leaky"_s));
        window.document()->select(3); // tf.keras ReLU(negative_slope=0.1, threshold=2)
        const Core::Activation a = window.document()->curve(3).activation;
        for (Framework fw : Core::kFrameworks) {
            const Core::CodeSnippet expected = Core::codeFor(a, fw);
            // The code tab (behind the formula) is built when first raised or asked for, and
            // catches up when read.
            Widgets::CodePanel* code = window.codePanel();
            QVERIFY(code->snippet(fw));
            auto* edit = code->findChild<QPlainTextEdit*>(u"codeEdit_"_s + Model::toQString(Core::frameworkName(fw)));
            QVERIFY(edit);
            QCOMPARE(edit->toPlainText(), QString::fromStdString(expected.code));
            QVERIFY(window.exports()->copyCode(fw));
            QCOMPARE(QGuiApplication::clipboard()->text(), QString::fromStdString(expected.code));
            if (expected.composition)
                QVERIFY(Widgets::CodePanel::note(a, expected).contains(u"Composition"_s));
        }
        // The Edit menu's actions do the same.
        auto* action = window.findChild<QAction*>(u"copyCodeAction_pytorch"_s);
        QVERIFY(action && action->isEnabled());
        QGuiApplication::clipboard()->clear();
        action->trigger();
        QCOMPARE(
            QGuiApplication::clipboard()->text(), QString::fromStdString(Core::codeFor(a, Framework::PyTorch).code));
        QVERIFY(QGuiApplication::clipboard()->text().contains(u"torch"_s));
    }
};

QTEST_MAIN(TestSession)
#include "tst_session.moc"
