// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

class QSaveFile;

namespace Widgets {

// Users' files are only ever replaced whole: these write through QSaveFile, and on any error
// (unwritable directory, disk full) the old file stays exactly as it was.

// Flushes and commits an open QSaveFile, or discards it. QSaveFile alone does not notice a
// failure of the final flush of its buffer, so that is checked here first. Returns an error text
// naming the file, or empty.
QString commitSaveFile(QSaveFile& file);
// Opens, writes and commits. Returns an error text naming the file, or empty.
QString writeFileAtomically(const QString& path, const QByteArray& data);

} // namespace Widgets
