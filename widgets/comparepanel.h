// SPDX-License-Identifier: MIT
#pragma once

#include "aex/core/compare.h"

#include "refreshthrottle.h"

#include <QPointF>
#include <QStringList>
#include <QVector>
#include <QWidget>

#include <array>
#include <optional>

class QCheckBox;
class QCustomPlot;
class QLabel;

namespace Model {
class ExplorerDocument;
}

namespace Widgets {

// The Compare view: are the document's two compared curves the same function over its domain,
// in its dtype? A verdict per part (values, d/dx, d/d(trainable parameter), special inputs) from
// Core::compare, and a togglable difference plot of f1 − f2 above f1′ − f2′, whose jumps and
// isolated points are drawn as the main plot draws them. objectNames: "compareTitle",
// "compareVerdict_N" (N = 0..3), "differenceToggle", "differencePlot".
class ComparePanel : public QWidget {
    Q_OBJECT
public:
    explicit ComparePanel(QWidget* parent = nullptr);
    void setDocument(Model::ExplorerDocument* document);

    // What is shown, for tests: the comparison (none while fewer than two curves are compared),
    // its four lines, and the difference plot's line (NaN breaks it at a jump).
    const std::optional<Core::Comparison>& comparison() const
    {
        m_throttle->catchUp();
        return m_comparison;
    }
    QStringList verdictLines() const;
    QVector<QPointF> differenceLine(bool derivative) const;
    QCustomPlot* plot() const
    {
        m_throttle->catchUp();
        return m_plot;
    }
    void refresh();

private:
    void applyTheme();
    void drawDifference();

    Model::ExplorerDocument* m_document = nullptr;
    QLabel* m_title = nullptr;
    std::array<QLabel*, 4> m_verdicts{};
    QCheckBox* m_toggle = nullptr;
    QCustomPlot* m_plot = nullptr;
    RefreshThrottle* m_throttle = nullptr;
    std::optional<Core::Comparison> m_comparison;
};

} // namespace Widgets
