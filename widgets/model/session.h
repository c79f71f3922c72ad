// SPDX-License-Identifier: MIT
#pragma once

#include "curve.h"
#include "fileio.h"
#include "jsonreader.h"
#include "lab.h"
#include "lens.h"

#include "aex/core/sampling.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace Model {

inline constexpr int kSessionVersion = 4; // 2 added "lens", 3 "compare" and "lab", 4 "legend" and a curve's "line" and "width"; older files read as before
inline constexpr qint64 kMaxSessionBytes = qint64{16} * 1024 * 1024;
inline constexpr qsizetype kMaxSessionText = 4096; // names, the values-table input

// The visible ranges of the plot. nullopt: x is the domain, a y range fits the data (as the
// window shows it until the user zooms or pans).
struct ViewRanges {
    std::optional<std::pair<double, double>> x;
    std::optional<std::pair<double, double>> f;
    std::optional<std::pair<double, double>> df;
    bool followsData() const { return !x && !f && !df; }
    friend bool operator==(const ViewRanges&, const ViewRanges&) = default;
};

// Everything that reproduces a view: the explorer's whole state (ExplorerDocument::snapshot()),
// and what a session file (.json) holds:
//
//   {
//     "format": "activation-explorer-session", "version": 1,
//     "curves": [{"function": "relu", "framework": "tf_keras",
//                 "params": {"max_value": null, "negative_slope": 0.5, "threshold": 0},
//                 "name": "ReLU · tf_keras · negative_slope=0.5", "autoName": true,
//                 "color": "#0072b2", "visible": true, "line": "auto", "width": 0}, ...],
//     "selected": 0,
//     "domain": {"min": -5, "max": 5, "samples": 1001}, "dtype": "float64",
//     "view": {"x": [-5, 5], "f": null, "df": [-0.1, 1.1]},
//     "theme": "light", "panels": "both", "legend": "top-left", "values": "-5, -2, 0, 3",
//     "lens": {"shown": false, "input": {"distribution": "normal", "mu": 0, "sigma": 1},
//              "depth": 50, "init": {"scheme": "he"}}   (lens.h)
//   }
//
// Parameters use the catalogue's names (a framework's own keyword is read too); null is None;
// Boolean parameters are true/false; infinities are the strings "inf" and "-inf", which JSON
// numbers cannot hold, and so is "-0" (here and in the domain and view ranges, where its sign
// decides the sign of f at the first sample). Required are format, version and curves; in each curve
// function and framework (and a parameter the framework has no default for: PyTorch Threshold's
// threshold and value); in a domain min and max. Anything left out takes its default (a parameter
// the framework's default). Anything else is an error: an unknown field, a key given twice, a wrong
// type, a value out of range, a newer version, more than Core::kMaxCurves curves, or more than
// Core::kMaxTotalSamples points (curves × samples).
struct Session {
    QList<Curve> curves;
    int selected = 0; // -1: none
    Core::Domain domain;
    Core::DType dtype = Core::DType::Float64;
    ViewRanges view;
    Theme theme = Theme::Light;
    Panels panels = Panels::Both;
    LegendPlace legend = LegendPlace::TopLeft;
    QString valuesInput;
    Lens lens;
    QList<int> compare; // the two curves the Compare view compares (rows), or empty
    Lab lab;
    friend bool operator==(const Session&, const Session&) = default;
};

// Why a session was refused: the JSON path of the field ("curves[2].params.alpha", "version",
// "file") and the problem.
using SessionError = JsonError;

// Either a session or the error; never both.
struct SessionResult {
    std::optional<Session> session;
    SessionError error;
    explicit operator bool() const { return session.has_value(); }
};

QByteArray sessionToJson(const Session& session);
QJsonObject sessionToJsonObject(const Session& session);
SessionResult sessionFromJson(const QByteArray& json);
SessionResult sessionFromJsonValue(const QJsonValue& value); // a session inside another document

// Reads and validates a file (Model::readFile: a regular file only, refused before it is read when it
// is over kMaxSessionBytes).
SessionResult loadSession(const QString& path);
// Writes through Model::writeFile: after a failure the old file is intact.
FileError saveSession(const Session& session, const QString& path);

} // namespace Model
