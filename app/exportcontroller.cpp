// SPDX-License-Identifier: MIT
#include "exportcontroller.h"

#include "activationplot.h"
#include "codepanel.h"
#include "explorerdocument.h"
#include "exportdialog.h"
#include "serieswriter.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QWidget>

#include <algorithm>

namespace App {

namespace {
// "PATH: cannot be written (No space left on device); the file was left as it was"
QString fileMessage(const QString& path, const Model::FileError& error)
{
    return QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), error.message);
}
} // namespace

ExportController::ExportController(Model::ExplorerDocument* document, Widgets::ActivationPlot* plot,
    std::function<Widgets::CodePanel*()> code, QWidget* window, std::function<QString(const QString&)> directory)
    : QObject(window)
    , m_document(document)
    , m_plot(plot)
    , m_code(std::move(code))
    , m_window(window)
    , m_directory(std::move(directory))
{
}

Widgets::FigureContent ExportController::figureContent() const
{
    Widgets::FigureContent content = Widgets::figureContent(m_document->snapshot());
    content.view = m_plot->scene()->shownView();
    if (m_labSource)
        content.lab = m_labSource();
    return content;
}

Widgets::FigureOptions ExportController::figureOptions() const
{
    Widgets::FigureOptions o = m_options;
    o.theme = m_document->theme();
    o.panels = m_document->panels();
    return o;
}

void ExportController::remember(const Widgets::FigureOptions& options, const QString& lastPath)
{
    if (Widgets::validateFigureOptions(options).isEmpty())
        m_options = options;
    m_lastPath = lastPath;
}

QString ExportController::exportFigure(const QString& path, const Widgets::FigureOptions& options)
{
    if (const Model::FileError error = Widgets::writeFigure(figureContent(), options, path))
        return fileMessage(path, error);
    emit status(tr("Exported the figure to %1").arg(QDir::toNativeSeparators(path)));
    return {};
}

QString ExportController::exportWindow(const QString& path)
{
    if (const Model::FileError error = Widgets::writeImage(m_window->grab().toImage(), path))
        return fileMessage(path, error);
    emit status(tr("Exported the window to %1").arg(QDir::toNativeSeparators(path)));
    return {};
}

QString ExportController::exportData(const QString& path)
{
    const DataRequest request{m_document->curves(), m_document->domain(), m_document->dtype()};
    if (const Model::FileError error = writeCurveData(request, path))
        return fileMessage(path, error);
    emit status(tr("Exported the data of the visible curves to %1").arg(QDir::toNativeSeparators(path)));
    return {};
}

QImage ExportController::plotImage() const
{
    Widgets::FigureOptions o = figureOptions();
    o.size = m_plot->size().expandedTo(QSize(Widgets::kMinFigureSide, Widgets::kMinFigureSide));
    // Pasted into slides or documents, a double-resolution image stays sharp.
    o.scale = std::max(2.0, m_window->devicePixelRatioF());
    QImage image = Widgets::renderFigure(figureContent(), o);
    image.setDevicePixelRatio(o.scale);
    return image;
}

void ExportController::copyPlotImage()
{
    QGuiApplication::clipboard()->setImage(plotImage());
    emit status(tr("Copied the plot image to the clipboard"));
}

bool ExportController::copyCode(Core::Framework framework) { return m_code()->copy(framework); }

void ExportController::exportFigureInteractive()
{
    QString path = m_lastPath;
    if (path.isEmpty() || !Widgets::figureFormatForPath(path))
        path = QDir(m_directory(m_lastPath)).filePath(QStringLiteral("figure.png"));
    Widgets::ExportDialog dialog(figureContent(), figureOptions(), path, m_window);
    dialog.setPlotSize(m_plot->size());
    // Written from inside the dialog, which stays open with the error when the write fails.
    dialog.setWriter([this](const Widgets::FigureOptions& chosen, const QString& chosenPath) {
        remember(chosen, chosenPath);
        m_document->setPanels(chosen.panels);
        return exportFigure(chosenPath, chosen);
    });
    dialog.exec();
}

void ExportController::exportWindowInteractive()
{
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Window"),
        QDir(m_directory(m_lastPath)).filePath(QStringLiteral("window.png")), tr("PNG image (*.png)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".png");
    if (const QString problem = exportWindow(path); !problem.isEmpty())
        emit error(tr("Cannot export the window"), problem);
}

void ExportController::exportDataInteractive()
{
    QString filter = tr("CSV (*.csv)");
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Data"),
        QDir(m_directory(m_lastPath)).filePath(QStringLiteral("curves.csv")), tr("CSV (*.csv);;JSON (*.json)"),
        &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter.contains(QStringLiteral("json")) ? QStringLiteral(".json") : QStringLiteral(".csv");
    if (const QString problem = exportData(path); !problem.isEmpty())
        emit error(tr("Cannot export the data"), problem);
}

} // namespace App
