// SPDX-License-Identifier: MIT
#pragma once

#include "curve.h"
#include "lab.h"
#include "refreshthrottle.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QCustomPlot;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace Model {
class ExplorerDocument;
}

namespace Widgets {

class LabRunner;
class LabScene;
struct LabFigure;
struct LabRun;

// The Learning Lab (issue #14): a small network whose hidden units are the selected curve, trained
// live off the GUI thread (LabRunner), redrawn at 30 frames a second: the data with the decision
// region (2-D tasks) or the fitted curve (1-D), the loss and accuracy (LabScene draws them), each unit's trainable
// parameter (PReLU's alpha) over the steps, and the dead units. Compare Runs trains every visible
// curve on the same task and seed and overlays their losses and dead units. The run's settings are
// the document's (Model::Lab). objectNames: "labTask", "labTeacherAlpha", "labHidden",
// "labOptimizer", "labRate", "labBatch", "labSeed", "labPlay", "labStep", "labReset",
// "labCompare", "labStatus", "labPlot".
class LearningLab : public QWidget {
    Q_OBJECT
public:
    explicit LearningLab(QWidget* parent = nullptr);
    ~LearningLab() override;
    void setDocument(Model::ExplorerDocument* document);

    // The run of the selected curve as it stands (a reset owed while the lab was hidden is done).
    LabRunner* runner() const
    {
        m_resets->catchUp();
        return m_runner;
    }
    QCustomPlot* plot() const { return m_plot; }
    // Compare Runs' traces, one per visible curve (row, trace), for tests and the overlay.
    using Runs = QList<std::pair<int, std::vector<Core::TrainStep>>>;
    const Runs& comparison() const
    {
        m_resets->catchUp();
        return m_comparison;
    }
    // Off the GUI thread, like the lab's own run; the overlay appears when they are done.
    void compareRuns(std::size_t steps = 300);
    void waitForComparison() { m_compareWatcher.waitForFinished(); }
    void redraw();
    // The run as it stands, for a figure: what the plots show now.
    std::shared_ptr<const LabFigure> figure() const;

signals:
    // The first hidden unit as trained now, while the curve has a trainable parameter (PReLU's
    // alpha) and the run has started; nullopt otherwise. The window draws it on the main plot.
    void learnedUnitChanged(const std::optional<Core::Activation>& unit);

private:
    void showSettings(const Model::Lab& lab);
    void writeSettings();
    void resetRun();
    void applyTheme();
    std::optional<Model::Rgba> runColor() const; // the selected curve's, which the run trains
    QList<LabRun> comparisonRuns() const;

    Model::ExplorerDocument* m_document = nullptr;
    LabRunner* m_runner = nullptr;
    // An edit of the selected curve starts the run afresh: throttled during a drag, and not at
    // all while the lab is hidden (a run and its picture are a forward pass over a grid).
    RefreshThrottle* m_resets = nullptr;
    QComboBox* m_task = nullptr;
    QDoubleSpinBox* m_teacherAlpha = nullptr;
    QLineEdit* m_hidden = nullptr;
    QComboBox* m_optimizer = nullptr;
    QDoubleSpinBox* m_rate = nullptr;
    QSpinBox* m_batch = nullptr;
    QSpinBox* m_seed = nullptr;
    QPushButton* m_play = nullptr;
    QPushButton* m_step = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_compare = nullptr;
    QLabel* m_status = nullptr;
    QCustomPlot* m_plot = nullptr;
    std::unique_ptr<LabScene> m_scene;
    QTimer* m_frame = nullptr;
    bool m_dirty = true;
    int m_showing = 0; // > 0 while the controls show the document's settings
    Runs m_comparison;
    QFutureWatcher<Runs> m_compareWatcher;
};

} // namespace Widgets
