// SPDX-License-Identifier: MIT
#pragma once

#include "curve.h"
#include "plotexport.h"
#include "session.h"
#include "settings.h"

#include "aex/core/sampling.h"

#include <QElapsedTimer>
#include <QMainWindow>

#include <chrono>

#include <memory>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QTimer;
class QToolButton;

namespace Widgets {
class ActivationPlot;
class CodePanel;
class CurveEditor;
class CurveList;
class CurveListModel;
class DomainEditor;
class FormulaPanel;
class ValuesTable;
} // namespace Widgets

namespace App {

// The explorer window: the plot in the middle; the curves, function, framework and parameter
// editors on the left; the formula and the values table on the right. With settings it restores
// the last session and saves it on close; without (nullptr) it shows the default view and
// remembers nothing, as the screenshot does.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Settings> settings = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    Widgets::CurveListModel* curveModel() const { return m_model; }
    Widgets::ActivationPlot* plot() const { return m_plot; }
    Widgets::CurveList* curveList() const { return m_curveList; }
    Widgets::CurveEditor* curveEditor() const { return m_editor; }
    Widgets::DomainEditor* domainEditor() const { return m_domainEditor; }
    Widgets::ValuesTable* valuesTable() const { return m_values; }
    Widgets::FormulaPanel* formulaPanel() const { return m_formula; }

    int currentCurve() const;
    void selectCurve(int row);

    // Loads a built-in example (App::examples()); false for an unknown id.
    bool loadExample(const QString& id);
    void loadDefaultView();

    Widgets::Theme theme() const { return m_theme; }
    void setTheme(Widgets::Theme theme);

    // Writes the view, the window's layout, the recent files and the export choices.
    Model::FileError saveSettings();
    // False when the settings hold no saved session.
    bool restoreSettings();

    static QSize defaultSize() { return {1280, 800}; }

    // Sessions (App::Session). session() is what Save writes; applySession() shows one.
    Session session() const;
    void applySession(const Session& session);
    // Loads and shows a session file. On any error nothing changes and the error is returned
    // ("FILE: curves[1].params.alpha: expected a number, found a string"); empty on success.
    QString openSession(const QString& path);
    // Writes the session atomically and makes it the current file; returns an error or empty.
    QString saveSessionAs(const QString& path);
    QString sessionPath() const { return m_sessionPath; }
    QStringList recentFiles() const { return m_recentFiles; }

    // Exports without dialogs (the menu's dialogs end in these). Each returns an error or empty.
    QString exportFigure(const QString& path, const Widgets::FigureOptions& options);
    QString exportWindow(const QString& path);
    QString exportData(const QString& path);
    // The plot as an image, as Copy Plot Image puts it on the clipboard.
    QImage plotImage() const;
    void copyPlotImage();
    // Puts the selected curve's code for a framework on the clipboard; false without a curve.
    bool copyCode(Core::Framework framework);
    Widgets::CodePanel* codePanel() const { return m_code; }
    // The panels a figure shows by default (and a session records).
    Widgets::PlotPanels plotPanels() const { return m_panels; }
    // The last choices of Export Figure (size, scale, panels; the theme is the window's).
    Widgets::FigureOptions figureOptions() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void refreshPanels();
    void createActions();
    void createMenus();
    void createToolBar();
    void createDocks();
    void createStatusBar();
    void connectModel();
    void refreshIcons();
    void bindCurrent();
    void onCurvesReset();
    void updateLimits();
    void onCurveChanged(int row);
    void onDomainChanged(const Core::Domain& domain);
    void onDTypeChanged(Core::DType dtype);
    void showReadout(const QString& text);
    void showStatus(const QString& text);
    void showShortcuts();
    void showAbout();
    void arrangeDocks();
    void createFileActions();
    void openInteractive();
    void saveInteractive();
    void saveAsInteractive();
    void exportFigureInteractive();
    void exportWindowInteractive();
    void exportDataInteractive();
    void rebuildRecentMenu();
    void addRecentFile(const QString& path);
    void setSessionPath(const QString& path);
    void markModified();
    void reportError(const QString& title, const QString& error);
    QString dialogDirectory() const;

    std::unique_ptr<Settings> m_settings;
    Widgets::Theme m_theme = Widgets::Theme::Light;

    Widgets::CurveListModel* m_model = nullptr;
    Widgets::ActivationPlot* m_plot = nullptr;
    Widgets::CurveList* m_curveList = nullptr;
    Widgets::CurveEditor* m_editor = nullptr;
    Widgets::DomainEditor* m_domainEditor = nullptr;
    Widgets::ValuesTable* m_values = nullptr;
    Widgets::FormulaPanel* m_formula = nullptr;
    QDockWidget* m_curvesDock = nullptr;
    QDockWidget* m_formulaDock = nullptr;
    QDockWidget* m_valuesDock = nullptr;
    QLabel* m_readout = nullptr;
    QLabel* m_statusInfo = nullptr;
    QTimer* m_statusTimer = nullptr;
    static constexpr std::chrono::milliseconds kPanelInterval{60};
    QTimer* m_panelTimer = nullptr;
    QElapsedTimer m_panelClock;
    QToolButton* m_examplesButton = nullptr;
    QToolButton* m_themeButton = nullptr;

    QAction* m_quit = nullptr;
    QAction* m_add = nullptr;
    QAction* m_duplicate = nullptr;
    QAction* m_remove = nullptr;
    QAction* m_resetView = nullptr;
    QAction* m_light = nullptr;
    QAction* m_dark = nullptr;
    QAction* m_toggleTheme = nullptr;
    QActionGroup* m_themeGroup = nullptr;
    QAction* m_about = nullptr;
    QAction* m_shortcuts = nullptr;
    QList<QAction*> m_exampleActions;

    Widgets::CodePanel* m_code = nullptr;
    QDockWidget* m_codeDock = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_open = nullptr;
    QAction* m_save = nullptr;
    QAction* m_saveAs = nullptr;
    QAction* m_exportFigure = nullptr;
    QAction* m_exportWindow = nullptr;
    QAction* m_exportData = nullptr;
    QAction* m_copyImage = nullptr;
    QList<QAction*> m_copyCode; // in Core::kFrameworks order
    QString m_sessionPath;
    QStringList m_recentFiles;
    QString m_lastExportPath;
    Widgets::PlotPanels m_panels = Widgets::PlotPanels::Both;
    Widgets::FigureOptions m_figureOptions;
    int m_applying = 0; // > 0 while a session or example is being shown: not a user change
};

} // namespace App
