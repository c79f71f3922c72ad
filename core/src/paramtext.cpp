// SPDX-License-Identifier: MIT
#include "aex/core/paramtext.h"

#include "aex/core/numberformat.h"

namespace Core {

namespace {

std::string_view separator(ParamStyle style) { return style == ParamStyle::CommandLine ? "," : ", "; }

std::string pythonValue(const Activation& a, std::size_t index)
{
    const FrameworkParam& fp = a.spec().params[index];
    const double value = a.params().value[index];
    if (a.function().params[index].kind == ParamKind::Boolean)
        return std::string(fp.booleans[value != 0.0 ? 1 : 0]);
    std::string out(fp.python);
    if (const auto slot = out.find("{}"); slot != std::string::npos)
        out.replace(slot, 2, formatPythonLiteral(value));
    return out;
}

} // namespace

std::string formatParamValue(const Activation& a, std::size_t index, ParamStyle style)
{
    const ParamValues& p = a.params();
    if (p.none[index]) {
        switch (style) {
        case ParamStyle::CommandLine: return "none";
        case ParamStyle::Label: return "None";
        case ParamStyle::Json: return "null";
        case ParamStyle::Python: return "None";
        }
    }
    if (style == ParamStyle::Python)
        return pythonValue(a, index);
    const double value = p.value[index];
    if (a.function().params[index].kind == ParamKind::Boolean)
        return value != 0.0 ? "true" : "false";
    if (style == ParamStyle::Json) {
        std::string out;
        appendJsonNumber(out, value, DType::Float64);
        return out;
    }
    return formatNumber(value);
}

std::string formatParams(const Activation& a, ParamStyle style, std::span<const std::size_t> params)
{
    std::string out = style == ParamStyle::Json ? "{" : "";
    bool first = true;
    for (const std::size_t i : params) {
        if (!first)
            out += separator(style);
        first = false;
        if (style == ParamStyle::Json)
            out += '"' + std::string(a.function().params[i].name) + "\": ";
        else if (style == ParamStyle::Python)
            out += std::string(a.spec().params[i].apiName) + "=";
        else
            out += std::string(a.function().params[i].name) + "=";
        out += formatParamValue(a, i, style);
    }
    return style == ParamStyle::Json ? out + "}" : out;
}

std::string formatParams(const Activation& a, ParamStyle style)
{
    std::vector<std::size_t> params = a.availableParams();
    if (style == ParamStyle::Label)
        std::erase_if(params, [&a](std::size_t i) { return a.atDefault(i); });
    return formatParams(a, style, params);
}

} // namespace Core
