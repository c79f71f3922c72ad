// SPDX-License-Identifier: MIT
// The command line's --compare SPEC SPEC and --compare-frameworks FUNCTION (issue #13).
#include "commandline.h"
#include "commandlineoptions.h"
#include "commandlineparts.h"

#include "curvespec.h"
#include "qtext.h"

#include "aex/core/catalogue.h"
#include "aex/core/numberformat.h"
#include "aex/core/sampling.h"

#include <QCommandLineParser>

#include <cmath>

using namespace Qt::StringLiterals;

namespace App::CommandLineParts {

void parseCompare(const QCommandLineParser& parser, const Options& o, Invocation& inv)
{
    const bool table = parser.isSet(o.compareFrameworks);
    if (table && parser.isSet(o.compare))
        refuse(u"--compare, --compare-frameworks: given together; accepted: one of them"_s);
    const QString action = table ? u"--compare-frameworks"_s : u"--compare"_s;
    const QString accepted = table ? u"accepted: --compare-frameworks FUNCTION [--dtype D]"_s
                                   : u"accepted: --compare SPEC SPEC [--domain A:B] [--dtype D] [--strict]"_s;
    QList<const QCommandLineOption*> allowed{&o.compare, &o.compareFrameworks, &o.dtype};
    if (!table)
        allowed << &o.domain << &o.strict;
    refuseOthers(parser, o, allowed, action, accepted);
    inv.dtype = parseDType(parser, o);
    const QStringList positional = parser.positionalArguments();

    if (table) {
        if (!positional.isEmpty())
            refuse(u"%1: unexpected argument with %2; %3"_s.arg(Model::quoted(positional.constFirst()), action, accepted));
        const QString name = parser.value(o.compareFrameworks);
        inv.frameworksOf = Core::findFunction(name.toStdString());
        if (!inv.frameworksOf)
            refuse(shown(u"compare-frameworks"_s, name) + u": unknown function; accepted: "_s + functionNames());
        inv.action = Action::FrameworkTable;
        return;
    }

    const QStringList specs = parser.values(o.compare) + positional;
    if (specs.size() != 2)
        refuse(u"--compare: %1 curve%2 given; accepted: exactly two, --compare SPEC SPEC, e.g. --compare "
               u"relu:negative_slope=0.5 leaky_relu:alpha=0.5"_s.arg(specs.size()).arg(specs.size() == 1 ? u""_s : u"s"_s));
    for (const QString& spec : specs) {
        const CurveSpecResult parsed = parseCurveSpec(spec);
        if (!parsed.activation)
            refuse(shown(u"compare"_s, spec) + u": "_s + parsed.error);
        inv.compared.append({spec, *parsed.activation});
        for (const std::string& error : parsed.activation->layerErrors())
            inv.warnings << shown(u"compare"_s, spec) + u": "_s + QString::fromStdString(error);
    }
    inv.domain = parseDomain(parser, o);
    if (inv.dtype == Core::DType::Float32) {
        const float lo = float(inv.domain->min), hi = float(inv.domain->max);
        if (!std::isfinite(lo) || !std::isfinite(hi) || !(lo < hi))
            refuse(shown(u"domain"_s, parser.value(o.domain))
                + u": has no two distinct finite float32 ends; accepted: A:B with A < B within ±3.4e38 and apart "
                  u"in float32, e.g. -5:5"_s);
    }
    inv.action = Action::Compare;
}

} // namespace App::CommandLineParts
