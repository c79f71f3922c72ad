// SPDX-License-Identifier: MIT
// What the command line's parsers share (commandline.cpp and its commandline*.cpp parts).
#include "commandlineparts.h"

#include "commandline.h"
#include "commandlineoptions.h"
#include "qtext.h"

#include "aex/core/catalogue.h"
#include "aex/core/numberformat.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace App::CommandLineParts {

[[noreturn]] void refuse(const QString& message) { throw UsageError(message); }

// `--name "value"`: an option as a message shows it, its value quoted (Core::quoted).
QString shown(const QString& name, const QString& value) { return u"--%1 %2"_s.arg(name, Model::quoted(value)); }

QString joined(const QStringList& items) { return items.join(u", "_s); }

QString functionNames()
{
    QStringList names;
    for (const Core::FunctionSpec& function : Core::catalogue())
        names << Model::toQString(function.name);
    return joined(names);
}

QString frameworkNames()
{
    QStringList names;
    for (Core::Framework framework : Core::kFrameworks)
        names << Model::toQString(Core::frameworkName(framework));
    return joined(names);
}

// The curve of --function, --framework and --param.
Core::Activation functionCurve(const QCommandLineParser& parser, const Options& o)
{
    Core::Framework framework = Core::Framework::Keras;
    if (parser.isSet(o.framework)) {
        const std::optional<Core::Framework> parsed = Core::parseFramework(parser.value(o.framework).toStdString());
        if (!parsed)
            refuse(shown(u"framework"_s, parser.value(o.framework)) + u": unknown framework; accepted: "_s
                + frameworkNames());
        framework = *parsed;
    }
    const QString name = parser.value(o.function);
    const Core::FunctionSpec* function = Core::findFunction(name.toStdString());
    if (!function)
        refuse(shown(u"function"_s, name) + u": unknown function; accepted: "_s + functionNames());
    std::optional<Core::Activation> activation;
    try {
        activation = Core::Activation::withDefaults(*function, framework);
    } catch (const Core::InputError& e) {
        refuse(shown(u"function"_s, name) + u": "_s + QString::fromUtf8(e.what()));
    }
    std::vector<std::size_t> given;
    for (const QString& assignment : parser.values(o.param)) {
        try {
            activation->setParam(assignment.toStdString());
        } catch (const Core::InputError& e) {
            refuse(shown(u"param"_s, assignment) + u": "_s + QString::fromUtf8(e.what()));
        }
        const std::string key = assignment.section(u'=', 0, 0).toStdString();
        if (const std::optional<std::size_t> index = function->paramIndex(key, framework)) {
            if (std::ranges::find(given, *index) != given.end())
                refuse(shown(u"param"_s, assignment) + u": "_s + givenTwice(*function, *index, key));
            given.push_back(*index);
        }
    }
    for (std::size_t index : activation->requiredParams()) {
        if (std::ranges::find(given, index) == given.end()) {
            const QString param = Model::toQString(function->params[index].name);
            refuse(u"--param %1: missing; %2 has no default for it; accepted: --param %1=VALUE"_s.arg(
                param, Model::toQString(activation->spec().api)));
        }
    }
    return *activation;
}

Core::DType parseDType(const QCommandLineParser& parser, const Options& o)
{
    if (!parser.isSet(o.dtype))
        return Core::DType::Float64;
    const std::optional<Core::DType> dtype = Core::parseDType(parser.value(o.dtype).toStdString());
    if (!dtype)
        refuse(shown(u"dtype"_s, parser.value(o.dtype)) + u": unknown dtype; accepted: float64, float32"_s);
    return *dtype;
}

// --domain and --samples, parsed once for every action.
Core::Domain parseDomain(const QCommandLineParser& parser, const Options& o)
{
    Core::Domain domain;
    if (parser.isSet(o.domain)) {
        try {
            std::tie(domain.min, domain.max) = Core::parseRange(parser.value(o.domain).toStdString());
        } catch (const Core::InputError& e) {
            refuse(shown(u"domain"_s, parser.value(o.domain)) + u": "_s + QString::fromUtf8(e.what()));
        }
    }
    if (parser.isSet(o.samples)) {
        try {
            domain.samples = static_cast<std::size_t>(Core::parseWholeNumber(parser.value(o.samples).toStdString(),
                static_cast<std::int64_t>(Core::kMinSamples), static_cast<std::int64_t>(Core::kMaxSamples)));
        } catch (const Core::InputError& e) {
            refuse(shown(u"samples"_s, parser.value(o.samples)) + u": "_s + QString::fromUtf8(e.what()));
        }
    }
    return domain;
}

QString curveWarningPrefix(const QString& spec) { return u"--curve %1: "_s.arg(Model::quoted(spec)); }

void refuseOthers(const QCommandLineParser& parser, const Options& o, const QList<const QCommandLineOption*>& allowed,
    const QString& action, const QString& accepted)
{
    for (const QCommandLineOption& option : o.all()) {
        const bool isAllowed = std::any_of(allowed.begin(), allowed.end(),
            [&](const QCommandLineOption* a) { return a->names() == option.names(); });
        if (!isAllowed && parser.isSet(option))
            refuse(u"--%1: not used with %2; %3"_s.arg(option.names().constFirst(), action, accepted));
    }
}

void parseDataOutput(const QCommandLineParser& parser, const Options& o, Invocation& inv)
{
    if (!parser.isSet(o.output))
        return;
    inv.output = parser.value(o.output);
    const QString suffix = QFileInfo(inv.output).suffix().toLower();
    if (suffix != u"csv" && suffix != u"json")
        refuse(shown(u"output"_s, inv.output) + u": unknown file type; accepted: a file name ending in .csv or .json"_s);
    inv.json = suffix == u"json";
}

} // namespace App::CommandLineParts
