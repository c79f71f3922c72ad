// SPDX-License-Identifier: MIT
#pragma once

#include "curve.h"

#include <QAbstractListModel>

namespace Widgets {

// The curves on screen. Display/Edit role: the name; Decoration: the colour; CheckState:
// visibility. A curve is auto-named from its function, framework and non-default parameters
// ("ReLU · keras · negative_slope=0.5") until the user renames it; an empty name reverts to the
// automatic one.
class CurveListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { AutoNamedRole = Qt::UserRole + 1, FunctionRole, FrameworkRole };

    explicit CurveListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    QList<Curve> curves() const;
    const Curve& curve(int row) const { return m_entries.at(row).curve; }
    bool isAutoNamed(int row) const { return m_entries.at(row).autoNamed; }

    void setCurves(const QList<Curve>& curves, const QList<bool>& autoNamed = {});
    // Inserts at row (-1: at the end); an empty name means auto-named. Returns the row.
    int insertCurve(const Curve& curve, int row = -1);
    void removeCurve(int row);
    void clear();

    void setActivation(int row, const Core::Activation& activation);
    void setName(int row, const QString& name);
    void setColor(int row, const QColor& color);
    void setCurveVisible(int row, bool visible);

    // The colour for a new curve: the first of the default cycle that no curve uses.
    QColor nextColor() const;

    static QString autoName(const Core::Activation& activation);

signals:
    // Any property of one curve changed (also emitted as dataChanged for views).
    void curveChanged(int row);

private:
    struct Entry {
        Curve curve;
        bool autoNamed = true;
    };
    void changed(int row, const QList<int>& roles);
    QList<Entry> m_entries;
};

} // namespace Widgets
