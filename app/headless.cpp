// SPDX-License-Identifier: MIT
// --export and --screenshot: pictures without a display.
#include "cli.h"
#include "explorerdocument.h"
#include "exportcontroller.h"
#include "gui.h"
#include "mainwindow.h"
#include "qtext.h"
#include "valuestable.h"

#include <QApplication>

using namespace Qt::StringLiterals;

namespace App {

int runFigures(const Invocation& invocation)
{
    const std::unique_ptr<QApplication> app = makeApplication(true);
    for (const QString& warning : invocation.warnings)
        printLine(u"warning: "_s + warning);

    // A figure of given curves needs no window at all.
    if (invocation.session && invocation.screenshotPath.isEmpty()) {
        Widgets::FigureOptions figure = invocation.figure;
        figure.theme = invocation.session->theme;
        if (!invocation.panelsGiven)
            figure.panels = invocation.session->panels;
        checkWritten(Widgets::writeFigure(Widgets::figureContent(*invocation.session), figure, invocation.exportPath),
            u"export"_s, invocation.exportPath);
        return kExitOk;
    }

    // Rendering shows the default view (or the given one): it neither reads nor writes the user's
    // settings.
    MainWindow window(nullptr);
    if (!invocation.example.isEmpty())
        window.loadExample(invocation.example);
    if (invocation.session)
        window.document()->assign(*invocation.session);
    if (invocation.theme)
        window.document()->setTheme(*invocation.theme);
    window.resize(invocation.windowSize);
    window.show();
    // A picture shows every panel in view: the formula and the values' table, which a window on
    // screen makes after its first frame, are made now.
    window.formulaPanel();
    window.valuesTable()->table();
    // Let the layout settle and the plot's queued replot run before grabbing.
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    if (!invocation.exportPath.isEmpty()) {
        Widgets::FigureOptions figure = invocation.figure;
        figure.theme = window.document()->theme();
        if (!invocation.panelsGiven)
            figure.panels = window.document()->panels();
        checkWritten(Widgets::writeFigure(window.exports()->figureContent(), figure, invocation.exportPath), u"export"_s,
            invocation.exportPath);
    }
    if (!invocation.screenshotPath.isEmpty())
        checkWritten(Widgets::writeImage(window.grab().toImage(), invocation.screenshotPath), u"screenshot"_s,
            invocation.screenshotPath);
    return kExitOk;
}

} // namespace App
