// SPDX-License-Identifier: MIT
#pragma once

#include "aex/core/framework.h"

#include <cstdio>
#include <span>
#include <string>
#include <string_view>

class QIODevice;

namespace App {

// Buffered text output for the data writers (the command line's --output and the window's data
// export): a 10^7-point export is tens of millions of small appends. After a failed write the rest
// is dropped and flush() reports the failure.
class TextSink {
public:
    explicit TextSink(std::FILE* file);
    explicit TextSink(QIODevice* device);

    void write(std::string_view text);
    // Writes what is buffered; false if any write so far has failed.
    bool flush();
    // "cannot write to standard output (REASON)" or "cannot be written (DEVICE'S ERROR)".
    std::string errorString() const;

private:
    static constexpr std::size_t kChunk = std::size_t(1) << 20;
    std::FILE* m_file = nullptr;
    QIODevice* m_device = nullptr;
    std::string m_buffer;
    bool m_ok = true;
    int m_errno = 0;
};

// `INDENT"KEY": [v0, v1, ...]` on one line, as json.dump(indent=4) lays out the Python dumps, with
// ",\n" after it unless it is the last member.
void writeJsonArray(TextSink& sink, std::string_view indent, std::string_view key, std::span<const double> values,
    Core::DType dtype, bool last);

} // namespace App
