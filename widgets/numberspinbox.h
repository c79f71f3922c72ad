// SPDX-License-Identifier: MIT
#pragma once

#include <QDoubleSpinBox>
#include <QSpinBox>

namespace Widgets {

// A QDoubleSpinBox that shows and reads numbers the way the command line does: the shortest text
// that reads back to the same value ("0.1", "-0", "1e+06"), instead of a fixed number of decimals.
class NumberSpinBox : public QDoubleSpinBox {
    Q_OBJECT
public:
    explicit NumberSpinBox(QWidget* parent = nullptr);

    QString textFromValue(double value) const override;
    double valueFromText(const QString& text) const override;
    QValidator::State validate(QString& text, int& pos) const override;
    void fixup(QString& text) const override;
};

// A QSpinBox that reads whole numbers in the one grammar of the command line and session files
// (Core::parseWholeNumber): "+1001", " 1001 ", "0001001" and "1e3" are all read.
class WholeNumberSpinBox : public QSpinBox {
    Q_OBJECT
public:
    explicit WholeNumberSpinBox(QWidget* parent = nullptr);

    int valueFromText(const QString& text) const override;
    QValidator::State validate(QString& text, int& pos) const override;
    void fixup(QString& text) const override;

private:
    QString number(const QString& text) const;
};

} // namespace Widgets
