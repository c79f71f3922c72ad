// SPDX-License-Identifier: MIT
#include "plotpalette.h"

#include <algorithm>

namespace Widgets {

PlotPalette plotPalette(Model::Theme theme)
{
    if (theme == Model::Theme::Dark) {
        return {.background = QColor(0x1e, 0x1f, 0x22),
            .panel = QColor(0x1e, 0x1f, 0x22),
            .text = QColor(0xdf, 0xe1, 0xe5),
            .axis = QColor(0x8a, 0x8d, 0x93),
            .grid = QColor(0x30, 0x32, 0x37),
            .zeroLine = QColor(0x62, 0x65, 0x6b),
            .legendBackground = QColor(0x2b, 0x2d, 0x30, 235),
            .legendBorder = QColor(0x43, 0x45, 0x4a),
            .crosshair = QColor(0xdf, 0xe1, 0xe5, 150),
            .tagBackground = QColor(0xdf, 0xe1, 0xe5),
            .tagText = QColor(0x1e, 0x1f, 0x22),
            .selectionBorder = QColor(0x8a, 0xb4, 0xf8),
            .selectionFill = QColor(0x8a, 0xb4, 0xf8, 40)};
    }
    return {.background = QColor(0xff, 0xff, 0xff),
        .panel = QColor(0xff, 0xff, 0xff),
        .text = QColor(0x20, 0x21, 0x24),
        .axis = QColor(0x5f, 0x63, 0x68),
        .grid = QColor(0xe6, 0xe7, 0xea),
        .zeroLine = QColor(0xa8, 0xab, 0xb0),
        .legendBackground = QColor(0xff, 0xff, 0xff, 235),
        .legendBorder = QColor(0xd5, 0xd7, 0xdb),
        .crosshair = QColor(0x3c, 0x40, 0x43, 150),
        .tagBackground = QColor(0x3c, 0x40, 0x43),
        .tagText = QColor(0xff, 0xff, 0xff),
        .selectionBorder = QColor(0x1a, 0x73, 0xe8),
        .selectionFill = QColor(0x1a, 0x73, 0xe8, 30)};
}

QColor displayColor(Model::Rgba color, Model::Theme theme)
{
    const QColor c = QColor::fromRgba(color);
    const float lightness = c.lightnessF();
    const float hue = std::max(0.0f, c.hslHueF());
    if (theme == Model::Theme::Dark && lightness < 0.3f)
        return QColor::fromHslF(hue, c.hslSaturationF(), 0.88f - lightness, c.alphaF());
    if (theme == Model::Theme::Light && lightness > 0.85f)
        return QColor::fromHslF(hue, c.hslSaturationF(), 1.1f - lightness, c.alphaF());
    return c;
}

} // namespace Widgets
