// SPDX-License-Identifier: MIT
#pragma once

#include "aex/core/activation.h"

#include <string>
#include <vector>

namespace Core {

// Python that builds one activation in one framework ("Copy as code").
struct CodeSnippet {
    Framework framework = Framework::Keras; // the target framework
    std::string code;                       // import line(s), then one expression: a layer, a function or a lambda
    bool composition = false;               // the framework has no such layer: the code composes its ops
    std::string caveat;                     // empty, or where the values or gradients differ from the original
};

// Code for the activation's function and parameter values in `target`'s idiom. For the
// activation's own framework it is the exact layer or function call, every parameter written out
// (defaults included). For another framework it is the closest equivalent of the same values: a
// matching layer when there is one (with the parameters that carry the values), else a lambda
// composing the framework's ops (composition = true).
CodeSnippet codeFor(const Activation& activation, Framework target);
// Keras, tf.keras and PyTorch, in that order.
std::vector<CodeSnippet> codeForAll(const Activation& activation);

} // namespace Core
