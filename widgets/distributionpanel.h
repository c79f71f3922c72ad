// SPDX-License-Identifier: MIT
#pragma once

#include "lens.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace Model {
class ExplorerDocument;
}

namespace Widgets {

class MessageLabel;
class NumberSpinBox;
class ParameterEditor;

// Edits the document's distribution lens: the input distribution (its parameters get the same
// editors as an activation's, built from Core::distributionParams), numbers loaded from a file,
// whether the plot shows the lens, and the Depth view's layers and initialisation.
// Child objectNames: "lensShownCheck", "lensKindCombo", "<param>Slider"/"<param>SpinBox" (the
// ParameterEditor's), "lensLoadButton", "lensSource", "lensError", "lensDepthSpin",
// "lensInitCombo", "lensSigmaWSpin", "lensSigmaBSpin".
class DistributionPanel : public QWidget {
    Q_OBJECT
public:
    explicit DistributionPanel(QWidget* parent = nullptr);

    void setDocument(Model::ExplorerDocument* document);
    QList<ParameterEditor*> editors() const { return m_editors; }

    // Reads numbers from a text or CSV file into the lens (one number per line, or one column);
    // false with the reason shown when the file is refused.
    bool loadNumbers(const QString& path);

signals:
    // The user asked for a file to load (the window owns the file dialog).
    void loadRequested();

private:
    void showLens(const Model::Lens& lens);
    void rebuildEditors(Core::DistributionKind kind);
    void onKindChosen(int index);
    void onParamEdited(std::size_t index, double value);
    void onInitChosen();
    void apply(const Model::Lens& lens);
    void showError(const QString& text);

    Model::ExplorerDocument* m_document = nullptr;
    Core::DistributionKind m_editorsKind = Core::DistributionKind::Empirical; // what m_editors edit
    QCheckBox* m_shown = nullptr;
    QComboBox* m_kind = nullptr;
    QVBoxLayout* m_editorLayout = nullptr;
    QList<ParameterEditor*> m_editors;
    QPushButton* m_load = nullptr;
    QLabel* m_source = nullptr;
    MessageLabel* m_error = nullptr;
    QSpinBox* m_depth = nullptr;
    QComboBox* m_init = nullptr;
    NumberSpinBox* m_sigmaW = nullptr;
    NumberSpinBox* m_sigmaB = nullptr;
    Core::Distribution m_lastAnalytic[3]; // each kind's last parameters, restored when chosen again
};

} // namespace Widgets
