// SPDX-License-Identifier: MIT
// MainWindow: the View menu's panels and legend, bound to the document, and the presentation mode
// and side panels, which are the window's own (issue #15).
#include "mainwindow.h"

#include "activationplot.h"
#include "explorerdocument.h"
#include "windowactions.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLocale>
#include <QScreen>
#include <QSignalBlocker>

namespace App {

void MainWindow::connectViewActions()
{
    WindowActions* a = m_actions;
    // The document holds which panels the plot and the figures show; at least one stays.
    const auto showPanels = [a](Model::Panels panels) {
        a->functionPanel->setChecked(panels != Model::Panels::Derivative);
        a->derivativePanel->setChecked(panels != Model::Panels::Function);
        a->functionPanel->setEnabled(panels != Model::Panels::Function);
        a->derivativePanel->setEnabled(panels != Model::Panels::Derivative);
    };
    const auto choosePanels = [this, a] {
        const bool f = a->functionPanel->isChecked();
        const bool df = a->derivativePanel->isChecked();
        m_document->setPanels(f && df ? Model::Panels::Both : f ? Model::Panels::Function : Model::Panels::Derivative);
    };
    connect(a->functionPanel, &QAction::triggered, this, choosePanels);
    connect(a->derivativePanel, &QAction::triggered, this, choosePanels);
    connect(m_document, &Model::ExplorerDocument::panelsChanged, this, showPanels);
    showPanels(m_document->panels());

    const auto showLegend = [a](Model::LegendPlace place) {
        for (std::size_t i = 0; i < Model::kLegendPlaces.size(); ++i)
            a->legendPlaces[qsizetype(i)]->setChecked(Model::kLegendPlaces[i] == place);
    };
    for (std::size_t i = 0; i < Model::kLegendPlaces.size(); ++i) {
        const Model::LegendPlace place = Model::kLegendPlaces[i];
        connect(a->legendPlaces[qsizetype(i)], &QAction::triggered, this, [this, place] { m_document->setLegend(place); });
    }
    connect(m_document, &Model::ExplorerDocument::legendChanged, this, showLegend);
    showLegend(m_document->legend());

    connect(a->presentation, &QAction::toggled, this, [this](bool on) { setPresentation(on ? m_presentationScale : 0); });
    for (QAction* scale : std::as_const(a->presentationScales)) {
        scale->setChecked(scale->data().toDouble() == m_presentationScale);
        connect(scale, &QAction::triggered, this, [this, scale] {
            m_presentationScale = scale->data().toDouble();
            setPresentation(m_presentationScale);
        });
    }
    connect(a->sidePanels, &QAction::toggled, this, &MainWindow::showSidePanels);
}

void MainWindow::setPresentation(double scale)
{
    const bool on = scale > 0;
    const QSize before = size();
    const QByteArray docksBefore = saveState();
    if (on && !m_presenting)
        m_normalFont = QApplication::font();
    m_presenting = on;
    const double factor = on ? scale : 1.0;
    QFont font = m_normalFont;
    // Text everywhere (menus, panels, the readout, the plot's ticks and legend) and the plot's lines.
    if (m_normalFont.pointSizeF() > 0)
        font.setPointSizeF(m_normalFont.pointSizeF() * factor);
    else
        font.setPixelSize(qRound(m_normalFont.pixelSize() * factor));
    QApplication::setFont(font);
    // QDockWidget paints its title in the font it was made with while its own font equals the
    // class's (QDockWidget::paintEvent): a font of its own, different only in a style strategy that
    // changes nothing on screen, makes it paint the title in that, scaled.
    QFont titleFont = font;
    titleFont.setStyleStrategy(QFont::PreferAntialias);
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        dock->setFont(on ? titleFont : QFont());
    // The windows take the new font, and the layouts its sizes, from posted events: delivered now,
    // the checks below measure them.
    QCoreApplication::sendPostedEvents();
    m_plot->setLineScale(factor);
    const QSignalBlocker block(m_actions->presentation);
    m_actions->presentation->setChecked(on);

    // Side panels too wide for the screen at this scale are hidden, or the window would grow past
    // a 1024-pixel projector and cut off the plot; leaving presentation mode brings them back.
    const bool tooWide = screen() && minimumSizeHint().width() > screen()->availableGeometry().width();
    const bool hideToFit = on && tooWide && m_actions->sidePanels->isChecked();
    if (hideToFit) {
        m_actions->sidePanels->setChecked(false);
        m_sidePanelsHiddenToFit = true;
        m_sidePanelsState = docksBefore; // their sizes before the new font widened them
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        resize(before);
        showStatus(tr("Presentation mode at %1×: the side panels do not fit the screen, F6 shows them; F5 ends it")
                       .arg(QLocale::c().toString(factor)));
    } else if (on) {
        showStatus(tr("Presentation mode at %1×: F5 ends it, F6 hides the side panels").arg(QLocale::c().toString(factor)));
    } else {
        if (m_sidePanelsHiddenToFit) {
            m_actions->sidePanels->setChecked(true);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            resize(before);
        }
        showStatus(tr("Presentation mode ended"));
    }
}

void MainWindow::showSidePanels(bool show)
{
    m_sidePanelsHiddenToFit = false;
    // The window's state puts every dock back where it was, tabs and the current tab included.
    if (!show) {
        m_sidePanelsState = saveState();
        for (QDockWidget* dock : findChildren<QDockWidget*>())
            dock->hide();
        return;
    }
    if (!m_sidePanelsState.isEmpty())
        restoreState(m_sidePanelsState);
    m_sidePanelsState.clear();
}

} // namespace App
