// SPDX-License-Identifier: MIT
#pragma once

#include "curve.h"
#include "fileio.h"
#include "labscene.h"
#include "session.h"

#include "aex/core/sampling.h"

#include <QImage>
#include <QList>
#include <QSize>
#include <QString>

#include <memory>
#include <optional>
#include <utility>

class QIODevice;

namespace Widgets {

enum class FigureFormat { Png, Jpeg, Svg, Pdf };
// What a figure draws: the curves (PlotScene) or the learning lab's run (LabScene).
enum class FigureSubject { Curves, Lab };
// From the file name's suffix: .png, .jpg/.jpeg, .svg, .pdf (any case).
std::optional<FigureFormat> figureFormatForPath(const QString& path);
QString figureFormatSuffix(FigureFormat format); // "png", "jpg", "svg", "pdf"
bool isVector(FigureFormat format);

inline constexpr int kMinFigureSide = 100;
inline constexpr int kMaxFigureSide = 10'000;
inline constexpr double kMinFigureScale = 0.25;
inline constexpr double kMaxFigureScale = 8.0;
// A figure's text size in points; 0: the screen's.
inline constexpr double kMinFigureFontSize = 6.0;
inline constexpr double kMaxFigureFontSize = 72.0;
inline constexpr qint64 kMaxFigurePixels = 100'000'000; // size × scale², about 400 MB of RGBA
inline constexpr int kMaxJpegSide = 65'500;             // libjpeg's limit, in pixels
inline constexpr int kFigureDpi = 96;                   // one logical pixel is 1/96 inch

// How a figure is laid out. The size is in logical pixels, the unit the window's plot uses, so a
// figure at the plot's own size looks exactly like the screen. Raster formats have
// size × scale pixels (and record 96 × scale dpi); SVG and PDF are vector pages of size/96 inches,
// on which scale has no effect.
struct FigureOptions {
    QSize size{1200, 800};
    double scale = 1.0;
    Model::Theme theme = Model::Theme::Light;
    Model::Panels panels = Model::Panels::Both; // the curves' panels
    int jpegQuality = 95;
    FigureSubject subject = FigureSubject::Curves;
    double fontSize = 0; // points (kMinFigureFontSize to kMaxFigureFontSize); 0: the screen's
    friend bool operator==(const FigureOptions&, const FigureOptions&) = default;
};
// Empty when the options are usable, else the problem ("--size"-free wording: "width 50 is out of
// range; accepted: 100 to 10000"). With a format, that format's own limits are checked too (a JPEG
// is at most 65500 pixels a side).
QString validateFigureOptions(const FigureOptions& options, std::optional<FigureFormat> format = std::nullopt);

// What a figure shows: the curves, the domain, the dtype and the view (a range that is nullopt
// follows the data: x is the domain, y fits the curves).
struct FigureContent {
    QList<Model::Curve> curves;
    Core::Domain domain;
    Core::DType dtype = Core::DType::Float64;
    Model::ViewRanges view;
    Model::Lens lens;   // drawn when lens.shown
    int lensCurve = -1; // whose zero-gradient regions the lens shades (the session's selected curve)
    std::shared_ptr<const LabFigure> lab; // the learning lab's run, where there is one
    Model::LegendPlace legend = Model::LegendPlace::TopLeft;
};
FigureContent figureContent(const Model::Session& session);

// Empty when the content can be drawn as the subject says, else the problem: a curves figure holds
// at most Core::kMaxTotalSamples points (visible curves × samples), a lab figure needs a run.
// renderFigure() and writeFigure() refuse the rest.
QString figureWorkProblem(const FigureContent& content, FigureSubject subject = FigureSubject::Curves);

// A figure is drawn by a PlotScene of its own with the figure's panels, never the one on screen,
// so the view the user sees is never resized or restyled. The curves are sampled at the domain's
// full count over the visible range. The crosshair and the selected-curve emphasis are left out:
// they are pointers for the screen, not part of the figure. Needs a QApplication (any platform,
// offscreen included). Null for an empty size, a scale <= 0 or too many pixels; other limits of
// validateFigureOptions() are not applied, so that a dialog can render a small preview.
QImage renderFigure(const FigureContent& content, const FigureOptions& options);
// Writes the figure to a device in the given format. Returns an error text or empty.
QString writeFigure(const FigureContent& content, const FigureOptions& options, FigureFormat format, QIODevice* device);
// Writes the figure to a file through Model::writeFile: on any error the file is left as it was.
// The format comes from the suffix; an unknown suffix or unusable options are BadInput.
Model::FileError writeFigure(const FigureContent& content, const FigureOptions& options, const QString& path);

// Writes an image as PNG or JPEG (by suffix), through Model::writeFile.
Model::FileError writeImage(const QImage& image, const QString& path, int jpegQuality = 95);

} // namespace Widgets
