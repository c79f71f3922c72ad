// SPDX-License-Identifier: MIT
#pragma once

#include "aex/core/activation.h"

#include <QWidget>

#include <optional>

class QTextBrowser;

namespace Model {
class ExplorerDocument;
}

namespace Widgets {

class RefreshThrottle;

// The selected curve as a formula: its framework call, the piecewise definition of f and f′ at the
// current parameter values (Core::describe), its properties (Core::properties, Core::breakpoints)
// and the framework notes that matter at these values. Nothing here is written per function.
class FormulaPanel : public QWidget {
    Q_OBJECT
public:
    explicit FormulaPanel(QWidget* parent = nullptr);

    // Shows the document's selected curve in its dtype from now on.
    void setDocument(Model::ExplorerDocument* document);
    QString html() const;
    QString plainText() const;

    // "keras.layers.ReLU(max_value=None, negative_slope=0.5, threshold=0.0)"
    static QString callSignature(const Core::Activation& activation);

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();
    void showHtml(const QString& html, const QString& subject);

    Model::ExplorerDocument* m_document = nullptr;
    RefreshThrottle* m_refresh = nullptr;
    QTextBrowser* m_view;
    bool m_rendering = false;
    QString m_subject; // of the text shown (showHtml)
};

} // namespace Widgets
