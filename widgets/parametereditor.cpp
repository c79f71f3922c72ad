// SPDX-License-Identifier: MIT
#include "parametereditor.h"

#include "fonts.h"
#include "numberspinbox.h"
#include "qtext.h"
#include "themepalette.h"

#include "aex/core/numberformat.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QToolButton>

#include <algorithm>
#include <cmath>

namespace Widgets {

namespace {

constexpr double kSpinLimit = 1e6;

QString number(double value) { return QString::fromStdString(Core::formatNumber(value)); }

QString qs(std::string_view text) { return Model::toQString(text); }

// Digits after the decimal point in the shortest text of a value ("0.25" -> 2, "1e-05" -> 5).
int decimalsOf(double value)
{
    const QString text = QString::number(value, 'f', 12);
    const qsizetype dot = text.indexOf(u'.');
    if (dot < 0)
        return 0;
    qsizetype last = text.size() - 1;
    while (last > dot && text.at(last) == u'0')
        --last;
    return static_cast<int>(last - dot);
}

bool sameValue(double a, double b) { return a == b && std::signbit(a) == std::signbit(b); }

} // namespace

ParameterEditor::ParameterEditor(
    const Core::ParamSpec& param, const Core::FrameworkParam& framework, const QString& api, QWidget* parent)
    : QWidget(parent)
    , m_name(qs(param.name))
    , m_kind(param.kind)
    , m_sliderMin(param.sliderMin)
    , m_step(param.step > 0 ? param.step : 0.01)
    , m_decimals(std::max(decimalsOf(m_step), decimalsOf(param.sliderMin)))
    , m_ticks(std::max(1, static_cast<int>(std::lround((param.sliderMax - param.sliderMin) / m_step))))
    , m_default(framework.defaultValue)
    , m_defaultIsNone(framework.defaultIsNone)
    , m_suggested(param.suggested)
{
    setObjectName(m_name + QStringLiteral("Editor"));

    const bool boolean = m_kind == Core::ParamKind::Boolean;
    QString tip = qs(param.description);
    if (!api.isEmpty())
        tip += u'\n' + tr("%1 accepts %2 = %3").arg(api, qs(framework.apiName), qs(framework.accepted));
    setToolTip(tip);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 2, 0, 2);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(3);

    // Header: the label, the framework's default and the reset button; below it the framework's own
    // keyword when it differs from the catalogue name (Keras 3 LeakyReLU: negative_slope for alpha).
    auto* header = new QHBoxLayout;
    header->setSpacing(6);
    if (boolean) {
        m_boolCheck = new QCheckBox(qs(param.label), this);
        m_boolCheck->setObjectName(m_name + QStringLiteral("CheckBox"));
        m_boolCheck->setToolTip(tip);
        header->addWidget(m_boolCheck, 1);
        connect(m_boolCheck, &QCheckBox::toggled, this, [this](bool on) { commit(on ? 1.0 : 0.0, false); });
    } else {
        auto* label = new QLabel(qs(param.label), this);
        label->setObjectName(m_name + QStringLiteral("Label"));
        label->setFont(Fonts::bold());
        // One line, never cut: a narrow panel scrolls sideways rather than clip a name.
        label->setWordWrap(false);
        header->addWidget(label, 1);
    }

    QString defaultText;
    if (m_defaultIsNone)
        defaultText = tr("default None");
    else if (m_default)
        defaultText = boolean ? tr("default %1").arg(*m_default != 0 ? QStringLiteral("True") : QStringLiteral("False"))
                              : tr("default %1").arg(number(*m_default));
    else
        defaultText = tr("required");
    m_defaultLabel = new ThemedLabel(ThemedLabel::Tone::Muted, defaultText, this);
    m_defaultLabel->setObjectName(m_name + QStringLiteral("Default"));
    m_defaultLabel->setSmallFont();
    header->addWidget(m_defaultLabel);

    m_reset = new QToolButton(this);
    m_reset->setObjectName(m_name + QStringLiteral("Reset"));
    m_reset->setText(QStringLiteral("↺"));
    m_reset->setAccessibleName(tr("Reset %1").arg(m_name));
    m_reset->setAutoRaise(true);
    m_reset->setToolTip(m_default || m_defaultIsNone ? tr("Reset %1 to the framework default").arg(m_name)
                                                     : tr("Reset %1 to a suggested value").arg(m_name));
    header->addWidget(m_reset);
    connect(m_reset, &QToolButton::clicked, this, &ParameterEditor::resetRequested);
    grid->addLayout(header, 0, 0, 1, 2);

    if (!framework.apiName.empty() && framework.apiName != param.name) {
        auto* keyword = new ThemedLabel(ThemedLabel::Tone::Muted, qs(framework.apiName), this);
        keyword->setObjectName(m_name + QStringLiteral("Keyword"));
        keyword->setSmallFont(Fonts::monospace());
        keyword->setToolTip(tr("The keyword in %1").arg(api));
        grid->addWidget(keyword, 1, 0, 1, 2);
    }

    if (!boolean) {
        m_slider = new QSlider(Qt::Horizontal, this);
        m_slider->setObjectName(m_name + QStringLiteral("Slider"));
        m_slider->setRange(0, m_ticks);
        m_slider->setSingleStep(1);
        m_slider->setPageStep(std::max(1, m_ticks / 10));
        m_slider->setTracking(true); // redraw on every step while dragging, not only on release
        m_slider->setToolTip(tip);
        m_slider->setAccessibleName(qs(param.label));
        m_slider->setFocusPolicy(Qt::StrongFocus);
        grid->addWidget(m_slider, 2, 0);

        m_spin = new NumberSpinBox(this);
        m_spin->setObjectName(m_name + QStringLiteral("SpinBox"));
        m_spin->setRange(-kSpinLimit, kSpinLimit);
        m_spin->setSingleStep(m_step);
        m_spin->setToolTip(tip);
        m_spin->setAccessibleName(qs(param.label));
        m_spin->setMinimumWidth(76);
        m_spin->setMaximumWidth(96);
        grid->addWidget(m_spin, 2, 1);
        grid->setColumnStretch(0, 1);

        connect(m_slider, &QSlider::valueChanged, this, [this](int tick) {
            if (tickFor(m_value) == tick && !m_none)
                return;
            const double v = valueAt(tick);
            {
                const QSignalBlocker block(m_spin);
                m_spin->setValue(v);
            }
            commit(v, false);
        });
        connect(m_spin, &QDoubleSpinBox::valueChanged, this, [this](double v) {
            {
                const QSignalBlocker block(m_slider);
                m_slider->setValue(tickFor(v));
            }
            commit(v, false);
        });

        if (param.nullable) {
            m_noneCheck = new QCheckBox(tr("None (unbounded)"), this);
            m_noneCheck->setObjectName(m_name + QStringLiteral("NoneCheck"));
            m_noneCheck->setToolTip(tr("%1=None: no limit").arg(qs(framework.apiName)));
            grid->addWidget(m_noneCheck, 3, 0, 1, 2);
            connect(m_noneCheck, &QCheckBox::toggled, this, [this](bool none) {
                m_slider->setEnabled(!none);
                m_spin->setEnabled(!none);
                commit(m_spin->value(), none);
            });
        }
    }

    m_error = new MessageLabel(this);
    m_error->setObjectName(m_name + QStringLiteral("Error"));
    grid->addWidget(m_error, 4, 0, 1, 2);

    const double initial = m_default.value_or(m_suggested);
    setValue(m_defaultIsNone ? m_suggested : initial, m_defaultIsNone);
}

int ParameterEditor::tickFor(double value) const
{
    if (!std::isfinite(value))
        return value > 0 ? m_ticks : 0;
    const double t = std::round((value - m_sliderMin) / m_step);
    return static_cast<int>(std::clamp(t, 0.0, static_cast<double>(m_ticks)));
}

double ParameterEditor::valueAt(int tick) const
{
    const double raw = m_sliderMin + tick * m_step;
    // Through text, so that the double is the one the typed decimal would give.
    return QString::number(raw, 'f', m_decimals).toDouble();
}

void ParameterEditor::setValue(double value, bool none)
{
    m_value = value;
    m_none = none;
    showValue();
    updateResetButton();
}

void ParameterEditor::showValue()
{
    if (m_boolCheck) {
        const QSignalBlocker block(m_boolCheck);
        m_boolCheck->setChecked(m_value != 0);
        return;
    }
    {
        const QSignalBlocker blockSpin(m_spin);
        const QSignalBlocker blockSlider(m_slider);
        // None shows, greyed out, what unchecking it gives: this curve's last number, else the
        // suggested one (6 for max_value), never 0 and never another curve's value.
        if (!m_none)
            m_lastNumber = m_value;
        // QAbstractSpinBox::setValue repaints even when the value is the same: during a drag of
        // one parameter that would repaint every other editor in the frame. -0 and 0 differ.
        const double shown = m_none ? m_lastNumber.value_or(m_suggested) : m_value;
        if (shown != m_spin->value() || std::signbit(shown) != std::signbit(m_spin->value()))
            m_spin->setValue(shown);
        m_slider->setValue(tickFor(m_spin->value()));
    }
    m_slider->setEnabled(!m_none);
    m_spin->setEnabled(!m_none);
    if (m_noneCheck) {
        const QSignalBlocker block(m_noneCheck);
        m_noneCheck->setChecked(m_none);
    }
}

void ParameterEditor::commit(double value, bool none)
{
    if (none == m_none && (none || sameValue(value, m_value)))
        return;
    m_none = none;
    if (!none)
        m_value = m_lastNumber.emplace(value);
    updateResetButton();
    emit edited(m_value, m_none);
}

void ParameterEditor::updateResetButton()
{
    bool atDefault;
    if (m_defaultIsNone)
        atDefault = m_none;
    else if (m_default)
        atDefault = !m_none && m_value == *m_default;
    else
        atDefault = !m_none && m_value == m_suggested;
    m_reset->setEnabled(!atDefault);
}

void ParameterEditor::setError(const QString& text) { m_error->setMessage(text); }

QList<QWidget*> ParameterEditor::focusOrder() const
{
    QList<QWidget*> order;
    for (QWidget* w : std::initializer_list<QWidget*>{m_boolCheck, m_slider, m_spin, m_noneCheck, m_reset})
        if (w)
            order << w;
    return order;
}

QString ParameterEditor::error() const { return m_error->text(); }

} // namespace Widgets
