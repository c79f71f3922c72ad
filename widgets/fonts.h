// SPDX-License-Identifier: MIT
// Fonts that set only what differs from the surrounding text. A QFont carries which attributes were
// set; a widget takes the others, the size above all, from its parent, so text made with these
// grows with the application font (View > Presentation Mode scales it).
#pragma once

#include <QFont>

namespace Widgets::Fonts {

QFont bold();      // the weight only
QFont monospace(); // the system's fixed-pitch family only

// `base` a point smaller (never below 7 pt): the muted defaults and keywords beside a parameter.
QFont smaller(QFont base);

} // namespace Widgets::Fonts
