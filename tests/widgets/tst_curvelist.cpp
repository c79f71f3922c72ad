// SPDX-License-Identifier: MIT
#include "curvelist.h"
#include "curvelistmodel.h"
#include "widgetlookup.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QColorDialog>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using Core::Activation;
using Core::Framework;
using Widgets::Curve;
using Widgets::CurveList;
using Widgets::CurveListModel;

namespace {

Curve curve(std::string_view function, Framework fw, std::initializer_list<std::string_view> params = {})
{
    Activation a = Activation::withDefaults(function, fw);
    for (const std::string_view p : params)
        a.setParam(p);
    return Curve{a, {}, Widgets::defaultCurveColor(0), true};
}

using TestLib::child;

} // namespace

class TestCurveList : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QApplication::setStyle(QStringLiteral("Fusion")); }

    void shouldNameCurvesAfterTheirNonDefaultParameters()
    {
        QCOMPARE(CurveListModel::autoName(curve("relu", Framework::Keras).activation), QStringLiteral("ReLU · keras"));
        QCOMPARE(CurveListModel::autoName(curve("relu", Framework::Keras, {"negative_slope=0.5"}).activation),
            QStringLiteral("ReLU · keras · negative_slope=0.5"));
        QCOMPARE(CurveListModel::autoName(
                     curve("relu", Framework::TfKeras, {"negative_slope=0.1", "threshold=2"}).activation),
            QStringLiteral("ReLU · tf_keras · negative_slope=0.1, threshold=2"));
        QCOMPARE(CurveListModel::autoName(curve("relu", Framework::Keras, {"max_value=6"}).activation),
            QStringLiteral("ReLU · keras · max_value=6"));
        QCOMPARE(CurveListModel::autoName(curve("leaky_relu", Framework::PyTorch).activation),
            QStringLiteral("LeakyReLU · pytorch"));
        QCOMPARE(CurveListModel::autoName(curve("gelu", Framework::PyTorch, {"approximate=true"}).activation),
            QStringLiteral("GELU · pytorch · approximate=true"));
    }

    void shouldKeepAUserNameUntilItIsCleared()
    {
        // GIVEN an auto-named curve
        CurveListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.insertCurve(curve("relu", Framework::Keras));
        QVERIFY(model.isAutoNamed(0));
        // WHEN its activation changes, the name follows
        model.setActivation(0, curve("relu", Framework::Keras, {"threshold=1"}).activation);
        QCOMPARE(model.curve(0).name, QStringLiteral("ReLU · keras · threshold=1"));
        // WHEN the user renames it, the name sticks
        QVERIFY(model.setData(model.index(0), QStringLiteral("my relu"), Qt::EditRole));
        QVERIFY(!model.isAutoNamed(0));
        model.setActivation(0, curve("relu", Framework::Keras, {"threshold=2"}).activation);
        QCOMPARE(model.curve(0).name, QStringLiteral("my relu"));
        // WHEN the name is cleared, it is automatic again
        model.setData(model.index(0), QString(), Qt::EditRole);
        QCOMPARE(model.curve(0).name, QStringLiteral("ReLU · keras · threshold=2"));
    }

    void shouldExposeColourAndVisibility()
    {
        CurveListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.insertCurve(curve("elu", Framework::PyTorch));
        QSignalSpy changed(&model, &CurveListModel::curveChanged);
        QCOMPARE(model.data(model.index(0), Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(model.setData(model.index(0), int(Qt::Unchecked), Qt::CheckStateRole));
        QVERIFY(!model.curve(0).visible);
        model.setColor(0, QColor(Qt::red));
        QCOMPARE(model.data(model.index(0), Qt::DecorationRole).value<QColor>(), QColor(Qt::red));
        QCOMPARE(changed.count(), 2);
        model.setColor(0, QColor(Qt::red)); // identical: no signal
        QCOMPARE(changed.count(), 2);
        QVERIFY(model.flags(model.index(0)) & Qt::ItemIsUserCheckable);
        QVERIFY(model.flags(model.index(0)) & Qt::ItemIsEditable);
    }

    void shouldAddDuplicateAndRemove()
    {
        // GIVEN a list with one tf.keras LeakyReLU
        CurveListModel model;
        CurveList list(&model);
        list.show();
        model.setCurves({curve("leaky_relu", Framework::TfKeras, {"alpha=0.5"})});
        QCOMPARE(list.currentRow(), 0);
        QSignalSpy rows(&list, &CurveList::currentRowChanged);

        // WHEN the user duplicates it
        QTest::mouseClick(child<QToolButton>(&list, QStringLiteral("duplicateCurveButton")), Qt::LeftButton);
        // THEN an identical curve follows it, selected, in a new colour
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(list.currentRow(), 1);
        QCOMPARE(model.curve(1).activation, model.curve(0).activation);
        QVERIFY(model.curve(1).color != model.curve(0).color);
        QCOMPARE(rows.last().at(0).toInt(), 1);

        // WHEN the user adds a curve
        list.setNewCurveTemplate(Activation::withDefaults("elu", Framework::Keras));
        QTest::mouseClick(child<QToolButton>(&list, QStringLiteral("addCurveButton")), Qt::LeftButton);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(list.currentRow(), 2);
        QCOMPARE(model.curve(2).activation, Activation::withDefaults("elu", Framework::Keras));
        QCOMPARE(model.curve(2).name, QStringLiteral("ELU · keras"));

        // WHEN the user removes the selected curve with the button
        list.setCurrentRow(1);
        QTest::mouseClick(child<QToolButton>(&list, QStringLiteral("removeCurveButton")), Qt::LeftButton);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(list.currentRow(), 1);
        QCOMPARE(model.curve(1).activation.function().name, std::string_view("elu"));

        // WHEN everything is removed, the buttons that need a curve are disabled
        list.removeCurve();
        list.removeCurve();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(list.currentRow(), -1);
        QVERIFY(!child<QToolButton>(&list, QStringLiteral("removeCurveButton"))->isEnabled());
        QVERIFY(!child<QToolButton>(&list, QStringLiteral("duplicateCurveButton"))->isEnabled());
        list.removeCurve(); // nothing to remove: nothing happens
        QCOMPARE(list.duplicateCurve(), -1);
    }

    void shouldCopyAUserNameWhenDuplicating()
    {
        CurveListModel model;
        CurveList list(&model);
        model.setCurves({curve("relu", Framework::Keras)});
        model.setName(0, QStringLiteral("baseline"));
        list.setCurrentRow(0);
        list.duplicateCurve();
        QCOMPARE(model.curve(1).name, QStringLiteral("baseline (copy)"));
    }

    void shouldToggleVisibilityWithTheCheckBox()
    {
        CurveListModel model;
        CurveList list(&model);
        list.resize(300, 200);
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        model.setCurves({curve("relu", Framework::Keras), curve("elu", Framework::Keras)});
        auto* view = child<QListView>(&list, QStringLiteral("curveList"));
        view->setFocus();
        list.setCurrentRow(1);
        QTest::keyClick(view, Qt::Key_Space);
        QVERIFY(!model.curve(1).visible);
        QVERIFY(model.curve(0).visible);
    }

    void shouldRenameFromTheView()
    {
        CurveListModel model;
        CurveList list(&model);
        list.resize(300, 200);
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        model.setCurves({curve("relu", Framework::Keras)});
        auto* view = child<QListView>(&list, QStringLiteral("curveList"));
        view->setFocus();
        list.setCurrentRow(0);
        QTest::keyClick(view, Qt::Key_F2);
        auto* editor = view->findChild<QLineEdit*>();
        QVERIFY(editor);
        QCOMPARE(editor->text(), QStringLiteral("ReLU · keras"));
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("teaching curve"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(model.curve(0).name, QStringLiteral("teaching curve")); // the delegate commits queued
        QVERIFY(!model.isAutoNamed(0));
    }

    void shouldKeepTheAutomaticNameWhenConfirmedUnchanged()
    {
        CurveListModel model;
        model.setCurves({curve("relu", Framework::Keras)});
        model.setData(model.index(0), QStringLiteral("ReLU · keras"), Qt::EditRole);
        QVERIFY(model.isAutoNamed(0));
    }

    void shouldPickAColourWithTheDialog()
    {
        CurveListModel model;
        CurveList list(&model);
        list.show();
        model.setCurves({curve("relu", Framework::Keras)});
        QTest::mouseClick(child<QToolButton>(&list, QStringLiteral("curveColorButton")), Qt::LeftButton);
        auto* dialog = list.findChild<QColorDialog*>(QStringLiteral("curveColorDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->setCurrentColor(QColor(0x12, 0x34, 0x56));
        dialog->accept();
        QCOMPARE(model.curve(0).color, QColor(0x12, 0x34, 0x56));
    }

    void shouldOpenTheColourDialogFromTheSwatch()
    {
        CurveListModel model;
        CurveList list(&model);
        list.resize(300, 200);
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        model.setCurves({curve("relu", Framework::Keras)});
        auto* view = child<QListView>(&list, QStringLiteral("curveList"));
        const QRect item = view->visualRect(model.index(0));
        // The swatch sits after the check box: scan the left part of the row for it.
        QColorDialog* dialog = nullptr;
        for (int x = item.left() + 2; x < item.left() + 80 && !dialog; x += 3) {
            QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, QPoint(x, item.center().y()));
            dialog = list.findChild<QColorDialog*>(QStringLiteral("curveColorDialog"));
        }
        QVERIFY(dialog);
        dialog->reject(); // NOLINT(clang-analyzer-core.CallAndMessage): QVERIFY above returns when it is null
        QVERIFY(model.isAutoNamed(0)); // double-clicking the swatch did not start a rename
    }

    void shouldPickUnusedColours()
    {
        CurveListModel model;
        Curve a = curve("relu", Framework::Keras);
        a.color = Widgets::defaultCurveColor(0);
        model.setCurves({a});
        QCOMPARE(model.nextColor(), Widgets::defaultCurveColor(1));
    }
};

QTEST_MAIN(TestCurveList)
#include "tst_curvelist.moc"
