// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

namespace Model {

// Why a file could not be read or written, without the path (the caller names it).
struct FileError {
    enum class Kind {
        None,
        BadInput,    // the path itself cannot be used: a directory, a device, no such folder, no permission
        WriteFailed, // the path was fine, the writing failed: a full disk, an I/O error
    };
    Kind kind = Kind::None;
    QString message; // "is a character device; accepted: a regular file or a new file name"
    explicit operator bool() const { return kind != Kind::None; }
};

// Every file the program writes goes through writeFile(): users' files are replaced whole or not
// at all.
//
// The path, after following symbolic links, must be a regular file or a new name in an existing
// folder: a directory, a device (/dev/null), a FIFO or a socket is refused before anything is
// written, so that nothing can replace them. A symbolic link to a regular file stays a link: the
// file it points to is replaced. The new file keeps the old one's permissions (and owner, where
// the process may set it). The bytes go to a QSaveFile in the same folder, which is flushed and
// synced to disk before it replaces the old file; any failure on the way (a full disk) discards it
// and leaves the old file byte for byte as it was.
//
// `write` fills the device and returns an error text, or empty; a failed write to the device is
// noticed by writeFile itself.
FileError writeFile(const QString& path, const std::function<QString(QIODevice&)>& write);
FileError writeFile(const QString& path, const QByteArray& data);

// What writeFile() checks before it writes, for checking every argument before any work starts.
// It also opens (and discards) a temporary file next to the target, so that a folder that
// cannot be written is found here too.
FileError checkOutputPath(const QString& path);

// Reads a whole file of at most maxBytes. Anything but a regular file (a FIFO, a device, a socket,
// a directory, a kernel file under /proc or /sys) is refused before it is read, so that reading
// never blocks; a file over maxBytes is refused before it is read.
struct ReadResult {
    QByteArray bytes;
    FileError error; // Kind::BadInput when it cannot be read
};
ReadResult readFile(const QString& path, qint64 maxBytes);

// True when both paths name one existing file (the same device and inode, after symbolic links).
bool isSameFile(const QString& a, const QString& b);

} // namespace Model
