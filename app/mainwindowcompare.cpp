// SPDX-License-Identifier: MIT
// MainWindow: the Compare and Frameworks docks and the Compare action (issue #13).
#include "mainwindow.h"

#include "comparepanel.h"
#include "curvelist.h"
#include "explorerdocument.h"
#include "frameworksview.h"
#include "lazydock.h"
#include "windowactions.h"

#include <QAction>
#include <QDockWidget>
#include <QListView>

namespace App {

void MainWindow::createCompareDocks()
{
    // The verdict is tabbed with the formula and the code, which are read like it; the frameworks'
    // table wants width, so it goes under the plot. Both start hidden; a comparison (the action, a
    // pair of rows, an example) brings the Compare view, and builds it.
    m_compareDock = lazyViewDock(tr("Compare"), QStringLiteral("compareDock"), m_document, m_compare, this);
    addDockWidget(Qt::RightDockWidgetArea, m_compareDock);
    m_frameworksDock = lazyViewDock(tr("Frameworks"), QStringLiteral("frameworksDock"), m_document, m_frameworks, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_frameworksDock);
    tabifyDockWidget(m_formulaDock, m_compareDock);
    for (LazyDock* d : {m_compareDock, m_frameworksDock}) {
        d->hide();
        // Shown from the View menu: in front of the docks it is tabbed with.
        connect(d->toggleViewAction(), &QAction::triggered, d, [d](bool on) {
            if (on)
                d->raise();
        });
    }
    m_formulaDock->raise();
}

void MainWindow::connectCompare()
{
    const auto showCompare = [this] {
        if (m_document->compared().isEmpty())
            return;
        m_compareDock->show();
        // Raised once the tabs exist (a session loaded before the window shows has none yet).
        QMetaObject::invokeMethod(m_compareDock, &QDockWidget::raise, Qt::QueuedConnection);
    };
    connect(m_document, &Model::ExplorerDocument::comparedChanged, this, showCompare);
    connect(m_curveList, &Widgets::CurveList::pairSelected, this,
        [this](int first, int second) { m_document->setCompared(first, second); });
    connect(m_actions->compare, &QAction::triggered, this, [this, showCompare] {
        QList<int> rows = m_curveList->selectedRows();
        const int selected = m_document->selected();
        if (rows.size() != 2 && selected >= 0 && m_document->curveCount() >= 2)
            rows = {selected, selected + 1 < m_document->curveCount() ? selected + 1 : selected - 1};
        if (rows.size() == 2 && m_document->setCompared(rows[0], rows[1]))
            showCompare();
        else
            showStatus(tr("Compare needs two curves: add another one first"));
    });
    showCompare();
}

Widgets::ComparePanel* MainWindow::comparePanel() const
{
    m_compareDock->content();
    return m_compare;
}

Widgets::FrameworksView* MainWindow::frameworksView() const
{
    m_frameworksDock->content();
    return m_frameworks;
}

} // namespace App
