// SPDX-License-Identifier: MIT
#include "themepalette.h"

#include "fonts.h"

#include <QApplication>
#include <QEvent>
#include <QStyle>

namespace Widgets {

QPalette themePalette(Model::Theme theme)
{
    if (theme == Model::Theme::Light) {
        QPalette p = QApplication::style() ? QApplication::style()->standardPalette() : QPalette();
        p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb3));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::Link, QColor(0x1f, 0x5f, 0xa8));
        return p;
    }
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor alternate(0x27, 0x29, 0x2d);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x80, 0x83, 0x88);
    const QColor button(0x35, 0x37, 0x3c);
    const QColor highlight(0x3d, 0x7e, 0xc6);

    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3c, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4e));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x41));
    p.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x2a));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xf5));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xf0));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Button, QColor(0x30, 0x32, 0x36));
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x53, 0x58));
    return p;
}

bool isDark(const QPalette& palette) { return palette.color(QPalette::Window).lightness() < 128; }

QColor errorColor(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0x7b, 0x72) : QColor(0xb3, 0x26, 0x1e);
}

QColor mutedColor(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x9a, 0x9d, 0xa3) : QColor(0x5f, 0x63, 0x68);
}

ThemedLabel::ThemedLabel(Tone tone, const QString& text, QWidget* parent)
    : QLabel(text, parent)
    , m_tone(tone)
{
    applyColor();
}

void ThemedLabel::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applying)
        applyColor();
}

// An explicit size stops a parent's new size from reaching the label, so the parent is watched.
bool ThemedLabel::eventFilter(QObject* watched, QEvent* event)
{
    if (m_smallFace && watched == parent() && event->type() == QEvent::FontChange)
        applySmallFont();
    return QLabel::eventFilter(watched, event);
}

void ThemedLabel::setSmallFont(const QFont& face)
{
    if (!m_smallFace && parentWidget())
        parentWidget()->installEventFilter(this);
    m_smallFace = face;
    applySmallFont();
}

void ThemedLabel::applySmallFont()
{
    const QFont base = parentWidget() ? parentWidget()->font() : QApplication::font();
    setFont(Fonts::smaller(m_smallFace->resolve(base)));
}

void ThemedLabel::applyColor()
{
    const QColor color = m_tone == Tone::Error ? errorColor(palette()) : mutedColor(palette());
    if (palette().color(QPalette::WindowText) == color)
        return;
    m_applying = true;
    QPalette p = palette();
    p.setColor(QPalette::WindowText, color);
    p.setColor(QPalette::Text, color);
    setPalette(p);
    m_applying = false;
}

MessageLabel::MessageLabel(QWidget* parent)
    : ThemedLabel(Tone::Error, {}, parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setVisible(false);
}

void MessageLabel::setMessage(const QString& text)
{
    setText(text);
    setVisible(!text.isEmpty());
}

} // namespace Widgets
