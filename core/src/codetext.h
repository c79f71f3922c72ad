// SPDX-License-Identifier: MIT
// The text of "Copy as code": a translation (codegen.cpp) made into a Python fragment that runs as it
// is (codetext.cpp), and the PyTorch code's declared differences (codediffers.cpp). Internal to aex_core.
#pragma once

#include "aex/core/codegen.h"

#include <string>
#include <vector>

namespace Core {

// Comments, the import, then `act`, for a snippet whose expression, composition flag, caveat and
// differences are set.
std::string renderSnippet(const Activation& source, const CodeSnippet& snippet);

// Where the PyTorch snippet `snippet` may give other values or gradients than `source` computes
// (CodeSnippet::differs' grammar); empty where it gives the same everywhere.
std::vector<std::string> torchDifferences(const Activation& source, const CodeSnippet& snippet);

} // namespace Core
