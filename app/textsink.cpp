// SPDX-License-Identifier: MIT
#include "textsink.h"

#include "aex/core/numberformat.h"

#include <QIODevice>

#include <cerrno>
#include <cstring>

namespace App {

TextSink::TextSink(std::FILE* file)
    : m_file(file)
{
    m_buffer.reserve(kChunk + 4096);
}

TextSink::TextSink(QIODevice* device)
    : m_device(device)
{
    m_buffer.reserve(kChunk + 4096);
}

void TextSink::write(std::string_view text)
{
    m_buffer.append(text);
    if (m_buffer.size() >= kChunk)
        flush();
}

bool TextSink::flush()
{
    if (!m_buffer.empty() && m_ok) {
        const std::size_t size = m_buffer.size();
        if (m_file) {
            m_ok = std::fwrite(m_buffer.data(), 1, size, m_file) == size;
            m_errno = m_ok ? 0 : errno;
        } else {
            m_ok = m_device->write(m_buffer.data(), qint64(size)) == qint64(size);
        }
    }
    m_buffer.clear();
    return m_ok;
}

std::string TextSink::errorString() const
{
    if (m_file)
        return "cannot write to standard output (" + std::string(std::strerror(m_errno != 0 ? m_errno : errno)) + ")";
    return "cannot be written (" + m_device->errorString().toStdString() + ")";
}

void writeJsonArray(TextSink& sink, std::string_view indent, std::string_view key, std::span<const double> values,
    Core::DType dtype, bool last)
{
    std::string text = std::string(indent) + '"' + std::string(key) + "\": [";
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0)
            text += ", ";
        Core::appendJsonNumber(text, values[i], dtype);
        if (text.size() >= 4096) {
            sink.write(text);
            text.clear();
        }
    }
    text += last ? "]\n" : "],\n";
    sink.write(text);
}

} // namespace App
