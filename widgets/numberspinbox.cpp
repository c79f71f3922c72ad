// SPDX-License-Identifier: MIT
#include "numberspinbox.h"

#include "aex/core/activation.h"
#include "aex/core/numberformat.h"

#include <QRegularExpression>

#include <cmath>

namespace Widgets {

namespace {

// A number being typed: "", "-", "1.", "2e", "2e-".
bool isPartialNumber(const QString& text)
{
    static const QRegularExpression partial(
        QRegularExpression::anchoredPattern(QStringLiteral("[+-]?[0-9]*\\.?[0-9]*([eE][+-]?[0-9]*)?")));
    return partial.match(text).hasMatch();
}

} // namespace

NumberSpinBox::NumberSpinBox(QWidget* parent)
    : QDoubleSpinBox(parent)
{
    // QDoubleSpinBox rounds every value to decimals(); with the most it allows, typed values
    // such as 0.123456789 survive exactly enough for the shortest text to read back.
    setDecimals(15);
    setKeyboardTracking(true);
    setAccelerated(true);
    setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
}

QString NumberSpinBox::textFromValue(double value) const { return QString::fromStdString(Core::formatNumber(value)); }

double NumberSpinBox::valueFromText(const QString& text) const
{
    return Core::parseNumber(text.trimmed().toStdString()).value_or(value());
}

QValidator::State NumberSpinBox::validate(QString& text, int& /*pos*/) const
{
    const QString trimmed = text.trimmed();
    if (const auto parsed = Core::parseNumber(trimmed.toStdString())) {
        if (std::isfinite(*parsed) && *parsed >= minimum() && *parsed <= maximum())
            return QValidator::Acceptable;
        return QValidator::Intermediate;
    }
    return isPartialNumber(trimmed) ? QValidator::Intermediate : QValidator::Invalid;
}

void NumberSpinBox::fixup(QString& text) const { text = textFromValue(value()); }

WholeNumberSpinBox::WholeNumberSpinBox(QWidget* parent)
    : QSpinBox(parent)
{
    setKeyboardTracking(true);
    setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
    setGroupSeparatorShown(false);
}

// The text without the prefix and suffix ("1200 px wide" -> "1200").
QString WholeNumberSpinBox::number(const QString& text) const
{
    QString n = text;
    if (!prefix().isEmpty() && n.startsWith(prefix()))
        n.remove(0, prefix().size());
    if (!suffix().isEmpty() && n.endsWith(suffix()))
        n.chop(suffix().size());
    return n;
}

int WholeNumberSpinBox::valueFromText(const QString& text) const
{
    try {
        return static_cast<int>(Core::parseWholeNumber(number(text).toStdString(), minimum(), maximum()));
    } catch (const Core::InputError&) {
        return value();
    }
}

QValidator::State WholeNumberSpinBox::validate(QString& text, int& /*pos*/) const
{
    const QString n = number(text);
    if (const auto parsed = Core::parseNumber(n.toStdString())) {
        if (*parsed == std::floor(*parsed) && *parsed >= minimum() && *parsed <= maximum())
            return QValidator::Acceptable;
        return QValidator::Intermediate;
    }
    return isPartialNumber(n.trimmed()) ? QValidator::Intermediate : QValidator::Invalid;
}

void WholeNumberSpinBox::fixup(QString& text) const { text = textFromValue(value()); }

} // namespace Widgets
