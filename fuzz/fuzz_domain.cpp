// SPDX-License-Identifier: MIT
// The one grammar of ranges, whole numbers and sizes: Core::parseRange ("A:B", --domain),
// Core::parseWholeNumber (--samples and every count) and Core::parseSize (--size).
//
// Besides not crashing: the command line accepts --domain TEXT exactly when Core::parseRange does
// (App::parseCommandLine is its only way in); an accepted range has finite A < B with B - A finite,
// passes Core::validate, and Core::linspace over it starts at A, ends at B and never steps back or
// leaves [A, B]; an accepted whole number is in range and reads back from its own decimal text; an
// accepted size is within its bounds.
#include "check.h"
#include "commandline.h"

#include "aex/core/activation.h"
#include "aex/core/numberformat.h"
#include "aex/core/sampling.h"

#include <QByteArray>
#include <QString>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>

namespace {

bool commandLineAccepts(const QString& domain)
{
    try {
        (void)App::parseCommandLine(
            {QStringLiteral("--function=relu"), QStringLiteral("--domain=") + domain, QStringLiteral("--samples=3")});
        return true;
    } catch (const App::UsageError&) {
        return false;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // A command-line argument ends at its first NUL byte; so does the text here.
    std::string text(reinterpret_cast<const char*>(data), size);
    text.resize(std::char_traits<char>::length(text.c_str()));

    std::optional<std::pair<double, double>> range;
    try {
        range = Core::parseRange(text);
    } catch (const Core::InputError&) {
    }
    AEX_FUZZ_CHECK(commandLineAccepts(QString::fromUtf8(QByteArray::fromStdString(text))) == range.has_value());

    if (range) {
        const auto [a, b] = *range;
        AEX_FUZZ_CHECK(std::isfinite(a) && std::isfinite(b) && a < b && std::isfinite(b - a));
        const Core::Domain domain{.min = a, .max = b, .samples = 2 + size % 40};
        Core::validate(domain); // an InputError escaping here is a finding
        const std::vector<double> x = Core::linspace(domain);
        AEX_FUZZ_CHECK(x.size() == domain.samples && x.front() == a && x.back() == b);
        for (std::size_t i = 1; i < x.size(); ++i)
            AEX_FUZZ_CHECK(x[i - 1] <= x[i] && x[i] >= a && x[i] <= b);
    }

    try {
        const std::int64_t n = Core::parseWholeNumber(text, 2, 10'000'000);
        AEX_FUZZ_CHECK(n >= 2 && n <= 10'000'000);
        AEX_FUZZ_CHECK(Core::parseWholeNumber(std::to_string(n), 2, 10'000'000) == n);
    } catch (const Core::InputError&) {
    }
    try {
        const Core::Size2D s = Core::parseSize(text, {100, 100}, {10'000, 10'000}, {1200, 800});
        AEX_FUZZ_CHECK(s.width >= 100 && s.width <= 10'000 && s.height >= 100 && s.height <= 10'000);
    } catch (const Core::InputError&) {
    }
    return 0;
}
