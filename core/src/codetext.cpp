// SPDX-License-Identifier: MIT
// A translation as the fragment the user pastes: what it is, where it differs, the import and a
// callable named `act`, so that a notebook (and make crosscheck) can run it as it is.
#include "codetext.h"

#include "aex/core/paramtext.h"

namespace Core {

namespace {

constexpr std::size_t kCommentWidth = 100;
constexpr std::string_view kLambda = "lambda x: ";

std::string_view importLine(Framework framework)
{
    switch (framework) {
    case Framework::Keras: return "import keras";
    case Framework::TfKeras: return "import tensorflow as tf";
    case Framework::PyTorch: return "import torch";
    }
    return "";
}

// Text as "# " lines of at most kCommentWidth characters, broken between words.
std::string comment(const std::string& text)
{
    std::string out, line;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string::npos)
            end = text.size();
        const std::string word = text.substr(start, end - start);
        start = end + 1;
        if (word.empty())
            continue;
        if (!line.empty() && 2 + line.size() + 1 + word.size() > kCommentWidth) {
            out += "# " + line + "\n";
            line.clear();
        }
        line += (line.empty() ? "" : " ") + word;
    }
    if (!line.empty())
        out += "# " + line + "\n";
    return out;
}

// The source curve as its framework writes it: "keras.layers.ReLU(max_value=None, ...)".
std::string sourceCall(const Activation& a)
{
    const std::string api(a.spec().api);
    const std::vector<std::size_t> params = a.availableParams();
    const std::string args = formatParams(a, ParamStyle::Python, params);
    const bool layer = api.find(".layers.") != std::string::npos || api.starts_with("torch.nn.");
    if (layer)
        return api + "(" + args + ")";
    return params.empty() ? api : api + "(x, " + args + ")";
}

std::string whatItIs(const Activation& a, const CodeSnippet& s)
{
    const std::string target(frameworkTitle(s.framework));
    if (s.composition)
        return "A composition of " + target + " ops: " + target + " has no layer for these values.";
    if (s.framework == a.framework())
        return "Exactly this call, every parameter written out.";
    return "The equivalent " + target + " call for these values.";
}

// nn.PReLU holds its weight in float32 and refuses a float64 input; this one keeps the weight in
// float64 and uses it in the input's dtype, as the app computes in either dtype.
constexpr std::string_view kPreluClass = R"(class PReLU(torch.nn.PReLU):
    # nn.PReLU with its weight kept in float64 and used in the input's dtype: init is exact for
    # float64 inputs and rounded once to float32 for float32 ones (a plain nn.PReLU only takes float32).
    def forward(self, x):
        return torch.nn.functional.prelu(x, self.weight.to(x.dtype))


)";

// Keras' PReLU in PyTorch ops: alpha a learned weight in float64, used in the input's dtype.
constexpr std::string_view kKerasPreluClass = R"(class KerasPReLU(torch.nn.Module):
    # Keras' PReLU: relu(x) + (-alpha * relu(-x)), alpha learned (kept in float64, used in x's dtype).
    def __init__(self, alpha):
        super().__init__()
        self.alpha = torch.nn.Parameter(torch.tensor([alpha], dtype=torch.float64))

    def forward(self, x):
        alpha = self.alpha.to(x.dtype)
        return torch.relu(x) + (-alpha * torch.relu(-x))


)";

std::string callable(const CodeSnippet& s)
{
    const std::string& e = s.expression;
    if (s.framework == Framework::PyTorch && e.starts_with("KerasPReLU("))
        return std::string(kKerasPreluClass) + "act = " + e + "\n";
    if (e.starts_with(kLambda))
        return "def act(x):\n    return " + e.substr(kLambda.size()) + "\n";
    if (s.framework == Framework::PyTorch && e.starts_with("torch.nn.PReLU("))
        return std::string(kPreluClass) + "act = PReLU(" + e.substr(15, e.size() - 16) + ", dtype=torch.float64)\n";
    if (s.framework == Framework::PyTorch && e.starts_with("torch.nn.RReLU("))
        return "act = " + e + ".eval()  # evaluation mode: the fixed slope (lower + upper) / 2\n";
    return "act = " + e + "\n";
}

} // namespace

std::string renderSnippet(const Activation& source, const CodeSnippet& s)
{
    std::string out = comment(std::string(frameworkTitle(source.framework())) + " " + sourceCall(source) + " as "
        + std::string(frameworkTitle(s.framework)) + " code. " + whatItIs(source, s));
    out += comment(s.caveat);
    if (s.framework == Framework::PyTorch) {
        if (s.differs.empty())
            out += "# differs: nothing\n";
        for (const std::string& line : s.differs)
            out += "# differs: " + line + "\n";
    }
    out += std::string(importLine(s.framework)) + "\n\n";
    out += callable(s);
    return out;
}

} // namespace Core
