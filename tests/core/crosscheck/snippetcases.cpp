// SPDX-License-Identifier: MIT
// The curves whose PyTorch snippets make crosscheck runs (issue #17): every function and framework of
// the catalogue at its defaults, slider ends, edge values and seeded random values.

#include "crosscheck.h"

#include <cmath>
#include <limits>
#include <random>

namespace Crosscheck {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// Keras ReLU's three parameters at their edges: None, 0, the relu6 value, infinity; negative values
// that only the layer rejects (the function form computes them).
const std::vector<double> kMaxValues{-1, 0, 2.5, 6, kInf}; // -1 stands for None
const std::vector<double> kSlopes{0, 0.1, 1, -0.25};
const std::vector<double> kThresholds{0, 0.5, 2, -1};
// Any other real parameter alone.
const std::vector<double> kEdges{0, 1, -0.5, 2.5, 0.37, 1e-5};

void setValue(Core::Activation& a, std::size_t i, double v, bool none)
{
    if (none)
        a.setParamNone(i);
    else
        a.setParam(i, v);
}

} // namespace

std::vector<SnippetCase> generateSnippetCases(std::uint64_t seed, int sets)
{
    std::vector<SnippetCase> out;
    std::mt19937_64 rng(seed);
    auto unit = [&rng] { return static_cast<double>(rng() >> 11) * 0x1p-53; };
    for (const Core::FunctionSpec& f : Core::catalogue()) {
        for (Core::Framework fw : f.availableFrameworks()) {
            const Core::Activation base = Core::Activation::withDefaults(f, fw);
            const std::vector<std::size_t> params = base.availableParams();
            std::vector<Core::Activation> made{base};
            for (int end = 0; end < 2 && !params.empty(); ++end) {
                Core::Activation a = base;
                for (std::size_t i : params)
                    a.setParam(i, end == 0 ? f.params[i].sliderMin : f.params[i].sliderMax);
                made.push_back(a);
            }
            if (f.name == "relu" && fw != Core::Framework::PyTorch) {
                for (double m : kMaxValues)
                    for (double s : kSlopes)
                        for (double t : kThresholds) {
                            Core::Activation a = base;
                            setValue(a, 0, m, m < 0);
                            a.setParam(1, s);
                            a.setParam(2, t);
                            made.push_back(a);
                        }
            } else {
                for (std::size_t i : params) {
                    for (double v : kEdges) {
                        if (f.params[i].kind == Core::ParamKind::Boolean && v != 0 && v != 1)
                            continue;
                        if (f.name == "celu" && v == 0) // PyTorch divides by alpha: no curve
                            continue;
                        Core::Activation a = base;
                        a.setParam(i, v);
                        made.push_back(a);
                    }
                }
            }
            for (int s = 0; s < sets && !params.empty(); ++s) {
                Core::Activation a = base;
                for (std::size_t i : params) {
                    const Core::ParamSpec& p = f.params[i];
                    double v = p.sliderMin + (p.sliderMax - p.sliderMin) * unit();
                    if (p.kind == Core::ParamKind::Boolean)
                        v = unit() < 0.5 ? 0 : 1;
                    else if (unit() < 0.4) // a slider step, as dragging gives
                        v = p.sliderMin + std::round((v - p.sliderMin) / p.step) * p.step;
                    setValue(a, i, v, p.nullable && unit() < 0.3);
                }
                made.push_back(a);
            }
            for (std::size_t i = 0; i < made.size(); ++i)
                out.push_back({made[i], static_cast<int>(i), casePoints(made[i], Core::DType::Float64, seed + i)});
        }
    }
    return out;
}

} // namespace Crosscheck
