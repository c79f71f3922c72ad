// SPDX-License-Identifier: MIT
// The command line's --code FRAMEWORK (issue #17): the Python the window's Code tab shows and copies.
#include "commandline.h"
#include "commandlineoptions.h"
#include "commandlineparts.h"

#include "curvespec.h"
#include "qtext.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace App::CommandLineParts {

void parseCode(const QCommandLineParser& parser, const Options& o, Invocation& inv)
{
    const QString accepted = u"accepted: --code FRAMEWORK with --function NAME [--framework FW] [--param K=V ...] "
                             u"or with one --curve SPEC"_s;
    refuseOthers(parser, o, {&o.code, &o.function, &o.framework, &o.param, &o.curve, &o.strict}, u"--code"_s, accepted);
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty())
        refuse(u"%1: unexpected argument with --code; %2"_s.arg(Model::quoted(positional.constFirst()), accepted));
    inv.codeTarget = Core::parseFramework(parser.value(o.code).toStdString());
    if (!inv.codeTarget)
        refuse(shown(u"code"_s, parser.value(o.code)) + u": unknown framework; accepted: "_s + frameworkNames());
    const QStringList curves = parser.values(o.curve);
    if (parser.isSet(o.function) && !curves.isEmpty())
        refuse(u"--function, --curve: given together with --code; "_s + accepted);
    if (parser.isSet(o.function)) {
        inv.activation = functionCurve(parser, o);
    } else if (curves.size() == 1) {
        const CurveSpecResult parsed = parseCurveSpec(curves.constFirst());
        if (!parsed.activation)
            refuse(shown(u"curve"_s, curves.constFirst()) + u": "_s + parsed.error);
        inv.activation = *parsed.activation;
    } else {
        refuse(u"--code: %1; %2"_s.arg(curves.isEmpty() ? u"no curve given"_s : u"%1 curves given"_s.arg(curves.size()),
            accepted));
    }
    inv.action = Action::Code;
}

} // namespace App::CommandLineParts
