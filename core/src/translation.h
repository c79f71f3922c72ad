// SPDX-License-Identifier: MIT
// The building blocks of "Copy as code" (codegen.cpp), for the translations that catalogue entries
// write as code because they depend on the parameter values (Translation::custom). Internal to
// aex_core.
#pragma once

#include "aex/core/codegen.h"

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace Core::Translate {

// A number as a Python literal; operand() parenthesises it when negative ("x * (-2.0)").
std::string py(double value);
std::string operand(double value);

// Appends a sentence to a caveat, with a space between sentences.
void appendSentence(std::string& text, const std::string& sentence);

// "lambda x: BODY" in the target's idiom, marked as a composition.
CodeSnippet composition(Framework target, const std::string& body, std::string caveat = {});

// The same function in the target, every parameter written out, with the source's values.
CodeSnippet sameFunction(const Activation& source, Framework target, std::string caveat = {});

// `function`'s entry in the target with exactly these parameters (catalogue names) set and written;
// the target layer's own error texts for these values are appended to the caveat.
using Assignments = std::initializer_list<std::pair<std::string_view, double>>;
CodeSnippet call(std::string_view function, Framework target, Assignments values = {}, std::string caveat = {});

} // namespace Core::Translate
