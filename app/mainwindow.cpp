// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "activationplot.h"
#include "codepanel.h"
#include "comparepanel.h"
#include "curveeditor.h"
#include "curvelist.h"
#include "depthview.h"
#include "distributionpanel.h"
#include "documenthistory.h"
#include "domaineditor.h"
#include "examples.h"
#include "explorerdocument.h"
#include "exportcontroller.h"
#include "fonts.h"
#include "formulapanel.h"
#include "frameworksview.h"
#include "icons.h"
#include "lazydock.h"
#include "learninglab.h"
#include "pixelnumber.h"
#include "qtext.h"
#include "sessioncontroller.h"
#include "shortcutsdialog.h"
#include "statisticstable.h"
#include "themepalette.h"
#include "valuestable.h"
#include "windowactions.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFrame>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace App {

namespace {

QFrame* separator(QWidget* parent)
{
    auto* line = new QFrame(parent);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}

QLabel* sectionLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setFont(Widgets::Fonts::bold());
    return label;
}

QDockWidget* dock(const QString& title, const char* objectName, QWidget* content, QMainWindow* window)
{
    auto* d = new QDockWidget(title, window);
    d->setObjectName(QString::fromLatin1(objectName));
    d->setWidget(content);
    return d;
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<Settings> settings, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(std::move(settings))
    , m_document(new Model::ExplorerDocument(this))
{
    // The settings are read once, before any widget, so that the widgets are made in their
    // theme's palette. QApplication::setPalette reaches a window through a posted event, so the
    // window takes it now, and its children from it: else, in the first event-loop turn after the
    // window is shown, every widget would be resolved again and the views that follow the palette
    // refreshed, all before the first frame.
    QString settingsError;
    std::optional<StoredSettings> stored;
    if (m_settings)
        stored = m_settings->load(&settingsError);
    setApplicationPalette(stored && stored->session ? stored->session->theme : m_document->theme());
    QEvent paletteChange(QEvent::ApplicationPaletteChange);
    QCoreApplication::sendEvent(this, &paletteChange);

    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(applicationIcon());
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);

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
    createDocks();

    // Every view shows the one document.
    m_plot->setDocument(m_document);
    m_domainEditor->setDocument(m_document);
    m_curveList->setDocument(m_document);
    m_editor->setDocument(m_document);
    m_values->setDocument(m_document);
    // The docks' views bind as their LazyDock builds them.

    m_sessions = new SessionController(m_document, this);
    m_exports = new ExportController(
        m_document, m_plot, [this] { return codePanel(); }, this,
        [this](const QString& lastExport) { return m_sessions->dialogDirectory(lastExport); });
    m_actions = new WindowActions(this, m_plot->resetViewAction());
    m_actions->createMenus({m_curvesDock, m_formulaDock, m_codeDock, m_valuesDock, m_compareDock, m_frameworksDock,
        m_labDock, m_distributionDock, m_statisticsDock, m_depthDock});
    m_actions->createToolBar();
    connectActions();
    connectLens();
    connectCompare();
    connectLab();

    m_readout = new QLabel(this);
    m_readout->setObjectName(QStringLiteral("readoutLabel"));
    m_readout->setTextFormat(Qt::PlainText);
    m_readout->setContentsMargins(6, 0, 6, 0);
    // The readout's line may be cut at the right; it must never make the window wider (in
    // presentation mode, the hint alone was wider than a 1024-pixel projector).
    m_readout->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    statusBar()->addWidget(m_readout, 1);
    m_statusInfo = new QLabel(this);
    m_statusInfo->setObjectName(QStringLiteral("statusInfo"));
    m_statusInfo->setContentsMargins(6, 0, 6, 0);
    statusBar()->addPermanentWidget(m_statusInfo);
    m_statusTimer = new QTimer(this);
    m_statusTimer->setSingleShot(true);
    m_statusTimer->setInterval(6000);
    connect(m_statusTimer, &QTimer::timeout, this, [this] { showReadout(m_plot->scene()->crosshair()); });
    connect(m_plot, &Widgets::ActivationPlot::crosshairChanged, this, &MainWindow::showReadout);
    connect(m_document, &Model::ExplorerDocument::themeChanged, this, &MainWindow::applyTheme);
    connect(m_document, &Model::ExplorerDocument::limitsChanged, this,
        [this] { m_statusInfo->setText(tr("%n curve(s)", nullptr, m_document->curveCount())); });

    resize(defaultSize());
    resizeDocks({m_curvesDock, m_formulaDock}, {330, 360}, Qt::Horizontal);
    resizeDocks({m_formulaDock, m_valuesDock}, {440, 260}, Qt::Vertical);
    m_curveList->view()->setFocus(Qt::OtherFocusReason);
    setTabOrderOfTheMainFlow();

    if (!(stored && restoreSettings(*stored, settingsError)))
        loadExample(examples().front().id);
    applyTheme(m_document->theme());
    showReadout(std::nullopt);
    m_sessions->forgetSessionPath();
    m_sessions->history()->clear(); // the first state is not a change
}

MainWindow::~MainWindow() = default;

void MainWindow::setTabOrderOfTheMainFlow()
{
    // The curve list, what the selected curve is (its parameters join after the panel as they are
    // built), the domain bar and the plot; the docks and the toolbar follow.
    QList<QWidget*> flow{m_curveList->view()};
    for (QAbstractButton* button : m_curveList->findChildren<QAbstractButton*>(Qt::FindDirectChildrenOnly))
        flow << button;
    flow << m_editor->findChild<QWidget*>(QStringLiteral("functionCombo"))
         << m_editor->findChild<QWidget*>(QStringLiteral("frameworkCombo"));
    for (const char* name : {"xMinSpin", "xMaxSpin", "samplesSpin", "dtypeCombo"})
        flow << m_domainEditor->findChild<QWidget*>(QLatin1StringView(name));
    flow << m_plot;
    for (qsizetype i = 1; i < flow.size(); ++i)
        if (flow[i - 1] && flow[i])
            setTabOrder(flow[i - 1], flow[i]);
}

void MainWindow::chainAfter(QWidget* anchor, QWidget* panel)
{
    // A panel built later joins the end of the Tab chain. Its controls, in their order, are
    // collected before the chain changes under the walk.
    QList<QWidget*> controls;
    for (QWidget* w = panel->nextInFocusChain(); panel->isAncestorOf(w); w = w->nextInFocusChain())
        if (w->focusPolicy() & Qt::TabFocus)
            controls << w;
    for (QWidget* control : std::as_const(controls)) {
        setTabOrder(anchor, control);
        anchor = control;
    }
}

void MainWindow::createDocks()
{
    // Left: the curves, then what the selected curve is.
    auto* curvesPanel = new QWidget(this);
    curvesPanel->setObjectName(QStringLiteral("curvesPanel"));
    auto* left = new QVBoxLayout(curvesPanel);
    left->setContentsMargins(8, 6, 8, 8);
    left->setSpacing(6);
    m_curveList = new Widgets::CurveList(curvesPanel);
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
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes into the editors, not to their frame
    left->addWidget(scroll, 5);
    m_curvesDock = dock(tr("Curves"), "curvesDock", curvesPanel, this);
    m_curvesDock->setFeatures(
        QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, m_curvesDock);

    // Right: the formula (with the code as a tab), built after the first frame, above the values.
    // The values are built now: the window's minimum width is theirs, and a window narrower than
    // that would widen a frame after it appeared (their table follows the frame, see ValuesTable).
    m_formulaDock = lazyViewDock(tr("Formula"), QStringLiteral("formulaDock"), m_document, m_formula, this,
        [this] { chainAfter(m_plot, m_formula); }); // where it was when built with the window
    addDockWidget(Qt::RightDockWidgetArea, m_formulaDock);
    m_values = new Widgets::ValuesTable(this);
    m_valuesDock = dock(tr("Values"), "valuesDock", m_values, this);
    addDockWidget(Qt::RightDockWidgetArea, m_valuesDock);
    splitDockWidget(m_formulaDock, m_valuesDock, Qt::Vertical);
    // The code is a tab behind the formula: built when its tab is first raised.
    m_codeDock = lazyViewDock(tr("Code"), QStringLiteral("codeDock"), m_document, m_code, this, [this] {
        connect(m_code, &Widgets::CodePanel::copied, this, [this](Core::Framework framework, const QString& note) {
            showStatus(tr("Copied the %1 code. %2").arg(Model::toQString(Core::frameworkTitle(framework)), note));
        });
    });
    addDockWidget(Qt::RightDockWidgetArea, m_codeDock);
    tabifyDockWidget(m_formulaDock, m_codeDock);
    m_formulaDock->raise();
    createLensDocks();
    createCompareDocks();
    createLabDock();
    connect(m_editor, &Widgets::CurveEditor::status, this, &MainWindow::showStatus);
}

Widgets::FormulaPanel* MainWindow::formulaPanel() const
{
    m_formulaDock->content();
    return m_formula;
}

Widgets::CodePanel* MainWindow::codePanel() const
{
    m_codeDock->content();
    return m_code;
}

void MainWindow::connectActions()
{
    WindowActions* a = m_actions;
    connect(a->quit, &QAction::triggered, this, &QWidget::close);
    connect(a->add, &QAction::triggered, m_curveList, &Widgets::CurveList::addCurve);
    connect(a->duplicate, &QAction::triggered, m_curveList, &Widgets::CurveList::duplicateCurve);
    connect(a->remove, &QAction::triggered, m_curveList, &Widgets::CurveList::removeCurve);
    m_curveList->view()->addAction(a->remove);
    const auto updateCurveActions = [this] {
        const bool selected = m_document->selected() >= 0;
        m_actions->add->setEnabled(m_document->addLimit().isEmpty());
        m_actions->duplicate->setEnabled(selected && m_document->addLimit().isEmpty());
        m_actions->remove->setEnabled(selected);
        for (QAction* copy : std::as_const(m_actions->copyCode))
            copy->setEnabled(selected);
    };
    connect(m_document, &Model::ExplorerDocument::selectionChanged, this, updateCurveActions);
    connect(m_document, &Model::ExplorerDocument::limitsChanged, this, updateCurveActions);
    updateCurveActions();

    connect(a->light, &QAction::triggered, m_document, [this] { m_document->setTheme(Model::Theme::Light); });
    connect(a->dark, &QAction::triggered, m_document, [this] { m_document->setTheme(Model::Theme::Dark); });
    connect(a->toggleTheme, &QAction::triggered, m_document,
        [this](bool dark) { m_document->setTheme(dark ? Model::Theme::Dark : Model::Theme::Light); });
    const std::vector<Example>& list = examples();
    for (qsizetype i = 0; i < a->examples.size(); ++i) {
        const QString id = list[std::size_t(i)].id;
        connect(a->examples[i], &QAction::triggered, this, [this, id] { loadExample(id); });
    }
    connect(a->shortcuts, &QAction::triggered, this, [this] { showShortcutsDialog(this, m_actions->withShortcuts()); });
    connect(a->about, &QAction::triggered, this, &MainWindow::showAbout);

    connectHistory();
    connectViewActions();
    connectHelp();
    connect(a->newSession, &QAction::triggered, this, &MainWindow::newSession);
    connect(a->open, &QAction::triggered, m_sessions, &SessionController::openInteractive);
    connect(a->save, &QAction::triggered, m_sessions, &SessionController::saveInteractive);
    connect(a->saveAs, &QAction::triggered, m_sessions, &SessionController::saveAsInteractive);
    connect(a->recentMenu, &QMenu::aboutToShow, this, [this] { m_sessions->fillRecentMenu(m_actions->recentMenu); });
    m_sessions->fillRecentMenu(a->recentMenu);
    connect(a->exportFigure, &QAction::triggered, m_exports, &ExportController::exportFigureInteractive);
    connect(a->exportWindow, &QAction::triggered, m_exports, &ExportController::exportWindowInteractive);
    connect(a->exportData, &QAction::triggered, m_exports, &ExportController::exportDataInteractive);
    connect(a->copyImage, &QAction::triggered, m_exports, &ExportController::copyPlotImage);
    for (std::size_t i = 0; i < Core::kFrameworks.size(); ++i) {
        const Core::Framework framework = Core::kFrameworks[i];
        connect(a->copyCode[qsizetype(i)], &QAction::triggered, this,
            [this, framework] { m_exports->copyCode(framework); });
    }
    connect(m_sessions, &SessionController::status, this, &MainWindow::showStatus);
    connect(m_exports, &ExportController::status, this, &MainWindow::showStatus);
    connect(m_sessions, &SessionController::error, this, &MainWindow::reportError);
    connect(m_exports, &ExportController::error, this, &MainWindow::reportError);
}

bool MainWindow::loadExample(const QString& id)
{
    const Example* example = findExample(id);
    if (!example)
        return false;
    if (!m_sessions->confirmReplacing(tr("loading the example “%1”").arg(example->title)))
        return false;
    try {
        // An example is a new, untitled view: Save must not write it over the open session file.
        m_sessions->replaceWithNew(
            exampleSession(*example, m_document->snapshot()), tr("Load Example “%1”").arg(example->title));
    } catch (const Core::InputError& e) {
        showStatus(tr("Cannot load %1: %2").arg(example->title, QString::fromUtf8(e.what())));
        return false;
    }
    // The rebuilt editors took the focused one with them, and Qt would pass the focus on to
    // "x from" with its text selected: the curves are what to look at next.
    m_curveList->view()->setFocus(Qt::OtherFocusReason);
    showStatus(tr("Loaded example “%1”: %2").arg(example->title, example->description));
    return true;
}

void MainWindow::setApplicationPalette(Model::Theme theme)
{
    // Only a palette that differs: any QApplication::setPalette re-resolves every widget.
    if (const QPalette palette = Widgets::themePalette(theme); palette != QApplication::palette())
        QApplication::setPalette(palette);
}

void MainWindow::applyTheme(Model::Theme theme)
{
    setApplicationPalette(theme);
    m_actions->dark->setChecked(theme == Model::Theme::Dark);
    m_actions->light->setChecked(theme == Model::Theme::Light);
    m_actions->toggleTheme->setChecked(theme == Model::Theme::Dark);
    m_actions->refreshIcons(QApplication::palette());
}

void MainWindow::showStatus(const QString& text)
{
    // In the readout's place rather than QStatusBar::showMessage(), which would draw over the
    // readout if it came before the window was shown; the next readout or hint replaces it.
    m_readout->setText(text);
    m_readout->setToolTip(text);
    m_statusTimer->start();
}

// "x = 2    ReLU · Keras 3: f = 2, f′ = 1": the selected curve's reading (or the first one's when it
// is hidden); the tooltip has them all.
void MainWindow::showReadout(const std::optional<Widgets::Crosshair>& crosshair)
{
    m_statusTimer->stop();
    if (!crosshair) {
        m_readout->setText(tr("Drag to pan · wheel to zoom · Shift+drag zooms to a rectangle · Ctrl+0 resets the view "
                              "· ←/→ step the crosshair"));
        m_readout->setToolTip({});
        return;
    }
    // x to what a pixel resolves, f and f′ to six digits: read off a plot, more is noise
    // (1.0099999999999998); the Values table has them in full.
    const auto line = [&](const Widgets::CrosshairReading& r) {
        return tr("%1: f = %2, f′ = %3").arg(r.name, Widgets::readable(r.y), Widgets::readable(r.dy));
    };
    const Widgets::PlotScene* scene = m_plot->scene();
    const QString x
        = tr("x = %1").arg(Widgets::pixelRounded(crosshair->x, std::abs(scene->pixelToX(1) - scene->pixelToX(0))));
    QStringList all{x};
    QString shown = x;
    for (const Widgets::CrosshairReading& r : crosshair->readings)
        all << line(r);
    if (!crosshair->readings.isEmpty()) {
        const auto selected = std::find_if(crosshair->readings.begin(), crosshair->readings.end(),
            [&](const Widgets::CrosshairReading& r) { return r.curve == m_document->selected(); });
        shown += QStringLiteral("    ")
            + line(selected != crosshair->readings.end() ? *selected : crosshair->readings.front());
    }
    m_readout->setText(shown);
    m_readout->setToolTip(all.join(QLatin1Char('\n')));
}

void MainWindow::reportError(const QString& title, const QString& error)
{
    showStatus(error);
    QMessageBox box(QMessageBox::Warning, title, error, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("errorBox"));
    box.exec();
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

Model::FileError MainWindow::saveSettings()
{
    if (!m_settings)
        return {};
    StoredSettings stored;
    stored.session = m_document->snapshot();
    stored.geometry = saveGeometry();
    stored.normalGeometry = normalGeometry();
    stored.windowState = saveState();
    stored.recentFiles = m_sessions->recentFiles();
    stored.figure = m_exports->rememberedOptions();
    stored.lastExportPath = m_exports->lastExportPath();
    return m_settings->save(stored);
}

namespace {

// Where it was, made to fit the screen it was on (or the primary one, if that is gone).
QRect fitOnScreen(QRect r)
{
    const QScreen* screen = QGuiApplication::screenAt(r.center());
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!screen)
        return r;
    const QRect available = screen->availableGeometry();
    r.setSize(r.size().boundedTo(available.size()));
    r.moveLeft(std::clamp(r.left(), available.left(), available.right() + 1 - r.width()));
    r.moveTop(std::clamp(r.top(), available.top(), available.bottom() + 1 - r.height()));
    return r;
}

} // namespace

bool MainWindow::restoreSettings(const StoredSettings& stored, const QString& error)
{
    if (!error.isEmpty())
        // Shown once the default view is up, which would replace it.
        QTimer::singleShot(0, this, [this, error] {
            showStatus(tr("The settings in %1 could not be read (%2); started from the default view")
                           .arg(QDir::toNativeSeparators(m_settings->fileName()), error));
        });
    m_sessions->setRecentFiles(stored.recentFiles);
    if (stored.figure)
        m_exports->remember(*stored.figure, stored.lastExportPath);
    if (!stored.geometry.isEmpty())
        restoreGeometry(stored.geometry);
    if (stored.normalGeometry.isValid() && !isMaximized() && !isFullScreen())
        setGeometry(fitOnScreen(stored.normalGeometry));
    if (!stored.windowState.isEmpty())
        restoreState(stored.windowState);
    if (!stored.session)
        return false;
    m_document->assign(*stored.session);
    return true;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_sessions->confirmQuit()) {
        event->ignore();
        return;
    }
    // The view is kept only in the settings: say so when they cannot be written (a full disk).
    if (const Model::FileError error = saveSettings())
        reportError(tr("Cannot save the settings"),
            tr("%1: %2").arg(QDir::toNativeSeparators(m_settings->fileName()), error.message));
    QMainWindow::closeEvent(event);
}

} // namespace App
