// SPDX-License-Identifier: MIT
// The Frameworks view's evidence: one function in every framework, from the catalogue and kernels.
#include "aex/core/frameworktable.h"

#include "aex/core/activation.h"
#include "aex/core/analysis.h"
#include "aex/core/numberformat.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Core {

namespace {

std::string number(double value, DType dtype)
{
    std::string out;
    appendNumber(out, value, dtype);
    return out;
}

std::string defaultText(const ParamSpec& param, const FrameworkParam& fp)
{
    if (!fp.available)
        return "—";
    if (fp.defaultIsNone)
        return "None";
    if (!fp.defaultValue)
        return "required";
    if (param.kind == ParamKind::Boolean)
        return std::string(fp.booleans[*fp.defaultValue != 0 ? 1 : 0]);
    return formatPython(*fp.defaultValue);
}

// A value each rule rejects, so that the layer's own message can be shown; nullopt when the rule
// cannot be triggered from the defaults (its other parameter is None).
std::optional<double> rejectedValue(const ValidationRule& rule, const Activation& defaults)
{
    const ParamValues& p = defaults.params();
    switch (rule.check) {
    case RuleCheck::NotNegative: return -1.0;
    case RuleCheck::NotZero: return 0.0;
    case RuleCheck::NotGreaterThanOther:
        return p.none[rule.other] ? std::nullopt : std::optional(p.value[rule.other] + 1);
    case RuleCheck::NotLessOrEqualOther: return p.none[rule.other] ? std::nullopt : std::optional(p.value[rule.other]);
    }
    return std::nullopt;
}

std::string validationText(const Activation& defaults)
{
    std::string text;
    for (const ValidationRule& rule : defaults.spec().rules) {
        const std::optional<double> bad = rejectedValue(rule, defaults);
        if (!bad)
            continue;
        Activation probe = defaults;
        try {
            probe.setParam(rule.param, *bad);
        } catch (const InputError&) {
            continue;
        }
        for (const LayerError& error : probe.layerProblems())
            if (error.param == rule.param) {
                text += (text.empty() ? "" : " / ") + std::string(defaults.spec().params[rule.param].apiName) + "="
                    + formatPython(*bad) + ": " + error.message;
                break;
            }
    }
    return text.empty() ? "accepts every value" : text;
}

} // namespace

FrameworkTable frameworkTable(const FunctionSpec& function, DType dtype)
{
    FrameworkTable table;
    table.function = &function;
    std::vector<Activation> defaults;
    for (const Framework fw : function.availableFrameworks()) {
        table.frameworks.push_back(fw);
        defaults.push_back(Activation::withDefaults(function, fw));
    }
    const auto row = [&](std::string aspect, auto cell) {
        FrameworkRow r{std::move(aspect), {}, false};
        for (std::size_t i = 0; i < defaults.size(); ++i)
            r.cells.push_back(cell(defaults[i]));
        r.differs = std::adjacent_find(r.cells.begin(), r.cells.end(), std::not_equal_to<>()) != r.cells.end();
        if (r.aspect == "API")
            r.differs = false; // each framework's own name: not a difference in behaviour
        table.rows.push_back(std::move(r));
    };

    row("API", [](const Activation& a) { return std::string(a.spec().api); });
    for (std::size_t p = 0; p < function.params.size(); ++p) {
        const ParamSpec& param = function.params[p];
        const std::string name(param.name);
        row("keyword for " + name, [p](const Activation& a) {
            const FrameworkParam& fp = a.spec().params[p];
            return fp.available ? std::string(fp.apiName) + (fp.trainable ? " (trainable)" : "") : std::string("—");
        });
        row("default of " + name, [&, p](const Activation& a) { return defaultText(param, a.spec().params[p]); });
        row("accepted " + name, [p](const Activation& a) {
            const FrameworkParam& fp = a.spec().params[p];
            return fp.available ? std::string(fp.accepted) : std::string("—");
        });
    }

    // The breakpoints of every framework's defaults: each framework's value and gradient there.
    std::vector<double> kinks;
    for (const Activation& a : defaults)
        for (const Breakpoint& b : breakpoints(a, dtype))
            kinks.push_back(b.x);
    std::sort(kinks.begin(), kinks.end());
    kinks.erase(std::unique(kinks.begin(), kinks.end()), kinks.end());
    constexpr double inf = std::numeric_limits<double>::infinity();
    std::vector<std::pair<std::string, double>> inputs;
    for (const double x : kinks)
        inputs.push_back({number(x, dtype), x});
    for (const double x : {-0.0, -1.0, -inf, inf, std::numeric_limits<double>::quiet_NaN()})
        // -0 compares equal to a kink at 0 but is an input of its own.
        if ((x == 0 && std::signbit(x)) || std::find(kinks.begin(), kinks.end(), x) == kinks.end())
            inputs.push_back({std::isnan(x) ? std::string("NaN") : number(x, dtype), x});
    for (const auto& [text, x] : inputs) {
        const double at = x;
        row("f(" + text + ")", [&, at](const Activation& a) { return number(evaluateAt(a, at, dtype).y, dtype); });
        row("f'(" + text + ")", [&, at](const Activation& a) { return number(evaluateAt(a, at, dtype).dy, dtype); });
    }
    row("validation", [](const Activation& a) { return validationText(a); });
    return table;
}

std::string frameworkTableText(const FrameworkTable& table, DType dtype)
{
    std::string out = std::string(table.function->name) + " in";
    for (std::size_t i = 0; i < table.frameworks.size(); ++i)
        out += (i ? ", " : " ") + std::string(frameworkName(table.frameworks[i])) + " ("
            + std::string(table.function->in(table.frameworks[i])->api) + ")";
    out += ", each at its defaults, " + std::string(dtypeName(dtype)) + "; * marks a difference\n";
    for (const FrameworkRow& r : table.rows) {
        out += (r.differs ? "* " : "  ") + r.aspect + ":";
        for (std::size_t i = 0; i < r.cells.size(); ++i)
            out += (i ? " | " : " ") + std::string(frameworkName(table.frameworks[i])) + " " + r.cells[i];
        out += '\n';
    }
    return out;
}

} // namespace Core
