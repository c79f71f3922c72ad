// SPDX-License-Identifier: MIT
#include "jsonreader.h"

#include "qtext.h"

#include "aex/core/activation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <set>
#include <vector>

using namespace Qt::StringLiterals;

namespace Model {

namespace {

bool isPlainName(const QString& key)
{
    static const QRegularExpression name(QRegularExpression::anchoredPattern(u"[A-Za-z_][A-Za-z0-9_]{0,63}"_s));
    return name.match(key).hasMatch();
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

// A JSON string token starting at json[i] (the opening quote): its decoded text; i moves past it.
QString readString(const QByteArray& json, qsizetype& i)
{
    const qsizetype start = i++;
    bool escaped = false;
    for (; i < json.size() && json[i] != '"'; ++i) {
        if (json[i] == '\\') {
            escaped = true;
            ++i;
        }
    }
    ++i; // the closing quote
    const QByteArray raw = json.mid(start, i - start);
    if (!escaped)
        return QString::fromUtf8(raw.mid(1, raw.size() - 2));
    return QJsonDocument::fromJson("[" + raw + "]").array().at(0).toString();
}

// The path of the first key an object holds twice, in text QJsonDocument has already accepted.
std::optional<QString> duplicateKey(const QByteArray& json)
{
    struct Frame {
        bool object = false;
        QString path;
        std::set<QString> keys;
        qsizetype index = 0;    // arrays: the element being read
        bool expectKey = false; // objects: the next string is a key
        QString key;            // objects: the member being read
    };
    std::vector<Frame> stack;
    const auto childPath = [&]() {
        if (stack.empty())
            return QString();
        const Frame& f = stack.back();
        return f.object ? fieldPath(f.path, f.key) : indexPath(f.path, f.index);
    };
    for (qsizetype i = 0; i < json.size();) {
        const char c = json[i];
        switch (c) {
        case '{':
        case '[':
            stack.push_back(Frame{c == '{', childPath(), {}, 0, c == '{', {}});
            ++i;
            break;
        case '}':
        case ']':
            stack.pop_back();
            ++i;
            break;
        case ',':
            if (!stack.empty()) {
                stack.back().expectKey = stack.back().object;
                ++stack.back().index;
            }
            ++i;
            break;
        case '"': {
            const QString text = readString(json, i);
            if (!stack.empty() && stack.back().object && stack.back().expectKey) {
                Frame& f = stack.back();
                f.expectKey = false;
                f.key = text;
                if (!f.keys.insert(text).second)
                    return fieldPath(f.path, text);
            }
            break;
        }
        default: ++i; break;
        }
    }
    return std::nullopt;
}

} // namespace

void refuse(const QString& field, const QString& problem) { throw JsonRefused{{field, problem}}; }

QString fieldPath(const QString& parent, const QString& key)
{
    const QString shown = isPlainName(key) ? key : quoted(key);
    return parent.isEmpty() ? shown : parent + u'.' + shown;
}

QString indexPath(const QString& parent, qsizetype index) { return u"%1[%2]"_s.arg(parent).arg(index); }

QString jsonTypeName(const QJsonValue& v)
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

void wrongType(const QString& field, const QString& accepted, const QJsonValue& found)
{
    if (found.isUndefined())
        refuse(field, u"missing; accepted: %1"_s.arg(accepted));
    refuse(field, u"found %1; accepted: %2"_s.arg(jsonTypeName(found), accepted));
}

QJsonValue parseJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const bool atEnd = json.trimmed().isEmpty() || parseError.offset >= json.trimmed().size();
        refuse(u"file"_s,
            u"not valid JSON at %1: %2%3; accepted: a JSON document"_s.arg(position(json, parseError.offset),
                parseError.errorString(), atEnd ? u" (the file ends early: truncated?)"_s : QString()));
    }
    if (const std::optional<QString> key = duplicateKey(json))
        refuse(*key, u"given twice; accepted: each field once"_s);
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
}

ObjectReader::ObjectReader(const QJsonValue& value, QString path, std::initializer_list<QString> known)
    : m_path(std::move(path))
{
    if (!value.isObject())
        wrongType(m_path.isEmpty() ? u"document"_s : m_path, u"an object"_s, value);
    m_object = value.toObject();
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (std::find(known.begin(), known.end(), it.key()) == known.end()) {
            const QStringList names(known);
            refuse(fieldPath(m_path, it.key()), u"unknown field; accepted: %1"_s.arg(names.join(u", "_s)));
        }
    }
}

QJsonValue ObjectReader::required(const QString& key, const QString& accepted) const
{
    if (!has(key))
        refuse(path(key), u"missing; accepted: %1"_s.arg(accepted));
    return value(key);
}

QString ObjectReader::string(const QString& key, qsizetype maxLength) const
{
    const QJsonValue v = value(key);
    if (!v.isString())
        wrongType(path(key), u"a string"_s, v);
    QString s = v.toString();
    if (s.size() > maxLength)
        refuse(path(key), u"%1 characters; accepted: at most %2"_s.arg(s.size()).arg(maxLength));
    return s;
}

bool ObjectReader::boolean(const QString& key) const
{
    const QJsonValue v = value(key);
    if (!v.isBool())
        wrongType(path(key), u"true or false"_s, v);
    return v.toBool();
}

double ObjectReader::finite(const QString& key) const { return finiteNumber(value(key), path(key)); }

std::int64_t ObjectReader::integer(const QString& key, std::int64_t min, std::int64_t max) const
{
    const QJsonValue v = value(key);
    if (!v.isDouble())
        wrongType(path(key), u"a whole number from %1 to %2"_s.arg(min).arg(max), v);
    try {
        return Core::checkWholeNumber(v.toDouble(), min, max);
    } catch (const Core::InputError& e) {
        refuse(path(key), QString::fromUtf8(e.what()));
    }
}

std::optional<std::pair<double, double>> ObjectReader::range(const QString& key) const
{
    const QJsonValue v = value(key);
    if (v.isNull() || v.isUndefined())
        return std::nullopt;
    const QString accepted = u"[low, high] with finite numbers low < high, or null"_s;
    if (!v.isArray())
        wrongType(path(key), accepted, v);
    const QJsonArray a = v.toArray();
    if (a.size() != 2)
        refuse(path(key), u"%1 numbers; accepted: %2"_s.arg(a.size()).arg(accepted));
    const double lo = finiteNumber(a[0], indexPath(path(key), 0));
    const double hi = finiteNumber(a[1], indexPath(path(key), 1));
    if (!(lo < hi))
        refuse(path(key), u"low %1 is not below high %2; accepted: %3"_s.arg(number(lo), number(hi), accepted));
    if (!std::isfinite(hi - lo))
        refuse(path(key), u"high - low overflows; accepted: %1, high - low at most 1.7e308"_s.arg(accepted));
    return std::pair{lo, hi};
}

double ObjectReader::finiteNumber(const QJsonValue& v, const QString& path)
{
    // JSON numbers cannot keep the sign of a zero through Qt, so -0 is written as a string.
    if (v.isString() && v.toString() == u"-0")
        return -0.0;
    if (!v.isDouble())
        wrongType(path, u"a finite number"_s, v);
    const double d = v.toDouble();
    if (!std::isfinite(d))
        refuse(path, u"%1 is not finite; accepted: a finite number"_s.arg(number(d)));
    return d;
}

void ObjectReader::refuseChoice(const QString& key, const QString& found, const QStringList& names) const
{
    refuse(path(key), u"%1 is not accepted; accepted: %2"_s.arg(quoted(found), names.join(u", "_s)));
}

} // namespace Model
