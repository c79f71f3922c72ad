// SPDX-License-Identifier: MIT
#pragma once

#include "aex/core/statistics.h"

#include "refreshthrottle.h"

#include <QList>
#include <QWidget>

#include <optional>

class QTableWidget;
class QLabel;

namespace Model {
class ExplorerDocument;
}

namespace Widgets {

// What each visible curve does to the lens's input distribution (Core::statistics), one row per
// curve: the dead fraction and the share of each piece, E[f], Var[f], E[f²], E[f′], E[f′²], the
// measured gain √(E[x²] / E[f²]) and PyTorch's calculate_gain beside it (its note as a tooltip).
// Follows the curves, the dtype and the lens, through a throttle while a slider is dragged.
// objectName of the table: "statisticsTable"; of the caption: "statisticsCaption".
class StatisticsTable : public QWidget {
    Q_OBJECT
public:
    enum Column { Name, Dead, Pieces, Mean, Variance, SecondMoment, GradMean, GradSecondMoment, Gain, PytorchGain };
    static constexpr int kColumns = PytorchGain + 1;

    explicit StatisticsTable(QWidget* parent = nullptr);
    void setDocument(Model::ExplorerDocument* document);

    // The statistics as last shown, per table row, and which curve each row is (for tests).
    const QList<Core::ActivationStatistics>& shown() const
    {
        m_throttle->catchUp();
        return m_shown;
    }
    const QList<int>& rowCurves() const
    {
        m_throttle->catchUp();
        return m_rowCurves;
    }
    QTableWidget* table() const
    {
        m_throttle->catchUp();
        return m_table;
    }
    // Recomputes now (the throttle's work, for tests and for a figure).
    void refresh();

private:
    Model::ExplorerDocument* m_document = nullptr;
    QLabel* m_caption = nullptr;
    QTableWidget* m_table = nullptr;
    RefreshThrottle* m_throttle = nullptr;
    QList<Core::ActivationStatistics> m_shown;
    QList<int> m_rowCurves;
};

} // namespace Widgets
