// SPDX-License-Identifier: MIT
#include "frameworksview.h"

#include "explorerdocument.h"
#include "fonts.h"
#include "qtext.h"
#include "refreshthrottle.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Widgets {

FrameworksView::FrameworksView(QWidget* parent)
    : QWidget(parent)
{
    m_caption = new QLabel(this);
    m_caption->setObjectName(u"frameworksCaption"_s);
    m_caption->setWordWrap(true);
    m_view = new QTableWidget(this);
    m_view->setObjectName(u"frameworksTable"_s);
    m_view->setAccessibleName(tr("Frameworks"));
    m_view->setAccessibleDescription(tr("The selected function in every framework; rows marked ≠ differ"));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->setTabKeyNavigation(false); // Tab leaves the table (a Tab trap otherwise)
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_add = new QPushButton(tr("&Add the Other Frameworks' Curves"), this);
    m_add->setObjectName(u"addFrameworksButton"_s);
    m_add->setToolTip(tr("Adds this function in every other framework, at its defaults, to the plot"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_caption);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_add);
    connect(m_add, &QPushButton::clicked, this, &FrameworksView::addOtherFrameworks);
    m_throttle = new RefreshThrottle(RefreshThrottle::kPanelInterval, [this] { refresh(); }, this);
}

void FrameworksView::setDocument(Model::ExplorerDocument* document)
{
    if (m_document)
        m_document->disconnectView(this);
    m_document = document;
    if (!m_document)
        return;
    // Only the function and the dtype matter: the table shows each framework at its defaults.
    followSelectedCurve(m_document, m_throttle, this);
    m_throttle->flush();
}

void FrameworksView::refresh()
{
    const int row = m_document ? m_document->selected() : -1;
    m_view->clear();
    if (row < 0) {
        m_table = {};
        m_caption->setText(tr("Select a curve to see its function in every framework."));
        m_view->setRowCount(0);
        m_view->setColumnCount(0);
        m_add->setEnabled(false);
        return;
    }
    const Core::FunctionSpec& function = m_document->curve(row).activation.function();
    m_table = Core::frameworkTable(function, m_document->dtype());
    int differing = 0;
    for (const Core::FrameworkRow& r : m_table.rows)
        differing += r.differs;
    const QString frameworks = m_table.frameworks.size() == 1
        ? tr("%1 exists in one framework only").arg(Model::toQString(function.title))
        : tr("%1 in %2 frameworks").arg(Model::toQString(function.title)).arg(m_table.frameworks.size());
    m_caption->setText(tr("%1, each at its defaults, in %2: %3 of %4 rows differ (≠).")
                           .arg(frameworks, Model::toQString(Core::dtypeName(m_document->dtype())))
                           .arg(differing)
                           .arg(m_table.rows.size()));
    m_view->setColumnCount(int(m_table.frameworks.size()));
    m_view->setRowCount(int(m_table.rows.size()));
    QStringList headers;
    for (const Core::Framework fw : m_table.frameworks)
        headers << Model::toQString(Core::frameworkTitle(fw));
    m_view->setHorizontalHeaderLabels(headers);
    for (int r = 0; r < int(m_table.rows.size()); ++r) {
        const Core::FrameworkRow& tableRow = m_table.rows[std::size_t(r)];
        auto* header = new QTableWidgetItem((tableRow.differs ? u"≠ "_s : QString()) + Model::toQString(tableRow.aspect));
        const QFont bold = tableRow.differs ? Fonts::bold() : QFont();
        header->setFont(bold);
        m_view->setVerticalHeaderItem(r, header);
        for (int c = 0; c < int(tableRow.cells.size()); ++c) {
            auto* item = new QTableWidgetItem(Model::toQString(tableRow.cells[std::size_t(c)]));
            item->setFont(bold);
            item->setToolTip(item->text());
            m_view->setItem(r, c, item);
        }
    }
    m_add->setEnabled(m_table.frameworks.size() > 1);
}

int FrameworksView::addOtherFrameworks()
{
    const int row = m_document ? m_document->selected() : -1;
    if (row < 0)
        return 0;
    const Core::Activation selected = m_document->curve(row).activation;
    int added = 0;
    for (const Core::Framework fw : selected.function().availableFrameworks()) {
        const Core::Activation other = Core::Activation::withDefaults(selected.function(), fw);
        bool shown = false;
        for (const Model::Curve& curve : m_document->curves())
            shown = shown || curve.activation == other;
        if (shown || fw == selected.framework() || m_document->addCurve(other) < 0)
            continue;
        ++added;
    }
    m_document->select(row); // the curve the table follows stays selected
    return added;
}

} // namespace Widgets
