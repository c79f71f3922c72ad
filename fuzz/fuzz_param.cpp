// SPDX-License-Identifier: MIT
// --param NAME=VALUE (Core::Activation::setParam), over every function and framework, and then
// everything the app computes from the parameters it accepted.
//
// Input: byte 0 picks the function (catalogue order, modulo its size), byte 1 the framework; the
// rest is one assignment per line. A line "#K=..." names the function's K-th parameter spelling
// (catalogue names, then the framework's keywords), so the fuzzer reaches every parameter of every
// function, present and future, without a dictionary of names. Each assignment either throws
// Core::InputError and leaves the parameters as they were, or is accepted; an accepted value,
// printed back as Core::formatParams writes it for the command line, assigns the same parameters
// again. Whatever was accepted is then evaluated at special and ordinary x in both precisions,
// analysed (breakpoints, properties, layer errors) and sampled: none of that may crash or trip a
// sanitizer, whatever the values (huge, tiny, infinite, -0).
#include "aex/core/activation.h"
#include "aex/core/analysis.h"
#include "aex/core/catalogue.h"
#include "aex/core/paramtext.h"
#include "aex/core/sampling.h"
#include "check.h"

#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace {

void exercise(const Core::Activation& a)
{
    const double inf = std::numeric_limits<double>::infinity();
    const std::vector<double> xs{-inf, -1e300, -1e6, -3.0, -1.0, -0.5, -1e-300, -0.0, 0.0, 5e-324, 0.5, 1.0, 2.0, 3.0,
        1e6, 1e300, inf, std::numeric_limits<double>::quiet_NaN()};
    for (Core::DType dtype : {Core::DType::Float64, Core::DType::Float32}) {
        for (double x : xs)
            (void)Core::evaluateAt(a, x, dtype);
        const std::vector<Core::Breakpoint> bps = Core::breakpoints(a, dtype);
        for (std::size_t i = 1; i < bps.size(); ++i)
            AEX_FUZZ_CHECK(bps[i - 1].x < bps[i].x); // sorted, and each point reported once
        const Core::Properties p = Core::properties(a, dtype);
        AEX_FUZZ_CHECK(!std::isnan(p.infimum) && !std::isnan(p.supremum));
        const Core::Series s = Core::sample(a, Core::Domain{.min = -6.0, .max = 6.0, .samples = 41}, dtype,
            {.breakpoints = true, .derivativeParams = true});
        AEX_FUZZ_CHECK(s.x.size() == s.y.size() && s.y.size() == s.dy.size());
        AEX_FUZZ_CHECK(s.dparam.size() == a.trainableParams().size() * s.x.size());
    }
    (void)a.layerErrors();
}

// The text that assigns parameter `index` its current value again.
std::string assignmentOf(const Core::Activation& a, std::size_t index)
{
    return Core::formatParams(a, Core::ParamStyle::CommandLine, std::array{index});
}

// "#K=..." with the K-th of the function's parameter spellings in place of "#K"; other lines as they are.
std::string withName(const Core::Activation& a, std::string_view line)
{
    if (!line.starts_with('#'))
        return std::string(line);
    std::size_t digits = 1, k = 0;
    while (digits < line.size() && digits < 4 && line[digits] >= '0' && line[digits] <= '9')
        k = k * 10 + static_cast<std::size_t>(line[digits++] - '0');
    std::vector<std::string_view> names;
    for (const Core::ParamSpec& p : a.function().params)
        names.push_back(p.name);
    for (std::size_t i : a.availableParams())
        names.push_back(a.spec().params[i].apiName);
    if (names.empty())
        return std::string(line);
    return std::string(names[k % names.size()]) + std::string(line.substr(digits));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 2)
        return 0;
    const auto functions = Core::catalogue();
    const Core::FunctionSpec& function = functions[data[0] % functions.size()];
    const std::vector<Core::Framework> frameworks = function.availableFrameworks();
    if (frameworks.empty())
        return 0;
    const Core::Framework framework = frameworks[data[1] % frameworks.size()];
    Core::Activation a = Core::Activation::withDefaults(function, framework);

    std::string_view rest(reinterpret_cast<const char*>(data) + 2, size - 2);
    int accepted = 0;
    while (true) {
        const std::size_t newline = rest.find('\n');
        const std::string_view line = rest.substr(0, newline);
        const Core::ParamValues before = a.params();
        try {
            a.setParam(withName(a, line));
            ++accepted;
            for (std::size_t i : a.availableParams()) {
                Core::Activation again = Core::Activation::withDefaults(function, framework);
                again.setParam(assignmentOf(a, i));
                AEX_FUZZ_CHECK(again.params().none[i] == a.params().none[i]);
                AEX_FUZZ_CHECK(again.params().value[i] == a.params().value[i] || a.params().none[i]);
            }
        } catch (const Core::InputError&) {
            AEX_FUZZ_CHECK(a.params() == before);
        }
        if (newline == std::string_view::npos)
            break;
        rest.remove_prefix(newline + 1);
    }
    if (accepted > 0)
        exercise(a);
    return 0;
}
