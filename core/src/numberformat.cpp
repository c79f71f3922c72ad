// SPDX-License-Identifier: MIT
#include "aex/core/numberformat.h"

#include "aex/core/activation.h"
#include "aex/core/quote.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <limits>

namespace Core {

namespace {

template <class T> std::string shortest(T value)
{
    if (std::isnan(value))
        return "nan";
    if (std::isinf(value))
        return value > 0 ? "inf" : "-inf";
    if (value == 0)
        return std::signbit(value) ? "-0" : "0";
    std::array<char, 64> buf{};
    auto [end, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), value);
    return std::string(buf.data(), end);
}

std::string_view trim(std::string_view text)
{
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
        text.remove_suffix(1);
    return text;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
    });
}

} // namespace

std::string formatNumber(double value) { return shortest(value); }
std::string formatNumber(float value) { return shortest(value); }

std::string formatPython(double value)
{
    if (!std::isfinite(value) || value == 0) {
        std::string s = shortest(value);
        return (value == 0) ? s + ".0" : s;
    }
    // Python's repr: the shortest digits, fixed notation for 1e-4 <= |v| < 1e16, else scientific.
    std::array<char, 64> buf{};
    auto [end, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), value, std::chars_format::scientific);
    std::string sci(buf.data(), end);
    const auto ePos = sci.find('e');
    const int exponent = std::stoi(sci.substr(ePos + 1));
    if (exponent < -4 || exponent >= 16)
        return sci;
    std::string mantissa = sci.substr(0, ePos);
    const bool negative = mantissa.front() == '-';
    if (negative)
        mantissa.erase(0, 1);
    std::string digits;
    for (char c : mantissa) {
        if (c != '.')
            digits += c;
    }
    std::string out;
    if (exponent < 0) {
        out = "0." + std::string(static_cast<std::size_t>(-exponent - 1), '0') + digits;
    } else {
        const auto intDigits = static_cast<std::size_t>(exponent) + 1;
        if (digits.size() <= intDigits) {
            out = digits + std::string(intDigits - digits.size(), '0') + ".0";
        } else {
            out = digits.substr(0, intDigits) + "." + digits.substr(intDigits);
        }
    }
    return negative ? "-" + out : out;
}

std::string formatPythonLiteral(double value)
{
    if (std::isnan(value))
        return "float('nan')";
    if (std::isinf(value))
        return value > 0 ? "float('inf')" : "float('-inf')";
    return formatPython(value);
}

std::optional<double> parseNumber(std::string_view text)
{
    text = trim(text);
    bool negative = false;
    std::string_view body = text;
    if (!body.empty() && (body.front() == '+' || body.front() == '-')) {
        negative = body.front() == '-';
        body.remove_prefix(1);
    }
    if (body.empty())
        return std::nullopt;
    if (equalsIgnoreCase(body, "nan"))
        return std::numeric_limits<double>::quiet_NaN();
    if (equalsIgnoreCase(body, "inf") || equalsIgnoreCase(body, "infinity"))
        return negative ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
    // from_chars would accept "inf"/"nan" spellings itself; those are handled above, so only
    // decimal digits, a point and an exponent may follow.
    if (!(std::isdigit(static_cast<unsigned char>(body.front())) || body.front() == '.'))
        return std::nullopt;
    double value = 0;
    auto [ptr, ec] = std::from_chars(body.data(), body.data() + body.size(), value, std::chars_format::general);
    if (ec != std::errc() || ptr != body.data() + body.size())
        return std::nullopt;
    return negative ? -value : value;
}

std::vector<double> parseNumberList(std::string_view text)
{
    std::vector<double> values;
    if (trim(text).empty())
        throw InputError("the list of numbers is empty; accepted: numbers separated by commas, e.g. -5, -2, 0, 3");
    std::size_t position = 1;
    while (true) {
        const auto comma = text.find(',');
        const std::string_view item = trim(text.substr(0, comma));
        const auto value = parseNumber(item);
        if (!value) {
            throw InputError("item " + std::to_string(position) + " of the list, " + quoted(item)
                + ", is not a number; accepted: decimal numbers such as -1.5, 2e-3, 0, -0, "
                  "nan, inf, -inf, separated by commas");
        }
        values.push_back(*value);
        if (comma == std::string_view::npos)
            break;
        text.remove_prefix(comma + 1);
        ++position;
    }
    return values;
}

std::string acceptedWholeNumbers(std::int64_t min, std::int64_t max)
{
    return "accepted: a whole number from " + std::to_string(min) + " to " + std::to_string(max);
}

std::int64_t checkWholeNumber(double value, std::int64_t min, std::int64_t max)
{
    if (std::isnan(value) || value != std::floor(value))
        throw InputError(formatNumber(value) + " is not a whole number; " + acceptedWholeNumbers(min, max));
    // Compared as doubles first: a huge value must not overflow the conversion.
    if (value < static_cast<double>(min) || value > static_cast<double>(max))
        throw InputError(formatNumber(value) + " is out of range; " + acceptedWholeNumbers(min, max));
    return static_cast<std::int64_t>(value);
}

std::int64_t parseWholeNumber(std::string_view text, std::int64_t min, std::int64_t max)
{
    const std::optional<double> value = parseNumber(text);
    if (!value)
        throw InputError("not a number; " + acceptedWholeNumbers(min, max));
    if (std::isnan(*value) || *value != std::floor(*value))
        throw InputError("not a whole number; " + acceptedWholeNumbers(min, max));
    if (*value < static_cast<double>(min) || *value > static_cast<double>(max))
        throw InputError("out of range; " + acceptedWholeNumbers(min, max));
    return static_cast<std::int64_t>(*value);
}

Size2D parseSize(std::string_view text, Size2D min, Size2D max, Size2D example)
{
    const auto size = [](Size2D s) { return std::to_string(s.width) + "x" + std::to_string(s.height); };
    const std::string accepted = "accepted: WxH from " + size(min) + " to " + size(max) + ", e.g. " + size(example);
    std::size_t cut = std::string_view::npos;
    std::size_t separator = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        std::size_t length = 0;
        if (text[i] == 'x' || text[i] == 'X')
            length = 1;
        else if (text.substr(i, 2) == "\xC3\x97") // U+00D7 MULTIPLICATION SIGN
            length = 2;
        if (length == 0)
            continue;
        if (cut != std::string_view::npos)
            throw InputError("not of the form WxH; " + accepted);
        cut = i;
        separator = length;
    }
    if (cut == std::string_view::npos)
        throw InputError("not of the form WxH; " + accepted);
    const std::optional<double> w = parseNumber(text.substr(0, cut));
    const std::optional<double> h = parseNumber(text.substr(cut + separator));
    if (!w || !h)
        throw InputError("not of the form WxH; " + accepted);
    const auto side = [&](const char* name, double value, std::int64_t lo, std::int64_t hi) {
        if (value != std::floor(value))
            throw InputError(std::string(name) + " " + formatNumber(value) + " is not a whole number; " + accepted);
        if (value < static_cast<double>(lo) || value > static_cast<double>(hi))
            throw InputError(std::string(name) + " " + formatNumber(value) + " is out of range; " + accepted);
        return static_cast<std::int64_t>(value);
    };
    return {side("width", *w, min.width, max.width), side("height", *h, min.height, max.height)};
}

void appendNumber(std::string& out, double value, DType dtype)
{
    out += dtype == DType::Float32 ? formatNumber(static_cast<float>(value)) : formatNumber(value);
}

void appendJsonNumber(std::string& out, double value, DType dtype)
{
    if (std::isnan(value)) {
        out += "NaN";
    } else if (std::isinf(value)) {
        out += value < 0 ? "-Infinity" : "Infinity";
    } else {
        const std::size_t start = out.size();
        appendNumber(out, value, dtype);
        if (out.find_first_of(".eE", start) == std::string::npos)
            out += ".0";
    }
}

} // namespace Core
