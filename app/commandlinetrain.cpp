// SPDX-License-Identifier: MIT
// The command line's --train (issue #14): the curve, the task, the network, the optimiser, the
// run's length and seed, --output for the trace and --export for the lab's plots.
#include "commandline.h"
#include "commandlineoptions.h"
#include "commandlineparts.h"

#include "curvespec.h"
#include "qtext.h"

#include "aex/core/numberformat.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace App::CommandLineParts {

namespace {

std::int64_t wholeOption(const QCommandLineParser& parser, const QCommandLineOption& option, std::int64_t min,
    std::int64_t max, std::int64_t fallback)
{
    if (!parser.isSet(option))
        return fallback;
    try {
        return Core::parseWholeNumber(parser.value(option).toStdString(), min, max);
    } catch (const Core::InputError& e) {
        refuse(shown(option.names().constFirst(), parser.value(option)) + u": "_s + QString::fromUtf8(e.what()));
    }
}

} // namespace

void parseTrain(const QCommandLineParser& parser, const Options& o, Invocation& inv)
{
    const QString accepted = u"accepted: --train SPEC [--task T] [--hidden N[,N]|0] [--optimizer adam|sgd] [--lr R] "
                             u"[--batch N] [--steps N] [--seed S] [--output FILE.csv|.json] "
                             u"[--export FIGURE [--size WxH] [--scale S] [--theme T]] [--strict]"_s;
    refuseOthers(parser, o,
        {&o.train, &o.task, &o.hidden, &o.optimizer, &o.lr, &o.batch, &o.steps, &o.seed, &o.output, &o.exportFigure,
            &o.size, &o.scale, &o.theme, &o.strict},
        u"--train"_s, accepted);
    for (const QCommandLineOption* figureOnly : {&o.size, &o.scale, &o.theme})
        if (parser.isSet(*figureOnly) && !parser.isSet(o.exportFigure))
            refuse(u"--%1: only means something with --export; accepted: --train SPEC --export FIGURE --%1 ..."_s.arg(
                figureOnly->names().constFirst()));
    if (!parser.positionalArguments().isEmpty())
        refuse(u"%1: unexpected argument with --train; %2"_s.arg(
            Model::quoted(parser.positionalArguments().constFirst()), accepted));

    const QString spec = parser.value(o.train);
    const CurveSpecResult parsed = parseCurveSpec(spec);
    if (!parsed.activation)
        refuse(shown(u"train"_s, spec) + u": "_s + parsed.error);
    for (const std::string& error : parsed.activation->layerErrors())
        inv.warnings << shown(u"train"_s, spec) + u": "_s + QString::fromStdString(error);

    Core::TrainConfig config;
    if (parser.isSet(o.task)) {
        try {
            config.task = Core::Task::parse(parser.value(o.task).toStdString());
        } catch (const Core::InputError& e) {
            refuse(shown(u"task"_s, parser.value(o.task)) + u": "_s + QString::fromUtf8(e.what()));
        }
    }
    // The teacher task is about one unit learning the teacher's slope: the unit alone unless told.
    if ((parser.isSet(o.hidden) && parser.value(o.hidden).trimmed() == u"0")
        || (!parser.isSet(o.hidden) && config.task.kind == Core::TaskKind::Teacher)) {
        config.hidden.clear();
    } else if (parser.isSet(o.hidden)) {
        config.hidden.clear();
        const QStringList layers = parser.value(o.hidden).split(u',');
        if (layers.size() > Core::kMaxHiddenLayers)
            refuse(shown(u"hidden"_s, parser.value(o.hidden))
                + u": %1 layers; accepted: one or two layers of 1 to %2 units, e.g. 16 or 16,16"_s.arg(layers.size())
                      .arg(Core::kMaxHiddenUnits));
        for (const QString& units : layers) {
            try {
                config.hidden.push_back(int(Core::parseWholeNumber(units.toStdString(), 1, Core::kMaxHiddenUnits)));
            } catch (const Core::InputError& e) {
                refuse(shown(u"hidden"_s, parser.value(o.hidden)) + u": "_s + QString::fromUtf8(e.what()));
            }
        }
    }
    if (parser.isSet(o.optimizer)) {
        const QString name = parser.value(o.optimizer);
        if (name != u"adam" && name != u"sgd")
            refuse(shown(u"optimizer"_s, name) + u": unknown optimizer; accepted: adam, sgd"_s);
        config.optimizer = name == u"sgd" ? Core::OptimizerKind::Sgd : Core::OptimizerKind::Adam;
    }
    if (parser.isSet(o.lr)) {
        const std::optional<double> rate = Core::parseNumber(parser.value(o.lr).toStdString());
        if (!rate || !(*rate > 0) || !std::isfinite(*rate))
            refuse(shown(u"lr"_s, parser.value(o.lr))
                + u": %1; accepted: a finite number > 0, e.g. 0.01"_s.arg(rate ? u"out of range"_s : u"not a number"_s));
        config.learningRate = *rate;
    }
    config.batch = std::size_t(wholeOption(parser, o.batch, 1, std::int64_t(Core::kTrainingPoints), 32));
    config.seed = std::uint64_t(wholeOption(parser, o.seed, 0, std::int64_t(1) << 53, 1));
    const auto steps = std::size_t(wholeOption(parser, o.steps, 1, std::int64_t(Core::kMaxTrainingSteps), 500));
    try {
        config.validate(); // what no one option says alone: the unit alone needs a 1-D task
    } catch (const Core::InputError& e) {
        refuse(shown(u"hidden"_s, parser.value(o.hidden)) + u": "_s + QString::fromUtf8(e.what()));
    }
    parseDataOutput(parser, o, inv);
    // The lab's four plots after the last step, drawn as the window draws them.
    parseExport(parser, o, inv);
    inv.figure.subject = Widgets::FigureSubject::Lab;
    if (inv.theme)
        inv.figure.theme = *inv.theme;
    inv.train = Invocation::TrainRequest{spec, *parsed.activation, config, steps};
    inv.action = Action::Train;
}

} // namespace App::CommandLineParts
