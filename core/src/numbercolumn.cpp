// SPDX-License-Identifier: MIT
// The numbers of a text or CSV file, for an empirical input distribution.
#include "aex/core/statistics.h"

#include "aex/core/numberformat.h"
#include "aex/core/quote.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace Core {

namespace {

constexpr std::string_view kAccepted
    = "accepted: one number per line, or a CSV with a column of numbers (a header line is allowed)";

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

// The comma-separated fields of a line, trimmed, into `out`; a field in double quotes keeps its
// commas and loses its quotes (a doubled quote inside stays doubled: no number has one).
void fields(std::string_view line, std::vector<std::string_view>& out)
{
    out.clear();
    bool inQuotes = false;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= line.size(); ++i) {
        if (i < line.size() && line[i] == '"')
            inQuotes = !inQuotes;
        if (i == line.size() || (line[i] == ',' && !inQuotes)) {
            std::string_view field = trim(line.substr(start, i - start));
            if (field.size() >= 2 && field.front() == '"' && field.back() == '"')
                field = trim(field.substr(1, field.size() - 2));
            out.push_back(field);
            start = i + 1;
        }
    }
}

[[noreturn]] void refuse(std::size_t line, const std::string& problem)
{
    throw InputError("line " + std::to_string(line) + ": " + problem + "; " + std::string(kAccepted));
}

} // namespace

std::vector<double> parseNumberColumn(std::string_view text)
{
    if (text.starts_with("\xEF\xBB\xBF")) // a UTF-8 byte order mark, as spreadsheets write it
        text.remove_prefix(3);
    // Room for a number per line up front: ten million numbers were copied over and over as the
    // vector grew, which was half of the parse.
    std::vector<double> values;
    values.reserve(std::min<std::size_t>(
        static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1, kMaxDistributionValues));
    std::vector<std::string_view> items; // one line's, reused
    std::optional<std::size_t> column;
    bool first = true;
    std::size_t lineNumber = 0;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        const std::string_view line = trim(text.substr(0, end));
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        ++lineNumber;
        if (line.empty() || line.front() == '#')
            continue;
        fields(line, items);
        if (!column) {
            for (std::size_t i = 0; i < items.size() && !column; ++i) {
                if (parseNumber(items[i]))
                    column = i;
            }
            const bool header = first;
            first = false;
            if (!column) {
                if (header)
                    continue; // no number in the first line: a header
                refuse(lineNumber,
                    items.size() == 1 ? quoted(items[0]) + " is not a number" : "no number in " + quoted(line));
            }
        }
        first = false;
        if (*column >= items.size())
            refuse(
                lineNumber, "no column " + std::to_string(*column + 1) + " (the column of numbers) in " + quoted(line));
        const std::string_view item = items[*column];
        const std::optional<double> value = parseNumber(item);
        if (!value)
            refuse(lineNumber, quoted(item) + " is not a number");
        if (!std::isfinite(*value))
            refuse(lineNumber, formatNumber(*value) + " is not a finite number");
        if (values.size() == kMaxDistributionValues)
            throw InputError("more than " + std::to_string(kMaxDistributionValues) + " numbers; accepted: at most "
                + std::to_string(kMaxDistributionValues));
        values.push_back(*value);
    }
    if (values.empty())
        throw InputError(
            std::string(lineNumber == 0 ? "the file is empty" : "no numbers") + "; " + std::string(kAccepted));
    return values;
}

} // namespace Core
