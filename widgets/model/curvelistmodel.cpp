// SPDX-License-Identifier: MIT
#include "curvelistmodel.h"

#include "qtext.h"

#include <algorithm>

namespace Model {

CurveListModel::CurveListModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

int CurveListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_curves.size());
}

QVariant CurveListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Curve& c = m_curves.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: return c.name;
    case ColorRole: return c.color;
    case LineStyleRole: return static_cast<int>(c.line);
    case Qt::CheckStateRole: return c.visible ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        return tr("%1 (%2)\nDouble-click the colour to change it, the name to rename.")
            .arg(toQString(c.activation.spec().api), toQString(Core::frameworkTitle(c.activation.framework())));
    case AutoNamedRole: return c.autoNamed;
    case FunctionRole: return toQString(c.activation.function().name);
    case FrameworkRole: return toQString(Core::frameworkName(c.activation.framework()));
    default: return {};
    }
}

bool CurveListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    switch (role) {
    case Qt::EditRole: setName(index.row(), value.toString()); return true;
    case ColorRole: setColor(index.row(), value.value<Rgba>()); return true;
    case Qt::CheckStateRole: setCurveVisible(index.row(), value.toInt() == Qt::Checked); return true;
    default: return false;
    }
}

Qt::ItemFlags CurveListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsUserCheckable
        | Qt::ItemNeverHasChildren;
}

void CurveListModel::setCurves(const QList<Curve>& curves)
{
    beginResetModel();
    m_curves = curves;
    nameAutomatically(m_curves);
    endResetModel();
}

int CurveListModel::insertCurve(const Curve& curve, int row)
{
    if (row < 0 || row > m_curves.size())
        row = static_cast<int>(m_curves.size());
    Curve c = curve;
    c.autoNamed = c.autoNamed || c.name.trimmed().isEmpty();
    QList<Curve> after = m_curves;
    after.insert(row, c);
    nameAutomatically(after);
    beginInsertRows({}, row, row);
    m_curves.insert(row, after[row]);
    endInsertRows();
    refreshAutoNames();
    return row;
}

void CurveListModel::removeCurve(int row)
{
    if (row < 0 || row >= m_curves.size())
        return;
    beginRemoveRows({}, row, row);
    m_curves.removeAt(row);
    endRemoveRows();
    refreshAutoNames();
}

void CurveListModel::setActivation(int row, const Core::Activation& activation)
{
    if (row < 0 || row >= m_curves.size())
        return;
    Curve& c = m_curves[row];
    if (c.activation == activation)
        return;
    c.activation = activation;
    QList<int> roles{FunctionRole, FrameworkRole, Qt::ToolTipRole};
    if (c.autoNamed) {
        QList<Curve> renamed = m_curves;
        nameAutomatically(renamed);
        if (renamed[row].name != c.name) {
            c.name = renamed[row].name;
            roles << Qt::DisplayRole << Qt::EditRole;
        }
    }
    changed(row, roles);
    refreshAutoNames(); // a "(2)" below may be free now
}

void CurveListModel::setName(int row, const QString& name)
{
    if (row < 0 || row >= m_curves.size())
        return;
    Curve& c = m_curves[row];
    const QString trimmed = name.trimmed();
    // Confirming the automatic name unchanged (F2, Enter) keeps it automatic.
    const bool automatic = trimmed.isEmpty() || (c.autoNamed && trimmed == c.name);
    QList<Curve> renamed = m_curves;
    renamed[row].autoNamed = automatic;
    renamed[row].name = trimmed;
    nameAutomatically(renamed);
    if (renamed[row].name == c.name && automatic == c.autoNamed)
        return;
    c.autoNamed = automatic;
    c.name = renamed[row].name;
    changed(row, {Qt::DisplayRole, Qt::EditRole, AutoNamedRole});
    refreshAutoNames();
}

void CurveListModel::setColor(int row, Rgba color)
{
    if (row < 0 || row >= m_curves.size() || m_curves[row].color == color)
        return;
    m_curves[row].color = color;
    changed(row, {ColorRole});
}

void CurveListModel::setCurveVisible(int row, bool visible)
{
    if (row < 0 || row >= m_curves.size() || m_curves[row].visible == visible)
        return;
    m_curves[row].visible = visible;
    changed(row, {Qt::CheckStateRole});
}

void CurveListModel::setLine(int row, LineStyle style, double width)
{
    if (row < 0 || row >= m_curves.size() || (width != 0 && !(width >= kMinLineWidth && width <= kMaxLineWidth)))
        return;
    Curve& c = m_curves[row];
    if (c.line == style && c.width == width)
        return;
    c.line = style;
    c.width = width;
    changed(row, {});
}

Rgba CurveListModel::nextColor() const
{
    for (qsizetype i = 0; i < 7; ++i) {
        const Rgba candidate = defaultCurveColor(i);
        if (std::none_of(m_curves.begin(), m_curves.end(), [&](const Curve& c) { return c.color == candidate; }))
            return candidate;
    }
    return defaultCurveColor(m_curves.size());
}

void CurveListModel::refreshAutoNames()
{
    QList<Curve> renamed = m_curves;
    nameAutomatically(renamed);
    for (qsizetype row = 0; row < m_curves.size(); ++row)
        if (renamed[row].name != m_curves[row].name) {
            m_curves[row].name = renamed[row].name;
            changed(int(row), {Qt::DisplayRole, Qt::EditRole});
        }
}

void CurveListModel::changed(int row, const QList<int>& roles)
{
    const QModelIndex i = index(row);
    emit dataChanged(i, i, roles);
    emit curveChanged(row);
}

} // namespace Model
