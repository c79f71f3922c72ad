// SPDX-License-Identifier: MIT
#include "parameterpanel.h"

#include "parametereditor.h"
#include "qtext.h"
#include "themepalette.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Widgets {

namespace {

// The same conditions as Activation::layerErrors(), to tell which parameter each text is about.
bool violates(const Core::ValidationRule& rule, const Core::ParamValues& p)
{
    if (p.none[rule.param])
        return false;
    const double v = p.value[rule.param];
    const double other = p.value[rule.other];
    switch (rule.check) {
    case Core::RuleCheck::NotNegative: return v < 0;
    case Core::RuleCheck::NotZero: return v == 0;
    case Core::RuleCheck::NotGreaterThanOther: return v > other;
    case Core::RuleCheck::NotLessOrEqualOther: return v <= other;
    }
    return false;
}

} // namespace

std::vector<std::pair<std::optional<std::size_t>, std::string>> attributedLayerErrors(
    const Core::Activation& activation)
{
    std::vector<std::pair<std::optional<std::size_t>, std::string>> result;
    const std::vector<std::string> errors = activation.layerErrors();
    std::vector<std::size_t> params;
    for (const Core::ValidationRule& rule : activation.spec().rules) {
        if (violates(rule, activation.params()))
            params.push_back(rule.param);
    }
    const bool attributable = params.size() == errors.size();
    for (std::size_t i = 0; i < errors.size(); ++i)
        result.emplace_back(attributable ? std::optional<std::size_t>(params[i]) : std::nullopt, errors[i]);
    return result;
}

ParameterPanel::ParameterPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("parameterPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_editorLayout = new QVBoxLayout;
    m_editorLayout->setSpacing(10);
    layout->addLayout(m_editorLayout);

    m_empty = new ThemedLabel(ThemedLabel::Tone::Muted, {}, this);
    m_empty->setObjectName(QStringLiteral("noParametersLabel"));
    m_empty->setWordWrap(true);
    m_empty->setVisible(false);
    layout->addWidget(m_empty);

    m_otherErrors = new MessageLabel(this);
    m_otherErrors->setObjectName(QStringLiteral("layerErrors"));
    layout->addWidget(m_otherErrors);
    layout->addStretch(1);
}

ParameterEditor* ParameterPanel::editor(const QString& paramName) const
{
    for (ParameterEditor* e : m_editors) {
        if (e->paramName() == paramName)
            return e;
    }
    return nullptr;
}

void ParameterPanel::setActivation(const Core::Activation& activation)
{
    const bool sameShape = m_activation && &m_activation->function() == &activation.function()
        && m_activation->framework() == activation.framework();
    m_activation = activation;
    if (!sameShape)
        rebuild();
    showValues();
    showErrors();
}

void ParameterPanel::clear()
{
    m_activation.reset();
    rebuild();
    m_empty->setVisible(false);
    m_otherErrors->setMessage({});
}

void ParameterPanel::rebuild()
{
    for (ParameterEditor* e : std::as_const(m_editors)) {
        // Detached first so that findChild() never sees an editor waiting for deletion.
        e->hide();
        e->setParent(nullptr);
        e->deleteLater();
    }
    m_editors.clear();
    m_indices.clear();
    if (!m_activation)
        return;

    const Core::FunctionSpec& function = m_activation->function();
    const Core::FrameworkSpec& spec = m_activation->spec();
    const QString api = Model::toQString(spec.api);
    for (const std::size_t index : m_activation->availableParams()) {
        auto* editor = new ParameterEditor(function.params[index], spec.params[index], api, this);
        m_editorLayout->addWidget(editor);
        editor->show(); // now, not on the layout's queued show: the caller may look at it at once
        m_editors.append(editor);
        m_indices.push_back(index);
        connect(editor, &ParameterEditor::edited, this,
            [this, index](double value, bool none) { onEdited(index, value, none); });
        connect(editor, &ParameterEditor::resetRequested, this, [this, index] { onReset(index); });
    }
    m_empty->setText(tr("%1 has no parameters in %2.").arg(Model::toQString(function.title), api));
    m_empty->setVisible(m_editors.isEmpty());
}

void ParameterPanel::showValues()
{
    if (!m_activation)
        return;
    const Core::ParamValues& p = m_activation->params();
    for (qsizetype i = 0; i < m_editors.size(); ++i) {
        const std::size_t index = m_indices[static_cast<std::size_t>(i)];
        m_editors[i]->setValue(p.value[index], p.none[index]);
    }
}

void ParameterPanel::showErrors()
{
    QHash<std::size_t, QStringList> byParam;
    QStringList other;
    if (m_activation) {
        for (const auto& [param, text] : attributedLayerErrors(*m_activation)) {
            const QString message = QString::fromStdString(text);
            if (param && std::find(m_indices.begin(), m_indices.end(), *param) != m_indices.end())
                byParam[*param].append(message);
            else
                other.append(message);
        }
    }
    for (qsizetype i = 0; i < m_editors.size(); ++i)
        m_editors[i]->setError(byParam.value(m_indices[static_cast<std::size_t>(i)]).join(QLatin1Char('\n')));
    m_otherErrors->setMessage(other.join(QLatin1Char('\n')));
}

void ParameterPanel::onEdited(std::size_t index, double value, bool none)
{
    if (!m_activation)
        return;
    Core::Activation next = *m_activation;
    try {
        if (none)
            next.setParamNone(index);
        else
            next.setParam(index, value);
    } catch (const Core::InputError& e) {
        // Not a range the layer rejects but a value the function cannot take at all (NaN):
        // say so and keep the last good value.
        if (ParameterEditor* target = editor(Model::toQString(m_activation->function().params[index].name)))
            target->setError(QString::fromUtf8(e.what()));
        return;
    }
    m_activation = next;
    showErrors();
    emit activationChanged(*m_activation);
}

void ParameterPanel::onReset(std::size_t index)
{
    if (!m_activation)
        return;
    m_activation->resetParam(index);
    showValues();
    showErrors();
    emit activationChanged(*m_activation);
}

} // namespace Widgets
