// SPDX-License-Identifier: MIT
#pragma once

#include "curvelistmodel.h"
#include "session.h"

#include <QObject>
#include <QPersistentModelIndex>

#include <array>
#include <functional>

namespace Model {

// The explorer's whole state, with one owner: the curves (a CurveListModel), which one is
// selected, the domain, the dtype, the theme, the panels, the view ranges, the values-table
// input and the distribution lens. Views bind to it (setDocument) and hold at most a persistent index, never a copy: an
// editor writes through a setter, and every view that shows the thing follows its signal.
//
// assign() replaces the whole state: a session file, the settings and the examples all come in
// through it, so they cannot differ in how they apply a view. snapshot() is its inverse and what
// a session file and the settings store.
//
// The document also keeps its own limits: at most Core::kMaxCurves curves and
// Core::kMaxTotalSamples points (curves × samples), so it never holds a state that a session file
// could not hold or a figure could not draw.
class ExplorerDocument : public QObject {
    Q_OBJECT
public:
    explicit ExplorerDocument(QObject* parent = nullptr);

    CurveListModel* curveModel() const { return m_curves; }
    const QList<Curve>& curves() const { return m_curves->curves(); }
    int curveCount() const { return m_curves->rowCount(); }
    const Curve& curve(int row) const { return m_curves->curve(row); }

    // The curve the editors, the values table, the formula and the crosshair follow; -1: none.
    int selected() const;
    QPersistentModelIndex selectedIndex() const { return m_selected; }
    void select(int row);

    Core::Domain domain() const { return m_domain; }
    // A new domain is shown whole (the view follows it again). An invalid domain, or one whose
    // samples take the curves past Core::kMaxTotalSamples, is refused: false.
    bool setDomain(const Core::Domain& domain);
    Core::DType dtype() const { return m_dtype; }
    void setDType(Core::DType dtype);
    Theme theme() const { return m_theme; }
    void setTheme(Theme theme);
    Panels panels() const { return m_panels; }
    void setPanels(Panels panels);
    LegendPlace legend() const { return m_legend; }
    void setLegend(LegendPlace place);
    ViewRanges view() const { return m_view; }
    void setView(const ViewRanges& view);
    void resetView() { setView({}); }
    QString valuesInput() const { return m_valuesInput; }
    void setValuesInput(const QString& text);
    // The distribution lens: its input, whether the plot shows it, and the Depth view's network.
    const Lens& lens() const { return m_lens; }
    void setLens(const Lens& lens);

    // The learning lab's run: task, network, optimiser, batch, seed, and whether its view is open.
    const Lab& lab() const { return m_lab; }
    void setLab(const Lab& lab);

    // The two curves the Compare view compares, as rows; empty when it compares nothing (or one of
    // them was removed).
    QList<int> compared() const;
    // Refused (false) unless both rows exist and differ.
    bool setCompared(int first, int second);
    void clearCompared();

    // Why no curve may be added now ("At most 64 curves: remove one first"), or empty.
    QString addLimit() const;
    // The most samples the domain may have with the current curves.
    std::size_t maxSamples() const;
    // A new curve with this function and framework at their defaults, after the others; its row,
    // or -1 when addLimit() says no. It becomes the selected curve.
    int addCurve(const Core::Activation& activation);
    // A copy of the curve after it, in the next colour; its row, or -1. It becomes the selected one.
    int duplicateCurve(int row);
    // The next curve (or the last) becomes the selected one.
    void removeCurve(int row);
    void setActivation(int row, const Core::Activation& activation) { m_curves->setActivation(row, activation); }

    // Cuts every connection from the document and its curve model to `view`: a view that binds
    // to another document calls it first.
    void disconnectView(QObject* view) const;

    Session snapshot() const;
    // Replaces the whole state. A session's selection is clamped to its curves; an empty values
    // input keeps the current one.
    void assign(const Session& session);

signals:
    void selectionChanged(int row);
    void domainChanged(const Core::Domain& domain);
    void dtypeChanged(Core::DType dtype);
    void themeChanged(Model::Theme theme);
    void panelsChanged(Model::Panels panels);
    void legendChanged(Model::LegendPlace place);
    void viewChanged(const Model::ViewRanges& view);
    void valuesInputChanged(const QString& text);
    void lensChanged(const Model::Lens& lens);
    void comparedChanged();
    void labChanged(const Model::Lab& lab);
    // addLimit() or maxSamples() may have changed.
    void limitsChanged();
    // Something a session file records was edited (never emitted by assign()).
    void modified();
    // assign() replaced the whole state; every other signal has been emitted for it.
    void assigned();

private:
    void edited();
    void onRowsRemoved(int first);

    CurveListModel* m_curves;
    QPersistentModelIndex m_selected;
    Core::Domain m_domain;
    Core::DType m_dtype = Core::DType::Float64;
    Theme m_theme = Theme::Light;
    Panels m_panels = Panels::Both;
    LegendPlace m_legend = LegendPlace::TopLeft;
    ViewRanges m_view;
    QString m_valuesInput = QStringLiteral("-5, -2, 0, 3");
    Lens m_lens;
    Lab m_lab;
    std::array<QPersistentModelIndex, 2> m_compared;
    bool m_comparing = false; // set, whether or not both curves are still there
    int m_assigning = 0;
};

// Calls `other` when another curve becomes the selected one or the dtype changes (what it
// computes changes), and `edited` when the selected curve itself is edited. The connections
// belong to `receiver`.
void followSelectedCurve(const ExplorerDocument* document, QObject* receiver, const std::function<void()>& other,
    const std::function<void()>& edited);

} // namespace Model
