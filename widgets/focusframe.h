// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace Widgets {

// A frame in the palette's highlight colour drawn over the edge of `target` while it has the
// keyboard focus, for widgets whose style draws none (the plots, which paint edge to edge). It
// lies on top of the target, takes no mouse events and changes no size, so figures and grabs of
// the plot alone are unchanged.
class FocusFrame : public QWidget {
    Q_OBJECT
public:
    explicit FocusFrame(QWidget* target);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    QWidget* m_target;
};

} // namespace Widgets
