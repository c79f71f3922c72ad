// SPDX-License-Identifier: MIT
#include "numberspinbox.h"

#include "aex/core/numberformat.h"

#include <QRegularExpression>

#include <cmath>

namespace Widgets {

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
    // A number being typed: "", "-", "1.", "2e", "2e-".
    static const QRegularExpression partial(
        QRegularExpression::anchoredPattern(QStringLiteral("[+-]?[0-9]*\\.?[0-9]*([eE][+-]?[0-9]*)?")));
    return partial.match(trimmed).hasMatch() ? QValidator::Intermediate : QValidator::Invalid;
}

void NumberSpinBox::fixup(QString& text) const { text = textFromValue(value()); }

} // namespace Widgets
