// SPDX-License-Identifier: MIT
#include "aex/core/quote.h"

#include <array>
#include <cstdint>

namespace Core {

namespace {

// Decodes one UTF-8 sequence at text[i]; returns its length, or 0 if it is not valid UTF-8
// (overlong forms and surrogates included).
std::size_t decode(std::string_view text, std::size_t i, char32_t& cp)
{
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char b0 = byte(i);
    std::size_t length = 0;
    char32_t min = 0;
    if (b0 < 0x80) {
        cp = b0;
        return 1;
    }
    if ((b0 & 0xE0) == 0xC0) {
        length = 2;
        cp = b0 & 0x1F;
        min = 0x80;
    } else if ((b0 & 0xF0) == 0xE0) {
        length = 3;
        cp = b0 & 0x0F;
        min = 0x800;
    } else if ((b0 & 0xF8) == 0xF0) {
        length = 4;
        cp = b0 & 0x07;
        min = 0x10000;
    } else {
        return 0;
    }
    if (i + length > text.size())
        return 0;
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (byte(i + k) & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return length;
}

bool needsEscape(char32_t cp)
{
    return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) // C0, DEL, C1 (0x9B is a CSI)
        || cp == 0x2028 || cp == 0x2029                          // line and paragraph separators
        || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)
        || cp == 0xFEFF;
}

void appendEscape(std::string& out, char32_t cp)
{
    switch (cp) {
    case '\b': out += "\\b"; return;
    case '\f': out += "\\f"; return;
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    default: break;
    }
    static constexpr std::array<char, 16> kHex{
        '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'};
    out += "\\u";
    for (int shift = 12; shift >= 0; shift -= 4)
        out += kHex[(cp >> shift) & 0xF];
}

} // namespace

std::string quoted(std::string_view text, std::size_t maxChars)
{
    std::string out = "\"";
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text.size();) {
        if (chars == maxChars) {
            out += "…";
            break;
        }
        char32_t cp = 0;
        const std::size_t length = decode(text, i, cp);
        if (length == 0) {
            out += "\\ufffd";
            ++i;
        } else if (cp == '"' || cp == '\\') {
            out += '\\';
            out += static_cast<char>(cp);
            i += length;
        } else if (needsEscape(cp)) {
            appendEscape(out, cp);
            i += length;
        } else {
            out.append(text.substr(i, length));
            i += length;
        }
        ++chars;
    }
    out += '"';
    return out;
}

} // namespace Core
