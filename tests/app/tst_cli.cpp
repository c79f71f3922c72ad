// SPDX-License-Identifier: MIT
// Runs the built activation-explorer binary as a user would and checks what it prints and writes.
#include "clirun.h"

#include "aex/core/activation.h"
#include "aex/core/catalogue.h"
#include "aex/core/framework.h"
#include "aex/core/numberformat.h"
#include "aex/core/sampling.h"
#include "aex/core/statistics.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <bit>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

using CliRun::Result;

// Most cases run the program's main() in this process (CliRun::runInProcess): the same code,
// arguments, output and exit code, without starting the binary hundreds of times. spawn() starts
// the built binary, with no display, for what only a real process shows: the exit status the shell
// sees, --version and --help, and shouldBehaveTheSameInAndOutOfProcess, which holds the two equal.
Result run(const QStringList& arguments, const QString& workingDirectory = {})
{
    return CliRun::runInProcess(arguments, workingDirectory);
}

Result spawn(const QStringList& arguments, const QString& workingDirectory = {})
{
    return CliRun::run(arguments, workingDirectory);
}

QString qstr(std::string_view text) { return QString::fromUtf8(text.data(), qsizetype(text.size())); }

struct Csv {
    QStringList header;
    QList<QStringList> rows;
};

Csv parseCsv(const QByteArray& text)
{
    Csv csv;
    QList<QByteArray> lines = text.split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringList cells = QString::fromUtf8(lines[i]).split(u',');
        if (i == 0)
            csv.header = cells;
        else
            csv.rows.append(cells);
    }
    return csv;
}

QStringList column(const Csv& csv, qsizetype index)
{
    QStringList cells;
    for (const QStringList& row : csv.rows)
        cells.append(row.value(index));
    return cells;
}

double number(const QString& text)
{
    const std::optional<double> value = Core::parseNumber(text.toStdString());
    return value ? *value : std::nan("");
}

// Bit-for-bit in the precision the values were computed in (any NaN matches any NaN).
bool same(double a, double b, Core::DType dtype)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    if (dtype == Core::DType::Float32)
        return std::bit_cast<std::uint32_t>(static_cast<float>(a))
            == std::bit_cast<std::uint32_t>(static_cast<float>(b));
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}

std::string expectedText(double value, Core::DType dtype)
{
    return dtype == Core::DType::Float32 ? Core::formatNumber(static_cast<float>(value)) : Core::formatNumber(value);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

// Python's json.dump writes NaN and infinities as bare tokens; QJsonDocument wants strict JSON.
QJsonObject parsePythonJson(QByteArray text)
{
    text.replace("-Infinity", "\"-inf\"");
    text.replace("Infinity", "\"inf\"");
    text.replace("NaN", "\"nan\"");
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    return error.error == QJsonParseError::NoError ? document.object() : QJsonObject();
}

double jsonNumber(const QJsonValue& value)
{
    return value.isString() ? number(value.toString()) : value.toDouble(std::nan(""));
}

const QString kPoints = u"-inf,-1e300,-1e10,-20,-6,-3,-2.5,-1,-0.5,-0.1,-1e-7,-1e-45,-0,0,5e-324,1e-7,0.1,"
                        "0.5,1,2.5,3,6,20,1e10,1e300,inf,nan"_s;

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void shouldPrintTheThresholdConventionOfEachFramework_data();
    void shouldPrintTheThresholdConventionOfEachFramework();
    void shouldReproduceTheSeedExamples_data();
    void shouldReproduceTheSeedExamples();
    void shouldMatchLeakyReluWithReluNegativeSlope_data();
    void shouldMatchLeakyReluWithReluNegativeSlope();
    void shouldEvaluateEveryDefaultWithoutWarnings_data();
    void shouldEvaluateEveryDefaultWithoutWarnings();
    void shouldPrintOneDerivativeColumnPerTrainableParameter_data();
    void shouldPrintOneDerivativeColumnPerTrainableParameter();
    void shouldPrintNumbersThatReadBackToTheCoreValues_data();
    void shouldPrintNumbersThatReadBackToTheCoreValues();
    void shouldPrintTheShortestFormOfEachPrecision_data();
    void shouldPrintTheShortestFormOfEachPrecision();
    void shouldSpellSpecialValuesInAndOut_data();
    void shouldSpellSpecialValuesInAndOut();
    void shouldAcceptNoneAndBooleanParameters_data();
    void shouldAcceptNoneAndBooleanParameters();
    void shouldWriteTheSameCsvToAFileAsToStdout_data();
    void shouldWriteTheSameCsvToAFileAsToStdout();
    void shouldWriteJsonWithTheSameNumbers_data();
    void shouldWriteJsonWithTheSameNumbers();
    void shouldSampleExactlyTheLinspaceOfTheDomain();
    void shouldRejectBadInput_data();
    void shouldRejectBadInput();
    void shouldLeaveOutputFilesUntouchedOnBadInput_data();
    void shouldLeaveOutputFilesUntouchedOnBadInput();
    void shouldWarnAboutValuesTheLayerRejects_data();
    void shouldWarnAboutValuesTheLayerRejects();
    void shouldListEveryFunctionOfEachFramework_data();
    void shouldListEveryFunctionOfEachFramework();
    void shouldPrintVersionAndHelp();
    void shouldSayWhenStandardOutputCannotBeWritten_data();
    void shouldSayWhenStandardOutputCannotBeWritten();
    void shouldEchoUntrustedTextOnOneLine_data();
    void shouldEchoUntrustedTextOnOneLine();
    void shouldReadWholeNumbersAsEveryOtherFieldDoes();
    void shouldSayWhenMemoryRunsOut();
    void shouldPrintTheStatisticsOfTheCore_data();
    void shouldPrintTheStatisticsOfTheCore();
    void shouldPrintReluClosedFormsUnderTheDefaultInput();
    void shouldNameEachCurveInAColumn();
    void shouldPrintTheDepthRecursion_data();
    void shouldPrintTheDepthRecursion();
    void shouldReadTheInputFromADataFile();
    void shouldWriteStatisticsAndDepthToAFile_data();
    void shouldWriteStatisticsAndDepthToAFile();
    void shouldNotOverwriteTheInputDataFile();
    void shouldBehaveTheSameInAndOutOfProcess_data();
    void shouldBehaveTheSameInAndOutOfProcess();
};

void TestCli::shouldPrintTheThresholdConventionOfEachFramework_data()
{
    QTest::addColumn<QString>("framework");
    QTest::addColumn<QString>("y");
    // Keras >= 3.15 masks with where(x > t, x, 0); tf.keras multiplies by the mask, so -5 * 0 = -0.
    QTest::addRow("tf_keras") << u"tf_keras"_s << u"-0,-0,0,3"_s;
    QTest::addRow("keras") << u"keras"_s << u"0,0,0,3"_s;
}

void TestCli::shouldPrintTheThresholdConventionOfEachFramework()
{
    QFETCH(QString, framework);
    QFETCH(QString, y);
    const Result r = spawn({u"--function"_s, u"relu"_s, u"--framework"_s, framework, u"--param"_s, u"threshold=2.5"_s,
        u"--eval=-5,-1.5,2.5,3"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QByteArray());
    const Csv csv = parseCsv(r.out);
    QCOMPARE(csv.header, (QStringList{u"x"_s, u"y"_s, u"dy"_s}));
    QCOMPARE(column(csv, 0).join(u','), u"-5,-1.5,2.5,3"_s);
    QCOMPARE(column(csv, 1).join(u','), y);
}

void TestCli::shouldReproduceTheSeedExamples_data()
{
    QTest::addColumn<QString>("function");
    QTest::addColumn<QString>("framework");
    QTest::addColumn<QStringList>("params");
    QTest::addColumn<QString>("points");
    QTest::addColumn<QString>("y");
    // Seed 002: the tf.keras ReLU layer tutorial; Keras 3 gives the same except for the signed zeros.
    for (const QString& framework : {u"tf_keras"_s, u"keras"_s}) {
        const bool tf = framework == u"tf_keras"_s;
        QTest::addRow("002 defaults %s", qPrintable(framework))
            << u"relu"_s << framework << QStringList{} << u"-5,-2,0,3"_s << u"0,0,0,3"_s;
        QTest::addRow("002 max_value=2 %s", qPrintable(framework))
            << u"relu"_s << framework << QStringList{u"max_value=2"_s} << u"-5,-2,0,3"_s << u"0,0,0,2"_s;
        QTest::addRow("002 negative_slope=2 %s", qPrintable(framework))
            << u"relu"_s << framework << QStringList{u"negative_slope=2"_s} << u"-5,-2,0,3"_s << u"-10,-4,0,3"_s;
        QTest::addRow("002 threshold=2.5 %s", qPrintable(framework))
            << u"relu"_s << framework << QStringList{u"threshold=2.5"_s} << u"-5,-1.5,2.5,3"_s
            << (tf ? u"-0,-0,0,3"_s : u"0,0,0,3"_s);
    }
    // Seed 004: LeakyReLU defaults to 0.3 in the Keras layers but to 0.01 in PyTorch.
    QTest::addRow("004 leaky_relu keras") << u"leaky_relu"_s << u"keras"_s << QStringList{} << u"-1,2"_s << u"-0.3,2"_s;
    QTest::addRow("004 leaky_relu tf_keras")
        << u"leaky_relu"_s << u"tf_keras"_s << QStringList{} << u"-1,2"_s << u"-0.3,2"_s;
    QTest::addRow("004 leaky_relu pytorch")
        << u"leaky_relu"_s << u"pytorch"_s << QStringList{} << u"-1,2"_s << u"-0.01,2"_s;
    // PReLU's alpha starts at 0 in Keras and at 0.25 in PyTorch.
    QTest::addRow("prelu keras") << u"prelu"_s << u"keras"_s << QStringList{} << u"-1,2"_s << u"0,2"_s;
    QTest::addRow("prelu pytorch") << u"prelu"_s << u"pytorch"_s << QStringList{} << u"-1,2"_s << u"-0.25,2"_s;
}

void TestCli::shouldReproduceTheSeedExamples()
{
    QFETCH(QString, function);
    QFETCH(QString, framework);
    QFETCH(QStringList, params);
    QFETCH(QString, points);
    QFETCH(QString, y);
    QStringList args{u"--function"_s, function, u"--framework"_s, framework, u"--eval="_s + points};
    for (const QString& p : params)
        args << u"--param"_s << p;
    const Result r = run(args);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QByteArray());
    QCOMPARE(column(parseCsv(r.out), 1).join(u','), y);
}

void TestCli::shouldMatchLeakyReluWithReluNegativeSlope_data()
{
    QTest::addColumn<QString>("framework");
    QTest::addRow("keras") << u"keras"_s;
    QTest::addRow("tf_keras") << u"tf_keras"_s;
}

// Seed 000: ReLU(negative_slope=0.5) and LeakyReLU(alpha=0.5) behave the same.
void TestCli::shouldMatchLeakyReluWithReluNegativeSlope()
{
    QFETCH(QString, framework);
    const Result leaky = run({u"--function"_s, u"leaky_relu"_s, u"--framework"_s, framework, u"--param"_s,
        u"alpha=0.5"_s, u"--eval="_s + kPoints});
    const Result relu = run({u"--function"_s, u"relu"_s, u"--framework"_s, framework, u"--param"_s,
        u"negative_slope=0.5"_s, u"--eval="_s + kPoints});
    QCOMPARE(leaky.exitCode, 0);
    QCOMPARE(relu.exitCode, 0);
    QVERIFY(!leaky.out.isEmpty());
    QCOMPARE(leaky.out, relu.out);
}

void TestCli::shouldEvaluateEveryDefaultWithoutWarnings_data()
{
    QTest::addColumn<QString>("function");
    QTest::addColumn<QString>("framework");
    QTest::addColumn<QStringList>("required");
    for (const Core::FunctionSpec& function : Core::catalogue()) {
        for (Core::Framework framework : function.availableFrameworks()) {
            const Core::Activation defaults = Core::Activation::withDefaults(function, framework);
            QStringList required;
            for (std::size_t i : defaults.requiredParams())
                required << u"--param"_s
                         << qstr(function.params[i].name) + u'=' + qstr(Core::formatNumber(defaults.params().value[i]));
            QTest::addRow("%s %s", qPrintable(qstr(function.name)), qPrintable(qstr(Core::frameworkName(framework))))
                << qstr(function.name) << qstr(Core::frameworkName(framework)) << required;
        }
    }
}

// A framework's own defaults are values its layer accepts.
void TestCli::shouldEvaluateEveryDefaultWithoutWarnings()
{
    QFETCH(QString, function);
    QFETCH(QString, framework);
    QFETCH(QStringList, required);
    const Result r
        = run(QStringList{u"--function"_s, function, u"--framework"_s, framework, u"--strict"_s, u"--eval=-1,0,1"_s}
            + required);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(parseCsv(r.out).rows.size(), 3);
}

void TestCli::shouldPrintOneDerivativeColumnPerTrainableParameter_data()
{
    QTest::addColumn<QString>("function");
    QTest::addColumn<QString>("framework");
    QTest::addColumn<QString>("header");
    QTest::addRow("relu") << u"relu"_s << u"keras"_s << u"x,y,dy"_s;
    QTest::addRow("leaky_relu") << u"leaky_relu"_s << u"pytorch"_s << u"x,y,dy"_s;
    QTest::addRow("elu") << u"elu"_s << u"keras"_s << u"x,y,dy"_s;
    QTest::addRow("prelu keras") << u"prelu"_s << u"keras"_s << u"x,y,dy,d_alpha"_s;
    QTest::addRow("prelu pytorch") << u"prelu"_s << u"pytorch"_s << u"x,y,dy,d_alpha"_s;
}

void TestCli::shouldPrintOneDerivativeColumnPerTrainableParameter()
{
    QFETCH(QString, function);
    QFETCH(QString, framework);
    QFETCH(QString, header);
    const Result r = run({u"--function"_s, function, u"--framework"_s, framework, u"--eval=-2,0,2"_s});
    QCOMPARE(r.exitCode, 0);
    const Csv csv = parseCsv(r.out);
    QCOMPARE(csv.header.join(u','), header);
    QCOMPARE(csv.rows.size(), 3);
    for (const QStringList& row : csv.rows)
        QCOMPARE(row.size(), csv.header.size());
}

void TestCli::shouldPrintNumbersThatReadBackToTheCoreValues_data()
{
    QTest::addColumn<QString>("function");
    QTest::addColumn<QString>("framework");
    QTest::addColumn<QString>("dtype");
    QTest::addColumn<QStringList>("params");
    for (const Core::FunctionSpec& function : Core::catalogue()) {
        for (Core::Framework framework : function.availableFrameworks()) {
            const Core::Activation defaults = Core::Activation::withDefaults(function, framework);
            QStringList required;
            for (std::size_t i : defaults.requiredParams())
                required << qstr(function.params[i].name) + u'=' + qstr(Core::formatNumber(defaults.params().value[i]));
            // Every parameter away from its default, so the parameters are seen to reach the kernel.
            QStringList changed;
            for (std::size_t i : defaults.availableParams()) {
                const Core::ParamSpec& param = function.params[i];
                QString value;
                if (param.kind == Core::ParamKind::Boolean)
                    value = defaults.params().value[i] != 0 ? u"false"_s : u"true"_s;
                else
                    value = qstr(Core::formatNumber(
                        std::round((param.sliderMin + 0.37 * (param.sliderMax - param.sliderMin)) * 100) / 100));
                changed << qstr(param.name) + u'=' + value;
            }
            for (Core::DType dtype : {Core::DType::Float64, Core::DType::Float32}) {
                const QString name = qstr(function.name) + u' ' + qstr(Core::frameworkName(framework)) + u' '
                    + qstr(Core::dtypeName(dtype));
                QTest::addRow("%s defaults", qPrintable(name))
                    << qstr(function.name) << qstr(Core::frameworkName(framework)) << qstr(Core::dtypeName(dtype))
                    << required;
                if (!changed.isEmpty())
                    QTest::addRow("%s params", qPrintable(name))
                        << qstr(function.name) << qstr(Core::frameworkName(framework)) << qstr(Core::dtypeName(dtype))
                        << changed;
            }
        }
    }
}

// Every printed number is formatNumber's shortest text and reads back to Core's own value.
void TestCli::shouldPrintNumbersThatReadBackToTheCoreValues()
{
    QFETCH(QString, function);
    QFETCH(QString, framework);
    QFETCH(QString, dtype);
    QFETCH(QStringList, params);

    const Core::DType type = *Core::parseDType(dtype.toStdString());
    Core::Activation activation
        = Core::Activation::withDefaults(function.toStdString(), *Core::parseFramework(framework.toStdString()));
    QStringList args{
        u"--function"_s, function, u"--framework"_s, framework, u"--dtype"_s, dtype, u"--eval="_s + kPoints};
    for (const QString& p : params) {
        activation.setParam(p.toStdString());
        args << u"--param"_s << p;
    }
    const Result r = run(args);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err.count('\n'), qsizetype(activation.layerErrors().size()));

    const Csv csv = parseCsv(r.out);
    const std::vector<double> points = Core::parseNumberList(kPoints.toStdString());
    const std::size_t trainable = activation.trainableParams().size();
    QCOMPARE(csv.header.size(), qsizetype(3 + trainable));
    QCOMPARE(csv.rows.size(), qsizetype(points.size()));
    for (std::size_t i = 0; i < points.size(); ++i) {
        const double x = type == Core::DType::Float32 ? static_cast<float>(points[i]) : points[i];
        const Core::PointValue expected = Core::evaluateAt(activation, x, type);
        std::vector<double> want{x, expected.y, expected.dy};
        for (std::size_t p = 0; p < trainable; ++p)
            want.push_back(expected.dparam[p]);
        const QStringList& row = csv.rows[qsizetype(i)];
        QCOMPARE(row.size(), qsizetype(want.size()));
        for (std::size_t c = 0; c < want.size(); ++c) {
            const QString& cell = row[qsizetype(c)];
            QVERIFY2(same(number(cell), want[c], type),
                qPrintable(u"x=%1 %2: printed %3, core gives %4"_s.arg(
                    row[0], csv.header[qsizetype(c)], cell, qstr(Core::formatNumber(want[c])))));
            QCOMPARE(cell, qstr(expectedText(want[c], type)));
        }
    }
}

void TestCli::shouldPrintTheShortestFormOfEachPrecision_data()
{
    QTest::addColumn<QString>("dtype");
    QTest::addColumn<QString>("points");
    QTest::addColumn<QString>("x");
    QTest::addRow("float64 0.1") << u"float64"_s << u"0.1,0.2"_s << u"0.1,0.2"_s;
    QTest::addRow("float32 0.1") << u"float32"_s << u"0.1,0.2"_s << u"0.1,0.2"_s;
    QTest::addRow("float64 1/3") << u"float64"_s << u"0.3333333333333333"_s << u"0.3333333333333333"_s;
    QTest::addRow("float32 1/3") << u"float32"_s << u"0.3333333333333333"_s << u"0.33333334"_s;
    QTest::addRow("float32 2^24+1") << u"float32"_s << u"16777217"_s << u"16777216"_s;
    QTest::addRow("float32 overflow") << u"float32"_s << u"1e39,-1e39"_s << u"inf,-inf"_s;
    QTest::addRow("float64 large") << u"float64"_s << u"1e300,123456789012"_s << u"1e+300,123456789012"_s;
}

void TestCli::shouldPrintTheShortestFormOfEachPrecision()
{
    QFETCH(QString, dtype);
    QFETCH(QString, points);
    QFETCH(QString, x);
    const Result r = run({u"--function"_s, u"linear"_s, u"--dtype"_s, dtype, u"--eval="_s + points});
    QCOMPARE(r.exitCode, 0);
    const Csv csv = parseCsv(r.out);
    QCOMPARE(column(csv, 0).join(u','), x);
    QCOMPARE(column(csv, 1).join(u','), x);
}

void TestCli::shouldSpellSpecialValuesInAndOut_data()
{
    QTest::addColumn<QString>("points");
    QTest::addColumn<QString>("x");
    QTest::addRow("own spelling") << u"nan,inf,-inf,-0,0"_s << u"nan,inf,-inf,-0,0"_s;
    QTest::addRow("other spellings") << u"NaN,+inf,Infinity,-INF,-0.0,+0"_s << u"nan,inf,inf,-inf,-0,0"_s;
    QTest::addRow("spaces") << u" 1 , -2.50 ,3e0"_s << u"1,-2.5,3"_s;
}

void TestCli::shouldSpellSpecialValuesInAndOut()
{
    QFETCH(QString, points);
    QFETCH(QString, x);
    const Result r = run({u"--function"_s, u"linear"_s, u"--eval="_s + points});
    QCOMPARE(r.exitCode, 0);
    const Csv csv = parseCsv(r.out);
    QCOMPARE(column(csv, 0).join(u','), x);
    QCOMPARE(column(csv, 1).join(u','), x);
}

void TestCli::shouldAcceptNoneAndBooleanParameters_data()
{
    QTest::addColumn<QString>("function");
    QTest::addColumn<QStringList>("params");
    QTest::addColumn<QStringList>("sameAs");
    QTest::addColumn<bool>("same");
    QTest::addRow("max_value=none is the default")
        << u"relu"_s << QStringList{u"max_value=none"_s} << QStringList{} << true;
    QTest::addRow("max_value=None is none")
        << u"relu"_s << QStringList{u"max_value=None"_s} << QStringList{u"max_value=none"_s} << true;
    QTest::addRow("max_value=2 is not none")
        << u"relu"_s << QStringList{u"max_value=2"_s} << QStringList{u"max_value=none"_s} << false;
    QTest::addRow("approximate=false is the default")
        << u"gelu"_s << QStringList{u"approximate=false"_s} << QStringList{} << true;
    QTest::addRow("approximate=true differs")
        << u"gelu"_s << QStringList{u"approximate=true"_s} << QStringList{u"approximate=false"_s} << false;
}

void TestCli::shouldAcceptNoneAndBooleanParameters()
{
    QFETCH(QString, function);
    QFETCH(QStringList, params);
    QFETCH(QStringList, sameAs);
    QFETCH(bool, same);
    const auto evaluate = [&](const QStringList& ps) {
        QStringList args{u"--function"_s, function, u"--eval=-3,-1,0,0.5,1,3,10"_s};
        for (const QString& p : ps)
            args << u"--param"_s << p;
        const Result r = run(args);
        return r.exitCode == 0 && r.err.isEmpty() ? r.out : QByteArray("failed");
    };
    const QByteArray a = evaluate(params);
    const QByteArray b = evaluate(sameAs);
    QVERIFY(a != "failed");
    QVERIFY(b != "failed");
    QCOMPARE(a == b, same);
}

void TestCli::shouldWriteTheSameCsvToAFileAsToStdout_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addRow("domain") << QStringList{u"--function"_s, u"relu"_s, u"--domain=-5:5"_s, u"--samples"_s, u"11"_s};
    QTest::addRow("domain float32 prelu") << QStringList{u"--function"_s, u"prelu"_s, u"--framework"_s, u"pytorch"_s,
        u"--dtype"_s, u"float32"_s, u"--domain=-1:1"_s, u"--samples=7"_s};
    QTest::addRow("eval") << QStringList{u"--function"_s, u"elu"_s, u"--eval="_s + kPoints};
}

void TestCli::shouldWriteTheSameCsvToAFileAsToStdout()
{
    QFETCH(QStringList, args);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Result printed = run(args);
    QCOMPARE(printed.exitCode, 0);
    const Result written = run(args + QStringList{u"--output"_s, u"curve.csv"_s}, dir.path());
    QCOMPARE(written.exitCode, 0);
    QCOMPARE(written.out, QByteArray());
    QCOMPARE(written.err, QByteArray());
    QCOMPARE(readFile(dir.filePath(u"curve.csv"_s)), printed.out);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"curve.csv"_s});
}

void TestCli::shouldWriteJsonWithTheSameNumbers_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("head");
    QTest::addRow("relu keras")
        << QStringList{u"--function"_s, u"relu"_s, u"--domain=-3:3"_s, u"--samples=13"_s}
        << u"{\n    \"function\": \"relu\",\n    \"framework\": \"keras\",\n"
           "    \"params\": {\"max_value\": null, \"negative_slope\": 0.0, \"threshold\": 0.0},\n"
           "    \"dtype\": \"float64\",\n    \"x\": [-3.0, -2.5, "_s;
    QTest::addRow("prelu pytorch float32")
        << QStringList{u"--function"_s, u"prelu"_s, u"--framework=pytorch"_s, u"--dtype=float32"_s, u"--domain=-1:1"_s,
               u"--samples=5"_s}
        << u"{\n    \"function\": \"prelu\",\n    \"framework\": \"pytorch\",\n    \"params\": {\"alpha\": 0.25},\n"
           "    \"dtype\": \"float32\",\n    \"x\": [-1.0, -0.5, 0.0, 0.5, 1.0],\n"_s;
    QTest::addRow("gelu special values")
        << QStringList{u"--function"_s, u"gelu"_s, u"--param"_s, u"approximate=true"_s, u"--eval="_s + kPoints}
        << u"{\n    \"function\": \"gelu\",\n    \"framework\": \"keras\",\n    \"params\": {\"approximate\": true},\n"
           "    \"dtype\": \"float64\",\n    \"x\": [-Infinity, -1e+300, "_s;
    QTest::addRow("no params") << QStringList{u"--function"_s, u"sigmoid"_s, u"--eval=-1,0,1"_s}
                               << u"{\n    \"function\": \"sigmoid\",\n    \"framework\": \"keras\",\n"
                                  "    \"params\": {},\n    \"dtype\": \"float64\",\n    \"x\": [-1.0, 0.0, 1.0],\n"_s;
}

void TestCli::shouldWriteJsonWithTheSameNumbers()
{
    QFETCH(QStringList, args);
    QFETCH(QString, head);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Result printed = run(args);
    QCOMPARE(printed.exitCode, 0);
    const Result written = run(args + QStringList{u"--output"_s, u"curve.json"_s}, dir.path());
    QCOMPARE(written.exitCode, 0);
    QCOMPARE(written.out, QByteArray());

    const QByteArray text = readFile(dir.filePath(u"curve.json"_s));
    QVERIFY2(text.startsWith(head.toUtf8()), text.left(400).constData());
    QVERIFY(text.endsWith("]\n}\n"));
    if (args.contains(u"--eval="_s + kPoints)) {
        QVERIFY(text.contains("\"x\": [-Infinity, -1e+300, "));
        QVERIFY(text.contains(", -0.0, 0.0, 5e-324, "));
        QVERIFY(text.contains(", Infinity, NaN],\n"));
    }
    const QJsonObject json = parsePythonJson(text);
    QVERIFY2(!json.isEmpty(), text.left(400).constData());
    const QString function = args[args.indexOf(u"--function"_s) + 1];
    QCOMPARE(json[u"function"_s].toString(), function);
    QVERIFY(json.contains(u"framework"_s));
    QVERIFY(json.contains(u"dtype"_s));
    QVERIFY(json[u"params"_s].isObject());

    const Csv csv = parseCsv(printed.out);
    QStringList keys = csv.header;
    QCOMPARE(json.keys().size(), 4 + keys.size());
    for (qsizetype c = 0; c < keys.size(); ++c) {
        const QJsonArray values = json[keys[c]].toArray();
        QCOMPARE(values.size(), csv.rows.size());
        for (qsizetype i = 0; i < values.size(); ++i) {
            const double fromCsv = number(csv.rows[i][c]);
            const double fromJson = jsonNumber(values[i]);
            QVERIFY2(std::isnan(fromCsv) ? std::isnan(fromJson) : fromCsv == fromJson,
                qPrintable(u"%1[%2]: %3 in CSV"_s.arg(keys[c]).arg(i).arg(csv.rows[i][c])));
        }
    }
}

void TestCli::shouldSampleExactlyTheLinspaceOfTheDomain()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Core::Domain domain{.min = -5, .max = 5, .samples = 200'001};
    const Result r = run({u"--function"_s, u"leaky_relu"_s, u"--domain=-5:5"_s, u"--samples"_s, u"200001"_s,
                             u"--output"_s, u"big.csv"_s},
        dir.path());
    QCOMPARE(r.exitCode, 0);
    const Csv csv = parseCsv(readFile(dir.filePath(u"big.csv"_s)));
    QCOMPARE(csv.rows.size(), qsizetype(domain.samples));
    const std::vector<double> x = Core::linspace(domain);
    for (qsizetype i = 0; i < csv.rows.size(); i += 997)
        QCOMPARE(csv.rows[i][0], qstr(Core::formatNumber(x[std::size_t(i)])));
    QCOMPARE(csv.rows.constFirst()[0], u"-5"_s);
    QCOMPARE(csv.rows.constLast()[0], u"5"_s);
}

void TestCli::shouldRejectBadInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("mentions");
    const auto relu = [](std::initializer_list<QString> more) {
        QStringList args{u"--function"_s, u"relu"_s};
        args.append(QStringList(more));
        return args;
    };
    QTest::addRow("unknown function") << QStringList{u"--function"_s, u"swish2"_s, u"--eval=1"_s}
                                      << QStringList{u"--function"_s, u"swish2"_s, u"leaky_relu"_s, u"softsign"_s};
    QTest::addRow("unknown framework") << relu({u"--framework"_s, u"jax"_s, u"--eval=1"_s})
                                       << QStringList{u"--framework"_s, u"jax"_s, u"tf_keras"_s, u"pytorch"_s};
    QTest::addRow("function missing from framework") << QStringList{u"--function"_s, u"rrelu"_s, u"--framework"_s,
        u"keras"_s, u"--eval=1"_s} << QStringList{u"--function"_s, u"rrelu"_s, u"pytorch"_s};
    QTest::addRow("unknown parameter") << relu({u"--param"_s, u"slope=1"_s, u"--eval=1"_s})
                                       << QStringList{u"--param"_s, u"slope"_s};
    QTest::addRow("parameter of another function") << QStringList{u"--function"_s, u"leaky_relu"_s, u"--param"_s,
        u"max_value=1"_s, u"--eval=1"_s} << QStringList{u"--param"_s, u"max_value"_s};
    QTest::addRow("parameter the framework lacks")
        << relu({u"--framework"_s, u"pytorch"_s, u"--param"_s, u"max_value=1"_s, u"--eval=1"_s})
        << QStringList{u"--param"_s, u"max_value"_s};
    QTest::addRow("parameter without value")
        << relu({u"--param"_s, u"max_value"_s, u"--eval=1"_s}) << QStringList{u"--param"_s, u"max_value"_s};
    QTest::addRow("unparsable parameter")
        << relu({u"--param"_s, u"threshold=abc"_s, u"--eval=1"_s}) << QStringList{u"--param"_s, u"threshold"_s};
    QTest::addRow("NaN parameter") << relu({u"--param"_s, u"threshold=nan"_s, u"--eval=1"_s})
                                   << QStringList{u"--param"_s, u"threshold"_s};
    QTest::addRow("none for a non-nullable parameter")
        << relu({u"--param"_s, u"threshold=none"_s, u"--eval=1"_s}) << QStringList{u"--param"_s, u"threshold"_s};
    QTest::addRow("non-boolean approximate")
        << QStringList{u"--function"_s, u"gelu"_s, u"--param"_s, u"approximate=maybe"_s, u"--eval=1"_s}
        << QStringList{u"--param"_s, u"approximate"_s, u"true"_s, u"false"_s};
    QTest::addRow("unparsable point") << relu({u"--eval=1,x,3"_s}) << QStringList{u"--eval"_s, u"\"x\""_s};
    QTest::addRow("repeated --param") << relu({u"--param"_s, u"max_value=2"_s, u"--param"_s, u"max_value=none"_s,
        u"--eval=1"_s}) << QStringList{u"--param"_s, u"max_value given twice"_s};
    QTest::addRow("hex point") << relu({u"--eval=0x10"_s}) << QStringList{u"--eval"_s, u"0x10"_s};
    QTest::addRow("empty point") << relu({u"--eval=1,,3"_s}) << QStringList{u"--eval"_s};
    QTest::addRow("empty list") << relu({u"--eval="_s}) << QStringList{u"--eval"_s};
    QTest::addRow("out-of-range point") << relu({u"--eval=1e400"_s}) << QStringList{u"--eval"_s, u"1e400"_s};
    QTest::addRow("too few samples") << relu({u"--domain=0:1"_s, u"--samples=1"_s})
                                     << QStringList{u"--samples"_s, u"10000000"_s};
    QTest::addRow("zero samples") << relu({u"--domain=0:1"_s, u"--samples=0"_s}) << QStringList{u"--samples"_s};
    QTest::addRow("too many samples") << relu({u"--domain=0:1"_s, u"--samples=10000001"_s})
                                      << QStringList{u"--samples"_s, u"10000000"_s};
    QTest::addRow("huge samples") << relu({u"--domain=0:1"_s, u"--samples=99999999999999999999999"_s})
                                  << QStringList{u"--samples"_s};
    QTest::addRow("fractional samples") << relu({u"--domain=0:1"_s, u"--samples=2.5"_s})
                                        << QStringList{u"--samples"_s, u"2.5"_s};
    QTest::addRow("negative samples") << relu({u"--domain=0:1"_s, u"--samples=-5"_s}) << QStringList{u"--samples"_s};
    QTest::addRow("word samples") << relu({u"--domain=0:1"_s, u"--samples=many"_s}) << QStringList{u"--samples"_s};
    QTest::addRow("samples without domain")
        << relu({u"--eval=1"_s, u"--samples=5"_s}) << QStringList{u"--samples"_s, u"--domain"_s};
    QTest::addRow("empty domain") << relu({u"--domain=1:1"_s}) << QStringList{u"--domain"_s};
    QTest::addRow("reversed domain") << relu({u"--domain=2:1"_s}) << QStringList{u"--domain"_s};
    QTest::addRow("infinite domain") << relu({u"--domain=-inf:0"_s}) << QStringList{u"--domain"_s, u"finite"_s};
    QTest::addRow("overflowing domain") << relu({u"--domain=-1e308:1e308"_s}) << QStringList{u"--domain"_s};
    QTest::addRow("NaN domain") << relu({u"--domain=nan:1"_s}) << QStringList{u"--domain"_s};
    QTest::addRow("one-sided domain") << relu({u"--domain=5"_s}) << QStringList{u"--domain"_s, u"A:B"_s};
    QTest::addRow("three-part domain") << relu({u"--domain=1:2:3"_s}) << QStringList{u"--domain"_s};
    QTest::addRow("unparsable domain") << relu({u"--domain=a:1"_s}) << QStringList{u"--domain"_s, u"\"a\""_s};
    QTest::addRow("unknown extension") << relu({u"--domain=0:1"_s, u"--output"_s, u"out.txt"_s})
                                       << QStringList{u"--output"_s, u".csv"_s, u".json"_s};
    QTest::addRow("no extension") << relu({u"--domain=0:1"_s, u"--output"_s, u"out"_s})
                                  << QStringList{u"--output"_s, u".csv"_s};
    QTest::addRow("unwritable output") << relu({u"--domain=0:1"_s, u"--output"_s, u"/nonexistent-directory/out.csv"_s})
                                       << QStringList{u"--output"_s, u"/nonexistent-directory/out.csv"_s};
    QTest::addRow("samples without points")
        << relu({u"--samples=5"_s, u"--output=x.csv"_s}) << QStringList{u"--eval"_s, u"--domain"_s};
    QTest::addRow("eval and domain") << relu({u"--eval=1"_s, u"--domain=0:1"_s})
                                     << QStringList{u"--eval"_s, u"--domain"_s};
    QTest::addRow("missing function") << QStringList{u"--eval=1"_s} << QStringList{u"--function"_s, u"relu"_s};
    QTest::addRow("unknown option") << relu({u"--eval=1"_s, u"--colour=red"_s})
                                    << QStringList{u"--colour"_s, u"--eval"_s};
    QTest::addRow("missing option value") << relu({u"--eval"_s}) << QStringList{u"--eval"_s};
    QTest::addRow("unknown dtype") << relu({u"--eval=1"_s, u"--dtype"_s, u"float16"_s})
                                   << QStringList{u"--dtype"_s, u"float16"_s, u"float32"_s};
    QTest::addRow("repeated function") << QStringList{u"--function"_s, u"relu"_s, u"--function"_s, u"elu"_s,
        u"--eval=1"_s} << QStringList{u"--function"_s};
    QTest::addRow("positional argument") << relu({u"--eval=1"_s, u"extra"_s}) << QStringList{u"extra"_s};
    QTest::addRow("list with function") << relu({u"--list"_s}) << QStringList{u"--function"_s, u"--list"_s};
    QTest::addRow("list unknown framework")
        << QStringList{u"--list"_s, u"--framework=jax"_s} << QStringList{u"--framework"_s, u"jax"_s};
    QTest::addRow("strict") << relu({u"--param"_s, u"threshold=-1"_s, u"--strict"_s, u"--eval=1"_s})
                            << QStringList{u"--strict"_s, u"threshold=-1.0"_s};
    // --stats, --depth, --input, --init
    QTest::addRow("zero sigma") << relu({u"--stats"_s, u"--input"_s, u"normal:0,0"_s})
                                << QStringList{u"--input"_s, u"sigma 0 is not > 0"_s, u"normal:MU,SIGMA"_s};
    QTest::addRow("negative sigma") << relu({u"--stats"_s, u"--input=normal:1,-1"_s})
                                    << QStringList{u"--input"_s, u"sigma -1"_s, u"SIGMA > 0"_s};
    QTest::addRow("empty uniform") << relu({u"--stats"_s, u"--input"_s, u"uniform:1,1"_s})
                                   << QStringList{u"--input"_s, u"not greater than a"_s, u"uniform:A,B"_s};
    QTest::addRow("reversed uniform") << relu({u"--depth=3"_s, u"--input"_s, u"uniform:2,-2"_s})
                                      << QStringList{u"--input"_s, u"finite A < B"_s};
    QTest::addRow("zero laplace scale") << relu({u"--stats"_s, u"--input"_s, u"laplace:0,0"_s})
                                        << QStringList{u"--input"_s, u"b 0 is not > 0"_s, u"laplace:MU,B"_s};
    QTest::addRow("unknown distribution")
        << relu({u"--stats"_s, u"--input"_s, u"cauchy:0,1"_s})
        << QStringList{u"--input"_s, u"\"cauchy\""_s, u"normal:MU,SIGMA"_s, u"data:FILE"_s};
    QTest::addRow("one parameter") << relu({u"--stats"_s, u"--input"_s, u"normal:1"_s})
                                   << QStringList{u"--input"_s, u"takes 2 numbers, got 1"_s};
    QTest::addRow("word parameter") << relu({u"--stats"_s, u"--input"_s, u"laplace:0,wide"_s})
                                    << QStringList{u"--input"_s, u"\"wide\" is not a number"_s};
    QTest::addRow("missing data file") << relu({u"--stats"_s, u"--input"_s, u"data:/nonexistent/x.txt"_s})
                                       << QStringList{u"--input"_s, u"No such file or directory"_s};
    QTest::addRow("data file name missing")
        << relu({u"--stats"_s, u"--input"_s, u"data:"_s}) << QStringList{u"--input"_s, u"data:FILE"_s};
    QTest::addRow("data from a device") << relu({u"--stats"_s, u"--input"_s, u"data:/dev/zero"_s})
                                        << QStringList{u"--input"_s, u"character device"_s, u"regular file"_s};
    QTest::addRow("depth 0") << relu({u"--depth"_s, u"0"_s}) << QStringList{u"--depth"_s, u"1 to 200"_s};
    QTest::addRow("depth 201") << relu({u"--depth"_s, u"201"_s}) << QStringList{u"--depth"_s, u"1 to 200"_s};
    QTest::addRow("fractional depth") << relu({u"--depth"_s, u"2.5"_s})
                                      << QStringList{u"--depth"_s, u"not a whole number"_s};
    QTest::addRow("unknown init") << relu({u"--depth"_s, u"5"_s, u"--init"_s, u"xavier"_s})
                                  << QStringList{u"--init"_s, u"\"xavier\""_s, u"he, lecun, glorot"_s};
    QTest::addRow("custom init without numbers")
        << relu({u"--depth"_s, u"5"_s, u"--init"_s, u"custom"_s}) << QStringList{u"--init"_s, u"custom:SW,SB"_s};
    QTest::addRow("zero sigma_w") << relu({u"--depth"_s, u"5"_s, u"--init"_s, u"custom:0,1"_s})
                                  << QStringList{u"--init"_s, u"sigma_w 0"_s};
    QTest::addRow("init with stats") << relu({u"--stats"_s, u"--init"_s, u"he"_s})
                                     << QStringList{u"--init"_s, u"--depth"_s};
    QTest::addRow("input without stats") << relu({u"--eval=1"_s, u"--input"_s, u"normal:0,1"_s})
                                         << QStringList{u"--input"_s, u"--stats"_s};
    QTest::addRow("stats and depth") << relu({u"--stats"_s, u"--depth=3"_s}) << QStringList{u"--stats, --depth"_s};
    QTest::addRow("stats with eval") << relu({u"--stats"_s, u"--eval=1"_s}) << QStringList{u"--eval"_s, u"--stats"_s};
    QTest::addRow("stats without a curve") << QStringList{u"--stats"_s} << QStringList{u"--function"_s, u"--curve"_s};
    QTest::addRow("stats to JSON") << relu({u"--stats"_s, u"--output"_s, u"s.json"_s})
                                   << QStringList{u"--output"_s, u".csv"_s};
    QTest::addRow("stats with a session")
        << QStringList{u"s.json"_s, u"--stats"_s} << QStringList{u"\"s.json\""_s, u"--stats"_s};
    QTest::addRow("stats of a bad curve")
        << QStringList{u"--curve"_s, u"relu:jax"_s, u"--stats"_s} << QStringList{u"--curve"_s, u"jax"_s};
}

// One line on stderr naming the argument and what is accepted (the mentions); nothing on stdout.
void TestCli::shouldRejectBadInput()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, mentions);
    const Result r = run(args);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(r.err.endsWith('\n'));
    QVERIFY2(r.err.startsWith("error: "), r.err.constData());
    for (const QString& mention : mentions)
        QVERIFY2(
            r.err.contains(mention.toUtf8()), qPrintable(u"'%1' not in: "_s.arg(mention) + QString::fromUtf8(r.err)));
}

void TestCli::shouldLeaveOutputFilesUntouchedOnBadInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("file");
    QTest::addRow("unknown function") << QStringList{u"--function"_s, u"nope"_s, u"--domain=0:1"_s} << u"a.csv"_s;
    QTest::addRow("unknown parameter") << QStringList{u"--function"_s, u"relu"_s, u"--param"_s, u"nope=1"_s,
        u"--domain=0:1"_s} << u"a.json"_s;
    QTest::addRow("bad samples") << QStringList{u"--function"_s, u"relu"_s, u"--domain=0:1"_s, u"--samples=1"_s}
                                 << u"a.csv"_s;
    QTest::addRow("reversed domain") << QStringList{u"--function"_s, u"relu"_s, u"--domain=1:0"_s} << u"a.json"_s;
    QTest::addRow("bad point") << QStringList{u"--function"_s, u"relu"_s, u"--eval=1,y"_s} << u"a.csv"_s;
    QTest::addRow("strict") << QStringList{u"--function"_s, u"relu"_s, u"--param"_s, u"threshold=-1"_s, u"--strict"_s,
        u"--domain=0:1"_s} << u"a.csv"_s;
    QTest::addRow("bad extension") << QStringList{u"--function"_s, u"relu"_s, u"--domain=0:1"_s} << u"a.txt"_s;
    QTest::addRow("stats, bad input") << QStringList{u"--function"_s, u"relu"_s, u"--stats"_s, u"--input"_s,
        u"normal:0,-1"_s} << u"a.csv"_s;
    QTest::addRow("depth, bad init") << QStringList{u"--curve"_s, u"relu"_s, u"--depth=5"_s, u"--init=bogus"_s}
                                     << u"a.csv"_s;
    QTest::addRow("depth, bad depth") << QStringList{u"--function"_s, u"relu"_s, u"--depth=500"_s} << u"a.csv"_s;
    QTest::addRow("stats, missing data") << QStringList{u"--function"_s, u"relu"_s, u"--stats"_s,
        u"--input=data:missing.txt"_s} << u"a.csv"_s;
}

void TestCli::shouldLeaveOutputFilesUntouchedOnBadInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, file);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray precious = "x,y,dy\n1,1,1\nnot to be lost\n";
    QVERIFY(writeFile(dir.filePath(file), precious));

    Result r = run(args + QStringList{u"--output"_s, file}, dir.path());
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(readFile(dir.filePath(file)), precious);

    QVERIFY(QFile::remove(dir.filePath(file)));
    r = run(args + QStringList{u"--output"_s, file}, dir.path());
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestCli::shouldWarnAboutValuesTheLayerRejects_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("warning");
    QTest::addRow("keras threshold=-1")
        << QStringList{u"--function"_s, u"relu"_s, u"--param"_s, u"threshold=-1"_s, u"--eval=-2,-0.5,1"_s}
        << u"threshold of a ReLU layer cannot be None or a negative value. Received: threshold=-1.0"_s;
    QTest::addRow("keras threshold=-1 to file") << QStringList{u"--function"_s, u"relu"_s, u"--param"_s,
        u"threshold=-1"_s, u"--domain=-2:1"_s, u"--samples=3"_s, u"--output"_s,
        u"out.csv"_s} << u"threshold of a ReLU layer cannot be None or a negative value. Received: threshold=-1.0"_s;
    QTest::addRow("accepted value") << QStringList{u"--function"_s, u"relu"_s, u"--param"_s, u"threshold=1"_s,
        u"--eval=-2,-0.5,1"_s} << QString();
}

// The value is still evaluated, as the function form does; --strict turns the warning into an error.
void TestCli::shouldWarnAboutValuesTheLayerRejects()
{
    QFETCH(QStringList, args);
    QFETCH(QString, warning);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const bool toFile = args.contains(u"--output"_s);

    const Result lenient = run(args, dir.path());
    QCOMPARE(lenient.exitCode, 0);
    if (warning.isEmpty()) {
        QCOMPARE(lenient.err, QByteArray());
    } else {
        QCOMPARE(lenient.err.count('\n'), 1);
        QVERIFY2(lenient.err.startsWith("warning: "), lenient.err.constData());
        QVERIFY2(lenient.err.contains(warning.toUtf8()), lenient.err.constData());
    }
    const QByteArray output = toFile ? readFile(dir.filePath(u"out.csv"_s)) : lenient.out;
    QCOMPARE(parseCsv(output).rows.size(), 3);
    if (toFile)
        QVERIFY(QFile::remove(dir.filePath(u"out.csv"_s)));

    const Result strict = run(args + QStringList{u"--strict"_s}, dir.path());
    if (warning.isEmpty()) {
        QCOMPARE(strict.exitCode, 0);
        QCOMPARE(strict.out, lenient.out);
        return;
    }
    QCOMPARE(strict.exitCode, 2);
    QCOMPARE(strict.out, QByteArray());
    QCOMPARE(strict.err.count('\n'), 1);
    QVERIFY2(strict.err.contains(warning.toUtf8()), strict.err.constData());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestCli::shouldListEveryFunctionOfEachFramework_data()
{
    QTest::addColumn<QString>("framework");
    QTest::addRow("all") << QString();
    for (Core::Framework framework : Core::kFrameworks)
        QTest::addRow("%s", std::string(Core::frameworkName(framework)).c_str())
            << qstr(Core::frameworkName(framework));
}

void TestCli::shouldListEveryFunctionOfEachFramework()
{
    QFETCH(QString, framework);
    QStringList args{u"--list"_s};
    if (!framework.isEmpty())
        args << u"--framework"_s << framework;
    const Result r = run(args);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QByteArray());

    // Each function's block starts at column 0 with its name.
    QStringList listed;
    for (const QByteArray& line : r.out.split('\n'))
        if (!line.isEmpty() && line[0] != ' ')
            listed << QString::fromUtf8(line.left(line.indexOf(' ')));
    QStringList expected;
    for (const Core::FunctionSpec& function : Core::catalogue()) {
        for (Core::Framework f : function.availableFrameworks()) {
            if (!framework.isEmpty() && Core::frameworkName(f) != framework.toStdString())
                continue;
            if (expected.isEmpty() || expected.constLast() != qstr(function.name))
                expected << qstr(function.name);
            const Core::FrameworkSpec& spec = *function.in(f);
            QVERIFY2(r.out.contains(QByteArray(spec.api.data(), qsizetype(spec.api.size()))), spec.api.data());
            for (std::size_t i = 0; i < function.params.size(); ++i)
                if (spec.params[i].available)
                    QVERIFY(r.out.contains(QByteArray("    "
                        + QByteArray(function.params[i].name.data(), qsizetype(function.params[i].name.size())))));
        }
    }
    QCOMPARE(listed, expected);
    if (framework.isEmpty())
        QCOMPARE(listed.size(), qsizetype(Core::catalogue().size()));
}

void TestCli::shouldPrintVersionAndHelp()
{
    const Result version = spawn({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out, QByteArray("activation-explorer " AEX_VERSION "\n"));
    QCOMPARE(version.err, QByteArray());

    const Result help = spawn({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QCOMPARE(help.err, QByteArray());
    for (const char* mention : {"--list", "--function", "--framework", "--param", "--dtype", "--eval", "--domain",
             "--samples", "--output", "--strict", "--stats", "--depth", "--input", "--init", "pytorch_gain",
             "chi_product", "normal:MU,SIGMA", "data:FILE", "custom:SW,SB", "NaN", "Infinity", "-0"})
        QVERIFY2(help.out.contains(mention), mention);
}

void TestCli::shouldBehaveTheSameInAndOutOfProcess_data()
{
    QTest::addColumn<QStringList>("args");
    const QStringList relu{u"--function"_s, u"relu"_s};
    QTest::addRow("values") << relu + QStringList{u"--eval="_s + kPoints};
    QTest::addRow("float32 prelu") << QStringList{u"--function"_s, u"prelu"_s, u"--framework"_s, u"pytorch"_s,
        u"--dtype"_s, u"float32"_s, u"--domain=-1:1"_s, u"--samples=7"_s};
    QTest::addRow("warning") << relu + QStringList{u"--param"_s, u"threshold=-1"_s, u"--eval=-2,-0.5,1"_s};
    QTest::addRow("strict") << relu + QStringList{u"--param"_s, u"threshold=-1"_s, u"--strict"_s, u"--eval=1"_s};
    QTest::addRow("unknown function") << QStringList{u"--function"_s, u"nope"_s, u"--eval=1"_s};
    QTest::addRow("unknown option") << relu + QStringList{u"--eval=1"_s, u"--colour=red"_s};
    QTest::addRow("csv file") << QStringList{
        u"--function"_s, u"elu"_s, u"--domain=-1:1"_s, u"--samples=5"_s, u"--output"_s, u"out.csv"_s};
    QTest::addRow("json file") << relu
            + QStringList{u"--domain=-1:1"_s, u"--samples=3"_s, u"--output"_s, u"out.json"_s};
    QTest::addRow("unwritable file") << relu
            + QStringList{u"--domain=0:1"_s, u"--output"_s, u"/nonexistent-directory/out.csv"_s};
    QTest::addRow("list") << QStringList{u"--list"_s, u"--framework"_s, u"pytorch"_s};
    QTest::addRow("stats") << relu + QStringList{u"--stats"_s};
    QTest::addRow("depth") << QStringList{u"--curve"_s, u"tanh"_s, u"--depth=5"_s};
    QTest::addRow("bad input distribution") << relu + QStringList{u"--stats"_s, u"--input=normal:1,-1"_s};
    QTest::addRow("code") << QStringList{u"--code"_s, u"keras"_s, u"--curve"_s, u"gelu"_s};
    QTest::addRow("compare, identical") << QStringList{u"--compare"_s, u"relu"_s, u"relu:tf_keras"_s};
    QTest::addRow("compare, different") << QStringList{u"--compare"_s, u"relu"_s, u"leaky_relu:pytorch"_s};
    QTest::addRow("framework table") << QStringList{u"--compare-frameworks"_s, u"leaky_relu"_s};
}

// runInProcess is what most of this test uses: the binary, started with no display, answers the
// same (exit code, both streams, the files it leaves) for every kind of action and error.
void TestCli::shouldBehaveTheSameInAndOutOfProcess()
{
    QFETCH(QStringList, args);
    QTemporaryDir spawnDir;
    QTemporaryDir inProcessDir;
    QVERIFY(spawnDir.isValid() && inProcessDir.isValid());
    const Result spawned = spawn(args, spawnDir.path());
    const Result inProcess = run(args, inProcessDir.path());
    QVERIFY(spawned.exitCode >= 0);
    QCOMPARE(inProcess.exitCode, spawned.exitCode);
    QCOMPARE(inProcess.out, spawned.out);
    QCOMPARE(inProcess.err, spawned.err);
    QVERIFY(!spawned.out.isEmpty() || !spawned.err.isEmpty() || args.contains(u"--output"_s));
    const QStringList files = QDir(spawnDir.path()).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(QDir(inProcessDir.path()).entryList(QDir::Files | QDir::Hidden), files);
    for (const QString& file : files)
        QCOMPARE(readFile(inProcessDir.filePath(file)), readFile(spawnDir.filePath(file)));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

void TestCli::shouldSayWhenStandardOutputCannotBeWritten_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("--help") << QStringList{u"--help"_s};
    QTest::newRow("--version") << QStringList{u"--version"_s};
    QTest::newRow("--list") << QStringList{u"--list"_s};
    QTest::newRow("--eval") << QStringList{u"--function"_s, u"relu"_s, u"--eval=1,2"_s};
    QTest::newRow("--domain") << QStringList{u"--function"_s, u"elu"_s, u"--domain=-5:5"_s, u"--samples=100000"_s};
    QTest::newRow("--stats") << QStringList{u"--function"_s, u"relu"_s, u"--stats"_s};
    QTest::newRow("--depth") << QStringList{u"--curve"_s, u"tanh"_s, u"--depth=200"_s};
}

// /dev/full takes nothing: exit 1 with the system's reason, never 0.
void TestCli::shouldSayWhenStandardOutputCannotBeWritten()
{
    QFETCH(QStringList, args);
    QProcess process;
    process.setStandardOutputFile(u"/dev/full"_s);
    process.start(QStringLiteral(AEX_CLI_PATH), args);
    QVERIFY(process.waitForFinished(60'000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    const QByteArray err = process.readAllStandardError();
    QCOMPARE(err, QByteArray("error: cannot write to standard output (No space left on device)\n"));
}

void TestCli::shouldEchoUntrustedTextOnOneLine_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("shown");
    QTest::newRow("newline in a function") << QStringList{u"--function"_s, u"relu\nerror: forged"_s, u"--eval=1"_s}
                                           << QByteArray("--function \"relu\\nerror: forged\": unknown function");
    QTest::newRow("escape sequence in a parameter")
        << QStringList{u"--function"_s, u"relu"_s, u"--param"_s, u"\x1b[2J\x1b]0;owned\x07=1"_s, u"--eval=1"_s}
        << QByteArray("--param \"\\u001b[2J\\u001b]0;owned\\u0007=1\": \"\\u001b[2J\\u001b]0;owned\\u0007\" is not a "
                      "parameter");
    QTest::newRow("escape in a point") << QStringList{u"--function"_s, u"relu"_s, u"--eval=1,2\x1b[A"_s}
                                       << QByteArray("item 2 of the list, \"2\\u001b[A\", is not a number");
    QTest::newRow("bidi override in an option") << QStringList{u"--function"_s, u"relu"_s, u"--eval=1"_s,
        u"--\u202eoops"_s} << QByteArray("\"--\\u202eoops\": unknown option");
    QTest::newRow("a very long argument") << QStringList{u"--function"_s, QString(5000, u'a'),
        u"--eval=1"_s} << QByteArray("--function \"" + QByteArray(64, 'a') + "\xe2\x80\xa6\": unknown");
}

// A newline, an escape sequence or a bidi control in an argument cannot forge a second line or
// reach the terminal: the message quotes it as JSON does.
void TestCli::shouldEchoUntrustedTextOnOneLine()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, shown);
    const Result r = spawn(args);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.contains(shown), r.err.constData());
    for (const char c : r.err.chopped(1))
        QVERIFY2(static_cast<unsigned char>(c) >= 0x20 && c != 0x7f, r.err.constData());
    QVERIFY(!r.err.contains("\xe2\x80\xae")); // U+202E itself
}

// One whole-number grammar: what the window's fields and session files read, --samples reads.
void TestCli::shouldReadWholeNumbersAsEveryOtherFieldDoes()
{
    const QStringList relu{u"--function"_s, u"relu"_s, u"--domain=-5:5"_s};
    const Result plain = run(relu + QStringList{u"--samples=5"_s});
    QCOMPARE(plain.exitCode, 0);
    for (const QString& samples : {u"0000000005"_s, u"+5"_s, u" 5 "_s, u"5.0"_s, u"5e0"_s}) {
        const Result r = run(relu + QStringList{u"--samples"_s, samples});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, plain.out);
    }
}

// An allocation that fails is one line and exit 1, not std::bad_alloc's abort().
// GCC says __SANITIZE_ADDRESS__; clang 14, __has_feature(address_sanitizer).
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define AEX_CLI_UNDER_ASAN 1
#endif
#endif
void TestCli::shouldSayWhenMemoryRunsOut()
{
#if defined(__SANITIZE_ADDRESS__) || defined(AEX_CLI_UNDER_ASAN)
    QSKIP("AddressSanitizer reserves terabytes of address space: an address-space limit cannot be set under it");
#else
    QTemporaryDir dir;
    const QString csv = dir.filePath(u"big.csv"_s);
    QProcess process;
    process.setChildProcessModifier([] {
        rlimit limit{};
        limit.rlim_cur = limit.rlim_max = rlim_t(200) << 20; // 200 MiB: Qt loads; 10^7 samples do not fit
        setrlimit(RLIMIT_AS, &limit);
    });
    process.start(QStringLiteral(AEX_CLI_PATH),
        {u"--function"_s, u"gelu"_s, u"--domain=-5:5"_s, u"--samples=10000000"_s, u"--output"_s, csv});
    QVERIFY(process.waitForFinished(120'000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    const QByteArray err = process.readAllStandardError();
    QCOMPARE(process.exitCode(), 1);
    QCOMPARE(err, QByteArray("error: out of memory; accepted: fewer samples or fewer curves\n"));
    QVERIFY(!QFile::exists(csv));
#endif
}

namespace {

const QStringList kQuantities{u"dead_fraction"_s, u"mean"_s, u"variance"_s, u"second_moment"_s, u"grad_mean"_s,
    u"grad_second_moment"_s, u"gain"_s, u"pytorch_gain"_s};

// A CSV line split at commas outside double quotes, the quotes removed.
QStringList csvCells(const QString& line)
{
    QStringList cells{QString()};
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == u'"') {
            if (quoted && i + 1 < line.size() && line[i + 1] == u'"') {
                cells.last() += u'"';
                ++i;
            } else {
                quoted = !quoted;
            }
        } else if (line[i] == u',' && !quoted) {
            cells << QString();
        } else {
            cells.last() += line[i];
        }
    }
    return cells;
}

QList<QStringList> csvRows(const QByteArray& text)
{
    QList<QStringList> rows;
    for (const QByteArray& line : text.split('\n'))
        if (!line.isEmpty())
            rows << csvCells(QString::fromUtf8(line));
    return rows;
}

} // namespace

void TestCli::shouldPrintTheStatisticsOfTheCore_data()
{
    QTest::addColumn<QString>("function");
    QTest::addColumn<QString>("framework");
    QTest::addColumn<QStringList>("params");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("dtype");
    QTest::addRow("relu keras normal") << u"relu"_s << u"keras"_s << QStringList() << u"normal:0,1"_s << u"float64"_s;
    QTest::addRow("relu threshold tf_keras laplace")
        << u"relu"_s << u"tf_keras"_s << QStringList{u"threshold=0.5"_s} << u"laplace:0.2,1.5"_s << u"float64"_s;
    QTest::addRow("leaky_relu pytorch uniform")
        << u"leaky_relu"_s << u"pytorch"_s << QStringList{u"alpha=0.2"_s} << u"uniform:-3,2"_s << u"float64"_s;
    QTest::addRow("selu float32") << u"selu"_s << u"keras"_s << QStringList() << u"normal:0.5,2"_s << u"float32"_s;
    QTest::addRow("gelu, no pytorch gain")
        << u"gelu"_s << u"pytorch"_s << QStringList{u"approximate=true"_s} << u"normal:0,1"_s << u"float64"_s;
    QTest::addRow("tanh default input") << u"tanh"_s << u"pytorch"_s << QStringList() << QString() << u"float64"_s;
}

// Every number reads back to exactly what Core::statistics and Core::pytorchGain give.
void TestCli::shouldPrintTheStatisticsOfTheCore()
{
    QFETCH(QString, function);
    QFETCH(QString, framework);
    QFETCH(QStringList, params);
    QFETCH(QString, input);
    QFETCH(QString, dtype);
    QStringList args{u"--function"_s, function, u"--framework"_s, framework, u"--stats"_s, u"--dtype"_s, dtype};
    for (const QString& p : params)
        args << u"--param"_s << p;
    if (!input.isEmpty())
        args << u"--input"_s << input;
    const Result r = run(args);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QByteArray());

    const Core::Framework fw = *Core::parseFramework(framework.toStdString());
    Core::Activation a = Core::Activation::withDefaults(function.toStdString(), fw);
    for (const QString& p : params)
        a.setParam(p.toStdString());
    const Core::Distribution d
        = input.isEmpty() ? Core::Distribution() : Core::Distribution::parse(input.toStdString());
    const Core::ActivationStatistics s = Core::statistics(a, d, *Core::parseDType(dtype.toStdString()));
    const std::optional<Core::RecommendedGain> gain = Core::pytorchGain(a);
    const double expected[] = {s.deadFraction, s.mean, s.variance, s.secondMoment, s.gradMean, s.gradSecondMoment,
        s.gain, gain ? gain->value : std::nan("")};

    const QList<QStringList> rows = csvRows(r.out);
    QCOMPARE(rows.size(), kQuantities.size() + 1);
    QCOMPARE(rows[0], (QStringList{u"quantity"_s, u"value"_s}));
    for (qsizetype i = 0; i < kQuantities.size(); ++i) {
        QCOMPARE(rows[i + 1].size(), 2);
        QCOMPARE(rows[i + 1][0], kQuantities[i]);
        if (std::isnan(expected[i])) {
            QCOMPARE(rows[i + 1][1], QString()); // no gain in PyTorch: an empty value
            continue;
        }
        QCOMPARE(rows[i + 1][1], qstr(Core::formatNumber(expected[i])));
    }
}

void TestCli::shouldPrintReluClosedFormsUnderTheDefaultInput()
{
    const Result r = run({u"--function"_s, u"relu"_s, u"--framework=pytorch"_s, u"--stats"_s});
    QCOMPARE(r.exitCode, 0);
    const QList<QStringList> rows = csvRows(r.out);
    QCOMPARE(rows.size(), 9);
    const double expected[] = {0.5, 1 / std::sqrt(2 * 3.141592653589793), 0.5 - 1 / (2 * 3.141592653589793), 0.5, 0.5,
        0.5, std::sqrt(2.0), std::sqrt(2.0)};
    for (int i = 0; i < 8; ++i)
        QVERIFY2(std::fabs(number(rows[i + 1][1]) - expected[i]) < 1e-12, qPrintable(rows[i + 1].join(u',')));
}

// With --curve each row starts with the curve's --curve text, quoted when it holds a comma.
void TestCli::shouldNameEachCurveInAColumn()
{
    const QString leaky = u"relu:keras:negative_slope=0.1,threshold=2"_s;
    const Result r = run({u"--curve"_s, u"relu"_s, u"--curve"_s, leaky, u"--curve"_s, u"gelu:pytorch"_s, u"--stats"_s,
        u"--input"_s, u"uniform:-2,2"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QByteArray());
    QVERIFY(r.out.startsWith("curve,quantity,value\nrelu,dead_fraction,0.5\n"));
    QVERIFY(r.out.contains("\n\"relu:keras:negative_slope=0.1,threshold=2\",mean,"));
    QVERIFY(r.out.contains("\ngelu:pytorch,pytorch_gain,\n"));
    const QList<QStringList> rows = csvRows(r.out);
    QCOMPARE(rows.size(), 1 + 3 * kQuantities.size());
    const QStringList curves{u"relu"_s, leaky, u"gelu:pytorch"_s};
    for (qsizetype i = 1; i < rows.size(); ++i) {
        QCOMPARE(rows[i].size(), 3);
        QCOMPARE(rows[i][0], curves[(i - 1) / kQuantities.size()]);
        QCOMPARE(rows[i][1], kQuantities[(i - 1) % kQuantities.size()]);
    }
    // relu under U(-2, 2): E[f] = 1/2, E[f^2] = 2/3.
    QCOMPARE(rows[2][2], u"0.5"_s);
    QVERIFY(std::fabs(number(rows[4][2]) - 2.0 / 3) < 1e-12);
}

void TestCli::shouldPrintTheDepthRecursion_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<double>("q0");
    QTest::addColumn<double>("factor"); // q(l+1) / q(l)
    QTest::addColumn<double>("chi");
    QTest::addRow("relu he") << QStringList{u"--function"_s, u"relu"_s, u"--depth"_s, u"10"_s} << 1.0 << 1.0 << 1.0;
    QTest::addRow("relu he explicit, N(0, 2)")
        << QStringList{u"--function"_s, u"relu"_s, u"--depth=10"_s, u"--init=he"_s, u"--input=normal:0,2"_s} << 4.0
        << 1.0 << 1.0;
    QTest::addRow("relu pytorch") << QStringList{u"--function"_s, u"relu"_s, u"--framework=pytorch"_s, u"--depth=10"_s,
        u"--init"_s, u"pytorch"_s} << 1.0
                                  << 1.0 / 6 << 1.0 / 6;
    QTest::addRow("relu lecun, uniform input")
        << QStringList{u"--function"_s, u"relu"_s, u"--depth=10"_s, u"--init=lecun"_s, u"--input=uniform:-3,3"_s} << 3.0
        << 0.5 << 0.5;
    QTest::addRow("leaky relu he") << QStringList{u"--function"_s, u"leaky_relu"_s, u"--depth=10"_s} << 1.0 << 1.0
                                   << 1.0;
    QTest::addRow("linear custom") << QStringList{u"--function"_s, u"linear"_s, u"--depth=10"_s,
        u"--init=custom:0.5,0"_s} << 1.0
                                   << 0.25 << 0.25;
}

void TestCli::shouldPrintTheDepthRecursion()
{
    QFETCH(QStringList, args);
    QFETCH(double, q0);
    QFETCH(double, factor);
    QFETCH(double, chi);
    const Result r = run(args);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QByteArray());
    const QList<QStringList> rows = csvRows(r.out);
    QCOMPARE(rows.size(), 12);
    QCOMPARE(rows[0], (QStringList{u"layer"_s, u"q"_s, u"chi"_s, u"chi_product"_s}));
    for (int l = 0; l <= 10; ++l) {
        const QStringList& row = rows[l + 1];
        QCOMPARE(row.size(), 4);
        QCOMPARE(row[0], QString::number(l));
        const double q = q0 * std::pow(factor, l);
        QVERIFY2(std::fabs(number(row[1]) / q - 1) < 1e-12, qPrintable(row.join(u',')));
        QVERIFY2(std::fabs(number(row[2]) - chi) < 1e-12, qPrintable(row.join(u',')));
        QVERIFY2(std::fabs(number(row[3]) / std::pow(chi, l + 1) - 1) < 1e-11, qPrintable(row.join(u',')));
    }
    // The rows are Core::propagate's, to the last digit.
    Core::Activation a = Core::Activation::withDefaults(args[1].toStdString(),
        args.contains(u"--framework=pytorch"_s) ? Core::Framework::PyTorch : Core::Framework::Keras);
    Core::Initialisation init;
    for (const QString& arg : args)
        if (arg.startsWith(u"--init="_s))
            init = Core::Initialisation::parse(arg.mid(7).toStdString());
    if (args.contains(u"pytorch"_s))
        init = Core::Initialisation::parse("pytorch");
    const std::vector<Core::DepthRow> core = Core::propagate(a, init, 10, q0);
    for (int l = 0; l <= 10; ++l)
        QCOMPARE(rows[l + 1][1], qstr(Core::formatNumber(core[std::size_t(l)].q)));
}

void TestCli::shouldReadTheInputFromADataFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(
        dir.filePath(u"pre.csv"_s), "unit,preactivation\r\na,-2\r\nb,-1\r\n\r\n# gap\r\nc,0\r\nd,0.5\r\ne,3\r\n"));
    const Result r = run({u"--function"_s, u"relu"_s, u"--stats"_s, u"--input"_s, u"data:pre.csv"_s}, dir.path());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QByteArray());
    const QList<QStringList> rows = csvRows(r.out);
    QCOMPARE(rows.size(), 9);
    QCOMPARE(rows[1][1], u"0.6"_s);  // dead: -2, -1 and 0 (f'(0) = 0)
    QCOMPARE(rows[2][1], u"0.7"_s);  // mean: 3.5 / 5
    QCOMPARE(rows[4][1], u"1.85"_s); // E[f^2]: 9.25 / 5
    QCOMPARE(rows[5][1], u"0.4"_s);
    QCOMPARE(rows[7][1], qstr(Core::formatNumber(std::sqrt(2.85 / 1.85))));

    // The depth starts from q0 = E[x^2] of the values: 14.25 / 5.
    const Result depth = run(
        {u"--function"_s, u"linear"_s, u"--depth=1"_s, u"--init=lecun"_s, u"--input"_s, u"data:pre.csv"_s}, dir.path());
    QCOMPARE(depth.exitCode, 0);
    QCOMPARE(csvRows(depth.out)[1][1], u"2.85"_s);

    // A bad line is named by its number, and nothing is printed.
    QVERIFY(writeFile(dir.filePath(u"bad.txt"_s), "1\n2\n\nthree\n"));
    const Result bad = run({u"--function"_s, u"relu"_s, u"--stats"_s, u"--input"_s, u"data:bad.txt"_s}, dir.path());
    QCOMPARE(bad.exitCode, 2);
    QCOMPARE(bad.out, QByteArray());
    QCOMPARE(bad.err,
        QByteArray("error: --input \"data:bad.txt\": line 4: \"three\" is not a number; accepted: one number per line, "
                   "or a CSV with a column of numbers (a header line is allowed)\n"));
    QVERIFY(writeFile(dir.filePath(u"empty.txt"_s), ""));
    const Result empty = run({u"--curve"_s, u"relu"_s, u"--depth=2"_s, u"--input=data:empty.txt"_s}, dir.path());
    QCOMPARE(empty.exitCode, 2);
    QCOMPARE(empty.out, QByteArray());
    QVERIFY2(
        empty.err.startsWith("error: --input \"data:empty.txt\": the file is empty; accepted:"), empty.err.constData());
    QCOMPARE(empty.err.count('\n'), 1);
}

void TestCli::shouldWriteStatisticsAndDepthToAFile_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addRow("stats") << QStringList{u"--function"_s, u"elu"_s, u"--stats"_s, u"--input=laplace:0,1"_s};
    QTest::addRow("stats of curves") << QStringList{u"--curve"_s, u"relu"_s, u"--curve"_s, u"selu"_s, u"--stats"_s};
    QTest::addRow("depth") << QStringList{
        u"--curve"_s, u"tanh"_s, u"--curve"_s, u"relu"_s, u"--depth=50"_s, u"--init=glorot"_s};
}

void TestCli::shouldWriteStatisticsAndDepthToAFile()
{
    QFETCH(QStringList, args);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Result printed = run(args);
    QCOMPARE(printed.exitCode, 0);
    QVERIFY(!printed.out.isEmpty());
    const Result written = run(args + QStringList{u"--output"_s, u"lens.csv"_s}, dir.path());
    QCOMPARE(written.exitCode, 0);
    QCOMPARE(written.out, QByteArray());
    QCOMPARE(written.err, QByteArray());
    QCOMPARE(readFile(dir.filePath(u"lens.csv"_s)), printed.out);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"lens.csv"_s});
}

void TestCli::shouldNotOverwriteTheInputDataFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray numbers = "1\n2\n3\n";
    QVERIFY(writeFile(dir.filePath(u"x.csv"_s), numbers));
    const Result r = run(
        {u"--function"_s, u"relu"_s, u"--stats"_s, u"--input=data:x.csv"_s, u"--output"_s, u"./x.csv"_s}, dir.path());
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(r.err, QByteArray("error: --output \"./x.csv\": is the --input data file; accepted: another file name\n"));
    QCOMPARE(readFile(dir.filePath(u"x.csv"_s)), numbers);
}
