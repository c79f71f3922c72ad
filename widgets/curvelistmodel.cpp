// SPDX-License-Identifier: MIT
#include "curvelistmodel.h"

#include "qtext.h"

#include "aex/core/numberformat.h"

#include <algorithm>

namespace Widgets {

CurveListModel::CurveListModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

int CurveListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant CurveListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: return e.curve.name;
    case Qt::DecorationRole: return e.curve.color;
    case Qt::CheckStateRole: return e.curve.visible ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        return tr("%1 (%2)\nDouble-click the colour to change it, the name to rename.")
            .arg(Model::toQString(e.curve.activation.spec().api),
                Model::toQString(Core::frameworkTitle(e.curve.activation.framework())));
    case AutoNamedRole: return e.autoNamed;
    case FunctionRole: return Model::toQString(e.curve.activation.function().name);
    case FrameworkRole: return Model::toQString(Core::frameworkName(e.curve.activation.framework()));
    default: return {};
    }
}

bool CurveListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    switch (role) {
    case Qt::EditRole: setName(index.row(), value.toString()); return true;
    case Qt::DecorationRole: setColor(index.row(), value.value<QColor>()); return true;
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

QList<Curve> CurveListModel::curves() const
{
    QList<Curve> result;
    result.reserve(m_entries.size());
    for (const Entry& e : m_entries)
        result.append(e.curve);
    return result;
}

void CurveListModel::setCurves(const QList<Curve>& curves, const QList<bool>& autoNamed)
{
    beginResetModel();
    m_entries.clear();
    for (qsizetype i = 0; i < curves.size(); ++i) {
        Entry e{curves[i], i < autoNamed.size() ? autoNamed[i] : curves[i].name.isEmpty()};
        if (e.autoNamed || e.curve.name.isEmpty()) {
            e.autoNamed = true;
            e.curve.name = autoName(e.curve.activation);
        }
        m_entries.append(e);
    }
    endResetModel();
}

int CurveListModel::insertCurve(const Curve& curve, int row)
{
    if (row < 0 || row > m_entries.size())
        row = static_cast<int>(m_entries.size());
    Entry e{curve, curve.name.isEmpty()};
    if (e.autoNamed)
        e.curve.name = autoName(curve.activation);
    beginInsertRows({}, row, row);
    m_entries.insert(row, e);
    endInsertRows();
    return row;
}

void CurveListModel::removeCurve(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
}

void CurveListModel::clear() { setCurves({}); }

void CurveListModel::setActivation(int row, const Core::Activation& activation)
{
    if (row < 0 || row >= m_entries.size())
        return;
    Entry& e = m_entries[row];
    e.curve.activation = activation;
    QList<int> roles{FunctionRole, FrameworkRole, Qt::ToolTipRole};
    if (e.autoNamed) {
        const QString name = autoName(activation);
        if (name != e.curve.name) {
            e.curve.name = name;
            roles << Qt::DisplayRole << Qt::EditRole;
        }
    }
    changed(row, roles);
}

void CurveListModel::setName(int row, const QString& name)
{
    if (row < 0 || row >= m_entries.size())
        return;
    Entry& e = m_entries[row];
    const QString trimmed = name.trimmed();
    // Confirming the automatic name unchanged (F2, Enter) keeps it automatic.
    const bool autoNamed = trimmed.isEmpty() || (e.autoNamed && trimmed == e.curve.name);
    const QString newName = autoNamed ? autoName(e.curve.activation) : trimmed;
    if (newName == e.curve.name && autoNamed == e.autoNamed)
        return;
    e.autoNamed = autoNamed;
    e.curve.name = newName;
    changed(row, {Qt::DisplayRole, Qt::EditRole, AutoNamedRole});
}

void CurveListModel::setColor(int row, const QColor& color)
{
    if (row < 0 || row >= m_entries.size() || !color.isValid() || m_entries[row].curve.color == color)
        return;
    m_entries[row].curve.color = color;
    changed(row, {Qt::DecorationRole});
}

void CurveListModel::setCurveVisible(int row, bool visible)
{
    if (row < 0 || row >= m_entries.size() || m_entries[row].curve.visible == visible)
        return;
    m_entries[row].curve.visible = visible;
    changed(row, {Qt::CheckStateRole});
}

QColor CurveListModel::nextColor() const
{
    for (qsizetype i = 0; i < 7; ++i) {
        const QColor candidate = defaultCurveColor(i);
        const bool used = std::any_of(
            m_entries.begin(), m_entries.end(), [&](const Entry& e) { return e.curve.color == candidate; });
        if (!used)
            return candidate;
    }
    return defaultCurveColor(m_entries.size());
}

QString CurveListModel::autoName(const Core::Activation& activation)
{
    const Core::FunctionSpec& function = activation.function();
    const Core::FrameworkSpec& spec = activation.spec();
    const Core::ParamValues& p = activation.params();
    QStringList params;
    for (const std::size_t i : activation.availableParams()) {
        const Core::FrameworkParam& fp = spec.params[i];
        const bool atDefault
            = p.none[i] ? fp.defaultIsNone : (!fp.defaultIsNone && fp.defaultValue && *fp.defaultValue == p.value[i]);
        if (atDefault)
            continue;
        QString value;
        if (p.none[i])
            value = QStringLiteral("None");
        else if (function.params[i].kind == Core::ParamKind::Boolean)
            value = p.value[i] != 0 ? QStringLiteral("true") : QStringLiteral("false");
        else
            value = QString::fromStdString(Core::formatNumber(p.value[i]));
        params << Model::toQString(function.params[i].name) + QLatin1Char('=') + value;
    }
    QString name
        = Model::toQString(function.title) + QStringLiteral(" · ") + Model::toQString(Core::frameworkName(activation.framework()));
    if (!params.isEmpty())
        name += QStringLiteral(" · ") + params.join(QStringLiteral(", "));
    return name;
}

void CurveListModel::changed(int row, const QList<int>& roles)
{
    const QModelIndex i = index(row);
    emit dataChanged(i, i, roles);
    emit curveChanged(row);
}

} // namespace Widgets
