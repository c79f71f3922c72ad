// SPDX-License-Identifier: MIT
// The command line's --stats and --depth (issue #12): their curves, --input, --init and --output.
#include "commandline.h"
#include "commandlineoptions.h"
#include "commandlineparts.h"

#include "curvespec.h"
#include "fileio.h"
#include "qtext.h"

#include "aex/core/numberformat.h"
#include "aex/core/statistics.h"

#include <QCommandLineParser>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace App::CommandLineParts {

namespace {

// --input SPEC: an analytic distribution, or the numbers of data:FILE, read and checked here.
Core::Distribution parseInput(const QString& spec, QString& file)
{
    const QString where = shown(u"input"_s, spec);
    if (!spec.startsWith(u"data:"_s)) {
        try {
            return Core::Distribution::parse(spec.toStdString());
        } catch (const Core::InputError& e) {
            refuse(where + u": "_s + QString::fromUtf8(e.what()));
        }
    }
    file = spec.mid(5);
    if (file.isEmpty())
        refuse(where + u": no file name; accepted: data:FILE, a file of numbers"_s);
    const Model::ReadResult read = Model::readFile(file, kMaxDataFileBytes);
    if (read.error)
        refuse(where + u": "_s + read.error.message);
    try {
        return Core::Distribution::empirical(Core::parseNumberColumn(
            std::string_view(read.bytes.constData(), static_cast<std::size_t>(read.bytes.size()))));
    } catch (const Core::InputError& e) {
        refuse(where + u": "_s + QString::fromUtf8(e.what()));
    }
}

} // namespace

// --stats or --depth L, for --function or --curve, with --input, --init, --dtype and --output.
void parseLens(const QCommandLineParser& parser, const Options& o, Invocation& inv)
{
    const bool stats = parser.isSet(o.stats);
    if (stats && parser.isSet(o.depth))
        refuse(u"--stats, --depth: given together; accepted: one of them"_s);
    inv.action = stats ? Action::Stats : Action::Depth;
    const QString accepted = stats ? u"accepted: --stats with --function NAME or --curve SPEC, --input, --dtype, "
                                     u"--output FILE.csv"_s
                                   : u"accepted: --depth L with --function NAME or --curve SPEC, --init, --input, "
                                     u"--dtype, --output FILE.csv"_s;
    const QString action = stats ? u"--stats"_s : u"--depth"_s;
    for (const QCommandLineOption* other : {&o.eval, &o.domain, &o.samples, &o.example, &o.exportFigure, &o.screenshot,
             &o.size, &o.scale, &o.fontSize, &o.panels, &o.theme}) {
        if (parser.isSet(*other))
            refuse(u"--%1: not used with %2; %3"_s.arg(other->names().constFirst(), action, accepted));
    }
    if (stats && parser.isSet(o.init))
        refuse(u"--init: only means something with --depth; accepted: --depth L --init SCHEME"_s);
    if (!parser.positionalArguments().isEmpty())
        refuse(u"%1: unexpected argument with %2; %3"_s.arg(
            Model::quoted(parser.positionalArguments().constFirst()), action, accepted));
    const QStringList curves = parser.values(o.curve);
    const bool hasFunction = parser.isSet(o.function);
    if (hasFunction && !curves.isEmpty())
        refuse(u"--function, --curve: given together; accepted: one of them"_s);
    if (!hasFunction && curves.isEmpty())
        refuse(u"--function/--curve: missing; %1"_s.arg(accepted));

    LensRequest lens;
    if (hasFunction) {
        inv.activation = functionCurve(parser, o);
        lens.curves.append({QString(), *inv.activation});
    } else {
        if (curves.size() > qsizetype(Core::kMaxCurves))
            refuse(u"--curve: %1 curves; accepted: at most %2"_s.arg(curves.size()).arg(Core::kMaxCurves));
        for (const QString& spec : curves) {
            const CurveSpecResult parsed = parseCurveSpec(spec);
            if (!parsed.activation)
                refuse(curveWarningPrefix(spec) + parsed.error);
            lens.curves.append({spec, *parsed.activation});
            for (const std::string& error : parsed.activation->layerErrors())
                inv.warnings << curveWarningPrefix(spec) + QString::fromStdString(error);
        }
        lens.curveColumn = true;
    }
    inv.dtype = parseDType(parser, o);
    if (parser.isSet(o.depth)) {
        try {
            lens.depth
                = static_cast<int>(Core::parseWholeNumber(parser.value(o.depth).toStdString(), 1, Core::kMaxDepth));
        } catch (const Core::InputError& e) {
            refuse(shown(u"depth"_s, parser.value(o.depth)) + u": "_s + QString::fromUtf8(e.what()));
        }
    }
    if (parser.isSet(o.init)) {
        try {
            lens.init = Core::Initialisation::parse(parser.value(o.init).toStdString());
        } catch (const Core::InputError& e) {
            refuse(shown(u"init"_s, parser.value(o.init)) + u": "_s + QString::fromUtf8(e.what()));
        }
    }
    if (parser.isSet(o.output)) {
        inv.output = parser.value(o.output);
        if (QFileInfo(inv.output).suffix().toLower() != u"csv")
            refuse(shown(u"output"_s, inv.output)
                + u": unknown file type; accepted: a file name ending in .csv (%1 "
                  u"writes CSV)"_s.arg(action));
    }
    if (parser.isSet(o.input))
        lens.input = parseInput(parser.value(o.input), lens.inputFile);
    inv.lens = std::move(lens);
}

} // namespace App::CommandLineParts
