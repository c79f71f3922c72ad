// SPDX-License-Identifier: MIT
// The learning lab's tasks and their data, after TensorFlow Playground (classification) and a
// 1-D fit; parse and validation messages name what is accepted.
#include "aex/core/numberformat.h"
#include "aex/core/training.h"
#include "training/random.h"

#include <cmath>
#include <numbers>

namespace Core {

namespace {

constexpr std::string_view kTasks = "xor, circles, moons, spiral, regression or teacher:ALPHA (e.g. teacher:0.25)";
using namespace Training;

// Playground's noise-free sets, on its [-6, 6] square.
void xorSet(Dataset& d, std::uint64_t& rng, std::size_t n)
{
    for (std::size_t i = 0; i < n; ++i) {
        // Points off the axes by a margin, as Playground draws them.
        double a = uniform(rng, -5, 5), b = uniform(rng, -5, 5);
        a += a > 0 ? 0.3 : -0.3;
        b += b > 0 ? 0.3 : -0.3;
        d.x.insert(d.x.end(), {a, b});
        d.y.push_back(a * b >= 0 ? 1 : 0);
    }
}

void circlesSet(Dataset& d, std::uint64_t& rng, std::size_t n)
{
    for (std::size_t i = 0; i < n; ++i) {
        const bool inner = i % 2 == 0;
        const double r = inner ? uniform(rng, 0, 2.5) : uniform(rng, 3.5, 5);
        const double angle = uniform(rng, 0, 2 * std::numbers::pi);
        d.x.insert(d.x.end(), {r * std::sin(angle), r * std::cos(angle)});
        d.y.push_back(inner ? 1 : 0);
    }
}

// scikit-learn's make_moons, scaled by 2.5 and centred, with Gaussian noise 0.1 (in moon units).
void moonsSet(Dataset& d, std::uint64_t& rng, std::size_t n)
{
    for (std::size_t i = 0; i < n; ++i) {
        const bool upper = i % 2 == 0;
        const double t = uniform(rng, 0, std::numbers::pi);
        double a = upper ? std::cos(t) : 1 - std::cos(t);
        double b = upper ? std::sin(t) : 0.5 - std::sin(t);
        a += 0.1 * normal(rng);
        b += 0.1 * normal(rng);
        d.x.insert(d.x.end(), {2.5 * (a - 0.5), 2.5 * (b - 0.25)});
        d.y.push_back(upper ? 1 : 0);
    }
}

// Playground's two arms: r = 5 i / n, angle = 1.75 · 2π i / n (+ π for the second arm).
void spiralSet(Dataset& d, std::uint64_t& rng, std::size_t n)
{
    const std::size_t arm = n / 2;
    for (std::size_t i = 0; i < n; ++i) {
        const bool first = i < arm;
        const double k = double(first ? i : i - arm) / double(arm);
        const double r = 5 * k;
        const double angle = 1.75 * 2 * std::numbers::pi * k + (first ? 0 : std::numbers::pi);
        d.x.insert(d.x.end(), {r * std::sin(angle) + 0.1 * normal(rng), r * std::cos(angle) + 0.1 * normal(rng)});
        d.y.push_back(first ? 1 : 0);
    }
}

} // namespace

Task Task::parse(std::string_view text)
{
    const auto is = [&](std::string_view name) { return text == name; };
    if (is("xor"))
        return {TaskKind::Xor};
    if (is("circles"))
        return {TaskKind::Circles};
    if (is("moons"))
        return {TaskKind::Moons};
    if (is("spiral"))
        return {TaskKind::Spiral};
    if (is("regression"))
        return {TaskKind::Regression};
    if (text.starts_with("teacher:")) {
        const std::optional<double> alpha = parseNumber(text.substr(8));
        if (!alpha || !std::isfinite(*alpha))
            throw InputError("the teacher's alpha is not a finite number; accepted: " + std::string(kTasks));
        return {TaskKind::Teacher, *alpha};
    }
    throw InputError("unknown task; accepted: " + std::string(kTasks));
}

std::string Task::name() const
{
    switch (kind) {
    case TaskKind::Xor: return "xor";
    case TaskKind::Circles: return "circles";
    case TaskKind::Moons: return "moons";
    case TaskKind::Spiral: return "spiral";
    case TaskKind::Regression: return "regression";
    case TaskKind::Teacher: return "teacher:" + formatNumber(teacherAlpha);
    }
    return {};
}

Dataset makeDataset(const Task& task, std::uint64_t seed, std::size_t points)
{
    Dataset d;
    std::uint64_t rng = seed;
    switch (task.kind) {
    case TaskKind::Xor: xorSet(d, rng, points); break;
    case TaskKind::Circles: circlesSet(d, rng, points); break;
    case TaskKind::Moons: moonsSet(d, rng, points); break;
    case TaskKind::Spiral: spiralSet(d, rng, points); break;
    case TaskKind::Regression:
    case TaskKind::Teacher:
        for (std::size_t i = 0; i < points; ++i) {
            const double x = uniform(rng, -3, 3);
            d.x.push_back(x);
            d.y.push_back(task.kind == TaskKind::Regression ? std::sin(x) : (x > 0 ? x : task.teacherAlpha * x));
        }
        break;
    }
    return d;
}

std::size_t TrainConfig::units() const
{
    std::size_t n = 0;
    for (const int u : hidden)
        n += std::size_t(u);
    return hidden.empty() ? 1 : n;
}

void TrainConfig::validate() const
{
    if (hidden.size() > std::size_t(kMaxHiddenLayers))
        throw InputError(std::to_string(hidden.size()) + " hidden layers; accepted: 1 or 2, e.g. 16 or 16,16, or 0 for the unit alone");
    if (hidden.empty() && task.inputs() != 1)
        throw InputError("the unit alone (0 hidden layers) takes one input; accepted: it with the regression or "
                         "teacher task, or 1 or 2 hidden layers");
    for (const int units : hidden)
        if (units < 1 || units > kMaxHiddenUnits)
            throw InputError(std::to_string(units) + " units in a hidden layer; accepted: 1 to "
                + std::to_string(kMaxHiddenUnits));
    if (!(learningRate > 0) || !std::isfinite(learningRate))
        throw InputError("learning rate " + formatNumber(learningRate) + "; accepted: a finite number > 0, e.g. 0.01");
    if (!(momentum >= 0 && momentum < 1))
        throw InputError("momentum " + formatNumber(momentum) + "; accepted: 0 to less than 1, e.g. 0.9");
    if (points < 2 || points > kMaxTrainingPoints)
        throw InputError(std::to_string(points) + " training points; accepted: 2 to " + std::to_string(kMaxTrainingPoints));
    if (batch < 1 || batch > points)
        throw InputError("batch " + std::to_string(batch) + "; accepted: 1 to " + std::to_string(points));
}

} // namespace Core
