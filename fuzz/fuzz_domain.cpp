// SPDX-License-Identifier: MIT
// Domain specs, "A:B": the window's --domain (App::parseDomainRange) and the command line's
// --domain (app/cli.cpp, reached through App::runCli, the only way in), plus the window's other
// one-value options (--samples, --size, --scale) on the same text.
//
// Besides not crashing: both --domain parsers accept exactly the same texts (the command line
// exits 0 for "--function=relu --domain=TEXT --samples=3", 2 otherwise); an accepted range has
// finite A < B with B - A finite, passes Core::validate, and Core::linspace over it starts at A,
// ends at B and never steps back or leaves [A, B].
#include "check.h"
#include "cli.h"
#include "headless.h"

#include "aex/core/sampling.h"

#include <QByteArray>
#include <QString>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

namespace {

int runCommandLine(const std::string& domain)
{
    std::string program = "activation-explorer", function = "--function=relu", range = "--domain=" + domain,
                samples = "--samples=3";
    char* argv[] = {program.data(), function.data(), range.data(), samples.data(), nullptr};
    return App::runCli(4, argv);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // A command-line argument ends at its first NUL byte; so does the text here.
    std::string text(reinterpret_cast<const char*>(data), size);
    text.resize(std::char_traits<char>::length(text.c_str()));
    const QString qtext = QString::fromUtf8(QByteArray::fromStdString(text));

    QString error;
    const auto range = App::parseDomainRange(qtext, error);
    AEX_FUZZ_CHECK(range.has_value() == error.isEmpty());

    const int exitCode = runCommandLine(text);
    AEX_FUZZ_CHECK(exitCode == (range ? 0 : 2));

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

    QString ignored;
    (void)App::parseSampleCount(qtext, ignored);
    (void)App::parseFigureSize(qtext, ignored);
    (void)App::parseFigureScale(qtext, ignored);
    return 0;
}
