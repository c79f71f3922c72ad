// SPDX-License-Identifier: MIT
#pragma once

#include "curve.h"

#include "aex/core/sampling.h"

#include <QByteArray>
#include <QList>
#include <QSettings>
#include <QString>

#include <memory>
#include <optional>

namespace App {

// Typed access to what the window remembers. The default constructor uses the user's settings
// (organisation and application names); tests pass an INI file of their own.
class Settings {
public:
    Settings();
    explicit Settings(const QString& iniFile);

    QSettings& raw() { return *m_settings; }
    QString fileName() const { return m_settings->fileName(); }
    void sync() { m_settings->sync(); }

    QByteArray geometry() const;
    void setGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);

    std::optional<Widgets::Theme> theme() const;
    void setTheme(Widgets::Theme theme);

    // Curves with their function, framework and parameters ("name=value" as the command line
    // writes them, so every value reads back exactly). Entries the catalogue no longer accepts
    // are skipped. nullopt when nothing was saved yet.
    struct StoredCurves {
        QList<Widgets::Curve> curves;
        QList<bool> autoNamed;
    };
    std::optional<StoredCurves> curves() const;
    void setCurves(const QList<Widgets::Curve>& curves, const QList<bool>& autoNamed);

    std::optional<Core::Domain> domain() const;
    void setDomain(const Core::Domain& domain);
    Core::DType dtype() const;
    void setDType(Core::DType dtype);
    int selectedCurve() const;
    void setSelectedCurve(int row);
    std::optional<QString> valuesInput() const;
    void setValuesInput(const QString& text);

    // {"max_value=none", "negative_slope=0.5", ...}: every parameter the framework has.
    static QStringList paramAssignments(const Core::Activation& activation);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace App
