// SPDX-License-Identifier: MIT
#pragma once

#include "aex/core/activation.h"

#include <QList>
#include <QString>
#include <QtGlobal>

#include <array>
#include <optional>

namespace Model {

// A colour as 0xAARRGGBB (the model is QtCore only; the widgets turn it into a QColor).
using Rgba = quint32;

enum class Theme { Light, Dark };
QString themeName(Theme theme); // "light", "dark": session files and the command line
std::optional<Theme> parseTheme(const QString& name);

// Which panels of the plot a view or a figure shows.
enum class Panels { Both, Function, Derivative };
QString panelsName(Panels panels); // "both", "function", "derivative"
std::optional<Panels> parsePanels(const QString& name);

// Where the legend sits in the function panel, or that it is hidden.
enum class LegendPlace { TopLeft, TopRight, BottomLeft, BottomRight, Hidden };
inline constexpr std::array kLegendPlaces{
    LegendPlace::TopLeft, LegendPlace::TopRight, LegendPlace::BottomLeft, LegendPlace::BottomRight, LegendPlace::Hidden};
QString legendPlaceName(LegendPlace place); // "top-left", ... "hidden": session files

// A curve's line: Auto is solid, or dashed while the curve lies exactly on an earlier one.
enum class LineStyle { Auto, Solid, Dash, Dot, DashDot };
inline constexpr std::array kLineStyles{LineStyle::Auto, LineStyle::Solid, LineStyle::Dash, LineStyle::Dot, LineStyle::DashDot};
QString lineStyleName(LineStyle style); // "auto", "solid", "dash", "dot", "dash-dot": session files
// The pen of a chosen style; Auto draws solid unless the plot gives it a dash (coinciding curves).
Qt::PenStyle penStyle(LineStyle style);
// A line's width in pixels; 0 is the automatic width (thicker for the selected curve).
inline constexpr double kMinLineWidth = 0.5;
inline constexpr double kMaxLineWidth = 12.0;

// One curve: what to evaluate and how to show it. While autoNamed, the name follows the function,
// framework and parameters (autoName()); a name the user gave stays.
struct Curve {
    Core::Activation activation;
    QString name;
    Rgba color = 0xff0072b2;
    bool visible = true;
    bool autoNamed = true;
    LineStyle line = LineStyle::Auto;
    double width = 0; // 0: automatic; else kMinLineWidth to kMaxLineWidth
    friend bool operator==(const Curve&, const Curve&) = default;
};

// A colour-blind-safe cycle (Okabe-Ito) for new curves; index wraps around.
Rgba defaultCurveColor(qsizetype index);

// "ReLU · Keras 3 · negative_slope=0.5": the title, the framework and the parameters that differ
// from the framework's defaults.
QString autoName(const Core::Activation& activation);

// A curve with the activation's automatic name and the given colour.
Curve makeCurve(const Core::Activation& activation, Rgba color);

// The automatic name for a curve at `row` among `curves`, with " (2)", " (3)" ... when another
// curve already has it, so that two identical curves are told apart.
QString freeAutoName(const Core::Activation& activation, const QList<Curve>& curves, qsizetype row);
// Gives every automatically named curve its free automatic name, in order.
void nameAutomatically(QList<Curve>& curves);

// What legends and readouts call a curve: its name, or the function's title when it has none.
QString displayName(const Curve& curve);

} // namespace Model
