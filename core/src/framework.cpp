// SPDX-License-Identifier: MIT
#include "aex/core/framework.h"

namespace Core {

std::string_view frameworkName(Framework framework)
{
    switch (framework) {
    case Framework::Keras: return "keras";
    case Framework::TfKeras: return "tf_keras";
    case Framework::PyTorch: return "pytorch";
    }
    return {};
}

std::string_view frameworkTitle(Framework framework)
{
    switch (framework) {
    case Framework::Keras: return "Keras 3";
    case Framework::TfKeras: return "tf.keras 2";
    case Framework::PyTorch: return "PyTorch";
    }
    return {};
}

std::optional<Framework> parseFramework(std::string_view name)
{
    for (Framework f : kFrameworks) {
        if (frameworkName(f) == name)
            return f;
    }
    return std::nullopt;
}

std::string_view dtypeName(DType dtype) { return dtype == DType::Float32 ? "float32" : "float64"; }

std::optional<DType> parseDType(std::string_view name)
{
    if (name == "float64")
        return DType::Float64;
    if (name == "float32")
        return DType::Float32;
    return std::nullopt;
}

} // namespace Core
