// SPDX-License-Identifier: MIT
#include "windowactions.h"

#include "examples.h"
#include "icons.h"
#include "curve.h"
#include "qtext.h"

#include "aex/core/framework.h"

#include <QAction>
#include <QActionGroup>
#include <QLocale>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>
#include <QToolButton>

#include <array>

namespace App {

namespace {
QString keys(const QAction* action) { return action->shortcut().toString(QKeySequence::NativeText); }
} // namespace

QAction* WindowActions::make(const QString& text, const char* objectName)
{
    auto* action = new QAction(text, m_window);
    action->setObjectName(QString::fromLatin1(objectName));
    return action;
}

WindowActions::WindowActions(QMainWindow* window, QAction* plotReset)
    : QObject(window)
    , m_window(window)
{
    quit = make(tr("&Quit"), "quitAction");
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    // Their text follows the history: "Undo Change alpha of …".
    undo = make(tr("&Undo"), "undoAction");
    undo->setShortcut(QKeySequence::Undo);
    undo->setEnabled(false);
    redo = make(tr("&Redo"), "redoAction");
    redo->setShortcuts(QKeySequence::Redo); // Ctrl+Shift+Z, and Ctrl+Y
    if (!redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redo->setShortcuts(redo->shortcuts() << QKeySequence(Qt::CTRL | Qt::Key_Y));
    redo->setEnabled(false);

    add = make(tr("&Add Curve"), "addCurveAction");
    add->setShortcut(QKeySequence::New);
    add->setToolTip(tr("Add a curve (%1)").arg(keys(add)));
    add->setIconText(tr("Add"));

    duplicate = make(tr("&Duplicate Curve"), "duplicateCurveAction");
    duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    duplicate->setToolTip(tr("Duplicate the selected curve (%1)").arg(keys(duplicate)));
    duplicate->setIconText(tr("Duplicate"));

    remove = make(tr("&Remove Curve"), "removeCurveAction");
    remove->setShortcut(QKeySequence::Delete);
    // Only from the curve list (the window adds it there): Delete in a spin box must still delete a
    // digit.
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    remove->setToolTip(tr("Remove the selected curve (Del in the curve list)"));
    remove->setIconText(tr("Remove"));

    // The plot's own action, made window-wide so Ctrl+0 works wherever the focus is.
    resetView = plotReset;
    resetView->setText(tr("&Reset View"));
    resetView->setIconText(tr("Reset view"));
    resetView->setShortcutContext(Qt::WindowShortcut);

    m_themeGroup = new QActionGroup(this);
    m_themeGroup->setExclusive(true);
    light = make(tr("&Light Theme"), "lightThemeAction");
    dark = make(tr("&Dark Theme"), "darkThemeAction");
    for (QAction* a : {light, dark}) {
        a->setCheckable(true);
        m_themeGroup->addAction(a);
    }
    // One key that flips the theme, for the toolbar and the keyboard.
    toggleTheme = make(tr("Dark theme"), "toggleThemeAction");
    toggleTheme->setCheckable(true);
    toggleTheme->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    toggleTheme->setToolTip(tr("Switch between the light and dark themes (%1)").arg(keys(toggleTheme)));
    window->addAction(toggleTheme);
    lens = make(tr("Distribution &Lens"), "lensAction");
    lens->setIconText(tr("Lens"));
    lens->setCheckable(true);
    lens->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lens->setToolTip(
        tr("What the curves do to a distribution of inputs, and through many layers (%1)").arg(keys(lens)));
    window->addAction(lens);

    compare = make(tr("&Compare Selected Curves"), "compareAction");
    compare->setIconText(tr("Compare"));
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    compare->setToolTip(tr("Are the two selected curves the same function? Ctrl+click a second curve, then %1")
            .arg(keys(compare)));
    window->addAction(compare);

    lab = make(tr("Learning La&b"), "labAction");
    lab->setIconText(tr("Lab"));
    lab->setCheckable(true);
    lab->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    lab->setToolTip(tr("Train a small network whose units are the selected curve (%1)").arg(keys(lab)));
    window->addAction(lab);

    for (const Example& e : App::examples()) {
        QAction* action = make(e.title, "exampleAction");
        action->setObjectName(QStringLiteral("exampleAction_") + e.id);
        action->setToolTip(e.description);
        action->setStatusTip(e.description);
        examples.append(action);
    }
    for (int i = 0; i < examples.size() && i < 9; ++i)
        examples[i]->setShortcut(QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + i)));

    shortcuts = make(tr("&Keyboard Shortcuts"), "shortcutsAction");
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    about = make(tr("&About Activation Explorer"), "aboutAction");
    about->setMenuRole(QAction::AboutRole);
    readingThePlot = make(tr("&Reading the Plot"), "readingPlotAction");
    readingThePlot->setShortcut(QKeySequence::HelpContents);
    readingThePlot->setToolTip(tr("What the open and filled dots, the dashes and the panels mean"));
    createFileActions();
    createViewActions();
}

void WindowActions::createViewActions()
{
    functionPanel = make(tr("&Function Panel"), "functionPanelAction");
    functionPanel->setToolTip(tr("Show f(x); at least one of the two panels stays"));
    derivativePanel = make(tr("De&rivative Panel"), "derivativePanelAction");
    derivativePanel->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    derivativePanel->setToolTip(tr("Show f′(x) under f(x) (%1)").arg(keys(derivativePanel)));
    for (QAction* a : {functionPanel, derivativePanel}) {
        a->setCheckable(true);
        a->setChecked(true);
        m_window->addAction(a);
    }

    presentation = make(tr("&Presentation Mode"), "presentationAction");
    presentation->setCheckable(true);
    presentation->setShortcut(QKeySequence(Qt::Key_F5));
    presentation->setToolTip(tr("Large text and thick lines for a lecture hall (%1)").arg(keys(presentation)));
    m_window->addAction(presentation);
    auto* scales = new QActionGroup(this);
    scales->setExclusive(true);
    for (const double factor : kPresentationScales) {
        QAction* a = make(tr("%1×").arg(QLocale::c().toString(factor)), "presentationScaleAction");
        a->setObjectName(QStringLiteral("presentationScaleAction_%1").arg(int(factor * 100)));
        a->setCheckable(true);
        a->setData(factor);
        scales->addAction(a);
        presentationScales.append(a);
    }
    sidePanels = make(tr("&Side Panels"), "sidePanelsAction");
    sidePanels->setCheckable(true);
    sidePanels->setChecked(true);
    sidePanels->setShortcut(QKeySequence(Qt::Key_F6));
    sidePanels->setToolTip(tr("Show or hide every panel around the plot (%1)").arg(keys(sidePanels)));
    m_window->addAction(sidePanels);

    auto* places = new QActionGroup(this);
    places->setExclusive(true);
    const std::array<QString, Model::kLegendPlaces.size()> texts{tr("Top &Left"), tr("Top &Right"), tr("&Bottom Left"),
        tr("Bottom R&ight"), tr("&Hidden")};
    for (std::size_t i = 0; i < Model::kLegendPlaces.size(); ++i) {
        QAction* a = make(texts[i], "legendAction");
        a->setObjectName(QStringLiteral("legendAction_") + Model::legendPlaceName(Model::kLegendPlaces[i]));
        a->setCheckable(true);
        places->addAction(a);
        legendPlaces.append(a);
    }
}

void WindowActions::createFileActions()
{
    newSession = make(tr("&New Session"), "newSessionAction");
    // Ctrl+N is Add Curve, the action people use most.
    newSession->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    newSession->setToolTip(tr("Start again from the first example, as a new untitled session"));
    open = make(tr("&Open Session…"), "openAction");
    open->setShortcut(QKeySequence::Open);
    open->setToolTip(tr("Open a session file (.json)"));
    save = make(tr("&Save Session"), "saveAction");
    save->setShortcut(QKeySequence::Save);
    saveAs = make(tr("Save Session &As…"), "saveAsAction");
    saveAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));

    exportFigure = make(tr("&Export Figure…"), "exportFigureAction");
    exportFigure->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportFigure->setToolTip(tr("Save the plot as PNG, JPEG, SVG or PDF (%1)").arg(keys(exportFigure)));
    exportFigure->setIconText(tr("Export"));
    exportWindow = make(tr("Export &Window as PNG…"), "exportWindowAction");
    exportData = make(tr("Export &Data (CSV, JSON)…"), "exportDataAction");
    exportData->setToolTip(tr("x, f(x) and f′(x) of the visible curves over the domain"));
    copyImage = make(tr("&Copy Plot Image"), "copyImageAction");
    copyImage->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));

    const std::array<QKeySequence, 3> codeKeys{QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_K),
        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_T), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P)};
    for (std::size_t i = 0; i < Core::kFrameworks.size(); ++i) {
        const QString title = Model::toQString(Core::frameworkTitle(Core::kFrameworks[i]));
        QAction* action = make(tr("Copy as %1 Code").arg(title), "copyCodeAction");
        action->setObjectName(
            QStringLiteral("copyCodeAction_") + Model::toQString(Core::frameworkName(Core::kFrameworks[i])));
        action->setShortcut(codeKeys[i]);
        action->setToolTip(tr("Python that builds the selected curve in %1").arg(title));
        copyCode.append(action);
    }
}

void WindowActions::createMenus(const QList<QDockWidget*>& docks)
{
    QMenuBar* bar = m_window->menuBar();
    QMenu* file = bar->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addActions({newSession, open});
    recentMenu = file->addMenu(tr("Open &Recent"));
    recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addActions({save, saveAs});
    file->addSeparator();
    file->addActions({exportFigure, exportWindow, exportData, copyImage});
    file->addSeparator();
    file->addAction(quit);

    QMenu* edit = bar->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addActions({undo, redo});
    edit->addSeparator();
    edit->addActions({add, duplicate, remove});
    edit->addSeparator();
    edit->addActions(copyCode);

    QMenu* view = bar->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(resetView);
    view->addActions({functionPanel, derivativePanel});
    QMenu* legend = view->addMenu(tr("Le&gend"));
    legend->setObjectName(QStringLiteral("legendMenu"));
    legend->addActions(legendPlaces);
    view->addSeparator();
    view->addAction(presentation);
    QMenu* scale = view->addMenu(tr("Presentation Sc&ale"));
    scale->setObjectName(QStringLiteral("presentationScaleMenu"));
    scale->addActions(presentationScales);
    view->addAction(sidePanels);
    view->addSeparator();
    view->addActions({light, dark});
    view->addSeparator();
    view->addAction(lens);
    view->addAction(compare);
    view->addAction(lab);
    for (QDockWidget* dock : docks)
        view->addAction(dock->toggleViewAction());

    QMenu* ex = bar->addMenu(tr("Examp&les"));
    ex->setObjectName(QStringLiteral("examplesMenu"));
    ex->setToolTipsVisible(true);
    ex->addActions(examples);

    QMenu* help = bar->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(readingThePlot);
    docsMenu = help->addMenu(tr("Framework &Documentation"));
    docsMenu->setObjectName(QStringLiteral("docsMenu"));
    help->addAction(shortcuts);
    help->addSeparator();
    help->addAction(about);
}

void WindowActions::createToolBar()
{
    QToolBar* bar = m_window->addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(20, 20));
    bar->addActions({add, duplicate, remove});
    bar->addSeparator();

    m_examplesButton = new QToolButton(bar);
    m_examplesButton->setObjectName(QStringLiteral("examplesButton"));
    m_examplesButton->setText(tr("Examples"));
    m_examplesButton->setToolTip(tr("Load a built-in example"));
    m_examplesButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_examplesButton->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_examplesButton);
    menu->setToolTipsVisible(true);
    menu->addActions(examples);
    m_examplesButton->setMenu(menu);
    bar->addWidget(m_examplesButton);
    bar->addSeparator();

    bar->addActions({resetView, exportFigure, lens, toggleTheme});
    if (auto* themeButton = qobject_cast<QToolButton*>(bar->widgetForAction(toggleTheme)))
        themeButton->setObjectName(QStringLiteral("themeButton"));
}

void WindowActions::refreshIcons(const QPalette& palette)
{
    add->setIcon(makeIcon(IconKind::Add, palette));
    duplicate->setIcon(makeIcon(IconKind::Duplicate, palette));
    remove->setIcon(makeIcon(IconKind::Remove, palette));
    resetView->setIcon(makeIcon(IconKind::ResetView, palette));
    quit->setIcon(makeIcon(IconKind::Quit, palette));
    shortcuts->setIcon(makeIcon(IconKind::Help, palette));
    toggleTheme->setIcon(makeIcon(IconKind::Theme, palette));
    exportFigure->setIcon(makeIcon(IconKind::Export, palette));
    lens->setIcon(makeIcon(IconKind::Lens, palette));
    if (m_examplesButton)
        m_examplesButton->setIcon(makeIcon(IconKind::Examples, palette));
}

QList<QAction*> WindowActions::withShortcuts() const
{
    QList<QAction*> list{readingThePlot, undo, redo, newSession, open, save, saveAs, presentation, sidePanels, derivativePanel, exportFigure, copyImage, add, duplicate, remove, resetView, lens,
        compare, lab, toggleTheme, shortcuts, quit};
    return list + copyCode + examples;
}

} // namespace App
