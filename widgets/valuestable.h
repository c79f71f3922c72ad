// SPDX-License-Identifier: MIT
#pragma once

#include "aex/core/activation.h"

#include "refreshthrottle.h"

#include <QWidget>

#include <optional>

class QLineEdit;
class QTableWidget;
class QToolButton;

namespace Model {
class ExplorerDocument;
}

namespace Widgets {

class MessageLabel;

// x, f(x), f′(x) and ∂f/∂param (trainable parameters) for the numbers typed in "valuesInput",
// formatted exactly as the command line prints them. Bad input shows Core's message in
// "valuesError" and leaves the last good table.
class ValuesTable : public QWidget {
    Q_OBJECT
public:
    explicit ValuesTable(QWidget* parent = nullptr);

    // Evaluates the document's selected curve in its dtype; the input is the document's values
    // input.
    void setDocument(Model::ExplorerDocument* document);

    QString inputText() const;
    QString error() const;
    // The table as the command line's CSV: header x,y,dy[,d_<param>], one row per input.
    QString csv() const;
    QTableWidget* table() const;

private:
    const Core::Activation* activation() const;
    Core::DType dtype() const;
    void setInputText(const QString& text);
    void recompute();
    QTableWidget* ensureTable() const;

    Model::ExplorerDocument* m_document = nullptr;
    RefreshThrottle* m_refresh = nullptr;
    std::vector<double> m_inputs;
    QLineEdit* m_input;
    MessageLabel* m_error;
    mutable QTableWidget* m_table = nullptr; // see ensureTable()
    QToolButton* m_copy;
};

} // namespace Widgets
