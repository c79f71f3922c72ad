// SPDX-License-Identifier: MIT
#include "statisticstable.h"

#include "explorerdocument.h"
#include "plotpalette.h"
#include "qtext.h"
#include "refreshthrottle.h"

#include "aex/core/numberformat.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Widgets {

namespace {

// Five significant digits in the cell, every digit in the tooltip.
QTableWidgetItem* numberItem(double value)
{
    auto* item = new QTableWidgetItem(QString::number(value, 'g', 5));
    item->setToolTip(Model::toQString(Core::formatNumber(value)));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// "50.0%", "0.004%"; a share too small to show is "< 0.001%", so that it never reads as none.
constexpr int kMaxNameWidth = 170;

QString percent(double p)
{
    if (p > 0 && p < 1e-5)
        return u"< 0.001%"_s;
    return QString::number(100 * p, 'f', p > 0 && p < 0.001 ? 3 : 1) + u'%';
}

QString bound(double x) { return std::isinf(x) ? (x < 0 ? u"−∞"_s : u"∞"_s) : QString::number(x, 'g', 4); }

} // namespace

StatisticsTable::StatisticsTable(QWidget* parent)
    : QWidget(parent)
{
    m_caption = new QLabel(this);
    m_caption->setObjectName(u"statisticsCaption"_s);
    m_caption->setWordWrap(true);
    m_table = new QTableWidget(0, kColumns, this);
    m_table->setObjectName(u"statisticsTable"_s);
    m_table->setAccessibleName(tr("Statistics"));
    m_table->setAccessibleDescription(tr("Each visible curve's statistics over the input distribution"));
    m_table->setHorizontalHeaderLabels({tr("curve"), tr("dead"), tr("pieces"), tr("E[f]"), tr("Var[f]"), tr("E[f²]"),
        tr("E[f′]"), tr("E[f′²]"), tr("gain"), tr("PyTorch gain")});
    const QStringList tips{tr("The curve"), tr("P(f′(x) = 0): the share of inputs whose gradient is exactly zero"),
        tr("The share of inputs in each piece between the function's breakpoints"), tr("Mean of f(x)"),
        tr("Variance of f(x)"), tr("Second moment of f(x)"), tr("Mean of the gradient f′(x)"),
        tr("Second moment of the gradient: what backpropagation multiplies by"),
        tr("Measured gain √(E[x²] / E[f(x)²]): the weight scale that keeps the variance through a layer"),
        tr("torch.nn.init.calculate_gain for this function, where PyTorch has one")};
    for (int c = 0; c < kColumns; ++c)
        m_table->horizontalHeaderItem(c)->setToolTip(tips[c]);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Interactive);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_caption);
    layout->addWidget(m_table, 1);
    m_throttle = new RefreshThrottle(
        RefreshThrottle::kPanelInterval, [this] { refresh(); }, this);
}

void StatisticsTable::setDocument(Model::ExplorerDocument* document)
{
    if (m_document)
        m_document->disconnectView(this);
    m_document = document;
    if (!m_document)
        return;
    followCurvesAndLens(m_document, m_throttle, this);
    connect(m_document, &Model::ExplorerDocument::themeChanged, this, [this] { m_throttle->request(); });
    m_throttle->flush();
}

void StatisticsTable::refresh()
{
    if (!m_document)
        return;
    const Model::Lens& lens = m_document->lens();
    const Core::DType dtype = m_document->dtype();
    m_caption->setText(tr("Inputs x ~ %1, in %2")
                           .arg(Model::toQString(lens.input.describe()), Model::toQString(Core::dtypeName(dtype))));
    m_shown.clear();
    m_rowCurves.clear();
    m_table->setRowCount(0);
    for (int i = 0; i < m_document->curveCount(); ++i) {
        const Model::Curve& curve = m_document->curve(i);
        if (!curve.visible)
            continue;
        const Core::ActivationStatistics s = Core::statistics(curve.activation, lens.input, dtype);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* name = new QTableWidgetItem(curve.name);
        name->setForeground(displayColor(curve.color, m_document->theme()));
        name->setToolTip(curve.name);
        m_table->setItem(row, Name, name);
        m_table->setItem(row, Dead, new QTableWidgetItem(percent(s.deadFraction)));
        QStringList pieces, piecesTip;
        for (const Core::PieceShare& p : s.pieces) {
            pieces << percent(p.probability);
            piecesTip << tr("%1 < x < %2: %3").arg(bound(p.lo), bound(p.hi), percent(p.probability));
        }
        auto* piecesItem = new QTableWidgetItem(pieces.isEmpty() ? tr("one piece") : pieces.join(u" | "_s));
        piecesItem->setToolTip(piecesTip.join(u'\n'));
        m_table->setItem(row, Pieces, piecesItem);
        m_table->setItem(row, Mean, numberItem(s.mean));
        m_table->setItem(row, Variance, numberItem(s.variance));
        m_table->setItem(row, SecondMoment, numberItem(s.secondMoment));
        m_table->setItem(row, GradMean, numberItem(s.gradMean));
        m_table->setItem(row, GradSecondMoment, numberItem(s.gradSecondMoment));
        m_table->setItem(row, Gain, numberItem(s.gain));
        if (const std::optional<Core::RecommendedGain> g = Core::pytorchGain(curve.activation)) {
            QTableWidgetItem* item = numberItem(g->value);
            if (!g->note.empty())
                item->setToolTip(item->toolTip() + u"\n"_s + Model::toQString(g->note));
            m_table->setItem(row, PytorchGain, item);
        } else {
            auto* none = new QTableWidgetItem(tr("none"));
            none->setToolTip(tr("torch.nn.init.calculate_gain has no entry for this function"));
            m_table->setItem(row, PytorchGain, none);
        }
        m_shown.append(s);
        m_rowCurves.append(i);
    }
    // Long curve names are elided (the full name is the legend's): the numbers are what to read.
    m_table->resizeColumnToContents(Name);
    m_table->setColumnWidth(Name, std::min(m_table->columnWidth(Name), kMaxNameWidth));
}

} // namespace Widgets
