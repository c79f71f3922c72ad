// SPDX-License-Identifier: MIT
// The distribution lens's views (issue #12): the Distribution panel drives the document's lens, and
// the statistics table, the Depth view and the plot's band follow it.
#include "activationplot.h"
#include "depthview.h"
#include "distributionpanel.h"
#include "documentlib.h"
#include "figure.h"
#include "parametereditor.h"
#include "plotscene.h"
#include "statisticstable.h"
#include "widgetlookup.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;
using Core::Activation;
using Core::Framework;
using TestLib::child;

namespace {

Activation relu() { return Activation::withDefaults("relu", Framework::Keras); }
Activation make(const char* function, Framework fw, const char* param = nullptr)
{
    Activation a = Activation::withDefaults(function, fw);
    if (param)
        a.setParam(param);
    return a;
}

// A document with the curves, and the three lens views bound to it.
struct Lens {
    Model::ExplorerDocument document;
    Widgets::DistributionPanel panel;
    Widgets::StatisticsTable table;
    Widgets::DepthView depth;
    explicit Lens(std::initializer_list<Activation> curves)
    {
        TestLib::showCurves(document, curves);
        panel.setDocument(&document);
        table.setDocument(&document);
        depth.setDocument(&document);
        panel.show();
    }
};

} // namespace

class TestLensViews : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QApplication::setStyle(u"Fusion"_s); }

    void shouldShowTheKnownMomentsOfReluUnderTheStandardNormal()
    {
        // GIVEN ReLU and LeakyReLU(0.3) under N(0, 1)
        Lens v{relu(), make("leaky_relu", Framework::Keras)};
        v.table.refresh();
        // THEN the table has their exact statistics
        QCOMPARE(v.table.shown().size(), 2);
        const Core::ActivationStatistics& r = v.table.shown()[0];
        QVERIFY(std::abs(r.deadFraction - 0.5) < 1e-9);
        QVERIFY(std::abs(r.mean - 1 / std::sqrt(2 * std::numbers::pi)) < 1e-9);
        QVERIFY(std::abs(r.secondMoment - 0.5) < 1e-9);
        QVERIFY(std::abs(r.gain - std::sqrt(2.0)) < 1e-9);
        QVERIFY(std::abs(v.table.shown()[1].secondMoment - (1 + 0.3 * 0.3) / 2) < 1e-9);
        QCOMPARE(v.table.table()->item(0, Widgets::StatisticsTable::Dead)->text(), u"50.0%"_s);
        QCOMPARE(v.table.table()->item(0, Widgets::StatisticsTable::PytorchGain)->text(), u"1.4142"_s);
        QVERIFY(child<QLabel>(&v.table, u"statisticsCaption"_s)->text().contains(u"normal"_s));
    }

    void shouldFollowTheSigmaSliderWhileItIsDragged()
    {
        // GIVEN ReLU under N(0, 1)
        Lens v{relu()};
        auto* slider = child<QSlider>(&v.panel, u"sigmaSlider"_s);
        auto* editor = v.panel.editors().at(1);
        // WHEN the user drags sigma to 2
        slider->setSliderDown(true);
        slider->setSliderPosition(editor->tickFor(2.0));
        slider->setSliderDown(false);
        // THEN the document's input is N(0, 2) and the table says E[relu(x)^2] = sigma^2 / 2 = 2
        QCOMPARE(v.document.lens().input.params(), (std::vector<double>{0, 2}));
        v.table.refresh();
        QVERIFY(std::abs(v.table.shown()[0].secondMoment - 2.0) < 1e-9);
        QVERIFY(std::abs(v.table.shown()[0].deadFraction - 0.5) < 1e-9);
        // AND moving the mean moves the dead fraction: P(x <= 0) for N(1, 2) is Phi(-1/2)
        auto* mu = child<QSlider>(&v.panel, u"muSlider"_s);
        mu->setSliderPosition(v.panel.editors().at(0)->tickFor(1.0));
        v.table.refresh();
        QVERIFY(std::abs(v.table.shown()[0].deadFraction - 0.5 * std::erfc(0.5 / std::sqrt(2.0))) < 1e-9);
    }

    void shouldSwitchToAUniformInputAndRefuseAnEmptyInterval()
    {
        Lens v{relu()};
        auto* kind = child<QComboBox>(&v.panel, u"lensKindCombo"_s);
        // WHEN the user picks Uniform
        kind->setCurrentIndex(1);
        emit kind->activated(1);
        // THEN the input is uniform(-1, 1) with editors for a and b
        QVERIFY(v.document.lens().input.kind() == Core::DistributionKind::Uniform);
        QVERIFY(v.panel.findChild<QSlider*>(u"aSlider"_s));
        QVERIFY(v.panel.findChild<QSlider*>(u"bSlider"_s));
        v.table.refresh();
        QVERIFY(std::abs(v.table.shown()[0].secondMoment - 1.0 / 6.0) < 1e-9); // E[relu(x)^2] on U(-1, 1)
        // WHEN a is typed above b
        const Core::Distribution before = v.document.lens().input;
        auto* a = child<QDoubleSpinBox>(&v.panel, u"aSpinBox"_s);
        a->setValue(3);
        // THEN the lens keeps its input and the panel says why
        QVERIFY(v.document.lens().input == before);
        QVERIFY(!child<QLabel>(&v.panel, u"lensError"_s)->text().isEmpty());
    }

    void shouldLoadNumbersFromAFileAndSayWhyABadOneIsRefused()
    {
        Lens v{relu()};
        QTemporaryDir dir;
        const QString good = dir.filePath(u"preacts.csv"_s);
        QFile f(good);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("z\n-1\n-2\n3\n4\n");
        f.close();
        // WHEN a CSV column is loaded
        QVERIFY(v.panel.loadNumbers(good));
        // THEN the input is exactly those numbers, and the statistics are exact over them
        QVERIFY(v.document.lens().input.kind() == Core::DistributionKind::Empirical);
        QCOMPARE(v.document.lens().source, u"preacts.csv"_s);
        v.table.refresh();
        QCOMPARE(v.table.shown()[0].deadFraction, 0.5);
        QCOMPARE(v.table.shown()[0].mean, 7.0 / 4.0);
        QVERIFY(child<QLabel>(&v.panel, u"lensSource"_s)->text().contains(u"4"_s));
        // WHEN a file without numbers is loaded
        const QString bad = dir.filePath(u"words.txt"_s);
        QFile b(bad);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("hello\nworld\n");
        b.close();
        // THEN it is refused, the message names the file, and the loaded numbers stay
        QVERIFY(!v.panel.loadNumbers(bad));
        QVERIFY(child<QLabel>(&v.panel, u"lensError"_s)->text().contains(u"words.txt"_s));
        QCOMPARE(v.document.lens().source, u"preacts.csv"_s);
    }

    void shouldShowReluKeepingItsVarianceUnderHeAndFadingUnderPytorchsDefault()
    {
        Lens v{relu()};
        auto* depth = child<QSpinBox>(&v.panel, u"lensDepthSpin"_s);
        depth->setValue(10);
        v.depth.refresh();
        // THEN layers 0 to 10, q constant at 1 and chi = 1 under He
        QCOMPARE(v.depth.shown().size(), 1);
        QCOMPARE(v.depth.shown()[0].size(), std::size_t(11));
        for (const Core::DepthRow& r : v.depth.shown()[0]) {
            QVERIFY(std::abs(r.q - 1) < 1e-9);
            QVERIFY(std::abs(r.chiProduct - 1) < 1e-9);
        }
        // WHEN the user picks PyTorch nn.Linear's default (sigma_w^2 = 1/3)
        auto* init = child<QComboBox>(&v.panel, u"lensInitCombo"_s);
        init->setCurrentIndex(3);
        emit init->activated(3);
        v.depth.refresh();
        // THEN q shrinks by 1/6 a layer
        QVERIFY(v.document.lens().init.scheme == Core::InitScheme::PyTorch);
        const std::vector<Core::DepthRow>& rows = v.depth.shown()[0];
        QVERIFY(std::abs(rows[10].q - std::pow(1.0 / 6.0, 10)) < 1e-12);
        QVERIFY(std::abs(rows[1].q / rows[0].q - 1.0 / 6.0) < 1e-9);
        // AND a custom sigma_w is taken from its spin box
        init->setCurrentIndex(5);
        emit init->activated(5);
        child<QDoubleSpinBox>(&v.panel, u"lensSigmaWSpin"_s)->setValue(1.5);
        QVERIFY(v.document.lens().init.scheme == Core::InitScheme::Custom);
        QCOMPARE(v.document.lens().init.sigmaW, 1.5);
    }

    void shouldDrawTheDensityBandAndTheZeroGradientOnlyWhileTheLensIsShown()
    {
        // GIVEN the plot of ReLU with the lens off
        Model::ExplorerDocument document;
        TestLib::showCurves(document, {relu()});
        Widgets::ActivationPlot plot;
        plot.resize(800, 600);
        plot.setDocument(&document);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        Widgets::PlotScene* scene = plot.scene();
        QVERIFY(scene->lensDensity().isEmpty());
        QVERIFY(scene->lensZeroGradient().isEmpty());
        // WHEN the lens is turned on
        Model::Lens lens = document.lens();
        lens.shown = true;
        document.setLens(lens);
        scene->replotNow();
        // THEN the band is N(0, 1)'s density over the visible x, highest at 0
        const QVector<QPointF> band = scene->lensDensity();
        QVERIFY(band.size() > 100);
        const auto peak
            = std::max_element(band.begin(), band.end(), [](QPointF a, QPointF b) { return a.y() < b.y(); });
        QVERIFY(std::abs(peak->x()) < 0.05);
        QVERIFY(std::abs(peak->y() - 1 / std::sqrt(2 * std::numbers::pi)) < 1e-3);
        // AND relu's zero gradient, x <= 0, is shaded from the left edge to 0
        const QList<std::pair<double, double>> zero = scene->lensZeroGradient();
        QCOMPARE(zero.size(), 1);
        QCOMPARE(zero[0].first, -5.0);
        QCOMPARE(zero[0].second, 0.0);
        QVERIFY(scene->legend().join(u' ').contains(u"input density"_s));
        // WHEN another curve is selected: a LeakyReLU has no zero gradient
        TestLib::showCurves(document, {relu(), make("leaky_relu", Framework::Keras)}, 1);
        QVERIFY(scene->lensZeroGradient().isEmpty());
        // WHEN the lens is turned off again
        lens = document.lens();
        lens.shown = false;
        document.setLens(lens);
        QVERIFY(scene->lensDensity().isEmpty());
        QVERIFY(!scene->legend().join(u' ').contains(u"input density"_s));
    }

    void shouldPutTheLensIntoExportedFiguresInBothThemes()
    {
        for (Model::Theme theme : {Model::Theme::Light, Model::Theme::Dark}) {
            Model::ExplorerDocument document;
            TestLib::showCurves(document, {relu()});
            Widgets::FigureOptions options;
            options.size = {600, 400};
            options.theme = theme;
            const QImage without = Widgets::renderFigure(Widgets::figureContent(document.snapshot()), options);
            Model::Lens lens = document.lens();
            lens.shown = true;
            document.setLens(lens);
            const QImage with = Widgets::renderFigure(Widgets::figureContent(document.snapshot()), options);
            QVERIFY(!without.isNull() && !with.isNull());
            // The band fills the bottom of the f panel around x = 0: many pixels change there.
            int changed = 0;
            for (int y = 0; y < with.height(); ++y)
                for (int x = 0; x < with.width(); ++x)
                    changed += with.pixel(x, y) != without.pixel(x, y) ? 1 : 0;
            QVERIFY2(changed > 2000, qPrintable(QString::number(changed)));
        }
    }
};

QTEST_MAIN(TestLensViews)
#include "tst_lensviews.moc"
