// SPDX-License-Identifier: MIT
#pragma once

#include "aex/core/activation.h"

#include <QWidget>

class QColorDialog;
class QListView;
class QMenu;
class QToolButton;

namespace Model {
class ExplorerDocument;
}

namespace Widgets {

// The document's curves with their colour swatch, visibility check box and editable name, and
// buttons to add, duplicate and remove curves and to pick a colour. The current row is the
// document's selection. Double-clicking a swatch opens a colour dialog; double-clicking a name (or
// F2) renames the curve. Add creates the selected curve's function and framework at their
// defaults; Add and Duplicate follow the document's addLimit().
class CurveList : public QWidget {
    Q_OBJECT
public:
    explicit CurveList(QWidget* parent = nullptr);

    void setDocument(Model::ExplorerDocument* document);
    QListView* view() const { return m_view; }
    // The rows selected in the list (Ctrl+click adds one), in ascending order; the current one is
    // the document's selection.
    QList<int> selectedRows() const;

public slots:
    // The new curve's row, or -1 when the document's limits say no.
    int addCurve();
    int duplicateCurve();
    void removeCurve();
    void chooseColor(int row = -1);

signals:
    // The user's selection became exactly two curves: a pair to compare.
    void pairSelected(int first, int second);

private:
    void updateButtons();
    QMenu* buildLineMenu();
    void showSelection();

    Model::ExplorerDocument* m_document = nullptr;
    QListView* m_view;
    QToolButton* m_add;
    QToolButton* m_duplicate;
    QToolButton* m_remove;
    QToolButton* m_color;
    Core::Activation m_template;
    // While rows go, the view moves its current row on its own; the document picks the next
    // selection (ExplorerDocument::removeCurve), and the view follows that.
    bool m_removingRows = false;
};

} // namespace Widgets
