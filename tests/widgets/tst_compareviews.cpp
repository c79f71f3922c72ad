// SPDX-License-Identifier: MIT
// The Compare view and the Frameworks view (issue #13): both follow the document, the verdict is
// the core's, the difference plot draws the kink's isolated point, and the Frameworks view's
// button adds the other frameworks' curves.
#include "comparepanel.h"
#include "curvelist.h"
#include "documentlib.h"
#include "frameworksview.h"
#include "widgetlookup.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QTableWidget>
#include <QSignalSpy>
#include <QTest>

#include <qcustomplot.h>

#include <cmath>

using namespace Qt::StringLiterals;
using Core::Activation;
using Core::Framework;
using TestLib::child;

namespace {

Activation make(const char* function, Framework fw, const char* param = nullptr)
{
    Activation a = Activation::withDefaults(function, fw);
    if (param)
        a.setParam(param);
    return a;
}

} // namespace

class TestCompareViews : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QApplication::setStyle(u"Fusion"_s); }

    void shouldAnswerForTheComparedPairAndFollowEdits()
    {
        // GIVEN Keras ReLU(negative_slope=0.5) and LeakyReLU(0.5), compared
        Model::ExplorerDocument document;
        TestLib::showCurves(document,
            {make("relu", Framework::Keras, "negative_slope=0.5"), make("leaky_relu", Framework::Keras, "alpha=0.5")});
        Widgets::ComparePanel panel;
        panel.setDocument(&document);
        panel.show();
        QVERIFY(!panel.comparison());
        QVERIFY(child<QLabel>(&panel, u"compareTitle"_s)->text().contains(u"Ctrl+K"_s));
        QVERIFY(document.setCompared(0, 1));
        // THEN the verdict is "the same function", part by part, on the labels
        QVERIFY(panel.comparison() && panel.comparison()->identical());
        QCOMPARE(child<QLabel>(&panel, u"compareVerdict_0"_s)->text(),
            u"✓  values: identical for every float64 in [-5, 5] (proved from the pieces)"_s);
        for (const QPointF& p : panel.differenceLine(false))
            QVERIFY(std::isnan(p.y()) || p.y() == 0);

        // WHEN the second curve's slope is dragged to 0.25
        document.setActivation(1, make("leaky_relu", Framework::Keras, "alpha=0.25"));
        panel.refresh(); // what the throttle runs after a drag
        // THEN the values differ on the negative side, by up to 1.25 at -5
        QVERIFY(panel.verdictLines().at(0).startsWith(u"values differ on [-5, -1e-323] (found at "_s));
        QVERIFY(panel.verdictLines().at(0).endsWith(u"points checked there): up to 1.25"_s));
        QVERIFY(child<QLabel>(&panel, u"compareVerdict_0"_s)->text().startsWith(u"≠"_s));
        const QVector<QPointF> line = panel.differenceLine(false);
        QVERIFY(!line.isEmpty());
        QCOMPARE(line.front().x(), -5.0);
        QCOMPARE(line.front().y(), -1.25);

        // WHEN a compared curve is removed, THEN nothing is compared
        document.removeCurve(1);
        QVERIFY(document.compared().isEmpty());
        QVERIFY(!panel.comparison());
    }

    void shouldDrawTheKinksIsolatedGradientPoint()
    {
        // GIVEN Keras PReLU(1) and PyTorch PReLU(1): equal values, f′(0) = 0 against 1
        Model::ExplorerDocument document;
        TestLib::showCurves(document, {make("prelu", Framework::Keras, "alpha=1"), make("prelu", Framework::PyTorch, "alpha=1")});
        Widgets::ComparePanel panel;
        panel.setDocument(&document);
        document.setCompared(0, 1);
        QCOMPARE(panel.verdictLines().at(1), u"d/dx differs only at x = 0: 0 vs 1"_s);
        // THEN f1′ − f2′ is 0 on both sides of 0 with -1 at 0 itself: the line breaks there
        const QVector<QPointF> line = panel.differenceLine(true);
        bool brokenAtZero = false;
        for (const QPointF& p : line)
            brokenAtZero = brokenAtZero || std::isnan(p.y());
        QVERIFY(brokenAtZero);
        for (const QPointF& p : line)
            QVERIFY(std::isnan(p.y()) || p.y() == 0);
        // AND the toggle hides the plot
        auto* toggle = child<QCheckBox>(&panel, u"differenceToggle"_s);
        panel.show();
        toggle->setChecked(false);
        QVERIFY(!panel.plot()->isVisible());
    }

    void shouldPickAPairWithCtrlClick()
    {
        Model::ExplorerDocument document;
        TestLib::showCurves(document, {make("relu", Framework::Keras), make("relu", Framework::TfKeras),
            make("relu", Framework::PyTorch)});
        Widgets::CurveList list;
        list.setDocument(&document);
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        QSignalSpy pairs(&list, &Widgets::CurveList::pairSelected);
        QListView* view = list.view();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(0, 0)).center());
        QTest::mouseClick(
            view->viewport(), Qt::LeftButton, Qt::ControlModifier, view->visualRect(view->model()->index(2, 0)).center());
        QCOMPARE(pairs.size(), 1);
        QCOMPARE(pairs.at(0).at(0).toInt(), 0);
        QCOMPARE(pairs.at(0).at(1).toInt(), 2);
        QCOMPARE(list.selectedRows(), (QList<int>{0, 2}));
    }

    void shouldTabulateTheFrameworksAndAddTheirCurves()
    {
        // GIVEN Keras LeakyReLU selected
        Model::ExplorerDocument document;
        TestLib::showCurves(document, {make("leaky_relu", Framework::Keras)});
        Widgets::FrameworksView view;
        view.setDocument(&document);
        // (through the getter: the view is not shown, so it fills when read)
        QTableWidget* table = view.tableWidget();
        QCOMPARE(table, child<QTableWidget>(&view, u"frameworksTable"_s));
        // THEN one column per framework, and the defaults' row differs
        QCOMPARE(table->columnCount(), 3);
        int defaultsRow = -1;
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->verticalHeaderItem(r)->text() == u"≠ default of alpha"_s)
                defaultsRow = r;
        QVERIFY(defaultsRow >= 0);
        QCOMPARE(table->item(defaultsRow, 2)->text(), u"0.01"_s);
        // WHEN the button is pressed, THEN tf.keras and PyTorch join the plot and the selection stays
        QTest::mouseClick(child<QPushButton>(&view, u"addFrameworksButton"_s), Qt::LeftButton);
        QCOMPARE(document.curveCount(), 3);
        QCOMPARE(document.curve(2).activation.framework(), Framework::PyTorch);
        QCOMPARE(document.selected(), 0);
        // AND pressing it again adds nothing
        QCOMPARE(view.addOtherFrameworks(), 0);
        // WHEN a PyTorch-only function is selected, THEN one column and the button is off
        document.setActivation(0, make("hardtanh", Framework::PyTorch));
        view.refresh();
        QCOMPARE(table->columnCount(), 1);
        QVERIFY(!child<QPushButton>(&view, u"addFrameworksButton"_s)->isEnabled());
    }
};

QTEST_MAIN(TestCompareViews)
#include "tst_compareviews.moc"
