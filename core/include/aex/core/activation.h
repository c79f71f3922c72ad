// SPDX-License-Identifier: MIT
#pragma once

#include "aex/core/catalogue.h"

#include <stdexcept>

namespace Core {

// Bad input from a user: the message names what was wrong and what is accepted.
class InputError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Parameter values in catalogue order. A nullable parameter may be None; Boolean parameters hold
// 0 or 1.
struct ParamValues {
    std::array<double, kMaxParams> value{};
    std::array<bool, kMaxParams> none{};
    friend bool operator==(const ParamValues&, const ParamValues&) = default;
};

// A value the framework's layer rejects: its own error text, and the parameter the rule is about.
struct LayerError {
    std::optional<std::size_t> param;
    std::string message;
    friend bool operator==(const LayerError&, const LayerError&) = default;
};

// One function, in one framework, with concrete parameter values: everything needed to evaluate.
class Activation {
public:
    // The function with this framework's defaults. Throws InputError when the function is unknown
    // or the framework does not have it (the message names the frameworks that do).
    static Activation withDefaults(std::string_view function, Framework framework);
    static Activation withDefaults(const FunctionSpec& function, Framework framework);

    const FunctionSpec& function() const { return *m_function; }
    const FrameworkSpec& spec() const { return *m_spec; }
    Framework framework() const { return m_framework; }
    const ParamValues& params() const { return m_params; }

    // Parameters this framework's API has, in catalogue order.
    std::vector<std::size_t> availableParams() const;
    // Trainable parameters, in catalogue order: one d/dparam output each.
    std::vector<std::size_t> trainableParams() const;
    // Parameters this framework requires but has no default for (PyTorch Threshold).
    std::vector<std::size_t> requiredParams() const;

    // Setters throw InputError for: a parameter this framework's API lacks, NaN, None for a
    // non-nullable parameter, or a non-0/1 Boolean. Range violations are not errors: see
    // layerErrors().
    void setParam(std::size_t index, double value);
    void setParamNone(std::size_t index);
    // "name=value" or "name=none"/"true"/"false"; the name may be the framework's own keyword.
    void setParam(std::string_view assignment);
    void resetParam(std::size_t index); // back to this framework's default (or suggestion)
    // True when the parameter holds this framework's default (a required parameter never does).
    bool atDefault(std::size_t index) const;

    // The values this framework's layer constructor rejects, with its own error texts, in rule order.
    // The function form still computes these values, so evaluation goes on; the UI shows the texts
    // as warnings next to their parameters.
    std::vector<LayerError> layerProblems() const;
    // The messages of layerProblems() alone.
    std::vector<std::string> layerErrors() const;

    friend bool operator==(const Activation& a, const Activation& b)
    {
        return a.m_function == b.m_function && a.m_framework == b.m_framework && a.m_params == b.m_params;
    }

private:
    Activation(const FunctionSpec& function, Framework framework);
    const FunctionSpec* m_function;
    const FrameworkSpec* m_spec;
    Framework m_framework;
    ParamValues m_params;
};

// What a kernel reads and writes; all arrays hold n elements. dparam holds one block of n per
// trainable parameter (param-major) or is null when not wanted.
template <class T> struct KernelArgs {
    const T* x;
    T* y;
    T* dy;
    T* dparam;
    std::size_t n;
    const ParamValues* params;
};

// Evaluates value and d/dx (and d/dparam, when the span is not empty) over x in one pass, as the
// framework computes them in T. No allocation. y and dy must have x.size() elements; dparam must be
// empty or have trainableParams().size() * x.size() elements (param-major). In float32 the
// parameters are rounded to float first, as a float32 tensor's op would use them.
void evaluate(const Activation& activation, std::span<const double> x, std::span<double> y, std::span<double> dy,
    std::span<double> dparam = {});
void evaluate(const Activation& activation, std::span<const float> x, std::span<float> y, std::span<float> dy,
    std::span<float> dparam = {});

// One point, in either precision (float32 results are widened exactly to double).
struct PointValue {
    double y = 0;
    double dy = 0;
    std::array<double, kMaxParams> dparam{}; // in trainableParams() order
};
PointValue evaluateAt(const Activation& activation, double x, DType dtype = DType::Float64);

} // namespace Core
