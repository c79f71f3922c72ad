// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>
#include <QPalette>

namespace App {

// Toolbar icons drawn as vectors in the palette's text colour, so both themes get crisp icons
// that match them.
enum class IconKind { Add, Duplicate, Remove, Examples, ResetView, Theme, Quit, Help, Export, Lens };
QIcon makeIcon(IconKind kind, const QPalette& palette);

} // namespace App
