// SPDX-License-Identifier: MIT
#include "sessioncontroller.h"

#include "explorerdocument.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QWidget>

namespace App {

SessionController::SessionController(Model::ExplorerDocument* document, QWidget* window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
{
    // Only a session file can be out of date: without one the view is kept in the settings.
    connect(document, &Model::ExplorerDocument::modified, this, [this] {
        if (!m_path.isEmpty())
            m_window->setWindowModified(true);
    });
    setSessionPath({});
}

QString SessionController::openSession(const QString& path)
{
    const Model::SessionResult loaded = Model::loadSession(path);
    if (!loaded)
        return tr("%1: %2").arg(QDir::toNativeSeparators(path), loaded.error.message());
    m_document->assign(*loaded.session);
    setSessionPath(QFileInfo(path).absoluteFilePath());
    addRecentFile(m_path);
    emit status(tr("Opened %1").arg(QDir::toNativeSeparators(m_path)));
    return {};
}

QString SessionController::saveSessionAs(const QString& path)
{
    if (const Model::FileError error = Model::saveSession(m_document->snapshot(), path))
        return tr("%1: %2").arg(QDir::toNativeSeparators(path), error.message);
    setSessionPath(QFileInfo(path).absoluteFilePath());
    addRecentFile(m_path);
    emit status(tr("Saved %1").arg(QDir::toNativeSeparators(m_path)));
    return {};
}

void SessionController::setSessionPath(const QString& path)
{
    m_path = path;
    m_window->setWindowModified(false);
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
