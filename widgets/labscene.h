// SPDX-License-Identifier: MIT
#pragma once

#include "session.h"

#include "aex/core/training.h"

#include <QFont>
#include <QList>
#include <QString>

#include <array>
#include <optional>
#include <vector>

class QCPAxisRect;
class QCPLegend;
class QCPTextElement;
class QCustomPlot;

namespace Widgets {

// What the network computes now: over a grid of the input plane (2-D tasks: P(class 1), ny rows of
// nx) or along the line (1-D tasks: the output), and its hidden units as trained.
struct LabPicture {
    std::vector<double> values;
    int nx = 0, ny = 0;
    double lo = -6, hi = 6;
    std::vector<Core::Activation> units;
};
LabPicture labPicture(const Core::Trainer& trainer);

// "step 300 · loss 0.0123 · accuracy 99.6% · 2 dead unit(s) · α 0.1 to 0.3": a step in a line.
QString labSummary(const Core::TrainStep& step);

// One frame of a run: what the lab's plots show of it.
struct LabFrame {
    Core::TrainConfig config;
    Core::Dataset data;
    std::vector<Core::TrainStep> trace;
    LabPicture picture;
};

// Another curve's run on the same task and seed (Compare Runs), in its curve's colour.
struct LabRun {
    Model::Rgba color = 0;
    QString name; // the curve's, for the legend
    std::vector<Core::TrainStep> trace;
};

// A lab figure: a frame, its curve's stored colour, and the runs overlaid on it.
struct LabFigure {
    QString title; // what was trained on what, and the step: figures say it on top
    LabFrame frame;
    std::optional<Model::Rgba> color; // none without a selected curve
    QList<LabRun> comparison;
};

// Draws the learning lab into a QCustomPlot of its own: four panels, the data over the decision
// region (or the fitted curve), loss and accuracy, α per unit, and the dead units, each over the
// steps. The window's lab and the exported figures draw through it, so they look the same.
class LabScene {
public:
    explicit LabScene(QCustomPlot* plot);
    void setTheme(Model::Theme theme, const QFont& font);
    // A line above the panels (figures); empty for none (the window has its status line).
    void setTitle(const QString& title);
    // Colours are curves' own; the theme decides how they are shown.
    void draw(const LabFrame& frame, std::optional<Model::Rgba> color, const QList<LabRun>& comparison);

private:
    QCPAxisRect* rect(int panel) const { return m_rects[std::size_t(panel)]; }

    QCustomPlot* m_plot;
    std::array<QCPAxisRect*, 4> m_rects{};
    QCPTextElement* m_title = nullptr;
    Model::Theme m_theme = Model::Theme::Light;
    QFont m_font;
    QCPLegend* m_legend = nullptr; // Compare Runs' curves, on the dead units' panel
};

} // namespace Widgets
