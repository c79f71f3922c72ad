// SPDX-License-Identifier: MIT
#include "gui.h"

#include "crispstyle.h"

#include "explorerdocument.h"
#include "icons.h"
#include "mainwindow.h"
#include "qtmessages.h"
#include "sessioncontroller.h"
#include "settings.h"
#include "translations.h"

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace App {

std::unique_ptr<QApplication> makeApplication(bool offscreen)
{
    if (offscreen) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // A platform theme plugin (gtk3, xdgdesktopportal) may reach for a session bus or display.
        qunsetenv("QT_QPA_PLATFORMTHEME");
    }
    // QApplication keeps references to these for its whole life.
    static int argc = 1;
    static char name[] = "activation-explorer";
    static char* argv[] = {name, nullptr};
    auto app = std::make_unique<QApplication>(argc, argv);
    QApplication::setApplicationDisplayName(u"Activation Explorer"_s);
    QApplication::setDesktopFileName(u"org.activationexplorer.ActivationExplorer"_s);
    QApplication::setStyle(applicationStyle());
    QApplication::setWindowIcon(applicationIcon());
    installTranslations();
    return app;
}

int runWindow(const Invocation& invocation)
{
    const auto unset = [](const char* name) {
        const char* value = std::getenv(name);
        return value == nullptr || *value == '\0';
    };
    if (unset("QT_QPA_PLATFORM") && unset("DISPLAY") && unset("WAYLAND_DISPLAY"))
        throw Failure("no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set); accepted: a "
                      "display, or --export FILE and --screenshot FILE.png, which need none");
    const std::unique_ptr<QApplication> app = makeApplication(false);
    restoreQtMessages();
    MainWindow window(std::make_unique<Settings>());
    if (!invocation.example.isEmpty())
        window.loadExample(invocation.example);
    if (!invocation.sessionPath.isEmpty()) {
        // Through the session controller, so that it becomes the current file and a recent one.
        if (const QString error = window.sessions()->openSession(invocation.sessionPath); !error.isEmpty())
            throw UsageError(error);
    } else if (invocation.session) {
        window.document()->assign(*invocation.session);
    }
    if (invocation.theme)
        window.document()->setTheme(*invocation.theme);
    window.show();
    return QApplication::exec();
}

} // namespace App
