// SPDX-License-Identifier: MIT
#include "parameterpanel.h"

#include "explorerdocument.h"
#include "parametereditor.h"
#include "qtext.h"
#include "themepalette.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Widgets {

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

void ParameterPanel::setDocument(Model::ExplorerDocument* document)
{
    if (m_document)
        m_document->disconnectView(this);
    m_document = document;
    if (!document)
        return;
    const auto show = [this] { showCurve(m_document->selectedIndex()); };
    Model::followSelectedCurve(document, this, show, show);
    showCurve(document->selectedIndex());
}

const Core::Activation* ParameterPanel::activation() const
{
    return m_curve.isValid() ? &m_document->curve(m_curve.row()).activation : nullptr;
}

void ParameterPanel::showCurve(const QPersistentModelIndex& curve)
{
    if (curve != m_curve) // another curve: what the editors remember was the last one's
        for (ParameterEditor* e : std::as_const(m_editors))
            e->forgetLastNumber();
    m_curve = curve;
    const Core::Activation* a = activation();
    const Core::FunctionSpec* function = a ? &a->function() : nullptr;
    const Core::Framework framework = a ? a->framework() : Core::Framework::Keras;
    if (function != m_function || framework != m_framework) {
        m_function = function;
        m_framework = framework;
        rebuild();
    }
    showValues();
    showErrors();
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
    const Core::Activation* a = activation();
    m_empty->setVisible(false);
    if (!a)
        return;

    const Core::FunctionSpec& function = a->function();
    const Core::FrameworkSpec& spec = a->spec();
    const QString api = Model::toQString(spec.api);
    for (const std::size_t index : a->availableParams()) {
        auto* editor = new ParameterEditor(function.params[index], spec.params[index], api, this);
        m_editorLayout->addWidget(editor);
        editor->show(); // now, not on the layout's queued show: the caller may look at it at once
        m_editors.append(editor);
        m_indices.push_back(index);
        connect(editor, &ParameterEditor::edited, this,
            [this, index](double value, bool none) { onEdited(index, value, none); });
        connect(editor, &ParameterEditor::resetRequested, this, [this, index] { onReset(index); });
    }
    QWidget* previous = m_tabAnchor;
    for (ParameterEditor* editor : std::as_const(m_editors))
        for (QWidget* w : editor->focusOrder()) {
            if (previous)
                setTabOrder(previous, w);
            previous = w;
        }
    m_empty->setText(tr("%1 has no parameters in %2.").arg(Model::toQString(function.title), api));
    m_empty->setVisible(m_editors.isEmpty());
}

void ParameterPanel::showValues()
{
    const Core::Activation* a = activation();
    if (!a)
        return;
    const Core::ParamValues& p = a->params();
    for (qsizetype i = 0; i < m_editors.size(); ++i) {
        const std::size_t index = m_indices[static_cast<std::size_t>(i)];
        m_editors[i]->setValue(p.value[index], p.none[index]);
    }
}

void ParameterPanel::showErrors()
{
    QHash<std::size_t, QStringList> byParam;
    QStringList other;
    if (const Core::Activation* a = activation()) {
        for (const auto& [param, text] : a->layerProblems()) {
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
    const Core::Activation* a = activation();
    if (!a)
        return;
    Core::Activation next = *a;
    try {
        if (none)
            next.setParamNone(index);
        else
            next.setParam(index, value);
    } catch (const Core::InputError& e) {
        // Not a range the layer rejects but a value the function cannot take at all (NaN):
        // say so and keep the last good value.
        if (ParameterEditor* target = editor(Model::toQString(a->function().params[index].name)))
            target->setError(QString::fromUtf8(e.what()));
        return;
    }
    m_document->setActivation(m_curve.row(), next);
}

void ParameterPanel::onReset(std::size_t index)
{
    const Core::Activation* a = activation();
    if (!a)
        return;
    Core::Activation next = *a;
    next.resetParam(index);
    m_document->setActivation(m_curve.row(), next);
    showValues(); // also when the value already was the default
}

} // namespace Widgets
