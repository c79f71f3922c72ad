// SPDX-License-Identifier: MIT
#pragma once

#include "aex/core/activation.h"

#include <QList>
#include <QWidget>

#include <optional>

class QLabel;
class QVBoxLayout;

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

    // Rebuilds the editors when the function or framework differs; otherwise only shows values.
    void setActivation(const Core::Activation& activation);
    void clear();
    const std::optional<Core::Activation>& activation() const { return m_activation; }

    QList<ParameterEditor*> editors() const { return m_editors; }
    ParameterEditor* editor(const QString& paramName) const;

signals:
    // The user changed a parameter; the activation has the new values.
    void activationChanged(const Core::Activation& activation);

private:
    void rebuild();
    void showValues();
    void showErrors();
    void onEdited(std::size_t index, double value, bool none);
    void onReset(std::size_t index);

    std::optional<Core::Activation> m_activation;
    QList<ParameterEditor*> m_editors;
    std::vector<std::size_t> m_indices; // catalogue index of each editor
    QVBoxLayout* m_editorLayout = nullptr;
    QLabel* m_empty = nullptr;
    MessageLabel* m_otherErrors = nullptr;
};

// The framework's layer errors, each with the parameter it is about (nullopt when it cannot be
// told). Uses the catalogue's validation rules to attribute Activation::layerErrors().
std::vector<std::pair<std::optional<std::size_t>, std::string>> attributedLayerErrors(
    const Core::Activation& activation);

} // namespace Widgets
