// SPDX-License-Identifier: MIT
#include "labrunner.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace Widgets {

namespace {
constexpr qint64 kSliceMs = 12; // about a frame at 60 Hz, leaving the GUI thread its share
} // namespace

LabRunner::LabRunner(QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Slice>::finished, this, &LabRunner::collect);
    m_pace = new QTimer(this);
    m_pace->setInterval(33);
    connect(m_pace, &QTimer::timeout, this, [this] { launch(kStepsPerFrame); });
}

LabRunner::~LabRunner() { m_watcher.waitForFinished(); }

LabRunner::Slice LabRunner::run(std::shared_ptr<Core::Trainer> trainer, std::size_t maxSteps, std::uint64_t generation)
{
    Slice slice{std::move(trainer), {}, {}, generation};
    QElapsedTimer clock;
    clock.start();
    for (std::size_t i = 0; i < maxSteps && (i == 0 || clock.elapsed() < kSliceMs); ++i)
        slice.rows.push_back(slice.trainer->step());
    slice.picture = labPicture(*slice.trainer);
    return slice;
}

void LabRunner::reset(const Core::Activation& activation, const Core::TrainConfig& config)
{
    pause();
    m_watcher.waitForFinished(); // a slice is a frame long at most
    ++m_generation;
    m_trainer = std::make_shared<Core::Trainer>(activation, config);
    m_frame = {config, m_trainer->data(), {}, labPicture(*m_trainer)};
    emit changed();
}

void LabRunner::launch(std::size_t maxSteps)
{
    if (!m_trainer || m_watcher.isRunning())
        return;
    maxSteps = std::min(maxSteps, kMaxTrace - m_frame.trace.size());
    if (maxSteps == 0) {
        pause();
        return;
    }
    m_watcher.setFuture(QtConcurrent::run(&LabRunner::run, std::exchange(m_trainer, nullptr), maxSteps, m_generation));
}

void LabRunner::collect()
{
    Slice slice = m_watcher.result();
    if (slice.generation != m_generation)
        return; // reset meanwhile: the trainer was replaced
    m_trainer = std::move(slice.trainer);
    m_frame.trace.insert(m_frame.trace.end(), slice.rows.begin(), slice.rows.end());
    m_frame.picture = std::move(slice.picture);
    emit changed();
}

void LabRunner::play()
{
    m_playing = true;
    launch(kStepsPerFrame);
    m_pace->start();
}

void LabRunner::pause()
{
    m_playing = false;
    m_pace->stop();
}

void LabRunner::stepOnce()
{
    pause();
    launch(1);
}

} // namespace Widgets
