// SPDX-License-Identifier: MIT
#pragma once

#include "aex/core/activation.h"

#include <QWidget>

#include <optional>

class QLineEdit;
class QTableWidget;
class QToolButton;

namespace Widgets {

class MessageLabel;

// x, f(x), f′(x) and ∂f/∂param (trainable parameters) for the numbers typed in "valuesInput",
// formatted exactly as the command line prints them. Bad input shows Core's message in
// "valuesError" and leaves the last good table.
class ValuesTable : public QWidget {
    Q_OBJECT
public:
    explicit ValuesTable(QWidget* parent = nullptr);

    void setActivation(const Core::Activation& activation);
    void clearActivation();
    void setDType(Core::DType dtype);
    Core::DType dtype() const { return m_dtype; }
    void setInputText(const QString& text);
    QString inputText() const;
    QString error() const;

    // The table as the command line's CSV: header x,y,dy[,d_<param>], one row per input.
    QString csv() const;
    QTableWidget* table() const { return m_table; }

signals:
    void inputTextChanged(const QString& text);

private:
    void recompute();

    std::optional<Core::Activation> m_activation;
    Core::DType m_dtype = Core::DType::Float64;
    std::vector<double> m_inputs;
    QLineEdit* m_input;
    MessageLabel* m_error;
    QTableWidget* m_table;
    QToolButton* m_copy;
};

} // namespace Widgets
