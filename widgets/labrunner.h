// SPDX-License-Identifier: MIT
#pragma once

#include "aex/core/training.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

namespace Widgets {

// Runs a Core::Trainer off the GUI thread, a slice at a time (QtConcurrent): each slice takes the
// trainer, steps it (kStepsPerFrame steps, at most a frame's worth of time) and hands it back with
// its rows and a picture of what the network now computes; while playing, one slice a frame. The GUI thread never touches the trainer while a
// slice runs, so nothing is shared; views redraw from the results at their own frame rate.
class LabRunner : public QObject {
    Q_OBJECT
public:
    // What the network computes now: over a grid of the input plane (2-D tasks: P(class 1), ny
    // rows of nx) or along the line (1-D tasks: the output), and its hidden units.
    struct Picture {
        std::vector<double> values;
        int nx = 0, ny = 0;
        double lo = -6, hi = 6;
        std::vector<Core::Activation> units;
    };

    explicit LabRunner(QObject* parent = nullptr);
    ~LabRunner() override;

    // A fresh network for this curve and run; stops playing.
    void reset(const Core::Activation& activation, const Core::TrainConfig& config);
    void play();
    void pause();
    void stepOnce();
    bool playing() const { return m_playing; }
    bool busy() const { return m_watcher.isRunning(); }
    void waitForIdle() { m_watcher.waitForFinished(); }

    const std::vector<Core::TrainStep>& trace() const { return m_trace; }
    const Picture& picture() const { return m_picture; }
    const Core::Dataset& data() const { return m_data; }
    const Core::TrainConfig& config() const { return m_config; }

    static constexpr std::size_t kMaxTrace = Core::kMaxTrainingSteps;
    static constexpr std::size_t kStepsPerFrame = 10; // 300 steps a second at 30 frames

signals:
    void changed(); // new rows (or a reset): a view redraws on its next frame

private:
    struct Slice {
        std::shared_ptr<Core::Trainer> trainer;
        std::vector<Core::TrainStep> rows;
        Picture picture;
        std::uint64_t generation = 0;
    };
    static Slice run(std::shared_ptr<Core::Trainer> trainer, std::size_t maxSteps, std::uint64_t generation);
    void launch(std::size_t maxSteps);
    void collect();

    std::shared_ptr<Core::Trainer> m_trainer; // null while a slice has it
    QFutureWatcher<Slice> m_watcher;
    Core::TrainConfig m_config;
    Core::Dataset m_data;
    std::vector<Core::TrainStep> m_trace;
    Picture m_picture;
    bool m_playing = false;
    QTimer* m_pace = nullptr; // while playing: one slice a frame, so a person can watch
    std::uint64_t m_generation = 0; // a reset during a slice makes its result stale
};

} // namespace Widgets
