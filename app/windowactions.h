// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>

class QAction;
class QActionGroup;
class QDockWidget;
class QMainWindow;
class QMenu;
class QPalette;
class QToolButton;

namespace App {

// The window's actions with their names, shortcuts and tooltips, and the menus and the toolbar
// that show them. What each action does is connected by the window.
class WindowActions : public QObject {
    Q_OBJECT
public:
    // resetView is the plot's own action: it becomes window-wide.
    WindowActions(QMainWindow* window, QAction* resetView);

    void createMenus(const QList<QDockWidget*>& docks);
    void createToolBar();
    // Vector icons in the palette's text colour, redrawn when the theme changes.
    void refreshIcons(const QPalette& palette);
    // The actions the shortcuts dialog lists, in its order.
    QList<QAction*> withShortcuts() const;

    QAction* open = nullptr;
    QAction* save = nullptr;
    QAction* saveAs = nullptr;
    QAction* exportFigure = nullptr;
    QAction* exportWindow = nullptr;
    QAction* exportData = nullptr;
    QAction* copyImage = nullptr;
    QAction* quit = nullptr;
    QAction* add = nullptr;
    QAction* duplicate = nullptr;
    QAction* remove = nullptr;
    QList<QAction*> copyCode; // in Core::kFrameworks order
    QAction* resetView = nullptr;
    QAction* light = nullptr;
    QAction* dark = nullptr;
    QAction* toggleTheme = nullptr;
    QAction* lens = nullptr;  // checkable: the distribution lens on the plot, with its panels
    QAction* compare = nullptr;
    QAction* lab = nullptr; // checkable: the learning lab's dock // the two selected curves (or the selected one and the next) in the Compare view
    QList<QAction*> examples; // in App::examples() order
    QAction* shortcuts = nullptr;
    QAction* about = nullptr;
    QMenu* recentMenu = nullptr;

private:
    void createFileActions();
    QAction* make(const QString& text, const char* objectName);

    QMainWindow* m_window;
    QActionGroup* m_themeGroup = nullptr;
    QToolButton* m_examplesButton = nullptr;
};

} // namespace App
