// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QObject>

#include <chrono>
#include <functional>

class QTimer;

namespace Model {
class ExplorerDocument;
}

namespace Widgets {

// Runs a refresh at most every `interval` while requests keep coming (a slider being dragged), and
// always runs the last one. The text panels cost several times a replot (QTextDocument::setHtml),
// so they follow a drag this way while the plot keeps up with the hand.
class RefreshThrottle : public QObject {
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds kPanelInterval{60};

    RefreshThrottle(std::chrono::milliseconds interval, std::function<void()> refresh, QObject* parent);

    // Now when the last run is `interval` ago, else as soon as it is.
    void request();
    // Now, whatever the time.
    void flush();

private:
    std::chrono::milliseconds m_interval;
    std::function<void()> m_refresh;
    QTimer* m_timer;
    QElapsedTimer m_clock;
};

// Refreshes through the throttle when the document's selected curve changes: at once when another
// curve is selected or the dtype changes, throttled while the curve itself is edited. The
// connections belong to `receiver`.
void followSelectedCurve(Model::ExplorerDocument* document, RefreshThrottle* throttle, QObject* receiver);
// Refreshes through the throttle when what the lens's views compute from changes: any curve (added,
// removed, edited, hidden), the dtype or the lens. The connections belong to `receiver`.
void followCurvesAndLens(Model::ExplorerDocument* document, RefreshThrottle* throttle, QObject* receiver);

} // namespace Widgets
