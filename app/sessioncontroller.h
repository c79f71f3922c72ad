// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QMenu;
class QWidget;

namespace Model {
class ExplorerDocument;
struct Session;
}
namespace Widgets {
class DocumentHistory;
}

namespace App {

// Session files for the window: New, Open (Ctrl+O), Save (Ctrl+S), Save As and Open Recent, the
// current file in the title with its modified mark, the recent files, the undo history and the
// unsaved-changes prompt. A session comes in through ExplorerDocument::assign() and goes out as its
// snapshot(); the history's clean state is the last saved, opened or new one.
class SessionController : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxRecentFiles = 8;

    SessionController(Model::ExplorerDocument* document, QWidget* window);

    Widgets::DocumentHistory* history() const { return m_history; }

    // Before something replaces the curves (Open, New, an example, quitting with a session file):
    // when there are unsaved changes (any, with a session file; to the curves, domain or dtype, in
    // an untitled view), asks Save / Discard / Cancel. True: go on (saved or
    // discarded); false: the person cancelled, or saving failed. `action` ends the question:
    // "Save them before opening another session?".
    bool confirmReplacing(const QString& action);
    // Quitting: the prompt only when a session file has unsaved changes, since without a file the
    // settings keep the view for the next start.
    bool confirmQuit();
    // Shows `session` as a new, untitled view: New Session and the examples. One undo step named
    // `text`, and the new state is the clean one.
    void replaceWithNew(const Model::Session& session, const QString& text);

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
    Widgets::DocumentHistory* m_history;
    QString m_path;
    QStringList m_recentFiles;
};

} // namespace App
