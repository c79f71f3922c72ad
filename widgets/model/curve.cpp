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

Rgba defaultCurveColor(qsizetype index)
{
    static constexpr std::array<Rgba, 7> kColors{
        0xff0072b2, 0xffd55e00, 0xff009e73, 0xffcc79a7, 0xffe69f00, 0xff56b4e9, 0xff000000};
    return kColors[static_cast<std::size_t>(index) % kColors.size()];
}

QString autoName(const Core::Activation& activation)
{
    QString name
        = toQString(activation.function().title) + u" · "_s + toQString(Core::frameworkName(activation.framework()));
    const std::string params = Core::formatParams(activation, Core::ParamStyle::Label);
    if (!params.empty())
        name += u" · "_s + QString::fromStdString(params);
    return name;
}

Curve makeCurve(const Core::Activation& activation, Rgba color)
{
    return Curve{activation, autoName(activation), color, true, true};
}

QString displayName(const Curve& curve)
{
    if (!curve.name.isEmpty())
        return curve.name;
    return toQString(curve.activation.function().title);
}

} // namespace Model
