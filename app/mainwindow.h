// SPDX-License-Identifier: MIT
#pragma once

#include "fileio.h"
#include "plotscene.h"
#include "settings.h"
#include "windowactions.h"

#include <QFont>
#include <QMainWindow>

#include <memory>
#include <optional>

class QDockWidget;
class QMenu;
class QLabel;
class QTimer;

namespace Model {
class ExplorerDocument;
}
namespace Widgets {
class ActivationPlot;
class CodePanel;
class CurveEditor;
class CurveList;
class ComparePanel;
class DepthView;
class FrameworksView;
class LearningLab;
class DistributionPanel;
class DomainEditor;
class StatisticsTable;
class FormulaPanel;
class ValuesTable;
} // namespace Widgets

namespace App {

class ExportController;
class LazyDock;
class SessionController;
class WindowActions;

// The explorer window, a thin shell: it creates the document, the views bound to it (the plot in
// the middle; the curves and the selected curve's editors on the left; the formula, code and values
// on the right; the formula and the docks that start hidden, as LazyDocks that build their views
// right after the first frame or when first needed) and the controllers, connects the actions,
// and lays it all out. The state is the document's; sessions and exports are the controllers'.
// With settings it restores the last view and saves it on close; without (nullptr) it shows the
// default view and remembers nothing, as the screenshot does.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Settings> settings = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    Model::ExplorerDocument* document() const { return m_document; }
    SessionController* sessions() const { return m_sessions; }
    ExportController* exports() const { return m_exports; }

    Widgets::ActivationPlot* plot() const { return m_plot; }
    Widgets::CurveList* curveList() const { return m_curveList; }
    Widgets::CurveEditor* curveEditor() const { return m_editor; }
    Widgets::DomainEditor* domainEditor() const { return m_domainEditor; }
    Widgets::ValuesTable* valuesTable() const { return m_values; }
    // The views of the docks that are LazyDocks: built, bound to the document, right after the
    // first frame for the formula, which starts in view, else the first time the dock shows, or
    // when one of these asks for them.
    Widgets::FormulaPanel* formulaPanel() const;
    Widgets::CodePanel* codePanel() const;
    Widgets::DistributionPanel* distributionPanel() const;
    Widgets::StatisticsTable* statisticsTable() const;
    Widgets::DepthView* depthView() const;
    Widgets::ComparePanel* comparePanel() const;
    Widgets::FrameworksView* frameworksView() const;
    Widgets::LearningLab* learningLab() const;

    // Shows a built-in example (App::examples()), keeping the theme, dtype and panels; false for
    // an unknown id.
    bool loadExample(const QString& id);
    // New Session: the first example as a new untitled view, after the unsaved-changes prompt;
    // false when the person cancelled it.
    bool newSession();
    // Presentation mode: every text and the plot's lines `scale` times as large (1.25 to 3); 0 ends it.
    void setPresentation(double scale);
    bool presenting() const { return m_presenting; }
    // Hides every visible dock (and remembers which), or shows them again.
    void showSidePanels(bool show);

    // Writes the view, the window's layout, the recent files and the export choices.
    Model::FileError saveSettings();

    static QSize defaultSize() { return {1280, 800}; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createDocks();
    void createLensDocks();
    void connectLens();
    void createCompareDocks();
    void createLabDock();
    // Puts `panel`'s controls right after `anchor` in the Tab chain.
    void chainAfter(QWidget* anchor, QWidget* panel);
    void setTabOrderOfTheMainFlow();
    void connectLab();
    void connectCompare();
    void connectActions();
    void connectHistory();
    void connectViewActions();
    void connectHelp();
    void fillDocsMenu(QMenu* menu);
    void showReadingThePlot();
    // The settings read at construction (`error`: what was wrong with them); false when they hold
    // no saved view.
    bool restoreSettings(const StoredSettings& stored, const QString& error);
    static void setApplicationPalette(Model::Theme theme);
    void applyTheme(Model::Theme theme);
    void showReadout(const std::optional<Widgets::Crosshair>& crosshair);
    void showStatus(const QString& text);
    void reportError(const QString& title, const QString& error);
    void showAbout();

    std::unique_ptr<Settings> m_settings;
    Model::ExplorerDocument* m_document = nullptr;
    Widgets::ActivationPlot* m_plot = nullptr;
    Widgets::CurveList* m_curveList = nullptr;
    Widgets::CurveEditor* m_editor = nullptr;
    Widgets::DomainEditor* m_domainEditor = nullptr;
    Widgets::ValuesTable* m_values = nullptr;
    // Null until their LazyDock builds them: read them through the getters.
    Widgets::FormulaPanel* m_formula = nullptr;
    Widgets::CodePanel* m_code = nullptr;
    Widgets::DistributionPanel* m_distribution = nullptr;
    Widgets::StatisticsTable* m_statistics = nullptr;
    Widgets::DepthView* m_depth = nullptr;
    QDockWidget* m_curvesDock = nullptr;
    LazyDock* m_formulaDock = nullptr;
    QDockWidget* m_valuesDock = nullptr;
    LazyDock* m_codeDock = nullptr;
    LazyDock* m_distributionDock = nullptr;
    LazyDock* m_statisticsDock = nullptr;
    LazyDock* m_depthDock = nullptr;
    Widgets::ComparePanel* m_compare = nullptr;
    Widgets::FrameworksView* m_frameworks = nullptr;
    LazyDock* m_compareDock = nullptr;
    LazyDock* m_frameworksDock = nullptr;
    Widgets::LearningLab* m_lab = nullptr;
    LazyDock* m_labDock = nullptr;
    QLabel* m_readout = nullptr;
    QLabel* m_statusInfo = nullptr;
    QTimer* m_statusTimer = nullptr;
    WindowActions* m_actions = nullptr;
    SessionController* m_sessions = nullptr;
    ExportController* m_exports = nullptr;
    bool m_presenting = false;
    double m_presentationScale = kDefaultPresentationScale;
    QFont m_normalFont; // the application's font outside presentation mode
    QByteArray m_sidePanelsState;         // saveState() before F6 hid the docks
    bool m_sidePanelsHiddenToFit = false; // by presentation mode, not by the user
};

} // namespace App
