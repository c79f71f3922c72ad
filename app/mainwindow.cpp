// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "activationplot.h"
#include "codepanel.h"
#include "curveeditor.h"
#include "curvelist.h"
#include "curvelistmodel.h"
#include "dataexport.h"
#include "domaineditor.h"
#include "examples.h"
#include "exportdialog.h"
#include "formulapanel.h"
#include "icons.h"
#include "qtext.h"
#include "settings.h"
#include "themepalette.h"
#include "valuestable.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <array>

namespace App {

using Widgets::Theme;

namespace {

QFrame* separator(QWidget* parent)
{
    auto* line = new QFrame(parent);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}

constexpr int kMaxRecentFiles = 8;

// "PATH: cannot be written (No space left on device); the file was left as it was"
QString fileMessage(const QString& path, const Model::FileError& error)
{
    return QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), error.message);
}

QLabel* sectionLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<Settings> settings, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(std::move(settings))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Activation Explorer"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/activation-explorer.svg")));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);

    m_model = new Widgets::CurveListModel(this);

    auto* central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralArea"));
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 4, 0, 0);
    centralLayout->setSpacing(2);
    m_domainEditor = new Widgets::DomainEditor(central);
    m_plot = new Widgets::ActivationPlot(central);
    centralLayout->addWidget(m_domainEditor);
    centralLayout->addWidget(m_plot, 1);
    setCentralWidget(central);

    // Before the curve list exists, so that the plot has the new curves by the time the list
    // reports its new current row.
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::onCurvesReset);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::onCurvesReset);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::onCurvesReset);

    createDocks();
    createActions();
    createMenus();
    createToolBar();
    createStatusBar();
    connectModel();

    resize(defaultSize());
    arrangeDocks();

    m_curveList->view()->setFocus(Qt::OtherFocusReason);

    {
        const QScopedValueRollback guard(m_applying, m_applying + 1);
        const bool restored = m_settings && restoreSettings();
        if (!restored) {
            loadDefaultView();
            setTheme(Theme::Light);
        }
    }
    setSessionPath({});
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    // Left: the curves, then what the selected curve is.
    auto* curvesPanel = new QWidget(this);
    curvesPanel->setObjectName(QStringLiteral("curvesPanel"));
    auto* left = new QVBoxLayout(curvesPanel);
    left->setContentsMargins(8, 6, 8, 8);
    left->setSpacing(6);
    m_curveList = new Widgets::CurveList(m_model, curvesPanel);
    left->addWidget(m_curveList, 2);
    left->addWidget(separator(curvesPanel));
    left->addWidget(sectionLabel(tr("Selected curve"), curvesPanel));

    m_editor = new Widgets::CurveEditor;
    auto* scroll = new QScrollArea(curvesPanel);
    scroll->setObjectName(QStringLiteral("editorScroll"));
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    left->addWidget(scroll, 5);

    m_curvesDock = new QDockWidget(tr("Curves"), this);
    m_curvesDock->setObjectName(QStringLiteral("curvesDock"));
    m_curvesDock->setWidget(curvesPanel);
    m_curvesDock->setFeatures(
        QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, m_curvesDock);

    m_formula = new Widgets::FormulaPanel(this);
    m_formulaDock = new QDockWidget(tr("Formula"), this);
    m_formulaDock->setObjectName(QStringLiteral("formulaDock"));
    m_formulaDock->setWidget(m_formula);
    addDockWidget(Qt::RightDockWidgetArea, m_formulaDock);

    m_values = new Widgets::ValuesTable(this);
    m_valuesDock = new QDockWidget(tr("Values"), this);
    m_valuesDock->setObjectName(QStringLiteral("valuesDock"));
    m_valuesDock->setWidget(m_values);
    addDockWidget(Qt::RightDockWidgetArea, m_valuesDock);
    splitDockWidget(m_formulaDock, m_valuesDock, Qt::Vertical);

    m_code = new Widgets::CodePanel(this);
    m_codeDock = new QDockWidget(tr("Code"), this);
    m_codeDock->setObjectName(QStringLiteral("codeDock"));
    m_codeDock->setWidget(m_code);
    addDockWidget(Qt::RightDockWidgetArea, m_codeDock);
    tabifyDockWidget(m_formulaDock, m_codeDock);
    m_formulaDock->raise();
    connect(m_code, &Widgets::CodePanel::copied, this, [this](Core::Framework framework, const QString& note) {
        showStatus(tr("Copied the %1 code. %2").arg(Model::toQString(Core::frameworkTitle(framework)), note));
    });
}

void MainWindow::arrangeDocks()
{
    resizeDocks({m_curvesDock, m_formulaDock}, {330, 360}, Qt::Horizontal);
    resizeDocks({m_formulaDock, m_valuesDock}, {440, 260}, Qt::Vertical);
}

void MainWindow::createActions()
{
    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setObjectName(QStringLiteral("quitAction"));
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_add = new QAction(tr("&Add Curve"), this);
    m_add->setObjectName(QStringLiteral("addCurveAction"));
    m_add->setShortcut(QKeySequence::New);
    m_add->setToolTip(tr("Add a curve (%1)").arg(m_add->shortcut().toString(QKeySequence::NativeText)));
    m_add->setIconText(tr("Add"));
    connect(m_add, &QAction::triggered, m_curveList, &Widgets::CurveList::addCurve);

    m_duplicate = new QAction(tr("&Duplicate Curve"), this);
    m_duplicate->setObjectName(QStringLiteral("duplicateCurveAction"));
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_duplicate->setToolTip(
        tr("Duplicate the selected curve (%1)").arg(m_duplicate->shortcut().toString(QKeySequence::NativeText)));
    m_duplicate->setIconText(tr("Duplicate"));
    connect(m_duplicate, &QAction::triggered, m_curveList, &Widgets::CurveList::duplicateCurve);

    m_remove = new QAction(tr("&Remove Curve"), this);
    m_remove->setObjectName(QStringLiteral("removeCurveAction"));
    m_remove->setShortcut(QKeySequence::Delete);
    // Only from the curve list: Delete in a spin box must still delete a digit.
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_curveList->view()->addAction(m_remove);
    m_remove->setToolTip(tr("Remove the selected curve (Del in the curve list)"));
    m_remove->setIconText(tr("Remove"));
    connect(m_remove, &QAction::triggered, m_curveList, &Widgets::CurveList::removeCurve);

    // The plot's own action, made window-wide so Ctrl+0 works wherever the focus is.
    m_resetView = m_plot->resetViewAction();
    m_resetView->setText(tr("&Reset View"));
    m_resetView->setIconText(tr("Reset view"));
    m_resetView->setShortcutContext(Qt::WindowShortcut);

    m_themeGroup = new QActionGroup(this);
    m_themeGroup->setExclusive(true);
    m_light = new QAction(tr("&Light Theme"), m_themeGroup);
    m_light->setObjectName(QStringLiteral("lightThemeAction"));
    m_light->setCheckable(true);
    m_dark = new QAction(tr("&Dark Theme"), m_themeGroup);
    m_dark->setObjectName(QStringLiteral("darkThemeAction"));
    m_dark->setCheckable(true);
    connect(m_light, &QAction::triggered, this, [this] { setTheme(Theme::Light); });
    connect(m_dark, &QAction::triggered, this, [this] { setTheme(Theme::Dark); });
    // One key that flips the theme, for the toolbar and the keyboard.
    m_toggleTheme = new QAction(tr("Dark theme"), this);
    m_toggleTheme->setObjectName(QStringLiteral("toggleThemeAction"));
    m_toggleTheme->setCheckable(true);
    m_toggleTheme->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_toggleTheme->setToolTip(tr("Switch between the light and dark themes (%1)")
                                  .arg(m_toggleTheme->shortcut().toString(QKeySequence::NativeText)));
    connect(
        m_toggleTheme, &QAction::triggered, this, [this](bool dark) { setTheme(dark ? Theme::Dark : Theme::Light); });
    addAction(m_toggleTheme);

    for (const Example& e : examples()) {
        auto* action = new QAction(e.title, this);
        action->setObjectName(QStringLiteral("exampleAction_") + e.id);
        action->setToolTip(e.description);
        action->setStatusTip(e.description);
        const QString id = e.id;
        connect(action, &QAction::triggered, this, [this, id] { loadExample(id); });
        m_exampleActions.append(action);
    }
    for (int i = 0; i < m_exampleActions.size() && i < 9; ++i)
        m_exampleActions[i]->setShortcut(QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + i)));

    m_shortcuts = new QAction(tr("&Keyboard Shortcuts"), this);
    m_shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    m_shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    connect(m_shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);

    m_about = new QAction(tr("&About Activation Explorer"), this);
    m_about->setObjectName(QStringLiteral("aboutAction"));
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);

    createFileActions();
    refreshIcons();
}

void MainWindow::createFileActions()
{
    m_open = new QAction(tr("&Open Session…"), this);
    m_open->setObjectName(QStringLiteral("openAction"));
    m_open->setShortcut(QKeySequence::Open);
    m_open->setToolTip(tr("Open a session file (.json)"));
    connect(m_open, &QAction::triggered, this, &MainWindow::openInteractive);

    m_save = new QAction(tr("&Save Session"), this);
    m_save->setObjectName(QStringLiteral("saveAction"));
    m_save->setShortcut(QKeySequence::Save);
    connect(m_save, &QAction::triggered, this, &MainWindow::saveInteractive);

    m_saveAs = new QAction(tr("Save Session &As…"), this);
    m_saveAs->setObjectName(QStringLiteral("saveAsAction"));
    m_saveAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_saveAs, &QAction::triggered, this, &MainWindow::saveAsInteractive);

    m_exportFigure = new QAction(tr("&Export Figure…"), this);
    m_exportFigure->setObjectName(QStringLiteral("exportFigureAction"));
    m_exportFigure->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportFigure->setToolTip(tr("Save the plot as PNG, JPEG, SVG or PDF (%1)")
                                   .arg(m_exportFigure->shortcut().toString(QKeySequence::NativeText)));
    m_exportFigure->setIconText(tr("Export"));
    connect(m_exportFigure, &QAction::triggered, this, &MainWindow::exportFigureInteractive);

    m_exportWindow = new QAction(tr("Export &Window as PNG…"), this);
    m_exportWindow->setObjectName(QStringLiteral("exportWindowAction"));
    connect(m_exportWindow, &QAction::triggered, this, &MainWindow::exportWindowInteractive);

    m_exportData = new QAction(tr("Export &Data (CSV, JSON)…"), this);
    m_exportData->setObjectName(QStringLiteral("exportDataAction"));
    m_exportData->setToolTip(tr("x, f(x) and f′(x) of the visible curves over the domain"));
    connect(m_exportData, &QAction::triggered, this, &MainWindow::exportDataInteractive);

    m_copyImage = new QAction(tr("&Copy Plot Image"), this);
    m_copyImage->setObjectName(QStringLiteral("copyImageAction"));
    m_copyImage->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyImage, &QAction::triggered, this, &MainWindow::copyPlotImage);

    const std::array<QKeySequence, 3> codeKeys{QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_K),
        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_T), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P)};
    for (std::size_t i = 0; i < Core::kFrameworks.size(); ++i) {
        const Core::Framework framework = Core::kFrameworks[i];
        auto* action
            = new QAction(tr("Copy as %1 Code").arg(Model::toQString(Core::frameworkTitle(framework))), this);
        action->setObjectName(QStringLiteral("copyCodeAction_") + Model::toQString(Core::frameworkName(framework)));
        action->setShortcut(codeKeys[i]);
        action->setToolTip(
            tr("Python that builds the selected curve in %1").arg(Model::toQString(Core::frameworkTitle(framework))));
        connect(action, &QAction::triggered, this, [this, framework] { copyCode(framework); });
        m_copyCode.append(action);
    }
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    file->addAction(m_save);
    file->addAction(m_saveAs);
    file->addSeparator();
    file->addAction(m_exportFigure);
    file->addAction(m_exportWindow);
    file->addAction(m_exportData);
    file->addAction(m_copyImage);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_add);
    edit->addAction(m_duplicate);
    edit->addAction(m_remove);
    edit->addSeparator();
    edit->addActions(m_copyCode);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_resetView);
    view->addSeparator();
    view->addAction(m_light);
    view->addAction(m_dark);
    view->addSeparator();
    for (QDockWidget* dock : {m_curvesDock, m_formulaDock, m_codeDock, m_valuesDock})
        view->addAction(dock->toggleViewAction());

    QMenu* ex = menuBar()->addMenu(tr("E&xamples"));
    ex->setObjectName(QStringLiteral("examplesMenu"));
    ex->setToolTipsVisible(true);
    ex->addActions(m_exampleActions);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_shortcuts);
    help->addSeparator();
    help->addAction(m_about);
}

void MainWindow::createToolBar()
{
    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(20, 20));
    bar->addAction(m_add);
    bar->addAction(m_duplicate);
    bar->addAction(m_remove);
    bar->addSeparator();

    m_examplesButton = new QToolButton(bar);
    m_examplesButton->setObjectName(QStringLiteral("examplesButton"));
    m_examplesButton->setText(tr("Examples"));
    m_examplesButton->setToolTip(tr("Load a built-in example"));
    m_examplesButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_examplesButton->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_examplesButton);
    menu->setToolTipsVisible(true);
    menu->addActions(m_exampleActions);
    m_examplesButton->setMenu(menu);
    bar->addWidget(m_examplesButton);
    bar->addSeparator();

    bar->addAction(m_resetView);
    bar->addAction(m_exportFigure);

    bar->addAction(m_toggleTheme);
    m_themeButton = qobject_cast<QToolButton*>(bar->widgetForAction(m_toggleTheme));
    if (m_themeButton)
        m_themeButton->setObjectName(QStringLiteral("themeButton"));

    refreshIcons();
}

void MainWindow::createStatusBar()
{
    m_readout = new QLabel(this);
    m_readout->setObjectName(QStringLiteral("readoutLabel"));
    m_readout->setTextFormat(Qt::PlainText);
    m_readout->setContentsMargins(6, 0, 6, 0);
    statusBar()->addWidget(m_readout, 1);
    m_panelTimer = new QTimer(this);
    m_panelTimer->setSingleShot(true);
    m_panelTimer->setInterval(kPanelInterval);
    connect(m_panelTimer, &QTimer::timeout, this, &MainWindow::refreshPanels);
    m_statusTimer = new QTimer(this);
    m_statusTimer->setSingleShot(true);
    m_statusTimer->setInterval(6000);
    connect(m_statusTimer, &QTimer::timeout, this, [this] { showReadout(m_plot->readoutText()); });
    m_statusInfo = new QLabel(this);
    m_statusInfo->setObjectName(QStringLiteral("statusInfo"));
    m_statusInfo->setContentsMargins(6, 0, 6, 0);
    statusBar()->addPermanentWidget(m_statusInfo);
    showReadout({});
}

void MainWindow::connectModel()
{
    connect(m_model, &Widgets::CurveListModel::curveChanged, this, &MainWindow::onCurveChanged);
    connect(m_curveList, &Widgets::CurveList::currentRowChanged, this, [this] { bindCurrent(); });

    connect(m_editor, &Widgets::CurveEditor::activationChanged, this, [this](const Core::Activation& a) {
        const int row = currentCurve();
        if (row >= 0)
            m_model->setActivation(row, a);
    });
    connect(m_domainEditor, &Widgets::DomainEditor::domainChanged, this, &MainWindow::onDomainChanged);
    connect(m_domainEditor, &Widgets::DomainEditor::dtypeChanged, this, &MainWindow::onDTypeChanged);
    connect(m_plot, &Widgets::ActivationPlot::readoutChanged, this, &MainWindow::showReadout);
}

int MainWindow::currentCurve() const { return m_curveList->currentRow(); }

void MainWindow::selectCurve(int row) { m_curveList->setCurrentRow(row); }

void MainWindow::bindCurrent()
{
    const int row = currentCurve();
    m_plot->setSelectedCurve(row);
    updateLimits();
    m_remove->setEnabled(row >= 0);
    for (QAction* action : std::as_const(m_copyCode))
        action->setEnabled(row >= 0);
    if (row < 0) {
        m_editor->clear();
        m_values->clearActivation();
        m_formula->clearActivation();
        m_code->clearActivation();
        return;
    }
    const Core::Activation& a = m_model->curve(row).activation;
    m_editor->setActivation(a);
    // What "Add" creates next: the function and framework the user is looking at.
    m_curveList->setNewCurveTemplate(a);
    refreshPanels();
}

// A view holds at most Core::kMaxCurves curves and Core::kMaxTotalSamples points: the window never
// makes one that a session file could not hold, or a figure could not draw.
void MainWindow::updateLimits()
{
    const auto curves = static_cast<std::size_t>(m_model->rowCount());
    const std::size_t samples = m_domainEditor->domain().samples;
    QString reason;
    if (curves >= Core::kMaxCurves)
        reason = tr("At most %1 curves: remove one first").arg(Core::kMaxCurves);
    else if (!Core::workProblem(curves + 1, samples).empty())
        reason = tr("%1 curves at %2 samples would be more than %3 points: lower the samples first")
                     .arg(curves + 1)
                     .arg(samples)
                     .arg(Core::kMaxTotalSamples);
    m_curveList->setAddLimit(reason);
    m_add->setEnabled(reason.isEmpty());
    m_duplicate->setEnabled(reason.isEmpty() && currentCurve() >= 0);
    m_domainEditor->setMaximumSamples(Core::kMaxTotalSamples / std::max<std::size_t>(curves, 1));
}

void MainWindow::onCurvesReset()
{
    markModified();
    m_plot->setCurves(m_model->curves());
    if (!m_curveList)
        return;
    m_plot->setSelectedCurve(currentCurve());
    m_statusInfo->setText(tr("%n curve(s)", nullptr, m_model->rowCount()));
    if (m_model->rowCount() == 0)
        bindCurrent();
    updateLimits();
}

void MainWindow::onCurveChanged(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_plot->updateCurve(row, m_model->curve(row));
    if (row == currentCurve()) {
        m_curveList->setNewCurveTemplate(m_model->curve(row).activation);
        // The text panels cost several times a replot (QTextDocument::setHtml). While a slider is
        // dragged they follow at most every kPanelInterval, so the plot keeps up with the hand;
        // the last value always reaches them.
        if (!m_panelClock.isValid() || m_panelClock.elapsed() >= kPanelInterval.count())
            refreshPanels();
        else if (!m_panelTimer->isActive())
            m_panelTimer->start(kPanelInterval - std::chrono::milliseconds(m_panelClock.elapsed()));
    }
    markModified();
}

void MainWindow::refreshPanels()
{
    m_panelTimer->stop();
    m_panelClock.start();
    const int row = currentCurve();
    if (row < 0 || row >= m_model->rowCount())
        return;
    const Core::Activation& a = m_model->curve(row).activation;
    m_values->setActivation(a);
    m_formula->setActivation(a);
    m_code->setActivation(a);
}

void MainWindow::onDomainChanged(const Core::Domain& domain)
{
    markModified();
    m_plot->setDomain(domain);
    updateLimits();
}

void MainWindow::onDTypeChanged(Core::DType dtype)
{
    markModified();
    m_plot->setDType(dtype);
    m_values->setDType(dtype);
    m_formula->setDType(dtype);
}

void MainWindow::showStatus(const QString& text)
{
    // In the readout's place rather than QStatusBar::showMessage(), which would draw over the
    // readout if it came before the window was shown; the next readout or hint replaces it.
    m_readout->setText(text);
    m_readout->setToolTip(text);
    m_statusTimer->start();
}

void MainWindow::showReadout(const QString& text)
{
    m_statusTimer->stop();
    if (text.isEmpty()) {
        m_readout->setText(tr("Drag to pan · wheel to zoom · Shift+drag zooms to a rectangle · Ctrl+0 resets the view "
                              "· ←/→ step the crosshair"));
        m_readout->setToolTip({});
        return;
    }
    // The first line is x; then one line per visible curve. Show the selected curve's.
    const QStringList lines = text.split(QLatin1Char('\n'));
    QString shown = lines.value(0);
    const int row = currentCurve();
    if (row >= 0 && m_model->curve(row).visible) {
        int visibleIndex = 0;
        for (int i = 0; i < row; ++i)
            visibleIndex += m_model->curve(i).visible ? 1 : 0;
        if (visibleIndex + 1 < lines.size())
            shown += QStringLiteral("    ") + lines[visibleIndex + 1];
    } else if (lines.size() > 1) {
        shown += QStringLiteral("    ") + lines[1];
    }
    m_readout->setText(shown);
    m_readout->setToolTip(text);
}

bool MainWindow::loadExample(const QString& id)
{
    const Example* example = findExample(id);
    if (!example)
        return false;
    QList<Widgets::Curve> curves;
    try {
        curves = buildCurves(*example);
    } catch (const Core::InputError& e) {
        showStatus(tr("Cannot load %1: %2").arg(example->title, QString::fromUtf8(e.what())));
        return false;
    }
    {
        const QScopedValueRollback guard(m_applying, m_applying + 1);
        m_domainEditor->setDomain(example->domain);
        m_plot->setDomain(example->domain);
        m_values->setInputText(example->valuesInput);
        m_model->setCurves(curves);
        if (!curves.isEmpty())
            selectCurve(std::clamp(example->selected, 0, static_cast<int>(curves.size()) - 1));
        m_plot->resetView();
    }
    // An example is a new, unsaved view: Save must not write it over the open session file.
    if (!m_sessionPath.isEmpty())
        setSessionPath({});
    showStatus(tr("Loaded example “%1”: %2").arg(example->title, example->description));
    return true;
}

void MainWindow::loadDefaultView()
{
    loadExample(examples().front().id);
    showReadout({});
}

void MainWindow::setTheme(Theme theme)
{
    if (theme != m_theme)
        markModified();
    m_theme = theme;
    QApplication::setPalette(Widgets::themePalette(theme));
    m_plot->setTheme(theme);
    (theme == Theme::Dark ? m_dark : m_light)->setChecked(true);
    m_toggleTheme->setChecked(theme == Theme::Dark);
    refreshIcons();
}

void MainWindow::refreshIcons()
{
    const QPalette pal = QApplication::palette();
    m_add->setIcon(makeIcon(IconKind::Add, pal));
    m_duplicate->setIcon(makeIcon(IconKind::Duplicate, pal));
    m_remove->setIcon(makeIcon(IconKind::Remove, pal));
    m_resetView->setIcon(makeIcon(IconKind::ResetView, pal));
    m_quit->setIcon(makeIcon(IconKind::Quit, pal));
    m_shortcuts->setIcon(makeIcon(IconKind::Help, pal));
    if (m_examplesButton)
        m_examplesButton->setIcon(makeIcon(IconKind::Examples, pal));
    m_toggleTheme->setIcon(makeIcon(IconKind::Theme, pal));
    if (m_exportFigure)
        m_exportFigure->setIcon(makeIcon(IconKind::Export, pal));
}

Model::FileError MainWindow::saveSettings()
{
    if (!m_settings)
        return {};
    StoredSettings stored;
    stored.session = session();
    stored.geometry = saveGeometry();
    stored.windowState = saveState();
    stored.recentFiles = m_recentFiles;
    stored.figure = m_figureOptions;
    stored.lastExportPath = m_lastExportPath;
    return m_settings->save(stored);
}

bool MainWindow::restoreSettings()
{
    if (!m_settings)
        return false;
    QString error;
    const StoredSettings stored = m_settings->load(&error);
    if (!error.isEmpty())
        // Shown once the default view is up, which would replace it.
        QTimer::singleShot(0, this, [this, error] {
            showStatus(tr("The settings in %1 could not be read (%2); started from the default view")
                           .arg(QDir::toNativeSeparators(m_settings->fileName()), error));
        });
    for (const QString& path : stored.recentFiles) {
        if (m_recentFiles.size() < kMaxRecentFiles)
            m_recentFiles.append(path);
    }
    if (stored.figure)
        m_figureOptions = *stored.figure;
    m_lastExportPath = stored.lastExportPath;
    if (!stored.geometry.isEmpty())
        restoreGeometry(stored.geometry);
    if (!stored.windowState.isEmpty())
        restoreState(stored.windowState);
    if (!stored.session)
        return false;
    applySession(*stored.session);
    return true;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // The view is kept only in the settings: say so when they cannot be written (a full disk).
    if (const Model::FileError error = saveSettings())
        reportError(tr("Cannot save the settings"),
            tr("%1: %2").arg(QDir::toNativeSeparators(m_settings->fileName()), error.message));
    QMainWindow::closeEvent(event);
}

void MainWindow::showShortcuts()
{
    if (auto* open = findChild<QDialog*>(QStringLiteral("shortcutsDialog"))) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("shortcutsDialog"));
    dialog->setWindowTitle(tr("Keyboard Shortcuts"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(dialog);
    auto* table = new QTableWidget(dialog);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    QList<QPair<QString, QString>> rows;
    QList<QAction*> actions{m_open, m_save, m_saveAs, m_exportFigure, m_copyImage, m_add, m_duplicate, m_remove,
        m_resetView, m_toggleTheme, m_shortcuts, m_quit};
    actions += m_copyCode;
    actions += m_exampleActions;
    for (QAction* a : std::as_const(actions)) {
        QString text = a->text();
        text.remove(QLatin1Char('&'));
        rows.append({text, a->shortcut().toString(QKeySequence::NativeText)});
    }
    rows.append({tr("Step the crosshair one sample (ten with Shift)"), tr("← / → over the plot")});
    rows.append({tr("Crosshair to the first / last sample"), tr("Home / End over the plot")});
    rows.append({tr("Hide the crosshair"), tr("Esc over the plot")});
    rows.append({tr("Zoom around the cursor"), tr("Mouse wheel")});
    rows.append({tr("Pan"), tr("Drag")});
    rows.append({tr("Zoom to a rectangle"), tr("Shift+drag or right-drag")});
    rows.append({tr("Step a slider or spin box"), tr("← / → or ↑ / ↓ (Page Up / Down: ten steps)")});
    rows.append({tr("Rename the selected curve"), tr("F2 in the curve list")});
    rows.append({tr("Show or hide the selected curve"), tr("Space in the curve list")});
    table->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        table->setItem(r, 0, new QTableWidgetItem(rows[r].first));
        table->setItem(r, 1, new QTableWidgetItem(rows[r].second));
    }
    table->resizeColumnsToContents();
    layout->addWidget(table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(620, 520);
    dialog->show();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Activation Explorer"),
        tr("<h3>Activation Explorer %1</h3>"
           "<p>See how neural-network activation functions and their gradients behave, exactly as "
           "Keras 3, tf.keras 2 and PyTorch compute them, kinks and jumps included.</p>"
           "<p>Built with Qt %2 and QCustomPlot.</p>")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

// ---------------------------------------------------------------------------------------------
// Sessions

Session MainWindow::session() const
{
    Session s;
    s.curves = m_model->curves();
    for (int i = 0; i < m_model->rowCount(); ++i)
        s.autoNamed.append(m_model->isAutoNamed(i));
    s.selected = currentCurve();
    s.domain = m_domainEditor->domain();
    s.dtype = m_domainEditor->dtype();
    // While the view follows the data it is fully described by the domain: a reload refits.
    if (!m_plot->followsData()) {
        const QCPRange f = m_plot->valueRect()->axis(QCPAxis::atLeft)->range();
        const QCPRange df = m_plot->derivativeRect()->axis(QCPAxis::atLeft)->range();
        s.viewX = std::pair{m_plot->viewMin(), m_plot->viewMax()};
        s.viewF = std::pair{f.lower, f.upper};
        s.viewDf = std::pair{df.lower, df.upper};
    }
    s.theme = m_theme;
    s.panels = m_panels;
    s.valuesInput = m_values->inputText();
    return s;
}

void MainWindow::applySession(const Session& session)
{
    {
        const QScopedValueRollback guard(m_applying, m_applying + 1);
        setTheme(session.theme);
        m_domainEditor->setDomain(session.domain);
        m_plot->setDomain(session.domain);
        m_domainEditor->setDType(session.dtype);
        onDTypeChanged(session.dtype);
        // A session without a values list (one made of --curve specs) keeps the current one
        // rather than showing an empty-list error.
        if (!session.valuesInput.trimmed().isEmpty())
            m_values->setInputText(session.valuesInput);
        m_model->setCurves(session.curves, session.autoNamed);
        if (m_model->rowCount() > 0)
            selectCurve(std::clamp(session.selected, -1, m_model->rowCount() - 1));
        m_plot->resetView();
        if (session.viewX)
            m_plot->valueRect()->axis(QCPAxis::atBottom)->setRange(session.viewX->first, session.viewX->second);
        if (session.viewF)
            m_plot->valueRect()->axis(QCPAxis::atLeft)->setRange(session.viewF->first, session.viewF->second);
        if (session.viewDf)
            m_plot->derivativeRect()->axis(QCPAxis::atLeft)->setRange(session.viewDf->first, session.viewDf->second);
        m_plot->customPlot()->replot(QCustomPlot::rpQueuedReplot);
        m_panels = session.panels;
    }
    setWindowModified(false);
}

QString MainWindow::openSession(const QString& path)
{
    const SessionResult loaded = loadSession(path);
    if (!loaded)
        return QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), loaded.error.message());
    applySession(*loaded.session);
    setSessionPath(QFileInfo(path).absoluteFilePath());
    addRecentFile(m_sessionPath);
    showStatus(tr("Opened %1").arg(QDir::toNativeSeparators(m_sessionPath)));
    return {};
}

QString MainWindow::saveSessionAs(const QString& path)
{
    if (const Model::FileError error = saveSession(session(), path))
        return fileMessage(path, error);
    setSessionPath(QFileInfo(path).absoluteFilePath());
    addRecentFile(m_sessionPath);
    showStatus(tr("Saved %1").arg(QDir::toNativeSeparators(m_sessionPath)));
    return {};
}

void MainWindow::setSessionPath(const QString& path)
{
    m_sessionPath = path;
    setWindowModified(false);
    setWindowTitle(
        path.isEmpty() ? tr("Activation Explorer") : tr("%1[*] — Activation Explorer").arg(QFileInfo(path).fileName()));
    setWindowFilePath(path);
}

void MainWindow::markModified()
{
    // Only a session file can be out of date: without one the state is kept in the settings.
    if (m_applying == 0 && !m_sessionPath.isEmpty())
        setWindowModified(true);
}

void MainWindow::addRecentFile(const QString& path)
{
    m_recentFiles.removeAll(path);
    m_recentFiles.prepend(path);
    while (m_recentFiles.size() > kMaxRecentFiles)
        m_recentFiles.removeLast();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    for (int i = 0; i < m_recentFiles.size(); ++i) {
        const QString path = m_recentFiles[i];
        QAction* action = m_recentMenu->addAction(QStringLiteral("&%1  %2").arg(i + 1).arg(
            QFileInfo(path).fileName().replace(QLatin1Char('&'), QStringLiteral("&&"))));
        action->setObjectName(QStringLiteral("recentFileAction_%1").arg(i));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] {
            const QString error = openSession(path);
            if (!error.isEmpty()) {
                if (!QFileInfo::exists(path))
                    m_recentFiles.removeAll(path);
                reportError(tr("Cannot open the session"), error);
            }
        });
    }
    if (m_recentFiles.isEmpty()) {
        m_recentMenu->addAction(tr("No recent sessions"))->setEnabled(false);
        return;
    }
    m_recentMenu->setToolTipsVisible(true);
    m_recentMenu->addSeparator();
    QAction* clear = m_recentMenu->addAction(tr("&Clear Recent Sessions"));
    clear->setObjectName(QStringLiteral("clearRecentAction"));
    connect(clear, &QAction::triggered, this, [this] { m_recentFiles.clear(); });
}

void MainWindow::reportError(const QString& title, const QString& error)
{
    showStatus(error);
    QMessageBox box(QMessageBox::Warning, title, error, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("errorBox"));
    box.exec();
}

QString MainWindow::dialogDirectory() const
{
    if (!m_sessionPath.isEmpty())
        return QFileInfo(m_sessionPath).absolutePath();
    if (!m_lastExportPath.isEmpty())
        return QFileInfo(m_lastExportPath).absolutePath();
    return QDir::homePath();
}

void MainWindow::openInteractive()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Session"), dialogDirectory(), tr("Activation Explorer sessions (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    if (const QString error = openSession(path); !error.isEmpty())
        reportError(tr("Cannot open the session"), error);
}

void MainWindow::saveInteractive()
{
    if (m_sessionPath.isEmpty()) {
        saveAsInteractive();
        return;
    }
    if (const QString error = saveSessionAs(m_sessionPath); !error.isEmpty())
        reportError(tr("Cannot save the session"), error);
}

void MainWindow::saveAsInteractive()
{
    const QString start
        = m_sessionPath.isEmpty() ? QDir(dialogDirectory()).filePath(tr("session.json")) : m_sessionPath;
    QString path
        = QFileDialog::getSaveFileName(this, tr("Save Session As"), start, tr("Activation Explorer sessions (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    if (const QString error = saveSessionAs(path); !error.isEmpty())
        reportError(tr("Cannot save the session"), error);
}

// ---------------------------------------------------------------------------------------------
// Export

Widgets::FigureOptions MainWindow::figureOptions() const
{
    Widgets::FigureOptions o = m_figureOptions;
    o.theme = m_theme;
    o.panels = m_panels;
    return o;
}

QString MainWindow::exportFigure(const QString& path, const Widgets::FigureOptions& options)
{
    if (const Model::FileError error = Widgets::writeFigure(Widgets::figureContent(*m_plot), options, path))
        return fileMessage(path, error);
    showStatus(tr("Exported the figure to %1").arg(QDir::toNativeSeparators(path)));
    return {};
}

QString MainWindow::exportWindow(const QString& path)
{
    if (const Model::FileError error = Widgets::writeImage(grab().toImage(), path))
        return fileMessage(path, error);
    showStatus(tr("Exported the window to %1").arg(QDir::toNativeSeparators(path)));
    return {};
}

QString MainWindow::exportData(const QString& path)
{
    const DataRequest request{m_model->curves(), m_domainEditor->domain(), m_domainEditor->dtype()};
    if (const Model::FileError error = writeCurveData(request, path))
        return fileMessage(path, error);
    showStatus(tr("Exported the data of the visible curves to %1").arg(QDir::toNativeSeparators(path)));
    return {};
}

QImage MainWindow::plotImage() const
{
    Widgets::FigureOptions o = figureOptions();
    o.size = m_plot->size().expandedTo(QSize(Widgets::kMinFigureSide, Widgets::kMinFigureSide));
    // Pasted into slides or documents, a double-resolution image stays sharp.
    o.scale = std::max(2.0, devicePixelRatioF());
    QImage image = Widgets::renderFigure(Widgets::figureContent(*m_plot), o);
    image.setDevicePixelRatio(o.scale);
    return image;
}

void MainWindow::copyPlotImage()
{
    QGuiApplication::clipboard()->setImage(plotImage());
    showStatus(tr("Copied the plot image to the clipboard"));
}

bool MainWindow::copyCode(Core::Framework framework) { return m_code->copy(framework); }

void MainWindow::exportFigureInteractive()
{
    QString path = m_lastExportPath;
    if (path.isEmpty() || !Widgets::figureFormatForPath(path))
        path = QDir(dialogDirectory()).filePath(QStringLiteral("figure.png"));
    Widgets::ExportDialog dialog(Widgets::figureContent(*m_plot), figureOptions(), path, this);
    dialog.setPlotSize(m_plot->size());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Widgets::FigureOptions chosen = dialog.options();
    m_figureOptions = chosen;
    m_lastExportPath = dialog.path();
    if (chosen.panels != m_panels) {
        m_panels = chosen.panels;
        markModified();
    }
    if (const QString error = exportFigure(dialog.path(), chosen); !error.isEmpty())
        reportError(tr("Cannot export the figure"), error);
}

void MainWindow::exportWindowInteractive()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export Window"),
        QDir(dialogDirectory()).filePath(QStringLiteral("window.png")), tr("PNG image (*.png)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".png");
    if (const QString error = exportWindow(path); !error.isEmpty())
        reportError(tr("Cannot export the window"), error);
}

void MainWindow::exportDataInteractive()
{
    QString filter = tr("CSV (*.csv)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export Data"),
        QDir(dialogDirectory()).filePath(QStringLiteral("curves.csv")), tr("CSV (*.csv);;JSON (*.json)"), &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter.contains(QStringLiteral("json")) ? QStringLiteral(".json") : QStringLiteral(".csv");
    if (const QString error = exportData(path); !error.isEmpty())
        reportError(tr("Cannot export the data"), error);
}

} // namespace App
