// SPDX-License-Identifier: MIT
#pragma once

#include "aex/core/activation.h"

#include <initializer_list>
#include <string_view>

namespace TestLib {

// make("relu", Framework::TfKeras, {"negative_slope=0.5", "threshold=2"}): the framework's defaults,
// then each assignment as --param reads it.
inline Core::Activation make(
    std::string_view function, Core::Framework framework, std::initializer_list<std::string_view> params = {})
{
    Core::Activation a = Core::Activation::withDefaults(function, framework);
    for (const std::string_view p : params)
        a.setParam(p);
    return a;
}

} // namespace TestLib
