// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>

class QTimer;
class QWidget;

namespace Model {
class ExplorerDocument;
}

namespace Widgets {

// Keeps a view that is costlier to refresh than the plot (QTextDocument::setHtml, an analysis of
// every curve) off a drag's critical path, while it still follows the drag:
// - an edit's refresh never runs inside the edit: at the soonest it runs once the window has
//   painted the frame the edit started (the plot's queued replot and the repaint come first), and
//   then at most once per `interval` while edits keep coming, each time right after a frame (so
//   that it has the frame's whole budget); the last edit always arrives;
// - a view that is not visible (a closed dock, a dock behind another tab, the window not shown
//   yet) does no work: it catches up when shown, or at once when someone reads it (catchUp(),
//   from its getters). Shown by the window's first show, it waits for the first frame it is
//   painted in, so that frame comes before the panels are filled; shown in a window already on
//   screen, it catches up before its first frame. The docks that start hidden cost nothing
//   until opened.
class RefreshThrottle : public QObject {
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds kPanelInterval{60};
    // How long a view shown with a refresh owed waits for its first paint before it refreshes
    // anyway (a dock's tab behind another is shown but never painted). Longer than a window's
    // show-to-first-frame on a loaded machine: at 60 ms the formula and values panels refreshed
    // before the window's first frame whenever that frame came late.
    static constexpr std::chrono::milliseconds kUnpaintedWait{500};
    // How long a refresh whose interval is over waits for the window's next frame (two frames at
    // 60 Hz) before it runs anyway: the edits have stopped, and the last one must arrive.
    static constexpr std::chrono::milliseconds kFrameWait{34};

    // `view` shows what `refresh` computes; it also owns the throttle.
    RefreshThrottle(std::chrono::milliseconds interval, std::function<void()> refresh, QWidget* view);

    // After the frame being built is painted, or `interval` after the last run if that is later.
    void request();
    // Now (another curve was selected, a session loaded); when shown, if the view is hidden.
    void flush();
    // Now, if a refresh is owed: for readers of a view that may be hidden or waiting for its timer.
    void catchUp();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void customEvent(QEvent* event) override;

private:
    bool hidden() const;
    void awaitPaint();
    void stopAwaitingPaint();
    void stopAwaitingFrame();
    void postAfterFrame();
    void post(Qt::EventPriority priority);
    void run();

    std::chrono::milliseconds m_interval;
    std::function<void()> m_refresh;
    QWidget* m_view;
    QList<QPointer<QWidget>> m_painted; // the view's children watched for the first paint
    QPointer<QWidget> m_frameSource;    // the window whose next frame a due refresh waits for
    QTimer* m_timer;
    QElapsedTimer m_clock;
    bool m_owed = false;       // a request arrived while the view was hidden
    bool m_afterFrame = false; // a run is posted (after the frame, or before it: m_postedPriority)
    Qt::EventPriority m_postedPriority = Qt::LowEventPriority;
    int m_posted = 0;          // which posted event is the live one: an earlier one finds nothing to do
    bool m_due = false;        // the interval is over: run right after the window's next frame
    bool m_awaitingPaint = false; // shown with a refresh owed: after its first paint
};

// Whether `widget`'s window is on screen (exposed): its first frame has been painted.
bool windowOnScreen(const QWidget* widget);

// Refreshes through the throttle when the document's selected curve changes: at once when another
// curve is selected or the dtype changes, throttled while the curve itself is edited. The
// connections belong to `receiver`.
void followSelectedCurve(Model::ExplorerDocument* document, RefreshThrottle* throttle, QObject* receiver);
// Refreshes through the throttle when what the lens's views compute from changes: any curve (added,
// removed, edited, hidden), the dtype or the lens. The connections belong to `receiver`.
void followCurvesAndLens(Model::ExplorerDocument* document, RefreshThrottle* throttle, QObject* receiver);

} // namespace Widgets
