// SPDX-License-Identifier: MIT
#pragma once

#include "aex/core/statistics.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Model {

// The distribution lens (issue #12): which inputs the statistics and the plot's density band are
// about, and the random network the Depth view propagates them through. Part of the document.
struct Lens {
    bool shown = false;       // the density band and the zero-gradient shading are drawn
    Core::Distribution input; // N(0, 1)
    QString source;           // the file an empirical input came from (its name), for display
    int depth = 50;           // layers of the Depth view, 1 to Core::kMaxDepth
    Core::Initialisation init;
    friend bool operator==(const Lens& a, const Lens& b)
    {
        return a.shown == b.shown && a.input == b.input && a.source == b.source && a.depth == b.depth
            && a.init == b.init;
    }
};

// The most numbers an empirical input keeps in the window and in a session file (whose size is
// limited): a file with more is refused with this number in the message.
inline constexpr qsizetype kMaxLensValues = 100'000;

// A session's "lens" object:
//   {"shown": true, "depth": 50,
//    "input": {"distribution": "normal", "mu": 0, "sigma": 1}      (uniform: a, b; laplace: mu, b;
//             or {"distribution": "data", "values": [...], "source": "preacts.csv"}),
//    "init": {"scheme": "he"}  (he, lecun, glorot, pytorch, keras; custom: "sigma_w", "sigma_b")}
QJsonObject lensToJson(const Lens& lens);
// Refuses (JsonRefused, via the ObjectReader checks) with the field's path under `path`.
Lens readLens(const QJsonValue& value, const QString& path);

} // namespace Model
