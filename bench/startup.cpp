// SPDX-License-Identifier: MIT
#include "startup.h"

#include "crispstyle.h"
#include "mainwindow.h"
#include "windowprobe.h"

#include <QProcess>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <functional>

namespace Bench {

namespace {

void printClock(const char* what, Clock::time_point at)
{
    const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(at.time_since_epoch());
    std::printf("%s %lld\n", what, static_cast<long long>(ns.count()));
    std::fflush(stdout);
}

// Prints the monotonic clock at which `plot` was first painted after a replot at its shown size
// (FramePainted: when that repaint returned); then `next`, or quits. What the window does after
// its first frame (the formula and values are built and filled then) is not startup.
class FirstFrameProbe : public QObject {
public:
    explicit FirstFrameProbe(QCustomPlot* plot, std::function<void()> next = {})
        : m_plot(plot)
        , m_next(std::move(next))
    {
        plot->installEventFilter(this);
        QObject::connect(plot, &QCustomPlot::afterReplot, this, [this] { m_replotted = true; });
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_plot && event->type() == QEvent::Paint && m_replotted && !m_done) {
            m_done = true;
            // The paint runs right after this filter; FramePainted notes when it has returned.
            QTimer::singleShot(0, this, [this] {
                printClock("painted", frames()->paintedAt.value_or(Clock::now()));
                if (m_next)
                    m_next();
                else
                    QCoreApplication::exit(0);
            });
        }
        return false;
    }

private:
    QCustomPlot* m_plot;
    std::function<void()> m_next;
    bool m_replotted = false;
    bool m_done = false;
};

// Watches every paint until the formula's text and the values' rows have both been painted, and
// prints the clock in the event-loop turn after that paint; then `next`. Not a target, only what
// the user sees next: the whole window filled. It watches from the start (a paint it missed would
// never come again); before the first frame it costs one comparison per event. Should the panels
// not fill within kFillWait of the first frame, the child goes on without reporting it.
class PanelsFilledProbe : public QObject {
public:
    explicit PanelsFilledProbe(std::function<void()> next)
        : m_next(std::move(next))
    {
        qApp->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::Paint || m_done)
            return false;
        const QObject* view = watched->parent();
        if (const auto* formula = qobject_cast<const QTextBrowser*>(view);
            formula && formula->objectName() == u"formulaView" && !formula->document()->isEmpty())
            m_formula = true;
        if (const auto* table = qobject_cast<const QTableWidget*>(view);
            table && table->objectName() == u"valuesTable" && table->rowCount() > 0)
            m_values = true;
        if (m_formula && m_values) {
            m_done = true;
            QTimer::singleShot(0, this, [this] {
                printClock("filled", Clock::now());
                m_next();
            });
        }
        return false;
    }

private:
    std::function<void()> m_next;
    bool m_formula = false;
    bool m_values = false;
    bool m_done = false;
};

constexpr std::chrono::seconds kFillWait{5};

struct StartupTimes {
    double painted = 0; // seconds from spawn
    std::optional<double> filled;
};

std::optional<StartupTimes> startupOnce(const QString& program, const char* kind)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const auto start = std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch());
    child.start(program, {QStringLiteral("--startup-child=") + QString::fromLatin1(kind)});
    if (!child.waitForFinished(60'000) || child.exitCode() != 0)
        return std::nullopt;
    std::optional<StartupTimes> times;
    for (const QByteArray& line : child.readAllStandardOutput().split('\n')) {
        const auto after = [&](const char* what) {
            return static_cast<double>(line.mid(qsizetype(std::strlen(what))).toLongLong() - start.count()) * 1e-9;
        };
        if (line.startsWith("painted "))
            times = StartupTimes{after("painted "), std::nullopt};
        else if (line.startsWith("filled ") && times)
            times->filled = after("filled ");
    }
    return times;
}

void printTimes(const char* what, const std::vector<double>& times)
{
    std::printf("  %-32s %8.1f ms  (min %.1f, max %.1f)\n", what, quantile(times, 0.5) * 1e3,
        *std::min_element(times.begin(), times.end()) * 1e3, *std::max_element(times.begin(), times.end()) * 1e3);
}

} // namespace

int startupChild(const char* kind, int argc, char** argv)
{
    FramePainted app(argc, argv);
    QApplication::setStyle(App::applicationStyle());
    if (std::strcmp(kind, "window") == 0) {
        App::MainWindow window;
        int reports = 2;
        const auto reported = [&reports] {
            if (--reports == 0)
                QCoreApplication::exit(0);
        };
        PanelsFilledProbe filled(reported);
        FirstFrameProbe probe(plotCanvas(window.plot()), [&reported] {
            reported();
            QTimer::singleShot(kFillWait, qApp, [] { QCoreApplication::exit(0); });
        });
        app.watch(plotCanvas(window.plot()));
        window.resize(App::MainWindow::defaultSize());
        window.show();
        return QApplication::exec();
    }
    BarePlot plot(seedSeries(1001, 6));
    FirstFrameProbe probe(&plot);
    app.watch(&plot);
    plot.resize(App::MainWindow::defaultSize());
    plot.show();
    return QApplication::exec();
}

void reportStartup(const QString& program, int runs)
{
    std::vector<double> window, filled, bare;
    for (int i = 0; i < runs; ++i) {
        // Alternating, so that a busy moment of the machine hits both alike.
        if (const auto t = startupOnce(program, "window")) {
            window.push_back(t->painted);
            if (t->filled)
                filled.push_back(*t->filled);
        }
        if (const auto t = startupOnce(program, "bare"))
            bare.push_back(t->painted);
    }
    if (window.empty() || bare.empty()) {
        std::printf("\nstartup: a child failed to report its first frame\n");
        return;
    }
    const double w = quantile(window, 0.5), b = quantile(bare, 0.5);
    std::printf(
        "\nStartup to the first painted frame (process start -> plot painted with data), median of %d:\n", runs);
    printTimes("window (default view, 6 curves)", window);
    printTimes("bare QCustomPlot (12 graphs)", bare);
    std::printf("  ratio window / bare              %8.2fx\n", w / b);
    if (!filled.empty()) // not a target: when the formula and values that follow the frame are painted
        printTimes("window, formula and values in", filled);
}

} // namespace Bench
