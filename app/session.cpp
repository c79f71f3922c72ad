// SPDX-License-Identifier: MIT
#include "session.h"

#include "atomicfile.h"
#include "curvelistmodel.h"
#include "qtext.h"

#include "aex/core/numberformat.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>

#include <cmath>
#include <limits>
#include <set>

using namespace Qt::StringLiterals;

namespace App {

namespace {

const QString kFormat = u"activation-explorer-session"_s;

QString themeName(Widgets::Theme theme) { return theme == Widgets::Theme::Dark ? u"dark"_s : u"light"_s; }

// Finite numbers as JSON numbers (Qt writes the shortest text that reads back exactly);
// infinities as strings, which JSON numbers cannot hold, and so is -0: Qt writes -0.0 as "0"
// and reads "-0.0" back as +0, but its sign decides the sign of f's zeros (LeakyReLU alpha=-0).
QJsonValue number(double value)
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
    return QJsonArray{r->first, r->second};
}

QJsonObject curveToJson(const Widgets::Curve& curve, bool autoNamed)
{
    const Core::Activation& a = curve.activation;
    const Core::FunctionSpec& function = a.function();
    QJsonObject params;
    for (std::size_t i : a.availableParams()) {
        const QString name = Widgets::toQString(function.params[i].name);
        if (a.params().none[i])
            params[name] = QJsonValue::Null;
        else if (function.params[i].kind == Core::ParamKind::Boolean)
            params[name] = a.params().value[i] != 0;
        else
            params[name] = number(a.params().value[i]);
    }
    QJsonObject o;
    o[u"function"_s] = Widgets::toQString(function.name);
    o[u"framework"_s] = Widgets::toQString(Core::frameworkName(a.framework()));
    o[u"params"_s] = params;
    o[u"name"_s] = curve.name;
    o[u"autoName"_s] = autoNamed;
    o[u"color"_s] = curve.color.alpha() == 255 ? curve.color.name(QColor::HexRgb) : curve.color.name(QColor::HexArgb);
    o[u"visible"_s] = curve.visible;
    return o;
}

// ---------------------------------------------------------------------------------------------
// Reading: every check names the JSON path of the field it refuses.

struct Refused {
    SessionError error;
};

[[noreturn]] void refuse(const QString& field, const QString& problem) { throw Refused{{field, problem}}; }

QString typeName(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null: return u"null"_s;
    case QJsonValue::Bool: return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: return u"a number"_s;
    case QJsonValue::String: return u"a string"_s;
    case QJsonValue::Array: return u"an array"_s;
    case QJsonValue::Object: return u"an object"_s;
    case QJsonValue::Undefined: break;
    }
    return u"nothing"_s;
}

[[noreturn]] void wrongType(const QString& field, const QString& expected, const QJsonValue& found)
{
    refuse(field, u"expected %1, found %2"_s.arg(expected, typeName(found)));
}

QString join(const QString& parent, const QString& key)
{
    // An empty key (an unknown field "") is shown as "", so that the error names a field.
    const QString shown = key.isEmpty() ? u"\"\""_s : key;
    return parent.isEmpty() ? shown : parent + u'.' + shown;
}

QString quoted(const QString& text) { return u'"' + text + u'"'; }

// An object whose keys are all known; the reader takes the ones it wants.
class ObjectReader {
public:
    ObjectReader(const QJsonValue& value, QString path, std::initializer_list<QString> known)
        : m_path(std::move(path))
    {
        if (!value.isObject())
            wrongType(m_path.isEmpty() ? u"session"_s : m_path, u"an object"_s, value);
        m_object = value.toObject();
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (std::find(known.begin(), known.end(), it.key()) == known.end()) {
                QStringList names(known);
                refuse(join(m_path, it.key()), u"unknown field; accepted: %1"_s.arg(names.join(u", "_s)));
            }
        }
    }

    QString path(const QString& key) const { return join(m_path, key); }
    bool has(const QString& key) const { return m_object.contains(key); }
    QJsonValue value(const QString& key) const { return m_object.value(key); }

    QJsonValue required(const QString& key) const
    {
        if (!has(key))
            refuse(path(key), u"missing"_s);
        return value(key);
    }

    QString string(const QString& key, qsizetype maxLength = kMaxSessionText) const
    {
        const QJsonValue v = value(key);
        if (!v.isString())
            wrongType(path(key), u"a string"_s, v);
        QString s = v.toString();
        if (s.size() > maxLength)
            refuse(path(key), u"%1 characters; accepted: at most %2"_s.arg(s.size()).arg(maxLength));
        return s;
    }

    bool boolean(const QString& key) const
    {
        const QJsonValue v = value(key);
        if (!v.isBool())
            wrongType(path(key), u"true or false"_s, v);
        return v.toBool();
    }

    double finite(const QString& key) const { return finiteNumber(value(key), path(key)); }

    qint64 integer(const QString& key, qint64 min, qint64 max) const
    {
        const QJsonValue v = value(key);
        if (!v.isDouble())
            wrongType(path(key), u"a whole number"_s, v);
        const double d = v.toDouble();
        if (d != std::floor(d))
            refuse(path(key), u"%1 is not a whole number"_s.arg(d));
        if (d < double(min) || d > double(max))
            refuse(path(key), u"%1 is out of range; accepted: %2 to %3"_s.arg(d).arg(min).arg(max));
        return static_cast<qint64>(d);
    }

    static double finiteNumber(const QJsonValue& v, const QString& path)
    {
        if (!v.isDouble())
            wrongType(path, u"a number"_s, v);
        const double d = v.toDouble();
        if (!std::isfinite(d))
            refuse(path, u"%1 is not finite"_s.arg(d));
        return d;
    }

private:
    QString m_path;
    QJsonObject m_object;
};

template <class T>
T choice(const ObjectReader& r, const QString& key, std::initializer_list<std::pair<QString, T>> options)
{
    const QString s = r.string(key);
    QStringList names;
    for (const auto& [name, value] : options) {
        if (s == name)
            return value;
        names << name;
    }
    refuse(r.path(key), u"%1 is not accepted; accepted: %2"_s.arg(quoted(s), names.join(u", "_s)));
}

std::optional<std::pair<double, double>> readRange(const ObjectReader& r, const QString& key)
{
    const QJsonValue v = r.value(key);
    if (v.isNull() || v.isUndefined())
        return std::nullopt;
    if (!v.isArray())
        wrongType(r.path(key), u"[low, high] or null"_s, v);
    const QJsonArray a = v.toArray();
    if (a.size() != 2)
        refuse(r.path(key), u"%1 numbers; accepted: [low, high] or null"_s.arg(a.size()));
    const double lo = ObjectReader::finiteNumber(a[0], r.path(key) + u"[0]"_s);
    const double hi = ObjectReader::finiteNumber(a[1], r.path(key) + u"[1]"_s);
    if (!(lo < hi))
        refuse(r.path(key), u"low %1 is not below high %2"_s.arg(lo).arg(hi));
    if (!std::isfinite(hi - lo))
        refuse(r.path(key), u"the range is wider than a double can hold"_s);
    return std::pair{lo, hi};
}

QString availableParamNames(const Core::Activation& a)
{
    QStringList names;
    for (std::size_t i : a.availableParams())
        names << Widgets::toQString(a.function().params[i].name);
    return names.isEmpty() ? u"none (this function has no parameters)"_s : names.join(u", "_s);
}

void readParam(Core::Activation& a, std::size_t index, const QJsonValue& v, const QString& path)
{
    const Core::ParamSpec& spec = a.function().params[index];
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
                refuse(path,
                    u"%1 is not accepted; accepted: a number, or \"inf\" / \"-inf\" / \"-0\"%2"_s.arg(
                        quoted(v.toString()), spec.nullable ? u", or null"_s : QString()));
            a.setParam(index, *d);
        } else {
            wrongType(path, spec.nullable ? u"a number or null"_s : u"a number"_s, v);
        }
    } catch (const Core::InputError& e) {
        refuse(path, QString::fromUtf8(e.what()));
    }
}

Widgets::Curve readCurve(const QJsonValue& value, const QString& path, qsizetype index, bool& autoNamed)
{
    const ObjectReader r(
        value, path, {u"function"_s, u"framework"_s, u"params"_s, u"name"_s, u"autoName"_s, u"color"_s, u"visible"_s});
    r.required(u"function"_s);
    const QString functionName = r.string(u"function"_s, 64);
    const Core::FunctionSpec* function = Core::findFunction(functionName.toStdString());
    if (!function) {
        QStringList names;
        for (const Core::FunctionSpec& f : Core::catalogue())
            names << Widgets::toQString(f.name);
        refuse(r.path(u"function"_s),
            u"unknown function %1; accepted: %2"_s.arg(quoted(functionName), names.join(u", "_s)));
    }
    r.required(u"framework"_s);
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
            const QString paramPath = r.path(u"params"_s) + u'.' + it.key();
            const std::optional<std::size_t> i = function->paramIndex(it.key().toStdString(), *framework);
            if (!i)
                refuse(paramPath,
                    u"unknown parameter of %1; accepted: %2"_s.arg(
                        Widgets::toQString(activation.spec().api), availableParamNames(activation)));
            if (!given.insert(*i).second)
                refuse(paramPath, u"given twice (the catalogue and the framework name the same parameter)"_s);
            readParam(activation, *i, it.value(), paramPath);
        }
    }
    for (std::size_t i : activation.requiredParams()) {
        if (!given.contains(i))
            refuse(r.path(u"params"_s) + u'.' + Widgets::toQString(function->params[i].name),
                u"missing; %1 has no default for it"_s.arg(Widgets::toQString(activation.spec().api)));
    }

    Widgets::Curve curve{activation, {}, Widgets::defaultCurveColor(index), true};
    const bool hasName = r.has(u"name"_s);
    const QString name = hasName ? r.string(u"name"_s) : QString();
    autoNamed = r.has(u"autoName"_s) ? r.boolean(u"autoName"_s) : !hasName;
    if (!autoNamed && name.trimmed().isEmpty())
        refuse(r.path(u"name"_s), u"empty; accepted: a name, or \"autoName\": true"_s);
    curve.name = autoNamed ? Widgets::CurveListModel::autoName(activation) : name.trimmed();

    if (r.has(u"color"_s)) {
        // anchoredPattern, not ^...$: PCRE's $ also matches before a final newline, and QColor then
        // refuses "#rrggbb\n" silently (found by fuzz_session).
        static const QRegularExpression hex(QRegularExpression::anchoredPattern(u"#([0-9a-fA-F]{6}|[0-9a-fA-F]{8})"_s));
        const QString c = r.string(u"color"_s, 64);
        if (!hex.match(c).hasMatch())
            refuse(r.path(u"color"_s), u"%1 is not accepted; accepted: \"#rrggbb\" or \"#aarrggbb\""_s.arg(quoted(c)));
        curve.color = QColor::fromString(c);
    }
    if (r.has(u"visible"_s))
        curve.visible = r.boolean(u"visible"_s);
    return curve;
}

Session readSession(const QJsonValue& root)
{
    if (!root.isObject())
        wrongType(u"session"_s, u"an object"_s, root);
    // Format and version first: a newer file should say so, not trip over a field it added.
    const QJsonObject object = root.toObject();
    if (!object.contains(u"format"_s))
        refuse(u"format"_s, u"missing; this is not an Activation Explorer session"_s);
    if (object.value(u"format"_s) != QJsonValue(kFormat))
        refuse(u"format"_s,
            u"%1 is not accepted; accepted: \"%2\""_s.arg(object.value(u"format"_s).isString()
                    ? quoted(object.value(u"format"_s).toString())
                    : typeName(object.value(u"format"_s)),
                kFormat));
    if (!object.contains(u"version"_s))
        refuse(u"version"_s, u"missing"_s);
    const QJsonValue version = object.value(u"version"_s);
    if (!version.isDouble())
        wrongType(u"version"_s, u"a whole number"_s, version);
    if (version.toDouble() != std::floor(version.toDouble()))
        refuse(u"version"_s,
            u"%1 is not a whole number; accepted: 1 to %2"_s.arg(version.toDouble()).arg(kSessionVersion));
    if (version.toDouble() > kSessionVersion)
        refuse(u"version"_s,
            u"%1 is newer than this Activation Explorer reads (version %2); a newer "
            u"Activation Explorer wrote it"_s.arg(version.toDouble())
                .arg(kSessionVersion));
    if (version.toDouble() < 1)
        refuse(u"version"_s, u"%1 is out of range; accepted: 1 to %2"_s.arg(version.toDouble()).arg(kSessionVersion));

    const ObjectReader r(root, QString(),
        {u"format"_s, u"version"_s, u"curves"_s, u"selected"_s, u"domain"_s, u"dtype"_s, u"view"_s, u"theme"_s,
            u"panels"_s, u"values"_s});
    Session s;
    const QJsonValue curves = r.required(u"curves"_s);
    if (!curves.isArray())
        wrongType(u"curves"_s, u"an array"_s, curves);
    const QJsonArray list = curves.toArray();
    if (list.size() > kMaxSessionCurves)
        refuse(u"curves"_s, u"%1 curves; accepted: at most %2"_s.arg(list.size()).arg(kMaxSessionCurves));
    for (qsizetype i = 0; i < list.size(); ++i) {
        bool autoNamed = true;
        s.curves.append(readCurve(list[i], u"curves[%1]"_s.arg(i), i, autoNamed));
        s.autoNamed.append(autoNamed);
    }

    s.selected = s.curves.isEmpty() ? -1 : 0;
    if (r.has(u"selected"_s))
        s.selected = static_cast<int>(r.integer(u"selected"_s, -1, s.curves.size() - 1));

    if (r.has(u"domain"_s)) {
        const ObjectReader d(r.value(u"domain"_s), u"domain"_s, {u"min"_s, u"max"_s, u"samples"_s});
        s.domain.min = d.finite(u"min"_s);
        s.domain.max = d.finite(u"max"_s);
        if (d.has(u"samples"_s))
            s.domain.samples = static_cast<std::size_t>(d.integer(
                u"samples"_s, static_cast<qint64>(Core::kMinSamples), static_cast<qint64>(kMaxSessionSamples)));
        try {
            Core::validate(s.domain);
        } catch (const Core::InputError& e) {
            refuse(u"domain"_s, QString::fromUtf8(e.what()));
        }
    }
    if (r.has(u"dtype"_s))
        s.dtype = choice<Core::DType>(
            r, u"dtype"_s, {{u"float64"_s, Core::DType::Float64}, {u"float32"_s, Core::DType::Float32}});
    if (r.has(u"view"_s)) {
        const ObjectReader v(r.value(u"view"_s), u"view"_s, {u"x"_s, u"f"_s, u"df"_s});
        s.viewX = readRange(v, u"x"_s);
        s.viewF = readRange(v, u"f"_s);
        s.viewDf = readRange(v, u"df"_s);
    }
    if (r.has(u"theme"_s))
        s.theme = choice<Widgets::Theme>(
            r, u"theme"_s, {{u"light"_s, Widgets::Theme::Light}, {u"dark"_s, Widgets::Theme::Dark}});
    if (r.has(u"panels"_s))
        s.panels = choice<Widgets::PlotPanels>(r, u"panels"_s,
            {{u"both"_s, Widgets::PlotPanels::Both}, {u"function"_s, Widgets::PlotPanels::Function},
                {u"derivative"_s, Widgets::PlotPanels::Derivative}});
    if (r.has(u"values"_s))
        s.valuesInput = r.string(u"values"_s);
    return s;
}

// "line 3, column 7" for a byte offset into the text.
QString position(const QByteArray& json, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, json.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (json[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    const qsizetype column = QString::fromUtf8(json.mid(lineStart, offset - lineStart)).size() + 1;
    return u"line %1, column %2"_s.arg(line).arg(column);
}

} // namespace

QByteArray sessionToJson(const Session& session)
{
    QJsonArray curves;
    for (qsizetype i = 0; i < session.curves.size(); ++i)
        curves.append(curveToJson(session.curves[i], i < session.autoNamed.size() && session.autoNamed[i]));
    QJsonObject domain{{u"min"_s, session.domain.min}, {u"max"_s, session.domain.max},
        {u"samples"_s, static_cast<qint64>(session.domain.samples)}};
    QJsonObject view{{u"x"_s, range(session.viewX)}, {u"f"_s, range(session.viewF)}, {u"df"_s, range(session.viewDf)}};
    QJsonObject root{{u"format"_s, kFormat}, {u"version"_s, kSessionVersion}, {u"curves"_s, curves},
        {u"selected"_s, session.selected}, {u"domain"_s, domain},
        {u"dtype"_s, Widgets::toQString(Core::dtypeName(session.dtype))}, {u"view"_s, view},
        {u"theme"_s, themeName(session.theme)}, {u"panels"_s, Widgets::panelsName(session.panels)},
        {u"values"_s, session.valuesInput}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

SessionResult sessionFromJson(const QByteArray& json)
{
    SessionResult result;
    if (json.size() > kMaxSessionBytes) {
        result.error
            = {u"file"_s, u"%1 bytes; accepted: at most %2 MiB"_s.arg(json.size()).arg(kMaxSessionBytes >> 20)};
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const bool atEnd = json.trimmed().isEmpty() || parseError.offset >= json.trimmed().size();
        result.error = {u"file"_s,
            u"not valid JSON at %1: %2%3"_s.arg(position(json, parseError.offset), parseError.errorString(),
                atEnd ? u" (the file ends early: truncated?)"_s : QString())};
        return result;
    }
    try {
        const QJsonValue root = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
        result.session = readSession(root);
    } catch (const Refused& r) {
        result.error = r.error;
    }
    return result;
}

SessionResult loadSession(const QString& path)
{
    SessionResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = {u"file"_s, u"cannot be read (%1)"_s.arg(file.errorString())};
        return result;
    }
    // Checked before reading, so that a multi-gigabyte file is never loaded into memory.
    if (file.size() > kMaxSessionBytes) {
        result.error = {u"file"_s,
            u"%1 MiB; accepted: at most %2 MiB"_s.arg(double(file.size()) / (1 << 20), 0, 'f', 1)
                .arg(kMaxSessionBytes >> 20)};
        return result;
    }
    const QByteArray bytes = file.read(kMaxSessionBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        result.error = {u"file"_s, u"cannot be read (%1)"_s.arg(file.errorString())};
        return result;
    }
    return sessionFromJson(bytes);
}

QString saveSession(const Session& session, const QString& path)
{
    return Widgets::writeFileAtomically(path, sessionToJson(session));
}

Widgets::FigureContent figureContent(const Session& session)
{
    Widgets::FigureContent content;
    content.curves = session.curves;
    content.domain = session.domain;
    content.dtype = session.dtype;
    content.x = session.viewX;
    content.yValue = session.viewF;
    content.yDerivative = session.viewDf;
    return content;
}

} // namespace App
