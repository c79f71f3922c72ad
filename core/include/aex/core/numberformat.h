// SPDX-License-Identifier: MIT
#pragma once

#include "aex/core/framework.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Core {

// Shortest text that reads back to the same value: "0.1", "3", "-0", "nan", "inf", "-inf",
// "1e+300". The float overload is shortest for the float (0.1f prints "0.1").
std::string formatNumber(double value);
std::string formatNumber(float value);

// Appends formatNumber(value), or for Float32 the float overload (so float32's 0.1 reads "0.1"):
// float32 results are carried as widened doubles.
void appendNumber(std::string& out, double value, DType dtype);
// As appendNumber, in Python's json.dump spelling: NaN, Infinity, -Infinity, and integral values
// keep a ".0" so that they read back as floats.
void appendJsonNumber(std::string& out, double value, DType dtype);

// Python's repr of a float, for reproducing framework error texts: "-1.0", "0.5", "inf".
std::string formatPython(double value);

// Accepts what formatNumber writes, plus a leading '+', "+inf", "infinity" and "NaN" in any case,
// and surrounding spaces. Rejects empty text, trailing garbage, hex and out-of-range magnitudes.
std::optional<double> parseNumber(std::string_view text);

// "a, b, c": a comma-separated list of numbers. Throws InputError naming the bad item and its
// position; an empty list is an error.
std::vector<double> parseNumberList(std::string_view text);

} // namespace Core
