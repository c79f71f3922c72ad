// SPDX-License-Identifier: MIT
// MainWindow: the Learning Lab's dock and action (issue #14).
#include "mainwindow.h"

#include "activationplot.h"
#include "explorerdocument.h"
#include "exportcontroller.h"
#include "lazydock.h"
#include "learninglab.h"
#include "plotpalette.h"
#include "plotscene.h"
#include "windowactions.h"

#include <QAction>
#include <QDockWidget>

namespace App {

void MainWindow::createLabDock()
{
    // Under the plot: its four small plots want width. It opens with the document's lab (the
    // action, an example or a session) and closes with it; it is built when it first opens.
    m_labDock = lazyViewDock(tr("Learning Lab"), QStringLiteral("labDock"), m_document, m_lab, this, [this] {
        // The unit as it learns, dashed over the curves, in the selected curve's colour.
        connect(m_lab, &Widgets::LearningLab::learnedUnitChanged, this,
            [this](const std::optional<Core::Activation>& unit) {
                const int row = m_document->selected();
                const bool shown = unit && m_document->lab().shown && row >= 0;
                m_plot->scene()->setOverlay(shown ? unit : std::nullopt,
                    shown ? Widgets::displayColor(m_document->curve(row).color, m_document->theme()).darker(130)
                          : QColor());
            });
    });
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
        else
            m_plot->scene()->setOverlay(std::nullopt, {});
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
    m_exports->setLabSource([this] { return m_document->lab().shown ? learningLab()->figure() : nullptr; });
}

Widgets::LearningLab* MainWindow::learningLab() const
{
    m_labDock->content();
    return m_lab;
}

} // namespace App
