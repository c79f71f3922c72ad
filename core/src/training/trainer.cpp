// SPDX-License-Identifier: MIT
// The learning lab's network: dense layers, the catalogue's kernels as hidden units, and the two
// optimisers, all in float64 on one thread.
#include "aex/core/training.h"
#include "training/random.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace Core {

namespace {

using Layer = Trainer::Layer;
using namespace Training;

using Pass = Trainer::Scratch;

std::size_t unitParams(const Layer& layer) { return layer.units.empty() ? 0 : layer.units[0].trainableParams().size(); }

void forward(const std::vector<Layer>& layers, const std::vector<double>& x, std::size_t n, Pass& pass)
{
    pass.a.resize(layers.size() + 1);
    pass.dy.resize(layers.size());
    pass.dp.resize(layers.size());
    pass.a[0] = x;
    pass.column.resize(n);
    pass.y.resize(n);
    pass.slope.resize(n);
    for (std::size_t l = 0; l < layers.size(); ++l) {
        const Layer& layer = layers[l];
        const std::vector<double>& in = pass.a[l];
        std::vector<double>& z = layer.units.empty() ? pass.a[l + 1] : pass.z;
        z.resize(n * layer.out);
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t o = 0; o < layer.out; ++o) {
                double sum = layer.b[o];
                for (std::size_t k = 0; k < layer.in; ++k)
                    sum += layer.w[o * layer.in + k] * in[i * layer.in + k];
                z[i * layer.out + o] = sum;
            }
        if (layer.units.empty())
            continue;
        const std::size_t params = unitParams(layer);
        std::vector<double>& out = pass.a[l + 1];
        std::vector<double>& slopes = pass.dy[l];
        std::vector<double>& dparams = pass.dp[l];
        out.resize(n * layer.out);
        slopes.resize(n * layer.out);
        dparams.resize(layer.out * params * n);
        pass.dparam.resize(params * n);
        for (std::size_t o = 0; o < layer.out; ++o) {
            for (std::size_t i = 0; i < n; ++i)
                pass.column[i] = z[i * layer.out + o];
            evaluate(layer.units[o], pass.column, pass.y, pass.slope, pass.dparam);
            for (std::size_t i = 0; i < n; ++i) {
                out[i * layer.out + o] = pass.y[i];
                slopes[i * layer.out + o] = pass.slope[i];
            }
            std::copy(pass.dparam.begin(), pass.dparam.end(), dparams.begin() + std::ptrdiff_t(o * params * n));
        }
    }
}

// Through a layer's units, from da = dL/d(their outputs): adds d/dparam into gp and leaves
// dL/dz in delta.
void throughUnits(const Layer& layer, std::size_t l, const std::vector<double>& da, std::size_t n, const Pass& pass,
    double* gp, std::vector<double>& delta)
{
    const std::size_t params = unitParams(layer);
    const std::vector<double>& dp = pass.dp[l];
    for (std::size_t u = 0; u < layer.out; ++u)
        for (std::size_t p = 0; p < params; ++p)
            for (std::size_t i = 0; i < n; ++i)
                gp[u * params + p] += da[i * layer.out + u] * dp[(u * params + p) * n + i];
    delta.resize(n * layer.out);
    for (std::size_t j = 0; j < n * layer.out; ++j)
        delta[j] = da[j] * pass.dy[l][j];
}

// Binary cross-entropy on logits, or squared error; the mean over the points and d/dlogit.
double outputLoss(bool classification, const std::vector<double>& z, const std::vector<double>& y, std::vector<double>& dz)
{
    const std::size_t n = y.size();
    dz.resize(n);
    double loss = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (classification) {
            loss += std::max(z[i], 0.0) - z[i] * y[i] + std::log1p(std::exp(-std::fabs(z[i])));
            dz[i] = (1 / (1 + std::exp(-z[i])) - y[i]) / double(n);
        } else {
            const double e = z[i] - y[i];
            loss += e * e;
            dz[i] = 2 * e / double(n);
        }
    }
    return loss / double(n);
}

std::size_t parameterCount(const std::vector<Layer>& layers)
{
    std::size_t count = 0;
    for (const Layer& l : layers)
        count += l.w.size() + l.b.size() + l.out * unitParams(l);
    return count;
}

// The mean loss over the points (x row-major, y their targets) and its gradient, flat as
// Trainer::parameters() orders the parameters.
double backprop(const std::vector<Layer>& layers, bool classification, const std::vector<double>& x,
    const std::vector<double>& y, std::vector<double>& gradient, Pass& pass, bool forwardDone = false)
{
    const std::size_t n = y.size();
    if (!forwardDone)
        forward(layers, x, n, pass);
    std::vector<double>& delta = pass.delta;
    const double loss = outputLoss(classification, pass.a.back(), y, delta);
    gradient.assign(parameterCount(layers), 0.0);
    // Each layer's block starts where the ones before it end.
    std::vector<std::size_t> offsets;
    std::size_t at = 0;
    for (const Layer& l : layers) {
        offsets.push_back(at);
        at += l.w.size() + l.b.size() + l.out * unitParams(l);
    }
    const auto unitGradients = [&](std::size_t l) {
        return gradient.data() + offsets[l] + layers[l].w.size() + layers[l].b.size();
    };
    const bool alone = !layers.back().units.empty(); // the unit alone: its output is the prediction
    if (alone) {
        pass.da = delta;
        throughUnits(layers.back(), layers.size() - 1, pass.da, n, pass, unitGradients(layers.size() - 1), delta);
    }
    for (std::size_t l = layers.size(); l-- > 0;) {
        const Layer& layer = layers[l];
        const std::vector<double>& in = pass.a[l];
        double* gw = gradient.data() + offsets[l];
        double* gb = gw + layer.w.size();
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t o = 0; o < layer.out; ++o) {
                const double d = delta[i * layer.out + o];
                gb[o] += d;
                for (std::size_t k = 0; k < layer.in; ++k)
                    gw[o * layer.in + k] += d * in[i * layer.in + k];
            }
        if (l == 0)
            break;
        // Through layer l's weights into layer l - 1's units: d/dparam, then d/dz.
        const Layer& below = layers[l - 1];
        std::vector<double>& da = pass.da;
        da.assign(n * layer.in, 0.0);
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t o = 0; o < layer.out; ++o)
                for (std::size_t k = 0; k < layer.in; ++k)
                    da[i * layer.in + k] += delta[i * layer.out + o] * layer.w[o * layer.in + k];
        throughUnits(below, l - 1, da, n, pass, unitGradients(l - 1), delta);
    }
    // The unit alone has no dense weights: its input weight 1 and bias 0 do not train.
    if (alone)
        std::fill_n(gradient.begin(), layers.back().w.size() + layers.back().b.size(), 0.0);
    return loss;
}

} // namespace

Trainer::Trainer(const Activation& activation, const TrainConfig& config)
    : m_activation(activation)
    , m_config(config)
{
    m_config.validate();
    m_data = makeDataset(config.task, config.seed, config.points);
    std::uint64_t init = config.seed ^ 0x6a09e667f3bcc908ULL; // the weights' own stream
    m_random = config.seed ^ 0xbb67ae8584caa73bULL;          // the shuffles'
    const bool keras = activation.framework() != Framework::PyTorch;
    std::size_t in = config.task.inputs();
    std::vector<int> widths = config.hidden;
    widths.push_back(1);
    for (std::size_t l = 0; l < widths.size(); ++l) {
        Layer layer;
        layer.in = in;
        layer.out = std::size_t(widths[l]);
        // Keras Dense: glorot_uniform and zero biases; PyTorch nn.Linear: U(±1/√fan_in) for both.
        const double bound = keras ? std::sqrt(6.0 / double(layer.in + layer.out)) : 1 / std::sqrt(double(layer.in));
        layer.w.resize(layer.in * layer.out);
        for (double& w : layer.w)
            w = uniform(init, -bound, bound);
        layer.b.assign(layer.out, 0.0);
        if (!keras)
            for (double& b : layer.b)
                b = uniform(init, -bound, bound);
        if (l + 1 < widths.size())
            layer.units.assign(layer.out, activation);
        if (config.hidden.empty()) { // the unit alone, applied to x itself
            layer.w = {1.0};
            layer.b = {0.0};
            layer.units.assign(1, activation);
        }
        m_layers.push_back(std::move(layer));
        in = std::size_t(widths[l]);
    }
    m_velocity.assign(parameterCount(m_layers), 0.0);
    m_second.assign(m_velocity.size(), 0.0);
    m_order.resize(m_data.size());
    std::iota(m_order.begin(), m_order.end(), std::size_t(0));
    m_cursor = m_order.size(); // shuffle before the first batch
}

std::vector<double> Trainer::parameters() const
{
    std::vector<double> p;
    for (const Layer& l : m_layers) {
        p.insert(p.end(), l.w.begin(), l.w.end());
        p.insert(p.end(), l.b.begin(), l.b.end());
        for (const Activation& unit : l.units)
            for (const std::size_t index : unit.trainableParams())
                p.push_back(unit.params().value[index]);
    }
    return p;
}

void Trainer::setParameters(const std::vector<double>& values)
{
    m_scratchHoldsData = false;
    std::size_t at = 0;
    for (Layer& l : m_layers) {
        std::copy_n(values.begin() + std::ptrdiff_t(at), l.w.size(), l.w.begin());
        at += l.w.size();
        std::copy_n(values.begin() + std::ptrdiff_t(at), l.b.size(), l.b.begin());
        at += l.b.size();
        for (Activation& unit : l.units)
            for (const std::size_t index : unit.trainableParams()) {
                // A diverged run may reach NaN: the unit keeps its last number, the loss shows NaN.
                if (std::isfinite(values[at]))
                    unit.setParam(index, values[at]);
                ++at;
            }
    }
}

double Trainer::lossAndGradient(std::vector<double>& gradient) const
{
    const double loss = backprop(m_layers, m_config.task.classification(), m_data.x, m_data.y, gradient, m_scratch,
        m_scratchHoldsData);
    m_scratchHoldsData = true;
    return loss;
}

TrainStep Trainer::step()
{
    std::vector<double>& g = m_scratch.gradient;
    if (m_config.batch == m_data.size()) {
        // Full batch: the whole set in its own order, so the forward pass of the last measure()
        // (the same weights, the same points) is the step's own and is not run again.
        lossAndGradient(g);
    } else {
        const std::size_t inputs = m_config.task.inputs();
        std::vector<double>& x = m_scratch.batchX;
        std::vector<double>& y = m_scratch.batchY;
        x.clear();
        y.clear();
        for (std::size_t b = 0; b < m_config.batch; ++b) {
            if (m_cursor == m_order.size()) { // a new epoch, a new order (Fisher-Yates)
                for (std::size_t i = m_order.size(); i > 1; --i)
                    std::swap(m_order[i - 1], m_order[below(m_random, i)]);
                m_cursor = 0;
            }
            const std::size_t i = m_order[m_cursor++];
            x.insert(x.end(), m_data.x.begin() + std::ptrdiff_t(i * inputs),
                m_data.x.begin() + std::ptrdiff_t((i + 1) * inputs));
            y.push_back(m_data.y[i]);
        }
        backprop(m_layers, m_config.task.classification(), x, y, g, m_scratch);
        m_scratchHoldsData = false;
    }
    std::vector<double> p = parameters();
    ++m_step;
    const double lr = m_config.learningRate;
    if (m_config.optimizer == OptimizerKind::Sgd) {
        // PyTorch's SGD with momentum: v = mu v + g, p -= lr v.
        for (std::size_t j = 0; j < p.size(); ++j) {
            m_velocity[j] = m_config.momentum * m_velocity[j] + g[j];
            p[j] -= lr * m_velocity[j];
        }
    } else {
        // Adam (beta1 0.9, beta2 0.999, eps 1e-8), bias-corrected, as both frameworks default.
        constexpr double beta1 = 0.9, beta2 = 0.999, eps = 1e-8;
        const double c1 = 1 - std::pow(beta1, double(m_step)), c2 = 1 - std::pow(beta2, double(m_step));
        for (std::size_t j = 0; j < p.size(); ++j) {
            m_velocity[j] = beta1 * m_velocity[j] + (1 - beta1) * g[j];
            m_second[j] = beta2 * m_second[j] + (1 - beta2) * g[j] * g[j];
            p[j] -= lr * (m_velocity[j] / c1) / (std::sqrt(m_second[j] / c2) + eps);
        }
    }
    setParameters(p);
    return measure();
}

TrainStep Trainer::measure() const
{
    const std::size_t n = m_data.size();
    Pass& pass = m_scratch;
    if (!m_scratchHoldsData)
        forward(m_layers, m_data.x, n, pass);
    m_scratchHoldsData = true;
    TrainStep s;
    s.step = m_step;
    s.loss = outputLoss(m_config.task.classification(), pass.a.back(), m_data.y, pass.dz);
    s.accuracy = std::numeric_limits<double>::quiet_NaN();
    if (m_config.task.classification()) {
        std::size_t right = 0;
        for (std::size_t i = 0; i < n; ++i)
            right += (pass.a.back()[i] > 0) == (m_data.y[i] > 0.5);
        s.accuracy = double(right) / double(n);
    }
    for (std::size_t l = 0; l < m_layers.size(); ++l) {
        if (m_layers[l].units.empty())
            continue; // the linear output
        const std::size_t out = m_layers[l].out;
        for (std::size_t u = 0; u < out; ++u) {
            bool dead = true;
            for (std::size_t i = 0; i < n && dead; ++i)
                dead = pass.dy[l][i * out + u] == 0;
            s.deadUnits += dead;
        }
        for (const Activation& unit : m_layers[l].units)
            for (const std::size_t index : unit.trainableParams())
                s.alphas.push_back(unit.params().value[index]);
    }
    return s;
}

std::vector<double> Trainer::predict(const std::vector<double>& x) const
{
    Pass pass;
    forward(m_layers, x, x.size() / m_config.task.inputs(), pass);
    return pass.a.back();
}

std::vector<Activation> Trainer::units() const
{
    std::vector<Activation> all;
    for (const Layer& l : m_layers)
        all.insert(all.end(), l.units.begin(), l.units.end());
    return all;
}

} // namespace Core
