// SPDX-License-Identifier: MIT
#pragma once

#include "aex/core/activation.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;

namespace Widgets {

class ParameterPanel;

// Edits one curve's activation: the function ("functionCombo", catalogue titles), the framework
// ("frameworkCombo", only those that have the function) and the parameters (ParameterPanel).
// Switching the function keeps the framework when the new function has it; a new function or
// framework starts from that framework's defaults.
class CurveEditor : public QWidget {
    Q_OBJECT
public:
    explicit CurveEditor(QWidget* parent = nullptr);

    void setActivation(const Core::Activation& activation);
    void clear();
    const std::optional<Core::Activation>& activation() const { return m_activation; }
    ParameterPanel* parameterPanel() const { return m_params; }

signals:
    void activationChanged(const Core::Activation& activation);

private:
    void showActivation();
    void fillFrameworks();
    void onFunctionChosen(int index);
    void onFrameworkChosen(int index);
    void change(const Core::Activation& activation);

    std::optional<Core::Activation> m_activation;
    QComboBox* m_function;
    QComboBox* m_framework;
    QLabel* m_api;
    QLabel* m_summary;
    ParameterPanel* m_params;
};

} // namespace Widgets
