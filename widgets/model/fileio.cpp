// SPDX-License-Identifier: MIT
#include "fileio.h"

#include "qtext.h"

#include <QFile>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/magic.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Model {

namespace {

QString systemError(int error) { return QString::fromLocal8Bit(std::strerror(error)); }

QString fileTypeName(mode_t mode)
{
    if (S_ISDIR(mode))
        return u"a directory"_s;
    if (S_ISCHR(mode))
        return u"a character device"_s;
    if (S_ISBLK(mode))
        return u"a block device"_s;
    if (S_ISFIFO(mode))
        return u"a FIFO (named pipe)"_s;
    if (S_ISSOCK(mode))
        return u"a socket"_s;
    return u"not a regular file"_s;
}

FileError badInput(const QString& message) { return {FileError::Kind::BadInput, message}; }

// "is a character device" or, through a link, "is a symbolic link to "/dev/null", a character device".
QString notRegular(const QString& path, mode_t mode)
{
    struct stat link { };
    const QByteArray native = QFile::encodeName(path);
    if (::lstat(native.constData(), &link) == 0 && S_ISLNK(link.st_mode)) {
        QByteArray target(4096, '\0');
        const ssize_t n = ::readlink(native.constData(), target.data(), std::size_t(target.size()));
        if (n > 0)
            return u"is a symbolic link to %1, %2"_s.arg(quoted(QFile::decodeName(target.left(n))), fileTypeName(mode));
    }
    return u"is "_s + fileTypeName(mode);
}

// Kernel interfaces look like regular files but may block or have no size.
bool isKernelFileSystem(int fd)
{
    struct statfs fs { };
    if (::fstatfs(fd, &fs) != 0)
        return false;
    const auto type = static_cast<unsigned long>(fs.f_type);
    return type == PROC_SUPER_MAGIC || type == SYSFS_MAGIC || type == DEBUGFS_MAGIC || type == TRACEFS_MAGIC
        || type == SECURITYFS_MAGIC || type == CGROUP_SUPER_MAGIC || type == CGROUP2_SUPER_MAGIC;
}

// The checks on the target alone; `existing` gets its stat when it exists.
FileError checkTarget(const QString& path, struct stat& existing, bool& exists)
{
    exists = false;
    if (path.isEmpty())
        return badInput(u"no file name; accepted: a file name"_s);
    if (::stat(QFile::encodeName(path).constData(), &existing) == 0) {
        exists = true;
        if (S_ISDIR(existing.st_mode))
            return badInput(notRegular(path, existing.st_mode) + u"; accepted: a file name"_s);
        if (!S_ISREG(existing.st_mode))
            return badInput(notRegular(path, existing.st_mode) + u"; accepted: a regular file or a new file name"_s);
    }
    return {};
}

// Writes straight to a file descriptor. Qt's file engine reports a short write (a disk that fills
// up part-way through a write) as "Unknown error"; this keeps the system's reason.
class DescriptorDevice : public QIODevice {
public:
    explicit DescriptorDevice(int fd)
        : m_fd(fd)
    {
        open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }
    int error() const { return m_error; }

protected:
    qint64 readData(char* /*data*/, qint64 /*maxSize*/) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        qint64 written = 0;
        while (written < size) {
            const ssize_t n = ::write(m_fd, data + written, std::size_t(size - written));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                m_error = n < 0 ? errno : EIO;
                setErrorString(systemError(m_error));
                return -1;
            }
            written += n;
        }
        return written;
    }

private:
    int m_fd;
    int m_error = 0;
};

FileError openFailed(QSaveFile& file)
{
    return badInput(u"cannot be written (%1); accepted: a writable file path"_s.arg(file.errorString()));
}

} // namespace

FileError checkOutputPath(const QString& path)
{
    struct stat existing { };
    bool exists = false;
    if (FileError error = checkTarget(path, existing, exists))
        return error;
    QSaveFile probe(path);
    if (!probe.open(QIODevice::WriteOnly))
        return openFailed(probe);
    probe.cancelWriting();
    return {};
}

FileError writeFile(const QString& path, const std::function<QString(QIODevice&)>& write)
{
    struct stat existing { };
    bool exists = false;
    if (FileError error = checkTarget(path, existing, exists))
        return error;
    // QSaveFile follows a symbolic link and replaces the file it points to.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return openFailed(file);
    const QString unchanged = exists ? u"the file was left as it was"_s : u"no file was created"_s;
    const auto fail = [&](const QString& why) {
        file.cancelWriting();
        return FileError{FileError::Kind::WriteFailed, u"cannot be written (%1); %2"_s.arg(why, unchanged)};
    };
    if (exists) {
        // The replacement keeps the mode, and as far as this process may, the owner of the file.
        if (::fchmod(file.handle(), existing.st_mode & 0777) != 0)
            return fail(systemError(errno));
        if (::fchown(file.handle(), existing.st_uid, existing.st_gid) != 0 && errno != EPERM)
            return fail(systemError(errno));
    }
    // The bytes go straight to the temporary file's descriptor, unbuffered: QSaveFile::commit()
    // does not notice when the final flush of its own buffer fails (a full disk with less than a
    // buffer's worth of data), and Qt reports a short write without its reason.
    DescriptorDevice device(file.handle());
    if (const QString problem = write(device); !problem.isEmpty()) {
        // The device's own reason first: "No space left on device" says more than an encoder's.
        if (device.error() != 0)
            return fail(device.errorString());
        file.cancelWriting();
        return {FileError::Kind::WriteFailed, problem + u"; "_s + unchanged};
    }
    if (device.error() != 0)
        return fail(device.errorString());
    if (::fsync(file.handle()) != 0 && errno != EINVAL && errno != EROFS)
        return fail(systemError(errno));
    if (!file.commit())
        return FileError{
            FileError::Kind::WriteFailed, u"cannot be written (%1); %2"_s.arg(file.errorString(), unchanged)};
    return {};
}

FileError writeFile(const QString& path, const QByteArray& data)
{
    return writeFile(path, [&data](QIODevice& device) {
        return device.write(data) == data.size() ? QString() : u"cannot be written (%1)"_s.arg(device.errorString());
    });
}

ReadResult readFile(const QString& path, qint64 maxBytes)
{
    ReadResult result;
    const QByteArray native = QFile::encodeName(path);
    if (path.isEmpty()) {
        result.error = badInput(u"no file name; accepted: a file name"_s);
        return result;
    }
    struct stat info { };
    if (::stat(native.constData(), &info) != 0) {
        result.error = badInput(u"cannot be read (%1); accepted: a readable file"_s.arg(systemError(errno)));
        return result;
    }
    if (!S_ISREG(info.st_mode)) {
        result.error = badInput(notRegular(path, info.st_mode) + u"; accepted: a regular file"_s);
        return result;
    }
    // Non-blocking, and checked again on the open descriptor: a FIFO swapped in after the stat
    // above still cannot block the read.
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        result.error = badInput(u"cannot be read (%1); accepted: a readable file"_s.arg(systemError(errno)));
        return result;
    }
    QFile file;
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode) || isKernelFileSystem(fd)) {
        ::close(fd);
        result.error
            = badInput(S_ISREG(info.st_mode) ? u"is a kernel interface file (/proc, /sys); accepted: a regular file"_s
                                             : notRegular(path, info.st_mode) + u"; accepted: a regular file"_s);
        return result;
    }
    if (info.st_size > maxBytes) {
        ::close(fd);
        result.error = badInput(
            u"%1 MiB; accepted: at most %2 MiB"_s.arg(double(info.st_size) / (1 << 20), 0, 'f', 1).arg(maxBytes >> 20));
        return result;
    }
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        result.error = badInput(u"cannot be read (%1)"_s.arg(file.errorString()));
        return result;
    }
    result.bytes = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        result.bytes.clear();
        result.error = badInput(u"cannot be read (%1)"_s.arg(file.errorString()));
    } else if (result.bytes.size() > maxBytes) {
        result.bytes.clear();
        result.error = badInput(u"more than %1 MiB; accepted: at most %1 MiB"_s.arg(maxBytes >> 20));
    }
    return result;
}

bool isSameFile(const QString& a, const QString& b)
{
    struct stat sa {
    }, sb{};
    return !a.isEmpty() && !b.isEmpty() && ::stat(QFile::encodeName(a).constData(), &sa) == 0
        && ::stat(QFile::encodeName(b).constData(), &sb) == 0 && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

} // namespace Model
