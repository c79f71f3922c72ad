// SPDX-License-Identifier: MIT
#include "plotexport.h"

#include "activationplot.h"
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

QCPAxis* xAxisOf(QCPAxisRect* rect) { return rect->axis(QCPAxis::atBottom); }
QCPAxis* yAxisOf(QCPAxisRect* rect) { return rect->axis(QCPAxis::atLeft); }

bool usableRange(const std::optional<std::pair<double, double>>& r)
{
    return r && std::isfinite(r->first) && std::isfinite(r->second) && r->first < r->second;
}

QString curveList(const QList<Curve>& curves)
{
    QStringList names;
    for (const Curve& c : curves) {
        if (c.visible)
            names << c.name;
    }
    return names.join(u"; "_s);
}

// An offscreen plot that draws one figure. Dropping a panel takes its axis rect out of the layout
// (and out of the margin group, which would otherwise still widen the left margin for its labels);
// the destructor puts it back so that QCustomPlot tears down a complete layout.
class FigurePlot {
public:
    FigurePlot(const FigureContent& content, const FigureOptions& options, bool vector = false)
    {
        if (vector) {
            // A vector file names its font, and another program lays the text out again: the
            // family is the one the platform resolved ("DejaVu Sans", not the alias "Sans Serif"),
            // and the plot is laid out with the font's own unhinted metrics, as viewers use them.
            QFont font = m_plot.font();
            font.setFamily(QFontInfo(font).family());
            font.setHintingPreference(QFont::PreferNoHinting);
            m_plot.setFont(font);
        }
        m_plot.setTheme(options.theme);
        m_plot.setDType(content.dtype);
        Core::Domain view = content.domain;
        // The window samples the visible x range with the domain's sample count: so does this.
        if (usableRange(content.x)) {
            view.min = content.x->first;
            view.max = content.x->second;
        }
        m_plot.setDomain(view);
        m_plot.setCurves(content.curves);
        if (usableRange(content.yValue))
            yAxisOf(m_plot.valueRect())->setRange(content.yValue->first, content.yValue->second);
        if (usableRange(content.yDerivative))
            yAxisOf(m_plot.derivativeRect())->setRange(content.yDerivative->first, content.yDerivative->second);
        setPanels(options.panels);
    }

    ~FigurePlot()
    {
        if (m_removed) {
            QCPLayoutGrid* layout = m_plot.customPlot()->plotLayout();
            layout->insertRow(m_removedRow);
            layout->addElement(m_removedRow, 0, m_removed);
        }
    }

    FigurePlot(const FigurePlot&) = delete;
    FigurePlot& operator=(const FigurePlot&) = delete;

    QCustomPlot* customPlot() const { return m_plot.customPlot(); }

    // QSvgGenerator ignores the painter's clip, so what QCustomPlot leaves to clipping must not
    // be drawn at all: line segments beyond a panel's y range (a zoomed view) are cut at its edge,
    // and the legend's line icons, which QCustomPlot draws 5 px too long and clips, are drawn
    // shorter with the text where it would be.
    void prepareForUnclippedDevice()
    {
        QCustomPlot* plot = m_plot.customPlot();
        for (int i = 0; i < plot->graphCount(); ++i)
            clipToValueRange(plot->graph(i));
        if (QCPLegend* legend = plot->legend) {
            constexpr int kOverhang = 5;
            legend->setIconSize(legend->iconSize().width() - kOverhang, legend->iconSize().height());
            legend->setIconTextPadding(legend->iconTextPadding() + kOverhang);
            // Viewers lay <text> out again with their own metrics, a few percent wider than
            // Qt's hinted ones: room for that keeps the names inside the legend's frame.
            const int slack = qCeil(0.04 * legend->minimumOuterSizeHint().width());
            legend->setMargins(legend->margins() + QMargins(0, 0, slack, 0));
        }
    }

private:
    static void clipToValueRange(QCPGraph* graph)
    {
        const QCPAxis* axis = graph->valueAxis();
        if (axis == nullptr)
            return;
        const QCPRange range = axis->range();
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const auto inside = [&](const QCPGraphData& p) { return p.value >= range.lower && p.value <= range.upper; };
        // The point where the segment from a to b crosses `edge`.
        const auto cross = [](const QCPGraphData& a, const QCPGraphData& b, double edge) {
            const double t = (edge - a.value) / (b.value - a.value);
            return QCPGraphData(a.key + t * (b.key - a.key), edge);
        };
        QVector<QCPGraphData> out;
        const auto gap = [&](double key) {
            if (!out.isEmpty() && !std::isnan(out.last().value))
                out.append(QCPGraphData(key, nan));
        };
        const auto extend = [&](const QCPGraphData& p) {
            if (out.isEmpty() || std::isnan(out.last().value) || out.last().key != p.key || out.last().value != p.value)
                out.append(p);
        };
        bool anyOutside = false;
        const QCPGraphData* previous = nullptr;
        for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it) {
            const QCPGraphData& p = *it;
            if (std::isnan(p.value)) {
                gap(p.key);
                previous = nullptr;
                continue;
            }
            anyOutside = anyOutside || !inside(p);
            if (!previous) {
                if (inside(p))
                    extend(p);
                previous = &p;
                continue;
            }
            // Liang-Barsky in the value direction only: keys are already the visible range.
            QCPGraphData a = *previous;
            QCPGraphData b = p;
            bool visible = true;
            if (a.value != b.value) {
                const double lo = std::min(a.value, b.value);
                const double hi = std::max(a.value, b.value);
                if (hi < range.lower || lo > range.upper) {
                    visible = false;
                } else {
                    const QCPGraphData from = a, to = b;
                    if (from.value < range.lower)
                        a = cross(from, to, range.lower);
                    else if (from.value > range.upper)
                        a = cross(from, to, range.upper);
                    if (to.value < range.lower)
                        b = cross(from, to, range.lower);
                    else if (to.value > range.upper)
                        b = cross(from, to, range.upper);
                }
            } else {
                visible = inside(a);
            }
            if (!visible) {
                gap(p.key);
            } else {
                if (!out.isEmpty() && !std::isnan(out.last().value)
                    && (out.last().key != a.key || out.last().value != a.value))
                    gap(a.key);
                extend(a);
                extend(b);
                if (b.key != p.key || b.value != p.value)
                    gap(p.key);
            }
            previous = &p;
        }
        if (anyOutside)
            graph->data()->set(out, true);
    }

    void setPanels(PlotPanels panels)
    {
        if (panels == PlotPanels::Both)
            return;
        QCustomPlot* plot = m_plot.customPlot();
        QCPAxisRect* keep = panels == PlotPanels::Function ? m_plot.valueRect() : m_plot.derivativeRect();
        QCPAxisRect* drop = panels == PlotPanels::Function ? m_plot.derivativeRect() : m_plot.valueRect();
        m_removedRow = panels == PlotPanels::Function ? 1 : 0;

        if (panels == PlotPanels::Function) {
            // The top panel's x axis is unlabelled while the bottom one shares it.
            QCPAxis* top = xAxisOf(keep);
            QCPAxis* bottom = xAxisOf(drop);
            top->setTickLabels(true);
            top->setPadding(bottom->padding());
            top->setLabel(bottom->label());
        } else if (QCPLegend* legend = plot->legend) {
            // The legend lives in the top panel; it follows the panel that stays.
            if (m_plot.valueRect()->insetLayout()->take(legend)) {
                m_plot.valueRect()->insetLayout()->simplify();
                keep->insetLayout()->addElement(legend, Qt::AlignTop | Qt::AlignLeft);
                keep->insetLayout()->setMargins(QMargins(8, 8, 8, 8));
            }
        }
        drop->setMarginGroup(QCP::msLeft | QCP::msRight, nullptr);
        drop->setVisible(false); // hides its axes, grid and graphs too: they are its children
        plot->plotLayout()->take(drop);
        plot->plotLayout()->simplify();
        m_removed = drop;
    }

    ActivationPlot m_plot;
    QCPAxisRect* m_removed = nullptr;
    int m_removedRow = 0;
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

// The painter gets the same device resolution as the screen, so that point-sized fonts keep
// their proportion to the plot; cosmetic (zero-width) pens become one logical pixel, which a
// viewer would otherwise draw as thin as the display allows at any zoom.
void paintVector(QCustomPlot* plot, QPaintDevice* device, const QSize& size)
{
    QCPPainter painter(device);
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNonCosmetic);
    painter.setWindow(QRect(QPoint(0, 0), size));
    plot->toPainter(&painter, size.width(), size.height());
    painter.end();
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
    FigurePlot figure(content, options, true);
    figure.prepareForUnclippedDevice();
    QByteArray svg;
    QBuffer buffer(&svg);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(options.size);
    generator.setViewBox(QRect(QPoint(0, 0), options.size));
    generator.setResolution(figure.customPlot()->logicalDpiY());
    generator.setTitle(u"Activation Explorer figure"_s);
    generator.setDescription(curveList(content.curves));
    paintVector(figure.customPlot(), &generator, options.size);
    svg = withGenericFontFamily(svg);
    if (device->write(svg) != svg.size())
        return u"cannot be written (%1)"_s.arg(device->errorString());
    return {};
}

QString writePdf(const FigureContent& content, const FigureOptions& options, QIODevice* device)
{
    FigurePlot figure(content, options, true);
    const int dpi = figure.customPlot()->logicalDpiY();
    QPdfWriter writer(device);
    writer.setCreator(u"Activation Explorer"_s);
    writer.setTitle(curveList(content.curves));
    writer.setResolution(dpi);
    const QSizeF points(options.size.width() * 72.0 / dpi, options.size.height() * 72.0 / dpi);
    const QPageLayout layout(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch),
        QPageLayout::Portrait, QMarginsF(0, 0, 0, 0));
    if (!writer.setPageLayout(layout))
        return u"the PDF writer refuses a %1×%2 pt page"_s.arg(points.width()).arg(points.height());
    paintVector(figure.customPlot(), &writer, options.size);
    return {};
}

} // namespace

QString panelsName(PlotPanels panels)
{
    switch (panels) {
    case PlotPanels::Function: return u"function"_s;
    case PlotPanels::Derivative: return u"derivative"_s;
    case PlotPanels::Both: break;
    }
    return u"both"_s;
}

std::optional<PlotPanels> parsePanels(const QString& name)
{
    for (PlotPanels p : {PlotPanels::Both, PlotPanels::Function, PlotPanels::Derivative}) {
        if (name == panelsName(p))
            return p;
    }
    return std::nullopt;
}

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

FigureContent figureContent(const ActivationPlot& plot)
{
    FigureContent content;
    content.curves = plot.curves();
    content.domain = plot.domain();
    content.dtype = plot.dtype();
    content.x = std::pair{plot.viewMin(), plot.viewMax()};
    const QCPRange f = yAxisOf(plot.valueRect())->range();
    const QCPRange df = yAxisOf(plot.derivativeRect())->range();
    content.yValue = std::pair{f.lower, f.upper};
    content.yDerivative = std::pair{df.lower, df.upper};
    return content;
}

QString figureWorkProblem(const FigureContent& content)
{
    const auto visible = static_cast<std::size_t>(
        std::count_if(content.curves.begin(), content.curves.end(), [](const Curve& c) { return c.visible; }));
    return QString::fromStdString(Core::workProblem(visible, content.domain.samples));
}

QImage renderFigure(const FigureContent& content, const FigureOptions& options)
{
    if (!figureWorkProblem(content).isEmpty())
        return {};
    // Deliberately looser than validateFigureOptions(): a preview renders a large page at a small
    // scale to show how the text will sit on it.
    const double pixels = options.size.width() * options.scale * options.size.height() * options.scale;
    if (options.size.width() < 1 || options.size.height() < 1 || !(options.scale > 0)
        || pixels > static_cast<double>(kMaxFigurePixels))
        return {};
    FigurePlot figure(content, options);
    return figure.customPlot()->toPixmap(options.size.width(), options.size.height(), options.scale).toImage();
}

QString writeFigure(const FigureContent& content, const FigureOptions& options, FigureFormat format, QIODevice* device)
{
    if (QString problem = validateFigureOptions(options); !problem.isEmpty())
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
    if (QString problem = figureWorkProblem(content); !problem.isEmpty())
        return {Model::FileError::Kind::BadInput, problem};
    return Model::writeFile(
        path, [&](QIODevice& device) { return writeFigure(content, options, *format, &device); });
}

Model::FileError writeImage(const QImage& image, const QString& path, int jpegQuality)
{
    const std::optional<FigureFormat> format = figureFormatForPath(path);
    if (!format || isVector(*format))
        return {Model::FileError::Kind::BadInput, u"unknown image type; accepted: .png, .jpg, .jpeg"_s};
    if (*format == FigureFormat::Jpeg && std::max(image.width(), image.height()) > kMaxJpegSide)
        return {Model::FileError::Kind::BadInput,
            u"a JPEG is at most %1 pixels a side; accepted: a smaller size, or .png"_s.arg(kMaxJpegSide)};
    return Model::writeFile(
        path, [&](QIODevice& device) { return encodeImage(image, *format, jpegQuality, &device); });
}

} // namespace Widgets
