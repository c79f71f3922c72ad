// SPDX-License-Identifier: MIT
// RefreshThrottle keeps the costly views off a drag's critical path: never inside the edit, after
// the frame the edit started, once for a burst of edits, and not at all while not visible until
// the view is shown (after its first frame) or read.
#include "refreshthrottle.h"

#include <QApplication>
#include <QMainWindow>
#include <QPaintEvent>
#include <QTest>

using Widgets::RefreshThrottle;

namespace {

// A view that counts its paints and its refreshes, and remembers how many paints the window had
// done when each refresh ran.
class CountingView : public QWidget {
public:
    using QWidget::QWidget;
    int paints = 0;
    int refreshes = 0;
    int paintsAtLastRefresh = -1;
    RefreshThrottle* throttle = new RefreshThrottle(
        RefreshThrottle::kPanelInterval, [this] { refreshed(); }, this);

protected:
    void paintEvent(QPaintEvent*) override { ++paints; }

private:
    void refreshed()
    {
        ++refreshes;
        paintsAtLastRefresh = paints;
    }
};

// A widget that counts its paints, opaque: it covers its parent.
class CountingChild : public QWidget {
public:
    explicit CountingChild(QWidget* parent)
        : QWidget(parent)
    {
        setAttribute(Qt::WA_OpaquePaintEvent);
    }
    int paints = 0;

protected:
    void paintEvent(QPaintEvent*) override { ++paints; }
};

// A shown window with a view in it that is hidden, as a closed dock is.
struct HiddenView {
    QMainWindow window;
    CountingView* view = new CountingView(&window);

    HiddenView()
    {
        window.setCentralWidget(new QWidget(&window));
        window.show();
        view->hide();
    }
};

// Runs the event loop until `done` or 5 s.
template <typename Done> bool settle(Done done) { return QTest::qWaitFor(done, 5000); }

// Shows `view` and lets it refresh once: its next request waits out the interval.
bool showRefreshed(CountingView& view)
{
    view.resize(100, 100);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return false;
    view.throttle->request();
    return settle([&] { return view.refreshes == 1; });
}

} // namespace

class TestRefreshThrottle : public QObject {
    Q_OBJECT

private slots:
    void shouldNeverRefreshInsideTheRequest()
    {
        CountingView view;
        view.resize(100, 100);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        view.throttle->request();
        QCOMPARE(view.refreshes, 0);
        QVERIFY(settle([&] { return view.refreshes == 1; }));
    }

    void shouldRefreshOnceTheFrameOfTheEditIsPainted()
    {
        // GIVEN a shown view that the edit also marks for repainting (as a slider step marks the
        // slider and the plot)
        CountingView view;
        view.resize(100, 100);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(settle([&] { return view.paints > 0; }));
        const int before = view.paints;

        // WHEN the edit requests a refresh and then asks for a repaint
        view.throttle->request();
        view.update();

        // THEN the repaint ran first
        QVERIFY(settle([&] { return view.refreshes == 1; }));
        QCOMPARE_GT(view.paintsAtLastRefresh, before);
    }

    void shouldLetTheNextEditsFrameGoFirstWhenTheIntervalEnds()
    {
        // GIVEN a shown view that has just refreshed, and an edit that waits out the interval
        CountingView view;
        QVERIFY(showRefreshed(view));
        view.throttle->request();
        QCoreApplication::processEvents(); // its turn after the frame: the interval's timer starts
        QCOMPARE(view.refreshes, 1);

        // WHEN the interval ends just as the next edit asks for its repaint from a posted event (the
        // plot's queued replot does), so that the timer is due before that repaint is
        QTest::qSleep(int(RefreshThrottle::kPanelInterval.count()) + 20);
        const int before = view.paints;
        QMetaObject::invokeMethod(
            &view, [&view] { view.update(); }, Qt::QueuedConnection);

        // THEN the repaint comes first, then the refresh
        QVERIFY(settle([&] { return view.refreshes == 2; }));
        QCOMPARE_GT(view.paintsAtLastRefresh, before);
    }

    void shouldRefreshRightAfterTheNextFrameOnceTheIntervalEnds()
    {
        // GIVEN a shown view that has just refreshed, and an edit that waits out the interval
        CountingView view;
        QVERIFY(showRefreshed(view));
        view.throttle->request();
        QCoreApplication::processEvents();

        // WHEN the interval ends with no frame being built
        QTest::qSleep(int(RefreshThrottle::kPanelInterval.count()) + 20);
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(view.throttle);

        // THEN the refresh waits for the window's next frame, and runs right after it
        QCOMPARE(view.refreshes, 1);
        const int before = view.paints;
        view.update();
        QVERIFY(settle([&] { return view.refreshes == 2; }));
        QCOMPARE_GT(view.paintsAtLastRefresh, before);
    }

    void shouldRefreshWhenNoFrameFollowsTheInterval()
    {
        // GIVEN a shown view that has just refreshed, and the last edit of a drag waiting out the interval
        CountingView view;
        QVERIFY(showRefreshed(view));
        const int paints = view.paints;
        view.throttle->request();

        // WHEN nothing repaints afterwards
        // THEN the last edit still arrives
        QVERIFY(settle([&] { return view.refreshes == 2; }));
        QCOMPARE(view.paints, paints);
    }

    void shouldRefreshOnceForABurstOfEdits()
    {
        CountingView view;
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (int i = 0; i < 50; ++i)
            view.throttle->request();
        QVERIFY(settle([&] { return view.refreshes >= 1; }));
        QTest::qWait(3 * int(RefreshThrottle::kPanelInterval.count()));
        QCOMPARE(view.refreshes, 1);
    }

    void shouldWaitWhileHiddenInAShownWindowUntilShown()
    {
        // GIVEN a view hidden in a shown window (a closed dock)
        HiddenView hidden;
        QVERIFY(QTest::qWaitForWindowExposed(&hidden.window));
        CountingView* view = hidden.view;

        // WHEN it is asked to refresh, later and at once
        view->throttle->request();
        view->throttle->flush();
        QTest::qWait(3 * int(RefreshThrottle::kPanelInterval.count()));

        // THEN it does nothing until it is shown, and then refreshes once
        QCOMPARE(view->refreshes, 0);
        view->show();
        QVERIFY(settle([&] { return view->refreshes == 1; }));
        QTest::qWait(3 * int(RefreshThrottle::kPanelInterval.count()));
        QCOMPARE(view->refreshes, 1);
    }

    void shouldCatchUpWhenAHiddenViewIsRead()
    {
        HiddenView hidden;
        QVERIFY(QTest::qWaitForWindowExposed(&hidden.window));
        CountingView* view = hidden.view;

        view->throttle->request();
        view->throttle->catchUp(); // a getter of the view
        QCOMPARE(view->refreshes, 1);
        view->throttle->catchUp(); // nothing owed now
        QCOMPARE(view->refreshes, 1);
        QTest::qWait(3 * int(RefreshThrottle::kPanelInterval.count()));
        QCOMPARE(view->refreshes, 1);
    }

    void shouldPaintTheFirstFrameBeforeRefreshing()
    {
        // GIVEN a view being built, told to refresh (as the window's panels are at startup)
        CountingView view;
        view.throttle->flush();
        QCOMPARE(view.refreshes, 0);
        // WHEN it is shown
        view.show();
        // THEN it refreshes once, after its first paint
        QVERIFY(settle([&] { return view.refreshes == 1; }));
        QCOMPARE_GT(view.paintsAtLastRefresh, 0);
    }

    void shouldRefreshBeforeTheFirstFrameOfAViewShownInAWindowOnScreen()
    {
        // GIVEN a hidden view of a window on screen, told to refresh (a dock built after the
        // window's first frame, or opened later)
        HiddenView hidden;
        QVERIFY(QTest::qWaitForWindowExposed(&hidden.window));
        CountingView* view = hidden.view;
        view->throttle->flush();
        QCOMPARE(view->refreshes, 0);
        // WHEN it is shown
        view->show();
        // THEN it refreshes once, before it is first painted: it never shows empty
        QVERIFY(settle([&] { return view->refreshes == 1 && view->paints > 0; }));
        QCOMPARE(view->paintsAtLastRefresh, 0);
    }

    void shouldWaitForTheFirstPaintOfAViewShownOutOfView()
    {
        // GIVEN a hidden view of a window on screen, placed where it cannot be seen (a dock's tab
        // behind another), told to refresh
        HiddenView hidden;
        QVERIFY(QTest::qWaitForWindowExposed(&hidden.window));
        CountingView* view = hidden.view;
        view->move(-1000, -1000);
        view->throttle->flush();
        // WHEN it is shown
        view->show();
        for (int i = 0; i < 3; ++i)
            QCoreApplication::sendPostedEvents();
        // THEN it does not refresh yet: it waits for a paint (or its timer, or a reader)
        QCOMPARE(view->refreshes, 0);
        view->throttle->catchUp();
        QCOMPARE(view->refreshes, 1);
    }

    void shouldRefreshAfterTheFirstFrameOfAViewItsChildrenCover()
    {
        // GIVEN a view that a child covers whole, so that only the child is painted (the formula
        // panel's text browser), told to refresh before it is shown
        CountingView view;
        view.resize(200, 100);
        auto* child = new CountingChild(&view);
        child->setGeometry(view.rect());
        view.throttle->flush();
        // WHEN it is shown and its child painted
        view.show();
        QVERIFY(settle([&] { return child->paints > 0; }));
        // THEN it refreshes once the posted events after that frame have run, without waiting
        // for the timer of a view that is never painted (its own paint count stays 0)
        QCOMPARE(view.paints, 0);
        for (int i = 0; i < 3 && view.refreshes == 0; ++i)
            QCoreApplication::sendPostedEvents();
        QCOMPARE(view.refreshes, 1);
    }
};

QTEST_MAIN(TestRefreshThrottle)
#include "tst_refreshthrottle.moc"
