// SPDX-License-Identifier: MIT
#pragma once

#include "curve.h"

#include <QLabel>
#include <QPalette>

#include <optional>

namespace Widgets {

// The widget palettes of the two themes (for the Fusion style).
QPalette themePalette(Model::Theme theme);
// Whether a palette is a dark one (judged by its window colour, which no label overrides).
bool isDark(const QPalette& palette);
// Text colours that read well on either theme.
QColor errorColor(const QPalette& palette);
QColor mutedColor(const QPalette& palette);

// A label whose text colour follows the theme: Error (red) or Muted (grey).
class ThemedLabel : public QLabel {
    Q_OBJECT
public:
    enum class Tone { Error, Muted };
    explicit ThemedLabel(Tone tone, const QString& text = {}, QWidget* parent = nullptr);

    // Text a point smaller than the parent's, in `face`'s family if it sets one; it stays so when
    // the parent's font changes (presentation mode).
    void setSmallFont(const QFont& face = {});

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyColor();
    void applySmallFont();
    Tone m_tone;
    bool m_applying = false;
    std::optional<QFont> m_smallFace;
};

// A word-wrapped label in the theme's error colour; hidden while it has no text.
class MessageLabel : public ThemedLabel {
    Q_OBJECT
public:
    explicit MessageLabel(QWidget* parent = nullptr);
    void setMessage(const QString& text);
};

} // namespace Widgets
