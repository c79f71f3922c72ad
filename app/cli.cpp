// SPDX-License-Identifier: MIT
#include "cli.h"

#include "textsink.h"

#include "aex/core/activation.h"
#include "aex/core/catalogue.h"
#include "aex/core/framework.h"
#include "aex/core/numberformat.h"
#include "aex/core/sampling.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::string_view_literals;

namespace App {
namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitBadInput = 2;

// Every long option of the command line; wantsCli() scans for them before Qt is up.
constexpr std::array kCliOptions{"list"sv, "function"sv, "framework"sv, "param"sv, "dtype"sv, "eval"sv, "domain"sv,
    "samples"sv, "output"sv, "strict"sv, "version"sv, "help"sv, "help-all"sv};
// Options that take no value, so that the argument after them is not theirs.
constexpr std::array kFlagOptions{"list"sv, "strict"sv};
// Options of the window (app/gui.cpp). With any of them, or a session file, the window's command
// line handles all the arguments, --domain, --samples and --dtype included.
constexpr std::array kWindowOptions{
    "export"sv, "screenshot"sv, "curve"sv, "example"sv, "theme"sv, "scale"sv, "panels"sv, "size"sv};

// Bad input. what() is "ARGUMENT: PROBLEM; accepted: ...", printed as the single stderr line.
class UsageError : public std::runtime_error {
public:
    UsageError(std::string_view argument, std::string_view problem)
        : std::runtime_error(std::string(argument) + ": " + std::string(problem))
    {
    }
};

// Writing failed after the input was accepted (disk full, closed pipe).
class WriteError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

std::string oneLine(std::string text)
{
    std::ranges::replace(text, '\n', ' ');
    std::ranges::replace(text, '\r', ' ');
    return text;
}

void printLine(std::string_view prefix, const std::string& text)
{
    const std::string line = std::string(prefix) + oneLine(text) + '\n';
    std::fwrite(line.data(), 1, line.size(), stderr);
    std::fflush(stderr);
}

std::string joined(std::span<const std::string_view> items, std::string_view separator = ", ")
{
    std::string out;
    for (std::string_view item : items) {
        if (!out.empty())
            out += separator;
        out += item;
    }
    return out;
}

std::string acceptedFunctions()
{
    std::vector<std::string_view> names;
    for (const Core::FunctionSpec& function : Core::catalogue())
        names.push_back(function.name);
    return joined(names);
}

std::string acceptedFrameworks()
{
    std::vector<std::string_view> names;
    names.reserve(Core::kFrameworks.size());
    for (Core::Framework framework : Core::kFrameworks)
        names.push_back(Core::frameworkName(framework));
    return joined(names);
}

enum class Format { Csv, Json };

struct Request {
    std::optional<Core::Activation> activation;
    Core::DType dtype = Core::DType::Float64;
    std::optional<std::vector<double>> points; // --eval
    std::optional<Core::Domain> domain;        // --domain
    QString output;                            // empty: stdout
    Format format = Format::Csv;
    bool strict = false;
};

struct Table {
    Core::Series series;
    std::vector<std::string> dparamNames; // catalogue names of the trainable parameters
};

Table compute(const Request& request)
{
    const Core::Activation& activation = *request.activation;
    Table table;
    for (std::size_t index : activation.trainableParams())
        table.dparamNames.emplace_back(activation.function().params[index].name);

    if (request.domain) {
        table.series = Core::sample(
            activation, *request.domain, request.dtype, {.breakpoints = false, .derivativeParams = true});
        return table;
    }

    Core::Series& s = table.series;
    const std::size_t n = request.points->size();
    const std::size_t dparamCount = table.dparamNames.size() * n;
    s.y.resize(n);
    s.dy.resize(n);
    s.dparam.resize(dparamCount);
    if (request.dtype == Core::DType::Float64) {
        s.x = *request.points;
        Core::evaluate(activation, s.x, s.y, s.dy, s.dparam);
        return table;
    }
    std::vector<float> x(n), y(n), dy(n), dparam(dparamCount);
    std::ranges::transform(*request.points, x.begin(), [](double v) { return static_cast<float>(v); });
    Core::evaluate(activation, x, y, dy, dparam);
    s.x.assign(x.begin(), x.end());
    s.y.assign(y.begin(), y.end());
    s.dy.assign(dy.begin(), dy.end());
    s.dparam.assign(dparam.begin(), dparam.end());
    return table;
}

void writeCsv(TextSink& writer, const Table& table, Core::DType dtype)
{
    const Core::Series& s = table.series;
    std::string line = "x,y,dy";
    for (const std::string& name : table.dparamNames)
        line += ",d_" + name;
    line += '\n';
    writer.write(line);

    const std::size_t n = s.x.size();
    for (std::size_t i = 0; i < n; ++i) {
        line.clear();
        Core::appendNumber(line, s.x[i], dtype);
        line += ',';
        Core::appendNumber(line, s.y[i], dtype);
        line += ',';
        Core::appendNumber(line, s.dy[i], dtype);
        for (std::size_t p = 0; p < table.dparamNames.size(); ++p) {
            line += ',';
            Core::appendNumber(line, s.dparam[p * n + i], dtype);
        }
        line += '\n';
        writer.write(line);
    }
}

// The layout of the Python activation dumps (seed 001), with the function, framework,
// parameters and dtype made explicit. Arrays stay on one line each: with json.dump's indent=4
// layout a 10^7-point export would be a third larger.
void writeJson(TextSink& writer, const Request& request, const Table& table)
{
    const Core::Activation& activation = *request.activation;
    const Core::ParamValues& values = activation.params();
    std::string head = "{\n    \"function\": \"" + std::string(activation.function().name) + "\",\n";
    head += R"(    "framework": ")" + std::string(Core::frameworkName(activation.framework())) + "\",\n";
    head += "    \"params\": {";
    bool first = true;
    for (std::size_t index : activation.availableParams()) {
        const Core::ParamSpec& param = activation.function().params[index];
        head += first ? "\"" : ", \"";
        first = false;
        head += param.name;
        head += "\": ";
        if (values.none[index])
            head += "null";
        else if (param.kind == Core::ParamKind::Boolean)
            head += values.value[index] != 0 ? "true" : "false";
        else
            Core::appendJsonNumber(head, values.value[index], Core::DType::Float64);
    }
    head += "},\n";
    head += R"(    "dtype": ")" + std::string(Core::dtypeName(request.dtype)) + "\",\n";
    writer.write(head);

    const Core::Series& s = table.series;
    const std::size_t n = s.x.size();
    const bool hasDparam = !table.dparamNames.empty();
    writeJsonArray(writer, "    ", "x", s.x, request.dtype, false);
    writeJsonArray(writer, "    ", "y", s.y, request.dtype, false);
    writeJsonArray(writer, "    ", "dy", s.dy, request.dtype, !hasDparam);
    for (std::size_t p = 0; p < table.dparamNames.size(); ++p)
        writeJsonArray(writer, "    ", "d_" + table.dparamNames[p], std::span<const double>(s.dparam).subspan(p * n, n),
            request.dtype, p + 1 == table.dparamNames.size());
    writer.write("}\n");
}

void writeTable(TextSink& writer, const Request& request, const Table& table)
{
    if (request.format == Format::Json)
        writeJson(writer, request, table);
    else
        writeCsv(writer, table, request.dtype);
    if (!writer.flush())
        throw WriteError(writer.errorString());
}

std::string padded(std::string_view text, std::size_t width)
{
    std::string out(text);
    out.resize(std::max(width, text.size() + 1), ' ');
    return out;
}

std::string defaultText(const Core::ParamSpec& param, const Core::FrameworkParam& fp)
{
    if (fp.defaultIsNone)
        return "None";
    if (!fp.defaultValue)
        return "required";
    if (param.kind == Core::ParamKind::Boolean)
        return *fp.defaultValue != 0 ? "true" : "false";
    return Core::formatNumber(*fp.defaultValue);
}

std::string listing(std::optional<Core::Framework> only)
{
    std::string out;
    for (const Core::FunctionSpec& function : Core::catalogue()) {
        std::vector<Core::Framework> frameworks = function.availableFrameworks();
        if (only)
            std::erase_if(frameworks, [&](Core::Framework f) { return f != *only; });
        if (frameworks.empty())
            continue;
        if (!out.empty())
            out += '\n';
        out += std::string(function.name) + " (" + std::string(function.title) + "): " + std::string(function.summary)
            + '\n';
        for (Core::Framework framework : frameworks) {
            const Core::FrameworkSpec& spec = *function.in(framework);
            out += "  " + padded(Core::frameworkName(framework), 10) + std::string(spec.api) + '\n';
            bool any = false;
            for (std::size_t i = 0; i < function.params.size(); ++i) {
                const Core::FrameworkParam& fp = spec.params[i];
                if (!fp.available)
                    continue;
                any = true;
                const Core::ParamSpec& param = function.params[i];
                std::string line = "    " + padded(param.name, 16) + "default " + padded(defaultText(param, fp), 10)
                    + "accepted: " + std::string(fp.accepted);
                if (fp.trainable)
                    line += ", trainable";
                if (fp.apiName != param.name && !fp.apiName.empty())
                    line += " (" + std::string(Core::frameworkName(framework)) + " calls it " + std::string(fp.apiName)
                        + ")";
                out += line + '\n';
            }
            if (!any)
                out += "    (no parameters)\n";
        }
    }
    return out;
}

std::string str(const QString& text) { return text.toStdString(); }

// An option's value as the error line shows it; an empty one stays visible.
std::string shown(const QString& text) { return text.isEmpty() ? std::string("\"\"") : str(text); }

// "A:B" with finite A < B.
std::pair<double, double> parseDomain(const QString& text)
{
    const std::string argument = "--domain " + shown(text);
    constexpr auto accepted = "accepted: A:B with finite numbers A < B, e.g. --domain=-5:5"sv;
    const QStringList parts = text.split(u':');
    if (parts.size() != 2)
        throw UsageError(argument, "not of the form A:B; " + std::string(accepted));
    const std::optional<double> a = Core::parseNumber(str(parts[0]));
    const std::optional<double> b = Core::parseNumber(str(parts[1]));
    if (!a || !b)
        throw UsageError(
            argument, "\"" + str(a ? parts[1] : parts[0]) + "\" is not a number; " + std::string(accepted));
    if (!std::isfinite(*a) || !std::isfinite(*b))
        throw UsageError(argument, "the bounds must be finite; " + std::string(accepted));
    if (!(*a < *b))
        throw UsageError(argument, "A must be less than B; " + std::string(accepted));
    // linspace steps by (B - A) / (N - 1): an infinite width would turn every x into inf or NaN.
    if (!std::isfinite(*b - *a))
        throw UsageError(argument, "B - A overflows; " + std::string(accepted) + " and B - A at most 1.7e308");
    return {*a, *b};
}

std::size_t parseSamples(const QString& text)
{
    const std::string value = str(text);
    const std::string accepted = "; accepted: a whole number from " + std::to_string(Core::kMinSamples) + " to "
        + std::to_string(Core::kMaxSamples);
    const bool digits = !value.empty() && std::ranges::all_of(value, [](char c) { return c >= '0' && c <= '9'; });
    if (!digits)
        throw UsageError("--samples " + shown(text), "not a whole number" + accepted);
    // More than 9 digits is out of range anyway, and stoul would overflow on enough of them.
    const std::size_t samples = value.size() <= 9 ? std::stoul(value) : Core::kMaxSamples + 1;
    if (samples < Core::kMinSamples || samples > Core::kMaxSamples)
        throw UsageError("--samples " + value, "out of range" + accepted);
    return samples;
}

struct Options {
    QCommandLineOption list{u"list"_s,
        u"List the functions, their parameters, defaults and accepted ranges (only those of --framework, when given)."_s};
    QCommandLineOption function{u"function"_s, u"The function to evaluate (see --list)."_s, u"name"_s};
    QCommandLineOption framework{u"framework"_s, u"keras (default), tf_keras or pytorch."_s, u"framework"_s};
    QCommandLineOption param{u"param"_s,
        u"Sets a parameter, e.g. alpha=0.2, max_value=none, approximate=true. Repeatable."_s, u"name=value"_s};
    QCommandLineOption dtype{u"dtype"_s, u"float64 (default) or float32."_s, u"dtype"_s};
    QCommandLineOption eval{
        u"eval"_s, u"Evaluates at these points and prints CSV, e.g. --eval=-1,0,0.5,inf."_s, u"x,x,..."_s};
    QCommandLineOption domain{u"domain"_s, u"Samples [A, B] with --samples points, e.g. --domain=-5:5."_s, u"A:B"_s};
    QCommandLineOption samples{u"samples"_s, u"Number of points for --domain, 2 to 10000000 (default 1001)."_s, u"N"_s};
    QCommandLineOption output{
        u"output"_s, u"Writes FILE.csv or FILE.json (atomically) instead of printing CSV."_s, u"file"_s};
    QCommandLineOption strict{
        u"strict"_s, u"Parameter values the framework's layer rejects are errors (exit 2), not warnings."_s};
};

const char* const kHelpEpilogue = R"(
Output:
  CSV has the header x,y,dy followed by d_<param> for each trainable parameter
  (prelu: d_alpha), then one row per point. Every number is the shortest text
  that reads back to the same value (in float32: the same float32), and NaN,
  infinities and negative zero are written nan, inf, -inf and -0; --eval
  accepts the same spellings.
  JSON is {"function", "framework", "params", "dtype", "x": [...], "y": [...],
  "dy": [...]} plus "d_<param>": [...] for trainable parameters. As Python's
  json.dump does, NaN and infinities are written NaN, Infinity and -Infinity,
  which Python's json.load reads but strict JSON parsers reject.

Parameter values a framework's layer constructor rejects (keras ReLU with
threshold=-1, say) are still evaluated, as the framework's function form does,
with the framework's error text as a warning on stderr; --strict makes them
errors.

Exit status: 0 on success, 2 on bad input (one line on stderr, nothing on
stdout, no file created or changed), 1 when writing fails.

Window and figures (no display needed for --export and --screenshot):
  activation-explorer [FILE.json | --curve SPEC ... | --example ID]
      [--export OUT.png|.jpg|.svg|.pdf [--size WxH] [--scale S]
       [--panels both|function|derivative]] [--screenshot OUT.png] [--theme light|dark]
  Without --export or --screenshot this opens the window, showing FILE.json (a
  saved session), the curves or the example. --curve is repeatable; SPEC is
  FUNCTION[:FRAMEWORK][:NAME=VALUE,...], e.g. relu:tf_keras:negative_slope=0.1,threshold=2
  (FRAMEWORK defaults to keras, NAME=VALUE as --param reads it); with --curve,
  --domain A:B, --samples N and --dtype set the view. --size is the figure size
  in logical pixels (default 1200x800; 100 to 10000 each); PNG and JPEG have
  size x scale pixels at 96 x scale dpi, SVG and PDF are vector pages of
  size/96 inches. --screenshot renders the whole window (--size: its size).

Examples:
  activation-explorer --list --framework pytorch
  activation-explorer --function relu --framework tf_keras --param threshold=2.5 --eval=-5,-1.5,2.5,3
  activation-explorer --function gelu --param approximate=true --domain=-5:5 --samples 1001 --output gelu.json
  activation-explorer --curve relu:tf_keras --curve relu:tf_keras:negative_slope=0.5 \
      --curve leaky_relu:tf_keras:alpha=0.1 --export relu.svg --size 900x700
  activation-explorer session.json --export figure.png --size 1200x800 --scale 2 --theme dark
)";

void rejectRepeats(const QCommandLineParser& parser, std::initializer_list<const QCommandLineOption*> options)
{
    for (const QCommandLineOption* option : options)
        if (parser.values(*option).size() > 1)
            throw UsageError("--" + str(option->names().constFirst()), "given more than once; accepted: once");
}

// Everything is checked here, before any output is opened: bad input leaves no trace.
Request parseRequest(const QCommandLineParser& parser, const Options& o)
{
    Request request;

    std::optional<Core::Framework> framework = Core::Framework::Keras;
    if (parser.isSet(o.framework)) {
        framework = Core::parseFramework(str(parser.value(o.framework)));
        if (!framework)
            throw UsageError("--framework " + shown(parser.value(o.framework)),
                "unknown framework; accepted: " + acceptedFrameworks());
    }

    if (!parser.isSet(o.function))
        throw UsageError(
            "--function", "missing; accepted: --list, or --function NAME with NAME one of " + acceptedFunctions());
    const std::string name = str(parser.value(o.function));
    const Core::FunctionSpec* function = Core::findFunction(name);
    if (!function)
        throw UsageError(
            "--function " + shown(parser.value(o.function)), "unknown function; accepted: " + acceptedFunctions());
    try {
        request.activation = Core::Activation::withDefaults(*function, *framework);
    } catch (const Core::InputError& e) {
        throw UsageError("--function " + name, e.what());
    }

    if (parser.isSet(o.dtype)) {
        const std::optional<Core::DType> dtype = Core::parseDType(str(parser.value(o.dtype)));
        if (!dtype)
            throw UsageError("--dtype " + shown(parser.value(o.dtype)), "unknown dtype; accepted: float64, float32");
        request.dtype = *dtype;
    }

    std::vector<std::size_t> given;
    for (const QString& assignment : parser.values(o.param)) {
        const std::string text = str(assignment);
        try {
            request.activation->setParam(text);
        } catch (const Core::InputError& e) {
            throw UsageError("--param " + text, e.what());
        }
        if (auto index = function->paramIndex(text.substr(0, text.find('=')), *framework))
            given.push_back(*index);
    }
    for (std::size_t index : request.activation->requiredParams()) {
        if (std::ranges::find(given, index) == given.end()) {
            const std::string_view param = function->params[index].name;
            throw UsageError("--param " + std::string(param),
                "missing; " + std::string(request.activation->spec().api) + " has no default for it; accepted: --param "
                    + std::string(param) + "=VALUE");
        }
    }

    const bool hasEval = parser.isSet(o.eval);
    const bool hasDomain = parser.isSet(o.domain);
    if (hasEval && hasDomain)
        throw UsageError("--eval, --domain", "given together; accepted: one of them");
    if (!hasEval && !hasDomain)
        throw UsageError("--eval/--domain", "missing; accepted: --eval=X,X,... or --domain=A:B [--samples N]");
    if (parser.isSet(o.samples) && !hasDomain)
        throw UsageError("--samples", "only means something with --domain; accepted: --domain=A:B --samples N");

    if (hasEval) {
        try {
            request.points = Core::parseNumberList(str(parser.value(o.eval)));
        } catch (const Core::InputError& e) {
            throw UsageError("--eval", e.what());
        }
    } else {
        const auto [a, b] = parseDomain(parser.value(o.domain));
        Core::Domain domain{.min = a, .max = b};
        if (parser.isSet(o.samples))
            domain.samples = parseSamples(parser.value(o.samples));
        try {
            Core::validate(domain);
        } catch (const Core::InputError& e) {
            throw UsageError("--domain " + str(parser.value(o.domain)), e.what());
        }
        request.domain = domain;
    }

    if (parser.isSet(o.output)) {
        request.output = parser.value(o.output);
        const QString suffix = QFileInfo(request.output).suffix().toLower();
        if (suffix == u"csv"_s)
            request.format = Format::Csv;
        else if (suffix == u"json"_s)
            request.format = Format::Json;
        else
            throw UsageError("--output " + shown(request.output),
                "unknown file type; accepted: a file name ending in .csv or .json");
    }

    request.strict = parser.isSet(o.strict);
    if (request.strict) {
        const std::vector<std::string> errors = request.activation->layerErrors();
        if (!errors.empty()) {
            std::string text;
            for (const std::string& error : errors)
                text += (text.empty() ? "" : " / ") + error;
            throw UsageError("--strict",
                std::string(request.activation->spec().api) + " rejects these parameters: " + text
                    + "; accepted: values the layer accepts (see --list)");
        }
    }
    return request;
}

// Needs the QCoreApplication that runCli creates (QCoreApplication::arguments() reads it).
int run()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Activation Explorer: neural-network activation functions exactly as Keras 3, tf.keras 2 "
        "and PyTorch compute them. Without these options it opens the window."_s);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const Options o;
    parser.addOptions(
        {o.list, o.function, o.framework, o.param, o.dtype, o.eval, o.domain, o.samples, o.output, o.strict});

    if (!parser.parse(QCoreApplication::arguments())) {
        const QStringList unknown = parser.unknownOptionNames();
        if (!unknown.isEmpty()) {
            const QString& name = unknown.constFirst();
            throw UsageError((name.size() > 1 ? "--" : "-") + str(name),
                "unknown option; accepted: --list, --function, --framework, --param, "
                "--dtype, --eval, --domain, --samples, --output, --strict, --help, "
                "--version");
        }
        std::string problem = str(parser.errorText());
        if (problem.ends_with('.'))
            problem.pop_back();
        throw UsageError("command line", problem + "; accepted: the options of --help");
    }
    if (parser.isSet(help) || parser.isSet(u"help-all"_s)) {
        const std::string text = str(parser.helpText()) + kHelpEpilogue;
        std::fwrite(text.data(), 1, text.size(), stdout);
        return kExitOk;
    }
    if (parser.isSet(version)) {
        const std::string text
            = str(QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion()) + '\n';
        std::fwrite(text.data(), 1, text.size(), stdout);
        return kExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        throw UsageError(
            str(parser.positionalArguments().constFirst()), "unexpected argument; accepted: options only (see --help)");
    rejectRepeats(parser, {&o.function, &o.framework, &o.dtype, &o.eval, &o.domain, &o.samples, &o.output});

    if (parser.isSet(o.list)) {
        for (const QCommandLineOption* other :
            {&o.function, &o.param, &o.dtype, &o.eval, &o.domain, &o.samples, &o.output, &o.strict})
            if (parser.isSet(*other))
                throw UsageError(
                    "--" + str(other->names().constFirst()), "not used with --list; accepted: --list [--framework F]");
        std::optional<Core::Framework> only;
        if (parser.isSet(o.framework)) {
            only = Core::parseFramework(str(parser.value(o.framework)));
            if (!only)
                throw UsageError("--framework " + shown(parser.value(o.framework)),
                    "unknown framework; accepted: " + acceptedFrameworks());
        }
        TextSink writer(stdout);
        writer.write(listing(only));
        if (!writer.flush())
            throw WriteError(writer.errorString());
        return kExitOk;
    }

    const Request request = parseRequest(parser, o);

    // Opened before computing, so an unwritable path is bad input and nothing has been printed.
    QSaveFile file(request.output);
    if (!request.output.isEmpty() && !file.open(QIODevice::WriteOnly))
        throw UsageError("--output " + str(request.output),
            "cannot be written (" + str(file.errorString()) + "); accepted: a writable file path");

    if (!request.strict)
        for (const std::string& error : request.activation->layerErrors())
            printLine("warning: ", error);

    const Table table = compute(request);
    if (request.output.isEmpty()) {
        TextSink writer(stdout);
        writeTable(writer, request, table);
        if (std::fflush(stdout) != 0)
            throw WriteError("cannot write to standard output");
        return kExitOk;
    }
    try {
        TextSink writer(&file);
        writeTable(writer, request, table);
    } catch (const WriteError& e) {
        throw UsageError("--output " + str(request.output), e.what());
    }
    if (!file.commit())
        throw UsageError("--output " + str(request.output),
            "cannot be written (" + str(file.errorString()) + "); accepted: a writable file path");
    return kExitOk;
}

} // namespace

bool wantsCli(int argc, char** argv)
{
    bool cli = false;
    bool window = false;
    for (int i = 1; i < argc; ++i) {
        std::string_view arg = argv[i];
        if (arg == "--")
            break;
        if (arg == "-h" || arg == "-?" || arg == "-v" || arg == "--help" || arg == "--help-all" || arg == "--version")
            return true; // the command line's help describes the window's options too
        if (!arg.starts_with("--")) {
            // A session file, unless it is the value of the option before it (--output x.json).
            const std::string_view previous = i > 1 ? std::string_view(argv[i - 1]) : std::string_view();
            const bool isValue = previous.starts_with("--") && previous.find('=') == std::string_view::npos
                && std::ranges::find(kFlagOptions, previous.substr(2)) == kFlagOptions.end();
            if (arg.ends_with(".json") && !isValue)
                window = true;
            continue;
        }
        arg.remove_prefix(2);
        arg = arg.substr(0, arg.find('='));
        if (std::ranges::find(kWindowOptions, arg) != kWindowOptions.end())
            window = true;
        else if (std::ranges::find(kCliOptions, arg) != kCliOptions.end())
            cli = true;
    }
    return cli && !window;
}

int runCli(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    try {
        return run();
    } catch (const UsageError& e) {
        printLine("error: ", e.what());
        return kExitBadInput;
    } catch (const WriteError& e) {
        printLine("error: ", e.what());
        return kExitFailure;
    } catch (const Core::InputError& e) {
        printLine("error: ", e.what());
        return kExitBadInput;
    } catch (const std::exception& e) {
        printLine("error: ", e.what());
        return kExitFailure;
    }
}

} // namespace App
