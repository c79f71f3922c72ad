// SPDX-License-Identifier: MIT
#include "fonts.h"

#include <QFontDatabase>

#include <algorithm>

namespace Widgets::Fonts {

QFont bold()
{
    QFont font;
    font.setBold(true);
    return font;
}

QFont monospace()
{
    QFont font;
    font.setFamilies(QFontDatabase::systemFont(QFontDatabase::FixedFont).families());
    font.setStyleHint(QFont::Monospace);
    return font;
}

QFont smaller(QFont base)
{
    if (base.pointSizeF() > 0)
        base.setPointSizeF(std::max(7.0, base.pointSizeF() - 1));
    else
        base.setPixelSize(std::max(9, base.pixelSize() - 1));
    return base;
}

} // namespace Widgets::Fonts
