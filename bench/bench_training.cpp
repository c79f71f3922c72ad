// SPDX-License-Identifier: MIT
// The learning lab's speed: full-batch training steps per second for 512 points and one hidden
// layer of 32 units (issue 14 asks for at least 2,000 on one core), against a plain loop doing the
// same dense multiply-adds a step must do anyway, measured in the same run.
//
//   aex-bench-training [--benchmark_min_time=0.5] [any Google Benchmark flag]
//
// A step is Trainer::step(): a forward and a backward pass over the batch, the optimiser update,
// and a forward pass over the whole set for the loss, accuracy and dead units. The yardstick does
// those three passes' matrix products (z = W·a + b per layer, forward, backward and forward again)
// with no activation function, no optimiser and no bookkeeping.

#include "aex/core/activation.h"
#include "aex/core/training.h"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>
#include <string>
#include <vector>

namespace {

using Core::Framework;

constexpr std::size_t kPoints = 512;
constexpr int kUnits = 32;

struct Case {
    const char* label;
    const char* function;
    Framework framework;
};

const std::vector<Case> kCases{
    {"relu keras", "relu", Framework::Keras},
    {"leaky_relu pytorch", "leaky_relu", Framework::PyTorch},
    {"prelu pytorch", "prelu", Framework::PyTorch},
    {"elu keras", "elu", Framework::Keras},
    {"gelu pytorch", "gelu", Framework::PyTorch},
};

Core::TrainConfig fullBatch()
{
    Core::TrainConfig config;
    config.task = Core::Task::parse("circles");
    config.hidden = {kUnits};
    config.points = kPoints;
    config.batch = kPoints;
    config.seed = 7;
    return config;
}

void trainBenchmark(benchmark::State& state, const Case& c)
{
    Core::Trainer trainer(Core::Activation::withDefaults(c.function, c.framework), fullBatch());
    for (auto _ : state) {
        Core::TrainStep s = trainer.step();
        benchmark::DoNotOptimize(s.loss);
    }
    state.counters["steps/s"] = benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
}

// Dense products of the same sizes: 2 -> 32 -> 1 over 512 points, three times a step.
void matmulBenchmark(benchmark::State& state)
{
    const std::vector<std::size_t> widths{2, std::size_t(kUnits), 1};
    std::vector<std::vector<double>> w, a;
    a.emplace_back(kPoints * widths[0], 0.5);
    for (std::size_t l = 0; l + 1 < widths.size(); ++l) {
        w.emplace_back(widths[l] * widths[l + 1], 0.01 * double(l + 1));
        a.emplace_back(kPoints * widths[l + 1], 0.0);
    }
    for (auto _ : state) {
        for (int pass = 0; pass < 3; ++pass)
            for (std::size_t l = 0; l < w.size(); ++l) {
                const std::size_t in = widths[l], out = widths[l + 1];
                for (std::size_t i = 0; i < kPoints; ++i)
                    for (std::size_t o = 0; o < out; ++o) {
                        double sum = 0.1;
                        for (std::size_t k = 0; k < in; ++k)
                            sum += w[l][o * in + k] * a[l][i * in + k];
                        a[l + 1][i * out + o] = sum;
                    }
            }
        benchmark::DoNotOptimize(a.back().data());
        benchmark::ClobberMemory();
    }
    state.counters["steps/s"] = benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
}

class TableReporter : public benchmark::ConsoleReporter {
public:
    void ReportRuns(const std::vector<Run>& runs) override
    {
        for (const Run& r : runs)
            if (r.run_type == Run::RT_Iteration && !r.error_occurred && r.iterations > 0)
                m_runs.push_back(r);
        ConsoleReporter::ReportRuns(runs);
    }

    void printTable() const
    {
        std::map<std::string, double> us;
        for (const Run& r : m_runs)
            us[r.run_name.function_name] = r.real_accumulated_time / double(r.iterations) * 1e6;
        const auto floor = us.find("matmul");
        std::printf("\n%-24s %12s %12s %12s\n", "hidden units (32)", "us/step", "steps/s", "x matmul");
        for (const auto& [name, t] : us)
            std::printf("%-24s %12.1f %12.0f %12.2f\n", name.c_str(), t, 1e6 / t,
                floor == us.end() ? 0.0 : t / floor->second);
    }

private:
    std::vector<Run> m_runs;
};

} // namespace

int main(int argc, char** argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RegisterBenchmark("matmul", matmulBenchmark)->UseRealTime()->Unit(benchmark::kMicrosecond);
    for (const Case& c : kCases)
        benchmark::RegisterBenchmark(c.label, [&c](benchmark::State& s) { trainBenchmark(s, c); })
            ->UseRealTime()
            ->Unit(benchmark::kMicrosecond);
    TableReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    reporter.printTable();
    benchmark::Shutdown();
    return 0;
}
