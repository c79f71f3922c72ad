// SPDX-License-Identifier: MIT
#pragma once

#include "aex/core/numberformat.h"

#include <QString>

#include <algorithm>
#include <cmath>

namespace Widgets {

// x to the digits one pixel resolves: where a pixel is 0.0125 wide, the crosshair's
// 1.0099999999999998 reads "1.01". The exact value is never longer than this ("2", "0.5") and is
// then shown as it is; the Values table always has the exact text.
inline QString pixelRounded(double x, double perPixel)
{
    const QString exact = QString::fromStdString(Core::formatNumber(x));
    if (!std::isfinite(x) || !std::isfinite(perPixel) || !(perPixel > 0))
        return exact;
    const int decimals = std::clamp(static_cast<int>(std::ceil(-std::log10(perPixel))), 0, 17);
    QString text = QString::number(x, 'f', decimals);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    if (text == QLatin1String("-0") && x != 0)
        text = QStringLiteral("0");
    return exact.size() <= text.size() ? exact : text;
}

// A value read off the plot, to six significant digits (NaN and the infinities spelled as
// everywhere else); the Values table has it in full.
inline QString readable(double v)
{
    if (!std::isfinite(v))
        return QString::fromStdString(Core::formatNumber(v));
    const QString exact = QString::fromStdString(Core::formatNumber(v));
    const QString short6 = QString::number(v, 'g', 6);
    return exact.size() <= short6.size() ? exact : short6;
}

} // namespace Widgets
