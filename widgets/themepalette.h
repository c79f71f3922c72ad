// SPDX-License-Identifier: MIT
#pragma once

#include "curve.h"

#include <QLabel>
#include <QPalette>

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

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColor();
    Tone m_tone;
    bool m_applying = false;
};

// A word-wrapped label in the theme's error colour; hidden while it has no text.
class MessageLabel : public ThemedLabel {
    Q_OBJECT
public:
    explicit MessageLabel(QWidget* parent = nullptr);
    void setMessage(const QString& text);
};

} // namespace Widgets
