// SPDX-License-Identifier: MIT
#pragma once

#include "figure.h"

#include "aex/core/framework.h"

#include <QImage>
#include <QObject>
#include <QString>

#include <functional>

class QWidget;

namespace Model {
class ExplorerDocument;
}
namespace Widgets {
class ActivationPlot;
class CodePanel;
} // namespace Widgets

namespace App {

// What leaves the window: Export Figure (through the dialog, which remembers its last choice),
// Export Window as PNG, Export Data, Copy Plot Image and Copy as Code. The figure is the document
// drawn by a PlotScene of its own, in the ranges the plot shows, or the learning lab's run drawn by
// a LabScene of its own.
class ExportController : public QObject {
    Q_OBJECT
public:
    // `code` gives the window's code panel (built on demand); `directory` says where the file
    // dialogs start.
    ExportController(Model::ExplorerDocument* document, Widgets::ActivationPlot* plot,
        std::function<Widgets::CodePanel*()> code, QWidget* window,
        std::function<QString(const QString& lastExport)> directory);

    // The document as the plot shows it, with the learning lab's run while the lab is open.
    Widgets::FigureContent figureContent() const;
    // Where the lab's run comes from: null while the lab is closed.
    void setLabSource(std::function<std::shared_ptr<const Widgets::LabFigure>()> source) { m_labSource = std::move(source); }
    // The last choices of Export Figure (size, scale), with the document's theme and panels.
    Widgets::FigureOptions figureOptions() const;
    // What the settings keep of the last export.
    Widgets::FigureOptions rememberedOptions() const { return m_options; }
    QString lastExportPath() const { return m_lastPath; }
    void remember(const Widgets::FigureOptions& options, const QString& lastPath);

    // Without dialogs (the menu's dialogs end in these). Each returns an error naming the file, or
    // empty.
    QString exportFigure(const QString& path, const Widgets::FigureOptions& options);
    QString exportWindow(const QString& path);
    QString exportData(const QString& path);
    // The plot as an image, as Copy Plot Image puts it on the clipboard.
    QImage plotImage() const;
    void copyPlotImage();
    // Puts the selected curve's code for a framework on the clipboard; false without a curve.
    bool copyCode(Core::Framework framework);

    void exportFigureInteractive();
    void exportWindowInteractive();
    void exportDataInteractive();

signals:
    void status(const QString& text);
    void error(const QString& title, const QString& message);

private:
    Model::ExplorerDocument* m_document;
    Widgets::ActivationPlot* m_plot;
    std::function<Widgets::CodePanel*()> m_code;
    QWidget* m_window;
    std::function<QString(const QString&)> m_directory;
    std::function<std::shared_ptr<const Widgets::LabFigure>()> m_labSource;
    Widgets::FigureOptions m_options;
    QString m_lastPath;
};

} // namespace App
