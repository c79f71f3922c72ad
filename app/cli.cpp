// SPDX-License-Identifier: MIT
#include "cli.h"

#include "qtext.h"
#include "textsink.h"

#include "aex/core/activation.h"
#include "aex/core/catalogue.h"
#include "aex/core/framework.h"
#include "aex/core/numberformat.h"
#include "aex/core/sampling.h"

#include <QCoreApplication>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <vector>

using namespace Qt::StringLiterals;

namespace App {
namespace {

struct Table {
    Core::Series series;
    std::vector<std::string> dparamNames; // catalogue names of the trainable parameters
};

Table compute(const Invocation& request)
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
void writeJson(TextSink& writer, const Invocation& request, const Table& table)
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

// False when a write failed (TextSink::errorString() says why).
bool writeTable(TextSink& writer, const Invocation& request, const Table& table)
{
    if (request.json)
        writeJson(writer, request, table);
    else
        writeCsv(writer, table, request.dtype);
    return writer.flush();
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

} // namespace

void writeStdout(std::string_view text)
{
    if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() || std::fflush(stdout) != 0)
        throw Failure("cannot write to standard output (" + std::string(std::strerror(errno)) + ")");
}

void runList(const Invocation& invocation) { writeStdout(listing(invocation.listFramework)); }

void runData(const Invocation& invocation)
{
    for (const QString& warning : invocation.warnings)
        printLine(u"warning: "_s + warning);
    const Table table = compute(invocation);
    if (invocation.output.isEmpty()) {
        TextSink writer(stdout);
        if (!writeTable(writer, invocation, table) || std::fflush(stdout) != 0)
            throw Failure(writer.errorString());
        return;
    }
    const Model::FileError error = Model::writeFile(invocation.output, [&](QIODevice& device) {
        TextSink writer(&device);
        return writeTable(writer, invocation, table) ? QString() : QString::fromStdString(writer.errorString());
    });
    if (!error)
        return;
    const QString message = u"--output %1: %2"_s.arg(Model::quoted(invocation.output), error.message);
    if (error.kind == Model::FileError::Kind::BadInput)
        throw UsageError(message);
    throw Failure(message);
}

void printLine(const QString& line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace App
