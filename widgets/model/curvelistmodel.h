// SPDX-License-Identifier: MIT
#pragma once

#include "curve.h"

#include <QAbstractListModel>
#include <QList>

namespace Model {

// The curves of a document. Display/Edit role: the name; ColorRole: the colour (Rgba); CheckState:
// visibility. A curve is auto-named from its function, framework and non-default parameters
// ("ReLU · Keras 3 · negative_slope=0.5") until the user renames it; an empty name reverts to the
// automatic one.
class CurveListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { ColorRole = Qt::UserRole + 1, AutoNamedRole, FunctionRole, FrameworkRole, LineStyleRole };

    explicit CurveListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    const QList<Curve>& curves() const { return m_curves; }
    const Curve& curve(int row) const { return m_curves.at(row); }

    void setCurves(const QList<Curve>& curves);
    // Inserts at row (-1: at the end). Returns the row.
    int insertCurve(const Curve& curve, int row = -1);
    void removeCurve(int row);

    void setActivation(int row, const Core::Activation& activation);
    void setName(int row, const QString& name); // empty: the automatic name
    void setColor(int row, Rgba color);
    void setCurveVisible(int row, bool visible);
    // The line's style and width (0: automatic); a width out of range is ignored.
    void setLine(int row, LineStyle style, double width);

    // The colour for a new curve: the first of the default cycle that no curve uses.
    Rgba nextColor() const;

signals:
    // Any property of one curve changed (also emitted as dataChanged for views).
    void curveChanged(int row);

private:
    void changed(int row, const QList<int>& roles);
    // Every automatic name as nameAutomatically() gives it, announcing the ones that changed.
    void refreshAutoNames();
    QList<Curve> m_curves;
};

} // namespace Model
