// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <utility>

namespace Model {

// Why a JSON document was refused: the JSON path of the field ("curves[2].params.alpha",
// "version", "file") and the problem, which ends in what is accepted.
struct JsonError {
    QString field;
    QString problem;
    QString message() const { return field + QStringLiteral(": ") + problem; }
};

// Thrown by the readers below; the document's reader catches it and reports the error.
struct JsonRefused {
    JsonError error;
};
[[noreturn]] void refuse(const QString& field, const QString& problem);

// "a.b", "a[3]"; a key from the file that is not a plain name is quoted ("a.\"x\\ny\""), so that
// no key can forge a second line or hide in the path.
QString fieldPath(const QString& parent, const QString& key);
QString indexPath(const QString& parent, qsizetype index);

// "a string", "a number", "true", "nothing" (missing), ...
QString jsonTypeName(const QJsonValue& value);
[[noreturn]] void wrongType(const QString& field, const QString& accepted, const QJsonValue& found);

// Parses a whole document. Refuses text that is not JSON ("file: not valid JSON at line 3,
// column 7: ..."), and an object that has one key twice ("curves[0].params.alpha: given twice;
// accepted: each field once"), which QJsonDocument would silently take the last of.
QJsonValue parseJson(const QByteArray& json);

// An object whose keys are all known; the reader takes the ones it wants. Every check refuses
// with the field's path.
class ObjectReader {
public:
    ObjectReader(const QJsonValue& value, QString path, std::initializer_list<QString> known);

    QString path(const QString& key) const { return fieldPath(m_path, key); }
    bool has(const QString& key) const { return m_object.contains(key); }
    QJsonValue value(const QString& key) const { return m_object.value(key); }
    const QJsonObject& object() const { return m_object; }

    // The value, or a refusal "missing; accepted: ACCEPTED".
    QJsonValue required(const QString& key, const QString& accepted) const;
    QString string(const QString& key, qsizetype maxLength) const;
    bool boolean(const QString& key) const;
    double finite(const QString& key) const; // required
    std::int64_t integer(const QString& key, std::int64_t min, std::int64_t max) const;
    // One of the names, as a string.
    template <class T> T choice(const QString& key, std::initializer_list<std::pair<QString, T>> options) const
    {
        const QString s = string(key, 64);
        QStringList names;
        for (const auto& [name, value] : options) {
            if (s == name)
                return value;
            names << name;
        }
        refuseChoice(key, s, names);
    }
    // One of `all`, by the names `nameOf` gives them.
    template <class T, std::size_t N> T choice(const QString& key, const std::array<T, N>& all, QString (*nameOf)(T)) const
    {
        const QString s = string(key, 64);
        QStringList names;
        for (const T value : all) {
            if (s == nameOf(value))
                return value;
            names << nameOf(value);
        }
        refuseChoice(key, s, names);
    }
    // [low, high] with finite low < high, or null (nullopt).
    std::optional<std::pair<double, double>> range(const QString& key) const;

    static double finiteNumber(const QJsonValue& value, const QString& path);

private:
    [[noreturn]] void refuseChoice(const QString& key, const QString& found, const QStringList& names) const;
    QString m_path;
    QJsonObject m_object;
};

} // namespace Model
