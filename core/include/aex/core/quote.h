// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace Core {

// How many characters of an echoed text a message shows before it cuts it short.
inline constexpr std::size_t kMaxQuotedChars = 64;

// Text from outside (an argument, a JSON key or value, a file name) as a message may echo it: a
// JSON string literal in double quotes. Control characters, DEL, the C1 controls, U+2028/U+2029
// and the bidirectional controls are escaped (\n, \u001b, \u202e, ...), so that no echoed text can
// start a second line, move the cursor or reorder the terminal's text; a byte that is not UTF-8
// is shown as \ufffd. Past maxChars characters the text is cut and "…" marks the cut.
std::string quoted(std::string_view text, std::size_t maxChars = kMaxQuotedChars);

} // namespace Core
