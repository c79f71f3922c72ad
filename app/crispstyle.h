// SPDX-License-Identifier: MIT
#pragma once

#include <QProxyStyle>

namespace App {

// Fusion with the dock title bar's close and float buttons, the line edits' clear button and the
// tool bar's overflow button drawn as vectors at the screen's device pixel ratio. Fusion's own are
// small bitmaps, blocky at QT_SCALE_FACTOR=2, and reading the first of them (the values input's
// clear button) loaded every image format plugin before the first frame. The main window's tool
// bar looks as Fusion draws it, its lines drawn as fills (see drawControl).
class CrispStyle : public QProxyStyle {
    Q_OBJECT
public:
    explicit CrispStyle(QStyle* base = nullptr);
    QIcon standardIcon(StandardPixmap icon, const QStyleOption* option = nullptr,
        const QWidget* widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
        const QWidget* widget = nullptr) const override;
};

// The application's style: Fusion through CrispStyle. makeApplication sets it, and so do the
// benchmarks that measure the window, so that they measure what a user gets.
QStyle* applicationStyle();

} // namespace App
