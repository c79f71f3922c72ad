// SPDX-License-Identifier: MIT
#pragma once

#include "aex/core/activation.h"

#include <QWidget>

class QColorDialog;
class QListView;
class QToolButton;

namespace Widgets {

class CurveListModel;

// The list of curves with their colour swatch, visibility check box and editable name, and
// buttons to add, duplicate and remove curves and to pick a colour. Double-clicking a swatch opens
// a colour dialog; double-clicking a name (or F2) renames the curve.
class CurveList : public QWidget {
    Q_OBJECT
public:
    explicit CurveList(CurveListModel* model, QWidget* parent = nullptr);

    CurveListModel* model() const { return m_model; }
    QListView* view() const { return m_view; }
    int currentRow() const;
    void setCurrentRow(int row);

    // What "add" creates (its function and framework with their defaults).
    void setNewCurveTemplate(const Core::Activation& activation);

public slots:
    // Why no curve may be added now ("At most 64 curves"), or empty: Add and Duplicate follow it.
    void setAddLimit(const QString& reason);
    // -1 while setAddLimit() holds a reason.
    int addCurve();
    int duplicateCurve();
    void removeCurve();
    void chooseColor(int row = -1);

signals:
    void currentRowChanged(int row);

private:
    void updateButtons();
    QString m_addLimit;

    CurveListModel* m_model;
    QListView* m_view;
    QToolButton* m_add;
    QToolButton* m_duplicate;
    QToolButton* m_remove;
    QToolButton* m_color;
    Core::Activation m_template;
};

} // namespace Widgets
