// SPDX-License-Identifier: MIT
#pragma once

#include "aex/core/catalogue.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QSlider;
class QToolButton;

namespace Widgets {

class MessageLabel;
class NumberSpinBox;
class ThemedLabel;

// Edits one parameter, built from its catalogue metadata: a slider for feel and a spin box for
// exact values (kept in sync), a "None" toggle for nullable parameters, a check box for Boolean
// ones, the framework's default with a reset button, and room for the framework's error text.
// Child objectNames start with the catalogue name: "<name>Slider", "<name>SpinBox",
// "<name>NoneCheck", "<name>CheckBox", "<name>Reset", "<name>Error", "<name>Default".
class ParameterEditor : public QWidget {
    Q_OBJECT
public:
    ParameterEditor(const Core::ParamSpec& param, const Core::FrameworkParam& framework, const QString& api,
        QWidget* parent = nullptr);

    QString paramName() const { return m_name; }
    double value() const { return m_value; }
    bool isNone() const { return m_none; }
    // Shows a value without emitting edited().
    void setValue(double value, bool none = false);
    void setError(const QString& text);
    QString error() const;
    // Its controls in the order Tab visits them: the value (check box, or slider then spin box),
    // "None", then Reset.
    QList<QWidget*> focusOrder() const;
    // Another curve is shown: None falls back to the suggested number again.
    void forgetLastNumber() { m_lastNumber.reset(); }

    // The slider position for a value, and the value of a slider position (rounded to the step's
    // decimals so that dragging gives 0.1, not 0.30000000000000004).
    int tickFor(double value) const;
    double valueAt(int tick) const;

signals:
    // The user changed the value (slider, spin box, None toggle or check box).
    void edited(double value, bool none);
    void resetRequested();

private:
    void showValue();
    void commit(double value, bool none);
    void updateResetButton();

    QString m_name;
    Core::ParamKind m_kind;
    double m_sliderMin;
    double m_step;
    int m_decimals;
    int m_ticks;
    std::optional<double> m_default;
    bool m_defaultIsNone;
    double m_suggested;
    double m_value = 0.0;
    bool m_none = false;
    std::optional<double> m_lastNumber; // this curve's last number, shown behind None

    ThemedLabel* m_defaultLabel = nullptr;
    QSlider* m_slider = nullptr;
    NumberSpinBox* m_spin = nullptr;
    QCheckBox* m_noneCheck = nullptr;
    QCheckBox* m_boolCheck = nullptr;
    QToolButton* m_reset = nullptr;
    MessageLabel* m_error = nullptr;
};

} // namespace Widgets
