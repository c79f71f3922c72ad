// SPDX-License-Identifier: MIT
#include "domaineditor.h"

#include "numberspinbox.h"
#include "qtext.h"
#include "themepalette.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>

namespace Widgets {

namespace {
}

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

    setDomain(m_domain);
    connect(m_min, &QDoubleSpinBox::valueChanged, this, &DomainEditor::onEdited);
    connect(m_max, &QDoubleSpinBox::valueChanged, this, &DomainEditor::onEdited);
    connect(m_samples, &QSpinBox::valueChanged, this, &DomainEditor::onEdited);
    connect(m_dtypeCombo, &QComboBox::currentIndexChanged, this, [this] {
        const auto d = static_cast<Core::DType>(m_dtypeCombo->currentData().toInt());
        if (d == m_dtype)
            return;
        m_dtype = d;
        emit dtypeChanged(d);
    });
}

void DomainEditor::setDomain(const Core::Domain& domain)
{
    m_domain = domain;
    const QSignalBlocker a(m_min), b(m_max), c(m_samples);
    m_min->setValue(domain.min);
    m_max->setValue(domain.max);
    // A domain set from outside (a session) is valid as it is: the limit follows it.
    m_samples->setMaximum(std::max(m_samples->maximum(), static_cast<int>(domain.samples)));
    m_samples->setValue(static_cast<int>(domain.samples));
    m_error->setMessage({});
}

void DomainEditor::setDType(Core::DType dtype)
{
    m_dtype = dtype;
    const QSignalBlocker block(m_dtypeCombo);
    m_dtypeCombo->setCurrentIndex(m_dtypeCombo->findData(static_cast<int>(dtype)));
}

QString DomainEditor::error() const { return m_error->text(); }

void DomainEditor::setMaximumSamples(std::size_t samples)
{
    m_samples->setMaximum(static_cast<int>(std::clamp(samples, Core::kMinSamples, Core::kMaxSamples)));
}

void DomainEditor::onEdited()
{
    Core::Domain d{m_min->value(), m_max->value(), static_cast<std::size_t>(m_samples->value())};
    try {
        Core::validate(d);
    } catch (const Core::InputError& e) {
        m_error->setMessage(QString::fromUtf8(e.what()));
        return;
    }
    m_error->setMessage({});
    if (d.min == m_domain.min && d.max == m_domain.max && d.samples == m_domain.samples)
        return;
    m_domain = d;
    emit domainChanged(d);
}

} // namespace Widgets
