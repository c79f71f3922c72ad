// SPDX-License-Identifier: MIT
// Figures: raster, SVG and PDF files of a session's curves, drawn by a scene of their own.
#include "activationplot.h"
#include "explorerdocument.h"
#include "exportdialog.h"
#include "figure.h"
#include "fileio.h"
#include "widgetlookup.h"

#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <map>

using namespace Qt::StringLiterals;
using Widgets::FigureContent;
using Widgets::FigureFormat;
using Widgets::FigureOptions;
using Widgets::Panel;

namespace {

Model::Curve curve(std::string_view function, Core::Framework fw, std::initializer_list<std::string_view> params,
    Model::Rgba color, bool visible = true)
{
    Core::Activation a = Core::Activation::withDefaults(function, fw);
    for (std::string_view p : params)
        a.setParam(p);
    return Model::Curve{a, QString::fromUtf8(function.data(), qsizetype(function.size())), color, visible, false, Model::LineStyle::Auto, 0};
}

QString colorName(const Model::Curve& curve) { return QColor::fromRgba(curve.color).name(); }

// The seed 000 figure's first three curves and a hidden one, each in its own colour.
FigureContent content()
{
    FigureContent c;
    c.curves = {curve("relu", Core::Framework::TfKeras, {}, 0xff0072b2),
        curve("relu", Core::Framework::TfKeras, {"negative_slope=0.1", "threshold=2"}, 0xffd55e00),
        curve("leaky_relu", Core::Framework::TfKeras, {"alpha=0.5"}, 0xff009e73),
        curve("elu", Core::Framework::Keras, {}, 0xffcc79a7, false)};
    c.domain = {-5, 5, 201};
    return c;
}

struct SvgSummary {
    std::map<QString, int> strokes;    // stroke colour -> drawn lines (path/polyline) with it
    std::map<QString, int> linePoints; // stroke colour -> points of its polylines
    QStringList texts;
};

SvgSummary summarizeSvg(const QByteArray& svg)
{
    SvgSummary s;
    QXmlStreamReader xml(svg);
    QStringList groupStrokes{QString()};
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto attrs = xml.attributes();
            const QString stroke
                = (attrs.hasAttribute(u"stroke"_s) ? attrs.value(u"stroke"_s).toString() : groupStrokes.last())
                      .toLower();
            if (xml.name() == u"g") {
                groupStrokes.append(stroke);
            } else if (xml.name() == u"path" || xml.name() == u"polyline") {
                ++s.strokes[stroke];
                if (xml.name() == u"polyline")
                    s.linePoints[stroke] += int(attrs.value(u"points"_s).toString().simplified().split(u' ').size());
            } else if (xml.name() == u"text") {
                s.texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
            }
        } else if (xml.isEndElement() && xml.name() == u"g") {
            groupStrokes.removeLast();
        }
    }
    if (xml.hasError())
        qWarning("SVG does not parse: %s", qPrintable(xml.errorString()));
    return s;
}

QByteArray write(const FigureContent& c, const FigureOptions& o, FigureFormat format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QString error = Widgets::writeFigure(c, o, format, &buffer);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return bytes;
}

QByteArray svgOf(const FigureContent& c, const FigureOptions& o) { return write(c, o, FigureFormat::Svg); }

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Equal point for point, bit for bit (a NaN gap equals a NaN gap).
bool sameLine(const QVector<QPointF>& a, const QVector<QPointF>& b)
{
    const auto bits = [](double v) { return std::bit_cast<std::uint64_t>(v); };
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [&](const QPointF& p, const QPointF& q) {
        return bits(p.x()) == bits(q.x()) && bits(p.y()) == bits(q.y());
    });
}

void sendMouse(QWidget* target, QEvent::Type type, QPointF pos, Qt::MouseButton button, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, pos, target->mapToGlobal(pos), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(target, &event);
}

} // namespace

class TestFigure : public QObject {
    Q_OBJECT
private slots:
    void shouldWriteRasterImagesOfSizeTimesScale_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("scale");
        QTest::newRow("png 1x") << u"png"_s << QSize(640, 480) << 1.0;
        QTest::newRow("png 2x") << u"png"_s << QSize(1200, 800) << 2.0;
        QTest::newRow("png 2.5x odd") << u"png"_s << QSize(301, 203) << 2.5;
        QTest::newRow("png 0.5x") << u"png"_s << QSize(800, 600) << 0.5;
        QTest::newRow("jpg 1x") << u"jpg"_s << QSize(640, 480) << 1.0;
        QTest::newRow("jpeg 3x") << u"jpeg"_s << QSize(400, 300) << 3.0;
    }
    void shouldWriteRasterImagesOfSizeTimesScale()
    {
        QFETCH(QString, suffix);
        QFETCH(QSize, size);
        QFETCH(double, scale);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"figure."_s + suffix);
        FigureOptions o;
        o.size = size;
        o.scale = scale;
        QVERIFY(!Widgets::writeFigure(content(), o, path));
        QImageReader reader(path);
        QCOMPARE(reader.format(), suffix == u"png" ? QByteArray("png") : QByteArray("jpeg"));
        const QImage image = reader.read();
        QCOMPARE(image.size(), QSize(qRound(size.width() * scale), qRound(size.height() * scale)));
        if (suffix == u"png") // JPEG stores dots per inch, rounded
            QCOMPARE(image.dotsPerMeterX(), qRound(96 * scale / 0.0254));
        // The curves are drawn: the first one's blue appears.
        bool blue = false;
        for (int y = 0; y < image.height() && !blue; y += 2)
            for (int x = 0; x < image.width() && !blue; x += 2)
                blue = image.pixelColor(x, y).blue() > 150 && image.pixelColor(x, y).red() < 60;
        QVERIFY(blue);
    }

    void shouldRenderTheChosenTheme()
    {
        FigureOptions o;
        o.size = QSize(400, 300);
        o.theme = Model::Theme::Dark;
        const QImage dark = Widgets::renderFigure(content(), o);
        QCOMPARE(dark.size(), QSize(400, 300));
        QVERIFY(dark.pixelColor(2, 2).lightness() < 60);
        o.theme = Model::Theme::Light;
        const QImage light = Widgets::renderFigure(content(), o);
        QVERIFY(light.pixelColor(2, 2).lightness() > 240);
    }

    void shouldWriteSvgWithALinePerCurvePerPanel()
    {
        FigureOptions o;
        o.size = QSize(900, 700);
        const QByteArray svg = svgOf(content(), o);
        QVERIFY(svg.startsWith("<?xml"));
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QCOMPARE(renderer.viewBox(), QRect(0, 0, 900, 700));

        const SvgSummary s = summarizeSvg(svg);
        for (const Model::Curve& curve : content().curves) {
            const QString color = colorName(curve);
            const int lines = s.strokes.contains(color) ? s.strokes.at(color) : 0;
            if (curve.visible)
                QVERIFY2(lines >= 2, qPrintable(u"%1: %2 lines"_s.arg(curve.name).arg(lines)));
            else
                QCOMPARE(lines, 0);
        }
        QVERIFY(s.texts.contains(u"f(x)"_s));
        QVERIFY(s.texts.contains(u"f\u2032(x)"_s));
        QVERIFY(s.texts.contains(u"x"_s));
        QVERIFY(s.texts.contains(u"relu"_s)); // the legend
        QVERIFY(s.texts.contains(u"leaky_relu"_s));
        QVERIFY(!s.texts.contains(u"elu"_s)); // hidden: not in the legend either
    }

    // A figure is sampled at the domain's full count over the visible range, however few pixels
    // the screen has.
    void shouldDrawEveryDomainSampleInAFigure()
    {
        FigureContent c;
        c.curves = {curve("elu", Core::Framework::PyTorch, {}, 0xffcc79a7)};
        c.domain = {-5, 5, 1001};
        FigureOptions o;
        o.size = QSize(400, 300); // far fewer pixels than samples
        o.panels = Model::Panels::Function;
        const QString color = colorName(c.curves.front());
        // ELU is smooth: one polyline over every sample (and a short one for the legend).
        SvgSummary s = summarizeSvg(svgOf(c, o));
        QVERIFY2(s.linePoints[color] >= 1001 && s.linePoints[color] <= 1001 + 4,
            qPrintable(QString::number(s.linePoints[color])));

        // Zoomed in, the visible range at the same count.
        c.view.x = std::pair{0.0, 1.0};
        c.view.f = std::pair{-0.5, 2.0};
        s = summarizeSvg(svgOf(c, o));
        QVERIFY2(s.linePoints[color] >= 1001 && s.linePoints[color] <= 1001 + 6,
            qPrintable(QString::number(s.linePoints[color])));
    }

    // QSvgGenerator ignores clipping: in a zoomed view no curve may be drawn outside its panel.
    void shouldKeepZoomedCurvesInsideTheirPanelsInSvg()
    {
        FigureContent c = content();
        c.view.x = std::pair{-1.0, 3.0};
        c.view.f = std::pair{-0.25, 1.0};
        c.view.df = std::pair{0.2, 0.8};
        FigureOptions o;
        o.size = QSize(800, 600);
        const QByteArray svg = svgOf(c, o);
        QXmlStreamReader xml(svg);
        QStringList strokes{QString()};
        // Bounds of the panels' axes and of everything drawn in a curve's colour.
        struct Bounds {
            double left = 1e300, top = 1e300, right = -1e300, bottom = -1e300;
            void add(const QPointF& p)
            {
                left = std::min(left, p.x());
                right = std::max(right, p.x());
                top = std::min(top, p.y());
                bottom = std::max(bottom, p.y());
            }
            bool empty() const { return left > right; }
        } frame, curves;
        const QString axis = u"#5f6368"_s;
        QStringList colors;
        for (const Model::Curve& curve : c.curves)
            colors << colorName(curve);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto a = xml.attributes();
                const QString stroke
                    = a.hasAttribute(u"stroke"_s) ? a.value(u"stroke"_s).toString().toLower() : strokes.last();
                if (xml.name() == u"g") {
                    strokes.append(stroke);
                } else if (xml.name() == u"polyline" && a.value(u"points"_s).count(u' ') >= 2) {
                    for (const auto& point : a.value(u"points"_s).toString().simplified().split(u' ')) {
                        const QPointF p(point.section(u',', 0, 0).toDouble(), point.section(u',', 1, 1).toDouble());
                        if (stroke == axis)
                            frame.add(p);
                        else if (colors.contains(stroke))
                            curves.add(p);
                    }
                }
            } else if (xml.isEndElement() && xml.name() == u"g") {
                strokes.removeLast();
            }
        }
        QVERIFY(!curves.empty() && !frame.empty());
        QVERIFY2(curves.left >= frame.left - 1 && curves.right <= frame.right + 1 && curves.top >= frame.top - 1
                && curves.bottom <= frame.bottom + 1,
            qPrintable(u"curves x %1..%2 y %3..%4, frame x %5..%6 y %7..%8"_s.arg(curves.left)
                           .arg(curves.right)
                           .arg(curves.top)
                           .arg(curves.bottom)
                           .arg(frame.left)
                           .arg(frame.right)
                           .arg(frame.top)
                           .arg(frame.bottom)));
    }

    void shouldExportOnePanel_data()
    {
        QTest::addColumn<int>("panels");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("hidden");
        QTest::newRow("function") << int(Model::Panels::Function) << u"f(x)"_s << u"f\u2032(x)"_s;
        QTest::newRow("derivative") << int(Model::Panels::Derivative) << u"f\u2032(x)"_s << u"f(x)"_s;
    }
    void shouldExportOnePanel()
    {
        QFETCH(int, panels);
        QFETCH(QString, shown);
        QFETCH(QString, hidden);
        FigureOptions o;
        o.size = QSize(800, 500);
        o.panels = Model::Panels(panels);
        const SvgSummary s = summarizeSvg(svgOf(content(), o));
        QVERIFY(s.texts.contains(shown));
        QVERIFY(!s.texts.contains(hidden));
        QVERIFY(s.texts.contains(u"x"_s));          // the x axis is labelled in either panel
        QVERIFY(s.texts.contains(u"leaky_relu"_s)); // and the legend stays
        for (const Model::Curve& curve : content().curves) {
            if (curve.visible)
                QVERIFY(s.strokes.contains(colorName(curve)) && s.strokes.at(colorName(curve)) >= 1);
        }
        // One panel fills the page.
        const QImage image = Widgets::renderFigure(content(), o);
        QCOMPARE(image.size(), QSize(800, 500));
    }

    void shouldWriteAValidPdf()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"figure.pdf"_s);
        FigureOptions o;
        o.size = QSize(960, 720);
        o.scale = 3; // no effect on a vector page
        o.theme = Model::Theme::Dark;
        QVERIFY(!Widgets::writeFigure(content(), o, path));
        const QByteArray pdf = readAll(path);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        // 960 × 720 logical pixels at 96 dpi: a 10 × 7.5 inch page, 720 × 540 points.
        const QRegularExpressionMatch box
            = QRegularExpression(u"/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"_s).match(QString::fromLatin1(pdf));
        QVERIFY(box.hasMatch());
        QCOMPARE(qRound(box.captured(1).toDouble()), 720);
        QCOMPARE(qRound(box.captured(2).toDouble()), 540);
    }

    void shouldRefuseBadOptionsAndKeepTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"figure.png"_s);
        QVERIFY(!Model::writeFile(path, QByteArray("old")));

        FigureOptions o;
        o.size = QSize(50, 800);
        Model::FileError error = Widgets::writeFigure(content(), o, path);
        QCOMPARE(error.kind, Model::FileError::Kind::BadInput);
        QVERIFY2(error.message.contains(u"width 50 is out of range"_s), qPrintable(error.message));
        o.size = QSize(800, 600);
        o.scale = 9;
        QVERIFY(Widgets::writeFigure(content(), o, path).message.contains(u"scale 9 is out of range"_s));
        o.size = QSize(10000, 10000);
        o.scale = 2;
        QVERIFY(Widgets::writeFigure(content(), o, path).message.contains(u"megapixels"_s));
        QCOMPARE(readAll(path), QByteArray("old"));

        QVERIFY(Widgets::writeFigure(content(), FigureOptions{}, dir.filePath(u"figure.gif"_s))
                    .message.contains(u"unknown file type"_s));
        const QString missing = dir.filePath(u"no/such/dir/figure.svg"_s);
        QVERIFY(Widgets::writeFigure(content(), FigureOptions{}, missing).message.contains(u"cannot be written"_s));
        QVERIFY(!QFile::exists(missing));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"figure.png"_s}); // no temporary files
    }

    // More points than a figure may hold: refused before anything is drawn or written.
    void shouldRefuseTooMuchWork()
    {
        FigureContent c = content();
        c.domain.samples = Core::kMaxTotalSamples / 2; // three visible curves: 1.5 × the limit
        QVERIFY(!Widgets::figureWorkProblem(c).isEmpty());
        FigureOptions o;
        o.size = QSize(400, 300);
        QVERIFY(Widgets::renderFigure(c, o).isNull());
        QTemporaryDir dir;
        const QString path = dir.filePath(u"figure.png"_s);
        const Model::FileError error = Widgets::writeFigure(c, o, path);
        QCOMPARE(error.kind, Model::FileError::Kind::BadInput);
        QVERIFY(!QFile::exists(path));
        // Hidden curves cost nothing.
        for (qsizetype i = 1; i < c.curves.size(); ++i)
            c.curves[i].visible = false;
        QVERIFY(Widgets::figureWorkProblem(c).isEmpty());
    }

    void shouldTakeTheContentFromASession()
    {
        Model::Session session;
        session.curves = content().curves;
        session.domain = {-2, 7, 333};
        session.dtype = Core::DType::Float32;
        session.view.x = std::pair{-1.0, 1.0};
        session.view.df = std::pair{0.0, 2.0};
        session.theme = Model::Theme::Dark; // the theme and the panels are figure options
        const FigureContent c = Widgets::figureContent(session);
        QCOMPARE(c.curves.size(), session.curves.size());
        QCOMPARE(c.curves.at(1).name, session.curves.at(1).name);
        QCOMPARE(c.curves.at(1).color, session.curves.at(1).color);
        QCOMPARE(c.curves.at(3).visible, false);
        QCOMPARE(c.domain.min, -2.0);
        QCOMPARE(c.domain.samples, std::size_t(333));
        QCOMPARE(c.dtype, Core::DType::Float32);
        QVERIFY(c.view == session.view);
    }

    void shouldWriteImagesByTheirSuffix()
    {
        QTemporaryDir dir;
        QImage image(120, 80, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QVERIFY(!Widgets::writeImage(image, dir.filePath(u"a.png"_s)));
        QCOMPARE(QImage(dir.filePath(u"a.png"_s)).size(), QSize(120, 80));
        QVERIFY(!Widgets::writeImage(image, dir.filePath(u"a.jpg"_s), 80));
        QCOMPARE(QImageReader(dir.filePath(u"a.jpg"_s)).format(), QByteArray("jpeg"));
        const Model::FileError error = Widgets::writeImage(image, dir.filePath(u"a.svg"_s));
        QCOMPARE(error.kind, Model::FileError::Kind::BadInput);
        QVERIFY(!QFile::exists(dir.filePath(u"a.svg"_s)));
    }

    // Exporting never touches the plot on screen: its view, its data, its layout and its look.
    void shouldLeaveTheScreenPlotAlone()
    {
        // GIVEN the plot on screen showing a document, zoomed by the user
        Model::ExplorerDocument document;
        Model::Session session = document.snapshot();
        session.curves = content().curves;
        session.domain = content().domain;
        document.assign(session);
        Widgets::ActivationPlot plot;
        plot.resize(700, 500);
        plot.setDocument(&document);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        Widgets::PlotScene* scene = plot.scene();
        scene->replotNow();
        QCoreApplication::processEvents();
        QWidget* customPlot = TestLib::child<QWidget>(&plot, u"customPlot"_s);
        const QPoint from = scene->panelRect(Panel::Function).center();
        sendMouse(customPlot, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
        sendMouse(customPlot, QEvent::MouseMove, from + QPoint(-60, 25), Qt::NoButton, Qt::LeftButton);
        sendMouse(customPlot, QEvent::MouseButtonRelease, from + QPoint(-60, 25), Qt::LeftButton, Qt::NoButton);
        const Model::ViewRanges view = document.view();
        QVERIFY(view.x && view.f && view.df);
        QVERIFY(view.x->first > -5.0);
        scene->replotNow();

        const Model::ViewRanges shown = scene->shownView();
        const Widgets::PanelPoints function = scene->points(0, Panel::Function);
        const Widgets::PanelPoints derivative = scene->points(1, Panel::Derivative);
        const QRect functionRect = scene->panelRect(Panel::Function);
        const QRect derivativeRect = scene->panelRect(Panel::Derivative);
        const Core::Domain sampled = scene->sampledDomain();
        const QStringList legend = scene->legend();
        const QImage screen = customPlot->grab().toImage();

        // WHEN the document's figure is rendered and written, at another size, theme and panels
        const FigureContent c = Widgets::figureContent(document.snapshot());
        QVERIFY(c.view == view);
        FigureOptions o;
        o.size = QSize(1000, 800);
        o.theme = Model::Theme::Dark;
        o.panels = Model::Panels::Derivative;
        const QImage image = Widgets::renderFigure(c, o);
        QCOMPARE(image.size(), QSize(1000, 800));
        QVERIFY(image.pixelColor(2, 2).lightness() < 60);
        QVERIFY(write(c, o, FigureFormat::Svg).startsWith("<?xml"));
        QVERIFY(write(c, o, FigureFormat::Pdf).startsWith("%PDF-"));
        QCoreApplication::processEvents();
        scene->replotNow();

        // THEN the screen plot is exactly as it was
        QVERIFY(scene->shownView() == shown);
        QVERIFY(scene->view() == view);
        QVERIFY(document.view() == view);
        QVERIFY(!function.line.isEmpty() && !derivative.line.isEmpty());
        QVERIFY(sameLine(scene->points(0, Panel::Function).line, function.line));
        QVERIFY(sameLine(scene->points(0, Panel::Function).open, function.open));
        QVERIFY(sameLine(scene->points(1, Panel::Derivative).line, derivative.line));
        QVERIFY(sameLine(scene->points(1, Panel::Derivative).filled, derivative.filled));
        QCOMPARE(scene->panelRect(Panel::Function), functionRect);
        QCOMPARE(scene->panelRect(Panel::Derivative), derivativeRect);
        QCOMPARE(scene->sampledDomain().min, sampled.min);
        QCOMPARE(scene->sampledDomain().samples, sampled.samples);
        QCOMPARE(scene->legend(), legend);
        QCOMPARE(scene->theme(), Model::Theme::Light);
        QVERIFY(scene->hasPanel(Panel::Function) && scene->hasPanel(Panel::Derivative));
        QCOMPARE(customPlot->grab().toImage(), screen);
    }

    void shouldKnowFormatsByTheirSuffix()
    {
        QVERIFY(Widgets::figureFormatForPath(u"a/b.PNG"_s) == FigureFormat::Png);
        QVERIFY(Widgets::figureFormatForPath(u"b.jpeg"_s) == FigureFormat::Jpeg);
        QVERIFY(Widgets::figureFormatForPath(u"b.jpg"_s) == FigureFormat::Jpeg);
        QVERIFY(Widgets::figureFormatForPath(u"b.svg"_s) == FigureFormat::Svg);
        QVERIFY(Widgets::figureFormatForPath(u"b.pdf"_s) == FigureFormat::Pdf);
        QVERIFY(!Widgets::figureFormatForPath(u"b.tiff"_s));
        QCOMPARE(Widgets::figureFormatSuffix(FigureFormat::Jpeg), u"jpg"_s);
        QVERIFY(Widgets::isVector(FigureFormat::Pdf) && !Widgets::isVector(FigureFormat::Png));
        QVERIFY(Model::parsePanels(u"derivative"_s) == Model::Panels::Derivative);
        QVERIFY(!Model::parsePanels(u"left"_s));
    }

    void shouldOfferTheRememberedChoiceInTheDialog()
    {
        FigureOptions remembered;
        remembered.size = QSize(1600, 900);
        remembered.scale = 2;
        remembered.theme = Model::Theme::Dark;
        remembered.panels = Model::Panels::Function;
        Widgets::ExportDialog dialog(content(), remembered, u"/tmp/fig.svg"_s);
        QVERIFY(dialog.options() == remembered);
        QVERIFY(dialog.format() == FigureFormat::Svg);
        auto* scale = TestLib::child<QDoubleSpinBox>(&dialog, u"exportScaleSpin"_s);
        QVERIFY(!scale->isEnabled()); // vector
        auto* pixels = TestLib::child<QLabel>(&dialog, u"exportPixelsLabel"_s);
        QVERIFY(pixels->text().contains(u"vector"_s));
        QVERIFY(dialog.problem().isEmpty());

        // Choosing PNG renames the file and turns the scale on.
        auto* format = TestLib::child<QComboBox>(&dialog, u"exportFormatCombo"_s);
        format->setCurrentIndex(format->findData(static_cast<int>(FigureFormat::Png)));
        QCOMPARE(dialog.path(), u"/tmp/fig.png"_s);
        QVERIFY(scale->isEnabled());
        QVERIFY(pixels->text().contains(u"3200 × 1800"_s));
        QVERIFY(pixels->text().contains(u"192 dpi"_s));

        // Typing a file name picks its format.
        auto* path = TestLib::child<QLineEdit>(&dialog, u"exportPathEdit"_s);
        path->clear();
        QTest::keyClicks(path, u"/tmp/out.pdf"_s);
        QVERIFY(dialog.format() == FigureFormat::Pdf);

        // The size follows the spin boxes; "Use plot size" takes the plot's.
        auto* width = TestLib::child<QSpinBox>(&dialog, u"exportWidthSpin"_s);
        width->selectAll();
        QTest::keyClicks(width, u"800"_s);
        QCOMPARE(dialog.options().size, QSize(800, 900));
        dialog.setPlotSize(QSize(731, 512));
        QTest::mouseClick(TestLib::child<QPushButton>(&dialog, u"exportPlotSizeButton"_s), Qt::LeftButton);
        QCOMPARE(dialog.options().size, QSize(731, 512));

        // No file, or an unknown type: Export is disabled, with the reason.
        path->clear();
        QVERIFY(!dialog.problem().isEmpty());
        QTest::keyClicks(path, u"/tmp/out.gif"_s);
        QVERIFY(dialog.problem().contains(u".png"_s));

        auto* preview = TestLib::child<QLabel>(&dialog, u"exportPreview"_s);
        QTRY_VERIFY(!preview->pixmap().isNull());
    }
};

QTEST_MAIN(TestFigure)
#include "tst_figure.moc"
