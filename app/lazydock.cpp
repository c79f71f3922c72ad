// SPDX-License-Identifier: MIT
#include "lazydock.h"

#include <QCoreApplication>
#include <QTimer>
#include <QWindow>

#include <chrono>

namespace App {

namespace {
const auto kBuildAfterFrameEvent = static_cast<QEvent::Type>(QEvent::registerEventType());
// A dock in view is painted in the window's first frame; should no frame come (a window that is
// never exposed), the content is built anyway after this long.
constexpr std::chrono::milliseconds kUnpaintedWait{500};
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
    });
}

void LazyDock::comeIntoView()
{
    if (m_built || m_awaitingFrame)
        return;
    const QWindow* screenWindow = window()->windowHandle();
    if (screenWindow && screenWindow->isExposed()) {
        content();
        return;
    }
    // The window's first show: see the class comment.
    m_awaitingFrame = true;
    QTimer::singleShot(kUnpaintedWait, this, [this] { content(); });
}

bool LazyDock::event(QEvent* event)
{
    if (event->type() == QEvent::Paint && m_awaitingFrame && !m_built) {
        // Posted events run by priority: the window's repaint (low) comes before this.
        QCoreApplication::postEvent(this, new QEvent(kBuildAfterFrameEvent), Qt::LowEventPriority - 1);
    } else if (event->type() == kBuildAfterFrameEvent) {
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
    m_awaitingFrame = false;
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
