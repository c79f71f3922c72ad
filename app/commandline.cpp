// SPDX-License-Identifier: MIT
#include "commandline.h"
#include "commandlineoptions.h"
#include "commandlineparts.h"

#include "curvespec.h"
#include "examples.h"
#include "fileio.h"
#include "qtext.h"

#include "aex/core/catalogue.h"
#include "aex/core/numberformat.h"
#include "aex/core/statistics.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace App {

using namespace CommandLineParts;

UsageError::UsageError(const QString& message)
    : std::runtime_error(message.toStdString())
{
}

Failure::Failure(const QString& message)
    : std::runtime_error(message.toStdString())
{
}

namespace {

constexpr Core::Size2D kMinWindow{320, 240};
constexpr Core::Size2D kMaxWindow{8192, 8192};

QSize parseSize(
    const QCommandLineParser& parser, const Options& o, Core::Size2D min, Core::Size2D max, Core::Size2D example)
{
    try {
        const Core::Size2D size = Core::parseSize(parser.value(o.size).toStdString(), min, max, example);
        return {static_cast<int>(size.width), static_cast<int>(size.height)};
    } catch (const Core::InputError& e) {
        refuse(shown(u"size"_s, parser.value(o.size)) + u": "_s + QString::fromUtf8(e.what()));
    }
}

// Options that only mean something together with another one.
void requireWith(
    const QCommandLineParser& parser, const QCommandLineOption& option, bool present, const QString& accepted)
{
    if (parser.isSet(option) && !present)
        refuse(u"--%1: only means something %2"_s.arg(option.names().constFirst(), accepted));
}

void parseData(const QCommandLineParser& parser, const Options& o, Invocation& inv)
{
    inv.action = Action::Data;
    if (!parser.isSet(o.function))
        refuse(u"--function: missing; accepted: --function NAME with --eval or --domain, NAME one of "_s
            + functionNames());
    inv.activation = functionCurve(parser, o);
    inv.dtype = parseDType(parser, o);
    const bool hasEval = parser.isSet(o.eval);
    const bool hasDomain = parser.isSet(o.domain);
    if (hasEval && hasDomain)
        refuse(u"--eval, --domain: given together; accepted: one of them"_s);
    if (!hasEval && !hasDomain)
        refuse(u"--eval/--domain: missing; accepted: --eval=X,X,... or --domain=A:B [--samples N]"_s);
    requireWith(parser, o.samples, hasDomain, u"with --domain; accepted: --domain=A:B --samples N"_s);
    if (hasEval) {
        try {
            inv.points = Core::parseNumberList(parser.value(o.eval).toStdString());
        } catch (const Core::InputError& e) {
            refuse(u"--eval: "_s + QString::fromUtf8(e.what()));
        }
    } else {
        inv.domain = parseDomain(parser, o);
    }
    parseDataOutput(parser, o, inv);
}

void parseFigures(const QCommandLineParser& parser, const Options& o, Invocation& inv)
{
    const bool hasExport = parser.isSet(o.exportFigure);
    const bool hasScreenshot = parser.isSet(o.screenshot);
    inv.action = hasExport || hasScreenshot ? Action::Figures : Action::Window;
    const QStringList positional = parser.positionalArguments();
    const QStringList curves = parser.values(o.curve);
    const bool hasFunction = parser.isSet(o.function);
    const int sources = (positional.isEmpty() ? 0 : 1) + (curves.isEmpty() ? 0 : 1) + (parser.isSet(o.example) ? 1 : 0)
        + (hasFunction ? 1 : 0);
    if (sources > 1)
        refuse(u"a session file, --function, --curve and --example given together; accepted: one of them"_s);
    const bool ownCurves = hasFunction || !curves.isEmpty();
    for (const QCommandLineOption* withCurves : {&o.domain, &o.samples, &o.dtype})
        requireWith(parser, *withCurves, ownCurves,
            u"with --function or --curve; accepted: --curve SPEC --%1 ..."_s.arg(withCurves->names().constFirst()));
    requireWith(parser, o.scale, hasExport, u"with --export; accepted: --export FILE --scale S"_s);
    requireWith(parser, o.fontSize, hasExport, u"with --export; accepted: --export FILE --font-size PT"_s);
    requireWith(
        parser, o.panels, hasExport, u"with --export; accepted: --export FILE --panels both|function|derivative"_s);
    requireWith(parser, o.size, hasExport || hasScreenshot,
        u"with --export or --screenshot; accepted: --export FILE --size WxH"_s);
    if (hasExport && hasScreenshot && parser.isSet(o.size))
        refuse(u"--size: ambiguous with both --export and --screenshot; accepted: one of them with --size"_s);

    parseExport(parser, o, inv);
    if (hasScreenshot) {
        inv.screenshotPath = parser.value(o.screenshot);
        if (QFileInfo(inv.screenshotPath).suffix().toLower() != u"png")
            refuse(shown(u"screenshot"_s, inv.screenshotPath) + u": unknown file type; accepted: a .png file name"_s);
        if (parser.isSet(o.size))
            inv.windowSize = parseSize(parser, o, kMinWindow, kMaxWindow, {1280, 800});
    }

    if (!positional.isEmpty()) {
        inv.sessionPath = positional.constFirst();
        const Model::SessionResult loaded = Model::loadSession(inv.sessionPath);
        if (!loaded)
            refuse(Model::quoted(inv.sessionPath) + u": "_s + loaded.error.message());
        inv.session = loaded.session;
    } else if (ownCurves) {
        Model::Session session;
        session.domain = parseDomain(parser, o);
        session.dtype = parseDType(parser, o);
        QList<std::pair<QString, Core::Activation>> made;
        if (hasFunction) {
            made.append({QString(), functionCurve(parser, o)});
        } else {
            if (curves.size() > qsizetype(Core::kMaxCurves))
                refuse(u"--curve: %1 curves; accepted: at most %2"_s.arg(curves.size()).arg(Core::kMaxCurves));
            for (const QString& spec : curves) {
                const CurveSpecResult parsed = parseCurveSpec(spec);
                if (!parsed.activation)
                    refuse(curveWarningPrefix(spec) + parsed.error);
                made.append({spec, *parsed.activation});
            }
        }
        for (const auto& [spec, activation] : std::as_const(made)) {
            session.curves.append(Model::makeCurve(activation, Model::defaultCurveColor(session.curves.size())));
            for (const std::string& error : activation.layerErrors())
                inv.warnings << (spec.isEmpty() ? QString() : curveWarningPrefix(spec)) + QString::fromStdString(error);
        }
        session.selected = session.curves.isEmpty() ? -1 : 0;
        if (const std::string problem = Core::workProblem(std::size_t(session.curves.size()), session.domain.samples);
            !problem.empty())
            refuse((parser.isSet(o.samples) ? shown(u"samples"_s, parser.value(o.samples)) : u"--curve"_s) + u": "_s
                + QString::fromStdString(problem));
        inv.session = session;
    }
    if (inv.session && inv.theme)
        inv.session->theme = *inv.theme;
    if (parser.isSet(o.example)) {
        inv.example = parser.value(o.example);
        if (!findExample(inv.example)) {
            QStringList ids;
            for (const Example& example : examples())
                ids << example.id;
            refuse(shown(u"example"_s, inv.example) + u": unknown example; accepted: "_s + joined(ids));
        }
    }
}

// An output must not be an input, nor the other output, and must be a place a file can go.
void checkOutputs(const Invocation& inv)
{
    const QList<std::pair<QString, QString>> outputs{
        {u"output"_s, inv.output}, {u"export"_s, inv.exportPath}, {u"screenshot"_s, inv.screenshotPath}};
    for (qsizetype i = 0; i < outputs.size(); ++i) {
        const auto& [name, path] = outputs[i];
        if (path.isEmpty())
            continue;
        if (inv.lens && !inv.lens->inputFile.isEmpty()
            && (Model::isSameFile(path, inv.lens->inputFile)
                || QFileInfo(path).absoluteFilePath() == QFileInfo(inv.lens->inputFile).absoluteFilePath()))
            refuse(shown(name, path) + u": is the --input data file; accepted: another file name"_s);
        if (!inv.sessionPath.isEmpty()
            && (Model::isSameFile(path, inv.sessionPath)
                || QFileInfo(path).absoluteFilePath() == QFileInfo(inv.sessionPath).absoluteFilePath()))
            refuse(shown(name, path) + u": is the session file being read; accepted: another file name"_s);
        for (qsizetype j = i + 1; j < outputs.size(); ++j) {
            const QString& other = outputs[j].second;
            if (!other.isEmpty()
                && (Model::isSameFile(path, other)
                    || QFileInfo(path).absoluteFilePath() == QFileInfo(other).absoluteFilePath()))
                refuse(shown(outputs[j].first, other)
                    + u": is also the --%1 file; accepted: another file name"_s.arg(name));
        }
        if (const Model::FileError error = Model::checkOutputPath(path))
            refuse(shown(name, path) + u": "_s + error.message);
    }
}

void parseCurvesAndData(
    const QCommandLineParser& parser, const Options& o, Invocation& inv, const QStringList& positional)
{
    // Printing data is what --eval and --output ask for; --function with --domain prints too,
    // unless an option of the figures or the window says otherwise.
    const bool figureOrWindow = parser.isSet(o.exportFigure) || parser.isSet(o.screenshot) || parser.isSet(o.theme)
        || parser.isSet(o.size) || parser.isSet(o.scale) || parser.isSet(o.fontSize) || parser.isSet(o.panels);
    const bool data = !figureOrWindow
        && (parser.isSet(o.eval) || parser.isSet(o.output) || (parser.isSet(o.function) && parser.isSet(o.domain)));
    if (data) {
        if (!positional.isEmpty())
            refuse(u"%1: unexpected argument with --eval, --domain or --output; accepted: options only, "
                   u"--function NAME --eval=X,... or --domain=A:B [--output FILE]"_s.arg(Model::quoted(positional[0])));
        if (parser.isSet(o.curve) || parser.isSet(o.example))
            refuse(u"--%1: not used with --eval, --domain or --output, which take one curve; accepted: --function NAME "
                   u"--eval=X,... or --domain=A:B [--output FILE]"_s.arg(
                       parser.isSet(o.curve) ? u"curve"_s : u"example"_s));
        parseData(parser, o, inv);
    } else {
        for (const QCommandLineOption* dataOnly : {&o.eval, &o.output})
            requireWith(parser, *dataOnly, false,
                u"with --function and without --export, --screenshot or --theme; accepted: --function NAME --%1 ..."_s
                    .arg(dataOnly->names().constFirst()));
        parseFigures(parser, o, inv);
    }
}

// --strict, the warnings, and the outputs, for every action that computes.
void finish(const QCommandLineParser& parser, const Options& o, Invocation& inv)
{
    if (parser.isSet(o.strict)) {
        QStringList errors = inv.warnings;
        if (inv.activation)
            for (const std::string& error : inv.activation->layerErrors())
                errors << QString::fromStdString(error);
        const QString who = inv.activation ? Model::toQString(inv.activation->spec().api) : u"the layer"_s;
        if (!errors.isEmpty())
            refuse(u"--strict: %1 rejects these parameters: %2; accepted: values the layer accepts (see --list)"_s.arg(
                who, errors.join(u" / "_s)));
    } else if (inv.activation) {
        for (const std::string& error : inv.activation->layerErrors())
            inv.warnings << QString::fromStdString(error);
    }
    checkOutputs(inv);
}

// The option's value as a number from `low` to `high`, or a refusal naming what is accepted
// (`accepted` has %1 and %2 for the ends).
double numberIn(const QCommandLineParser& parser, const QCommandLineOption& option, double low, double high,
    const QString& accepted)
{
    const QString given = parser.value(option);
    const std::optional<double> value = Core::parseNumber(given.toStdString());
    if (!value || !(*value >= low && *value <= high))
        refuse(shown(option.names().constFirst(), given) + u": %1; accepted: "_s.arg(
                   value ? u"out of range"_s : u"not a number"_s)
            + accepted.arg(Model::number(low), Model::number(high)));
    return *value;
}

} // namespace

// --theme, and --export FILE with its --size, --scale, --font-size and --panels.
void CommandLineParts::parseExport(const QCommandLineParser& parser, const Options& o, Invocation& inv)
{
    if (parser.isSet(o.theme)) {
        inv.theme = Model::parseTheme(parser.value(o.theme));
        if (!inv.theme)
            refuse(shown(u"theme"_s, parser.value(o.theme)) + u": unknown theme; accepted: light, dark"_s);
    }
    if (parser.isSet(o.exportFigure)) {
        inv.exportPath = parser.value(o.exportFigure);
        const std::optional<Widgets::FigureFormat> format = Widgets::figureFormatForPath(inv.exportPath);
        if (!format)
            refuse(
                shown(u"export"_s, inv.exportPath) + u": unknown file type; accepted: .png, .jpg, .jpeg, .svg, .pdf"_s);
        if (parser.isSet(o.size))
            inv.figure.size = parseSize(parser, o, {Widgets::kMinFigureSide, Widgets::kMinFigureSide},
                {Widgets::kMaxFigureSide, Widgets::kMaxFigureSide}, {1200, 800});
        if (parser.isSet(o.scale))
            inv.figure.scale = numberIn(parser, o.scale, Widgets::kMinFigureScale, Widgets::kMaxFigureScale,
                u"a number from %1 to %2, e.g. 2"_s);
        if (parser.isSet(o.fontSize))
            inv.figure.fontSize = numberIn(parser, o.fontSize, Widgets::kMinFigureFontSize,
                Widgets::kMaxFigureFontSize, u"a number of points from %1 to %2, e.g. 18"_s);
        if (parser.isSet(o.panels)) {
            const std::optional<Model::Panels> panels = Model::parsePanels(parser.value(o.panels));
            if (!panels)
                refuse(shown(u"panels"_s, parser.value(o.panels))
                    + u": unknown panels; accepted: both, function, derivative"_s);
            inv.figure.panels = *panels;
            inv.panelsGiven = true;
        }
        if (const QString problem = Widgets::validateFigureOptions(inv.figure, format); !problem.isEmpty()) {
            QStringList given;
            for (const QCommandLineOption* option : {&o.size, &o.scale})
                if (parser.isSet(*option))
                    given << shown(option->names().constFirst(), parser.value(*option));
            refuse((given.isEmpty() ? shown(u"export"_s, inv.exportPath) : given.join(u" "_s)) + u": "_s + problem);
        }
    }
}

QString givenTwice(const Core::FunctionSpec& function, std::size_t index, std::string_view key)
{
    const QString name = Model::toQString(function.params[index].name);
    const QString as = Model::toQString(key).trimmed();
    return (as == name ? name : u"%1 is %2, which is"_s.arg(as, name))
        + u" given twice; accepted: each parameter once"_s;
}

Invocation parseCommandLine(const QStringList& arguments)
{
    QCommandLineParser parser;
    const Options o;
    setUp(parser, o);
    Invocation inv;
    if (!parser.parse(QStringList{u"activation-explorer"_s} + arguments)) {
        const QStringList unknown = parser.unknownOptionNames();
        if (!unknown.isEmpty())
            refuse(u"%1: unknown option; accepted: %2"_s.arg(
                Model::quoted((unknown.constFirst().size() > 1 ? u"--"_s : u"-"_s) + unknown.constFirst()),
                optionNames(o)));
        QString problem = parser.errorText();
        if (problem.endsWith(u'.'))
            problem.chop(1);
        refuse(u"command line: %1; accepted: the options of --help"_s.arg(problem.replace(u'\n', u' ')));
    }
    if (parser.isSet(u"help"_s) || parser.isSet(u"help-all"_s)) {
        inv.action = Action::Help;
        return inv;
    }
    if (parser.isSet(u"version"_s)) {
        inv.action = Action::Version;
        return inv;
    }
    for (const QCommandLineOption& option : o.all()) {
        const QString name = option.names().constFirst();
        if (name != u"param" && name != u"curve" && name != u"compare" && parser.values(option).size() > 1)
            refuse(u"--%1: given more than once; accepted: once"_s.arg(option.names().constFirst()));
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 && !parser.isSet(o.compare))
        refuse(u"%1: unexpected argument; accepted: one session file"_s.arg(Model::quoted(positional[1])));
    requireWith(parser, o.framework, parser.isSet(o.function) || parser.isSet(o.list),
        u"with --function or --list; accepted: --function NAME --framework FW"_s);
    requireWith(parser, o.param, parser.isSet(o.function), u"with --function; accepted: --function NAME --param K=V"_s);

    if (parser.isSet(o.list)) {
        inv.action = Action::List;
        for (const QCommandLineOption& other : o.all()) {
            const QString name = other.names().constFirst();
            if (name != u"list" && name != u"framework" && parser.isSet(other))
                refuse(u"--%1: not used with --list; accepted: --list [--framework FW]"_s.arg(name));
        }
        if (!positional.isEmpty())
            refuse(u"%1: not used with --list; accepted: --list [--framework FW]"_s.arg(Model::quoted(positional[0])));
        if (parser.isSet(o.framework)) {
            inv.listFramework = Core::parseFramework(parser.value(o.framework).toStdString());
            if (!inv.listFramework)
                refuse(shown(u"framework"_s, parser.value(o.framework)) + u": unknown framework; accepted: "_s
                    + frameworkNames());
        }
        return inv;
    }

    if (parser.isSet(o.code)) {
        parseCode(parser, o, inv);
    } else if (parser.isSet(o.train)) {
        parseTrain(parser, o, inv);
    } else if (parser.isSet(o.compare) || parser.isSet(o.compareFrameworks)) {
        parseCompare(parser, o, inv);
    } else if (parser.isSet(o.stats) || parser.isSet(o.depth)) {
        parseLens(parser, o, inv);
    } else {
        requireWith(parser, o.input, false, u"with --stats or --depth; accepted: --stats --input SPEC"_s);
        requireWith(parser, o.init, false, u"with --depth; accepted: --depth L --init SCHEME"_s);
        parseCurvesAndData(parser, o, inv, positional);
    }
    finish(parser, o, inv);
    return inv;
}

} // namespace App
