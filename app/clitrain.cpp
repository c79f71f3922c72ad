// SPDX-License-Identifier: MIT
// --train: the run, its trace (CSV or JSON, one row per step), the lab's figure and the summary line.
#include "cli.h"
#include "figure.h"
#include "gui.h"

#include "aex/core/numberformat.h"
#include "aex/core/quote.h"
#include "aex/core/training.h"

#include <QApplication>

#include <algorithm>
#include <type_traits>

using namespace Qt::StringLiterals;

namespace App {

namespace {

void number(std::string& out, double value, bool json)
{
    if (json)
        Core::appendJsonNumber(out, value, Core::DType::Float64);
    else
        Core::appendNumber(out, value, Core::DType::Float64);
}

// step,loss[,accuracy],dead_units[,alpha_0,...]: accuracy only where the task has classes.
std::string traceCsv(const std::vector<Core::TrainStep>& trace, bool classification)
{
    std::string out = classification ? "step,loss,accuracy,dead_units" : "step,loss,dead_units";
    for (std::size_t a = 0; !trace.empty() && a < trace.front().alphas.size(); ++a)
        out += ",alpha_" + std::to_string(a);
    out += '\n';
    for (const Core::TrainStep& s : trace) {
        out += std::to_string(s.step) + ',';
        number(out, s.loss, false);
        if (classification) {
            out += ',';
            number(out, s.accuracy, false);
        }
        out += ',' + std::to_string(s.deadUnits);
        for (const double alpha : s.alphas) {
            out += ',';
            number(out, alpha, false);
        }
        out += '\n';
    }
    return out;
}

// {"curve", "task", "hidden", "optimizer", "lr", "batch", "seed", "step": [...], "loss": [...], ...}
std::string traceJson(const std::vector<Core::TrainStep>& trace, const Invocation::TrainRequest& request)
{
    const Core::TrainConfig& c = request.config;
    const std::string spec = request.spec.toStdString();
    std::string out = "{\"curve\": " + Core::quoted(spec, spec.size()) + ", \"task\": \"" + c.task.name()
        + "\", \"hidden\": [";
    for (std::size_t i = 0; i < c.hidden.size(); ++i)
        out += (i ? ", " : "") + std::to_string(c.hidden[i]);
    out += "], \"optimizer\": \"" + std::string(c.optimizer == Core::OptimizerKind::Sgd ? "sgd" : "adam") + "\", \"lr\": ";
    number(out, c.learningRate, true);
    out += ", \"batch\": " + std::to_string(c.batch) + ", \"seed\": " + std::to_string(c.seed);
    const auto column = [&](const char* name, auto value) {
        out += std::string(", \"") + name + "\": [";
        for (std::size_t i = 0; i < trace.size(); ++i) {
            if (i)
                out += ", ";
            if constexpr (std::is_integral_v<decltype(value(trace[i]))>)
                out += std::to_string(value(trace[i]));
            else
                number(out, value(trace[i]), true);
        }
        out += ']';
    };
    column("step", [](const Core::TrainStep& s) { return s.step; });
    column("loss", [](const Core::TrainStep& s) { return s.loss; });
    if (c.task.classification())
        column("accuracy", [](const Core::TrainStep& s) { return s.accuracy; });
    column("dead_units", [](const Core::TrainStep& s) { return s.deadUnits; });
    for (std::size_t a = 0; !trace.empty() && a < trace.front().alphas.size(); ++a)
        column(("alpha_" + std::to_string(a)).c_str(), [a](const Core::TrainStep& s) { return s.alphas[a]; });
    return out + "}\n";
}

} // namespace

void runTrain(const Invocation& invocation)
{
    for (const QString& warning : invocation.warnings)
        printLine(u"warning: "_s + warning);
    const Invocation::TrainRequest& request = *invocation.train;
    Core::Trainer trainer(request.activation, request.config);
    std::vector<Core::TrainStep> trace;
    trace.reserve(request.steps);
    for (std::size_t i = 0; i < request.steps; ++i)
        trace.push_back(trainer.step());
    const bool classification = request.config.task.classification();
    writeOutput(invocation.output, invocation.json ? traceJson(trace, request) : traceCsv(trace, classification));
    if (!invocation.exportPath.isEmpty()) {
        // The lab's plots as the window draws them at this step, in the first curve's colour.
        const std::unique_ptr<QApplication> app = makeApplication(true);
        Widgets::FigureContent content;
        // Titled as the window names the curve ("PReLU · PyTorch"): a person reads the figure.
        const QString title = u"%1 on %2 · %3"_s.arg(Model::autoName(request.activation),
            QString::fromStdString(request.config.task.name()),
            Widgets::labSummary(trace.back()));
        content.lab = std::make_shared<Widgets::LabFigure>(Widgets::LabFigure{title,
            {request.config, trainer.data(), trace, Widgets::labPicture(trainer)}, Model::defaultCurveColor(0), {}});
        checkWritten(Widgets::writeFigure(content, invocation.figure, invocation.exportPath), u"export"_s,
            invocation.exportPath);
    }

    const Core::TrainStep& last = trace.back();
    const std::size_t units = request.config.units();
    std::string summary = "trained " + request.spec.toStdString() + " on " + request.config.task.name() + ": step "
        + std::to_string(last.step) + ", loss ";
    Core::appendNumber(summary, last.loss, Core::DType::Float64);
    if (classification) {
        summary += ", accuracy ";
        Core::appendNumber(summary, last.accuracy, Core::DType::Float64);
    }
    summary += ", " + std::to_string(last.deadUnits) + " of " + std::to_string(units) + " units dead";
    if (!last.alphas.empty()) {
        const auto [lo, hi] = std::minmax_element(last.alphas.begin(), last.alphas.end());
        summary += ", alpha " + Core::formatNumber(*lo) + (*lo == *hi ? "" : " to " + Core::formatNumber(*hi));
    }
    // The trace owns standard output unless it went to a file.
    if (invocation.output.isEmpty())
        printLine(QString::fromStdString(summary));
    else
        writeStdout(summary + '\n');
}

} // namespace App
