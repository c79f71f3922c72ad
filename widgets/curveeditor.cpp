// SPDX-License-Identifier: MIT
#include "curveeditor.h"

#include "parameterpanel.h"
#include "qtext.h"
#include "themepalette.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace Widgets {

CurveEditor::CurveEditor(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("curveEditor"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setHorizontalSpacing(8);
    form->setVerticalSpacing(6);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_function = new QComboBox(this);
    m_function->setObjectName(QStringLiteral("functionCombo"));
    m_function->setMaxVisibleItems(24);
    m_function->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_function->setMinimumContentsLength(10);
    for (const Core::FunctionSpec& f : Core::catalogue()) {
        m_function->addItem(Model::toQString(f.title), Model::toQString(f.name));
        m_function->setItemData(m_function->count() - 1, Model::toQString(f.summary), Qt::ToolTipRole);
    }
    form->addRow(tr("&Function"), m_function);

    m_framework = new QComboBox(this);
    m_framework->setObjectName(QStringLiteral("frameworkCombo"));
    m_framework->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_framework->setMinimumContentsLength(10);
    form->addRow(tr("Fra&mework"), m_framework);
    layout->addLayout(form);

    m_api = new QLabel(this);
    m_api->setObjectName(QStringLiteral("apiLabel"));
    m_api->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_api->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_api->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(m_api);

    m_summary = new ThemedLabel(ThemedLabel::Tone::Muted, {}, this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(m_summary);

    m_params = new ParameterPanel(this);
    layout->addSpacing(4);
    layout->addWidget(m_params, 1);

    connect(m_function, &QComboBox::currentIndexChanged, this, &CurveEditor::onFunctionChosen);
    connect(m_framework, &QComboBox::currentIndexChanged, this, &CurveEditor::onFrameworkChosen);
    connect(m_params, &ParameterPanel::activationChanged, this, &CurveEditor::change);
    clear();
}

void CurveEditor::setActivation(const Core::Activation& activation)
{
    m_activation = activation;
    setEnabled(true);
    showActivation();
}

void CurveEditor::clear()
{
    m_activation.reset();
    {
        const QSignalBlocker block(m_function);
        m_function->setCurrentIndex(-1);
    }
    m_framework->clear();
    m_api->clear();
    m_summary->clear();
    m_params->clear();
    setEnabled(false);
}

void CurveEditor::showActivation()
{
    const Core::FunctionSpec& f = m_activation->function();
    {
        const QSignalBlocker block(m_function);
        m_function->setCurrentIndex(m_function->findData(Model::toQString(f.name)));
    }
    fillFrameworks();
    m_api->setText(Model::toQString(m_activation->spec().api));
    m_summary->setText(Model::toQString(f.summary));
    m_summary->setVisible(!f.summary.empty());
    m_params->setActivation(*m_activation);
}

void CurveEditor::fillFrameworks()
{
    const QSignalBlocker block(m_framework);
    m_framework->clear();
    for (const Core::Framework fw : m_activation->function().availableFrameworks()) {
        m_framework->addItem(Model::toQString(Core::frameworkTitle(fw)), Model::toQString(Core::frameworkName(fw)));
        m_framework->setItemData(
            m_framework->count() - 1, Model::toQString(m_activation->function().in(fw)->api), Qt::ToolTipRole);
    }
    m_framework->setCurrentIndex(m_framework->findData(Model::toQString(Core::frameworkName(m_activation->framework()))));
}

void CurveEditor::onFunctionChosen(int index)
{
    if (!m_activation || index < 0)
        return;
    const Core::FunctionSpec* f = Core::findFunction(m_function->itemData(index).toString().toStdString());
    if (!f || f == &m_activation->function())
        return;
    const std::vector<Core::Framework> available = f->availableFrameworks();
    if (available.empty())
        return;
    const Core::Framework keep = m_activation->framework();
    const bool has = std::find(available.begin(), available.end(), keep) != available.end();
    m_activation = Core::Activation::withDefaults(*f, has ? keep : available.front());
    showActivation();
    emit activationChanged(*m_activation);
}

void CurveEditor::onFrameworkChosen(int index)
{
    if (!m_activation || index < 0)
        return;
    const auto fw = Core::parseFramework(m_framework->itemData(index).toString().toStdString());
    if (!fw || *fw == m_activation->framework())
        return;
    m_activation = Core::Activation::withDefaults(m_activation->function(), *fw);
    showActivation();
    emit activationChanged(*m_activation);
}

void CurveEditor::change(const Core::Activation& activation)
{
    m_activation = activation;
    emit activationChanged(activation);
}

} // namespace Widgets
