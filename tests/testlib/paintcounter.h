// SPDX-License-Identifier: MIT
#pragma once

#include <QEvent>
#include <QObject>

namespace TestLib {

// Counts the paint events of the widgets it filters (widget->installEventFilter(&counter)).
class PaintCounter : public QObject {
public:
    int paints = 0;

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

} // namespace TestLib
