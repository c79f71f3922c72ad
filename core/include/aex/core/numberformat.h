// SPDX-License-Identifier: MIT
#pragma once

#include "aex/core/framework.h"

#include <cstdint>
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
// A Python float literal: the repr, with the non-finite values spelled so that Python parses them
// ("float('nan')", "float('-inf')"), for generated code.
std::string formatPythonLiteral(double value);

// Accepts what formatNumber writes, plus a leading '+', "+inf", "infinity" and "NaN" in any case,
// and surrounding spaces. Rejects empty text, trailing garbage, hex and out-of-range magnitudes.
std::optional<double> parseNumber(std::string_view text);

// The one grammar of whole numbers (sample counts, figure sizes, indices): text that parseNumber
// reads and whose value is whole, so "1001", "+1001", " 1001 ", "0001001" and "1e3" all read as
// 1001 or 1000. Throws InputError with "not a number; accepted: ...", "not a whole number;
// accepted: ..." or "out of range; accepted: a whole number from 2 to 10000000" (the caller shows
// the text).
std::int64_t parseWholeNumber(std::string_view text, std::int64_t min, std::int64_t max);
// The same checks for a number that is already read (a JSON number); the messages name it: "2.5 is
// not a whole number; accepted: ...".
std::int64_t checkWholeNumber(double value, std::int64_t min, std::int64_t max);
// "accepted: a whole number from MIN to MAX"
std::string acceptedWholeNumbers(std::int64_t min, std::int64_t max);

// A size "WxH": two whole numbers with 'x', 'X' or '×' between them. Throws InputError with
// "not of the form WxH; accepted: WxH from 100x100 to 10000x10000, e.g. 1200x800" or
// "width 10 is out of range; accepted: ...".
struct Size2D {
    std::int64_t width = 0;
    std::int64_t height = 0;
};
Size2D parseSize(std::string_view text, Size2D min, Size2D max, Size2D example);

// "a, b, c": a comma-separated list of numbers. Throws InputError naming the bad item and its
// position; an empty list is an error.
std::vector<double> parseNumberList(std::string_view text);

} // namespace Core
