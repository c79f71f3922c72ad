// SPDX-License-Identifier: MIT
// The catalogue: one table of functions x frameworks. Everything else (command line, editors,
// formula panel, code translations, tests, session files) reads this table, so adding a function
// happens in its family's entries (functions/*.cpp), its kernel (kernels/*.h) and its tests.
#include "aex/core/catalogue.h"

#include "functions/entry.h"

#include <algorithm>

namespace Core {

namespace {

std::vector<FunctionSpec> buildCatalogue()
{
    std::vector<FunctionSpec> c;
    Entry::addReluFamily(c);
    Entry::addSmoothFamily(c);
    Entry::addGatesFamily(c);
    return c;
}

} // namespace

const FrameworkSpec* FunctionSpec::in(Framework framework) const
{
    const auto& spec = frameworks[static_cast<std::size_t>(framework)];
    return spec ? &*spec : nullptr;
}

std::vector<Framework> FunctionSpec::availableFrameworks() const
{
    std::vector<Framework> out;
    for (Framework f : kFrameworks) {
        if (in(f))
            out.push_back(f);
    }
    return out;
}

std::optional<std::size_t> FunctionSpec::paramIndex(std::string_view paramName, Framework framework) const
{
    const FrameworkSpec* spec = in(framework);
    for (std::size_t i = 0; i < params.size(); ++i) {
        if (params[i].name == paramName)
            return i;
        if (spec && spec->params[i].available && spec->params[i].apiName == paramName)
            return i;
    }
    return std::nullopt;
}

std::string documentationUrl(std::string_view api, std::string_view function)
{
    const auto startsWith = [api](std::string_view prefix) { return api.substr(0, prefix.size()) == prefix; };
    const std::string name(api.substr(api.rfind('.') + 1));
    if (startsWith("torch."))
        return "https://pytorch.org/docs/stable/generated/" + std::string(api) + ".html";
    if (startsWith("tf.")) {
        std::string path(api);
        std::replace(path.begin(), path.end(), '.', '/');
        return "https://www.tensorflow.org/api_docs/python/" + path;
    }
    if (startsWith("keras.layers."))
        return "https://keras.io/api/layers/activation_layers/" + std::string(function) + "/";
    if (startsWith("keras.activations."))
        return "https://keras.io/api/layers/activations/#" + name + "-function";
    if (startsWith("keras.ops."))
        return "https://keras.io/api/ops/nn/#" + name + "-function";
    return {};
}

std::span<const FunctionSpec> catalogue()
{
    static const std::vector<FunctionSpec> table = buildCatalogue();
    return table;
}

const FunctionSpec* findFunction(std::string_view name)
{
    const auto table = catalogue();
    const auto it = std::find_if(table.begin(), table.end(), [name](const FunctionSpec& f) { return f.name == name; });
    return it == table.end() ? nullptr : &*it;
}

} // namespace Core
