// SPDX-License-Identifier: MIT
#pragma once

#include "aex/core/training.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Model {

// The learning lab (issue #14): whether its view is open and the run it sets up — task, network,
// optimiser, batch and seed (Core::TrainConfig). The hidden units are the selected curve. Part of
// the document, so sessions and examples carry it.
struct Lab {
    bool shown = false;
    Core::TrainConfig config;
    friend bool operator==(const Lab&, const Lab&) = default;
};

// A session's "lab" object:
//   {"shown": true, "task": "circles", "hidden": [16], "optimizer": "sgd", "lr": 1, "momentum": 0.9,
//    "batch": 32, "seed": 1}
QJsonObject labToJson(const Lab& lab);
// Refuses (via the ObjectReader checks) with the field's path under `path`.
Lab readLab(const QJsonValue& value, const QString& path);

} // namespace Model
