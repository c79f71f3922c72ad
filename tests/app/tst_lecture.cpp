// SPDX-License-Identifier: MIT
// For the lecture hall: presentation mode scales text and lines, F6 hides the side panels, the
// View menu chooses the plot's panels and the legend's corner, coinciding curves get dashes, and a
// figure's text size is an option.
#include "activationplot.h"
#include "documenthistory.h"
#include "explorerdocument.h"
#include "figure.h"
#include "formulapanel.h"
#include "mainwindow.h"
#include "plotscene.h"
#include "session.h"
#include "sessioncontroller.h"
#include "valuestable.h"

#include "widgetlookup.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>

#include <qcustomplot.h>

using namespace Qt::Literals::StringLiterals;
using TestLib::child;

namespace {

QList<QDockWidget*> visibleDocks(const QWidget& window)
{
    QList<QDockWidget*> docks;
    for (QDockWidget* dock : window.findChildren<QDockWidget*>())
        if (dock->isVisible())
            docks << dock;
    return docks;
}

// The legend's box in the plot's pixels, after a replot.
QRect legendRect(Widgets::ActivationPlot* plot)
{
    plot->scene()->replotNow();
    const auto* custom = plot->findChild<QCustomPlot*>();
    return custom && custom->legend ? custom->legend->outerRect() : QRect();
}

} // namespace

class TestLecture : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { m_font = QApplication::font(); }
    // A failed check leaves presentation mode's font behind; the next test starts from the normal one.
    void cleanup() { QApplication::setFont(m_font); }

    void shouldScaleTextAndLinesInPresentationMode()
    {
        App::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QFont normal = QApplication::font();
        const double width = window.plot()->scene()->lineWidth(1);
        QTest::keyClick(&window, Qt::Key_F5);
        QCoreApplication::processEvents(); // the application font reaches the widgets
        QVERIFY(window.presenting());
        QCOMPARE(QApplication::font().pointSizeF(), normal.pointSizeF() * App::kDefaultPresentationScale);
        QCOMPARE(window.plot()->scene()->lineWidth(1), width * App::kDefaultPresentationScale);
        // The plot's ticks follow the application font.
        QCOMPARE(window.plot()->findChild<QCustomPlot*>()->font().pointSizeF(), QApplication::font().pointSizeF());

        child<QAction>(&window, u"presentationScaleAction_300"_s)->trigger();
        QCOMPARE(QApplication::font().pointSizeF(), normal.pointSizeF() * 3);
        QCOMPARE(window.plot()->scene()->lineWidth(1), width * 3);
        // New panels keep the thick lines.
        window.document()->setPanels(Model::Panels::Function);
        QCOMPARE(window.plot()->scene()->lineWidth(1), width * 3);

        QTest::keyClick(&window, Qt::Key_F5);
        QVERIFY(!window.presenting());
        QCOMPARE(QApplication::font(), normal);
        QCOMPARE(window.plot()->scene()->lineWidth(1), width);
    }

    // Texts with a font of their own (monospace, bold, a point smaller, rich text sizes, dock
    // titles) grow with the rest; at first only the plain labels did.
    void shouldScaleTheTextsWithFontsOfTheirOwn()
    {
        App::MainWindow window;
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Model::ExplorerDocument* document = window.document();
        document->select(document->addCurve(Core::Activation::withDefaults("leaky_relu", Core::Framework::PyTorch)));
        QCoreApplication::processEvents();
        window.codePanel(); // a tab behind the formula, built when raised or asked for
        window.valuesTable()->table(); // made at the values' first refresh, or when asked for
        const QStringList names{u"apiLabel"_s, u"valuesTable"_s, u"alphaLabel"_s, u"alphaDefault"_s, u"alphaKeyword"_s,
            u"codeEdit_pytorch"_s};
        QMap<QString, double> before;
        for (const QString& name : names)
            before[name] = child<QWidget>(&window, name)->font().pointSizeF();
        const auto formulaSizes = [&window] {
            QList<double> sizes;
            static const QRegularExpression size(u"font-size:([0-9.]+)pt"_s);
            const QString html = child<Widgets::FormulaPanel>(&window, u"formulaPanel"_s)->html();
            for (const QRegularExpressionMatch& m : size.globalMatch(html))
                sizes << m.captured(1).toDouble();
            return sizes;
        };
        const QList<double> formulaBefore = formulaSizes();
        QVERIFY(!formulaBefore.isEmpty());
        // A combo box measures its items once unless told to follow its font.
        const int dtypeWidth = child<QWidget>(&window, u"dtypeCombo"_s)->sizeHint().width();

        child<QAction>(&window, u"presentationScaleAction_300"_s)->trigger();
        QCoreApplication::processEvents();
        for (const QString& name : names) {
            const double now = child<QWidget>(&window, name)->font().pointSizeF();
            QVERIFY2(
                now >= 2.5 * before[name], qPrintable(u"%1: %2 pt, was %3 pt"_s.arg(name).arg(now).arg(before[name])));
        }
        QVERIFY(std::ranges::min(formulaSizes()) >= 2.5 * std::ranges::min(formulaBefore));
        QVERIFY(child<QWidget>(&window, u"dtypeCombo"_s)->sizeHint().width() >= 2 * dtypeWidth);
        // QDockWidget paints its title in the font it was made with unless its own font differs
        // from its class's.
        for (QDockWidget* dock : window.findChildren<QDockWidget*>()) {
            QVERIFY(dock->font() != QApplication::font("QDockWidget"));
            QCOMPARE(dock->font().pointSizeF(), QApplication::font().pointSizeF());
        }

        QTest::keyClick(&window, Qt::Key_F5);
        QCoreApplication::processEvents();
        for (const QString& name : names)
            QCOMPARE(child<QWidget>(&window, name)->font().pointSizeF(), before[name]);
        QCOMPARE(formulaSizes(), formulaBefore);
    }

    // A projector is often 1024 pixels wide: presentation mode must not make the window wider than
    // the screen. The side panels that do not fit are hidden until presentation mode ends.
    void shouldFitTheScreenInPresentationMode()
    {
        App::MainWindow window;
        const int screenWidth = window.screen()->availableGeometry().width();
        window.resize(std::min(1024, screenWidth), 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The offscreen screen is 800 pixels wide, less than the window needs with its panels.
        const int allowed = std::max(window.width(), screenWidth);
        auto* sidePanels = child<QAction>(&window, u"sidePanelsAction"_s);
        QVERIFY(sidePanels->isChecked());
        // The status line's longest text, the hint shown while the mouse is off the plot.
        child<QLabel>(&window, u"readoutLabel"_s)
            ->setText(u"Drag to pan · wheel to zoom · Shift+drag zooms to a rectangle · Ctrl+0 resets the view · "
                      "←/→ step the crosshair"_s);
        for (const char* scale : {"presentationScaleAction_200", "presentationScaleAction_300"}) {
            child<QAction>(&window, QString::fromLatin1(scale))->trigger();
            QCoreApplication::processEvents();
            QVERIFY2(window.minimumSizeHint().width() <= allowed,
                qPrintable(u"%1: %2 > %3"_s.arg(QString::fromLatin1(scale))
                               .arg(window.minimumSizeHint().width())
                               .arg(allowed)));
            QVERIFY2(window.width() <= allowed, qPrintable(u"%1 > %2"_s.arg(window.width()).arg(allowed)));
        }
        QVERIFY(!sidePanels->isChecked()); // at 3x they do not fit
        QVERIFY(visibleDocks(window).isEmpty());
        QTest::keyClick(&window, Qt::Key_F5);
        QVERIFY(!window.presenting());
        QVERIFY(sidePanels->isChecked());
        QVERIFY(!visibleDocks(window).isEmpty());
    }

    void shouldHideAndBringBackTheSidePanels()
    {
        App::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<QDockWidget*> shown = visibleDocks(window);
        QVERIFY(shown.size() >= 3);
        const int plotWidth = window.plot()->width();
        const int dockWidth = shown.first()->width();
        QTest::keyClick(&window, Qt::Key_F6);
        QVERIFY(visibleDocks(window).isEmpty());
        QCoreApplication::processEvents();
        QVERIFY(window.plot()->width() > plotWidth);
        QTest::keyClick(&window, Qt::Key_F6);
        QList<QDockWidget*> again = visibleDocks(window);
        QCOMPARE(QSet<QDockWidget*>(again.begin(), again.end()), QSet<QDockWidget*>(shown.begin(), shown.end()));
        QCoreApplication::processEvents();
        QCOMPARE(shown.first()->width(), dockWidth); // restoreState: the same places and sizes
        QCOMPARE(window.plot()->width(), plotWidth);
    }

    void shouldShowTheChosenPanelsInTheWindow()
    {
        App::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.loadExample(u"relu-vs-leaky"_s);
        auto* function = child<QAction>(&window, u"functionPanelAction"_s);
        auto* derivative = child<QAction>(&window, u"derivativePanelAction"_s);
        QVERIFY(window.plot()->scene()->hasPanel(Widgets::Panel::Derivative));

        QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(window.document()->panels() == Model::Panels::Function);
        QVERIFY(!window.plot()->scene()->hasPanel(Widgets::Panel::Derivative));
        QVERIFY(window.plot()->scene()->hasPanel(Widgets::Panel::Function));
        // The last panel cannot go.
        QVERIFY(!function->isEnabled());
        QVERIFY(!derivative->isChecked());
        // The curves are drawn in the new scene, and the crosshair still reads them.
        QVERIFY(!window.plot()->scene()->points(0, Widgets::Panel::Function).line.isEmpty());
        window.plot()->scene()->setCrosshair(1.0);
        QVERIFY(window.plot()->scene()->crosshair().has_value());

        window.sessions()->history()->undo();
        QVERIFY(window.document()->panels() == Model::Panels::Both);
        QVERIFY(window.plot()->scene()->hasPanel(Widgets::Panel::Derivative));
        QVERIFY(function->isEnabled() && derivative->isChecked());
    }

    void shouldPutTheLegendInTheChosenCorner()
    {
        App::MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.loadExample(u"relu-vs-leaky"_s);
        const QRect panel = window.plot()->scene()->panelRect(Widgets::Panel::Function);
        QRect box = legendRect(window.plot());
        // Inside the panel, 8 px off its corner.
        QVERIFY(std::abs(box.left() - panel.left()) <= 12 && std::abs(box.top() - panel.top()) <= 12);

        child<QAction>(&window, u"legendAction_bottom-right"_s)->trigger();
        QVERIFY(window.document()->legend() == Model::LegendPlace::BottomRight);
        box = legendRect(window.plot());
        QVERIFY2(std::abs(box.right() - panel.right()) <= 12 && std::abs(box.bottom() - panel.bottom()) <= 12,
            qPrintable(u"legend at %1,%2 (%5×%6) in a panel centred at %3,%4"_s.arg(box.left())
                           .arg(box.top())
                           .arg(panel.center().x())
                           .arg(panel.center().y())
                           .arg(box.width())
                           .arg(box.height())));

        child<QAction>(&window, u"legendAction_hidden"_s)->trigger();
        QCoreApplication::processEvents();
        QVERIFY(window.plot()->scene()->legend().isEmpty());
        // Figures follow: no legend in the exported figure's scene either.
        QCOMPARE(window.sessions()->history()->stack()->undoText(), u"Hide Legend"_s);
        QVERIFY(Widgets::figureContent(window.document()->snapshot()).legend == Model::LegendPlace::Hidden);
        window.sessions()->history()->undo();
        QCOMPARE(window.plot()->scene()->legend().size(), window.document()->curveCount());
    }

    void shouldDashCurvesThatLieOnEachOther()
    {
        App::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // PyTorch LeakyReLU(0.25), PyTorch PReLU (0.25) and Keras PReLU(alpha=0.25): one line.
        window.loadExample(u"leaky-vs-parametric"_s);
        const Widgets::PlotScene* scene = window.plot()->scene();
        QList<Qt::PenStyle> styles;
        for (int i = 0; i < window.document()->curveCount(); ++i)
            styles << scene->dashStyle(i);
        QCOMPARE(styles.first(), Qt::SolidLine);
        for (int i = 1; i < styles.size(); ++i)
            QVERIFY2(!styles.mid(0, i).contains(styles[i]), qPrintable(u"curve %1 drawn like an earlier one"_s.arg(i)));
        // Pulled apart, a curve is solid again.
        Core::Activation moved = window.document()->curve(1).activation;
        moved.setParam(std::string("alpha=0.7"));
        window.document()->setActivation(1, moved);
        QCOMPARE(scene->dashStyle(1), Qt::SolidLine);
    }

    void shouldDrawTheLineChosenInTheCurveList()
    {
        App::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.loadExample(u"relu-vs-leaky"_s);
        window.document()->select(1);
        const Widgets::PlotScene* scene = window.plot()->scene();
        const double automatic = scene->lineWidth(1);
        auto* menu = window.findChild<QMenu*>(u"curveLineMenu"_s);
        QVERIFY(menu);
        emit menu->aboutToShow();
        QVERIFY(child<QAction>(menu, u"lineStyle_auto"_s)->isChecked());
        child<QAction>(menu, u"lineStyle_dot"_s)->trigger();
        QCoreApplication::processEvents();
        child<QAction>(menu, u"lineWidth_45"_s)->trigger();
        QCoreApplication::processEvents(); // the history records at the end of the turn
        QVERIFY(window.document()->curve(1).line == Model::LineStyle::Dot);
        QCOMPARE(window.document()->curve(1).width, 4.5);
        QCOMPARE(scene->dashStyle(1), Qt::DotLine);
        QVERIFY(scene->lineWidth(1) > automatic);
        QCOMPARE(scene->dashStyle(0), Qt::SolidLine);
        // Undone in one step each, and kept by a session.
        QCOMPARE(window.sessions()->history()->stack()->undoText().left(14), u"Change Line of"_s);
        const Model::SessionResult again = Model::sessionFromJson(Model::sessionToJson(window.document()->snapshot()));
        QVERIFY(again && again.session->curves[1].line == Model::LineStyle::Dot && again.session->curves[1].width == 4.5);
        window.sessions()->history()->undo();
        QCOMPARE(window.document()->curve(1).width, 0.0);
        QVERIFY(window.document()->curve(1).line == Model::LineStyle::Dot);
    }

    void shouldExplainTheDotsAndLinkEachFrameworksPage()
    {
        App::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.loadExample(u"relu-arguments"_s);
        window.document()->select(0);
        auto* docs = window.menuBar()->findChild<QMenu*>(u"docsMenu"_s);
        QVERIFY(docs);
        emit docs->aboutToShow();
        QStringList urls;
        for (const QAction* page : docs->actions())
            urls << page->data().toUrl().toString();
        QCOMPARE(urls,
            (QStringList{u"https://keras.io/api/layers/activation_layers/relu/"_s,
                u"https://www.tensorflow.org/api_docs/python/tf/keras/layers/ReLU"_s,
                u"https://pytorch.org/docs/stable/generated/torch.nn.ReLU.html"_s}));

        QString shown;
        QTimer::singleShot(0, &window, [&shown] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                shown = box->objectName() + u' ' + box->informativeText();
                box->close();
            }
        });
        QTest::keyClick(&window, Qt::Key_F1);
        QVERIFY2(shown.startsWith(u"readingPlotBox"_s), qPrintable(shown));
        QVERIFY(shown.contains(u"filled dot"_s) && shown.contains(u"open circle"_s));
    }

    void shouldSetAFiguresTextSize()
    {
        Model::ExplorerDocument document;
        Widgets::FigureOptions options;
        options.size = QSize(600, 400);
        QVERIFY(Widgets::validateFigureOptions(options).isEmpty());
        options.fontSize = 3;
        QVERIFY(Widgets::validateFigureOptions(options).contains(u"font size 3 is out of range; accepted: 6 to 72"_s));
        options.fontSize = 0;
        Model::Session session = document.snapshot();
        session.curves = {Model::makeCurve(Core::Activation::withDefaults("relu", Core::Framework::Keras), 0xff0072b2)};
        const Widgets::FigureContent content = Widgets::figureContent(session);
        // The text sizes an SVG names: the ticks, the axis labels and the legend.
        const auto textSizes = [&](const Widgets::FigureOptions& o) {
            QTemporaryDir dir;
            const QString path = dir.filePath(u"f.svg"_s);
            if (Widgets::writeFigure(content, o, path))
                return QList<double>();
            QFile file(path);
            file.open(QIODevice::ReadOnly);
            const QString svg = QString::fromUtf8(file.readAll());
            QList<double> sizes;
            static const QRegularExpression size(u"font-size=\"([0-9.]+)\""_s);
            for (auto it = size.globalMatch(svg); it.hasNext();)
                if (const double pt = it.next().captured(1).toDouble(); !sizes.contains(pt))
                    sizes << pt;
            std::sort(sizes.begin(), sizes.end());
            return sizes;
        };
        const QList<double> screen = textSizes(options);
        options.fontSize = 28;
        const QList<double> large = textSizes(options);
        QVERIFY(!screen.isEmpty() && !large.isEmpty());
        // The ticks at 0.95 × and the axis labels at 1.05 × the chosen size, in pixels at 96 dpi.
        const auto near = [&large](double px) {
            return std::any_of(large.begin(), large.end(), [px](double size) { return std::abs(size - px) < 0.1; });
        };
        QVERIFY2(near(28 * 0.95 * 96 / 72), qPrintable(u"tick text %1 px"_s.arg(large.first())));
        QVERIFY2(large.last() > screen.last() * 2,
            qPrintable(u"large %1, screen %2"_s.arg(large.last()).arg(screen.last())));
    }

private:
    QFont m_font;
};

QTEST_MAIN(TestLecture)
#include "tst_lecture.moc"
