// SPDX-License-Identifier: MIT
#pragma once

#include "curve.h"
#include "plotexport.h"

#include "aex/core/sampling.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace App {

inline constexpr int kSessionVersion = 1;
inline constexpr qint64 kMaxSessionBytes = qint64{16} * 1024 * 1024;
inline constexpr int kMaxSessionCurves = 64;
inline constexpr std::size_t kMaxSessionSamples = 1'000'000; // what the window's plot samples
inline constexpr qsizetype kMaxSessionText = 4096;           // names, the values-table input

// Everything that reproduces a view: a session file (.json) holds one.
//
//   {
//     "format": "activation-explorer-session", "version": 1,
//     "curves": [{"function": "relu", "framework": "tf_keras",
//                 "params": {"max_value": null, "negative_slope": 0.5, "threshold": 0},
//                 "name": "ReLU · tf_keras · negative_slope=0.5", "autoName": true,
//                 "color": "#0072b2", "visible": true}, ...],
//     "selected": 0,
//     "domain": {"min": -5, "max": 5, "samples": 1001}, "dtype": "float64",
//     "view": {"x": [-5, 5], "f": null, "df": [-0.1, 1.1]},
//     "theme": "light", "panels": "both", "values": "-5, -2, 0, 3"
//   }
//
// Parameters use the catalogue's names (a framework's own keyword is read too); null is None;
// Boolean parameters are true/false; infinities are the strings "inf" and "-inf", which JSON
// numbers cannot hold. A view range of null follows the data, as the window does until the user
// zooms. Only format, version and curves are required: a missing parameter takes the framework's
// default, and so on. Anything else (an unknown field, a wrong type, a value out of range, a
// newer version) is an error.
struct Session {
    QList<Widgets::Curve> curves;
    QList<bool> autoNamed; // per curve: the name follows the function and parameters
    int selected = 0;      // -1: none
    Core::Domain domain;
    Core::DType dtype = Core::DType::Float64;
    std::optional<std::pair<double, double>> viewX; // nullopt: the domain
    std::optional<std::pair<double, double>> viewF; // nullopt: fit the data
    std::optional<std::pair<double, double>> viewDf;
    Widgets::Theme theme = Widgets::Theme::Light;
    Widgets::PlotPanels panels = Widgets::PlotPanels::Both;
    QString valuesInput;
};

// Why a session was refused: the JSON path of the field ("curves[2].params.alpha", "version",
// "file") and the problem.
struct SessionError {
    QString field;
    QString problem;
    QString message() const { return field + QStringLiteral(": ") + problem; }
};

// Either a session or the error; never both.
struct SessionResult {
    std::optional<Session> session;
    SessionError error;
    explicit operator bool() const { return session.has_value(); }
};

QByteArray sessionToJson(const Session& session);
SessionResult sessionFromJson(const QByteArray& json);

// Reads and validates a file; a file over kMaxSessionBytes is refused before it is read.
SessionResult loadSession(const QString& path);
// Writes atomically (QSaveFile): after a failure the old file is intact. Returns an error text
// naming the file, or empty.
QString saveSession(const Session& session, const QString& path);

// The figure a session describes (for export without a window).
Widgets::FigureContent figureContent(const Session& session);

} // namespace App
