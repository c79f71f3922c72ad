// SPDX-License-Identifier: MIT
// Interactive latency of the window, offscreen: the time from a parameter change to a finished
// replot of the window's plot, at 1001 (the default), 10^5 and 10^6 samples, with one curve and
// with the six curves of the seed 000 figure. The yardstick, measured in the same run, is a bare
// QCustomPlot with the same two axis rects, the same number of graphs and the domain's number of
// points per graph, doing setData() + replot(rpImmediateRefresh).
//
//   window  the slider of the selected curve moves, as while dragging at 60 Hz (the rest of each
//           frame goes to the views that follow the drag, untimed unless they overrun the frame;
//           see WindowFixture::step); the window updates
//           the document, the panels and the plot; timed until the plot's "customPlot" child is
//           painted after its queued replot, with the rest of the window's repaint in that pass
//           (FramePainted). What the views do after the frame is not in the step's time unless it
//           makes the window late for the next move.
//   plot    PlotScene::updateCurve() + PlotScene::replotNow(): the plot's own share.
//   bare    QCustomPlot setData() of every graph + replot(rpImmediateRefresh).
//
// The window's plot is reached through its public API only: the scene's points() say how many
// points it holds, and the "customPlot" child is only watched, never changed.
//
// Then startup to the first painted frame (startup.cpp): this program starts itself with
// --startup-child, which prints the monotonic clock when the plot has first been painted with its
// data; the parent subtracts the clock before it spawned the child. Once for the window (default
// view), once for a bare QCustomPlot window with the same graphs; and, not a target, when the
// window's formula and values were first painted filled.
//
//   aex-bench-latency [--startup-runs=N] [any Google Benchmark flag]
//
// One benchmark per case (latency/samples:N/curves:C); every iteration times window, plot and
// bare in turn and keeps each time (Google Benchmark's own time column is the window's). After
// the runs a table prints the median and the p99 (in ms) of each and the ratios to bare.

#include "activationplot.h"
#include "crispstyle.h"
#include "curve.h"
#include "examples.h"
#include "explorerdocument.h"
#include "mainwindow.h"
#include "plotscene.h"

#include "aex/core/sampling.h"
#include "bareplot.h"
#include "startup.h"
#include "windowprobe.h"

#include <qcustomplot.h>
#include <benchmark/benchmark.h>

#include <QApplication>
#include <QPointer>
#include <QSlider>
#include <QSpinBox>
#include <QTimer>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace {

using Bench::BarePlot;
using Bench::Clock;
using Bench::FramePainted;
using Bench::frames;
using Bench::plotCanvas;
using Bench::quantile;
using Bench::seconds;
using Bench::seedSeries;

constexpr std::array<std::size_t, 3> kSampleCounts{1001, 100'000, 1'000'000};
constexpr std::array<int, 2> kCurveCounts{1, 6};

// The time between two mouse moves of a drag: one frame of a 60 Hz display.
constexpr auto kDragFrame = std::chrono::microseconds(16'667);

// Per benchmark name: every iteration's seconds.
std::map<std::string, std::vector<double>> g_times;

void drainEvents()
{
    for (int i = 0; i < 4; ++i) {
        QCoreApplication::sendPostedEvents();
        QApplication::processEvents();
    }
}

void waitExposed(QWidget& widget)
{
    widget.show();
    const auto until = Clock::now() + std::chrono::seconds(10);
    while (!widget.windowHandle() || !widget.windowHandle()->isExposed()) {
        if (Clock::now() > until)
            break;
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    drainEvents();
}

int iterationsFor(std::size_t samples) { return samples >= 1'000'000 ? 100 : 200; }

std::string caseName(const char* kind, std::size_t samples, int curves)
{
    return std::string(kind) + "/samples:" + std::to_string(samples) + "/curves:" + std::to_string(curves);
}

// The window showing the seed 000 figure (or only its first curve) at `samples` samples, with the
// selected curve's negative_slope slider held down as during a drag.
class WindowFixture {
public:
    WindowFixture(std::size_t samples, int curves)
    {
        m_window.resize(App::MainWindow::defaultSize());
        waitExposed(m_window);
        m_window.loadExample(QStringLiteral("relu-vs-leaky"));
        Model::ExplorerDocument* document = m_window.document();
        while (document->curveCount() > curves)
            document->removeCurve(document->curveCount() - 1);
        // Curve 1 is ReLU(negative_slope=0.5); with one curve, ReLU().
        m_row = curves > 1 ? 1 : 0;
        document->select(m_row);
        auto* samplesSpin = m_window.findChild<QSpinBox*>(QStringLiteral("samplesSpin"));
        samplesSpin->setValue(static_cast<int>(samples));
        drainEvents();
        if (document->domain().samples != samples)
            qFatal("the window refused %zu samples for %d curves", samples, curves);
        m_slider = m_window.findChild<QSlider*>(QStringLiteral("negative_slopeSlider"));
        if (!m_slider)
            qFatal("no negative_slope slider for the selected curve");
        m_slider->setSliderDown(true);
        // Only a paint during the replot (an immediate repaint) or after it shows the replot.
        QObject::connect(plotCanvas(plot()), &QCustomPlot::beforeReplot, plot(), [] { frames()->paintedAt.reset(); });
        QObject::connect(plotCanvas(plot()), &QCustomPlot::afterReplot, plot(), [this] { m_replotted = true; });
        frames()->watch(plotCanvas(plot()));
        drainEvents();
    }

    ~WindowFixture()
    {
        m_slider->setSliderDown(false);
        m_window.close();
    }

    WindowFixture(const WindowFixture&) = delete;
    WindowFixture& operator=(const WindowFixture&) = delete;

    Widgets::ActivationPlot* plot() const { return m_window.plot(); }
    Widgets::PlotScene* scene() const { return m_window.plot()->scene(); }
    int row() const { return m_row; }
    const Model::Curve& curve() const { return m_window.document()->curve(m_row); }
    // The points of the lines the plot holds (both panels of every curve; the jump markers aside).
    std::size_t drawnPoints() const
    {
        std::size_t n = 0;
        for (int c = 0; c < m_window.document()->curveCount(); ++c) {
            for (const Widgets::Panel panel : {Widgets::Panel::Function, Widgets::Panel::Derivative})
                n += static_cast<std::size_t>(scene()->points(c, panel).line.size());
        }
        return n;
    }

    // One drag step, timed until the plot shows it. A hand drags at the display's rate: the next
    // move comes a 60 Hz frame after this one, and the window spends the rest of this frame on
    // what the step left to do (the panels). If that runs past the frame, the next move waited:
    // the overrun counts in the next step's time (from the latest frame that had begun: Qt
    // compresses the moves it missed). The plot and bare measurements run outside these frames.
    double step(int iteration)
    {
        const int tick = iteration % 2 == 0 ? 30 : 70;
        m_replotted = false;
        frames()->paintedAt.reset();
        const Clock::time_point start = Clock::now();
        m_slider->setSliderPosition(tick);
        const Clock::time_point giveUp = start + std::chrono::seconds(5);
        while (!(m_replotted && frames()->paintedAt) && Clock::now() < giveUp)
            QApplication::processEvents();
        const double time = seconds(frames()->paintedAt.value_or(Clock::now()) - start) + seconds(m_overrun);

        Clock::time_point next = start + kDragFrame;
        while (Clock::now() < next)
            QApplication::processEvents(QEventLoop::AllEvents, 1);
        while (next + kDragFrame <= Clock::now())
            next += kDragFrame;
        m_overrun = Clock::now() - next;
        return time;
    }
    // Whether the last step() ended in a replot rather than giving up after 5 s.
    bool replotted() const { return m_replotted && frames()->paintedAt; }

private:
    App::MainWindow m_window;
    QSlider* m_slider = nullptr;
    int m_row = 0;
    bool m_replotted = false;
    Clock::duration m_overrun{}; // how late the last step's frame left the next move
};

// The three measurements of one case take turns within each iteration, so that a busy moment of
// a shared machine hits all of them alike and the ratios stay meaningful.
void benchLatency(benchmark::State& state, std::size_t samples, int curves)
{
    WindowFixture fixture(samples, curves);
    BarePlot bare(seedSeries(samples, curves));
    bare.resize(plotCanvas(fixture.plot())->size());
    waitExposed(bare);

    std::vector<double>& windowTimes = g_times[caseName("window", samples, curves)];
    std::vector<double>& plotTimes = g_times[caseName("plot", samples, curves)];
    std::vector<double>& bareTimes = g_times[caseName("bare", samples, curves)];
    Model::Curve a = fixture.curve();
    Model::Curve b = a;
    const std::size_t slope = *a.activation.function().paramIndex("negative_slope", a.activation.framework());
    a.activation.setParam(slope, 0.3);
    b.activation.setParam(slope, 0.7);
    int i = 0;
    bool replotted = true;
    for (auto _ : state) { // NOLINT(clang-analyzer-deadcode.DeadStores): Google Benchmark's loop, `_` is unused
        double windowTime = 0;
        for (int k = 0; k < 3; ++k) {
            switch ((i + k) % 3) {
            case 0:
                windowTime = fixture.step(i);
                windowTimes.push_back(windowTime);
                replotted = replotted && fixture.replotted();
                break;
            case 1: {
                const Clock::time_point start = Clock::now();
                fixture.scene()->updateCurve(fixture.row(), i % 2 == 0 ? a : b);
                // QCustomPlot's default phImmediateRefresh: the replot repaints before it returns.
                fixture.scene()->replotNow();
                plotTimes.push_back(seconds(Clock::now() - start));
                break;
            }
            default: bareTimes.push_back(bare.step()); break;
            }
            drainEvents();
        }
        state.SetIterationTime(windowTime);
        ++i;
        if (!replotted) {
            state.SkipWithError("the window's plot did not replot within 5 s of a slider step");
            break;
        }
    }
    state.counters["window_ms"] = quantile(windowTimes, 0.5) * 1e3;
    state.counters["plot_ms"] = quantile(plotTimes, 0.5) * 1e3;
    state.counters["bare_ms"] = quantile(bareTimes, 0.5) * 1e3;
    state.counters["drawn_points"] = static_cast<double>(fixture.drawnPoints());
    state.counters["bare_points"] = static_cast<double>(samples) * 2 * curves;
}

void reportLatency()
{
    std::printf("\nParameter change -> finished replot (ms). Ratios are to the bare QCustomPlot setData + replot of\n"
                "the same graphs with every sample.\n\n");
    std::printf("%9s %6s | %17s | %17s | %17s | %13s | %13s\n", "samples", "curves", "window med / p99",
        "plot med / p99", "bare med / p99", "window/bare", "plot/bare");
    std::printf("%9s %6s | %17s | %17s | %17s | %13s | %13s\n", "", "", "", "", "", "med    p99", "med    p99");
    for (const std::size_t samples : kSampleCounts) {
        for (const int curves : kCurveCounts) {
            const auto get = [&](const char* kind) -> const std::vector<double>* {
                const auto it = g_times.find(caseName(kind, samples, curves));
                return it == g_times.end() || it->second.empty() ? nullptr : &it->second;
            };
            const std::vector<double>* w = get("window");
            const std::vector<double>* p = get("plot");
            const std::vector<double>* b = get("bare");
            const auto cell = [](const std::vector<double>* v) {
                char buf[32];
                if (!v)
                    std::snprintf(buf, sizeof buf, "%17s", "-");
                else
                    std::snprintf(buf, sizeof buf, "%7.2f / %7.2f", quantile(*v, 0.5) * 1e3, quantile(*v, 0.99) * 1e3);
                return std::string(buf);
            };
            const auto ratio = [&](const std::vector<double>* v) {
                char buf[32];
                if (!v || !b)
                    std::snprintf(buf, sizeof buf, "%13s", "-");
                else
                    std::snprintf(buf, sizeof buf, "%5.2fx %5.2fx", quantile(*v, 0.5) / quantile(*b, 0.5),
                        quantile(*v, 0.99) / quantile(*b, 0.99));
                return std::string(buf);
            };
            std::printf("%9zu %6d | %s | %s | %s | %s | %s\n", samples, curves, cell(w).c_str(), cell(p).c_str(),
                cell(b).c_str(), ratio(w).c_str(), ratio(p).c_str());
        }
    }
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--startup-child=", 16) == 0)
            return Bench::startupChild(argv[i] + 16, argc, argv);
    }
    int startupRuns = 7;
    std::vector<char*> args;
    for (int i = 0; i < argc; ++i) {
        if (std::strncmp(argv[i], "--startup-runs=", 15) == 0)
            startupRuns = std::atoi(argv[i] + 15);
        else
            args.push_back(argv[i]);
    }
    int count = static_cast<int>(args.size());
    benchmark::Initialize(&count, args.data());
    if (benchmark::ReportUnrecognizedArguments(count, args.data()))
        return 1;
    FramePainted app(count, args.data());
    QApplication::setStyle(App::applicationStyle());

    for (const std::size_t samples : kSampleCounts) {
        for (const int curves : kCurveCounts) {
            benchmark::RegisterBenchmark(caseName("latency", samples, curves).c_str(),
                [samples, curves](benchmark::State& s) { benchLatency(s, samples, curves); })
                ->UseManualTime()
                ->Iterations(iterationsFor(samples))
                ->Unit(benchmark::kMillisecond);
        }
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();

    reportLatency();
    if (startupRuns > 0)
        Bench::reportStartup(QCoreApplication::applicationFilePath(), startupRuns);
    return 0;
}
