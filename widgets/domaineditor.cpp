// SPDX-License-Identifier: MIT
#include "domaineditor.h"

#include "explorerdocument.h"
#include "numberspinbox.h"
#include "qtext.h"
#include "themepalette.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>

namespace Widgets {

DomainEditor::DomainEditor(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("domainEditor"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(6);

    auto addLabel = [&](const QString& text, QWidget* buddy) {
        auto* label = new QLabel(text, this);
        label->setBuddy(buddy);
        layout->addWidget(label);
        layout->addWidget(buddy);
    };

    m_min = new NumberSpinBox(this);
    m_min->setObjectName(QStringLiteral("xMinSpin"));
    m_min->setRange(-1e9, 1e9);
    m_min->setSingleStep(1);
    m_min->setToolTip(tr("Left end of the sampled domain"));
    m_min->setMinimumWidth(70);
    m_max = new NumberSpinBox(this);
    m_max->setObjectName(QStringLiteral("xMaxSpin"));
    m_max->setRange(-1e9, 1e9);
    m_max->setSingleStep(1);
    m_max->setToolTip(tr("Right end of the sampled domain"));
    m_max->setMinimumWidth(70);
    m_samples = new WholeNumberSpinBox(this);
    m_samples->setObjectName(QStringLiteral("samplesSpin"));
    // The whole range the core samples: the plot itself samples at screen resolution, and a figure
    // of more than Core::kMaxTotalSamples points is refused with a message.
    m_samples->setRange(static_cast<int>(Core::kMinSamples), static_cast<int>(Core::kMaxSamples));
    m_samples->setSingleStep(100);
    m_samples->setAccelerated(true);
    m_samples->setToolTip(tr("Number of evenly spaced samples (numpy.linspace); the breakpoints are added exactly"));
    m_dtypeCombo = new QComboBox(this);
    m_dtypeCombo->setObjectName(QStringLiteral("dtypeCombo"));
    // Re-measured when the font changes (presentation mode); the default measures once, on first show.
    m_dtypeCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const Core::DType d : {Core::DType::Float64, Core::DType::Float32})
        m_dtypeCombo->addItem(Model::toQString(Core::dtypeName(d)), static_cast<int>(d));
    m_dtypeCombo->setToolTip(tr("The tensor precision the framework computes in"));

    addLabel(tr("x from"), m_min);
    addLabel(tr("to"), m_max);
    layout->addSpacing(6);
    addLabel(tr("samples"), m_samples);
    layout->addSpacing(6);
    addLabel(tr("dtype"), m_dtypeCombo);

    m_error = new MessageLabel(this);
    m_error->setObjectName(QStringLiteral("domainError"));
    m_error->setWordWrap(false);
    layout->addWidget(m_error);
    layout->addStretch(1);

    connect(m_min, &QDoubleSpinBox::valueChanged, this, &DomainEditor::onEdited);
    connect(m_max, &QDoubleSpinBox::valueChanged, this, &DomainEditor::onEdited);
    connect(m_samples, &QSpinBox::valueChanged, this, &DomainEditor::onEdited);
    connect(m_dtypeCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_document)
            m_document->setDType(static_cast<Core::DType>(m_dtypeCombo->currentData().toInt()));
    });
    setEnabled(false);
}

void DomainEditor::setDocument(Model::ExplorerDocument* document)
{
    if (m_document)
        m_document->disconnectView(this);
    m_document = document;
    setEnabled(document != nullptr);
    if (!document)
        return;
    connect(document, &Model::ExplorerDocument::domainChanged, this, &DomainEditor::showDomain);
    connect(document, &Model::ExplorerDocument::dtypeChanged, this, &DomainEditor::showDType);
    connect(document, &Model::ExplorerDocument::limitsChanged, this, &DomainEditor::showLimits);
    showDomain();
    showDType();
}

Core::Domain DomainEditor::domain() const { return m_document ? m_document->domain() : Core::Domain{}; }

Core::DType DomainEditor::dtype() const { return m_document ? m_document->dtype() : Core::DType::Float64; }

void DomainEditor::showDomain()
{
    const Core::Domain domain = m_document->domain();
    const QSignalBlocker a(m_min), b(m_max), c(m_samples);
    m_min->setValue(domain.min);
    m_max->setValue(domain.max);
    m_samples->setMaximum(static_cast<int>(std::max(m_document->maxSamples(), domain.samples)));
    m_samples->setValue(static_cast<int>(domain.samples));
    m_error->setMessage({});
}

void DomainEditor::showDType()
{
    const QSignalBlocker block(m_dtypeCombo);
    m_dtypeCombo->setCurrentIndex(m_dtypeCombo->findData(static_cast<int>(m_document->dtype())));
}

// The samples field goes as far as the curves may share Core::kMaxTotalSamples.
void DomainEditor::showLimits()
{
    const QSignalBlocker block(m_samples);
    m_samples->setMaximum(static_cast<int>(std::max(m_document->maxSamples(), m_document->domain().samples)));
}

QString DomainEditor::error() const { return m_error->text(); }

void DomainEditor::onEdited()
{
    if (!m_document)
        return;
    const Core::Domain d{m_min->value(), m_max->value(), static_cast<std::size_t>(m_samples->value())};
    try {
        Core::validate(d);
    } catch (const Core::InputError& e) {
        m_error->setMessage(QString::fromUtf8(e.what()));
        return;
    }
    m_error->setMessage({});
    m_document->setDomain(d);
}

} // namespace Widgets
