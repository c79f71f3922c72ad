// SPDX-License-Identifier: MIT
#pragma once

#include "aex/core/activation.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace Core {

// The learning lab's tasks: TensorFlow Playground's 2-D classification sets, a 1-D regression to
// sin(x), and a 1-D "teacher" whose targets come from a PReLU with slope `teacherAlpha`.
enum class TaskKind { Xor, Circles, Moons, Spiral, Regression, Teacher };
struct Task {
    TaskKind kind = TaskKind::Xor;
    double teacherAlpha = 0.25;
    // "xor", "circles", "moons", "spiral", "regression" or "teacher:ALPHA"; throws InputError.
    static Task parse(std::string_view text);
    std::string name() const; // the text parse() reads back
    bool classification() const { return kind != TaskKind::Regression && kind != TaskKind::Teacher; }
    std::size_t inputs() const { return classification() ? 2 : 1; }
    friend bool operator==(const Task&, const Task&) = default;
};

// Points and targets, row-major: x has size() * task.inputs() values, y one per point (a class, 0
// or 1, for classification).
struct Dataset {
    std::vector<double> x, y;
    std::size_t size() const { return y.size(); }
};
inline constexpr std::size_t kTrainingPoints = 256;
// The same seed gives the same points, bit for bit.
Dataset makeDataset(const Task& task, std::uint64_t seed, std::size_t points = kTrainingPoints);

enum class OptimizerKind { Sgd, Adam };
inline constexpr int kMaxHiddenUnits = 64;
inline constexpr int kMaxHiddenLayers = 2;
inline constexpr std::size_t kMaxTrainingSteps = 100'000;
inline constexpr std::size_t kMaxTrainingPoints = 4096;

struct TrainConfig {
    Task task;
    // One or two layers of 1 to kMaxHiddenUnits units. None: the unit alone, f(x) itself fitted to a
    // 1-D task with no dense weights, as nn.PReLU() alone learns a teacher's slope.
    std::vector<int> hidden{16};
    OptimizerKind optimizer = OptimizerKind::Adam;
    double learningRate = 0.01;          // > 0 and finite
    double momentum = 0.9;               // SGD's, 0 to < 1
    std::size_t batch = 32;              // 1 to points
    std::size_t points = kTrainingPoints; // the data set's size, 2 to kMaxTrainingPoints
    std::uint64_t seed = 1;
    // Throws InputError naming the bad field and what is accepted.
    void validate() const;
    std::size_t units() const; // the hidden units, or 1 for the unit alone
    friend bool operator==(const TrainConfig&, const TrainConfig&) = default;
};

// After one optimiser step, over the whole training set.
struct TrainStep {
    std::size_t step = 0;  // 1 for the first update
    double loss = 0;       // binary cross-entropy (classification) or mean squared error
    double accuracy = 0;   // NaN for the regression tasks
    int deadUnits = 0;     // hidden units whose f'(z) is 0 for every training point
    std::vector<double> alphas; // each hidden unit's trainable parameter (PReLU's alpha), layer by layer
};

// A small dense network, trained on the CPU in float64 with the catalogue's own kernels: forward
// through Core::evaluate, backward with its d/dx and d/dparam, so a kink's gradient is the
// framework's. Weights start as the curve's framework starts a dense layer (Keras: Glorot uniform,
// zero biases; PyTorch: nn.Linear's U(±1/√fan_in)); each hidden unit's trainable parameter starts
// at the curve's value. The output is one linear unit: a logit (sigmoid cross-entropy) or a value
// (squared error). Deterministic: one thread, its own random numbers, the same seed the same bits.
class Trainer {
public:
    Trainer(const Activation& activation, const TrainConfig& config);

    TrainStep step(); // one update on the next mini-batch (a new shuffle each epoch)
    std::size_t steps() const { return m_step; }
    const Dataset& data() const { return m_data; }
    const TrainConfig& config() const { return m_config; }
    // The network's output for these points (row-major, task.inputs() values each): logits or values.
    std::vector<double> predict(const std::vector<double>& x) const;
    // The hidden units' activations as trained now (PReLU: each unit's alpha), layer by layer.
    std::vector<Activation> units() const;
    // Over the whole training set, without a step.
    TrainStep measure() const;

    // For tests: the mean loss over the training set and its gradient for every parameter, in one
    // flat vector (each layer's weights, biases and units' trainable parameters), and setting them.
    double lossAndGradient(std::vector<double>& gradient) const;
    std::vector<double> parameters() const;
    void setParameters(const std::vector<double>& values);

    struct Layer {
        std::size_t in = 0, out = 0;
        std::vector<double> w, b;          // w is out × in, row-major
        std::vector<Activation> units;     // out hidden units; empty for the linear output layer
    };
    // What a forward pass keeps for the backward one, and the passes' scratch (trainer.cpp). A
    // trainer reuses one: allocating them per step (128 KB a layer at 512 points × 32 units) cost
    // more than the arithmetic, in page faults and zeroing.
    struct Scratch {
        std::vector<std::vector<double>> a;  // a[0] the input, a[l + 1] layer l's output (n × out)
        std::vector<std::vector<double>> dy; // hidden layer l: f'(z), n × out
        std::vector<std::vector<double>> dp; // hidden layer l: d f / d param, (out × params) × n
        std::vector<double> z, column, y, slope, dparam, da, delta, dz, batchX, batchY, gradient;
    };

private:
    Activation m_activation;
    TrainConfig m_config;
    Dataset m_data;
    std::vector<Layer> m_layers;
    std::vector<double> m_velocity, m_second; // the optimiser's state, per flat parameter
    std::vector<std::size_t> m_order;         // this epoch's shuffle
    std::size_t m_cursor = 0;
    std::size_t m_step = 0;
    std::uint64_t m_random = 0;               // the shuffles' generator state
    mutable Scratch m_scratch;                // not state: reused buffers only
    mutable bool m_scratchHoldsData = false;  // it holds the forward pass of these weights over m_data
};

} // namespace Core
