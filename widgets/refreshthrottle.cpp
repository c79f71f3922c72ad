// SPDX-License-Identifier: MIT
#include "refreshthrottle.h"

#include "explorerdocument.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <algorithm>

namespace Widgets {

namespace {
const auto kAfterFrameEvent = static_cast<QEvent::Type>(QEvent::registerEventType());

class AfterFrameEvent : public QEvent {
public:
    explicit AfterFrameEvent(int posted)
        : QEvent(kAfterFrameEvent)
        , posted(posted)
    {
    }
    const int posted;
};
} // namespace

bool windowOnScreen(const QWidget* widget)
{
    const QWindow* screenWindow = widget->window()->windowHandle();
    return screenWindow && screenWindow->isExposed();
}

RefreshThrottle::RefreshThrottle(std::chrono::milliseconds interval, std::function<void()> refresh, QWidget* view)
    : QObject(view)
    , m_interval(interval)
    , m_refresh(std::move(refresh))
    , m_view(view)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_due || m_owed) { // no frame came, or the view was never painted: now
            postAfterFrame();
            return;
        }
        // The interval is over: the refresh runs right after the window's next frame. At once, it
        // could land late in a drag's frame, and it and its repaint ran into the next step's (the
        // p99 of the drag bench: a formula render 12 ms into the frame overran it by 4 ms).
        m_due = true;
        m_frameSource = m_view->window();
        if (m_frameSource != m_view) // the view's own filter is there from the start
            m_frameSource->installEventFilter(this);
        m_timer->start(kFrameWait);
    });
    view->installEventFilter(this);
}

void RefreshThrottle::request()
{
    if (hidden()) {
        m_owed = true;
        return;
    }
    if (!m_timer->isActive()) // else the pending run will show this edit too
        postAfterFrame();
}

void RefreshThrottle::customEvent(QEvent* event)
{
    if (event->type() != kAfterFrameEvent || !m_afterFrame
        || static_cast<const AfterFrameEvent*>(event)->posted != m_posted)
        return;
    m_afterFrame = false;
    if (hidden()) {
        m_owed = true;
        return;
    }
    if (m_owed || m_due) { // shown at last, or its interval is over
        run();
        return;
    }
    // One reading of the clock: a second one, later, could pass the interval and start the timer
    // with a negative wait (the monkey test caught it on a loaded machine).
    const qint64 elapsed = m_clock.isValid() ? m_clock.elapsed() : m_interval.count();
    if (elapsed >= m_interval.count())
        run();
    else
        m_timer->start(m_interval - std::chrono::milliseconds(elapsed));
}

void RefreshThrottle::flush()
{
    if (hidden()) {
        m_timer->stop();
        m_owed = true;
        return;
    }
    run();
}

void RefreshThrottle::catchUp()
{
    if (m_owed || m_afterFrame || m_timer->isActive())
        run();
}

bool RefreshThrottle::eventFilter(QObject* watched, QEvent* event)
{
    // The window repaints now: the refresh comes after that (see postAfterFrame).
    if (m_due && watched == m_frameSource && event->type() == QEvent::UpdateRequest) {
        stopAwaitingFrame();
        m_timer->stop();
        postAfterFrame();
    }
    // Shown at last. By the window's first show: the frame it is first painted in comes first,
    // then the view catches up (the timer is there in case it is never painted: a tab behind
    // another). In a window already on screen and in view (a dock opened, the formula built after
    // the first frame), there is no first frame to wait for: it catches up before the frame it
    // appears in.
    if (!m_owed)
        return false;
    if (watched == m_view && event->type() == QEvent::Show) {
        if (windowOnScreen(m_view) && !m_view->visibleRegion().isEmpty())
            post(Qt::NormalEventPriority); // before the window's repaint (low priority)
        else
            awaitPaint();
    } else if (event->type() == QEvent::Paint && m_awaitingPaint) {
        stopAwaitingPaint();
        postAfterFrame();
    }
    return false;
}

void RefreshThrottle::awaitPaint()
{
    stopAwaitingPaint(); // shown again before it was painted
    m_awaitingPaint = true;
    m_timer->start(std::max(m_interval, kUnpaintedWait));
    // A view its children cover whole (the formula panel's text browser) is never painted
    // itself: the first paint of any of them says the same.
    for (QWidget* child : m_view->findChildren<QWidget*>()) {
        child->installEventFilter(this);
        m_painted << child;
    }
}

void RefreshThrottle::stopAwaitingPaint()
{
    m_awaitingPaint = false;
    for (const QPointer<QWidget>& child : std::as_const(m_painted))
        if (child)
            child->removeEventFilter(this);
    m_painted.clear();
}

void RefreshThrottle::stopAwaitingFrame()
{
    if (m_frameSource && m_frameSource != m_view)
        m_frameSource->removeEventFilter(this);
    m_frameSource = nullptr;
}

void RefreshThrottle::postAfterFrame()
{
    // Posted events run by priority: the plot's queued replot (normal), then the window's repaint
    // (QWidget's UpdateRequest, low), then this.
    post(static_cast<Qt::EventPriority>(Qt::LowEventPriority - 1));
}

void RefreshThrottle::post(Qt::EventPriority priority)
{
    // One run is posted at a time; a sooner one replaces a later one, which then does nothing.
    if (m_afterFrame && priority <= m_postedPriority)
        return;
    m_afterFrame = true;
    m_postedPriority = priority;
    QCoreApplication::postEvent(this, new AfterFrameEvent(++m_posted), priority);
}

bool RefreshThrottle::hidden() const { return !m_view->isVisible(); }

void RefreshThrottle::run()
{
    m_timer->stop();
    m_owed = false;
    m_due = false;
    stopAwaitingFrame();
    stopAwaitingPaint();
    m_afterFrame = false; // its event, still queued, finds nothing to do
    m_clock.start();
    m_refresh();
}

void followSelectedCurve(Model::ExplorerDocument* document, RefreshThrottle* throttle, QObject* receiver)
{
    Model::followSelectedCurve(
        document, receiver, [throttle] { throttle->flush(); }, [throttle] { throttle->request(); });
}

void followCurvesAndLens(Model::ExplorerDocument* document, RefreshThrottle* throttle, QObject* receiver)
{
    const auto request = [throttle] { throttle->request(); };
    Model::CurveListModel* curves = document->curveModel();
    QObject::connect(curves, &Model::CurveListModel::curveChanged, receiver, request);
    QObject::connect(curves, &QAbstractItemModel::rowsInserted, receiver, request);
    QObject::connect(curves, &QAbstractItemModel::rowsRemoved, receiver, request);
    QObject::connect(curves, &QAbstractItemModel::modelReset, receiver, request);
    QObject::connect(document, &Model::ExplorerDocument::dtypeChanged, receiver, request);
    QObject::connect(document, &Model::ExplorerDocument::lensChanged, receiver, request);
}

} // namespace Widgets
