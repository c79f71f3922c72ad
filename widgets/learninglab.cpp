// SPDX-License-Identifier: MIT
#include "learninglab.h"

#include "explorerdocument.h"
#include "labrunner.h"
#include "labscene.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Widgets {

namespace {

constexpr int kFrameMs = 33; // 30 frames a second
const QStringList kTasks{u"xor"_s, u"circles"_s, u"moons"_s, u"spiral"_s, u"regression"_s, u"teacher"_s};

} // namespace

LearningLab::LearningLab(QWidget* parent)
    : QWidget(parent)
    , m_runner(new LabRunner(this))
    , m_resets(new RefreshThrottle(
          RefreshThrottle::kPanelInterval, [this] { resetRun(); }, this))
{
    const auto named = [](QWidget* w, const char* name, const QString& tip) {
        w->setObjectName(QString::fromLatin1(name));
        w->setToolTip(tip);
        w->setAccessibleName(tip);
        return w;
    };
    m_task = new QComboBox(this);
    m_task->addItems({tr("XOR"), tr("Circles"), tr("Two moons"), tr("Spiral"), tr("Regression (sin x)"),
        tr("Teacher PReLU")});
    named(m_task, "labTask", tr("The data the network learns"));
    m_teacherAlpha = new QDoubleSpinBox(this);
    m_teacherAlpha->setRange(-5, 5);
    m_teacherAlpha->setDecimals(3);
    m_teacherAlpha->setSingleStep(0.05);
    named(m_teacherAlpha, "labTeacherAlpha", tr("The teacher PReLU's slope"));
    m_hidden = new QLineEdit(this);
    named(m_hidden, "labHidden", tr("Units per hidden layer: one or two layers of 1 to 64, e.g. 16 or 16,16; 0 for the unit alone on a 1-D task"));
    m_optimizer = new QComboBox(this);
    m_optimizer->addItems({tr("Adam"), tr("SGD, momentum 0.9")});
    named(m_optimizer, "labOptimizer", tr("The optimiser"));
    m_rate = new QDoubleSpinBox(this);
    m_rate->setRange(0.0001, 10);
    m_rate->setDecimals(4);
    m_rate->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    named(m_rate, "labRate", tr("The learning rate"));
    m_batch = new QSpinBox(this);
    m_batch->setRange(1, int(Core::kTrainingPoints));
    named(m_batch, "labBatch", tr("Points per step"));
    m_seed = new QSpinBox(this);
    m_seed->setRange(0, 1'000'000);
    named(m_seed, "labSeed", tr("The data, the weights and the batches: the same seed, the same run"));

    m_play = new QPushButton(tr("&Play"), this);
    named(m_play, "labPlay", tr("Train continuously, or pause"));
    m_step = new QPushButton(tr("S&tep"), this);
    named(m_step, "labStep", tr("One optimiser step"));
    m_reset = new QPushButton(tr("&Reset"), this);
    named(m_reset, "labReset", tr("A fresh network with the same seed"));
    m_compare = new QPushButton(tr("&Compare Runs"), this);
    named(m_compare, "labCompare", tr("Train every visible curve on this task and seed, and overlay their losses"));
    m_status = new QLabel(this);
    m_status->setObjectName(u"labStatus"_s);
    m_status->setWordWrap(true);

    auto* form = new QFormLayout;
    // A row that is a layout gets its label's buddy by hand, so its mnemonic works.
    const auto row = [this, form](const QString& text, QWidget* buddy, QLayout* fields) {
        auto* label = new QLabel(text, this);
        label->setBuddy(buddy);
        form->addRow(label, fields);
    };
    auto* taskRow = new QHBoxLayout;
    taskRow->addWidget(m_task, 1);
    taskRow->addWidget(m_teacherAlpha);
    row(tr("Tas&k"), m_task, taskRow);
    form->addRow(tr("Hidde&n units"), m_hidden);
    auto* optRow = new QHBoxLayout;
    optRow->addWidget(m_optimizer, 1);
    optRow->addWidget(new QLabel(tr("rate"), this));
    optRow->addWidget(m_rate);
    row(tr("&Optimiser"), m_optimizer, optRow);
    auto* batchRow = new QHBoxLayout;
    batchRow->addWidget(m_batch);
    batchRow->addWidget(new QLabel(tr("seed"), this));
    batchRow->addWidget(m_seed);
    row(tr("&Batch"), m_batch, batchRow);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_play, m_step, m_reset, m_compare})
        buttons->addWidget(b);

    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(u"labPlot"_s);
    m_plot->setAccessibleName(tr("Learning lab plots"));
    m_plot->setMinimumHeight(300);
    m_scene = std::make_unique<LabScene>(m_plot);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_plot, 1);

    for (QComboBox* c : {m_task, m_optimizer})
        connect(c, &QComboBox::currentIndexChanged, this, &LearningLab::writeSettings);
    for (QDoubleSpinBox* s : {m_teacherAlpha, m_rate})
        connect(s, &QDoubleSpinBox::valueChanged, this, &LearningLab::writeSettings);
    for (QSpinBox* s : {m_batch, m_seed})
        connect(s, &QSpinBox::valueChanged, this, &LearningLab::writeSettings);
    connect(m_hidden, &QLineEdit::editingFinished, this, &LearningLab::writeSettings);
    // The buttons act on runner(): a reset still owed (the lab just opened) comes first.
    connect(m_play, &QPushButton::clicked, this, [this] {
        if (runner()->playing())
            m_runner->pause();
        else
            m_runner->play();
        m_dirty = true;
    });
    connect(m_step, &QPushButton::clicked, this, [this] { runner()->stepOnce(); });
    connect(m_reset, &QPushButton::clicked, m_resets, &RefreshThrottle::flush);
    connect(m_compare, &QPushButton::clicked, this,
        [this] { compareRuns(std::max<std::size_t>(300, m_runner->trace().size())); });
    connect(&m_compareWatcher, &QFutureWatcher<Runs>::finished, this, [this] {
        m_comparison = m_compareWatcher.result();
        m_dirty = true;
    });
    connect(m_runner, &LabRunner::changed, this, [this] { m_dirty = true; });
    // Views redraw at frame rate, whatever the rate of steps.
    m_frame = new QTimer(this);
    m_frame->setInterval(kFrameMs);
    connect(m_frame, &QTimer::timeout, this, [this] {
        if (m_dirty && isVisible())
            redraw();
    });
    m_frame->start();
}

LearningLab::~LearningLab()
{
    m_runner->waitForIdle();
    m_compareWatcher.waitForFinished();
}

void LearningLab::setDocument(Model::ExplorerDocument* document)
{
    if (m_document)
        m_document->disconnectView(this);
    m_document = document;
    if (!m_document)
        return;
    connect(m_document, &Model::ExplorerDocument::labChanged, this, [this](const Model::Lab& lab) {
        showSettings(lab);
        m_resets->flush();
    });
    // The hidden units are the selected curve: another curve, or an edit of it, starts afresh.
    followSelectedCurve(m_document, m_resets, this);
    connect(m_document, &Model::ExplorerDocument::themeChanged, this, [this] {
        applyTheme();
        m_dirty = true;
    });
    showSettings(m_document->lab());
    applyTheme();
    m_resets->flush(); // while the lab is hidden (it starts so), when it is first shown
}

void LearningLab::showSettings(const Model::Lab& lab)
{
    ++m_showing;
    const Core::TrainConfig& c = lab.config;
    m_task->setCurrentIndex(int(c.task.kind));
    m_teacherAlpha->setValue(c.task.teacherAlpha);
    m_teacherAlpha->setEnabled(c.task.kind == Core::TaskKind::Teacher);
    QStringList hidden;
    for (const int units : c.hidden)
        hidden << QString::number(units);
    m_hidden->setText(hidden.isEmpty() ? u"0"_s : hidden.join(u","_s));
    m_optimizer->setCurrentIndex(c.optimizer == Core::OptimizerKind::Sgd ? 1 : 0);
    m_rate->setValue(c.learningRate);
    m_batch->setValue(int(c.batch));
    m_seed->setValue(int(c.seed));
    --m_showing;
}

void LearningLab::writeSettings()
{
    if (m_showing > 0 || !m_document)
        return;
    Model::Lab lab = m_document->lab();
    Core::TrainConfig& c = lab.config;
    c.task.kind = Core::TaskKind(m_task->currentIndex());
    c.task.teacherAlpha = m_teacherAlpha->value();
    std::vector<int> hidden;
    if (m_hidden->text().trimmed() != u"0") // "0": the unit alone
        for (const QString& units : m_hidden->text().split(u',')) {
            bool ok = false;
            const int n = units.trimmed().toInt(&ok);
            hidden.push_back(ok ? n : 0);
        }
    c.optimizer = m_optimizer->currentIndex() == 1 ? Core::OptimizerKind::Sgd : Core::OptimizerKind::Adam;
    c.learningRate = m_rate->value();
    c.batch = std::size_t(m_batch->value());
    c.seed = std::uint64_t(m_seed->value());
    Core::TrainConfig tried = c;
    tried.hidden = hidden;
    try {
        tried.validate();
        c.hidden = hidden;
        m_hidden->setStyleSheet({});
        m_hidden->setToolTip(tr("Units per hidden layer: one or two layers of 1 to 64, e.g. 16 or 16,16; 0 for the unit alone on a 1-D task"));
    } catch (const Core::InputError& e) {
        // The last good network stays; the field says why the new one was not taken.
        m_hidden->setStyleSheet(u"color: #c0392b"_s);
        m_hidden->setToolTip(QString::fromUtf8(e.what()));
    }
    m_document->setLab(lab);
}

void LearningLab::resetRun()
{
    m_comparison.clear();
    const int row = m_document ? m_document->selected() : -1;
    if (row < 0) {
        m_status->setText(tr("Select a curve: its function is the hidden units."));
        return;
    }
    m_runner->reset(m_document->curve(row).activation, m_document->lab().config);
    m_dirty = true;
}

void LearningLab::compareRuns(std::size_t steps)
{
    m_resets->catchUp(); // else an owed reset would clear the comparison when it runs
    m_comparison.clear();
    if (!m_document || m_compareWatcher.isRunning())
        return;
    QList<std::pair<int, Core::Activation>> curves;
    for (int row = 0; row < m_document->curveCount(); ++row)
        if (m_document->curve(row).visible)
            curves.append({row, m_document->curve(row).activation});
    const Core::TrainConfig config = m_document->lab().config;
    m_compareWatcher.setFuture(QtConcurrent::run([curves, config, steps] {
        Runs runs;
        for (const auto& [row, activation] : curves) {
            Core::Trainer trainer(activation, config);
            std::vector<Core::TrainStep> trace;
            for (std::size_t i = 0; i < steps; ++i)
                trace.push_back(trainer.step());
            runs.append({row, std::move(trace)});
        }
        return runs;
    }));
}

void LearningLab::applyTheme()
{
    m_scene->setTheme(m_document ? m_document->theme() : Model::Theme::Light, font());
}

std::shared_ptr<const LabFigure> LearningLab::figure() const
{
    m_resets->catchUp();
    if (!m_document)
        return nullptr;
    const int row = m_document->selected();
    const LabFrame& frame = m_runner->frame();
    const QString title = tr("%1 on %2 · %3")
                              .arg(row >= 0 ? Model::displayName(m_document->curve(row)) : tr("no curve"),
                                  QString::fromStdString(frame.config.task.name()),
                                  frame.trace.empty() ? tr("step 0") : labSummary(frame.trace.back()));
    return std::make_shared<LabFigure>(LabFigure{title, frame, runColor(), comparisonRuns()});
}

std::optional<Model::Rgba> LearningLab::runColor() const
{
    const int row = m_document->selected();
    return row >= 0 ? std::optional(m_document->curve(row).color) : std::nullopt;
}

QList<LabRun> LearningLab::comparisonRuns() const
{
    QList<LabRun> runs;
    for (const auto& [row, trace] : m_comparison)
        if (row < m_document->curveCount()) // not removed since
            runs.append({m_document->curve(row).color, Model::displayName(m_document->curve(row)), trace});
    return runs;
}

void LearningLab::redraw()
{
    m_resets->catchUp();
    m_dirty = false;
    if (!m_document)
        return;
    m_play->setText(m_runner->playing() ? tr("&Pause") : tr("&Play"));
    m_scene->draw(m_runner->frame(), runColor(), comparisonRuns());
    const std::vector<Core::TrainStep>& trace = m_runner->trace();
    const LabPicture& picture = m_runner->picture();
    m_status->setText(trace.empty() ? tr("Step 0: press Play (or Step) to train.") : labSummary(trace.back()));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    const bool learns = !trace.empty() && !picture.units.empty() && !picture.units.front().trainableParams().empty();
    emit learnedUnitChanged(learns ? std::optional(picture.units.front()) : std::nullopt);
}

} // namespace Widgets
