// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QMenu;
class QWidget;

namespace Model {
class ExplorerDocument;
}

namespace App {

// Session files for the window: Open (Ctrl+O), Save (Ctrl+S), Save As and Open Recent, the
// current file in the title with its modified mark, and the recent files. A session comes in
// through ExplorerDocument::assign() and goes out as its snapshot().
class SessionController : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxRecentFiles = 8;

    SessionController(Model::ExplorerDocument* document, QWidget* window);

    // Loads and shows a session file. On any error nothing changes and the error is returned
    // ("FILE: curves[1].params.alpha: found a string; accepted: a number"); empty on success.
    QString openSession(const QString& path);
    // Writes the session and makes it the current file; returns an error or empty.
    QString saveSessionAs(const QString& path);
    QString sessionPath() const { return m_path; }
    // No current file: the view is a new one (an example), and Save asks where.
    void forgetSessionPath() { setSessionPath({}); }

    QStringList recentFiles() const { return m_recentFiles; }
    void setRecentFiles(const QStringList& files);
    // Open Recent's entries, as the menu is about to show.
    void fillRecentMenu(QMenu* menu);

    void openInteractive();
    void saveInteractive();
    void saveAsInteractive();

    // Where the file dialogs start: the session's folder, else `fallback`'s, else home.
    QString dialogDirectory(const QString& fallback = {}) const;

signals:
    void status(const QString& text);
    void error(const QString& title, const QString& message);
    // Which files are recent changed: the settings keep them.
    void recentFilesChanged();

private:
    void setSessionPath(const QString& path);
    void addRecentFile(const QString& path);

    Model::ExplorerDocument* m_document;
    QWidget* m_window;
    QString m_path;
    QStringList m_recentFiles;
};

} // namespace App
