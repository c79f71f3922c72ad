// SPDX-License-Identifier: MIT
#include "curvespec.h"

#include "commandline.h"

#include "qtext.h"

#include "aex/core/paramtext.h"

#include <QStringList>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace App {

namespace {

QString acceptedFunctions()
{
    QStringList names;
    for (const Core::FunctionSpec& f : Core::catalogue())
        names << Model::toQString(f.name);
    return names.join(u", "_s);
}

} // namespace

CurveSpecResult parseCurveSpec(const QString& spec)
{
    CurveSpecResult result;
    const auto fail = [&](const QString& problem) {
        result.error = problem;
        return result;
    };
    const QStringList parts = spec.trimmed().split(u':');
    if (parts.size() > 3)
        return fail(u"too many ':'; accepted: FUNCTION[:FRAMEWORK][:NAME=VALUE,...]"_s);
    const QString functionName = parts[0].trimmed();
    QString frameworkName = u"keras"_s;
    QString params;
    if (parts.size() == 2) {
        if (parts[1].contains(u'='))
            params = parts[1];
        else
            frameworkName = parts[1].trimmed();
    } else if (parts.size() == 3) {
        frameworkName = parts[1].trimmed();
        params = parts[2];
    }

    const Core::FunctionSpec* function = Core::findFunction(functionName.toStdString());
    if (!function)
        return fail(u"unknown function %1; accepted: %2"_s.arg(Model::quoted(functionName), acceptedFunctions()));
    const std::optional<Core::Framework> framework = Core::parseFramework(frameworkName.toStdString());
    if (!framework)
        return fail(u"unknown framework %1; accepted: keras, tf_keras, pytorch"_s.arg(Model::quoted(frameworkName)));

    try {
        Core::Activation activation = Core::Activation::withDefaults(*function, *framework);
        std::vector<std::size_t> given;
        for (const QString& raw : params.split(u',', Qt::SkipEmptyParts)) {
            const QString assignment = raw.trimmed();
            if (!assignment.contains(u'='))
                return fail(u"%1 is not NAME=VALUE; accepted: FUNCTION[:FRAMEWORK][:NAME=VALUE,...]"_s.arg(
                    Model::quoted(assignment)));
            activation.setParam(assignment.toStdString());
            const std::string key = assignment.section(u'=', 0, 0).trimmed().toStdString();
            if (auto index = function->paramIndex(key, *framework)) {
                if (std::ranges::find(given, *index) != given.end())
                    return fail(givenTwice(*function, *index, key));
                given.push_back(*index);
            }
        }
        for (std::size_t index : activation.requiredParams()) {
            if (std::ranges::find(given, index) == given.end())
                return fail(u"%1 missing; %2 has no default for it; accepted: a spec with %1=VALUE"_s.arg(
                    Model::toQString(function->params[index].name), Model::toQString(activation.spec().api)));
        }
        result.activation = activation;
    } catch (const Core::InputError& e) {
        return fail(QString::fromUtf8(e.what()));
    }
    return result;
}

QString curveSpec(const Core::Activation& activation)
{
    QString spec = Model::toQString(activation.function().name) + u':'
        + Model::toQString(Core::frameworkName(activation.framework()));
    const QString params = QString::fromStdString(Core::formatParams(activation, Core::ParamStyle::CommandLine));
    if (!params.isEmpty())
        spec += u':' + params;
    return spec;
}

} // namespace App
