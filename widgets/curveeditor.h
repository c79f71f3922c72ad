// SPDX-License-Identifier: MIT
#pragma once

#include "aex/core/activation.h"

#include <QPersistentModelIndex>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;

namespace Model {
class ExplorerDocument;
}

namespace Widgets {

class ParameterPanel;

// Edits the selected curve's activation: the function ("functionCombo", catalogue titles: the
// framework's own first, then the others with the frameworks that have them), the framework
// ("frameworkCombo", only those that have the function) and the parameters (ParameterPanel).
// Switching the function keeps the framework when the new function has it; a new function or
// framework starts from that framework's defaults.
class CurveEditor : public QWidget {
    Q_OBJECT
public:
    explicit CurveEditor(QWidget* parent = nullptr);

    // Edits the document's selected curve from now on.
    void setDocument(Model::ExplorerDocument* document);
    // The curve being edited; nullptr: none.
    const Core::Activation* activation() const;
    ParameterPanel* parameterPanel() const { return m_params; }

signals:
    // For the status bar: what a framework switch did to the parameters.
    void status(const QString& text);

private:
    void showCurve(const QPersistentModelIndex& curve);
    void listFunctions(Core::Framework framework);
    void onFunctionChosen(int index);
    void onFrameworkChosen(int index);

    // What the combos and labels show: they change only with the function or the framework.
    struct Shown {
        const Core::FunctionSpec* function;
        Core::Framework framework;
        bool operator==(const Shown&) const = default;
    };

    Model::ExplorerDocument* m_document = nullptr;
    QPersistentModelIndex m_curve;
    std::optional<Shown> m_shown;
    QComboBox* m_function;
    QComboBox* m_framework;
    QLabel* m_api;
    QLabel* m_summary;
    ParameterPanel* m_params;
};

} // namespace Widgets
