// SPDX-License-Identifier: MIT
#pragma once

#include "labscene.h"

#include "aex/core/training.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

namespace Widgets {

// Runs a Core::Trainer off the GUI thread, a slice at a time (QtConcurrent): each slice takes the
// trainer, steps it (kStepsPerFrame steps, at most a frame's worth of time) and hands it back with
// its rows and a picture of what the network now computes; while playing, one slice a frame. The
// GUI thread never touches the trainer while a slice runs, so nothing is shared; views redraw
// from the results at their own frame rate.
class LabRunner : public QObject {
    Q_OBJECT
public:
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

    // The run so far: its settings, data, rows and what the network computes now.
    const LabFrame& frame() const { return m_frame; }
    const std::vector<Core::TrainStep>& trace() const { return m_frame.trace; }
    const LabPicture& picture() const { return m_frame.picture; }
    const Core::TrainConfig& config() const { return m_frame.config; }

    static constexpr std::size_t kMaxTrace = Core::kMaxTrainingSteps;
    static constexpr std::size_t kStepsPerFrame = 10; // 300 steps a second at 30 frames

signals:
    void changed(); // new rows (or a reset): a view redraws on its next frame

private:
    struct Slice {
        std::shared_ptr<Core::Trainer> trainer;
        std::vector<Core::TrainStep> rows;
        LabPicture picture;
        std::uint64_t generation = 0;
    };
    static Slice run(std::shared_ptr<Core::Trainer> trainer, std::size_t maxSteps, std::uint64_t generation);
    void launch(std::size_t maxSteps);
    void collect();

    std::shared_ptr<Core::Trainer> m_trainer; // null while a slice has it
    QFutureWatcher<Slice> m_watcher;
    LabFrame m_frame;
    bool m_playing = false;
    QTimer* m_pace = nullptr; // while playing: one slice a frame, so a person can watch
    std::uint64_t m_generation = 0; // a reset during a slice makes its result stale
};

} // namespace Widgets
