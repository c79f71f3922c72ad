// SPDX-License-Identifier: MIT
// The docks that start hidden (the lens's three, Compare, Frameworks, the Learning Lab) and the
// code tab behind the formula are built when they are first needed (App::LazyDock), not before the
// window's first frame: shown by an action, the View menu, a session or the settings, raised, or
// asked for by a getter. Each arrives bound to the document, showing its state of the moment, in
// the theme, font and Tab chain of the moment. The formula and values, in view from the start, are
// built right after the window's first frame.
#include "activationplot.h"
#include "codepanel.h"
#include "comparepanel.h"
#include "depthview.h"
#include "distributionpanel.h"
#include "documenthistory.h"
#include "explorerdocument.h"
#include "formulapanel.h"
#include "frameworksview.h"
#include "learninglab.h"
#include "mainwindow.h"
#include "sessioncontroller.h"
#include "settings.h"
#include "statisticstable.h"
#include "valuestable.h"
#include "widgetlookup.h"

#include "aex/core/codegen.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QListView>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <memory>
#include <optional>

using App::MainWindow;
using TestLib::child;
using namespace Qt::StringLiterals;

namespace {

const QStringList kLazyDocks{u"distributionDock"_s, u"statisticsDock"_s, u"depthDock"_s, u"compareDock"_s,
    u"frameworksDock"_s, u"labDock"_s, u"codeDock"_s};

// How many views of the docks that start hidden or behind a tab exist in the window.
int builtViews(const QWidget& window)
{
    return int(window.findChildren<Widgets::DistributionPanel*>().size()
        + window.findChildren<Widgets::StatisticsTable*>().size() + window.findChildren<Widgets::DepthView*>().size()
        + window.findChildren<Widgets::ComparePanel*>().size() + window.findChildren<Widgets::FrameworksView*>().size()
        + window.findChildren<Widgets::LearningLab*>().size() + window.findChildren<Widgets::CodePanel*>().size());
}

// Whether the formula panel and the values' table existed when `plot` was first painted.
class FirstPaintWitness : public QObject {
public:
    FirstPaintWitness(QWidget* plot, const QWidget* window)
        : m_window(window)
    {
        plot->installEventFilter(this);
    }
    std::optional<bool> panelsAtFirstPaint;

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !panelsAtFirstPaint)
            panelsAtFirstPaint
                = m_window->findChild<Widgets::FormulaPanel*>() || m_window->findChild<QTableWidget*>(u"valuesTable"_s);
        return false;
    }

private:
    const QWidget* m_window;
};

int visibleCurves(const MainWindow& window)
{
    const auto& curves = window.document()->curves();
    return int(std::count_if(curves.begin(), curves.end(), [](const auto& c) { return c.visible; }));
}

} // namespace

class TestLazyDocks : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setStyle(u"Fusion"_s);
    }

    void shouldShowTheFirstFrameWithoutTheDocksItDoesNotShow()
    {
        // GIVEN the default window, shown and painted
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::processEvents();
        // THEN none of the hidden docks' views (nor the code behind the formula) exists
        QCOMPARE(builtViews(window), 0);
        // AND their docks do, with their titles and View menu actions, hidden or behind a tab
        for (const QString& name : kLazyDocks) {
            auto* dock = child<QDockWidget>(&window, name);
            QVERIFY2(!dock->windowTitle().isEmpty(), qPrintable(name));
            QVERIFY2(!dock->widget(), qPrintable(name));
            QCOMPARE(dock->toggleViewAction()->isChecked(), name == u"codeDock"_s);
        }
        QVERIFY(child<QDockWidget>(&window, u"codeDock"_s)->visibleRegion().isEmpty());
        // AND the values, which the first frame shows, are there (the formula follows that frame:
        // see the next test)
        QVERIFY(window.findChild<Widgets::ValuesTable*>() && window.findChild<Widgets::ValuesTable*>()->isVisible());
    }

    void shouldPaintThePlotBeforeBuildingThePanelsInView()
    {
        // GIVEN the default window, its plot watched
        MainWindow window;
        FirstPaintWitness witness(window.plot()->findChild<QWidget*>(u"customPlot"_s), &window);
        // WHEN it is shown
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // THEN its first frame painted the plot before the formula panel and the values' table
        // were made
        QVERIFY(witness.panelsAtFirstPaint.has_value());
        QVERIFY(!*witness.panelsAtFirstPaint);
        // AND they follow without anyone asking, from the events that frame posted (not from a
        // fallback timer), in their docks, visible and filled
        for (int i = 0; i < 3; ++i)
            QCoreApplication::sendPostedEvents();
        auto* formula = window.findChild<Widgets::FormulaPanel*>();
        auto* table = window.findChild<QTableWidget*>(u"valuesTable"_s);
        QVERIFY(formula && table);
        QCOMPARE(child<QDockWidget>(&window, u"formulaDock"_s)->widget(), formula);
        QVERIFY(formula->isVisible() && table->isVisible());
        QVERIFY(formula->plainText().contains(u"negative_slope=0.5"_s));
        QCOMPARE(table->rowCount(), 4);
    }

    void shouldKeepTheWindowsSizeWhenThePanelsArrive()
    {
        // GIVEN a window asked to be narrower than its docks allow
        MainWindow window;
        window.resize(800, 600);
        // WHEN it is shown and its formula and values arrive
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QSize first = window.size();
        QTRY_VERIFY(window.findChild<Widgets::FormulaPanel*>() && window.findChild<Widgets::ValuesTable*>());
        QApplication::processEvents();
        // THEN the window keeps the size of its first frame: the empty docks asked for the room
        // their panels take
        QCOMPARE(window.size(), first);
        QCOMPARE(window.minimumSizeHint().width(), first.width());
    }

    void shouldBuildADockFromTheViewMenuShowingTheDocumentsState()
    {
        // GIVEN the window, and a document state chosen while the lens's and the lab's docks are closed
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Model::Lens lens = window.document()->lens();
        lens.input = Core::Distribution::uniform(-2, 3);
        lens.depth = 17;
        window.document()->setLens(lens);
        Model::Lab lab = window.document()->lab();
        lab.config.task.kind = Core::TaskKind::Spiral;
        window.document()->setLab(lab); // not shown
        window.document()->select(2);
        QCOMPARE(builtViews(window), 0);
        // WHEN the Distribution and Frameworks docks are opened from the View menu
        child<QDockWidget>(&window, u"distributionDock"_s)->toggleViewAction()->trigger();
        child<QDockWidget>(&window, u"frameworksDock"_s)->toggleViewAction()->trigger();
        // THEN they are built, in their docks, visible at once, showing the document
        auto* distribution = window.findChild<Widgets::DistributionPanel*>();
        QVERIFY(distribution);
        QCOMPARE(child<QDockWidget>(&window, u"distributionDock"_s)->widget(), distribution);
        QVERIFY(distribution->isVisible());
        QCOMPARE(child<QComboBox>(distribution, u"lensKindCombo"_s)->currentIndex(), 1); // uniform
        auto* frameworks = window.findChild<Widgets::FrameworksView*>();
        QVERIFY(frameworks && frameworks->isVisible());
        QCOMPARE(frameworks->table().function, &window.document()->curve(2).activation.function());
        // AND nothing else was built
        QCOMPARE(builtViews(window), 2);
        // AND the lab, opened by its action, shows the task chosen while it was closed
        child<QAction>(&window, u"labAction"_s)->trigger();
        auto* labView = window.findChild<Widgets::LearningLab*>();
        QVERIFY(labView && labView->isVisible());
        QCOMPARE(child<QComboBox>(labView, u"labTask"_s)->currentIndex(), int(Core::TaskKind::Spiral));
        // AND once built, a dock's view follows the document as before
        lens.input = Core::Distribution::laplace(0, 1);
        window.document()->setLens(lens);
        QCOMPARE(child<QComboBox>(distribution, u"lensKindCombo"_s)->currentIndex(), 2);
    }

    void shouldBuildAViewWhenAGetterAsksForItWithoutChangingTheDocument()
    {
        // GIVEN a window never shown, on its default view, with nothing to undo
        MainWindow window;
        QUndoStack* undo = window.sessions()->history()->stack();
        const int steps = undo->count();
        const Model::Session before = window.document()->snapshot();
        QCOMPARE(builtViews(window), 0);
        // WHEN code asks for each view
        QWidget* views[] = {window.distributionPanel(), window.statisticsTable(), window.depthView(),
            window.comparePanel(), window.frameworksView(), window.learningLab(), window.codePanel()};
        // THEN each one is built once, in its own dock, which stays closed
        QCOMPARE(builtViews(window), 7);
        for (qsizetype i = 0; i < kLazyDocks.size(); ++i) {
            auto* dock = child<QDockWidget>(&window, kLazyDocks[i]);
            QVERIFY2(views[i] && dock->widget() == views[i], qPrintable(kLazyDocks[i]));
            QVERIFY2(dock->isHidden() == (kLazyDocks[i] != u"codeDock"_s), qPrintable(kLazyDocks[i]));
        }
        QCOMPARE(window.depthView(), views[2]);
        QCOMPARE(builtViews(window), 7);
        // AND bound to the document: the statistics have a row per visible curve
        QCOMPARE(window.statisticsTable()->table()->rowCount(), visibleCurves(window));
        // AND building them changed nothing: no edit, no undo step
        QApplication::processEvents();
        window.sessions()->history()->flush();
        QCOMPARE(undo->count(), steps);
        QVERIFY(window.document()->snapshot() == before);
    }

    void shouldBuildTheCodeTabWhenItIsRaised()
    {
        // GIVEN the window with its code tab behind the formula
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.document()->select(1);
        QVERIFY(!window.findChild<Widgets::CodePanel*>());
        // WHEN its tab is raised
        child<QDockWidget>(&window, u"codeDock"_s)->raise();
        QApplication::processEvents();
        // THEN the code is built, visible, and shows the selected curve
        auto* code = window.findChild<Widgets::CodePanel*>();
        QVERIFY(code);
        QTRY_VERIFY(code->isVisible());
        const Core::Activation& selected = window.document()->curve(1).activation;
        auto* edit = child<QPlainTextEdit>(code, u"codeEdit_pytorch"_s);
        QTRY_COMPARE(
            edit->toPlainText(), QString::fromStdString(Core::codeFor(selected, Core::Framework::PyTorch).code));
    }

    void shouldFillTheDocksThatTheSettingsOpenBeforeTheFirstFrame()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(u"settings.json"_s);
        // GIVEN a window closed with the lens and the lab open
        {
            MainWindow window(std::make_unique<App::Settings>(file));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            child<QAction>(&window, u"lensAction"_s)->trigger();
            child<QAction>(&window, u"labAction"_s)->trigger();
            QApplication::processEvents();
            QVERIFY(!window.saveSettings());
        }
        // WHEN the next window is made from those settings
        MainWindow window(std::make_unique<App::Settings>(file));
        // THEN their views are built before it is first shown, in their docks
        for (const QString& name : {u"distributionDock"_s, u"statisticsDock"_s, u"depthDock"_s, u"labDock"_s}) {
            auto* dock = child<QDockWidget>(&window, name);
            QVERIFY2(dock->widget() && !dock->isHidden(), qPrintable(name));
        }
        QVERIFY(!window.findChild<Widgets::ComparePanel*>());
        QVERIFY(!window.findChild<Widgets::FrameworksView*>());
        // AND shown, they are filled
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* statistics = child<QTableWidget>(&window, u"statisticsTable"_s);
        QVERIFY(statistics->isVisible());
        QTRY_COMPARE(statistics->rowCount(), visibleCurves(window));
        QVERIFY(window.findChild<Widgets::LearningLab*>()->isVisible());
    }

    void shouldFillTheDocksThatASessionOpens()
    {
        // GIVEN a shown window without the lens, the comparison or the lab
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(builtViews(window), 0);
        // WHEN a session with all three is assigned
        Model::Session session = window.document()->snapshot();
        session.lens.shown = true;
        session.lab.shown = true;
        session.compare = {0, 1};
        window.document()->assign(session);
        // THEN their docks show, built, and the comparison is the session's
        for (const QString& name :
            {u"distributionDock"_s, u"statisticsDock"_s, u"depthDock"_s, u"labDock"_s, u"compareDock"_s}) {
            auto* dock = child<QDockWidget>(&window, name);
            QVERIFY2(dock->widget() && dock->isVisible(), qPrintable(name));
        }
        QTRY_VERIFY(window.findChild<Widgets::ComparePanel*>()->comparison().has_value());
    }

    void shouldBuildInTheThemeAndPresentationFontOfTheMoment()
    {
        // GIVEN the window in the dark theme and in presentation mode, the lens never opened
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QFont normal = QApplication::font();
        window.document()->setTheme(Model::Theme::Dark);
        window.setPresentation(2);
        QApplication::processEvents();
        QVERIFY(!window.findChild<Widgets::DepthView*>());
        // WHEN the lens opens
        child<QAction>(&window, u"lensAction"_s)->trigger();
        QApplication::processEvents();
        // THEN its views are drawn in the dark palette, and their text at the presentation size
        for (QWidget* view : std::initializer_list<QWidget*>{window.findChild<Widgets::DepthView*>(),
                 window.findChild<Widgets::StatisticsTable*>(), window.findChild<Widgets::DistributionPanel*>()}) {
            QVERIFY(view);
            QCOMPARE(view->palette().color(QPalette::Window), QApplication::palette().color(QPalette::Window));
            QVERIFY(view->font().pointSizeF() >= 1.9 * normal.pointSizeF());
        }
        window.setPresentation(0);
        QCOMPARE(window.findChild<Widgets::DepthView*>()->font().pointSizeF(), normal.pointSizeF());
        window.document()->setTheme(Model::Theme::Light);
    }

    void shouldReachALazilyBuiltDockByTab()
    {
        // GIVEN the window, and the lens opened by its key after the first frame
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* start = child<QListView>(&window, u"curveList"_s);
        start->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), start);
        QTest::keyClick(start, Qt::Key_L, Qt::ControlModifier);
        QApplication::processEvents();
        // THEN Tab from the curve list reaches the distribution's controls, and comes back round
        QStringList visited;
        bool round = false;
        for (int i = 0; i < 300 && !round; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget* now = QApplication::focusWidget();
            QVERIFY(now);
            round = now == start;
            visited << now->objectName();
        }
        QVERIFY2(round, qPrintable(visited.join(u", "_s)));
        QVERIFY2(visited.contains(u"lensKindCombo"_s), qPrintable(visited.join(u", "_s)));
        QVERIFY2(visited.contains(u"lensDepthSpin"_s), qPrintable(visited.join(u", "_s)));
    }
};

QTEST_MAIN(TestLazyDocks)
#include "tst_lazydocks.moc"
