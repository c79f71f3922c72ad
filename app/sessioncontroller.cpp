// SPDX-License-Identifier: MIT
#include "sessioncontroller.h"

#include "documenthistory.h"
#include "explorerdocument.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace App {

SessionController::SessionController(Model::ExplorerDocument* document, QWidget* window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
    , m_history(new Widgets::DocumentHistory(document, this))
{
    // The title's mark, shown only with a session file (an untitled view is kept in the settings):
    // at once on an edit, and off again when undo comes back to the saved state.
    connect(document, &Model::ExplorerDocument::modified, this, [this] { m_window->setWindowModified(!m_path.isEmpty()); });
    connect(m_history, &Widgets::DocumentHistory::modifiedChanged, this,
        [this](bool modified) { m_window->setWindowModified(modified && !m_path.isEmpty()); });
    setSessionPath({});
}

bool SessionController::confirmReplacing(const QString& action)
{
    // A session file is out of date after any change; an untitled view only matters for what an
    // example or New would replace: its curves.
    if (!(m_path.isEmpty() ? m_history->curvesEdited() : m_history->isModified()))
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
        m_path.isEmpty() ? tr("The curves have changes that are in no session file.")
                         : tr("“%1” has unsaved changes.").arg(QFileInfo(m_path).fileName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("unsavedChangesBox"));
    box.setInformativeText(tr("Save them before %1? Discarded changes can still be undone (Ctrl+Z).").arg(action));
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    switch (box.exec()) {
    case QMessageBox::Save:
        saveInteractive();
        return !m_history->isModified(); // saved, not cancelled or failed
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

bool SessionController::confirmQuit()
{
    return m_path.isEmpty() || confirmReplacing(tr("quitting"));
}

void SessionController::replaceWithNew(const Model::Session& session, const QString& text)
{
    m_document->assign(session);
    m_history->recordReplacement(text);
    m_history->markClean();
    setSessionPath({});
}

QString SessionController::openSession(const QString& path)
{
    const Model::SessionResult loaded = Model::loadSession(path);
    if (!loaded)
        return tr("%1: %2").arg(QDir::toNativeSeparators(path), loaded.error.message());
    m_document->assign(*loaded.session);
    m_history->recordReplacement(tr("Open %1").arg(QFileInfo(path).fileName()));
    m_history->markClean();
    setSessionPath(QFileInfo(path).absoluteFilePath());
    addRecentFile(m_path);
    emit status(tr("Opened %1").arg(QDir::toNativeSeparators(m_path)));
    return {};
}

QString SessionController::saveSessionAs(const QString& path)
{
    if (const Model::FileError error = Model::saveSession(m_document->snapshot(), path))
        return tr("%1: %2").arg(QDir::toNativeSeparators(path), error.message);
    m_history->markClean();
    setSessionPath(QFileInfo(path).absoluteFilePath());
    addRecentFile(m_path);
    emit status(tr("Saved %1").arg(QDir::toNativeSeparators(m_path)));
    return {};
}

void SessionController::setSessionPath(const QString& path)
{
    m_path = path;
    m_window->setWindowModified(!path.isEmpty() && m_history->isModified());
    m_window->setWindowTitle(
        path.isEmpty() ? tr("Activation Explorer") : tr("%1[*] — Activation Explorer").arg(QFileInfo(path).fileName()));
    m_window->setWindowFilePath(path);
}

void SessionController::setRecentFiles(const QStringList& files)
{
    m_recentFiles.clear();
    for (const QString& path : files)
        if (!path.isEmpty() && m_recentFiles.size() < kMaxRecentFiles && !m_recentFiles.contains(path))
            m_recentFiles.append(path);
}

void SessionController::addRecentFile(const QString& path)
{
    m_recentFiles.removeAll(path);
    m_recentFiles.prepend(path);
    while (m_recentFiles.size() > kMaxRecentFiles)
        m_recentFiles.removeLast();
    emit recentFilesChanged();
}

void SessionController::fillRecentMenu(QMenu* menu)
{
    menu->clear();
    for (int i = 0; i < m_recentFiles.size(); ++i) {
        const QString path = m_recentFiles[i];
        QAction* action = menu->addAction(QStringLiteral("&%1  %2").arg(i + 1).arg(
            QFileInfo(path).fileName().replace(QLatin1Char('&'), QStringLiteral("&&"))));
        action->setObjectName(QStringLiteral("recentFileAction_%1").arg(i));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] {
            if (!confirmReplacing(tr("opening another session")))
                return;
            const QString problem = openSession(path);
            if (problem.isEmpty())
                return;
            if (!QFileInfo::exists(path)) {
                m_recentFiles.removeAll(path);
                emit recentFilesChanged();
            }
            emit error(tr("Cannot open the session"), problem);
        });
    }
    if (m_recentFiles.isEmpty()) {
        menu->addAction(tr("No recent sessions"))->setEnabled(false);
        return;
    }
    menu->setToolTipsVisible(true);
    menu->addSeparator();
    QAction* clear = menu->addAction(tr("&Clear Recent Sessions"));
    clear->setObjectName(QStringLiteral("clearRecentAction"));
    connect(clear, &QAction::triggered, this, [this] {
        m_recentFiles.clear();
        emit recentFilesChanged();
    });
}

QString SessionController::dialogDirectory(const QString& fallback) const
{
    if (!m_path.isEmpty())
        return QFileInfo(m_path).absolutePath();
    if (!fallback.isEmpty())
        return QFileInfo(fallback).absolutePath();
    return QDir::homePath();
}

void SessionController::openInteractive()
{
    if (!confirmReplacing(tr("opening another session")))
        return;
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open Session"), dialogDirectory(), tr("Activation Explorer sessions (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    if (const QString problem = openSession(path); !problem.isEmpty())
        emit error(tr("Cannot open the session"), problem);
}

void SessionController::saveInteractive()
{
    if (m_path.isEmpty()) {
        saveAsInteractive();
        return;
    }
    if (const QString problem = saveSessionAs(m_path); !problem.isEmpty())
        emit error(tr("Cannot save the session"), problem);
}

void SessionController::saveAsInteractive()
{
    const QString start = m_path.isEmpty() ? QDir(dialogDirectory()).filePath(tr("session.json")) : m_path;
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Save Session As"), start, tr("Activation Explorer sessions (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    if (const QString problem = saveSessionAs(path); !problem.isEmpty())
        emit error(tr("Cannot save the session"), problem);
}

} // namespace App
