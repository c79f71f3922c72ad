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
    // How Python code passes a value for this keyword: "{}" is the number's literal
    // ("keras.initializers.Constant({})" for a Keras layer's learned weight).
    std::string_view python = "{}";
    // A Boolean parameter's Python spelling of false and true (torch's GELU: "'none'" and "'tanh'").
    std::array<std::string_view, 2> booleans{"False", "True"};
};

// Bounds checks the framework's layer constructor performs, with its exact error text.
enum class RuleCheck {
    NotNegative,         // rejects value < 0 (None is allowed only for nullable parameters)
    NotZero,             // rejects value == 0
    NotGreaterThanOther, // rejects value > params[other]
    NotLessOrEqualOther, // rejects value <= params[other]
};
struct ValidationRule {
    std::size_t param = 0; // the parameter the rule is about
    RuleCheck check = RuleCheck::NotNegative;
    std::size_t other = 0; // the parameter compared with, for the *Other checks
    // "{value}" is replaced by the Python repr of the value, "{other}" by the other parameter's;
    // "{value:g}" by the value as C++ prints a double (PyTorch's TORCH_CHECK texts: "-1", "-1e-05").
    std::string_view message;
};

// The formula panel's text for the curved pieces of a function (its linear pieces are derived from
// the framework's own values). "{name}" stands for the parameter's current value.
struct CurvedFormula {
    std::string_view value{};      // "{alpha}·(eˣ − 1)"
    std::string_view derivative{}; // "{alpha}·eˣ"
    // A parameter whose factor "{name}·" and divisor " / {name}" are left out while it is 1
    // (softplus: "ln(1 + e^({beta}·x)) / {beta}" reads "ln(1 + e^(x))" at beta = 1).
    std::string_view unitParam{};
};

class Activation;
struct CodeSnippet;
// A translation that depends on the parameter values; `caveat` is the Translation's own.
using TranslateFn = CodeSnippet (*)(const Activation& source, Framework target, std::string_view caveat);

// How one framework's entry is written in another framework's Python ("Copy as code").
struct Translation {
    // A lambda body composing the target's ops. "{name}" is the parameter's Python literal, "{(name)}"
    // the same in parentheses when it is negative. Empty: the target's entry of the same function.
    std::string_view composition{};
    // Where the target computes other values or gradients than this entry (kinks, signed zeros).
    std::string_view caveat{};
    // The same function called with no arguments: the target's defaults stand for these values.
    bool withoutArguments = false;
    // Written next to the catalogue entry, for translations that depend on the values (relu's paths).
    TranslateFn custom = nullptr;
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
    std::optional<CurvedFormula> formula{};    // when this framework's curve differs from FunctionSpec::formula
    std::array<Translation, 3> translations{}; // indexed by the target Framework
    const Translation& to(Framework target) const { return translations[static_cast<std::size_t>(target)]; }
};

struct FunctionSpec {
    std::string_view name;    // "leaky_relu"
    std::string_view title;   // "LeakyReLU"
    std::string_view summary; // one line
    std::vector<ParamSpec> params;
    std::array<std::optional<FrameworkSpec>, 3> frameworks; // indexed by Framework
    CurvedFormula formula{};                                // empty when every piece is linear

    const FrameworkSpec* in(Framework framework) const;
    std::vector<Framework> availableFrameworks() const;
    // Finds a parameter by its catalogue name or by the framework's own keyword.
    std::optional<std::size_t> paramIndex(std::string_view name, Framework framework) const;
};

// The whole catalogue, in display order.
std::span<const FunctionSpec> catalogue();

// The framework's own documentation page for an API name (FrameworkSpec::api): pytorch.org for
// "torch.…", tensorflow.org for "tf.…", keras.io for "keras.…" (a layer's page is named after the
// function, `function` is its catalogue name); empty for anything else.
std::string documentationUrl(std::string_view api, std::string_view function);
const FunctionSpec* findFunction(std::string_view name);

} // namespace Core
