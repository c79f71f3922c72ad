// SPDX-License-Identifier: MIT
#include "curvelist.h"
#include "documentlib.h"
#include "explorerdocument.h"
#include "makeactivation.h"
#include "widgetlookup.h"

#include <QApplication>
#include <QColorDialog>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using Core::Activation;
using Core::Framework;
using Model::ExplorerDocument;
using TestLib::child;
using TestLib::make;
using TestLib::showCurves;
using Widgets::CurveList;
using namespace Qt::StringLiterals;

class TestCurveList : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QApplication::setStyle(QStringLiteral("Fusion")); }

    void shouldAddDuplicateAndRemove()
    {
        // GIVEN a list with one tf.keras LeakyReLU
        ExplorerDocument document;
        CurveList list;
        list.setDocument(&document);
        list.show();
        showCurves(document, {make("leaky_relu", Framework::TfKeras, {"alpha=0.5"})});
        QCOMPARE(list.view()->currentIndex().row(), 0);
        QSignalSpy rows(&document, &ExplorerDocument::selectionChanged);

        // WHEN the user duplicates it
        QTest::mouseClick(child<QToolButton>(&list, QStringLiteral("duplicateCurveButton")), Qt::LeftButton);
        // THEN an identical curve follows it, selected, in a new colour
        QCOMPARE(document.curveCount(), 2);
        QCOMPARE(document.selected(), 1);
        QCOMPARE(list.view()->currentIndex().row(), 1);
        QCOMPARE(document.curve(1).activation, document.curve(0).activation);
        QVERIFY(document.curve(1).color != document.curve(0).color);
        QCOMPARE(rows.last().at(0).toInt(), 1);
        // with a name of its own: the legend tells them apart
        QCOMPARE(document.curve(1).name, document.curve(0).name + u" (2)"_s);
        // once it differs, the suffix goes
        document.curveModel()->setActivation(1, make("leaky_relu", Framework::TfKeras, {"alpha=0.2"}));
        QVERIFY(!document.curve(1).name.endsWith(u" (2)"_s));
        document.curveModel()->setActivation(1, make("leaky_relu", Framework::TfKeras, {"alpha=0.5"}));

        // WHEN the user selects an ELU in the list's place and adds a curve
        TestLib::setSelected(document, make("elu", Framework::Keras, {"alpha=2"}));
        QTest::mouseClick(child<QToolButton>(&list, QStringLiteral("addCurveButton")), Qt::LeftButton);
        // THEN the new curve is that function and framework at their defaults
        QCOMPARE(document.curveCount(), 3);
        QCOMPARE(document.selected(), 2);
        QCOMPARE(document.curve(2).activation, Activation::withDefaults("elu", Framework::Keras));
        QCOMPARE(document.curve(2).name, QStringLiteral("ELU · Keras 3"));

        // WHEN the user clicks the second row and removes it with the button
        QTest::mouseClick(list.view()->viewport(), Qt::LeftButton, {},
            list.view()->visualRect(document.curveModel()->index(1)).center());
        QCOMPARE(document.selected(), 1);
        QTest::mouseClick(child<QToolButton>(&list, QStringLiteral("removeCurveButton")), Qt::LeftButton);
        QCOMPARE(document.curveCount(), 2);
        QCOMPARE(document.selected(), 1);
        QCOMPARE(document.curve(1).activation.function().name, std::string_view("elu"));

        // WHEN everything is removed, the buttons that need a curve are disabled
        list.removeCurve();
        list.removeCurve();
        QCOMPARE(document.curveCount(), 0);
        QCOMPARE(document.selected(), -1);
        QVERIFY(!child<QToolButton>(&list, QStringLiteral("removeCurveButton"))->isEnabled());
        QVERIFY(!child<QToolButton>(&list, QStringLiteral("duplicateCurveButton"))->isEnabled());
        list.removeCurve(); // nothing to remove: nothing happens
        QCOMPARE(list.duplicateCurve(), -1);
    }

    void shouldCopyAUserNameWhenDuplicating()
    {
        ExplorerDocument document;
        CurveList list;
        list.setDocument(&document);
        showCurves(document, {make("relu", Framework::Keras)});
        document.curveModel()->setName(0, QStringLiteral("baseline"));
        list.duplicateCurve();
        QCOMPARE(document.curve(1).name, QStringLiteral("baseline (copy)"));
    }

    void shouldToggleVisibilityWithTheCheckBox()
    {
        ExplorerDocument document;
        CurveList list;
        list.setDocument(&document);
        list.resize(300, 200);
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        showCurves(document, {make("relu", Framework::Keras), make("elu", Framework::Keras)});
        auto* view = child<QListView>(&list, QStringLiteral("curveList"));
        view->setFocus();
        document.select(1);
        QTest::keyClick(view, Qt::Key_Space);
        QVERIFY(!document.curve(1).visible);
        QVERIFY(document.curve(0).visible);
    }

    void shouldRenameFromTheView()
    {
        ExplorerDocument document;
        CurveList list;
        list.setDocument(&document);
        list.resize(300, 200);
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        showCurves(document, {make("relu", Framework::Keras)});
        auto* view = child<QListView>(&list, QStringLiteral("curveList"));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_F2);
        auto* editor = view->findChild<QLineEdit*>();
        QVERIFY(editor);
        QCOMPARE(editor->text(), QStringLiteral("ReLU · Keras 3"));
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("teaching curve"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(document.curve(0).name, QStringLiteral("teaching curve")); // the delegate commits queued
        QVERIFY(!document.curve(0).autoNamed);
    }

    void shouldPickAColourWithTheDialog()
    {
        ExplorerDocument document;
        CurveList list;
        list.setDocument(&document);
        list.show();
        showCurves(document, {make("relu", Framework::Keras)});
        QTest::mouseClick(child<QToolButton>(&list, QStringLiteral("curveColorButton")), Qt::LeftButton);
        auto* dialog = list.findChild<QColorDialog*>(QStringLiteral("curveColorDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->setCurrentColor(QColor(0x12, 0x34, 0x56));
        dialog->accept();
        QCOMPARE(QColor::fromRgba(document.curve(0).color), QColor(0x12, 0x34, 0x56));
    }

    // Add and Duplicate follow the document's limits, and say why they cannot.
    void shouldNotAddPastTheDocumentsLimits()
    {
        ExplorerDocument document;
        CurveList list;
        list.setDocument(&document);
        document.setDomain({-1, 1, 5'000'000});
        showCurves(document, {make("relu", Framework::Keras), make("elu", Framework::Keras)});
        auto* add = child<QToolButton>(&list, QStringLiteral("addCurveButton"));
        QVERIFY(!add->isEnabled());
        QVERIFY2(add->toolTip().contains(u"lower the samples"_s), qPrintable(add->toolTip()));
        QVERIFY(!child<QToolButton>(&list, QStringLiteral("duplicateCurveButton"))->isEnabled());
        QCOMPARE(list.addCurve(), -1);
        document.setDomain({-1, 1, 1001});
        QVERIFY(add->isEnabled());
        QCOMPARE(list.addCurve(), 2);
    }

    void shouldOpenTheColourDialogFromTheSwatch()
    {
        ExplorerDocument document;
        CurveList list;
        list.setDocument(&document);
        list.resize(300, 200);
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        showCurves(document, {make("relu", Framework::Keras)});
        auto* view = child<QListView>(&list, QStringLiteral("curveList"));
        const QRect item = view->visualRect(document.curveModel()->index(0));
        // The swatch sits after the check box: scan the left part of the row for it.
        QColorDialog* dialog = nullptr;
        for (int x = item.left() + 2; x < item.left() + 80 && !dialog; x += 3) {
            QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, QPoint(x, item.center().y()));
            dialog = list.findChild<QColorDialog*>(QStringLiteral("curveColorDialog"));
        }
        QVERIFY(dialog);
        dialog->reject(); // NOLINT(clang-analyzer-core.CallAndMessage): QVERIFY above returns when it is null
        QVERIFY(document.curve(0).autoNamed); // double-clicking the swatch did not start a rename
    }
};

QTEST_MAIN(TestCurveList)
#include "tst_curvelist.moc"
