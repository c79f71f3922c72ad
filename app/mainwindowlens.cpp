// SPDX-License-Identifier: MIT
// MainWindow: the distribution lens's docks and action (issue #12).
#include "mainwindow.h"

#include "depthview.h"
#include "distributionpanel.h"
#include "explorerdocument.h"
#include "lazydock.h"
#include "sessioncontroller.h"
#include "statisticstable.h"
#include "windowactions.h"

#include <QAction>
#include <QDockWidget>
#include <QFileDialog>

#include <memory>

namespace App {

void MainWindow::createLensDocks()
{
    // The distribution tabbed with the values; its statistics and the Depth view under the plot.
    // All three start hidden: the lens action (or the View menu) brings them, and builds them.
    m_distributionDock = lazyViewDock(
        tr("Distribution"), QStringLiteral("distributionDock"), m_document, m_distribution, this, [this] {
            connect(m_distribution, &Widgets::DistributionPanel::loadRequested, this, [this] {
                const QString path = QFileDialog::getOpenFileName(this, tr("Load Numbers"),
                    m_sessions->dialogDirectory({}), tr("Numbers (*.txt *.csv *.tsv *.dat);;All files (*)"));
                if (!path.isEmpty())
                    m_distribution->loadNumbers(path);
            });
        });
    addDockWidget(Qt::RightDockWidgetArea, m_distributionDock);

    m_statisticsDock = lazyViewDock(tr("Statistics"), QStringLiteral("statisticsDock"), m_document, m_statistics, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_statisticsDock);
    m_depthDock = lazyViewDock(tr("Depth"), QStringLiteral("depthDock"), m_document, m_depth, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_depthDock);
    splitDockWidget(m_statisticsDock, m_depthDock, Qt::Horizontal);
    for (QDockWidget* d : {m_distributionDock, m_statisticsDock, m_depthDock})
        d->hide();
}

void MainWindow::connectLens()
{
    QAction* lens = m_actions->lens;
    // The action follows the document, and the lens coming on (from the action, a session or an
    // example) shows its docks.
    auto wasShown = std::make_shared<bool>(false);
    const auto showState = [this, lens, wasShown](const Model::Lens& state) {
        const bool cameOn = state.shown && !*wasShown;
        *wasShown = state.shown;
        lens->setChecked(state.shown);
        if (!cameOn)
            return;
        // Tabbed with the values only when it shows: a hidden tab would still count towards the
        // window's minimum size.
        if (m_distributionDock->isHidden() && !m_valuesDock->isHidden() && !m_distributionDock->isFloating())
            tabifyDockWidget(m_valuesDock, m_distributionDock);
        for (QDockWidget* d : {m_distributionDock, m_statisticsDock, m_depthDock})
            d->show();
        // Raised once the tabs exist (a session loaded before the window shows has none yet).
        QMetaObject::invokeMethod(m_distributionDock, &QDockWidget::raise, Qt::QueuedConnection);
        resizeDocks({m_statisticsDock}, {290}, Qt::Vertical);
        resizeDocks({m_statisticsDock, m_depthDock}, {3, 2}, Qt::Horizontal);
    };
    connect(m_document, &Model::ExplorerDocument::lensChanged, this, showState);
    showState(m_document->lens());
    connect(lens, &QAction::triggered, this, [this](bool on) {
        Model::Lens state = m_document->lens();
        state.shown = on;
        m_document->setLens(state);
    });
}

Widgets::DistributionPanel* MainWindow::distributionPanel() const
{
    m_distributionDock->content();
    return m_distribution;
}

Widgets::StatisticsTable* MainWindow::statisticsTable() const
{
    m_statisticsDock->content();
    return m_statistics;
}

Widgets::DepthView* MainWindow::depthView() const
{
    m_depthDock->content();
    return m_depth;
}

} // namespace App
