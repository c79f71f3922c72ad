// SPDX-License-Identifier: MIT
#include "figure.h"

#include "plotpaint.h"
#include "plotscene.h"
#include "qtext.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImageWriter>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSvgGenerator>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Widgets {

namespace {

QString curveList(const QList<Model::Curve>& curves)
{
    QStringList names;
    for (const Model::Curve& c : curves) {
        if (c.visible)
            names << c.name;
    }
    return names.join(u"; "_s);
}

// A figure's title: the curves it shows, or the lab's run.
QString figureTitle(const FigureContent& content, FigureSubject subject)
{
    if (subject == FigureSubject::Lab)
        return content.lab->title;
    return curveList(content.curves);
}

// A figure's own plot and scene: never the ones on screen.
class FigureScene {
public:
    FigureScene(const FigureContent& content, const FigureOptions& options, bool vector = false)
    {
        if (options.fontSize > 0) {
            QFont font = m_plot.font();
            font.setPointSizeF(options.fontSize);
            m_plot.setFont(font);
        }
        if (vector) {
            // A vector file names its font, and another program lays the text out again: the
            // family is the one the platform resolved ("DejaVu Sans", not the alias "Sans Serif"),
            // and the plot is laid out with the font's own unhinted metrics, as viewers use them.
            QFont font = m_plot.font();
            font.setFamily(QFontInfo(font).family());
            font.setHintingPreference(QFont::PreferNoHinting);
            m_plot.setFont(font);
        }
        if (options.subject == FigureSubject::Lab) {
            m_lab = std::make_unique<LabScene>(&m_plot);
            m_lab->setTheme(options.theme, m_plot.font());
            m_lab->setTitle(content.lab->title);
            m_lab->draw(content.lab->frame, content.lab->color, content.lab->comparison);
            return;
        }
        m_scene = std::make_unique<PlotScene>(&m_plot, options.panels, PlotScene::Resolution::Full);
        m_scene->setTheme(options.theme);
        m_scene->setLegendPlace(content.legend);
        m_scene->setDType(content.dtype);
        m_scene->setDomain(content.domain);
        m_scene->setView(content.view);
        m_scene->setCurves(content.curves); // sampled once, over the view
        m_scene->setLens(content.lens, content.lensCurve);
        if (vector)
            m_scene->clipForUnclippedDevice();
    }

    QImage renderImage(QSize size, double scale) { return renderPlot(&m_plot, size, scale); }
    void paintVector(QPaintDevice* device, QSize size) { paintPlotVector(&m_plot, device, size); }
    int logicalDpi() const { return m_plot.logicalDpiY(); }

private:
    QCustomPlot m_plot;
    std::unique_ptr<PlotScene> m_scene;
    std::unique_ptr<LabScene> m_lab;
};

// Encodes into memory first and then writes the bytes: libpng and libjpeg would report a failed
// write (a full disk) on stderr themselves, and with a less useful reason than the device's.
QString encodeImage(QImage image, FigureFormat format, int jpegQuality, QIODevice* device)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format == FigureFormat::Jpeg ? "jpeg" : "png");
    if (format == FigureFormat::Jpeg) {
        writer.setQuality(jpegQuality);
        if (image.hasAlphaChannel())
            image = image.convertToFormat(QImage::Format_RGB32);
    }
    if (!writer.write(image))
        return u"cannot encode the image (%1)"_s.arg(writer.errorString());
    if (device->write(bytes) != bytes.size())
        return u"cannot be written (%1)"_s.arg(device->errorString());
    return {};
}

QString writeRaster(const FigureContent& content, const FigureOptions& options, FigureFormat format, QIODevice* device)
{
    QImage image = renderFigure(content, options);
    if (image.isNull())
        return u"cannot render a %1×%2 image"_s.arg(qRound(options.size.width() * options.scale))
            .arg(qRound(options.size.height() * options.scale));
    const int dotsPerMeter = qRound(kFigureDpi * options.scale / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return encodeImage(image, format, options.jpegQuality, device);
}

// Viewers without the font fall back to their default, often a serif: name the generic family
// after it.
QByteArray withGenericFontFamily(const QByteArray& svg)
{
    static const QRegularExpression family(u"font-family=\"([^\",]*)\""_s);
    QString text = QString::fromUtf8(svg);
    text.replace(family, u"font-family=\"\\1, sans-serif\""_s);
    return text.toUtf8();
}

QString writeSvg(const FigureContent& content, const FigureOptions& options, QIODevice* device)
{
    FigureScene figure(content, options, true);
    QByteArray svg;
    QBuffer buffer(&svg);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(options.size);
    generator.setViewBox(QRect(QPoint(0, 0), options.size));
    generator.setResolution(figure.logicalDpi());
    generator.setTitle(u"Activation Explorer figure"_s);
    generator.setDescription(figureTitle(content, options.subject));
    figure.paintVector(&generator, options.size);
    svg = withGenericFontFamily(svg);
    if (device->write(svg) != svg.size())
        return u"cannot be written (%1)"_s.arg(device->errorString());
    return {};
}

QString writePdf(const FigureContent& content, const FigureOptions& options, QIODevice* device)
{
    FigureScene figure(content, options, true);
    const int dpi = figure.logicalDpi();
    QPdfWriter writer(device);
    writer.setCreator(u"Activation Explorer"_s);
    writer.setTitle(figureTitle(content, options.subject));
    writer.setResolution(dpi);
    const QSizeF points(options.size.width() * 72.0 / dpi, options.size.height() * 72.0 / dpi);
    const QPageLayout layout(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch),
        QPageLayout::Portrait, QMarginsF(0, 0, 0, 0));
    if (!writer.setPageLayout(layout))
        return u"the PDF writer refuses a %1×%2 pt page"_s.arg(points.width()).arg(points.height());
    figure.paintVector(&writer, options.size);
    return {};
}

} // namespace

std::optional<FigureFormat> figureFormatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png")
        return FigureFormat::Png;
    if (suffix == u"jpg" || suffix == u"jpeg")
        return FigureFormat::Jpeg;
    if (suffix == u"svg")
        return FigureFormat::Svg;
    if (suffix == u"pdf")
        return FigureFormat::Pdf;
    return std::nullopt;
}

QString figureFormatSuffix(FigureFormat format)
{
    switch (format) {
    case FigureFormat::Jpeg: return u"jpg"_s;
    case FigureFormat::Svg: return u"svg"_s;
    case FigureFormat::Pdf: return u"pdf"_s;
    case FigureFormat::Png: break;
    }
    return u"png"_s;
}

bool isVector(FigureFormat format) { return format == FigureFormat::Svg || format == FigureFormat::Pdf; }

QString validateFigureOptions(const FigureOptions& options, std::optional<FigureFormat> format)
{
    const auto side = [](const char* what, int value) -> QString {
        if (value < kMinFigureSide || value > kMaxFigureSide)
            return u"%1 %2 is out of range; accepted: %3 to %4"_s.arg(QLatin1StringView(what))
                .arg(value)
                .arg(kMinFigureSide)
                .arg(kMaxFigureSide);
        return {};
    };
    if (QString e = side("width", options.size.width()); !e.isEmpty())
        return e;
    if (QString e = side("height", options.size.height()); !e.isEmpty())
        return e;
    if (options.fontSize != 0
        && !(options.fontSize >= kMinFigureFontSize && options.fontSize <= kMaxFigureFontSize))
        return u"font size %1 is out of range; accepted: %2 to %3 points"_s.arg(Model::number(options.fontSize),
            Model::number(kMinFigureFontSize), Model::number(kMaxFigureFontSize));
    if (!std::isfinite(options.scale) || options.scale < kMinFigureScale || options.scale > kMaxFigureScale)
        return u"scale %1 is out of range; accepted: %2 to %3"_s.arg(
            Model::number(options.scale), Model::number(kMinFigureScale), Model::number(kMaxFigureScale));
    const double pixels = options.size.width() * options.scale * options.size.height() * options.scale;
    if (pixels > static_cast<double>(kMaxFigurePixels))
        return u"%1×%2 at scale %3 is %4 megapixels; accepted: at most %5"_s.arg(options.size.width())
            .arg(options.size.height())
            .arg(Model::number(options.scale))
            .arg(qRound(pixels / 1e6))
            .arg(kMaxFigurePixels / 1'000'000);
    if (format == FigureFormat::Jpeg) {
        const double longest = std::max(options.size.width(), options.size.height()) * options.scale;
        if (longest > kMaxJpegSide)
            return u"a JPEG is at most %1 pixels a side, and %2×%3 at scale %4 is %5 pixels %6; accepted: size × scale "
                   u"at most %1 each way, or .png"_s.arg(kMaxJpegSide)
                       .arg(options.size.width())
                       .arg(options.size.height())
                       .arg(Model::number(options.scale))
                       .arg(qRound(longest))
                       .arg(options.size.width() >= options.size.height() ? u"wide"_s : u"high"_s);
    }
    if (options.jpegQuality < 0 || options.jpegQuality > 100)
        return u"JPEG quality %1 is out of range; accepted: 0 to 100"_s.arg(options.jpegQuality);
    return {};
}

FigureContent figureContent(const Model::Session& session)
{
    return {session.curves, session.domain, session.dtype, session.view, session.lens, session.selected, nullptr,
        session.legend};
}

QString figureWorkProblem(const FigureContent& content, FigureSubject subject)
{
    if (subject == FigureSubject::Lab)
        return content.lab ? QString() : u"there is no learning lab run to draw; accepted: open the Learning Lab, or --train"_s;
    const auto visible = static_cast<std::size_t>(
        std::count_if(content.curves.begin(), content.curves.end(), [](const Model::Curve& c) { return c.visible; }));
    return QString::fromStdString(Core::workProblem(visible, content.domain.samples));
}

QImage renderFigure(const FigureContent& content, const FigureOptions& options)
{
    if (!figureWorkProblem(content, options.subject).isEmpty())
        return {};
    // Deliberately looser than validateFigureOptions(): a preview renders a large page at a small
    // scale to show how the text will sit on it.
    const double pixels = options.size.width() * options.scale * options.size.height() * options.scale;
    if (options.size.width() < 1 || options.size.height() < 1 || !(options.scale > 0)
        || pixels > static_cast<double>(kMaxFigurePixels))
        return {};
    FigureScene figure(content, options);
    return figure.renderImage(options.size, options.scale);
}

QString writeFigure(const FigureContent& content, const FigureOptions& options, FigureFormat format, QIODevice* device)
{
    if (QString problem = validateFigureOptions(options); !problem.isEmpty())
        return problem;
    if (QString problem = figureWorkProblem(content, options.subject); !problem.isEmpty())
        return problem;
    switch (format) {
    case FigureFormat::Svg: return writeSvg(content, options, device);
    case FigureFormat::Pdf: return writePdf(content, options, device);
    case FigureFormat::Png:
    case FigureFormat::Jpeg: break;
    }
    return writeRaster(content, options, format, device);
}

Model::FileError writeFigure(const FigureContent& content, const FigureOptions& options, const QString& path)
{
    const std::optional<FigureFormat> format = figureFormatForPath(path);
    if (!format)
        return {Model::FileError::Kind::BadInput, u"unknown file type; accepted: .png, .jpg, .jpeg, .svg, .pdf"_s};
    if (QString problem = validateFigureOptions(options, format); !problem.isEmpty())
        return {Model::FileError::Kind::BadInput, problem};
    if (QString problem = figureWorkProblem(content, options.subject); !problem.isEmpty())
        return {Model::FileError::Kind::BadInput, problem};
    return Model::writeFile(path, [&](QIODevice& device) { return writeFigure(content, options, *format, &device); });
}

Model::FileError writeImage(const QImage& image, const QString& path, int jpegQuality)
{
    const std::optional<FigureFormat> format = figureFormatForPath(path);
    if (!format || isVector(*format))
        return {Model::FileError::Kind::BadInput, u"unknown image type; accepted: .png, .jpg, .jpeg"_s};
    if (*format == FigureFormat::Jpeg && std::max(image.width(), image.height()) > kMaxJpegSide)
        return {Model::FileError::Kind::BadInput,
            u"a JPEG is at most %1 pixels a side; accepted: a smaller size, or .png"_s.arg(kMaxJpegSide)};
    return Model::writeFile(path, [&](QIODevice& device) { return encodeImage(image, *format, jpegQuality, &device); });
}

} // namespace Widgets
