// SPDX-License-Identifier: MIT
#pragma once

#include "aex/core/activation.h"

#include <QList>
#include <QPersistentModelIndex>
#include <QWidget>

#include <optional>

class QLabel;
class QVBoxLayout;

namespace Model {
class ExplorerDocument;
}

namespace Widgets {

class MessageLabel;
class ParameterEditor;

// One ParameterEditor per parameter that the activation's framework has, built from the
// catalogue: nothing here knows any particular function. Shows the framework's layer errors
// beside the parameter they are about.
class ParameterPanel : public QWidget {
    Q_OBJECT
public:
    explicit ParameterPanel(QWidget* parent = nullptr);

    // Edits the document's selected curve from now on.
    void setDocument(Model::ExplorerDocument* document);
    // The curve being edited; nullptr: none.
    const Core::Activation* activation() const;

    QList<ParameterEditor*> editors() const { return m_editors; }
    // The editors' controls follow this widget in the Tab chain (the framework box): widgets made
    // later would otherwise join the end of the window's chain.
    void setTabAnchor(QWidget* before) { m_tabAnchor = before; }
    ParameterEditor* editor(const QString& paramName) const;

private:
    // Rebuilds the editors when the function or framework differs; otherwise only shows values.
    void showCurve(const QPersistentModelIndex& curve);
    void rebuild();
    void showValues();
    void showErrors();
    void onEdited(std::size_t index, double value, bool none);
    void onReset(std::size_t index);

    Model::ExplorerDocument* m_document = nullptr;
    QPersistentModelIndex m_curve;
    const Core::FunctionSpec* m_function = nullptr; // what the editors were built for
    Core::Framework m_framework = Core::Framework::Keras;
    QList<ParameterEditor*> m_editors;
    std::vector<std::size_t> m_indices; // catalogue index of each editor
    QVBoxLayout* m_editorLayout = nullptr;
    QLabel* m_empty = nullptr;
    QWidget* m_tabAnchor = nullptr;
    MessageLabel* m_otherErrors = nullptr;
};

} // namespace Widgets
