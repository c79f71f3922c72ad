// SPDX-License-Identifier: MIT
// Copy as code (issue #4 §5). Translations reproduce the values the source framework computes
// (SEMANTICS.md), so compositions follow the source's ops one for one rather than the textbook
// formula. What each function's translation is lives in its catalogue entry (Translation); this file
// is the machinery: calls, keyword arguments, compositions and the target layer's own error texts.
#include "aex/core/codegen.h"

#include "aex/core/numberformat.h"
#include "aex/core/paramtext.h"
#include "codetext.h"
#include "translation.h"

#include <stdexcept>

namespace Core {

namespace Translate {

std::string py(double value) { return formatPythonLiteral(value); }

std::string operand(double value)
{
    std::string s = py(value);
    return s.front() == '-' ? "(" + s + ")" : s;
}

void appendSentence(std::string& text, const std::string& sentence)
{
    if (sentence.empty())
        return;
    if (!text.empty())
        text += ' ';
    text += sentence;
}

} // namespace Translate

namespace {

using namespace Translate;

CodeSnippet snippet(Framework target, const std::string& expression, bool composed = false, std::string caveat = {})
{
    return {target, {}, composed, std::move(caveat), expression, {}};
}

// Layers are constructed; plain functions are passed as the callable itself.
bool isLayer(std::string_view api)
{
    return api.find(".layers.") != std::string_view::npos || api.starts_with("torch.nn.");
}

// The activation's own layer or function, with exactly the `written` parameters as keywords.
std::string callText(const Activation& a, const std::vector<std::size_t>& written)
{
    std::string api(a.spec().api); // not const: the last return moves it
    const std::string args = formatParams(a, ParamStyle::Python, written);
    if (isLayer(api))
        return api + "(" + args + ")";
    if (written.empty())
        return api;
    return "lambda x: " + api + "(x, " + args + ")";
}

// A catalogue entry of the target that computes the same values: its call, plus the target
// layer's own error text when it rejects the values carried over.
CodeSnippet equivalent(const Activation& target, const std::vector<std::size_t>& written, std::string caveat)
{
    for (const std::string& error : target.layerErrors())
        appendSentence(caveat, std::string(target.spec().api) + " rejects this value: " + error);
    return snippet(target.framework(), callText(target, written), false, std::move(caveat));
}

// A Translation's composition with its placeholders filled: "{name}" the value's literal,
// "{(name)}" the same as an operand.
std::string fill(std::string_view text, const Activation& a)
{
    std::string out(text);
    const FunctionSpec& f = a.function();
    for (std::size_t i = 0; i < f.params.size(); ++i) {
        const std::string name(f.params[i].name);
        for (const auto& [key, value] : {std::pair{"{(" + name + ")}", operand(a.params().value[i])},
                 std::pair{"{" + name + "}", py(a.params().value[i])}}) {
            for (auto pos = out.find(key); pos != std::string::npos; pos = out.find(key, pos + value.size()))
                out.replace(pos, key.size(), value);
        }
    }
    return out;
}

} // namespace

namespace Translate {

CodeSnippet composition(Framework target, const std::string& body, std::string caveat)
{
    return snippet(target, "lambda x: " + body, true, std::move(caveat));
}

CodeSnippet sameFunction(const Activation& source, Framework target, std::string caveat)
{
    Activation t = Activation::withDefaults(source.function(), target);
    const std::vector<std::size_t> written = t.availableParams();
    for (std::size_t i : written) {
        if (!source.spec().params[i].available)
            continue;
        if (source.params().none[i])
            t.setParamNone(i);
        else
            t.setParam(i, source.params().value[i]);
    }
    return equivalent(t, written, std::move(caveat));
}

CodeSnippet call(std::string_view function, Framework target, Assignments values, std::string caveat)
{
    Activation t = Activation::withDefaults(function, target);
    std::vector<std::size_t> written;
    for (const auto& [name, value] : values) {
        const auto index = t.function().paramIndex(name, target);
        if (!index)
            throw std::logic_error("codegen: " + std::string(function) + " has no parameter " + std::string(name));
        t.setParam(*index, value);
        written.push_back(*index);
    }
    return equivalent(t, written, std::move(caveat));
}

} // namespace Translate

namespace {

CodeSnippet translate(const Activation& activation, Framework target)
{
    if (target == activation.framework())
        return snippet(target, callText(activation, activation.availableParams()));
    const Translation& translation = activation.spec().to(target);
    std::string caveat(translation.caveat);
    if (translation.custom)
        return translation.custom(activation, target, translation.caveat);
    if (!translation.composition.empty())
        return composition(target, fill(translation.composition, activation), std::move(caveat));
    if (activation.function().in(target)) {
        if (translation.withoutArguments)
            return equivalent(Activation::withDefaults(activation.function(), target), {}, std::move(caveat));
        return sameFunction(activation, target, std::move(caveat));
    }
    // A function added to the catalogue without a translation still gets valid Python.
    return snippet(target, "None", true,
        std::string(frameworkTitle(target)) + " code for " + std::string(activation.function().title)
            + " is not written yet.");
}

} // namespace

CodeSnippet codeFor(const Activation& activation, Framework target)
{
    CodeSnippet s = translate(activation, target);
    if (target == Framework::PyTorch)
        s.differs = torchDifferences(activation, s);
    s.code = renderSnippet(activation, s);
    return s;
}

std::vector<CodeSnippet> codeForAll(const Activation& activation)
{
    std::vector<CodeSnippet> out;
    out.reserve(kFrameworks.size());
    for (Framework f : kFrameworks)
        out.push_back(codeFor(activation, f));
    return out;
}

} // namespace Core
