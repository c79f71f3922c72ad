// SPDX-License-Identifier: MIT
// Value + d/dx throughput of Core::evaluate over 10^3, 10^5 and 10^7 points, in float64 and
// float32, against a memcpy of the same bytes (x in; y and dy out): the memory-bandwidth floor.
//
//   aex-bench [--benchmark_min_time=0.2] [any Google Benchmark flag]
//
// Every run reports items_per_second (elements) and an ns/elem counter (the console appends its
// time unit "s" to inverted rates: read "1.2s" as 1.2 ns). After the runs a table prints
// ns/element and the ratio to the memcpy of the same dtype and size.

#include "aex/core/activation.h"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstring>
#include <map>
#include <string>
#include <vector>

#include <unistd.h>

namespace {

using Core::Framework;

struct Case {
    const char* label;    // shown in the table
    const char* function; // catalogue name
    Framework framework;
    std::vector<const char*> params;
};

const std::vector<Case> kCases{
    {"relu(max_value=4,negative_slope=0.1,threshold=0.5) keras", "relu", Framework::Keras,
        {"max_value=4", "negative_slope=0.1", "threshold=0.5"}},
    {"relu() keras", "relu", Framework::Keras, {}},
    {"leaky_relu(alpha=0.3) keras", "leaky_relu", Framework::Keras, {}},
    {"leaky_relu(alpha=0.01) pytorch", "leaky_relu", Framework::PyTorch, {}},
    {"gelu(approximate=false) pytorch", "gelu", Framework::PyTorch, {"approximate=false"}},
    {"gelu(approximate=true) pytorch", "gelu", Framework::PyTorch, {"approximate=true"}},
    // PyTorch's tanh is SLEEF's and its silu gradient a fused multiply-add (kernels/torchmath.h):
    // the Keras kernels, libm and unfused, are the yardstick for what exactness costs.
    {"tanh keras", "tanh", Framework::Keras, {}},
    {"tanh pytorch", "tanh", Framework::PyTorch, {}},
    {"silu keras", "silu", Framework::Keras, {}},
    {"silu pytorch", "silu", Framework::PyTorch, {}},
};

const std::vector<long> kSizes{1'000, 100'000, 10'000'000};

template <class T> struct Buffers {
    explicit Buffers(std::size_t n)
        : x(n)
        , y(n)
        , dy(n)
    {
        // A plot's domain, so every branch of the piecewise functions is taken.
        for (std::size_t i = 0; i < n; ++i)
            x[i] = static_cast<T>(-8.0 + 16.0 * double(i) / double(n - 1));
    }
    std::vector<T> x, y, dy;
};

template <class T> void setCounters(benchmark::State& state, std::size_t n)
{
    const auto items = static_cast<std::int64_t>(n) * static_cast<std::int64_t>(state.iterations());
    state.SetItemsProcessed(items);
    state.SetBytesProcessed(items * std::int64_t(3 * sizeof(T)));
    // Rate of 1e-9 * n per iteration, inverted: nanoseconds per element.
    state.counters["ns/elem"] = benchmark::Counter(
        1e-9 * double(n), benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

template <class T> void evaluateBenchmark(benchmark::State& state, const Case& c)
{
    auto a = Core::Activation::withDefaults(c.function, c.framework);
    for (const char* p : c.params)
        a.setParam(p);
    const auto n = static_cast<std::size_t>(state.range(0));
    Buffers<T> b(n);
    for (auto _ : state) {
        Core::evaluate(a, std::span<const T>(b.x), std::span<T>(b.y), std::span<T>(b.dy));
        benchmark::DoNotOptimize(b.y.data());
        benchmark::DoNotOptimize(b.dy.data());
        benchmark::ClobberMemory();
    }
    setCounters<T>(state, n);
}

template <class T> void memcpyBenchmark(benchmark::State& state)
{
    const auto n = static_cast<std::size_t>(state.range(0));
    Buffers<T> b(n);
    for (auto _ : state) {
        std::memcpy(b.y.data(), b.x.data(), n * sizeof(T));
        std::memcpy(b.dy.data(), b.x.data(), n * sizeof(T));
        benchmark::DoNotOptimize(b.y.data());
        benchmark::DoNotOptimize(b.dy.data());
        benchmark::ClobberMemory();
    }
    setCounters<T>(state, n);
}

// Collects the runs for the ratio table while the console reporter prints them as usual.
class TableReporter : public benchmark::ConsoleReporter {
public:
    TableReporter()
        : ConsoleReporter(isatty(fileno(stdout)) ? OO_Defaults : OO_Tabular)
    {
    }

    void ReportRuns(const std::vector<Run>& runs) override
    {
        for (const Run& r : runs) {
            if (r.run_type == Run::RT_Iteration && !r.error_occurred && r.iterations > 0)
                m_runs.push_back(r);
        }
        ConsoleReporter::ReportRuns(runs);
    }

    void printTable() const
    {
        // function name: "<dtype>/<label>", argument: n
        struct Row {
            std::string dtype, label;
            long n;
            double ns;
        };
        std::vector<Row> rows;
        std::map<std::pair<std::string, long>, double> floor;
        for (const Run& r : m_runs) {
            const std::string& name = r.run_name.function_name;
            const auto slash = name.find('/');
            if (slash == std::string::npos || r.run_name.args.empty())
                continue;
            Row row{name.substr(0, slash), name.substr(slash + 1), std::stol(r.run_name.args), 0};
            row.ns = r.real_accumulated_time / double(r.iterations) / double(row.n) * 1e9;
            if (row.label == "memcpy")
                floor[{row.dtype, row.n}] = row.ns;
            rows.push_back(row);
        }
        std::printf("\n%-60s %-8s %10s %10s %10s\n", "function", "dtype", "n", "ns/elem", "x memcpy");
        for (const Row& row : rows) {
            const auto f = floor.find({row.dtype, row.n});
            if (f != floor.end())
                std::printf("%-60s %-8s %10ld %10.3f %10.2f\n", row.label.c_str(), row.dtype.c_str(), row.n, row.ns,
                    row.ns / f->second);
            else
                std::printf("%-60s %-8s %10ld %10.3f %10s\n", row.label.c_str(), row.dtype.c_str(), row.n, row.ns, "-");
        }
    }

private:
    std::vector<Run> m_runs;
};

template <class T> void registerAll(const char* dtype)
{
    auto sizes = [](benchmark::internal::Benchmark* b) {
        for (long n : kSizes)
            b->Arg(n);
        b->UseRealTime()->Unit(benchmark::kMicrosecond);
    };
    sizes(benchmark::RegisterBenchmark((std::string(dtype) + "/memcpy").c_str(), memcpyBenchmark<T>));
    for (const Case& c : kCases)
        sizes(benchmark::RegisterBenchmark(
            (std::string(dtype) + "/" + c.label).c_str(), [&c](benchmark::State& s) { evaluateBenchmark<T>(s, c); }));
}

} // namespace

int main(int argc, char** argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    registerAll<double>("float64");
    registerAll<float>("float32");
    TableReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    reporter.printTable();
    benchmark::Shutdown();
    return 0;
}
