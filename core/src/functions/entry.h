// SPDX-License-Identifier: MIT
// The vocabulary the catalogue entries are written in (functions/*.cpp), and the families that
// catalogue.cpp puts together in display order. Internal to aex_core.
#pragma once

#include "aex/core/catalogue.h"

#include <optional>
#include <vector>

namespace Core::Entry {

// The float64 and the float32 instance of a kernel template, for FrameworkSpec's two kernel slots.
#define AEX_KERNELS(...) __VA_ARGS__<double>, __VA_ARGS__<float>

inline constexpr auto K = static_cast<std::size_t>(Framework::Keras);
inline constexpr auto TK = static_cast<std::size_t>(Framework::TfKeras);
inline constexpr auto PT = static_cast<std::size_t>(Framework::PyTorch);

inline constexpr double kNone = 0.0; // placeholder value of a parameter whose default is None

inline FrameworkParam real(std::string_view apiName, double defaultValue, std::string_view accepted = "any")
{
    return {true, apiName, defaultValue, false, false, accepted};
}
inline FrameworkParam noneDefault(std::string_view apiName, std::string_view accepted)
{
    return {true, apiName, kNone, true, false, accepted};
}
inline FrameworkParam required(std::string_view apiName, std::string_view accepted = "any")
{
    return {true, apiName, std::nullopt, false, false, accepted};
}
// A learned weight with its starting value; `python` writes that value for the framework's layer.
inline FrameworkParam trainable(std::string_view apiName, double initial, std::string_view python = "{}")
{
    return {true, apiName, initial, false, true, "any (learned during training)", python};
}
// A Boolean the framework spells with its own two Python values ("'none'", "'tanh'").
inline FrameworkParam choice(std::string_view apiName, double defaultValue, std::string_view accepted,
    std::string_view pythonFalse, std::string_view pythonTrue)
{
    return {true, apiName, defaultValue, false, false, accepted, "{}", {pythonFalse, pythonTrue}};
}

inline ValidationRule notNegative(std::size_t param, std::string_view message)
{
    return {param, RuleCheck::NotNegative, param, message};
}
inline ValidationRule notZero(std::size_t param, std::string_view message)
{
    return {param, RuleCheck::NotZero, param, message};
}
inline ValidationRule notGreaterThan(std::size_t param, std::size_t other, std::string_view message)
{
    return {param, RuleCheck::NotGreaterThanOther, other, message};
}
inline ValidationRule notLessOrEqual(std::size_t param, std::size_t other, std::string_view message)
{
    return {param, RuleCheck::NotLessOrEqualOther, other, message};
}

// Breakpoint candidates shared by several families.
inline std::size_t at0(const ParamValues& /*params*/, std::array<double, kMaxCandidates>& out)
{
    out[0] = 0;
    return 1;
}

// Each family appends its entries, in display order.
void addReluFamily(std::vector<FunctionSpec>& catalogue);   // functions/relu.cpp
void addSmoothFamily(std::vector<FunctionSpec>& catalogue); // functions/smooth.cpp
void addGatesFamily(std::vector<FunctionSpec>& catalogue);  // functions/gates.cpp

} // namespace Core::Entry
