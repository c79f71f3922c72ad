// SPDX-License-Identifier: MIT
#pragma once

#include "aex/core/activation.h"

#include <QString>

#include <optional>

namespace App {

// A curve on the command line (--curve SPEC, repeatable):
//
//   FUNCTION[:FRAMEWORK][:NAME=VALUE[,NAME=VALUE...]]
//
//   relu                                   Keras 3 ReLU with its defaults
//   relu:tf_keras:negative_slope=0.1,threshold=2
//   leaky_relu:pytorch:negative_slope=0.2
//   relu:max_value=none                    (the framework may be left out: keras)
//
// FRAMEWORK is keras (the default), tf_keras or pytorch. NAME is the catalogue's parameter name
// or the framework's own keyword (alpha for tf.keras LeakyReLU); VALUE is a number as --param
// reads it, none for None, or true/false. Parameters left out take the framework's defaults.
struct CurveSpecResult {
    std::optional<Core::Activation> activation;
    QString error; // "unknown framework "kers"; accepted: keras, tf_keras, pytorch"
};
CurveSpecResult parseCurveSpec(const QString& spec);

// The spec that parses back to exactly this activation (every parameter written out).
QString curveSpec(const Core::Activation& activation);

} // namespace App
