// SPDX-License-Identifier: MIT
#include "headless.h"

#include "curvelistmodel.h"
#include "curvespec.h"

#include "aex/core/numberformat.h"

#include <QRegularExpression>

#include <cmath>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace App {

void preferOffscreenPlatform()
{
    const auto unset = [](const char* name) {
        const char* value = std::getenv(name);
        return value == nullptr || *value == '\0';
    };
    if (unset("QT_QPA_PLATFORM") && unset("DISPLAY") && unset("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

std::optional<QSize> parseFigureSize(const QString& text, QString& error)
{
    static const QRegularExpression pattern(u"^\\s*(\\d{1,6})\\s*[xX×]\\s*(\\d{1,6})\\s*$"_s);
    const QRegularExpressionMatch m = pattern.match(text);
    const QString accepted = u"accepted: WxH from %1x%1 to %2x%2, e.g. 1200x800"_s.arg(Widgets::kMinFigureSide)
                                 .arg(Widgets::kMaxFigureSide);
    if (!m.hasMatch()) {
        error = u"--size %1: not of the form WxH; %2"_s.arg(text, accepted);
        return std::nullopt;
    }
    const QSize size(m.captured(1).toInt(), m.captured(2).toInt());
    const auto inRange = [](int v) { return v >= Widgets::kMinFigureSide && v <= Widgets::kMaxFigureSide; };
    if (!inRange(size.width()) || !inRange(size.height())) {
        error = u"--size %1: out of range; %2"_s.arg(text, accepted);
        return std::nullopt;
    }
    return size;
}

std::optional<double> parseFigureScale(const QString& text, QString& error)
{
    const std::optional<double> scale = Core::parseNumber(text.toStdString());
    if (!scale || !(*scale >= Widgets::kMinFigureScale && *scale <= Widgets::kMaxFigureScale)) {
        error = u"--scale %1: %2; accepted: a number from %3 to %4, e.g. 2"_s
                    .arg(text, scale ? u"out of range"_s : u"not a number"_s)
                    .arg(Widgets::kMinFigureScale)
                    .arg(Widgets::kMaxFigureScale);
        return std::nullopt;
    }
    return scale;
}

std::optional<std::pair<double, double>> parseDomainRange(const QString& text, QString& error)
{
    const QString accepted = u"accepted: A:B with finite numbers A < B, e.g. --domain=-5:5"_s;
    const QStringList parts = text.split(u':');
    if (parts.size() != 2) {
        error = u"--domain %1: not of the form A:B; %2"_s.arg(text, accepted);
        return std::nullopt;
    }
    const std::optional<double> a = Core::parseNumber(parts[0].toStdString());
    const std::optional<double> b = Core::parseNumber(parts[1].toStdString());
    if (!a || !b || !std::isfinite(*a) || !std::isfinite(*b) || !(*a < *b) || !std::isfinite(*b - *a)) {
        error = u"--domain %1: %2; %3"_s.arg(text, !a || !b ? u"not a number"_s : u"not a finite range"_s, accepted);
        return std::nullopt;
    }
    return std::pair{*a, *b};
}

std::optional<std::size_t> parseSampleCount(const QString& text, QString& error)
{
    bool ok = false;
    const qulonglong n = text.trimmed().toULongLong(&ok);
    if (!ok || n < Core::kMinSamples || n > kMaxSessionSamples) {
        error = u"--samples %1: %2; accepted: a whole number from %3 to %4"_s
                    .arg(text, ok ? u"out of range"_s : u"not a whole number"_s)
                    .arg(Core::kMinSamples)
                    .arg(kMaxSessionSamples);
        return std::nullopt;
    }
    return static_cast<std::size_t>(n);
}

std::optional<Session> sessionFromCurveSpecs(
    const QStringList& specs, const Core::Domain& domain, Core::DType dtype, QString& error)
{
    if (specs.size() > kMaxSessionCurves) {
        error = u"--curve: %1 curves; accepted: at most %2"_s.arg(specs.size()).arg(kMaxSessionCurves);
        return std::nullopt;
    }
    Session session;
    session.domain = domain;
    session.dtype = dtype;
    for (const QString& spec : specs) {
        const CurveSpecResult parsed = parseCurveSpec(spec);
        if (!parsed.activation) {
            error = u"--curve "_s + parsed.error;
            return std::nullopt;
        }
        const Core::Activation& a = *parsed.activation;
        session.curves.append(Widgets::Curve{
            a, Widgets::CurveListModel::autoName(a), Widgets::defaultCurveColor(session.curves.size()), true});
        session.autoNamed.append(true);
    }
    session.selected = session.curves.isEmpty() ? -1 : 0;
    return session;
}

} // namespace App
