// SPDX-License-Identifier: MIT
#include "settings.h"

#include "qtext.h"

#include "aex/core/numberformat.h"

namespace App {

namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kTheme = QStringLiteral("view/theme");
const QString kCurves = QStringLiteral("curves");
const QString kDomainMin = QStringLiteral("view/domainMin");
const QString kDomainMax = QStringLiteral("view/domainMax");
const QString kSamples = QStringLiteral("view/samples");
const QString kDType = QStringLiteral("view/dtype");
const QString kSelected = QStringLiteral("view/selectedCurve");
const QString kValues = QStringLiteral("view/valuesInput");
} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{
}

Settings::Settings(const QString& iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

QByteArray Settings::geometry() const { return m_settings->value(kGeometry).toByteArray(); }

void Settings::setGeometry(const QByteArray& geometry) { m_settings->setValue(kGeometry, geometry); }

QByteArray Settings::windowState() const { return m_settings->value(kState).toByteArray(); }

void Settings::setWindowState(const QByteArray& state) { m_settings->setValue(kState, state); }

std::optional<Widgets::Theme> Settings::theme() const
{
    const QString name = m_settings->value(kTheme).toString();
    if (name == u"dark")
        return Widgets::Theme::Dark;
    if (name == u"light")
        return Widgets::Theme::Light;
    return std::nullopt;
}

void Settings::setTheme(Widgets::Theme theme)
{
    m_settings->setValue(kTheme, theme == Widgets::Theme::Dark ? QStringLiteral("dark") : QStringLiteral("light"));
}

QStringList Settings::paramAssignments(const Core::Activation& activation)
{
    QStringList result;
    const Core::ParamValues& p = activation.params();
    for (const std::size_t i : activation.availableParams()) {
        const Core::ParamSpec& spec = activation.function().params[i];
        QString value;
        if (p.none[i])
            value = QStringLiteral("none");
        else if (spec.kind == Core::ParamKind::Boolean)
            value = p.value[i] != 0 ? QStringLiteral("true") : QStringLiteral("false");
        else
            value = QString::fromStdString(Core::formatNumber(p.value[i]));
        result << Widgets::toQString(spec.name) + QLatin1Char('=') + value;
    }
    return result;
}

std::optional<Settings::StoredCurves> Settings::curves() const
{
    if (!m_settings->contains(kCurves + QStringLiteral("/size")))
        return std::nullopt;
    StoredCurves stored;
    const int n = m_settings->beginReadArray(kCurves);
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        try {
            const auto framework
                = Core::parseFramework(m_settings->value(QStringLiteral("framework")).toString().toStdString());
            if (!framework)
                continue;
            Core::Activation activation = Core::Activation::withDefaults(
                m_settings->value(QStringLiteral("function")).toString().toStdString(), *framework);
            const QStringList params = m_settings->value(QStringLiteral("params")).toStringList();
            for (const QString& assignment : params)
                activation.setParam(assignment.toStdString());
            const QString name = m_settings->value(QStringLiteral("name")).toString();
            QColor color(m_settings->value(QStringLiteral("color")).toString());
            if (!color.isValid())
                color = Widgets::defaultCurveColor(stored.curves.size());
            stored.curves.append(
                Widgets::Curve{activation, name, color, m_settings->value(QStringLiteral("visible"), true).toBool()});
            stored.autoNamed.append(name.isEmpty());
        } catch (const Core::InputError&) {
            // A curve from another version of the catalogue: drop it rather than refuse to start.
        }
    }
    m_settings->endArray();
    return stored;
}

void Settings::setCurves(const QList<Widgets::Curve>& curves, const QList<bool>& autoNamed)
{
    m_settings->remove(kCurves);
    m_settings->beginWriteArray(kCurves, static_cast<int>(curves.size()));
    for (qsizetype i = 0; i < curves.size(); ++i) {
        const Widgets::Curve& c = curves[i];
        m_settings->setArrayIndex(static_cast<int>(i));
        m_settings->setValue(QStringLiteral("function"), Widgets::toQString(c.activation.function().name));
        m_settings->setValue(
            QStringLiteral("framework"), Widgets::toQString(Core::frameworkName(c.activation.framework())));
        m_settings->setValue(QStringLiteral("params"), paramAssignments(c.activation));
        const bool isAuto = i < autoNamed.size() && autoNamed[i];
        m_settings->setValue(QStringLiteral("name"), isAuto ? QString() : c.name);
        m_settings->setValue(QStringLiteral("color"), c.color.name(QColor::HexRgb));
        m_settings->setValue(QStringLiteral("visible"), c.visible);
    }
    m_settings->endArray();
}

std::optional<Core::Domain> Settings::domain() const
{
    if (!m_settings->contains(kDomainMin))
        return std::nullopt;
    Core::Domain d;
    d.min = m_settings->value(kDomainMin).toDouble();
    d.max = m_settings->value(kDomainMax).toDouble();
    d.samples = m_settings->value(kSamples, 1001).toULongLong();
    try {
        Core::validate(d);
    } catch (const Core::InputError&) {
        return std::nullopt;
    }
    return d;
}

void Settings::setDomain(const Core::Domain& domain)
{
    // As text, so the doubles read back exactly.
    m_settings->setValue(kDomainMin, QString::fromStdString(Core::formatNumber(domain.min)));
    m_settings->setValue(kDomainMax, QString::fromStdString(Core::formatNumber(domain.max)));
    m_settings->setValue(kSamples, static_cast<qulonglong>(domain.samples));
}

Core::DType Settings::dtype() const
{
    return Core::parseDType(m_settings->value(kDType).toString().toStdString()).value_or(Core::DType::Float64);
}

void Settings::setDType(Core::DType dtype) { m_settings->setValue(kDType, Widgets::toQString(Core::dtypeName(dtype))); }

int Settings::selectedCurve() const { return m_settings->value(kSelected, 0).toInt(); }

void Settings::setSelectedCurve(int row) { m_settings->setValue(kSelected, row); }

std::optional<QString> Settings::valuesInput() const
{
    if (!m_settings->contains(kValues))
        return std::nullopt;
    return m_settings->value(kValues).toString();
}

void Settings::setValuesInput(const QString& text) { m_settings->setValue(kValues, text); }

} // namespace App
