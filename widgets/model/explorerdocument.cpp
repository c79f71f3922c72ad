// SPDX-License-Identifier: MIT
#include "explorerdocument.h"

#include <QScopedValueRollback>

#include <algorithm>
#include <utility>

namespace Model {

ExplorerDocument::ExplorerDocument(QObject* parent)
    : QObject(parent)
    , m_curves(new CurveListModel(this))
{
    connect(m_curves, &CurveListModel::curveChanged, this, &ExplorerDocument::edited);
    connect(m_curves, &QAbstractItemModel::rowsInserted, this, [this] {
        edited();
        emit limitsChanged();
    });
    connect(m_curves, &QAbstractItemModel::rowsRemoved, this,
        [this](const QModelIndex&, int first, int) { onRowsRemoved(first); });
    connect(m_curves, &QAbstractItemModel::modelReset, this, &ExplorerDocument::limitsChanged);
}

void ExplorerDocument::edited()
{
    if (m_assigning == 0)
        emit modified();
}

void ExplorerDocument::onRowsRemoved(int first)
{
    edited();
    emit limitsChanged();
    if (m_comparing && compared().isEmpty())
        clearCompared(); // one of the compared curves went
    // The selected curve was removed: the one that took its place is selected.
    if (!m_selected.isValid() && curveCount() > 0)
        select(std::min(first, curveCount() - 1));
    else if (!m_selected.isValid())
        emit selectionChanged(-1);
}

int ExplorerDocument::selected() const { return m_selected.isValid() ? m_selected.row() : -1; }

void ExplorerDocument::select(int row)
{
    const QModelIndex index = row >= 0 && row < curveCount() ? m_curves->index(row) : QModelIndex();
    if (QModelIndex(m_selected) == index)
        return;
    m_selected = index;
    emit selectionChanged(selected());
}

bool ExplorerDocument::setDomain(const Core::Domain& domain)
{
    try {
        Core::validate(domain);
    } catch (const Core::InputError&) {
        return false;
    }
    if (!Core::workProblem(static_cast<std::size_t>(curveCount()), domain.samples).empty())
        return false;
    const bool same = domain.min == m_domain.min && domain.max == m_domain.max && domain.samples == m_domain.samples;
    if (!same) {
        m_domain = domain;
        emit domainChanged(m_domain);
        emit limitsChanged();
        edited();
    }
    setView({});
    return true;
}

void ExplorerDocument::setDType(Core::DType dtype)
{
    if (dtype == m_dtype)
        return;
    m_dtype = dtype;
    emit dtypeChanged(dtype);
    edited();
}

void ExplorerDocument::setTheme(Theme theme)
{
    if (theme == m_theme)
        return;
    m_theme = theme;
    emit themeChanged(theme);
    edited();
}

void ExplorerDocument::setPanels(Panels panels)
{
    if (panels == m_panels)
        return;
    m_panels = panels;
    emit panelsChanged(panels);
    edited();
}

void ExplorerDocument::setLegend(LegendPlace place)
{
    if (place == m_legend)
        return;
    m_legend = place;
    emit legendChanged(place);
    edited();
}

void ExplorerDocument::setLens(const Lens& lens)
{
    if (lens == m_lens)
        return;
    m_lens = lens;
    emit lensChanged(m_lens);
    edited();
}

void ExplorerDocument::setView(const ViewRanges& view)
{
    if (view == m_view)
        return;
    m_view = view;
    emit viewChanged(view);
    edited();
}

void ExplorerDocument::setValuesInput(const QString& text)
{
    if (text == m_valuesInput)
        return;
    m_valuesInput = text;
    emit valuesInputChanged(text);
    edited();
}

QString ExplorerDocument::addLimit() const
{
    const auto curves = static_cast<std::size_t>(curveCount());
    if (curves >= Core::kMaxCurves)
        return tr("At most %1 curves: remove one first").arg(Core::kMaxCurves);
    if (!Core::workProblem(curves + 1, m_domain.samples).empty())
        return tr("%1 curves at %2 samples would be more than %3 points: lower the samples first")
            .arg(curves + 1)
            .arg(m_domain.samples)
            .arg(Core::kMaxTotalSamples);
    return {};
}

std::size_t ExplorerDocument::maxSamples() const
{
    return std::min(Core::kMaxSamples, Core::kMaxTotalSamples / std::max<std::size_t>(std::size_t(curveCount()), 1));
}

int ExplorerDocument::addCurve(const Core::Activation& activation)
{
    if (!addLimit().isEmpty())
        return -1;
    const Core::Activation fresh = Core::Activation::withDefaults(activation.function(), activation.framework());
    const int row = m_curves->insertCurve(makeCurve(fresh, m_curves->nextColor()));
    select(row);
    return row;
}

int ExplorerDocument::duplicateCurve(int row)
{
    if (row < 0 || row >= curveCount() || !addLimit().isEmpty())
        return -1;
    Curve copy = curve(row);
    copy.color = m_curves->nextColor();
    copy.visible = true;
    if (!copy.autoNamed)
        copy.name = tr("%1 (copy)").arg(copy.name);
    const int inserted = m_curves->insertCurve(copy, row + 1);
    select(inserted);
    return inserted;
}

void ExplorerDocument::removeCurve(int row) { m_curves->removeCurve(row); }

void ExplorerDocument::setLab(const Lab& lab)
{
    if (lab == m_lab)
        return;
    m_lab = lab;
    emit labChanged(m_lab);
    edited();
}

QList<int> ExplorerDocument::compared() const
{
    if (!m_compared[0].isValid() || !m_compared[1].isValid())
        return {};
    return {m_compared[0].row(), m_compared[1].row()};
}

bool ExplorerDocument::setCompared(int first, int second)
{
    if (first == second || first < 0 || second < 0 || first >= curveCount() || second >= curveCount())
        return false;
    if (compared() == QList<int>{first, second})
        return true;
    m_compared = {QPersistentModelIndex(m_curves->index(first)), QPersistentModelIndex(m_curves->index(second))};
    m_comparing = true;
    edited();
    emit comparedChanged();
    return true;
}

void ExplorerDocument::clearCompared()
{
    m_compared = {};
    if (std::exchange(m_comparing, false)) {
        edited();
        emit comparedChanged();
    }
}

Session ExplorerDocument::snapshot() const
{
    Session s;
    s.curves = curves();
    s.selected = selected();
    s.domain = m_domain;
    s.dtype = m_dtype;
    s.view = m_view;
    s.theme = m_theme;
    s.panels = m_panels;
    s.legend = m_legend;
    s.valuesInput = m_valuesInput;
    s.lens = m_lens;
    s.compare = compared();
    s.lab = m_lab;
    return s;
}

void ExplorerDocument::assign(const Session& session)
{
    {
        const QScopedValueRollback guard(m_assigning, m_assigning + 1);
        // The domain first: the curves are sampled over it as soon as they arrive.
        if (!setDomain(session.domain)) {
            m_curves->setCurves({}); // a valid session never gets here; its domain then fits no curves
            setDomain(session.domain);
        }
        setDType(session.dtype);
        setTheme(session.theme);
        setPanels(session.panels);
        setLegend(session.legend);
        // A session without a values list (one made of --curve specs) keeps the current one rather
        // than showing an empty-list error.
        if (!session.valuesInput.trimmed().isEmpty())
            setValuesInput(session.valuesInput);
        setLens(session.lens);
        setLab(session.lab);
        m_curves->setCurves(session.curves);
        // The rows were replaced, so the selection is new even when its number is the same.
        m_selected = QPersistentModelIndex();
        if (session.curves.isEmpty())
            emit selectionChanged(-1);
        else
            select(std::clamp(session.selected, 0, int(session.curves.size()) - 1));
        setView(session.view);
        m_compared = {};
        m_comparing = false;
        if (session.compare.size() != 2 || !setCompared(session.compare[0], session.compare[1]))
            emit comparedChanged();
        emit limitsChanged();
    }
    emit assigned();
}

void ExplorerDocument::disconnectView(QObject* view) const
{
    disconnect(this, nullptr, view, nullptr);
    disconnect(m_curves, nullptr, view, nullptr);
}

void followSelectedCurve(const ExplorerDocument* document, QObject* receiver, const std::function<void()>& other,
    const std::function<void()>& edited)
{
    QObject::connect(document, &ExplorerDocument::selectionChanged, receiver, other);
    QObject::connect(document, &ExplorerDocument::dtypeChanged, receiver, other);
    QObject::connect(document->curveModel(), &CurveListModel::curveChanged, receiver, [document, edited](int row) {
        if (row == document->selected())
            edited();
    });
}

} // namespace Model
