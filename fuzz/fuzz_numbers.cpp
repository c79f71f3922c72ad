// SPDX-License-Identifier: MIT
// Number text: Core::parseNumber (every numeric field: --param values, --domain bounds, spin boxes)
// and Core::parseNumberList (--eval and the values table).
//
// Besides not crashing: a number that parses prints back (formatNumber) to text that parses to
// the same bits, in double and in float; a list that parses has one item per comma-separated
// field, each the value parseNumber gives for that field alone; a list that does not parse
// throws Core::InputError and nothing else.
#include "aex/core/activation.h"
#include "aex/core/numberformat.h"
#include "check.h"

#include <bit>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

bool sameNumber(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}

void checkNumber(std::string_view text)
{
    const std::optional<double> value = Core::parseNumber(text);
    if (!value)
        return;
    const std::optional<double> again = Core::parseNumber(Core::formatNumber(*value));
    AEX_FUZZ_CHECK(again && sameNumber(*again, *value));
    // The float form prints the shortest text for the float: it reads back to the same float.
    const auto f = static_cast<float>(*value);
    const std::optional<double> againF = Core::parseNumber(Core::formatNumber(f));
    AEX_FUZZ_CHECK(againF && sameNumber(static_cast<double>(static_cast<float>(*againF)), static_cast<double>(f)));
    (void)Core::formatPython(*value);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    checkNumber(text);
    try {
        const std::vector<double> values = Core::parseNumberList(text);
        AEX_FUZZ_CHECK(!values.empty());
        std::size_t fields = 1;
        std::string_view rest = text;
        for (std::size_t i = 0;; ++i) {
            const std::size_t comma = rest.find(',');
            AEX_FUZZ_CHECK(i < values.size());
            const std::optional<double> alone = Core::parseNumber(rest.substr(0, comma));
            AEX_FUZZ_CHECK(alone && sameNumber(*alone, values[i]));
            if (comma == std::string_view::npos)
                break;
            rest.remove_prefix(comma + 1);
            ++fields;
        }
        AEX_FUZZ_CHECK(fields == values.size());
    } catch (const Core::InputError&) {
        // Bad input, reported as such.
    }
    return 0;
}
