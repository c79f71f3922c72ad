// SPDX-License-Identifier: MIT
// MainWindow: the Learning Lab's dock and action (issue #14).
#include "mainwindow.h"

#include "explorerdocument.h"
#include "learninglab.h"
#include "windowactions.h"

#include <QAction>
#include <QDockWidget>

namespace App {

void MainWindow::createLabDock()
{
    // Under the plot: its four small plots want width. It opens with the document's lab (the
    // action, an example or a session) and closes with it.
    m_lab = new Widgets::LearningLab(this);
    m_labDock = new QDockWidget(tr("Learning Lab"), this);
    m_labDock->setObjectName(QStringLiteral("labDock"));
    m_labDock->setWidget(m_lab);
    addDockWidget(Qt::BottomDockWidgetArea, m_labDock);
    m_labDock->hide();
}

void MainWindow::connectLab()
{
    QAction* action = m_actions->lab;
    const auto show = [this, action](const Model::Lab& lab) {
        action->setChecked(lab.shown);
        m_labDock->setVisible(lab.shown);
        if (lab.shown)
            m_labDock->raise();
    };
    connect(m_document, &Model::ExplorerDocument::labChanged, this, show);
    connect(action, &QAction::triggered, this, [this](bool on) {
        Model::Lab lab = m_document->lab();
        lab.shown = on;
        m_document->setLab(lab);
    });
    // Closing the dock closes the lab.
    connect(m_labDock->toggleViewAction(), &QAction::triggered, this, [this](bool on) {
        Model::Lab lab = m_document->lab();
        lab.shown = on;
        m_document->setLab(lab);
    });
    show(m_document->lab());
}

} // namespace App
