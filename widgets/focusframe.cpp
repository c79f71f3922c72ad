// SPDX-License-Identifier: MIT
#include "focusframe.h"

#include <QEvent>
#include <QPainter>

namespace Widgets {

namespace {
constexpr int kWidth = 2; // px: a 1 px line is lost against the plot's own axes
} // namespace

FocusFrame::FocusFrame(QWidget* target)
    : QWidget(target)
    , m_target(target)
{
    setObjectName(QStringLiteral("focusFrame"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    target->installEventFilter(this);
    setGeometry(target->rect());
    setVisible(target->hasFocus());
}

bool FocusFrame::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_target) {
        switch (event->type()) {
        case QEvent::Resize: setGeometry(m_target->rect()); break;
        case QEvent::FocusIn:
            setVisible(true);
            raise();
            break;
        case QEvent::FocusOut: setVisible(false); break;
        case QEvent::PaletteChange: update(); break;
        default: break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FocusFrame::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    QPen pen(m_target->palette().color(QPalette::Highlight), kWidth);
    pen.setJoinStyle(Qt::MiterJoin);
    painter.setPen(pen);
    painter.drawRect(QRectF(rect()).adjusted(kWidth / 2.0, kWidth / 2.0, -kWidth / 2.0, -kWidth / 2.0));
}

} // namespace Widgets
