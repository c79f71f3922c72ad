// SPDX-License-Identifier: MIT
#include "refreshthrottle.h"

#include "explorerdocument.h"

#include <QTimer>

namespace Widgets {

RefreshThrottle::RefreshThrottle(std::chrono::milliseconds interval, std::function<void()> refresh, QObject* parent)
    : QObject(parent)
    , m_interval(interval)
    , m_refresh(std::move(refresh))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &RefreshThrottle::flush);
}

void RefreshThrottle::request()
{
    // One reading of the clock: a second one, later, could pass the interval and start the timer
    // with a negative wait (the monkey test caught it on a loaded machine).
    const qint64 elapsed = m_clock.isValid() ? m_clock.elapsed() : m_interval.count();
    if (elapsed >= m_interval.count())
        flush();
    else if (!m_timer->isActive())
        m_timer->start(m_interval - std::chrono::milliseconds(elapsed));
}

void RefreshThrottle::flush()
{
    m_timer->stop();
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
