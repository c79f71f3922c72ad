// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <string_view>

namespace Widgets {

// The core speaks UTF-8 std::string_view; Qt speaks QString.
inline QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace Widgets
