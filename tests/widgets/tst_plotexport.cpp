// SPDX-License-Identifier: MIT
#include "activationplot.h"
#include "fileio.h"
#include "exportdialog.h"
#include "plotexport.h"

#include <qcustomplot.h>

#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <map>

using namespace Qt::StringLiterals;
using Widgets::FigureContent;
using Widgets::FigureFormat;
using Widgets::FigureOptions;
using Widgets::PlotPanels;
using Widgets::Theme;

namespace {

Widgets::Curve curve(std::string_view function, Core::Framework fw, std::initializer_list<std::string_view> params,
    QColor color, bool visible = true)
{
    Core::Activation a = Core::Activation::withDefaults(function, fw);
    for (std::string_view p : params)
        a.setParam(p);
    return Widgets::Curve{a, QString::fromUtf8(function.data(), qsizetype(function.size())), color, visible};
}

// The seed 000 figure's first three curves and a hidden one, each in its own colour.
FigureContent content()
{
    FigureContent c;
    c.curves = {curve("relu", Core::Framework::TfKeras, {}, QColor(0x00, 0x72, 0xb2)),
        curve("relu", Core::Framework::TfKeras, {"negative_slope=0.1", "threshold=2"}, QColor(0xd5, 0x5e, 0x00)),
        curve("leaky_relu", Core::Framework::TfKeras, {"alpha=0.5"}, QColor(0x00, 0x9e, 0x73)),
        curve("elu", Core::Framework::Keras, {}, QColor(0xcc, 0x79, 0xa7), false)};
    c.domain = {-5, 5, 201};
    return c;
}

struct SvgSummary {
    std::map<QString, int> strokes; // stroke colour -> drawn lines (path/polyline) with it
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
            QString stroke
                = attrs.hasAttribute(u"stroke"_s) ? attrs.value(u"stroke"_s).toString() : groupStrokes.last();
            if (xml.name() == u"g")
                groupStrokes.append(stroke);
            else if (xml.name() == u"path" || xml.name() == u"polyline")
                ++s.strokes[stroke.toLower()];
            else if (xml.name() == u"text")
                s.texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
        } else if (xml.isEndElement() && xml.name() == u"g") {
            groupStrokes.removeLast();
        }
    }
    if (xml.hasError())
        qWarning("SVG does not parse: %s", qPrintable(xml.errorString()));
    return s;
}

QByteArray svgOf(const FigureContent& c, const FigureOptions& o)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QString error = Widgets::writeFigure(c, o, FigureFormat::Svg, &buffer);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return bytes;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestPlotExport : public QObject {
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
        o.theme = Theme::Dark;
        const QImage dark = Widgets::renderFigure(content(), o);
        QVERIFY(dark.pixelColor(2, 2).lightness() < 60);
        o.theme = Theme::Light;
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
        const FigureContent c = content();
        for (const Widgets::Curve& curve : c.curves) {
            const int lines = s.strokes.contains(curve.color.name()) ? s.strokes.at(curve.color.name()) : 0;
            if (curve.visible)
                QVERIFY2(lines >= 2, qPrintable(u"%1: %2 lines"_s.arg(curve.name).arg(lines)));
            else
                QCOMPARE(lines, 0);
        }
        QVERIFY(s.texts.contains(u"f(x)"_s));
        QVERIFY(s.texts.contains(u"f\u2032(x)"_s));
        QVERIFY(s.texts.contains(u"x"_s));
        QVERIFY(s.texts.contains(u"relu"_s)); // the legend
    }

    // QSvgGenerator ignores clipping: in a zoomed view no curve may be drawn outside its panel.
    void shouldKeepZoomedCurvesInsideTheirPanelsInSvg()
    {
        FigureContent c = content();
        c.x = std::pair{-1.0, 3.0};
        c.yValue = std::pair{-0.25, 1.0};
        c.yDerivative = std::pair{0.2, 0.8};
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
        for (const Widgets::Curve& curve : c.curves)
            colors << curve.color.name();
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
        QTest::addColumn<PlotPanels>("panels");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("hidden");
        QTest::newRow("function") << PlotPanels::Function << u"f(x)"_s << u"f\u2032(x)"_s;
        QTest::newRow("derivative") << PlotPanels::Derivative << u"f\u2032(x)"_s << u"f(x)"_s;
    }
    void shouldExportOnePanel()
    {
        QFETCH(PlotPanels, panels);
        QFETCH(QString, shown);
        QFETCH(QString, hidden);
        FigureOptions o;
        o.size = QSize(800, 500);
        o.panels = panels;
        const SvgSummary s = summarizeSvg(svgOf(content(), o));
        QVERIFY(s.texts.contains(shown));
        QVERIFY(!s.texts.contains(hidden));
        QVERIFY(s.texts.contains(u"x"_s));          // the x axis is labelled in either panel
        QVERIFY(s.texts.contains(u"leaky_relu"_s)); // and the legend stays
        for (const Widgets::Curve& curve : content().curves) {
            if (curve.visible)
                QVERIFY(s.strokes.contains(curve.color.name()) && s.strokes.at(curve.color.name()) >= 1);
        }
        // One panel fills the page: the raster has as many drawn rows as the page.
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
        o.theme = Theme::Dark;
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
        QVERIFY(Widgets::writeFigure(content(), o, path).message.contains(u"width 50 is out of range"_s));
        o.size = QSize(800, 600);
        o.scale = 9;
        QVERIFY(Widgets::writeFigure(content(), o, path).message.contains(u"scale 9 is out of range"_s));
        o.size = QSize(10000, 10000);
        o.scale = 2;
        QVERIFY(Widgets::writeFigure(content(), o, path).message.contains(u"megapixels"_s));
        QCOMPARE(readAll(path), QByteArray("old"));

        QVERIFY(Widgets::writeFigure(content(), FigureOptions{}, dir.filePath(u"figure.gif"_s)).message.contains(u"unknown file type"_s));
        const QString missing = dir.filePath(u"no/such/dir/figure.svg"_s);
        QVERIFY(Widgets::writeFigure(content(), FigureOptions{}, missing).message.contains(u"cannot be written"_s));
        QVERIFY(!QFile::exists(missing));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"figure.png"_s}); // no temporary files
    }

    void shouldLeaveTheScreenPlotAlone()
    {
        Widgets::ActivationPlot plot;
        plot.resize(700, 500);
        plot.setCurves(content().curves);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        QCoreApplication::processEvents();
        const QRect viewport = plot.customPlot()->viewport();
        QCPAxis* x = plot.valueRect()->axis(QCPAxis::atBottom);
        x->setRange(-1, 3); // a zoomed view

        const FigureContent c = Widgets::figureContent(plot);
        QVERIFY(c.x == std::pair(-1.0, 3.0));
        QVERIFY(c.yValue && c.yDerivative);
        FigureOptions o;
        o.size = QSize(1000, 800);
        const QImage image = Widgets::renderFigure(c, o);
        QCOMPARE(image.size(), QSize(1000, 800));
        QCOMPARE(plot.customPlot()->viewport(), viewport);
        QCOMPARE(plot.viewMin(), -1.0);
        QCOMPARE(plot.viewMax(), 3.0);
        QCOMPARE(plot.valueGraph(0)->keyAxis()->range().upper, 3.0);
    }

    void shouldKnowFormatsByTheirSuffix()
    {
        QVERIFY(Widgets::figureFormatForPath(u"a/b.PNG"_s) == FigureFormat::Png);
        QVERIFY(Widgets::figureFormatForPath(u"b.jpeg"_s) == FigureFormat::Jpeg);
        QVERIFY(Widgets::figureFormatForPath(u"b.jpg"_s) == FigureFormat::Jpeg);
        QVERIFY(Widgets::figureFormatForPath(u"b.svg"_s) == FigureFormat::Svg);
        QVERIFY(Widgets::figureFormatForPath(u"b.pdf"_s) == FigureFormat::Pdf);
        QVERIFY(!Widgets::figureFormatForPath(u"b.tiff"_s));
        QVERIFY(Widgets::parsePanels(u"derivative"_s) == PlotPanels::Derivative);
        QVERIFY(!Widgets::parsePanels(u"left"_s));
    }

    void shouldOfferTheRememberedChoiceInTheDialog()
    {
        FigureOptions remembered;
        remembered.size = QSize(1600, 900);
        remembered.scale = 2;
        remembered.theme = Theme::Dark;
        remembered.panels = PlotPanels::Function;
        Widgets::ExportDialog dialog(content(), remembered, u"/tmp/fig.svg"_s);
        QVERIFY(dialog.options() == remembered);
        QVERIFY(dialog.format() == FigureFormat::Svg);
        auto* scale = dialog.findChild<QDoubleSpinBox*>(u"exportScaleSpin"_s);
        QVERIFY(!scale->isEnabled()); // vector
        auto* pixels = dialog.findChild<QLabel*>(u"exportPixelsLabel"_s);
        QVERIFY(pixels->text().contains(u"vector"_s));
        QVERIFY(dialog.problem().isEmpty());

        // Choosing PNG renames the file and turns the scale on.
        auto* format = dialog.findChild<QComboBox*>(u"exportFormatCombo"_s);
        format->setCurrentIndex(format->findData(static_cast<int>(FigureFormat::Png)));
        QCOMPARE(dialog.path(), u"/tmp/fig.png"_s);
        QVERIFY(scale->isEnabled());
        QVERIFY(pixels->text().contains(u"3200 × 1800"_s));
        QVERIFY(pixels->text().contains(u"192 dpi"_s));

        // Typing a file name picks its format.
        auto* path = dialog.findChild<QLineEdit*>(u"exportPathEdit"_s);
        path->clear();
        QTest::keyClicks(path, u"/tmp/out.pdf"_s);
        QVERIFY(dialog.format() == FigureFormat::Pdf);

        // The size follows the spin boxes; "Use plot size" takes the plot's.
        auto* width = dialog.findChild<QSpinBox*>(u"exportWidthSpin"_s);
        width->selectAll();
        QTest::keyClicks(width, u"800"_s);
        QCOMPARE(dialog.options().size, QSize(800, 900));
        dialog.setPlotSize(QSize(731, 512));
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"exportPlotSizeButton"_s), Qt::LeftButton);
        QCOMPARE(dialog.options().size, QSize(731, 512));

        // No file, or an unknown type: Export is disabled, with the reason.
        path->clear();
        QVERIFY(!dialog.problem().isEmpty());
        QTest::keyClicks(path, u"/tmp/out.gif"_s);
        QVERIFY(dialog.problem().contains(u".png"_s));

        auto* preview = dialog.findChild<QLabel*>(u"exportPreview"_s);
        QVERIFY(!preview->pixmap().isNull());
    }
};

QTEST_MAIN(TestPlotExport)
#include "tst_plotexport.moc"
