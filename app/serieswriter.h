// SPDX-License-Identifier: MIT
#pragma once

#include "curve.h"
#include "fileio.h"

#include "aex/core/sampling.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <string>
#include <vector>

class QIODevice;

namespace App {

class TextSink;

// The one writer of sampled numbers, in two layouts. Every number is Core::formatNumber's shortest
// round-trip text (float32: of the float); NaN, infinities and -0 are nan, inf, -inf and -0 in CSV
// and, as Python's json.dump writes them, NaN, Infinity and -Infinity in JSON.
enum class DataFormat { Csv, Json };
std::optional<DataFormat> dataFormatForPath(const QString& path); // .csv, .json
// A CSV field: as it is, or in double quotes (quotes doubled) when it holds a comma, a quote or a
// line break.
std::string csvField(std::string s);

// One curve at a list of points, as the command line's --eval and --output write it:
//   CSV   x,y,dy[,d_<param> per trainable parameter], one row per point
//   JSON  {"function", "framework", "params", "dtype", "x": [...], "y": [...], "dy": [...], "d_<param>": [...]}
// JSON arrays stay on one line each: with json.dump's indent=4 layout a 10^7-point file would be a
// third larger.
struct CurveSamples {
    const Core::Activation* activation = nullptr;
    Core::Series series;                  // dparam: one block per trainable parameter
    std::vector<std::string> dparamNames; // catalogue names of the trainable parameters
};
// False when a write failed (TextSink::errorString() says why).
bool writeCurveSamples(TextSink& sink, const CurveSamples& samples, Core::DType dtype, DataFormat format);

// Export Data: every visible curve sampled exactly on numpy.linspace(domain) (no breakpoints
// inserted) in the dtype, one curve at a time ("tidy" data for pandas or R):
//   CSV   curve,name,function,framework,params,dtype,x,y,dy
//         1,"ReLU · tf.keras 2 ·
//         negative_slope=0.5",relu,tf_keras,"max_value=none,negative_slope=0.5,threshold=0",float64,-5,-2.5,0.5
//   JSON  {"format": "activation-explorer-data", "version": 1, "dtype", "domain": {...},
//          "curves": [{"name", "function", "framework", "params", "x", "y", "dy"}, ...]}
// params is the --curve spelling of every parameter (none, true/false).
struct DataRequest {
    QList<Model::Curve> curves; // hidden ones are left out
    Core::Domain domain;
    Core::DType dtype = Core::DType::Float64;
};
// Writes to a device; false when a write fails. Throws Core::InputError for an invalid domain.
bool writeCurveData(const DataRequest& request, DataFormat format, QIODevice* device);
QByteArray curveData(const DataRequest& request, DataFormat format);
// Writes a .csv or .json file through Model::writeFile.
Model::FileError writeCurveData(const DataRequest& request, const QString& path);

} // namespace App
