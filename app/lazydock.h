// SPDX-License-Identifier: MIT
#pragma once

#include <QDockWidget>

#include <functional>

class QTimer;

namespace App {

// A dock whose content is built the first time it is needed: when the dock is shown (the View
// menu, an action, restoreState, a session that opens the lens or the lab), when it comes into
// view (its tab is raised, or the window shows it), or when code asks for content(). Until then
// the window neither builds nor polishes nor lays out what it does not show, so a dock that
// starts hidden (or behind another tab) costs the first frame nothing.
//
// A dock that the window's first show puts in view is built right after that first frame: the
// frame shows the dock's title and the plot, and the content follows in the next one. The panel
// that starts in view (the formula) would show empty in the first frame anyway, as its text is
// computed after it (RefreshThrottle).
//
// `build` makes the content, a child of `parent` (this dock), and does everything the window did
// for it at construction: binds it to the document and makes its connections. It runs once; the
// dock takes the widget it returns. Being made in the dock, the content takes the dock's font (a
// presentation mode's) and the application's palette and translations of the moment; it joins
// the end of the window's Tab chain.
//
// The dock itself (its object name, title, toggle action and place in the window's state) exists
// from the start, so saveState/restoreState and the View menu see it as any other.
class LazyDock : public QDockWidget {
    Q_OBJECT
public:
    using Build = std::function<QWidget*(QWidget* parent)>;
    LazyDock(const QString& title, const QString& objectName, Build build, QWidget* parent);

    bool isBuilt() const { return m_built; }
    // The content, built now if it was not yet.
    QWidget* content();

    // Builds the content before the dock is shown (but not when the window's first show() shows
    // a dock that was never hidden: that one is built after the first frame if it comes into
    // view), so that it is laid out and polished with it.
    void setVisible(bool visible) override;

protected:
    bool event(QEvent* event) override;

private:
    void comeIntoView();
    void stopAwaitingFrame();

    Build m_build;
    bool m_built = false;
    bool m_awaitingFrame = false; // in view before the window's first frame: built after it
    bool m_buildPosted = false;   // that frame painted the dock: the build is posted
    QTimer* m_unpainted = nullptr; // builds a dock awaiting a frame that never comes
};

// A LazyDock for one of the window's views of the document: it builds `View(parent)`, binds it to
// `document`, stores it in `view` (the window reads it through its getters) and then runs
// `connectView`, the window's own connections to it.
template <class View, class Document> LazyDock* lazyViewDock(const QString& title, const QString& objectName,
    Document* document, View*& view, QWidget* window, std::function<void()> connectView = {})
{
    return new LazyDock(
        title, objectName,
        [document, &view, connectView = std::move(connectView)](QWidget* parent) {
            view = new View(parent);
            view->setDocument(document);
            if (connectView)
                connectView();
            return view;
        },
        window);
}

} // namespace App
