// SPDX-License-Identifier: MIT
#pragma once

#include "aex/core/numberformat.h"
#include "aex/core/quote.h"

#include <QString>

#include <string_view>

namespace Model {

// The core speaks UTF-8 std::string_view; Qt speaks QString.
inline QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// Core::quoted() for a QString: untrusted text as a message may echo it.
inline QString quoted(const QString& text) { return QString::fromStdString(Core::quoted(text.toStdString())); }

// A number as every message writes it: the shortest text that reads back to it (Core::formatNumber),
// never QString::number's six significant digits.
inline QString number(double value) { return QString::fromStdString(Core::formatNumber(value)); }

} // namespace Model
