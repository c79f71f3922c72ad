// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>

#include <array>

class QAction;
class QActionGroup;
class QDockWidget;
class QMainWindow;
class QMenu;
class QPalette;
class QToolButton;

namespace App {

inline constexpr std::array kPresentationScales{1.25, 1.5, 2.0, 2.5, 3.0};
inline constexpr double kDefaultPresentationScale = 2.0;

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

    QAction* newSession = nullptr;
    QAction* open = nullptr;
    QAction* save = nullptr;
    QAction* saveAs = nullptr;
    QAction* exportFigure = nullptr;
    QAction* exportWindow = nullptr;
    QAction* exportData = nullptr;
    QAction* copyImage = nullptr;
    QAction* quit = nullptr;
    QAction* undo = nullptr;
    QAction* redo = nullptr;
    QAction* add = nullptr;
    QAction* duplicate = nullptr;
    QAction* remove = nullptr;
    QList<QAction*> copyCode; // in Core::kFrameworks order
    QAction* resetView = nullptr;
    QAction* functionPanel = nullptr;   // checkable: the window's panels, the document's panels()
    QAction* derivativePanel = nullptr;
    QList<QAction*> legendPlaces; // radio, in Model::kLegendPlaces order
    QAction* presentation = nullptr;      // checkable: large text and thick lines
    QList<QAction*> presentationScales;   // radio, kPresentationScales; data(): the factor
    QAction* sidePanels = nullptr;        // checkable: every dock at once
    QAction* light = nullptr;
    QAction* dark = nullptr;
    QAction* toggleTheme = nullptr;
    QAction* lens = nullptr;  // checkable: the distribution lens on the plot, with its panels
    QAction* compare = nullptr;
    QAction* lab = nullptr; // checkable: the learning lab's dock // the two selected curves (or the selected one and the next) in the Compare view
    QList<QAction*> examples; // in App::examples() order
    QAction* shortcuts = nullptr;
    QAction* about = nullptr;
    QAction* readingThePlot = nullptr; // F1
    QMenu* docsMenu = nullptr;         // the selected function's pages, filled as it opens
    QMenu* recentMenu = nullptr;

private:
    void createFileActions();
    void createViewActions();
    QAction* make(const QString& text, const char* objectName);

    QMainWindow* m_window;
    QActionGroup* m_themeGroup = nullptr;
    QToolButton* m_examplesButton = nullptr;
};

} // namespace App
