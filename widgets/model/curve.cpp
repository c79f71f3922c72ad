// SPDX-License-Identifier: MIT
#include "curve.h"

#include "qtext.h"

#include "aex/core/paramtext.h"

#include <QStringList>

#include <array>

using namespace Qt::StringLiterals;

namespace Model {

QString themeName(Theme theme) { return theme == Theme::Dark ? u"dark"_s : u"light"_s; }

std::optional<Theme> parseTheme(const QString& name)
{
    if (name == u"light")
        return Theme::Light;
    if (name == u"dark")
        return Theme::Dark;
    return std::nullopt;
}

QString panelsName(Panels panels)
{
    switch (panels) {
    case Panels::Function: return u"function"_s;
    case Panels::Derivative: return u"derivative"_s;
    case Panels::Both: break;
    }
    return u"both"_s;
}

std::optional<Panels> parsePanels(const QString& name)
{
    for (Panels p : {Panels::Both, Panels::Function, Panels::Derivative}) {
        if (name == panelsName(p))
            return p;
    }
    return std::nullopt;
}

QString legendPlaceName(LegendPlace place)
{
    switch (place) {
    case LegendPlace::TopRight: return u"top-right"_s;
    case LegendPlace::BottomLeft: return u"bottom-left"_s;
    case LegendPlace::BottomRight: return u"bottom-right"_s;
    case LegendPlace::Hidden: return u"hidden"_s;
    case LegendPlace::TopLeft: break;
    }
    return u"top-left"_s;
}

Qt::PenStyle penStyle(LineStyle style)
{
    switch (style) {
    case LineStyle::Dash: return Qt::DashLine;
    case LineStyle::Dot: return Qt::DotLine;
    case LineStyle::DashDot: return Qt::DashDotLine;
    case LineStyle::Auto:
    case LineStyle::Solid: break;
    }
    return Qt::SolidLine;
}

QString lineStyleName(LineStyle style)
{
    switch (style) {
    case LineStyle::Solid: return u"solid"_s;
    case LineStyle::Dash: return u"dash"_s;
    case LineStyle::Dot: return u"dot"_s;
    case LineStyle::DashDot: return u"dash-dot"_s;
    case LineStyle::Auto: break;
    }
    return u"auto"_s;
}

Rgba defaultCurveColor(qsizetype index)
{
    static constexpr std::array<Rgba, 7> kColors{
        0xff0072b2, 0xffd55e00, 0xff009e73, 0xffcc79a7, 0xffe69f00, 0xff56b4e9, 0xff000000};
    return kColors[static_cast<std::size_t>(index) % kColors.size()];
}

QString autoName(const Core::Activation& activation)
{
    QString name
        = toQString(activation.function().title) + u" · "_s + toQString(Core::frameworkTitle(activation.framework()));
    const std::string params = Core::formatParams(activation, Core::ParamStyle::Label);
    if (!params.empty())
        name += u" · "_s + QString::fromStdString(params);
    return name;
}

Curve makeCurve(const Core::Activation& activation, Rgba color)
{
    return Curve{activation, autoName(activation), color, true, true, LineStyle::Auto, 0};
}

QString displayName(const Curve& curve)
{
    if (!curve.name.isEmpty())
        return curve.name;
    return toQString(curve.activation.function().title);
}

QString freeAutoName(const Core::Activation& activation, const QList<Curve>& curves, qsizetype row)
{
    const QString base = autoName(activation);
    const auto taken = [&](const QString& name) {
        for (qsizetype other = 0; other < curves.size(); ++other)
            if (other != row && curves[other].name == name)
                return true;
        return false;
    };
    QString name = base;
    for (int n = 2; taken(name); ++n)
        name = u"%1 (%2)"_s.arg(base).arg(n);
    return name;
}

void nameAutomatically(QList<Curve>& curves)
{
    // Cleared first, so a curve's name depends only on the curves above it and the user's names:
    // the same list always gets the same names, however it came to be.
    for (Curve& c : curves)
        if (c.autoNamed || c.name.trimmed().isEmpty()) {
            c.autoNamed = true;
            c.name.clear();
        }
    for (qsizetype row = 0; row < curves.size(); ++row)
        if (curves[row].autoNamed)
            curves[row].name = freeAutoName(curves[row].activation, curves, row);
}

} // namespace Model
