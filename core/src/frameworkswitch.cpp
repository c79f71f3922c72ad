// SPDX-License-Identifier: MIT
#include "aex/core/frameworkswitch.h"

#include "aex/core/framework.h"
#include "aex/core/paramtext.h"

#include <algorithm>

namespace Core {

namespace {

bool hasProblemWith(const Activation& a, std::size_t index)
{
    const std::vector<LayerError> problems = a.layerProblems();
    return std::any_of(problems.begin(), problems.end(), [index](const LayerError& e) { return e.param == index; });
}

} // namespace

Activation inFramework(const Activation& from, Framework to, std::vector<std::string>* notes)
{
    Activation result = Activation::withDefaults(from.function(), to);
    const std::vector<std::size_t> available = result.availableParams();
    const std::string title(frameworkTitle(to));
    const std::string api(result.spec().api);
    const auto note = [notes](std::string line) {
        if (notes)
            notes->push_back(std::move(line));
    };
    for (const std::size_t i : from.availableParams()) {
        const std::string name(from.function().params[i].name);
        const std::string was = formatParamValue(from, i, ParamStyle::Label);
        const bool there = std::find(available.begin(), available.end(), i) != available.end();
        if (!there) {
            if (!from.atDefault(i))
                note(name + " " + was + " dropped: " + api + " has no " + name);
            continue;
        }
        if (!from.atDefault(i)) {
            Activation tried = result;
            try {
                if (from.params().none[i])
                    tried.setParamNone(i);
                else
                    tried.setParam(i, from.params().value[i]);
                if (!hasProblemWith(tried, i) || hasProblemWith(result, i)) {
                    result = tried;
                    continue;
                }
            } catch (const InputError&) {
                // None where the new framework needs a number: its default instead, said below.
            }
            note(name + " " + was + " → " + formatParamValue(result, i, ParamStyle::Label) + ": " + api
                + " does not accept " + was + " (the " + title + " default instead)");
            continue;
        }
        const std::string now = formatParamValue(result, i, ParamStyle::Label);
        if (now != was)
            note(name + " " + was + " → " + now + " (the " + title + " default)");
    }
    return result;
}

} // namespace Core
