// SPDX-License-Identifier: MIT
#include "aex/core/activation.h"

#include "aex/core/numberformat.h"
#include "aex/core/quote.h"

#include <array>
#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace Core {

namespace {

std::string joinFrameworks(const std::vector<Framework>& frameworks)
{
    std::string out;
    for (Framework f : frameworks) {
        if (!out.empty())
            out += ", ";
        out += frameworkName(f);
    }
    return out;
}

std::string acceptedParamNames(const FunctionSpec& function, const FrameworkSpec& spec)
{
    std::string out;
    for (std::size_t i = 0; i < function.params.size(); ++i) {
        if (!spec.params[i].available)
            continue;
        if (!out.empty())
            out += ", ";
        out += function.params[i].name;
    }
    return out.empty() ? std::string(spec.api) + " has no parameters" : "accepted: " + out;
}

// The catalogue's range text as a message's "accepted:" part; "any" never means NaN.
std::string acceptedNumbers(const FrameworkParam& param)
{
    return param.accepted.starts_with("any") ? "any number but NaN" : std::string(param.accepted);
}

// A double as C++ streams print it (printf's %g): PyTorch's TORCH_CHECK messages spell values so.
std::string formatCpp(double value)
{
    std::array<char, 32> buf{};
    std::snprintf(buf.data(), buf.size(), "%g", value);
    return buf.data();
}

std::string replaceAll(std::string text, std::string_view key, const std::string& value)
{
    for (auto pos = text.find(key); pos != std::string::npos; pos = text.find(key, pos + value.size()))
        text.replace(pos, key.size(), value);
    return text;
}

} // namespace

Activation::Activation(const FunctionSpec& function, Framework framework)
    : m_function(&function)
    , m_spec(function.in(framework))
    , m_framework(framework)
{
    for (std::size_t i = 0; i < function.params.size(); ++i)
        resetParam(i);
}

Activation Activation::withDefaults(std::string_view function, Framework framework)
{
    const FunctionSpec* spec = findFunction(function);
    if (!spec) {
        std::string names;
        for (const FunctionSpec& f : catalogue())
            names += (names.empty() ? "" : ", ") + std::string(f.name);
        throw InputError("unknown function " + quoted(function) + "; accepted: " + names);
    }
    return withDefaults(*spec, framework);
}

Activation Activation::withDefaults(const FunctionSpec& function, Framework framework)
{
    if (!function.in(framework)) {
        throw InputError(std::string(function.name) + " is not available in " + std::string(frameworkName(framework))
            + "; accepted: a framework that has it: " + joinFrameworks(function.availableFrameworks()));
    }
    return {function, framework};
}

std::vector<std::size_t> Activation::availableParams() const
{
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < m_function->params.size(); ++i) {
        if (m_spec->params[i].available)
            out.push_back(i);
    }
    return out;
}

std::vector<std::size_t> Activation::trainableParams() const
{
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < m_function->params.size(); ++i) {
        if (m_spec->params[i].available && m_spec->params[i].trainable)
            out.push_back(i);
    }
    return out;
}

std::vector<std::size_t> Activation::requiredParams() const
{
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < m_function->params.size(); ++i) {
        const FrameworkParam& p = m_spec->params[i];
        if (p.available && !p.defaultValue && !p.defaultIsNone)
            out.push_back(i);
    }
    return out;
}

void Activation::setParam(std::size_t index, double value)
{
    if (index >= m_function->params.size() || !m_spec->params[index].available) {
        const std::string name = index < m_function->params.size() ? std::string(m_function->params[index].name)
                                                                   : "#" + std::to_string(index);
        throw InputError(quoted(name) + " is not a parameter of " + std::string(m_spec->api) + "; "
            + acceptedParamNames(*m_function, *m_spec));
    }
    const ParamSpec& p = m_function->params[index];
    if (std::isnan(value))
        throw InputError(std::string(p.name) + " cannot be NaN; accepted: " + acceptedNumbers(m_spec->params[index]));
    if (p.kind == ParamKind::Boolean && value != 0.0 && value != 1.0)
        throw InputError(
            std::string(p.name) + " must be true or false, got " + formatNumber(value) + "; accepted: true, false");
    m_params.value[index] = value;
    m_params.none[index] = false;
}

void Activation::setParamNone(std::size_t index)
{
    if (index >= m_function->params.size() || !m_spec->params[index].available)
        setParam(index, 0.0); // throws the "not a parameter" message
    const ParamSpec& p = m_function->params[index];
    if (!p.nullable)
        throw InputError(
            std::string(p.name) + " cannot be None; accepted: " + std::string(m_spec->params[index].accepted));
    m_params.none[index] = true;
    m_params.value[index] = 0.0;
}

void Activation::setParam(std::string_view assignment)
{
    const auto eq = assignment.find('=');
    if (eq == std::string_view::npos || eq == 0) {
        throw InputError(quoted(assignment) + " is not a parameter assignment; write NAME=VALUE, e.g. alpha=0.1 ("
            + acceptedParamNames(*m_function, *m_spec) + ")");
    }
    const std::string_view name = assignment.substr(0, eq);
    const std::string_view text = assignment.substr(eq + 1);
    const auto index = m_function->paramIndex(name, m_framework);
    if (!index || !m_spec->params[*index].available) {
        throw InputError(quoted(name) + " is not a parameter of " + std::string(m_spec->api) + "; "
            + acceptedParamNames(*m_function, *m_spec));
    }
    const ParamSpec& p = m_function->params[*index];
    std::string lower;
    for (char c : text)
        lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (p.kind == ParamKind::Boolean) {
        if (lower == "true" || lower == "1" || lower == "tanh")
            return setParam(*index, 1.0);
        if (lower == "false" || lower == "0" || lower == "none")
            return setParam(*index, 0.0);
        throw InputError(
            std::string(p.name) + " must be true or false, got " + quoted(text) + "; accepted: true, false, 1, 0");
    }
    if (lower == "none") {
        if (!p.nullable)
            throw InputError(
                std::string(p.name) + " cannot be None; accepted: " + std::string(m_spec->params[*index].accepted));
        return setParamNone(*index);
    }
    const auto value = parseNumber(text);
    if (!value) {
        throw InputError(std::string(p.name) + " value " + quoted(text) + " is not a number; accepted: "
            + acceptedNumbers(m_spec->params[*index]) + (p.nullable ? " (or none)" : ""));
    }
    setParam(*index, *value);
}

void Activation::resetParam(std::size_t index)
{
    if (index >= m_function->params.size())
        return;
    const FrameworkParam& fp = m_spec->params[index];
    m_params.none[index] = fp.available && fp.defaultIsNone;
    m_params.value[index] = fp.defaultIsNone ? 0.0 : fp.defaultValue.value_or(m_function->params[index].suggested);
}

bool Activation::atDefault(std::size_t index) const
{
    const FrameworkParam& fp = m_spec->params[index];
    if (m_params.none[index])
        return fp.defaultIsNone;
    return !fp.defaultIsNone && fp.defaultValue && *fp.defaultValue == m_params.value[index];
}

std::vector<LayerError> Activation::layerProblems() const
{
    std::vector<LayerError> problems;
    for (const ValidationRule& rule : m_spec->rules) {
        if (m_params.none[rule.param])
            continue;
        const double v = m_params.value[rule.param];
        const double other = m_params.value[rule.other];
        bool rejected = false;
        switch (rule.check) {
        case RuleCheck::NotNegative: rejected = v < 0; break;
        case RuleCheck::NotZero: rejected = v == 0; break;
        case RuleCheck::NotGreaterThanOther: rejected = v > other; break;
        case RuleCheck::NotLessOrEqualOther: rejected = v <= other; break;
        }
        if (rejected) {
            std::string message = replaceAll(std::string(rule.message), "{value}", formatPython(v));
            message = replaceAll(std::move(message), "{value:g}", formatCpp(v));
            problems.push_back({rule.param, replaceAll(std::move(message), "{other}", formatPython(other))});
        }
    }
    return problems;
}

std::vector<std::string> Activation::layerErrors() const
{
    std::vector<std::string> errors;
    for (LayerError& problem : layerProblems())
        errors.push_back(std::move(problem.message));
    return errors;
}

namespace {

template <class T, class Kernel> void evaluateWith(const Activation& activation, Kernel kernel, std::span<const T> x,
    std::span<T> y, std::span<T> dy, std::span<T> dparam)
{
    const std::size_t trainable = activation.trainableParams().size();
    if (y.size() != x.size() || dy.size() != x.size())
        throw std::invalid_argument("evaluate: y and dy must have as many elements as x");
    if (!dparam.empty() && dparam.size() != trainable * x.size())
        throw std::invalid_argument(
            "evaluate: dparam must be empty or hold one block of x.size() per trainable parameter");
    const KernelArgs<T> args{
        x.data(), y.data(), dy.data(), dparam.empty() ? nullptr : dparam.data(), x.size(), &activation.params()};
    kernel(args);
}

} // namespace

void evaluate(const Activation& activation, std::span<const double> x, std::span<double> y, std::span<double> dy,
    std::span<double> dparam)
{
    evaluateWith(activation, activation.spec().kernel64, x, y, dy, dparam);
}

void evaluate(const Activation& activation, std::span<const float> x, std::span<float> y, std::span<float> dy,
    std::span<float> dparam)
{
    evaluateWith(activation, activation.spec().kernel32, x, y, dy, dparam);
}

PointValue evaluateAt(const Activation& activation, double x, DType dtype)
{
    PointValue out;
    const std::size_t trainable = activation.trainableParams().size();
    if (dtype == DType::Float32) {
        const auto xf = static_cast<float>(x);
        float y = 0, dy = 0;
        std::array<float, kMaxParams> dp{};
        evaluate(activation, std::span<const float>(&xf, 1), std::span<float>(&y, 1), std::span<float>(&dy, 1),
            std::span<float>(dp.data(), trainable));
        out.y = static_cast<double>(y);
        out.dy = static_cast<double>(dy);
        for (std::size_t i = 0; i < trainable; ++i)
            out.dparam[i] = static_cast<double>(dp[i]);
    } else {
        evaluate(activation, std::span<const double>(&x, 1), std::span<double>(&out.y, 1),
            std::span<double>(&out.dy, 1), std::span<double>(out.dparam.data(), trainable));
    }
    return out;
}

} // namespace Core
