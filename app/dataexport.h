// SPDX-License-Identifier: MIT
#pragma once

#include "curve.h"
#include "fileio.h"

#include "aex/core/sampling.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

class QIODevice;

namespace App {

// Export Data: the numbers behind the visible curves, sampled exactly on numpy.linspace(domain)
// (no breakpoints inserted) in the plot's dtype, as the command line's --domain writes them.
// Every number is Core::formatNumber's shortest round-trip text (float32: of the float).
//
// CSV, one row per curve and point ("tidy" data for pandas or R):
//   curve,name,function,framework,params,dtype,x,y,dy
//   1,"ReLU · tf_keras ·
//   negative_slope=0.5",relu,tf_keras,"max_value=none,negative_slope=0.5,threshold=0",float64,-5,-2.5,0.5
// params is the --curve spelling of every parameter (none, true/false); nan, inf, -inf, -0 as
// the command line writes them.
//
// JSON:
//   {"format": "activation-explorer-data", "version": 1, "dtype": "float64",
//    "domain": {"min": -5.0, "max": 5.0, "samples": 1001},
//    "curves": [{"name": ..., "function": "relu", "framework": "tf_keras",
//                "params": {"max_value": null, "negative_slope": 0.5, "threshold": 0.0},
//                "x": [...], "y": [...], "dy": [...]}, ...]}
// As Python's json.dump writes them, NaN and infinities are NaN, Infinity and -Infinity.
enum class DataFormat { Csv, Json };
std::optional<DataFormat> dataFormatForPath(const QString& path); // .csv, .json

struct DataRequest {
    QList<Widgets::Curve> curves; // hidden ones are left out
    Core::Domain domain;
    Core::DType dtype = Core::DType::Float64;
};

// Writes to a device; false when a write fails. Throws Core::InputError for an invalid domain.
bool writeCurveData(const DataRequest& request, DataFormat format, QIODevice* device);
QByteArray curveData(const DataRequest& request, DataFormat format);
// Writes a .csv or .json file through Model::writeFile.
Model::FileError writeCurveData(const DataRequest& request, const QString& path);

// "max_value=none,negative_slope=0.5,threshold=0": every parameter the framework has, as --curve
// and --param read them back exactly.
QString paramSpec(const Core::Activation& activation);

} // namespace App
