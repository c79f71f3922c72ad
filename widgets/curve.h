// SPDX-License-Identifier: MIT
#pragma once

#include "aex/core/activation.h"

#include <QColor>
#include <QList>
#include <QString>

namespace Widgets {

// One curve on screen: what to evaluate and how to show it.
struct Curve {
    Core::Activation activation;
    QString name;
    QColor color;
    bool visible = true;
};

enum class Theme { Light, Dark };

// A colour-blind-safe cycle (Okabe-Ito) for new curves; index wraps around.
QColor defaultCurveColor(qsizetype index);

} // namespace Widgets
