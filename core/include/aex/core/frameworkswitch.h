// SPDX-License-Identifier: MIT
#pragma once

#include "aex/core/activation.h"

#include <string>
#include <vector>

namespace Core {

// The same function in another framework, as a person switching frameworks expects it: each
// parameter left at the old framework's default takes the new framework's default (LeakyReLU's
// 0.3 in Keras becomes PyTorch's 0.01), and each one the user changed keeps its value where the
// new framework has it and its layer accepts it. `notes`, when given, gets one line per parameter
// whose value changed or was dropped: "alpha 0.3 → 0.01 (the PyTorch default)", "threshold 2
// dropped: torch.nn.ReLU has no threshold".
// Throws InputError when the framework does not have the function.
Activation inFramework(const Activation& from, Framework to, std::vector<std::string>* notes = nullptr);

} // namespace Core
