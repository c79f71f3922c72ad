// SPDX-License-Identifier: MIT
#include "crispstyle.h"

#include "icons.h"

#include <QApplication>
#include <QIconEngine>
#include <QLinearGradient>
#include <QMainWindow>
#include <QPainter>
#include <QPixmap>
#include <QStyleFactory>
#include <QStyleOptionToolBar>

#include <algorithm>

namespace App {

namespace {

// Paints at whatever size and scale is asked for, in the palette's text colour of the moment (so
// a theme switch needs no new icons).
class StyleIconEngine : public PaintedIconEngine {
public:
    enum class Glyph { Close, Float, ClearText, MoreRight, MoreDown };
    explicit StyleIconEngine(Glyph glyph)
        : m_glyph(glyph)
    {
    }

    void paint(QPainter* p, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QApplication::palette();
        const QColor ink = palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active,
            QPalette::WindowText);
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        // A 16-unit square in the middle of rect.
        const qreal side = std::min(rect.width(), rect.height());
        p->translate(rect.center().x() + 0.5 - side / 2, rect.center().y() + 0.5 - side / 2);
        p->scale(side / 16, side / 16);
        p->setPen(QPen(ink, 1.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p->setBrush(Qt::NoBrush);
        if (m_glyph == Glyph::ClearText) { // a muted disc, crossed in the field's colour, as Fusion's bitmap
            QColor disc = ink;
            disc.setAlphaF(0.55);
            p->setPen(Qt::NoPen);
            p->setBrush(disc);
            p->drawEllipse(QRectF(1.5, 1.5, 13, 13));
            const QPalette::ColorGroup group = mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active;
            p->setPen(QPen(palette.color(group, QPalette::Base), 1.6, Qt::SolidLine, Qt::RoundCap));
            p->drawLine(QPointF(5.5, 5.5), QPointF(10.5, 10.5));
            p->drawLine(QPointF(10.5, 5.5), QPointF(5.5, 10.5));
        } else if (m_glyph == Glyph::MoreRight || m_glyph == Glyph::MoreDown) { // », or pointing down
            if (m_glyph == Glyph::MoreDown) {
                p->translate(16, 0);
                p->rotate(90);
            }
            for (const qreal x : {4.0, 8.5}) {
                p->drawLine(QPointF(x, 4.5), QPointF(x + 3.5, 8));
                p->drawLine(QPointF(x + 3.5, 8), QPointF(x, 11.5));
            }
        } else if (m_glyph == Glyph::Close) {
            p->drawLine(QPointF(4.5, 4.5), QPointF(11.5, 11.5));
            p->drawLine(QPointF(11.5, 4.5), QPointF(4.5, 11.5));
        } else { // float: two windows
            p->drawRect(QRectF(6.5, 3.5, 6, 6));
            p->drawRect(QRectF(3.5, 6.5, 6, 6));
        }
        p->restore();
    }

    QIconEngine* clone() const override { return new StyleIconEngine(m_glyph); }

private:
    Glyph m_glyph;
};

} // namespace

CrispStyle::CrispStyle(QStyle* base)
    : QProxyStyle(base)
{
}

QIcon CrispStyle::standardIcon(StandardPixmap icon, const QStyleOption* option, const QWidget* widget) const
{
    switch (icon) {
    case SP_TitleBarCloseButton:
    case SP_DockWidgetCloseButton: return QIcon(new StyleIconEngine(StyleIconEngine::Glyph::Close));
    case SP_TitleBarNormalButton: return QIcon(new StyleIconEngine(StyleIconEngine::Glyph::Float));
    case SP_LineEditClearButton: return QIcon(new StyleIconEngine(StyleIconEngine::Glyph::ClearText));
    case SP_ToolBarHorizontalExtensionButton: return QIcon(new StyleIconEngine(StyleIconEngine::Glyph::MoreRight));
    case SP_ToolBarVerticalExtensionButton: return QIcon(new StyleIconEngine(StyleIconEngine::Glyph::MoreDown));
    default: return QProxyStyle::standardIcon(icon, option, widget);
    }
}

void CrispStyle::drawControl(
    ControlElement element, const QStyleOption* option, QPainter* painter, const QWidget* widget) const
{
    // Fusion strokes the top tool bar's three lines with a translucent pen, and Qt 6.4's raster
    // engine hands the spans of such a stroke across the window to the global thread pool and
    // waits: 60 hand-offs, the only ones before the first frame (about a millisecond). The same
    // pixels as one-pixel-high fills are one span each, drawn at once.
    const auto* bar = qstyleoption_cast<const QStyleOptionToolBar*>(option);
    if (element != CE_ToolBar || !bar || bar->toolBarArea != Qt::TopToolBarArea || !(option->state & State_Horizontal)
        || !widget || !qobject_cast<const QMainWindow*>(widget->parentWidget())) {
        QProxyStyle::drawControl(element, option, painter, widget);
        return;
    }
    const QRect r = option->rect;
    QLinearGradient gradient(r.topLeft(), r.bottomLeft());
    gradient.setColorAt(0, option->palette.window().color().lighter(104));
    gradient.setColorAt(1, option->palette.window().color());
    painter->fillRect(r, gradient);
    const QColor light(255, 255, 255, 90); // Fusion's light and dark shades
    const QColor shadow(0, 0, 0, 60);
    const auto line = [&](int y, const QColor& color) { painter->fillRect(QRect(r.left(), y, r.width(), 1), color); };
    if (bar->positionOfLine == QStyleOptionToolBar::End || bar->positionOfLine == QStyleOptionToolBar::OnlyOne) {
        line(r.bottom(), light);
        line(r.bottom() - 1, shadow);
    } else {
        line(r.bottom(), shadow);
    }
    line(r.top(), light);
}

QStyle* applicationStyle() { return new CrispStyle(QStyleFactory::create(QStringLiteral("Fusion"))); }

} // namespace App
