// SPDX-License-Identifier: MIT
// The Learning Lab (issue #14): its controls are the document's lab, Play/Step/Reset drive a run
// off the GUI thread whose rows are bit for bit the core's (and so --train's), and Compare Runs
// overlays every visible curve.
#include "documentlib.h"
#include "figure.h"
#include "labrunner.h"
#include "learninglab.h"
#include "widgetlookup.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <qcustomplot.h>

#include <bit>

using namespace Qt::StringLiterals;
using Core::Activation;
using Core::Framework;
using TestLib::child;

class TestLearningLab : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QApplication::setStyle(u"Fusion"_s); }

    void shouldTrainTheSelectedCurveLikeTheCore()
    {
        Model::ExplorerDocument document;
        TestLib::showCurves(document, {Activation::withDefaults("prelu", Framework::PyTorch),
            Activation::withDefaults("relu", Framework::PyTorch)});
        Model::Lab lab;
        lab.config.task = Core::Task::parse("moons");
        lab.config.hidden = {8};
        document.setLab(lab);
        Widgets::LearningLab view;
        view.setDocument(&document);
        view.show();
        Widgets::LabRunner* runner = view.runner();
        QVERIFY(runner->trace().empty());

        // Step: one row. Play: rows stream in while the GUI thread stays free. Pause: they stop.
        QTest::mouseClick(child<QPushButton>(&view, u"labStep"_s), Qt::LeftButton);
        QTRY_COMPARE(runner->trace().size(), std::size_t(1));
        QTest::mouseClick(child<QPushButton>(&view, u"labPlay"_s), Qt::LeftButton);
        QTRY_VERIFY(runner->trace().size() > 40);
        QTest::mouseClick(child<QPushButton>(&view, u"labPlay"_s), Qt::LeftButton); // now Pause
        runner->waitForIdle();
        QCoreApplication::processEvents();
        const std::size_t rows = runner->trace().size();
        QTest::qWait(100);
        QCOMPARE(runner->trace().size(), rows);

        // The same rows as the core's trainer (and --train) with the same seed, bit for bit.
        Core::Trainer direct(document.curve(0).activation, lab.config);
        for (std::size_t i = 0; i < rows; ++i) {
            const Core::TrainStep s = direct.step();
            QCOMPARE(std::bit_cast<std::uint64_t>(runner->trace()[i].loss), std::bit_cast<std::uint64_t>(s.loss));
            QCOMPARE(runner->trace()[i].alphas, s.alphas);
        }
        // Reset: a fresh network.
        QTest::mouseClick(child<QPushButton>(&view, u"labReset"_s), Qt::LeftButton);
        QVERIFY(runner->trace().empty());
    }

    void shouldShowAndWriteTheDocumentsSettings()
    {
        Model::ExplorerDocument document;
        TestLib::showCurves(document, {Activation::withDefaults("relu", Framework::Keras)});
        Widgets::LearningLab view;
        view.setDocument(&document);
        auto* task = child<QComboBox>(&view, u"labTask"_s);
        task->setCurrentIndex(int(Core::TaskKind::Spiral));
        QCOMPARE(document.lab().config.task.kind, Core::TaskKind::Spiral);
        auto* hidden = child<QLineEdit>(&view, u"labHidden"_s);
        hidden->setText(u"12,6"_s);
        emit hidden->editingFinished();
        QCOMPARE(document.lab().config.hidden, (std::vector<int>{12, 6}));
        // A network the lab cannot build is refused, naming why; the last good one stays.
        hidden->setText(u"100"_s);
        emit hidden->editingFinished();
        QCOMPARE(document.lab().config.hidden, (std::vector<int>{12, 6}));
        QVERIFY(hidden->toolTip().contains(u"accepted: 1 to 64"_s));
        // And the document's settings come back into the controls.
        Model::Lab lab = document.lab();
        lab.config.optimizer = Core::OptimizerKind::Sgd;
        document.setLab(lab);
        QCOMPARE(child<QComboBox>(&view, u"labOptimizer"_s)->currentIndex(), 1);
    }

    void shouldCompareTheVisibleCurvesRuns()
    {
        Model::ExplorerDocument document;
        TestLib::showCurves(document, {Activation::withDefaults("relu", Framework::PyTorch),
            Activation::withDefaults("leaky_relu", Framework::PyTorch)});
        Model::Lab lab;
        lab.config.task = Core::Task::parse("circles");
        lab.config.optimizer = Core::OptimizerKind::Sgd;
        lab.config.learningRate = 1;
        document.setLab(lab);
        Widgets::LearningLab view;
        view.setDocument(&document);
        view.compareRuns(500);
        view.waitForComparison();
        QTRY_COMPARE(view.comparison().size(), 2);
        QVERIFY(view.comparison()[0].second.back().deadUnits >= 4); // ReLU units die
        QCOMPARE(view.comparison()[1].second.back().deadUnits, 0);  // Leaky units cannot

        // The figure carries the run and the overlay, in the curves' colours, titled with the run.
        const std::shared_ptr<const Widgets::LabFigure> figure = view.figure();
        QVERIFY(figure);
        QCOMPARE(figure->comparison.size(), 2);
        QCOMPARE(figure->comparison[1].color, document.curve(1).color);
        QCOMPARE(figure->comparison[1].name, Model::displayName(document.curve(1)));
        // On screen, the overlay's legend names the curves.
        view.redraw();
        QCPLegend* legend = nullptr;
        for (QCPLayoutElement* e : view.plot()->plotLayout()->elements(true))
            if (auto* l = qobject_cast<QCPLegend*>(e); l && l->visible())
                legend = l;
        QVERIFY(legend);
        QCOMPARE(legend->itemCount(), 2);
        QVERIFY(figure->title.startsWith(document.curve(0).name + u" on circles · step 0"_s));
    }

    // Loss and accuracy share a panel: accuracy on the right axis, in percent, for the tasks with
    // classes; the screen and a figure draw the same graphs (one LabScene).
    void shouldDrawAccuracyNextToTheLoss()
    {
        Model::ExplorerDocument document;
        TestLib::showCurves(document, {Activation::withDefaults("relu", Framework::Keras)});
        Model::Lab lab;
        lab.config.task = Core::Task::parse("xor");
        document.setLab(lab);
        Widgets::LearningLab view;
        view.setDocument(&document);
        view.show();
        for (int i = 0; i < 5; ++i) {
            QTest::mouseClick(child<QPushButton>(&view, u"labStep"_s), Qt::LeftButton);
            QTRY_COMPARE(view.runner()->trace().size(), std::size_t(i + 1));
        }
        view.redraw();
        QCustomPlot* plot = view.plot();
        const auto onRightAxis = [plot] {
            QList<QCPGraph*> found;
            for (int i = 0; i < plot->graphCount(); ++i)
                if (QCPAxis* axis = plot->graph(i)->valueAxis(); axis && axis->axisType() == QCPAxis::atRight)
                    found << plot->graph(i);
            return found;
        };
        const QList<QCPGraph*> accuracy = onRightAxis();
        QCOMPARE(accuracy.size(), 1);
        QCOMPARE(accuracy[0]->dataCount(), 5);
        QCOMPARE(accuracy[0]->data()->at(4)->value, 100 * view.runner()->trace().back().accuracy);
        QCOMPARE(accuracy[0]->valueAxis()->range().upper, 100.0);

        // Regression: no accuracy graph.
        lab.config.task = Core::Task::parse("regression");
        document.setLab(lab);
        QTest::mouseClick(child<QPushButton>(&view, u"labStep"_s), Qt::LeftButton);
        QTRY_COMPARE(view.runner()->trace().size(), std::size_t(1));
        view.redraw();
        QVERIFY(onRightAxis().isEmpty());

        // A figure of the lab renders through its own LabScene, at the size asked for.
        Widgets::FigureContent content;
        content.lab = view.figure();
        Widgets::FigureOptions options;
        options.size = QSize(600, 400);
        options.subject = Widgets::FigureSubject::Lab;
        QCOMPARE(Widgets::renderFigure(content, options).size(), QSize(600, 400));
        content.lab = nullptr; // nothing to draw: refused, naming why
        QVERIFY(Widgets::renderFigure(content, options).isNull());
        QVERIFY(Widgets::figureWorkProblem(content, Widgets::FigureSubject::Lab).contains(u"no learning lab run"_s));
    }
};

QTEST_MAIN(TestLearningLab)
#include "tst_learninglab.moc"
