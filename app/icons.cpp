// SPDX-License-Identifier: MIT
#include "icons.h"

#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QSvgRenderer>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace App {

namespace {

void draw(QPainter& p, IconKind kind, const QColor& ink, const QColor& accent)
{
    QPen pen(ink, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    switch (kind) {
    case IconKind::Add:
        p.setPen(QPen(accent, 2.0, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(12, 5), QPointF(12, 19));
        p.drawLine(QPointF(5, 12), QPointF(19, 12));
        break;
    case IconKind::Duplicate:
        p.drawRoundedRect(QRectF(4.5, 4.5, 11, 11), 2, 2);
        p.setBrush(p.background());
        p.setPen(QPen(accent, 1.6));
        p.drawRoundedRect(QRectF(8.5, 8.5, 11, 11), 2, 2);
        break;
    case IconKind::Remove:
        p.setPen(QPen(ink, 2.0, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(6, 12), QPointF(18, 12));
        break;
    case IconKind::Examples: {
        // Two curves over an axis: a ReLU and a leaky one.
        p.drawLine(QPointF(3.5, 16.5), QPointF(20.5, 16.5));
        QPainterPath relu;
        relu.moveTo(3.5, 16.5);
        relu.lineTo(11.5, 16.5);
        relu.lineTo(19.5, 5.5);
        p.setPen(QPen(accent, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPath(relu);
        QPainterPath leaky;
        leaky.moveTo(3.5, 19.5);
        leaky.lineTo(11.5, 16.5);
        p.setPen(QPen(ink, 1.6, Qt::DashLine, Qt::RoundCap));
        p.drawPath(leaky);
        break;
    }
    case IconKind::ResetView: {
        const qreal a = 4.5, b = 19.5, l = 5;
        p.drawLine(QPointF(a, a + l), QPointF(a, a));
        p.drawLine(QPointF(a, a), QPointF(a + l, a));
        p.drawLine(QPointF(b - l, a), QPointF(b, a));
        p.drawLine(QPointF(b, a), QPointF(b, a + l));
        p.drawLine(QPointF(a, b - l), QPointF(a, b));
        p.drawLine(QPointF(a, b), QPointF(a + l, b));
        p.drawLine(QPointF(b - l, b), QPointF(b, b));
        p.drawLine(QPointF(b, b), QPointF(b, b - l));
        p.setPen(Qt::NoPen);
        p.setBrush(accent);
        p.drawEllipse(QPointF(12, 12), 2.4, 2.4);
        break;
    }
    case IconKind::Theme: {
        p.drawEllipse(QPointF(12, 12), 7, 7);
        QPainterPath half;
        half.moveTo(12, 5);
        half.arcTo(QRectF(5, 5, 14, 14), 90, 180);
        half.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(ink);
        p.drawPath(half);
        break;
    }
    case IconKind::Quit:
        p.drawLine(QPointF(7, 7), QPointF(17, 17));
        p.drawLine(QPointF(17, 7), QPointF(7, 17));
        break;
    case IconKind::Export: {
        // A tray with an arrow leaving it.
        QPainterPath tray;
        tray.moveTo(4.5, 13.5);
        tray.lineTo(4.5, 19.5);
        tray.lineTo(19.5, 19.5);
        tray.lineTo(19.5, 13.5);
        p.drawPath(tray);
        p.setPen(QPen(accent, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawLine(QPointF(12, 15.5), QPointF(12, 4.5));
        p.drawLine(QPointF(8, 8.5), QPointF(12, 4.5));
        p.drawLine(QPointF(16, 8.5), QPointF(12, 4.5));
        break;
    }
    case IconKind::Lens: {
        // A bell curve over a baseline, its middle filled: a density.
        QPainterPath bell;
        bell.moveTo(3.5, 19);
        for (int i = 0; i <= 34; ++i) {
            const qreal x = 3.5 + i * 0.5;
            const qreal z = (x - 12) / 3.2;
            bell.lineTo(x, 19 - 13 * std::exp(-0.5 * z * z));
        }
        QPainterPath middle = bell;
        middle.lineTo(20.5, 19);
        middle.closeSubpath();
        QColor fill = accent;
        fill.setAlpha(90);
        p.fillPath(middle, fill);
        p.drawPath(bell);
        p.drawLine(QPointF(3, 19.5), QPointF(21, 19.5));
        break;
    }
    case IconKind::Help:
        p.drawEllipse(QPointF(12, 12), 8, 8);
        p.setPen(Qt::NoPen);
        p.setBrush(ink);
        p.drawEllipse(QPointF(12, 16.3), 1.1, 1.1);
        p.setPen(QPen(ink, 1.6, Qt::SolidLine, Qt::RoundCap));
        p.setBrush(Qt::NoBrush);
        {
            QPainterPath q;
            q.moveTo(9.5, 9.8);
            q.cubicTo(9.5, 7.0, 14.5, 7.0, 14.5, 9.8);
            q.cubicTo(14.5, 11.5, 12, 11.5, 12, 13.6);
            p.drawPath(q);
        }
        break;
    }
}

// Draws its icon at the size and mode asked, when asked. A toolbar shows its icons at one size and
// mostly in one mode, and a menu at another size: drawing every size and mode up front for every
// icon was a few milliseconds before the first frame (each antialiased path of 48 pixels is big
// enough for Qt's raster engine to hand its spans to a thread pool).
class DrawnIconEngine final : public PaintedIconEngine {
public:
    DrawnIconEngine(IconKind kind, const QPalette& palette)
        : m_kind(kind)
        , m_background(palette.color(QPalette::Window))
        , m_ink(palette.color(QPalette::WindowText))
        , m_disabled(palette.color(QPalette::Disabled, QPalette::WindowText))
        , m_accent(m_background.lightness() < 128 ? QColor(0x6c, 0xb0, 0xff) : QColor(0x1f, 0x6f, 0xc5))
    {
    }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        // The design square, as large as fits, in the middle of rect.
        const qreal side = std::min(rect.width(), rect.height());
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->translate(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2);
        painter->scale(side / kDesignSize, side / kDesignSize);
        painter->setBackground(m_background);
        const bool disabled = mode == QIcon::Disabled;
        draw(*painter, m_kind, disabled ? m_disabled : m_ink, disabled ? m_disabled : m_accent);
        painter->restore();
    }

    // Kept per size, scale and whether disabled (the other modes look alike), with its device
    // pixel ratio already set.
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        const bool disabled = mode == QIcon::Disabled;
        const QString key = u"%1x%2@%3%4"_s.arg(size.width()).arg(size.height()).arg(scale).arg(disabled ? u"d" : u"");
        if (const auto it = m_drawn.constFind(key); it != m_drawn.constEnd())
            return *it;
        const QPixmap pm
            = PaintedIconEngine::scaledPixmap(size, disabled ? QIcon::Disabled : QIcon::Normal, state, scale);
        m_drawn.insert(key, pm);
        return pm;
    }

    QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine* clone() const override { return new DrawnIconEngine(*this); }
    QString key() const override { return u"DrawnIconEngine"_s; }

private:
    static constexpr qreal kDesignSize = 24; // draw() works on a 24 x 24 grid

    IconKind m_kind;
    QColor m_background, m_ink, m_disabled, m_accent;
    QHash<QString, QPixmap> m_drawn;
};

// The application's icon is one picture in every mode (a window icon is never disabled).
class SvgIconEngine final : public PaintedIconEngine {
public:
    explicit SvgIconEngine(QString path)
        : m_path(std::move(path))
    {
    }

    void paint(QPainter* p, const QRect& rect, QIcon::Mode, QIcon::State) override
    {
        if (!m_svg) { // read once, when first drawn
            m_svg = std::make_unique<QSvgRenderer>(m_path);
            m_svg->setAspectRatioMode(Qt::KeepAspectRatio);
        }
        m_svg->render(p, rect);
    }

    QIconEngine* clone() const override { return new SvgIconEngine(m_path); }
    QString key() const override { return u"SvgIconEngine"_s; }

private:
    QString m_path;
    std::unique_ptr<QSvgRenderer> m_svg;
};

} // namespace

QIcon makeIcon(IconKind kind, const QPalette& palette) { return QIcon(new DrawnIconEngine(kind, palette)); }

QIcon applicationIcon() { return QIcon(new SvgIconEngine(u":/icons/activation-explorer.svg"_s)); }

QPixmap PaintedIconEngine::pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap PaintedIconEngine::scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale)
{
    if (size.isEmpty())
        return {};
    QPixmap pm(size);
    pm.fill(Qt::transparent);
    {
        QPainter p(&pm);
        paint(&p, QRect(QPoint(0, 0), size), mode, state);
    }
    pm.setDevicePixelRatio(scale);
    return pm;
}

} // namespace App
