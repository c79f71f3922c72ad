// SPDX-License-Identifier: MIT
#pragma once

#include "figure.h"
#include "fileio.h"
#include "session.h"

#include <QByteArray>
#include <QRect>
#include <QString>
#include <QStringList>

#include <optional>

namespace App {

// What the window remembers between runs: the last view (as a session, with the session files'
// serializer), the window's geometry and docks, the recent files and the last Export Figure
// choices. One JSON file, written through Model::writeFile like every other file:
//
//   {"format": "activation-explorer-settings", "version": 1,
//    "session": {...a session...},
//    "window": {"geometry": "BASE64", "state": "BASE64", "normal": [x, y, width, height]},
//    "recentFiles": ["/home/me/relu.json"],
//    "export": {"width": 1200, "height": 800, "scale": 2, "panels": "both", "path": "/home/me/fig.png"}}
struct StoredSettings {
    std::optional<Model::Session> session;
    QByteArray geometry;
    QByteArray windowState;
    // The window's own rectangle when neither maximized nor full screen: restoreGeometry() alone
    // moves a window at the top of the screen down by a title bar's height.
    QRect normalGeometry;
    QStringList recentFiles;
    std::optional<Widgets::FigureOptions> figure; // size, scale and panels
    QString lastExportPath;
};

class Settings {
public:
    // The user's file, settings.json in the application's configuration folder.
    Settings();
    explicit Settings(QString path);

    QString fileName() const { return m_path; }

    // A missing file reads as empty settings. A damaged one too, and then the error says why
    // ("session.curves[0].function: unknown function ..."), and what could be read is kept: a bad
    // session loses the view, not the recent files.
    StoredSettings load(QString* error = nullptr) const;
    Model::FileError save(const StoredSettings& settings) const;

private:
    QString m_path;
};

} // namespace App
