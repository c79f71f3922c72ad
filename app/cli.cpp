// SPDX-License-Identifier: MIT
#include "cli.h"

#include "qtext.h"
#include "serieswriter.h"
#include "textsink.h"

#include "aex/core/activation.h"
#include "aex/core/catalogue.h"
#include "aex/core/codegen.h"
#include "aex/core/compare.h"
#include "aex/core/frameworktable.h"
#include "aex/core/framework.h"
#include "aex/core/numberformat.h"
#include "aex/core/sampling.h"
#include "aex/core/statistics.h"

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

// The --eval points or the --domain samples, with d/dparam for the trainable parameters.
CurveSamples compute(const Invocation& request)
{
    const Core::Activation& activation = *request.activation;
    CurveSamples table;
    table.activation = &activation;
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

// A --curve text as a CSV field (RFC 4180: quoted when it holds a comma or a quote).

// --stats: one row per quantity (and curve); pytorch_gain is empty where PyTorch has no gain.
std::string statsCsv(const LensRequest& request, Core::DType dtype)
{
    std::string out = request.curveColumn ? "curve,quantity,value\n" : "quantity,value\n";
    for (const auto& [spec, activation] : request.curves) {
        const Core::ActivationStatistics s = Core::statistics(activation, request.input, dtype);
        const std::optional<Core::RecommendedGain> pytorch = Core::pytorchGain(activation);
        const std::string prefix = request.curveColumn ? csvField(spec.toStdString()) + ',' : std::string();
        const std::pair<const char*, double> rows[] = {{"dead_fraction", s.deadFraction}, {"mean", s.mean},
            {"variance", s.variance}, {"second_moment", s.secondMoment}, {"grad_mean", s.gradMean},
            {"grad_second_moment", s.gradSecondMoment}, {"gain", s.gain}};
        for (const auto& [name, value] : rows)
            out += prefix + name + ',' + Core::formatNumber(value) + '\n';
        out += prefix + "pytorch_gain," + (pytorch ? Core::formatNumber(pytorch->value) : std::string()) + '\n';
    }
    return out;
}

// --depth L: layers 0 to L, q0 = E[x^2] of the input.
std::string depthCsv(const LensRequest& request, Core::DType dtype)
{
    std::string out = request.curveColumn ? "curve,layer,q,chi,chi_product\n" : "layer,q,chi,chi_product\n";
    const double q0 = request.input.secondMoment();
    for (const auto& [spec, activation] : request.curves) {
        const std::string prefix = request.curveColumn ? csvField(spec.toStdString()) + ',' : std::string();
        for (const Core::DepthRow& row : Core::propagate(activation, request.init, request.depth, q0, dtype))
            out += prefix + std::to_string(row.layer) + ',' + Core::formatNumber(row.q) + ','
                + Core::formatNumber(row.chi) + ',' + Core::formatNumber(row.chiProduct) + '\n';
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
    const CurveSamples table = compute(invocation);
    const DataFormat format = invocation.json ? DataFormat::Json : DataFormat::Csv;
    if (invocation.output.isEmpty()) {
        TextSink writer(stdout);
        if (!writeCurveSamples(writer, table, invocation.dtype, format) || std::fflush(stdout) != 0)
            throw Failure(writer.errorString());
        return;
    }
    const Model::FileError error = Model::writeFile(invocation.output, [&](QIODevice& device) {
        TextSink writer(&device);
        return writeCurveSamples(writer, table, invocation.dtype, format)
            ? QString()
            : QString::fromStdString(writer.errorString());
    });
    if (!error)
        return;
    const QString message = u"--output %1: %2"_s.arg(Model::quoted(invocation.output), error.message);
    if (error.kind == Model::FileError::Kind::BadInput)
        throw UsageError(message);
    throw Failure(message);
}

void runLens(const Invocation& invocation)
{
    for (const QString& warning : invocation.warnings)
        printLine(u"warning: "_s + warning);
    writeOutput(invocation.output, invocation.action == Action::Stats ? statsCsv(*invocation.lens, invocation.dtype)
                                                                      : depthCsv(*invocation.lens, invocation.dtype));
}

void checkWritten(const Model::FileError& error, const QString& option, const QString& path)
{
    if (!error)
        return;
    const QString message = u"--%1 %2: %3"_s.arg(option, Model::quoted(path), error.message);
    if (error.kind == Model::FileError::Kind::BadInput)
        throw UsageError(message);
    throw Failure(message);
}

void writeOutput(const QString& output, const std::string& text)
{
    if (output.isEmpty()) {
        writeStdout(text);
        return;
    }
    checkWritten(Model::writeFile(output, QByteArray(text.data(), static_cast<qsizetype>(text.size()))), u"output"_s,
        output);
}

int runCompare(const Invocation& invocation)
{
    for (const QString& warning : invocation.warnings)
        printLine(u"warning: "_s + warning);
    const Core::Comparison comparison = Core::compare(invocation.compared[0].second, invocation.compared[1].second,
        invocation.domain->min, invocation.domain->max, invocation.dtype);
    std::string text;
    for (const Core::PartVerdict& part : comparison.parts)
        text += Core::verdictLine(part, comparison) + '\n';
    writeStdout(text);
    return comparison.identical() ? kExitOk : kExitFailure;
}

void runCode(const Invocation& invocation)
{
    for (const QString& warning : invocation.warnings)
        printLine(u"warning: "_s + warning);
    writeStdout(Core::codeFor(*invocation.activation, *invocation.codeTarget).code);
}

void runFrameworkTable(const Invocation& invocation)
{
    writeStdout(Core::frameworkTableText(Core::frameworkTable(*invocation.frameworksOf, invocation.dtype), invocation.dtype));
}

void printLine(const QString& line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace App
