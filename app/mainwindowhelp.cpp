// SPDX-License-Identifier: MIT
// MainWindow: Help > Reading the Plot and Framework Documentation (issue #15).
#include "mainwindow.h"

#include "explorerdocument.h"
#include "qtext.h"
#include "windowactions.h"

#include "aex/core/catalogue.h"

#include <QAction>
#include <QDesktopServices>
#include <QMenu>
#include <QMessageBox>
#include <QUrl>

namespace App {

void MainWindow::connectHelp()
{
    connect(m_actions->readingThePlot, &QAction::triggered, this, &MainWindow::showReadingThePlot);
    connect(m_actions->docsMenu, &QMenu::aboutToShow, this, [this] { fillDocsMenu(m_actions->docsMenu); });
    fillDocsMenu(m_actions->docsMenu);
}

void MainWindow::fillDocsMenu(QMenu* menu)
{
    menu->clear();
    const int row = m_document->selected();
    if (row < 0) {
        menu->addAction(tr("Select a curve first"))->setEnabled(false);
        return;
    }
    const Core::FunctionSpec& function = m_document->curve(row).activation.function();
    for (const Core::Framework framework : function.availableFrameworks()) {
        const std::string_view api = function.in(framework)->api;
        const QUrl url(Model::toQString(Core::documentationUrl(api, function.name)));
        QAction* page = menu->addAction(tr("%1: %2").arg(Model::toQString(Core::frameworkTitle(framework)),
            Model::toQString(api)));
        page->setObjectName(QStringLiteral("docsAction_") + Model::toQString(Core::frameworkName(framework)));
        page->setData(url);
        page->setStatusTip(url.toString());
        page->setEnabled(url.isValid() && !url.isEmpty());
        connect(page, &QAction::triggered, this, [url] { QDesktopServices::openUrl(url); });
    }
}

void MainWindow::showReadingThePlot()
{
    QMessageBox box(QMessageBox::Information, tr("Reading the Plot"), tr("How to read the plot"), QMessageBox::Close, this);
    box.setObjectName(QStringLiteral("readingPlotBox"));
    box.setInformativeText(tr(
        "<p><b>Top panel</b>: f(x). <b>Bottom panel</b>: f′(x), the gradient the framework's autograd "
        "returns, including at kinks (View › Derivative Panel hides it).</p>"
        "<p><b>● A filled dot</b> is the value the function takes at a jump: f(x) at that very x.<br>"
        "<b>○ An open circle</b> is a limit the function approaches from one side but does not take "
        "there. Keras' ReLU with threshold 1, for example, has f(1) = 0 (filled) and f → 1 just above "
        "it (open).</p>"
        "<p>At a <b>kink</b> the line has a corner and f′ jumps: the dot in the derivative panel shows "
        "the one value that framework uses there (ReLU: f′(0) = 0 in all three).</p>"
        "<p><b>Dashed or dotted lines</b> lie exactly on an earlier curve: the same function, drawn so "
        "that both stay visible.</p>"
        "<p>Move the mouse, or use ←/→ on the plot, for exact values in the status bar; the Values "
        "panel gives f and f′ at any x in full precision. Help › Framework Documentation opens each "
        "framework's own page for the selected function.</p>"));
    box.exec();
}

} // namespace App
