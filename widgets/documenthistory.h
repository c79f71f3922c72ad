// SPDX-License-Identifier: MIT
#pragma once

#include "session.h"

#include <QObject>

class QUndoStack;

namespace Model {
class ExplorerDocument;
}

namespace Widgets {

// Undo and redo for everything a session records. The history watches the document instead of
// every editor asking it to: after each turn of the event loop in which the document changed, it
// compares the document's snapshot with the last one and pushes one step from the old state to
// the new, named after what changed ("Change alpha of LeakyReLU · keras"). So a new editor is
// undoable without knowing about undo, and one action that touches several things (a new domain
// also resets the view) is one step.
//
// Steps merge: all edits of one thing made while one mouse button stays down (a slider drag, a
// zoom rectangle) are one step, and consecutive pans and zooms, or typing in the values table,
// are one step until something else is edited.
//
// Undo and redo apply a snapshot with ExplorerDocument::assign(). The stack's clean state is the
// last saved (or opened, or newly started) state: isModified() is what the window's modified mark
// and the unsaved-changes prompts follow.
class DocumentHistory : public QObject {
    Q_OBJECT
public:
    explicit DocumentHistory(Model::ExplorerDocument* document, QObject* parent = nullptr);
    ~DocumentHistory() override;

    QUndoStack* stack() const { return m_stack; }

    // Records a pending change now (normally at the end of the event loop's turn).
    void flush();
    // The document was replaced (an example, a session file): one step named `text`.
    void recordReplacement(const QString& text);
    // The present state is the saved one.
    void markClean();
    // Forgets every step: the present state is the first one, and it is clean.
    void clear();
    bool isModified();
    // Whether the curves themselves (or the domain and dtype they are drawn over) differ from the
    // clean state: what an example or a new session would replace. Views, panels, the lens and a
    // comparison do not count here.
    bool curvesEdited();

    void undo();
    void redo();

signals:
    // After a step, undo, redo or save: whether the present state differs from the clean one.
    void modifiedChanged(bool modified);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onDocumentChanged();
    void push(const QString& text, const QString& key, int gesture);
    void apply(const Model::Session& session);
    void announce();

    Model::ExplorerDocument* m_document;
    QUndoStack* m_stack;
    Model::Session m_last;
    Model::Session m_clean; // the document at the last markClean() or clear()
    bool m_pending = false;
    bool m_applying = false;
    int m_pendingGesture = -1;
    QString m_pendingText; // a replacement's name: it is not described by comparing
    // A gesture is one press of a mouse button: edits while it is held merge.
    int m_gesture = 0;
    bool m_pressed = false;
    bool m_announced = false; // what modifiedChanged said last
};

// What changed from `before` to `after`, for a person ("Change alpha of LeakyReLU · keras"), and a
// key that is equal for two changes of the same thing; empty text when nothing a person edits
// changed (only the selection, say).
struct StepName {
    QString text;
    QString key;
    bool continuous = false; // pans, zooms, typing: consecutive steps merge without a gesture
};
StepName describeChange(const Model::Session& before, const Model::Session& after);

} // namespace Widgets
