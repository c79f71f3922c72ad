// SPDX-License-Identifier: MIT
// MainWindow: Undo, Redo and New Session (issue #15, "never lose work").
#include "mainwindow.h"

#include "documenthistory.h"
#include "examples.h"
#include "explorerdocument.h"
#include "sessioncontroller.h"
#include "windowactions.h"

#include <QAction>
#include <QUndoStack>

namespace App {

void MainWindow::connectHistory()
{
    Widgets::DocumentHistory* history = m_sessions->history();
    QUndoStack* stack = history->stack();
    QAction* undo = m_actions->undo;
    QAction* redo = m_actions->redo;
    connect(undo, &QAction::triggered, history, &Widgets::DocumentHistory::undo);
    connect(redo, &QAction::triggered, history, &Widgets::DocumentHistory::redo);
    const auto update = [stack, undo, redo] {
        undo->setEnabled(stack->canUndo());
        redo->setEnabled(stack->canRedo());
        undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
        redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    };
    connect(stack, &QUndoStack::indexChanged, this, update);
    connect(stack, &QUndoStack::undoTextChanged, this, update);
    connect(stack, &QUndoStack::redoTextChanged, this, update);
    connect(stack, &QUndoStack::cleanChanged, this, update);
    update();
}

bool MainWindow::newSession()
{
    if (!m_sessions->confirmReplacing(tr("starting a new session")))
        return false;
    m_sessions->replaceWithNew(exampleSession(examples().front(), m_document->snapshot()), tr("New Session"));
    showStatus(tr("New session: %1").arg(examples().front().title));
    return true;
}

} // namespace App
