// SPDX-License-Identifier: MIT
#pragma once

#include "aex/core/framework.h"

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace Core {

inline constexpr std::size_t kMaxParams = 3;

enum class ParamKind { Real, Boolean };

// A parameter as the catalogue names it. The name is fixed: the command line, session files and
// tests use it. Frameworks may spell it differently (FrameworkParam::apiName).
struct ParamSpec {
    std::string_view name;        // "max_value"
    std::string_view label;       // "max value"
    std::string_view description; // one line for tooltips and --list
    ParamKind kind = ParamKind::Real;
    bool nullable = false;  // may be None (max_value: None means unbounded)
    double sliderMin = 0.0; // suggested slider range and step
    double sliderMax = 1.0;
    double step = 0.01;
    double suggested = 0.0; // starting value where a framework has no default
};

// How one framework sees one catalogue parameter.
struct FrameworkParam {
    bool available = false;             // false: this framework's API has no such parameter
    std::string_view apiName;           // the framework's own keyword ("alpha" vs "negative_slope")
    std::optional<double> defaultValue; // nullopt with defaultIsNone=false means "required"
    bool defaultIsNone = false;
    bool trainable = false; // learned by the layer (PReLU alpha): d/dparam is reported
    // Range the framework's layer accepts, as text for --list and tooltips ("any", ">= 0", ...).
    std::string_view accepted = "any";
};

// Bounds checks the framework's layer constructor performs, with its exact error text.
enum class RuleCheck {
    NotNegative,         // rejects value < 0 (None is allowed only for nullable parameters)
    NotZero,             // rejects value == 0
    NotGreaterThanOther, // rejects value > params[other]
    NotLessOrEqualOther, // rejects value <= params[other]
};
struct ValidationRule {
    std::size_t param = 0;
    RuleCheck check = RuleCheck::NotNegative;
    std::size_t other = 0;
    // "{value}" is replaced by the Python repr of the value, "{other}" by the other parameter's.
    std::string_view message;
};

struct ParamValues;
template <class T> struct KernelArgs;
using Kernel64 = void (*)(const KernelArgs<double>&);
using Kernel32 = void (*)(const KernelArgs<float>&);
// Writes the x positions where the function may have a kink or jump for these parameters;
// returns how many (at most kMaxCandidates). Positions that turn out smooth are dropped later.
inline constexpr std::size_t kMaxCandidates = 4;
using CandidateFn = std::size_t (*)(const ParamValues&, std::array<double, kMaxCandidates>&);

// One function in one framework.
struct FrameworkSpec {
    std::string_view api;                            // "keras.layers.ReLU", "torch.nn.LeakyReLU"
    std::array<FrameworkParam, kMaxParams> params{}; // aligned with FunctionSpec::params
    std::vector<ValidationRule> rules;               // what the layer rejects
    // Kink and boundary conventions, one sentence per line. A line "?name text" matters only
    // while parameter `name` is set (not None, and non-zero unless it is nullable).
    std::string_view notes;
    Kernel64 kernel64 = nullptr;
    Kernel32 kernel32 = nullptr;
    CandidateFn candidates = nullptr;
};

struct FunctionSpec {
    std::string_view name;    // "leaky_relu"
    std::string_view title;   // "LeakyReLU"
    std::string_view summary; // one line
    std::vector<ParamSpec> params;
    std::array<std::optional<FrameworkSpec>, 3> frameworks; // indexed by Framework

    const FrameworkSpec* in(Framework framework) const;
    std::vector<Framework> availableFrameworks() const;
    // Finds a parameter by its catalogue name or by the framework's own keyword.
    std::optional<std::size_t> paramIndex(std::string_view name, Framework framework) const;
};

// The whole catalogue, in display order.
std::span<const FunctionSpec> catalogue();
const FunctionSpec* findFunction(std::string_view name);

} // namespace Core
