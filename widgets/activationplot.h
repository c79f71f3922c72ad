// SPDX-License-Identifier: MIT
#pragma once

#include "plotscene.h"

#include <QWidget>

#include <optional>

class QAction;
class QCustomPlot;
class QMouseEvent;

namespace Model {
class ExplorerDocument;
}

namespace Widgets {

// The document's curves as a PlotScene with the document's panels, on screen, for the hand: the wheel zooms
// around the cursor (x in both panels, y in the panel under the cursor), dragging pans, Shift+drag
// or a right-button drag zooms to a rectangle, a double click or Ctrl+0 resets the view. Dragging
// on an axis pans or zooms that axis only. Pans and zooms become the document's view; until the
// user zooms or pans, the view follows the data.
//
// The crosshair follows the mouse, snaps to the selected curve's sample grid and breakpoints, and
// is stepped with the arrow keys (Shift: ten samples, Home/End: ends, Escape hides it); +/- zoom
// around it.
class ActivationPlot : public QWidget {
    Q_OBJECT
public:
    explicit ActivationPlot(QWidget* parent = nullptr);
    ~ActivationPlot() override;

    // Shows the document and follows it from now on.
    void setDocument(Model::ExplorerDocument* document);
    Model::ExplorerDocument* document() const { return m_document; }
    PlotScene* scene() const { return m_scene; }

    QAction* resetViewAction() const { return m_resetAction; }
    // Every line this many times its width (presentation mode); kept when the panels change.
    void setLineScale(double scale);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // The crosshair moved or what it reads changed; nullopt: hidden.
    void crosshairChanged(const std::optional<Widgets::Crosshair>& crosshair);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onMousePress(QMouseEvent* event);
    void onMouseMove(QMouseEvent* event);
    void applyPalette();
    void createScene(Model::Panels panels);
    // The document's panels: a new scene when they change.
    void showPanels(Model::Panels panels);
    void showDocument();

    QCustomPlot* m_plot = nullptr;
    PlotScene* m_scene = nullptr;
    Model::ExplorerDocument* m_document = nullptr;
    QAction* m_resetAction = nullptr;
    double m_lineScale = 1.0;
};

} // namespace Widgets
