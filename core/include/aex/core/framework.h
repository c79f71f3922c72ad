// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace Core {

// The three frameworks whose arithmetic the app reproduces.
//  Keras   - Keras >= 3.15 on the TensorFlow backend
//  TfKeras - tf.keras 2.x (for the ReLU family identical to Keras 3.0-3.14)
//  PyTorch - PyTorch; where its scalar and vectorised CPU kernels disagree, the scalar kernel
enum class Framework { Keras, TfKeras, PyTorch };
inline constexpr std::array<Framework, 3> kFrameworks{Framework::Keras, Framework::TfKeras, Framework::PyTorch};

// Command-line / session-file spelling: "keras", "tf_keras", "pytorch".
std::string_view frameworkName(Framework framework);
// Human spelling: "Keras 3", "tf.keras 2", "PyTorch".
std::string_view frameworkTitle(Framework framework);
std::optional<Framework> parseFramework(std::string_view name);

// The precision the framework's tensor would have.
enum class DType { Float64, Float32 };
std::string_view dtypeName(DType dtype); // "float64", "float32"
std::optional<DType> parseDType(std::string_view name);

} // namespace Core
