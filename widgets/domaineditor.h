// SPDX-License-Identifier: MIT
#pragma once

#include "aex/core/sampling.h"

#include <QWidget>

class QComboBox;
class QSpinBox;

namespace Model {
class ExplorerDocument;
}

namespace Widgets {

class MessageLabel;
class NumberSpinBox;

// The sampled domain and the precision: "xMinSpin", "xMaxSpin", "samplesSpin", "dtypeCombo".
// An invalid domain (min ≥ max) shows Core::validate's message in "domainError" and does not reach
// the document; the last valid domain stays in effect.
class DomainEditor : public QWidget {
    Q_OBJECT
public:
    explicit DomainEditor(QWidget* parent = nullptr);

    // Shows and edits the document's domain and dtype from now on.
    void setDocument(Model::ExplorerDocument* document);
    Core::Domain domain() const;
    Core::DType dtype() const;
    QString error() const;

private:
    void showDomain();
    void showDType();
    void showLimits();
    void onEdited();

    Model::ExplorerDocument* m_document = nullptr;
    NumberSpinBox* m_min;
    NumberSpinBox* m_max;
    QSpinBox* m_samples;
    QComboBox* m_dtypeCombo;
    MessageLabel* m_error;
};

} // namespace Widgets
