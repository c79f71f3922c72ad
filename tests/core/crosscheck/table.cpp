// SPDX-License-Identifier: MIT
// The cross-check's text formats: one tab-separated line per case, and per PyTorch answer.

#include "crosscheck.h"

#include "aex/core/numberformat.h"

#include <charconv>
#include <istream>
#include <sstream>
#include <stdexcept>

namespace Crosscheck {

namespace {

std::vector<std::string_view> fields(std::string_view line)
{
    std::vector<std::string_view> out;
    std::size_t start = 0;
    for (;;) {
        const std::size_t tab = line.find('\t', start);
        out.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
        if (tab == std::string_view::npos)
            return out;
        start = tab + 1;
    }
}

// Python's repr and the core's formatNumber both read back exactly: "-0.0", "nan", "inf", "1e+300".
double number(std::string_view text, std::string_view what, int line)
{
    double v = 0;
    const char* begin = text.data();
    const char* end = begin + text.size();
    auto [ptr, ec] = std::from_chars(begin + (text.starts_with('+') ? 1 : 0), end, v);
    if (ec != std::errc() || ptr != end || text.empty())
        throw std::runtime_error("line " + std::to_string(line) + ": " + std::string(what) + " \"" + std::string(text)
            + "\" is not a number; accepted: a decimal number, nan, inf or -inf");
    return v;
}

} // namespace

std::string formatCase(const Case& c)
{
    return c.function + '\t' + std::string(Core::dtypeName(c.dtype)) + '\t' + std::to_string(c.set) + '\t' + c.params
        + '\t' + Core::formatNumber(c.x);
}

Core::Activation activationOf(const Case& c)
{
    Core::Activation a = Core::Activation::withDefaults(c.function, Core::Framework::PyTorch);
    if (c.params == "-")
        return a;
    std::string_view rest = c.params;
    while (!rest.empty()) {
        const std::size_t semi = rest.find(';');
        a.setParam(rest.substr(0, semi)); // "name=value", the catalogue's own grammar
        rest = semi == std::string_view::npos ? std::string_view() : rest.substr(semi + 1);
    }
    return a;
}

std::vector<Row> readTable(std::istream& in)
{
    std::vector<Row> rows;
    std::string text;
    int lineNumber = 0;
    while (std::getline(in, text)) {
        ++lineNumber;
        if (text.empty() || text.starts_with('#'))
            continue;
        const std::vector<std::string_view> f = fields(text);
        if (f.size() != 9)
            throw std::runtime_error("line " + std::to_string(lineNumber) + ": " + std::to_string(f.size())
                + " fields; accepted: 9 (function, dtype, set, params, x, path, y, dy, dparam)");
        Row r;
        r.line = lineNumber;
        r.input.function = std::string(f[0]);
        const std::optional<Core::DType> dtype = Core::parseDType(f[1]);
        if (!dtype)
            throw std::runtime_error("line " + std::to_string(lineNumber) + ": dtype \"" + std::string(f[1])
                + "\"; accepted: float64 or float32");
        r.input.dtype = *dtype;
        r.input.set = static_cast<int>(number(f[2], "set", lineNumber));
        r.input.params = std::string(f[3]);
        r.input.x = number(f[4], "x", lineNumber);
        r.path = std::string(f[5]);
        if (r.path != "scalar" && r.path != "vector")
            throw std::runtime_error(
                "line " + std::to_string(lineNumber) + ": path \"" + r.path + "\"; accepted: scalar or vector");
        r.y = number(f[6], "y", lineNumber);
        r.dy = number(f[7], "dy", lineNumber);
        if (f[8] != "-")
            r.dparam = number(f[8], "dparam", lineNumber);
        rows.push_back(std::move(r));
    }
    return rows;
}

} // namespace Crosscheck
