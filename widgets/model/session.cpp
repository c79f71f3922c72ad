// SPDX-License-Identifier: MIT
#include "session.h"

#include "fileio.h"
#include "jsonreader.h"
#include "qtext.h"

#include "aex/core/numberformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>

#include <cmath>
#include <limits>
#include <set>

using namespace Qt::StringLiterals;

namespace Model {

namespace {

const QString kFormat = u"activation-explorer-session"_s;

// Finite numbers as JSON numbers (Qt writes the shortest text that reads back exactly);
// infinities as strings, which JSON numbers cannot hold, and so is -0: Qt writes -0.0 as "0"
// and reads "-0.0" back as +0, but its sign decides the sign of f's zeros (LeakyReLU alpha=-0).
QJsonValue jsonNumber(double value)
{
    if (value == 0 && std::signbit(value))
        return u"-0"_s;
    if (std::isfinite(value))
        return value;
    return value < 0 ? u"-inf"_s : u"inf"_s;
}

QJsonValue range(const std::optional<std::pair<double, double>>& r)
{
    if (!r)
        return QJsonValue::Null;
    return QJsonArray{jsonNumber(r->first), jsonNumber(r->second)};
}

// "#rrggbb", or "#aarrggbb" when not opaque.
QString colorName(Rgba color)
{
    const bool opaque = (color >> 24) == 0xff;
    return u"#"_s + QString::number(opaque ? (color & 0xffffff) : color, 16).rightJustified(opaque ? 6 : 8, u'0');
}

QJsonObject curveToJson(const Curve& curve)
{
    const Core::Activation& a = curve.activation;
    const Core::FunctionSpec& function = a.function();
    QJsonObject params;
    for (std::size_t i : a.availableParams()) {
        const QString name = toQString(function.params[i].name);
        if (a.params().none[i])
            params[name] = QJsonValue::Null;
        else if (function.params[i].kind == Core::ParamKind::Boolean)
            params[name] = a.params().value[i] != 0;
        else
            params[name] = jsonNumber(a.params().value[i]);
    }
    QJsonObject o;
    o[u"function"_s] = toQString(function.name);
    o[u"framework"_s] = toQString(Core::frameworkName(a.framework()));
    o[u"params"_s] = params;
    o[u"name"_s] = curve.name;
    o[u"autoName"_s] = curve.autoNamed;
    o[u"color"_s] = colorName(curve.color);
    o[u"visible"_s] = curve.visible;
    o[u"line"_s] = lineStyleName(curve.line);
    o[u"width"_s] = curve.width;
    return o;
}

// ---------------------------------------------------------------------------------------------
// Reading: every check names the JSON path of the field it refuses (ObjectReader).

QString availableParamNames(const Core::Activation& a)
{
    QStringList names;
    for (std::size_t i : a.availableParams())
        names << toQString(a.function().params[i].name);
    return names.isEmpty() ? u"none (this function has no parameters)"_s : names.join(u", "_s);
}

QString functionNames()
{
    QStringList names;
    for (const Core::FunctionSpec& f : Core::catalogue())
        names << toQString(f.name);
    return names.join(u", "_s);
}

void readParam(Core::Activation& a, std::size_t index, const QJsonValue& v, const QString& path)
{
    const Core::ParamSpec& spec = a.function().params[index];
    const QString numbers
        = u"a number, or \"inf\" / \"-inf\" / \"-0\"%1"_s.arg(spec.nullable ? u", or null"_s : QString());
    try {
        if (v.isNull()) {
            if (!spec.nullable)
                refuse(path, u"null (None) is not accepted; accepted: a number"_s);
            a.setParamNone(index);
        } else if (spec.kind == Core::ParamKind::Boolean) {
            if (!v.isBool())
                wrongType(path, u"true or false"_s, v);
            a.setParam(index, v.toBool() ? 1.0 : 0.0);
        } else if (v.isDouble()) {
            a.setParam(index, v.toDouble());
        } else if (v.isString()) {
            const std::optional<double> d = Core::parseNumber(v.toString().toStdString());
            const bool negativeZero = d && *d == 0 && std::signbit(*d);
            if (!d || (std::isfinite(*d) && !negativeZero))
                refuse(path, u"%1 is not accepted; accepted: %2"_s.arg(quoted(v.toString()), numbers));
            a.setParam(index, *d);
        } else {
            wrongType(path, numbers, v);
        }
    } catch (const Core::InputError& e) {
        refuse(path, QString::fromUtf8(e.what()));
    }
}

Curve readCurve(const QJsonValue& value, const QString& path, qsizetype index)
{
    const ObjectReader r(
        value, path, {u"function"_s, u"framework"_s, u"params"_s, u"name"_s, u"autoName"_s, u"color"_s, u"visible"_s,
                                u"line"_s, u"width"_s});
    r.required(u"function"_s, u"a function name: "_s + functionNames());
    const QString functionName = r.string(u"function"_s, 64);
    const Core::FunctionSpec* function = Core::findFunction(functionName.toStdString());
    if (!function)
        refuse(
            r.path(u"function"_s), u"unknown function %1; accepted: %2"_s.arg(quoted(functionName), functionNames()));
    r.required(u"framework"_s, u"keras, tf_keras, pytorch"_s);
    const QString frameworkName = r.string(u"framework"_s, 64);
    const std::optional<Core::Framework> framework = Core::parseFramework(frameworkName.toStdString());
    if (!framework)
        refuse(r.path(u"framework"_s),
            u"unknown framework %1; accepted: keras, tf_keras, pytorch"_s.arg(quoted(frameworkName)));

    std::optional<Core::Activation> made;
    try {
        made = Core::Activation::withDefaults(*function, *framework);
    } catch (const Core::InputError& e) {
        refuse(r.path(u"framework"_s), QString::fromUtf8(e.what()));
    }
    Core::Activation& activation = *made;

    std::set<std::size_t> given;
    if (r.has(u"params"_s)) {
        const QJsonValue pv = r.value(u"params"_s);
        if (!pv.isObject())
            wrongType(r.path(u"params"_s), u"an object"_s, pv);
        const QJsonObject params = pv.toObject();
        for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
            const QString paramPath = fieldPath(r.path(u"params"_s), it.key());
            const std::optional<std::size_t> i = function->paramIndex(it.key().toStdString(), *framework);
            if (!i)
                refuse(paramPath,
                    u"unknown parameter of %1; accepted: %2"_s.arg(
                        toQString(activation.spec().api), availableParamNames(activation)));
            if (!given.insert(*i).second)
                refuse(paramPath,
                    u"given twice (the catalogue and the framework name the same parameter); accepted: one of "
                    u"the two names"_s);
            readParam(activation, *i, it.value(), paramPath);
        }
    }
    for (std::size_t i : activation.requiredParams()) {
        if (!given.contains(i))
            refuse(fieldPath(r.path(u"params"_s), toQString(function->params[i].name)),
                u"missing; %1 has no default for it; accepted: a number"_s.arg(toQString(activation.spec().api)));
    }

    Curve curve = makeCurve(activation, defaultCurveColor(index));
    const bool hasName = r.has(u"name"_s);
    const QString name = hasName ? r.string(u"name"_s, kMaxSessionText) : QString();
    curve.autoNamed = r.has(u"autoName"_s) ? r.boolean(u"autoName"_s) : !hasName;
    if (!curve.autoNamed && name.trimmed().isEmpty())
        refuse(r.path(u"name"_s), u"empty; accepted: a name, or \"autoName\": true"_s);
    if (!curve.autoNamed)
        curve.name = name.trimmed();

    if (r.has(u"color"_s)) {
        // anchoredPattern, not ^...$: PCRE's $ also matches before a final newline, and "#rrggbb\n"
        // would then load as black (found by fuzz_session).
        static const QRegularExpression hex(QRegularExpression::anchoredPattern(u"#([0-9a-fA-F]{6}|[0-9a-fA-F]{8})"_s));
        const QString c = r.string(u"color"_s, 64);
        if (!hex.match(c).hasMatch())
            refuse(r.path(u"color"_s), u"%1 is not accepted; accepted: \"#rrggbb\" or \"#aarrggbb\""_s.arg(quoted(c)));
        curve.color = c.size() == 7 ? (0xff000000u | c.mid(1).toUInt(nullptr, 16)) : c.mid(1).toUInt(nullptr, 16);
    }
    if (r.has(u"visible"_s))
        curve.visible = r.boolean(u"visible"_s);
    if (r.has(u"line"_s))
        curve.line = r.choice(u"line"_s, kLineStyles, lineStyleName);
    if (r.has(u"width"_s)) {
        curve.width = r.finite(u"width"_s);
        if (curve.width != 0 && !(curve.width >= kMinLineWidth && curve.width <= kMaxLineWidth))
            refuse(r.path(u"width"_s), u"%1 is out of range; accepted: 0 (automatic) or %2 to %3 pixels"_s.arg(
                number(curve.width), number(kMinLineWidth), number(kMaxLineWidth)));
    }
    return curve;
}

// "compare": [FIRST, SECOND], two different curve rows.
QList<int> readCompare(const QJsonValue& value, qsizetype curves)
{
    const QString accepted = u"two different curve indices from 0 to %1, e.g. [0, 1]"_s.arg(curves - 1);
    if (!value.isArray() || value.toArray().size() != 2)
        wrongType(u"compare"_s, accepted, value);
    QList<int> rows;
    for (qsizetype i = 0; i < 2; ++i) {
        const QJsonValue row = value.toArray()[i];
        const double v = row.toDouble(-1);
        if (!row.isDouble() || v != std::floor(v) || v < 0 || v >= double(curves))
            refuse(indexPath(u"compare"_s, i), u"%1 is not a curve index; accepted: %2"_s.arg(
                row.isDouble() ? number(v) : u"a non-number"_s, accepted));
        rows << int(v);
    }
    if (rows[0] == rows[1])
        refuse(u"compare"_s, u"compares curve %1 with itself; accepted: %2"_s.arg(rows[0]).arg(accepted));
    return rows;
}

Session readSession(const QJsonValue& root)
{
    if (!root.isObject())
        wrongType(u"session"_s, u"an object"_s, root);
    // Format and version first: a newer file should say so, not trip over a field it added.
    const QJsonObject object = root.toObject();
    const QString versions = kSessionVersion == 1 ? u"1"_s : u"1 to %1"_s.arg(kSessionVersion);
    if (!object.contains(u"format"_s))
        refuse(u"format"_s, u"missing; this is not an Activation Explorer session; accepted: \"%1\""_s.arg(kFormat));
    if (object.value(u"format"_s) != QJsonValue(kFormat))
        refuse(u"format"_s,
            u"%1 is not accepted; accepted: \"%2\""_s.arg(object.value(u"format"_s).isString()
                    ? quoted(object.value(u"format"_s).toString())
                    : jsonTypeName(object.value(u"format"_s)),
                kFormat));
    const QJsonValue version = object.value(u"version"_s);
    if (!version.isDouble())
        wrongType(u"version"_s, versions, version);
    if (version.toDouble() != std::floor(version.toDouble()))
        refuse(u"version"_s, u"%1 is not a whole number; accepted: %2"_s.arg(number(version.toDouble()), versions));
    if (version.toDouble() > kSessionVersion)
        refuse(u"version"_s,
            u"%1 is newer than this Activation Explorer reads; a newer Activation Explorer wrote it; accepted: %2"_s
                .arg(number(version.toDouble()), versions));
    if (version.toDouble() < 1)
        refuse(u"version"_s, u"%1 is out of range; accepted: %2"_s.arg(number(version.toDouble()), versions));

    const ObjectReader r(root, QString(),
        {u"format"_s, u"version"_s, u"curves"_s, u"selected"_s, u"domain"_s, u"dtype"_s, u"view"_s, u"theme"_s,
            u"panels"_s, u"legend"_s, u"values"_s, u"lens"_s, u"compare"_s, u"lab"_s});
    Session s;
    const QJsonValue curves = r.required(u"curves"_s, u"an array of curves"_s);
    if (!curves.isArray())
        wrongType(u"curves"_s, u"an array of curves"_s, curves);
    const QJsonArray list = curves.toArray();
    if (list.size() > static_cast<qsizetype>(Core::kMaxCurves))
        refuse(u"curves"_s,
            u"%1 curves; accepted: at most %2"_s.arg(list.size()).arg(static_cast<qsizetype>(Core::kMaxCurves)));
    for (qsizetype i = 0; i < list.size(); ++i)
        s.curves.append(readCurve(list[i], indexPath(u"curves"_s, i), i));
    nameAutomatically(s.curves);

    s.selected = s.curves.isEmpty() ? -1 : 0;
    if (r.has(u"selected"_s))
        s.selected = static_cast<int>(r.integer(u"selected"_s, -1, s.curves.size() - 1));

    if (r.has(u"domain"_s)) {
        const ObjectReader d(r.value(u"domain"_s), u"domain"_s, {u"min"_s, u"max"_s, u"samples"_s});
        s.domain.min = d.finite(u"min"_s);
        s.domain.max = d.finite(u"max"_s);
        if (d.has(u"samples"_s))
            s.domain.samples = static_cast<std::size_t>(d.integer(
                u"samples"_s, static_cast<qint64>(Core::kMinSamples), static_cast<qint64>(Core::kMaxSamples)));
        try {
            Core::validate(s.domain);
        } catch (const Core::InputError& e) {
            refuse(u"domain"_s, QString::fromUtf8(e.what()));
        }
    }
    if (const std::string problem = Core::workProblem(std::size_t(s.curves.size()), s.domain.samples); !problem.empty())
        refuse(u"domain.samples"_s, QString::fromStdString(problem));
    if (r.has(u"dtype"_s))
        s.dtype = r.choice<Core::DType>(
            u"dtype"_s, {{u"float64"_s, Core::DType::Float64}, {u"float32"_s, Core::DType::Float32}});
    if (r.has(u"view"_s)) {
        const ObjectReader v(r.value(u"view"_s), u"view"_s, {u"x"_s, u"f"_s, u"df"_s});
        s.view.x = v.range(u"x"_s);
        s.view.f = v.range(u"f"_s);
        s.view.df = v.range(u"df"_s);
    }
    if (r.has(u"theme"_s))
        s.theme = r.choice<Theme>(u"theme"_s, {{u"light"_s, Theme::Light}, {u"dark"_s, Theme::Dark}});
    if (r.has(u"panels"_s))
        s.panels = r.choice<Panels>(u"panels"_s,
            {{u"both"_s, Panels::Both}, {u"function"_s, Panels::Function}, {u"derivative"_s, Panels::Derivative}});
    if (r.has(u"legend"_s))
        s.legend = r.choice(u"legend"_s, kLegendPlaces, legendPlaceName);
    if (r.has(u"values"_s))
        s.valuesInput = r.string(u"values"_s, kMaxSessionText);
    if (r.has(u"lens"_s))
        s.lens = readLens(r.value(u"lens"_s), u"lens"_s);
    if (r.has(u"compare"_s))
        s.compare = readCompare(r.value(u"compare"_s), s.curves.size());
    if (r.has(u"lab"_s))
        s.lab = readLab(r.value(u"lab"_s), u"lab"_s);
    return s;
}

} // namespace

QJsonObject sessionToJsonObject(const Session& session)
{
    QJsonArray curves;
    for (const Curve& curve : session.curves)
        curves.append(curveToJson(curve));
    QJsonObject domain{{u"min"_s, jsonNumber(session.domain.min)}, {u"max"_s, jsonNumber(session.domain.max)},
        {u"samples"_s, static_cast<qint64>(session.domain.samples)}};
    QJsonObject view{
        {u"x"_s, range(session.view.x)}, {u"f"_s, range(session.view.f)}, {u"df"_s, range(session.view.df)}};
    QJsonObject root{{u"format"_s, kFormat}, {u"version"_s, kSessionVersion}, {u"curves"_s, curves},
        {u"selected"_s, session.selected}, {u"domain"_s, domain},
        {u"dtype"_s, toQString(Core::dtypeName(session.dtype))}, {u"view"_s, view},
        {u"theme"_s, themeName(session.theme)}, {u"panels"_s, panelsName(session.panels)},
        {u"legend"_s, legendPlaceName(session.legend)},
        {u"values"_s, session.valuesInput}, {u"lens"_s, lensToJson(session.lens)}, {u"lab"_s, labToJson(session.lab)}};
    if (session.compare.size() == 2)
        root.insert(u"compare"_s, QJsonArray{session.compare[0], session.compare[1]});
    return root;
}

QByteArray sessionToJson(const Session& session)
{
    return QJsonDocument(sessionToJsonObject(session)).toJson(QJsonDocument::Indented);
}

SessionResult sessionFromJson(const QByteArray& json)
{
    SessionResult result;
    if (json.size() > kMaxSessionBytes) {
        result.error
            = {u"file"_s, u"%1 bytes; accepted: at most %2 MiB"_s.arg(json.size()).arg(kMaxSessionBytes >> 20)};
        return result;
    }
    try {
        result.session = readSession(parseJson(json));
    } catch (const JsonRefused& r) {
        result.error = r.error;
    }
    return result;
}

SessionResult sessionFromJsonValue(const QJsonValue& value)
{
    SessionResult result;
    try {
        result.session = readSession(value);
    } catch (const JsonRefused& r) {
        result.error = r.error;
    }
    return result;
}

SessionResult loadSession(const QString& path)
{
    ReadResult read = readFile(path, kMaxSessionBytes);
    if (read.error) {
        SessionResult result;
        result.error = {u"file"_s, read.error.message};
        return result;
    }
    return sessionFromJson(read.bytes);
}

FileError saveSession(const Session& session, const QString& path) { return writeFile(path, sessionToJson(session)); }

} // namespace Model
