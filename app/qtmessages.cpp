// SPDX-License-Identifier: MIT
#include "qtmessages.h"

#include "cli.h"
#include "commandline.h"
#include "qtext.h"

#include <QString>
#include <QtGlobal>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace App {

namespace {

QString& firstNotice()
{
    static QString notice;
    return notice;
}

QString quotedNotice(const QString& text)
{
    constexpr std::size_t kMaxNotice = 200;
    return QString::fromStdString(Core::quoted(text.toStdString(), kMaxNotice));
}

void quietHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type != QtFatalMsg) {
        if (firstNotice().isEmpty())
            firstNotice() = context.category && qstrcmp(context.category, "default") != 0
                ? QString::fromUtf8(context.category) + u": "_s + message
                : message;
        return;
    }
    const QString fatal = message.section(u'\n', 0, 0);
    const QString why = firstNotice().isEmpty() ? fatal : firstNotice();
    if (message.contains(u"platform plugin"_s))
        printLine(u"error: the window cannot open: Qt says %1; accepted: a reachable display in DISPLAY or "
                  u"WAYLAND_DISPLAY (or QT_QPA_PLATFORM unset), or --export FILE and --screenshot FILE.png, "
                  u"which need none"_s.arg(quotedNotice(why)));
    else
        printLine(u"error: Qt stopped: %1"_s.arg(quotedNotice(why)));
    std::_Exit(kExitFailure);
}

} // namespace

void quietQtMessages() { qInstallMessageHandler(quietHandler); }

void restoreQtMessages() { qInstallMessageHandler(nullptr); }

} // namespace App
