// SPDX-License-Identifier: MIT
#include "curve.h"

#include <array>

namespace Widgets {

QColor defaultCurveColor(qsizetype index)
{
    static constexpr std::array<QRgb, 7> kColors{0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7, 0xE69F00, 0x56B4E9, 0x000000};
    return QColor::fromRgb(kColors[static_cast<std::size_t>(index) % kColors.size()]);
}

} // namespace Widgets
