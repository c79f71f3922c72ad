// SPDX-License-Identifier: MIT
#include "atomicfile.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Widgets {

QString commitSaveFile(QSaveFile& file)
{
    const QString path = file.fileName();
    if (!file.flush() || file.error() != QFileDevice::NoError) {
        const QString why = file.errorString();
        file.cancelWriting();
        file.commit(); // discards the temporary file
        return u"%1: cannot be written (%2); it was left unchanged"_s.arg(path, why);
    }
    if (!file.commit())
        return u"%1: cannot be written (%2); it was left unchanged"_s.arg(path, file.errorString());
    return {};
}

QString writeFileAtomically(const QString& path, const QByteArray& data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return u"%1: cannot be written (%2)"_s.arg(path, file.errorString());
    if (file.write(data) != data.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        file.commit();
        return u"%1: cannot be written (%2); it was left unchanged"_s.arg(path, why);
    }
    return commitSaveFile(file);
}

} // namespace Widgets
