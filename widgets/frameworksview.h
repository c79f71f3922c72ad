// SPDX-License-Identifier: MIT
#pragma once

#include "aex/core/frameworktable.h"

#include "refreshthrottle.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Model {
class ExplorerDocument;
}

namespace Widgets {

// The Frameworks view: the selected curve's function in every framework that has it, side by
// side (Core::frameworkTable: keywords, defaults, accepted ranges, f and f′ at each kink, at -0,
// -1, ±inf and NaN, and the layer's own error messages), the rows that differ marked. One button
// adds the other frameworks' curves, at their defaults, to the plot. objectNames:
// "frameworksTable", "addFrameworksButton".
class FrameworksView : public QWidget {
    Q_OBJECT
public:
    explicit FrameworksView(QWidget* parent = nullptr);
    void setDocument(Model::ExplorerDocument* document);

    const Core::FrameworkTable& table() const
    {
        m_throttle->catchUp();
        return m_table;
    }
    QTableWidget* tableWidget() const
    {
        m_throttle->catchUp();
        return m_view;
    }
    // Adds each framework's curve that the plot does not show yet; how many it added.
    int addOtherFrameworks();
    void refresh();

private:
    Model::ExplorerDocument* m_document = nullptr;
    QLabel* m_caption = nullptr;
    QTableWidget* m_view = nullptr;
    QPushButton* m_add = nullptr;
    RefreshThrottle* m_throttle = nullptr;
    Core::FrameworkTable m_table;
};

} // namespace Widgets
