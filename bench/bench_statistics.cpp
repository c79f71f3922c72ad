// SPDX-License-Identifier: MIT
// The distribution lens while a slider is dragged: Core::statistics() of six typical curves and
// Core::propagate() of the same six through L = 100 layers, against the yardstick of
// bench_latency.cpp measured in the same run: a bare QCustomPlot with the window's two axis rects
// and two graphs per curve holding 1001 points each (the window's default samples), doing
// setData() + replot(rpImmediateRefresh). That replot is the least a slider step costs; the lens
// recomputes alongside it.
//
//   aex-bench-statistics [any Google Benchmark flag]
//
// One benchmark per case (lens/CURVES/INPUT); every iteration moves the second curve's slope, as a
// drag does, and times in turn:
//   stats   statistics() of the six curves under the input
//   depth   propagate() of the six curves, He init, L = 100, from q0 = E[x^2] of the input
//   bare    the bare replot
// After the runs a table prints the median and the p99 (in ms) of each and the ratios to bare.
// The bare plot has the size of the window's plot at the window's default size, as in
// bench_latency.cpp (the window is opened once to measure it).

#include "activationplot.h"
#include "bareplot.h"
#include "crispstyle.h"
#include "mainwindow.h"

#include "aex/core/sampling.h"
#include "aex/core/statistics.h"

#include <qcustomplot.h>
#include <benchmark/benchmark.h>

#include <QApplication>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <random>
#include <string>
#include <vector>

namespace {

using Bench::BarePlot;
using Bench::Clock;
using Bench::quantile;
using Bench::seconds;
using Core::Framework;

constexpr std::size_t kSamples = 1001; // the window's default
constexpr int kLayers = 100;
constexpr int kIterations = 200;

std::map<std::string, std::vector<double>> g_times;

// Six curves; the second is the one whose slider moves. "typical": six common functions, smooth
// and piecewise; "seed000": the six ReLU-family curves of the seed 000 figure (the window's
// relu-vs-leaky example), the curves aex-bench-latency drags.
std::vector<Core::Activation> sixCurves(const std::string& set)
{
    if (set == "typical") {
        return {Core::Activation::withDefaults("relu", Framework::Keras),
            Core::Activation::withDefaults("leaky_relu", Framework::PyTorch),
            Core::Activation::withDefaults("gelu", Framework::PyTorch),
            Core::Activation::withDefaults("silu", Framework::Keras),
            Core::Activation::withDefaults("tanh", Framework::PyTorch),
            Core::Activation::withDefaults("selu", Framework::Keras)};
    }
    std::vector<Core::Activation> v(4, Core::Activation::withDefaults("relu", Framework::TfKeras));
    v[1].setParam("negative_slope=0.5");
    v[2].setParam("negative_slope=0.1");
    v[3].setParam("negative_slope=0.1");
    v[3].setParam("threshold=2");
    for (const char* alpha : {"alpha=0.5", "alpha=0.1"}) {
        v.push_back(Core::Activation::withDefaults("leaky_relu", Framework::TfKeras));
        v.back().setParam(alpha);
    }
    return v;
}

Core::Distribution inputNamed(const std::string& name)
{
    if (name != "data")
        return Core::Distribution::parse(name);
    // 10^5 loaded numbers: N(0, 1), seeded.
    std::mt19937_64 random(20261130);
    std::normal_distribution<double> normal;
    std::vector<double> values(100'000);
    for (double& v : values)
        v = normal(random);
    return Core::Distribution::empirical(std::move(values));
}

void waitExposed(QWidget& widget)
{
    widget.show();
    const auto until = Clock::now() + std::chrono::seconds(10);
    while ((!widget.windowHandle() || !widget.windowHandle()->isExposed()) && Clock::now() < until)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    for (int i = 0; i < 4; ++i)
        QApplication::processEvents();
}

// The size of the window's plot, where bench_latency.cpp's bare plot is drawn.
QSize windowPlotSize()
{
    App::MainWindow window;
    window.resize(App::MainWindow::defaultSize());
    waitExposed(window);
    const auto* canvas = window.plot()->findChild<QCustomPlot*>(QStringLiteral("customPlot"));
    if (!canvas)
        qFatal("the plot has no \"customPlot\" child");
    const QSize size = canvas->size();
    window.close();
    return size;
}

QSize g_plotSize;

std::string caseName(const char* kind, const std::string& set, const std::string& input)
{
    return std::string(kind) + "/" + set + "/" + input;
}

// The three measurements take turns within each iteration, so that a busy moment of a shared
// machine hits all of them alike.
void benchLens(benchmark::State& state, const std::string& set, const std::string& inputName)
{
    std::vector<Core::Activation> curves = sixCurves(set);
    const Core::Distribution input = inputNamed(inputName);
    std::vector<Core::Series> series;
    for (const Core::Activation& a : curves)
        series.push_back(Core::sample(a, {-5.0, 5.0, kSamples}));
    BarePlot bare(series);
    bare.resize(g_plotSize);
    waitExposed(bare);
    std::vector<double>& statsTimes = g_times[caseName("stats", set, inputName)];
    std::vector<double>& depthTimes = g_times[caseName("depth", set, inputName)];
    std::vector<double>& bareTimes = g_times[caseName("bare", set, inputName)];
    const Core::Initialisation he;
    double checksum = 0;
    int i = 0;
    for (auto _ : state) { // NOLINT(clang-analyzer-deadcode.DeadStores): Google Benchmark's loop, `_` is unused
        curves[1].setParam(set == "typical" ? 0 : 1, i % 2 == 0 ? 0.5 : 0.4); // alpha or negative_slope
        double lensTime = 0;
        for (int k = 0; k < 3; ++k) {
            switch ((i + k) % 3) {
            case 0: {
                const Clock::time_point start = Clock::now();
                for (const Core::Activation& a : curves)
                    checksum += Core::statistics(a, input).secondMoment;
                statsTimes.push_back(seconds(Clock::now() - start));
                lensTime += statsTimes.back();
                break;
            }
            case 1: {
                const Clock::time_point start = Clock::now();
                for (const Core::Activation& a : curves)
                    checksum += Core::propagate(a, he, kLayers, input.secondMoment()).back().q;
                depthTimes.push_back(seconds(Clock::now() - start));
                lensTime += depthTimes.back();
                break;
            }
            default: bareTimes.push_back(bare.step()); break;
            }
            QApplication::processEvents();
        }
        state.SetIterationTime(lensTime);
        ++i;
    }
    benchmark::DoNotOptimize(checksum);
    state.counters["stats_ms"] = quantile(statsTimes, 0.5) * 1e3;
    state.counters["depth_ms"] = quantile(depthTimes, 0.5) * 1e3;
    state.counters["bare_ms"] = quantile(bareTimes, 0.5) * 1e3;
}

// The curve sets and inputs measured.
const std::vector<std::pair<std::string, std::string>> kCases{{"typical", "normal:0,1"}, {"typical", "laplace:0,1"},
    {"typical", "uniform:-3,3"}, {"typical", "data"}, {"seed000", "normal:0,1"}};

void report()
{
    std::printf("\nThe distribution lens for six curves per slider step (ms): stats = statistics() of each, depth =\n"
                "propagate(L = %d) of each, lens = both; bare = a bare QCustomPlot setData + replot of the same six\n"
                "curves at %zu samples (2 x 6 graphs, %dx%d pixels: the window's plot), the yardstick of\n"
                "aex-bench-latency. Ratios are to bare.\n\n",
        kLayers, kSamples, g_plotSize.width(), g_plotSize.height());
    std::printf("%-22s | %15s | %15s | %15s | %15s | %21s\n", "curves / input", "stats med / p99", "depth med / p99",
        "lens med / p99", "bare med / p99", "stats  depth  lens/bare");
    for (const auto& [set, input] : kCases) {
        const std::vector<double>& s = g_times[caseName("stats", set, input)];
        const std::vector<double>& d = g_times[caseName("depth", set, input)];
        const std::vector<double>& b = g_times[caseName("bare", set, input)];
        if (s.empty() || d.empty() || b.empty())
            continue;
        std::vector<double> lens(std::min(s.size(), d.size()));
        for (std::size_t k = 0; k < lens.size(); ++k)
            lens[k] = s[k] + d[k];
        const auto cell = [](const std::vector<double>& v) {
            char buf[32];
            std::snprintf(buf, sizeof buf, "%6.2f / %6.2f", quantile(v, 0.5) * 1e3, quantile(v, 0.99) * 1e3);
            return std::string(buf);
        };
        const double bare = quantile(b, 0.5);
        std::string label = set;
        label += " / ";
        label += input;
        std::printf("%-22s | %s | %s | %s | %s | %5.2fx %5.2fx %5.2fx\n", label.c_str(), cell(s).c_str(),
            cell(d).c_str(), cell(lens).c_str(), cell(b).c_str(), quantile(s, 0.5) / bare, quantile(d, 0.5) / bare,
            quantile(lens, 0.5) / bare);
    }
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    QApplication app(argc, argv);
    QApplication::setStyle(App::applicationStyle());
    g_plotSize = windowPlotSize();
    for (const auto& [set, input] : kCases) {
        benchmark::RegisterBenchmark(caseName("lens", set, input).c_str(),
            [set = set, input = input](benchmark::State& s) { benchLens(s, set, input); })
            ->UseManualTime()
            ->Iterations(kIterations)
            ->Unit(benchmark::kMillisecond);
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    report();
    return 0;
}
