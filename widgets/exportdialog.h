// SPDX-License-Identifier: MIT
#pragma once

#include "figure.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace Widgets {

class MessageLabel;

// Export Figure: the file ("exportPathEdit", "Browse…"), its format ("exportFormatCombo"), the
// size in logical pixels ("exportWidthSpin", "exportHeightSpin", "exportPlotSizeButton"), the
// scale ("exportScaleSpin", raster only; "exportPixelsLabel" tells the pixels and dpi that
// makes), what it draws ("exportSubjectCombo": the curves, or the learning lab's run when the
// content has one), the panels ("exportPanelsCombo") and the theme ("exportThemeCombo"), with a live
// preview ("exportPreview") of the figure as it will be laid out.
//
// The dialog knows nothing of settings: the caller passes the last choice in and reads
// options() and path() back after accept() to remember them, or writes through setWriter().
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(FigureContent content, const FigureOptions& options, const QString& path, QWidget* parent = nullptr);

    FigureOptions options() const;
    QString path() const;
    std::optional<FigureFormat> format() const;
    // The size "Use plot size" sets: the plot on screen, in logical pixels.
    void setPlotSize(const QSize& size);

    // Empty when OK may be pressed, else why not.
    QString problem() const;

    // Writes the file on Export: an error it returns is shown and the dialog stays open.
    using Writer = std::function<QString(const FigureOptions& options, const QString& path)>;
    void setWriter(Writer writer);
    void accept() override;

private:
    void browse();
    void onPathEdited();
    void onFormatChosen();
    void refresh();
    void renderPreview();

    FigureContent m_content;
    QSize m_plotSize;
    QLineEdit* m_path = nullptr;
    QComboBox* m_format = nullptr;
    QSpinBox* m_width = nullptr;
    QSpinBox* m_height = nullptr;
    QPushButton* m_plotSizeButton = nullptr;
    QDoubleSpinBox* m_scale = nullptr;
    QDoubleSpinBox* m_fontSize = nullptr;
    QLabel* m_pixels = nullptr;
    QComboBox* m_panels = nullptr;
    QComboBox* m_theme = nullptr;
    QComboBox* m_subject = nullptr;
    QLabel* m_preview = nullptr;
    MessageLabel* m_error = nullptr;
    QPushButton* m_ok = nullptr;
    QTimer* m_previewTimer = nullptr;
    int m_jpegQuality = 95;
    Writer m_writer;
};

} // namespace Widgets
