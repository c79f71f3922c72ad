// SPDX-License-Identifier: MIT
#include "crispstyle.h"

#include "icons.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPixmap>
#include <QStyleFactory>

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

QStyle* applicationStyle() { return new CrispStyle(QStyleFactory::create(QStringLiteral("Fusion"))); }

} // namespace App
