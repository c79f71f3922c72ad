// SPDX-License-Identifier: MIT
#include "gui.h"

#include "examples.h"
#include "headless.h"
#include "mainwindow.h"
#include "plotexport.h"
#include "session.h"
#include "settings.h"

#include "aex/core/framework.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QSaveFile>
#include <QStyleFactory>

#include <cstdio>
#include <memory>

namespace App {

namespace {

void printError(const QString& message) { std::fprintf(stderr, "activation-explorer: %s\n", qPrintable(message)); }

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

// Refuses a path that cannot be written before anything is rendered: nothing is created.
QString probeWritable(const QString& option, const QString& path)
{
    QSaveFile probe(path);
    if (!probe.open(QIODevice::WriteOnly))
        return QStringLiteral("%1 %2: cannot be written (%3)").arg(option, path, probe.errorString());
    probe.cancelWriting();
    return {};
}

struct Options {
    QCommandLineOption screenshot{QStringLiteral("screenshot"),
        QStringLiteral("Render the whole window to FILE.png and exit."), QStringLiteral("FILE.png")};
    QCommandLineOption exportFigure{QStringLiteral("export"),
        QStringLiteral("Render the plot to FILE (.png, .jpg, .svg or .pdf) and exit; no display "
                       "is needed."),
        QStringLiteral("FILE")};
    QCommandLineOption size{QStringLiteral("size"),
        QStringLiteral("Figure size for --export (default 1200x800), window size for --screenshot "
                       "(default 1280x800)."),
        QStringLiteral("WxH")};
    QCommandLineOption scale{QStringLiteral("scale"),
        QStringLiteral("Pixels per logical pixel of a PNG or JPEG --export (default 1; 2 doubles the "
                       "resolution, 96 dpi × scale)."),
        QStringLiteral("S")};
    QCommandLineOption panels{QStringLiteral("panels"),
        QStringLiteral("What --export shows: both (default), function or derivative."),
        QStringLiteral("both|function|derivative")};
    QCommandLineOption theme{
        QStringLiteral("theme"), QStringLiteral("The light or dark theme."), QStringLiteral("light|dark")};
    QCommandLineOption example{QStringLiteral("example"),
        QStringLiteral("Start with a built-in example: relu-vs-leaky, framework-defaults, "
                       "leaky-vs-parametric or relu-arguments."),
        QStringLiteral("ID")};
    QCommandLineOption curve{QStringLiteral("curve"),
        QStringLiteral("A curve, FUNCTION[:FRAMEWORK][:NAME=VALUE,...], e.g. "
                       "relu:tf_keras:negative_slope=0.1,threshold=2. Repeatable."),
        QStringLiteral("SPEC")};
    QCommandLineOption domain{QStringLiteral("domain"), QStringLiteral("With --curve: the x range A:B (default -5:5)."),
        QStringLiteral("A:B")};
    QCommandLineOption samples{QStringLiteral("samples"),
        QStringLiteral("With --curve: samples over the domain (default 1001)."), QStringLiteral("N")};
    QCommandLineOption dtype{QStringLiteral("dtype"), QStringLiteral("With --curve: float64 (default) or float32."),
        QStringLiteral("dtype")};
};

// What the command line asks the window to show; nullopt (with `error`) for bad arguments.
struct Launch {
    std::optional<Session> session; // a file or --curve specs; nullopt: the example or last state
    QString sessionPath;
    QString example;
    std::optional<Widgets::Theme> theme;
    QString exportPath;
    Widgets::FigureOptions figure;
    bool panelsGiven = false;
    QString screenshotPath;
    QSize windowSize = MainWindow::defaultSize();
};

std::optional<Launch> parseLaunch(const QCommandLineParser& parser, const Options& o, QString& error)
{
    Launch launch;
    for (const QCommandLineOption* single : {&o.screenshot, &o.exportFigure, &o.size, &o.scale, &o.panels, &o.theme,
             &o.example, &o.domain, &o.samples, &o.dtype}) {
        if (parser.values(*single).size() > 1) {
            error = QStringLiteral("--%1: given more than once; accepted: once").arg(single->names().constFirst());
            return std::nullopt;
        }
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        error = QStringLiteral("%1: unexpected argument; accepted: one session file").arg(positional[1]);
        return std::nullopt;
    }
    const QStringList curves = parser.values(o.curve);
    const int sources = (positional.isEmpty() ? 0 : 1) + (curves.isEmpty() ? 0 : 1) + (parser.isSet(o.example) ? 1 : 0);
    if (sources > 1) {
        error = QStringLiteral("a session file, --curve and --example given together; accepted: one of them");
        return std::nullopt;
    }
    for (const QCommandLineOption* withCurve : {&o.domain, &o.samples, &o.dtype}) {
        if (parser.isSet(*withCurve) && curves.isEmpty()) {
            error = QStringLiteral("--%1: only means something with --curve; accepted: --curve SPEC --%1 ...")
                        .arg(withCurve->names().constFirst());
            return std::nullopt;
        }
    }
    for (const QCommandLineOption* withExport : {&o.scale, &o.panels}) {
        if (parser.isSet(*withExport) && !parser.isSet(o.exportFigure)) {
            error = QStringLiteral("--%1: only means something with --export; accepted: --export FILE --%1 ...")
                        .arg(withExport->names().constFirst());
            return std::nullopt;
        }
    }
    if (parser.isSet(o.size) && !parser.isSet(o.exportFigure) && !parser.isSet(o.screenshot)) {
        error = QStringLiteral("--size: only means something with --export or --screenshot");
        return std::nullopt;
    }

    if (parser.isSet(o.theme)) {
        const QString name = parser.value(o.theme).toLower();
        if (name == u"light")
            launch.theme = Widgets::Theme::Light;
        else if (name == u"dark")
            launch.theme = Widgets::Theme::Dark;
        else {
            error = QStringLiteral("--theme %1: expected light or dark").arg(parser.value(o.theme));
            return std::nullopt;
        }
    }

    if (parser.isSet(o.exportFigure)) {
        launch.exportPath = parser.value(o.exportFigure);
        if (!Widgets::figureFormatForPath(launch.exportPath)) {
            error = QStringLiteral("--export %1: unknown file type; accepted: .png, .jpg, .jpeg, .svg, .pdf")
                        .arg(launch.exportPath);
            return std::nullopt;
        }
        if (parser.isSet(o.size)) {
            const auto size = parseFigureSize(parser.value(o.size), error);
            if (!size)
                return std::nullopt;
            launch.figure.size = *size;
        }
        if (parser.isSet(o.scale)) {
            const auto scale = parseFigureScale(parser.value(o.scale), error);
            if (!scale)
                return std::nullopt;
            launch.figure.scale = *scale;
        }
        if (parser.isSet(o.panels)) {
            const auto panels = Widgets::parsePanels(parser.value(o.panels).toLower());
            if (!panels) {
                error
                    = QStringLiteral("--panels %1: expected both, function or derivative").arg(parser.value(o.panels));
                return std::nullopt;
            }
            launch.figure.panels = *panels;
            launch.panelsGiven = true;
        }
        if (const QString problem = Widgets::validateFigureOptions(launch.figure); !problem.isEmpty()) {
            error = QStringLiteral("--export %1: %2").arg(launch.exportPath, problem);
            return std::nullopt;
        }
    }
    if (parser.isSet(o.screenshot)) {
        launch.screenshotPath = parser.value(o.screenshot);
        if (!launch.screenshotPath.endsWith(u".png", Qt::CaseInsensitive)) {
            error = QStringLiteral("--screenshot %1: expected a .png file name").arg(launch.screenshotPath);
            return std::nullopt;
        }
        if (parser.isSet(o.size)) {
            const QStringList wh = parser.value(o.size).toLower().split(QLatin1Char('x'));
            bool okW = false, okH = false;
            const int w = wh.size() == 2 ? wh[0].toInt(&okW) : 0;
            const int h = wh.size() == 2 ? wh[1].toInt(&okH) : 0;
            if (!okW || !okH || w < 320 || h < 240 || w > 8192 || h > 8192) {
                error
                    = QStringLiteral("--size %1: expected WxH between 320x240 and 8192x8192").arg(parser.value(o.size));
                return std::nullopt;
            }
            launch.windowSize = QSize(w, h);
        }
    }

    if (!positional.isEmpty()) {
        launch.sessionPath = positional.constFirst();
        const SessionResult loaded = loadSession(launch.sessionPath);
        if (!loaded) {
            error = QStringLiteral("%1: %2").arg(launch.sessionPath, loaded.error.message());
            return std::nullopt;
        }
        launch.session = loaded.session;
    } else if (!curves.isEmpty()) {
        Core::Domain domain;
        if (parser.isSet(o.domain)) {
            const auto range = parseDomainRange(parser.value(o.domain), error);
            if (!range)
                return std::nullopt;
            domain.min = range->first;
            domain.max = range->second;
        }
        if (parser.isSet(o.samples)) {
            const auto n = parseSampleCount(parser.value(o.samples), error);
            if (!n)
                return std::nullopt;
            domain.samples = *n;
        }
        Core::DType dtype = Core::DType::Float64;
        if (parser.isSet(o.dtype)) {
            const auto parsed = Core::parseDType(parser.value(o.dtype).toStdString());
            if (!parsed) {
                error = QStringLiteral("--dtype %1: expected float64 or float32").arg(parser.value(o.dtype));
                return std::nullopt;
            }
            dtype = *parsed;
        }
        launch.session = sessionFromCurveSpecs(curves, domain, dtype, error);
        if (!launch.session)
            return std::nullopt;
    }
    if (launch.session && launch.theme)
        launch.session->theme = *launch.theme;
    launch.example = parser.value(o.example);
    if (parser.isSet(o.example) && !findExample(launch.example)) {
        QStringList ids;
        for (const Example& example : examples())
            ids << example.id;
        error = QStringLiteral("--example %1: unknown example; accepted: %2").arg(launch.example, ids.join(u", "));
        return std::nullopt;
    }

    for (const auto& [option, path] : {std::pair{QStringLiteral("--export"), launch.exportPath},
             std::pair{QStringLiteral("--screenshot"), launch.screenshotPath}}) {
        if (path.isEmpty())
            continue;
        error = probeWritable(option, path);
        if (!error.isEmpty())
            return std::nullopt;
    }
    return launch;
}

// "--curve, --example, ...": the window's options, as an error message lists them.
QString acceptedOptions(const QList<QCommandLineOption>& options)
{
    QStringList names;
    for (const QCommandLineOption& option : options)
        names << QStringLiteral("--") + option.names().constFirst();
    return names.join(QStringLiteral(", "));
}

} // namespace

int runGui(int argc, char** argv)
{
    bool headless = false;
    for (int i = 1; i < argc; ++i) {
        if (qstrncmp(argv[i], "--screenshot", 12) == 0 || qstrncmp(argv[i], "--export", 8) == 0)
            headless = true;
    }
    // With no display at all the window cannot open, and Qt would abort before the arguments are
    // read: check them on the offscreen platform instead, so that bad input still gets its message.
    bool noDisplay = false;
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    noDisplay = !headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#endif
    if (headless || noDisplay) {
        preferOffscreenPlatform();
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
    parser.addPositionalArgument(
        QStringLiteral("FILE.json"), QStringLiteral("A session file to open."), QStringLiteral("[FILE.json]"));
    const Options o;
    const QList<QCommandLineOption> options{o.curve, o.example, o.exportFigure, o.screenshot, o.size, o.scale, o.panels,
        o.theme, o.domain, o.samples, o.dtype};
    parser.addOptions(options);
    if (!parser.parse(QApplication::arguments())) {
        // As the data command line words it: the argument first, then what is accepted.
        const QStringList unknown = parser.unknownOptionNames();
        QString problem = parser.errorText();
        if (problem.endsWith(u'.'))
            problem.chop(1);
        printError(unknown.isEmpty()
                ? QStringLiteral("command line: %1; accepted: the options of --help").arg(problem)
                : QStringLiteral("%1%2: unknown option; accepted: FILE.json, %3, --help, --version")
                      .arg(unknown.constFirst().size() > 1 ? QStringLiteral("--") : QStringLiteral("-"),
                          unknown.constFirst(), acceptedOptions(options)));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf(
            "%s %s\n", qPrintable(QApplication::applicationName()), qPrintable(QApplication::applicationVersion()));
        return 0;
    }

    QString error;
    const std::optional<Launch> launch = parseLaunch(parser, o, error);
    if (!launch) {
        printError(error);
        return 2;
    }

    // A figure from a file or --curve needs no window at all.
    if (!launch->exportPath.isEmpty() && launch->session && launch->screenshotPath.isEmpty()) {
        Widgets::FigureOptions figure = launch->figure;
        figure.theme = launch->session->theme;
        if (!launch->panelsGiven)
            figure.panels = launch->session->panels;
        error = Widgets::writeFigure(figureContent(*launch->session), figure, launch->exportPath);
        if (!error.isEmpty()) {
            printError(error);
            return 2;
        }
        return 0;
    }

    if (noDisplay) {
        printError(QStringLiteral("no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set); "
                                  "--export FILE and --screenshot FILE.png need none"));
        return 1;
    }
    const bool renderOnly = headless;
    // Rendering shows the default view (or the given one): it neither reads nor writes the
    // user's settings.
    MainWindow window(renderOnly ? nullptr : std::make_unique<Settings>());
    if (!launch->example.isEmpty() && !window.loadExample(launch->example)) {
        printError(QStringLiteral("--example %1: unknown example").arg(launch->example));
        return 2;
    }
    if (!launch->sessionPath.isEmpty() && !renderOnly) {
        // Through the window, so that it becomes the current file and a recent one.
        if (const QString e = window.openSession(launch->sessionPath); !e.isEmpty()) {
            printError(e);
            return 2;
        }
    } else if (launch->session) {
        window.applySession(*launch->session);
    }
    if (launch->theme)
        window.setTheme(*launch->theme);

    if (renderOnly) {
        window.resize(launch->windowSize);
        window.setAttribute(Qt::WA_DontShowOnScreen, QGuiApplication::platformName() != u"offscreen");
        window.show();
        // Let the layout settle and the plot's queued replot run before grabbing.
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
        if (!launch->exportPath.isEmpty()) {
            Widgets::FigureOptions figure = launch->figure;
            figure.theme = window.theme();
            if (!launch->panelsGiven)
                figure.panels = window.plotPanels();
            error = Widgets::writeFigure(Widgets::figureContent(*window.plot()), figure, launch->exportPath);
            if (!error.isEmpty()) {
                printError(error);
                return 2;
            }
        }
        if (!launch->screenshotPath.isEmpty()) {
            error = Widgets::writeImage(window.grab().toImage(), launch->screenshotPath);
            if (!error.isEmpty()) {
                printError(QStringLiteral("--screenshot ") + error);
                return 2;
            }
        }
        return 0;
    }

    window.show();
    return QApplication::exec();
}

} // namespace App
