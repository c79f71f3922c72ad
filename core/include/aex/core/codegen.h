// SPDX-License-Identifier: MIT
#pragma once

#include "aex/core/activation.h"

#include <string>
#include <vector>

namespace Core {

// Python that builds one activation in one framework ("Copy as code").
// `code` is a complete Python fragment that runs as it is: comment lines saying what it is and where
// it differs from the source curve, the import, then a callable named `act` that maps a tensor to
// the activation (docs/code-snippets.md). For PyTorch code the differences are also machine-readable,
// one comment line each:
//   # differs: QUANTITY where CONDITION: DETAIL
// QUANTITY is "value", "d/dx" or "d/dNAME" (a trainable parameter's catalogue name); CONDITION is a
// Python expression in the float x (and `math`) that is true where the code may give another
// answer than the source curve; DETAIL says what each gives. "# differs: nothing" claims that
// values and gradients are the source's everywhere. `make crosscheck` runs every PyTorch snippet
// and holds it to these lines.
struct CodeSnippet {
    Framework framework = Framework::Keras; // the target framework
    std::string code;                       // the whole fragment, as copied and printed by --code
    bool composition = false;               // the framework has no such layer: the code composes its ops
    std::string caveat;                     // empty, or where the values or gradients differ from the original
    std::string expression;                 // the callable alone: a layer, a function, or "lambda x: BODY"
    std::vector<std::string> differs;       // PyTorch code: "QUANTITY where CONDITION: DETAIL" lines
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
