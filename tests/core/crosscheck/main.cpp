// SPDX-License-Identifier: MIT
// aex-crosscheck: the C++ half of `make crosscheck` (crosscheck.py is the PyTorch half).
//   aex-crosscheck cases SEED SETS        prints the cases to ask PyTorch about
//   aex-crosscheck snippet-cases SEED SETS
//                                         prints the curves whose PyTorch snippets snippets.py runs:
//                                         function, framework, set, params (--curve's), x,x,...,
//                                         exact|tolerant
//   aex-crosscheck snippets SEED SETS      prints the code of every snippet case in every framework,
//                                         one JSON object a line: spec, target, code (Core::codeFor,
//                                         the generator --code prints)
//   aex-crosscheck compare TABLE [MISSES] compares PyTorch's answers with the core, prints the
//                                         per-function table, writes the missed cases to MISSES,
//                                         and exits 1 on any scalar-path miss

#include "crosscheck.h"

#include "aex/core/codegen.h"
#include "aex/core/numberformat.h"
#include "aex/core/quote.h"
#include "aex/core/paramtext.h"

#include <charconv>
#include <cstdio>
#include <exception>
#include <fstream>
#include <iostream>
#include <string_view>

namespace {

int usage()
{
    std::cerr << "usage: aex-crosscheck cases SEED SETS | aex-crosscheck snippet-cases SEED SETS | aex-crosscheck "
                 "compare TABLE [MISSES]\n";
    return 2;
}

bool whole(std::string_view text, std::uint64_t& out)
{
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && ptr == text.data() + text.size();
}

} // namespace

int main(int argc, char** argv)
{
    try {
        const std::string_view command = argc > 1 ? argv[1] : "";
        if (command == "cases" && argc == 4) {
            std::uint64_t seed = 0, sets = 0;
            if (!whole(argv[2], seed) || !whole(argv[3], sets) || sets < 1 || sets > 10000) {
                std::cerr << "aex-crosscheck: SEED must be a whole number >= 0 and SETS one from 1 to 10000\n";
                return 2;
            }
            for (const Crosscheck::Case& c : Crosscheck::generateCases(seed, static_cast<int>(sets)))
                std::cout << Crosscheck::formatCase(c) << '\n';
            return std::cout.flush() ? 0 : 1;
        }
        if (command == "snippet-cases" && argc == 4) {
            std::uint64_t seed = 0, sets = 0;
            if (!whole(argv[2], seed) || !whole(argv[3], sets) || sets > 10000) {
                std::cerr << "aex-crosscheck: SEED must be a whole number >= 0 and SETS one from 0 to 10000\n";
                return 2;
            }
            for (const Crosscheck::SnippetCase& c : Crosscheck::generateSnippetCases(seed, static_cast<int>(sets))) {
                std::string xs;
                for (double x : c.xs)
                    xs += (xs.empty() ? "" : ",") + Core::formatNumber(x);
                const std::string params = Core::formatParams(c.activation, Core::ParamStyle::CommandLine);
                std::cout << c.activation.function().name << '\t' << Core::frameworkName(c.activation.framework())
                          << '\t' << c.set << '\t' << (params.empty() ? "-" : params) << '\t' << xs << '\t'
                          << (Crosscheck::mustBeBitExact(c.activation) ? "exact" : "tolerant") << '\n';
            }
            return std::cout.flush() ? 0 : 1;
        }
        if (command == "snippets" && argc == 4) {
            std::uint64_t seed = 0, sets = 0;
            if (!whole(argv[2], seed) || !whole(argv[3], sets) || sets > 10000) {
                std::cerr << "aex-crosscheck: SEED must be a whole number >= 0 and SETS one from 0 to 10000\n";
                return 2;
            }
            for (const Crosscheck::SnippetCase& c : Crosscheck::generateSnippetCases(seed, static_cast<int>(sets))) {
                const std::string params = Core::formatParams(c.activation, Core::ParamStyle::CommandLine);
                const std::string spec = std::string(c.activation.function().name) + ":"
                    + std::string(Core::frameworkName(c.activation.framework())) + (params.empty() ? "" : ":" + params);
                for (const Core::CodeSnippet& s : Core::codeForAll(c.activation))
                    std::cout << "{\"spec\": " << Core::quoted(spec, 10000) << ", \"target\": \""
                              << Core::frameworkName(s.framework) << "\", \"code\": " << Core::quoted(s.code, 100000)
                              << "}\n";
            }
            return std::cout.flush() ? 0 : 1;
        }
        if (command == "compare" && (argc == 3 || argc == 4)) {
            std::ifstream in(argv[2]);
            if (!in) {
                std::cerr << "aex-crosscheck: cannot read " << argv[2] << '\n';
                return 2;
            }
            const Crosscheck::Report report = Crosscheck::compare(Crosscheck::readTable(in));
            std::cout << Crosscheck::formatReport(report);
            if (argc == 4) {
                std::ofstream misses(argv[3]);
                for (const Crosscheck::Row& r : report.missedRows)
                    misses << Crosscheck::formatCase(r.input) << '\n';
            }
            for (std::size_t i = 0; i < report.misses.size() && i < 40; ++i)
                std::cout << "MISS " << report.misses[i] << '\n';
            if (report.misses.size() > 40)
                std::cout << "... and " << report.misses.size() - 40 << " more\n";
            std::cout << (report.passed() ? "PASS" : "FAIL") << ": " << report.misses.size()
                      << " misses on the scalar path\n";
            return report.passed() ? 0 : 1;
        }
        return usage();
    } catch (const std::exception& e) {
        std::cerr << "aex-crosscheck: " << e.what() << '\n';
        return 2;
    }
}
