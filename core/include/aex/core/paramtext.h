// SPDX-License-Identifier: MIT
#pragma once

#include "aex/core/activation.h"

#include <span>
#include <string>

namespace Core {

// The spellings of a parameter set as text. Every one lists parameters in catalogue order.
enum class ParamStyle {
    // "max_value=none,negative_slope=0.5,threshold=0": every parameter this framework has, with
    // the catalogue names, as --param and --curve read them back (none, true/false, formatNumber).
    CommandLine,
    // "negative_slope=0.5, threshold=2": only the parameters away from this framework's default, as
    // a curve's name shows them (None, true/false, formatNumber).
    Label,
    // {"max_value": null, "negative_slope": 0.5, "threshold": 0.0}: every parameter, in Python's
    // json.dump spelling (null, true/false, appendJsonNumber).
    Json,
    // "max_value=None, negative_slope=0.5, threshold=0.0": every parameter as the framework's own
    // keyword arguments, in its Python spelling (True, 'tanh', keras.initializers.Constant(0.25)).
    Python,
};

std::string formatParams(const Activation& activation, ParamStyle style);
// Only the given parameters (catalogue indices), in the given order, whatever their values.
std::string formatParams(const Activation& activation, ParamStyle style, std::span<const std::size_t> params);
// One parameter's value alone, as that style writes it ("none", "None", "null", "0.5", "True").
std::string formatParamValue(const Activation& activation, std::size_t index, ParamStyle style);

} // namespace Core
