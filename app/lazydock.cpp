// SPDX-License-Identifier: MIT
#include "lazydock.h"

#include "refreshthrottle.h"

#include <QCoreApplication>
#include <QTimer>

namespace App {

namespace {
const auto kBuildAfterFrameEvent = static_cast<QEvent::Type>(QEvent::registerEventType());
} // namespace

LazyDock::LazyDock(const QString& title, const QString& objectName, Build build, QWidget* parent)
    : QDockWidget(title, parent)
    , m_build(std::move(build))
{
    setObjectName(objectName);
    // A dock that the window's first show() puts on screen (see setVisible), or that comes to the
    // front of its tabs: QDockWidget says so from its show event and from the window's layout,
    // before the frame it appears in is painted.
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            comeIntoView();
        else
            stopAwaitingFrame(); // closed, or sent behind a tab, before its first frame
    });
}

void LazyDock::comeIntoView()
{
    if (m_built || m_awaitingFrame)
        return;
    if (Widgets::windowOnScreen(this)) {
        content();
        return;
    }
    // The window's first show: see the class comment. A dock in view is painted in that frame;
    // should none come (a window never exposed), the content is built anyway.
    m_awaitingFrame = true;
    if (!m_unpainted) {
        m_unpainted = new QTimer(this);
        m_unpainted->setSingleShot(true);
        m_unpainted->setInterval(Widgets::RefreshThrottle::kUnpaintedWait);
        connect(m_unpainted, &QTimer::timeout, this, [this] { content(); });
    }
    m_unpainted->start();
}

void LazyDock::stopAwaitingFrame()
{
    m_awaitingFrame = false;
    m_buildPosted = false; // a posted build finds nothing to do
    if (m_unpainted)
        m_unpainted->stop();
}

bool LazyDock::event(QEvent* event)
{
    if (event->type() == QEvent::Paint && m_awaitingFrame && !m_buildPosted) {
        // Posted events run by priority: the window's repaint (low) comes before this.
        m_buildPosted = true;
        QCoreApplication::postEvent(this, new QEvent(kBuildAfterFrameEvent), Qt::LowEventPriority - 1);
    } else if (event->type() == kBuildAfterFrameEvent) {
        if (m_buildPosted)
            content();
        return true;
    }
    return QDockWidget::event(event);
}

QWidget* LazyDock::content()
{
    if (m_built)
        return widget();
    m_built = true; // before build(): what it does may show the dock again
    stopAwaitingFrame();
    QWidget* made = m_build(this);
    m_build = nullptr;
    setWidget(made);
    // Added to a dock already on screen, QLayout would show it only from a posted event.
    if (isVisible())
        made->show();
    return made;
}

void LazyDock::setVisible(bool visible)
{
    // Shown on purpose, or shown by the window's own show() because it was never hidden (Qt calls
    // setVisible(true) on such children, marking them shown on purpose from then on): the second
    // may be a tab behind another, and visibilityChanged says whether it comes into view.
    if (visible && testAttribute(Qt::WA_WState_ExplicitShowHide))
        content();
    QDockWidget::setVisible(visible);
}

} // namespace App
