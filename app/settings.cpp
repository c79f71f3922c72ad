// SPDX-License-Identifier: MIT
#include "settings.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace App {

namespace {

const QString kFormat = u"activation-explorer-settings"_s;
constexpr qint64 kMaxSettingsBytes = Model::kMaxSessionBytes + (qint64{1} << 20);

} // namespace

Settings::Settings()
    : m_path(QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).filePath(u"settings.json"_s))
{
}

Settings::Settings(QString path)
    : m_path(std::move(path))
{
}

StoredSettings Settings::load(QString* error) const
{
    StoredSettings stored;
    const auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return stored;
    };
    if (!QFile::exists(m_path))
        return stored;
    const Model::ReadResult read = Model::readFile(m_path, kMaxSettingsBytes);
    if (read.error)
        return fail(read.error.message);
    QJsonValue root;
    try {
        root = Model::parseJson(read.bytes);
    } catch (const Model::JsonRefused& r) {
        return fail(r.error.message());
    }
    const QJsonObject o = root.toObject();
    if (o.value(u"format"_s) != QJsonValue(kFormat) || o.value(u"version"_s) != QJsonValue(1))
        return fail(
            u"format: not the settings of this Activation Explorer; accepted: \"%1\", version 1"_s.arg(kFormat));

    const QJsonObject window = o.value(u"window"_s).toObject();
    stored.geometry = QByteArray::fromBase64(window.value(u"geometry"_s).toString().toLatin1());
    stored.windowState = QByteArray::fromBase64(window.value(u"state"_s).toString().toLatin1());
    if (const QJsonArray r = window.value(u"normal"_s).toArray(); r.size() == 4)
        stored.normalGeometry = QRect(r[0].toInt(), r[1].toInt(), r[2].toInt(), r[3].toInt());
    for (const QJsonValue& path : o.value(u"recentFiles"_s).toArray())
        if (path.isString() && !path.toString().isEmpty())
            stored.recentFiles << path.toString();
    if (o.contains(u"export"_s)) {
        const QJsonObject e = o.value(u"export"_s).toObject();
        Widgets::FigureOptions figure;
        figure.size = QSize(e.value(u"width"_s).toInt(), e.value(u"height"_s).toInt());
        figure.scale = e.value(u"scale"_s).toDouble();
        figure.fontSize = e.value(u"fontSize"_s).toDouble(0);
        figure.panels = Model::parsePanels(e.value(u"panels"_s).toString()).value_or(Model::Panels::Both);
        if (Widgets::validateFigureOptions(figure).isEmpty())
            stored.figure = figure;
        stored.lastExportPath = e.value(u"path"_s).toString();
    }
    if (o.contains(u"session"_s)) {
        Model::SessionResult session = Model::sessionFromJsonValue(o.value(u"session"_s));
        if (!session)
            return fail(u"session."_s + session.error.message());
        stored.session = std::move(session.session);
    }
    return stored;
}

Model::FileError Settings::save(const StoredSettings& settings) const
{
    QJsonObject o{{u"format"_s, kFormat}, {u"version"_s, 1}};
    if (settings.session)
        o[u"session"_s] = Model::sessionToJsonObject(*settings.session);
    QJsonObject window{{u"geometry"_s, QString::fromLatin1(settings.geometry.toBase64())},
        {u"state"_s, QString::fromLatin1(settings.windowState.toBase64())}};
    if (const QRect& r = settings.normalGeometry; r.isValid())
        window[u"normal"_s] = QJsonArray{r.x(), r.y(), r.width(), r.height()};
    o[u"window"_s] = window;
    o[u"recentFiles"_s] = QJsonArray::fromStringList(settings.recentFiles);
    if (settings.figure)
        o[u"export"_s] = QJsonObject{{u"width"_s, settings.figure->size.width()},
            {u"height"_s, settings.figure->size.height()}, {u"scale"_s, settings.figure->scale},
            {u"fontSize"_s, settings.figure->fontSize},
            {u"panels"_s, Model::panelsName(settings.figure->panels)}, {u"path"_s, settings.lastExportPath}};
    // The folder may not exist yet on a first run.
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    return Model::writeFile(m_path, QJsonDocument(o).toJson(QJsonDocument::Indented));
}

} // namespace App
