// SPDX-License-Identifier: MIT
#include "gui.h"

#include "mainwindow.h"
#include "settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QImageWriter>
#include <QSaveFile>
#include <QStyleFactory>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace App {

namespace {

void printError(const QString& message)
{
    std::fprintf(stderr, "activation-explorer: %s\n", qPrintable(message));
}

// Renders the whole window to a PNG, atomically. Returns an error text, or empty on success.
QString writeScreenshot(MainWindow& window, const QString& path)
{
    const QImage image = window.grab().toImage();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write --screenshot %1: %2").arg(path, file.errorString());
    QImageWriter writer(&file, "png");
    if (!writer.write(image)) {
        file.cancelWriting();
        return QStringLiteral("cannot write --screenshot %1: %2").arg(path, writer.errorString());
    }
    if (!file.commit())
        return QStringLiteral("cannot write --screenshot %1: %2").arg(path, file.errorString());
    return {};
}

// Rendering headless on the offscreen platform makes Qt print two harmless notices (no runtime
// directory, no size hints) that would read like errors in `make run`'s output. Drop just those.
QtMessageHandler previousHandler = nullptr;
void quietOffscreenNotices(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.startsWith(u"QStandardPaths: XDG_RUNTIME_DIR not set")
        || message == u"This plugin does not support propagateSizeHints()")
        return;
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

int runGui(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrncmp(argv[i], "--screenshot", 12) == 0)
            previousHandler = qInstallMessageHandler(quietOffscreenNotices);
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ActivationExplorer"));
    QApplication::setApplicationName(QStringLiteral("activation-explorer"));
    QApplication::setApplicationDisplayName(QStringLiteral("Activation Explorer"));
    QApplication::setDesktopFileName(QStringLiteral("org.activationexplorer.ActivationExplorer"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/activation-explorer.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Activation Explorer: activation functions and their gradients, "
                                                    "exactly as Keras and PyTorch compute them"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Render the default view (no saved state) to FILE.png and exit."),
                                        QStringLiteral("FILE.png"));
    const QCommandLineOption theme(QStringLiteral("theme"), QStringLiteral("Start with the light or dark theme."),
                                   QStringLiteral("light|dark"));
    const QCommandLineOption example(QStringLiteral("example"),
                                     QStringLiteral("Start with a built-in example: relu-vs-leaky, framework-defaults, "
                                                    "leaky-vs-parametric or relu-arguments."),
                                     QStringLiteral("ID"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size for --screenshot (default 1280x800)."),
                                  QStringLiteral("WxH"));
    parser.addOptions({screenshot, theme, example, size});
    if (!parser.parse(QApplication::arguments())) {
        printError(parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("%s %s\n", qPrintable(QApplication::applicationName()), qPrintable(QApplication::applicationVersion()));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(QStringLiteral("unexpected argument %1").arg(parser.positionalArguments().constFirst()));
        return 2;
    }

    std::optional<Widgets::Theme> chosenTheme;
    if (parser.isSet(theme)) {
        const QString name = parser.value(theme).toLower();
        if (name == u"light")
            chosenTheme = Widgets::Theme::Light;
        else if (name == u"dark")
            chosenTheme = Widgets::Theme::Dark;
        else {
            printError(QStringLiteral("--theme %1: expected light or dark").arg(parser.value(theme)));
            return 2;
        }
    }
    QSize windowSize = MainWindow::defaultSize();
    if (parser.isSet(size)) {
        const QStringList wh = parser.value(size).toLower().split(QLatin1Char('x'));
        bool okW = false, okH = false;
        const int w = wh.size() == 2 ? wh[0].toInt(&okW) : 0;
        const int h = wh.size() == 2 ? wh[1].toInt(&okH) : 0;
        if (!okW || !okH || w < 320 || h < 240 || w > 8192 || h > 8192) {
            printError(QStringLiteral("--size %1: expected WxH between 320x240 and 8192x8192").arg(parser.value(size)));
            return 2;
        }
        windowSize = QSize(w, h);
    }

    const bool headless = parser.isSet(screenshot);
    if (headless) {
        // Refuse a path that cannot be written before any window exists: nothing is created.
        const QString path = parser.value(screenshot);
        if (!path.endsWith(u".png", Qt::CaseInsensitive)) {
            printError(QStringLiteral("--screenshot %1: expected a .png file name").arg(path));
            return 2;
        }
        QSaveFile probe(path);
        if (!probe.open(QIODevice::WriteOnly)) {
            printError(QStringLiteral("cannot write --screenshot %1: %2").arg(path, probe.errorString()));
            return 2;
        }
        probe.cancelWriting();
    }
    // The screenshot shows the default view: it neither reads nor writes the user's settings.
    MainWindow window(headless ? nullptr : std::make_unique<Settings>());
    if (parser.isSet(example) && !window.loadExample(parser.value(example))) {
        printError(QStringLiteral("--example %1: unknown example").arg(parser.value(example)));
        return 2;
    }
    if (chosenTheme)
        window.setTheme(*chosenTheme);

    if (headless) {
        window.resize(windowSize);
        window.setAttribute(Qt::WA_DontShowOnScreen, QGuiApplication::platformName() != u"offscreen");
        window.show();
        // Let the layout settle and the plot's queued replot run before grabbing.
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
        const QString error = writeScreenshot(window, parser.value(screenshot));
        if (!error.isEmpty()) {
            printError(error);
            return 2;
        }
        return 0;
    }

    window.show();
    return QApplication::exec();
}

} // namespace App
