// SPDX-License-Identifier: MIT
#pragma once

#include "aex/core/sampling.h"

#include <QWidget>

class QComboBox;
class QSpinBox;

namespace Widgets {

class MessageLabel;
class NumberSpinBox;

// The sampled domain and the precision: "xMinSpin", "xMaxSpin", "samplesSpin", "dtypeCombo".
// An invalid domain (min ≥ max) shows Core::validate's message in "domainError" and is not
// emitted; the last valid domain stays in effect.
class DomainEditor : public QWidget {
    Q_OBJECT
public:
    explicit DomainEditor(QWidget* parent = nullptr);

    Core::Domain domain() const { return m_domain; }
    Core::DType dtype() const { return m_dtype; }
    void setDomain(const Core::Domain& domain); // no signal
    void setDType(Core::DType dtype);           // no signal
    // The most samples the field accepts (Core::kMaxTotalSamples shared by the curves); a larger
    // current value is lowered, with domainChanged().
    void setMaximumSamples(std::size_t samples);
    QString error() const;

signals:
    void domainChanged(const Core::Domain& domain);
    void dtypeChanged(Core::DType dtype);

private:
    void onEdited();

    Core::Domain m_domain;
    Core::DType m_dtype = Core::DType::Float64;
    NumberSpinBox* m_min;
    NumberSpinBox* m_max;
    QSpinBox* m_samples;
    QComboBox* m_dtypeCombo;
    MessageLabel* m_error;
};

} // namespace Widgets
