// SPDX-License-Identifier: MIT
// Undo and redo: every kind of edit is one step that undo takes back exactly, a drag is one step,
// and the clean state follows saving and undoing back to it.
#include "documenthistory.h"
#include "explorerdocument.h"

#include "documentlib.h"
#include "makeactivation.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <QWidget>

using Core::Framework;
using TestLib::make;

class TestDocumentHistory : public QObject {
    Q_OBJECT

    // A document with two curves and an empty, clean history.
    struct Fixture {
        Model::ExplorerDocument document;
        Widgets::DocumentHistory history{&document};
        Fixture()
        {
            TestLib::showCurves(document, {make("leaky_relu", Framework::Keras), make("relu", Framework::PyTorch)});
            history.clear();
        }
    };

    // Lets the history record what the last turn of the event loop changed.
    static void endTurn() { QCoreApplication::processEvents(); }

private slots:
    void shouldUndoAndRedoAParameterEditAsOneNamedStep()
    {
        Fixture f;
        const Model::Session before = f.document.snapshot();
        TestLib::setSelected(f.document, make("leaky_relu", Framework::Keras, {"alpha=0.5"}));
        endTurn();
        QCOMPARE(f.history.stack()->count(), 1);
        QCOMPARE(f.history.stack()->undoText(), QStringLiteral("Change alpha of LeakyReLU · Keras 3"));
        QVERIFY(f.history.isModified());
        const Model::Session after = f.document.snapshot();

        f.history.undo();
        TestLib::compareSessions(f.document.snapshot(), before);
        QVERIFY(!f.history.isModified());
        f.history.redo();
        TestLib::compareSessions(f.document.snapshot(), after);
        QCOMPARE(f.document.curve(0).activation.params().value[0], 0.5);
    }

    void shouldRecordEveryKindOfEdit_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("text");
        QTest::newRow("add") << "add" << "Add Curve";
        QTest::newRow("duplicate") << "duplicate" << "Add Curve";
        QTest::newRow("remove") << "remove" << "Remove Curve";
        QTest::newRow("function") << "function" << "Change Function of ELU · Keras 3";
        QTest::newRow("framework") << "framework" << "Change Framework of LeakyReLU · PyTorch";
        QTest::newRow("domain") << "domain" << "Change Domain";
        QTest::newRow("dtype") << "dtype" << "Change Dtype";
        QTest::newRow("theme") << "theme" << "Change Theme";
        QTest::newRow("panels") << "panels" << "Change Panels";
        QTest::newRow("values") << "values" << "Edit Values Input";
        QTest::newRow("view") << "view" << "Zoom or Pan";
        QTest::newRow("compare") << "compare" << "Compare Curves";
    }
    void shouldRecordEveryKindOfEdit()
    {
        QFETCH(QString, kind);
        QFETCH(QString, text);
        Fixture f;
        f.document.setView({std::pair{-1.0, 1.0}, {}, {}});
        endTurn();
        f.history.clear();
        const Model::Session before = f.document.snapshot();
        if (kind == QLatin1String("add"))
            QVERIFY(f.document.addCurve(make("elu", Framework::Keras)) >= 0);
        else if (kind == QLatin1String("duplicate"))
            QCOMPARE(f.document.duplicateCurve(0), 1);
        else if (kind == QLatin1String("remove"))
            f.document.removeCurve(0);
        else if (kind == QLatin1String("function"))
            f.document.setActivation(0, make("elu", Framework::Keras));
        else if (kind == QLatin1String("framework"))
            f.document.setActivation(0, make("leaky_relu", Framework::PyTorch));
        else if (kind == QLatin1String("domain"))
            QVERIFY(f.document.setDomain({-2.0, 2.0, 201})); // also shows the new domain whole: one step
        else if (kind == QLatin1String("dtype"))
            f.document.setDType(Core::DType::Float32);
        else if (kind == QLatin1String("theme"))
            f.document.setTheme(Model::Theme::Dark);
        else if (kind == QLatin1String("panels"))
            f.document.setPanels(Model::Panels::Function);
        else if (kind == QLatin1String("values"))
            f.document.setValuesInput(QStringLiteral("1, 2"));
        else if (kind == QLatin1String("view"))
            f.document.setView({std::pair{-3.0, 3.0}, {}, {}});
        else if (kind == QLatin1String("compare"))
            QVERIFY(f.document.setCompared(0, 1));
        endTurn();
        QCOMPARE(f.history.stack()->count(), 1);
        QCOMPARE(f.history.stack()->undoText(), text);
        const Model::Session after = f.document.snapshot();
        QVERIFY(!(after == before));
        f.history.undo();
        TestLib::compareSessions(f.document.snapshot(), before);
        f.history.redo();
        TestLib::compareSessions(f.document.snapshot(), after);
    }

    void shouldMakeOneStepOfADragAndTwoOfTwoDrags()
    {
        Fixture f;
        QWidget handle;
        handle.resize(50, 50);
        handle.show();
        const auto drag = [&](std::initializer_list<const char*> alphas) {
            QTest::mousePress(&handle, Qt::LeftButton);
            for (const char* alpha : alphas) {
                TestLib::setSelected(f.document, make("leaky_relu", Framework::Keras, {alpha}));
                endTurn();
            }
            QTest::mouseRelease(&handle, Qt::LeftButton);
        };
        drag({"alpha=0.1", "alpha=0.2", "alpha=0.25"});
        QCOMPARE(f.history.stack()->count(), 1);
        drag({"alpha=0.4", "alpha=0.5"});
        QCOMPARE(f.history.stack()->count(), 2);
        f.history.undo();
        QCOMPARE(f.document.curve(0).activation.params().value[0], 0.25);
        f.history.undo();
        QCOMPARE(f.document.curve(0).activation.params().value[0], 0.3); // Keras' default
    }

    void shouldForgetADragThatEndsWhereItBegan()
    {
        Fixture f;
        QWidget handle;
        handle.show();
        QTest::mousePress(&handle, Qt::LeftButton);
        TestLib::setSelected(f.document, make("leaky_relu", Framework::Keras, {"alpha=0.7"}));
        endTurn();
        TestLib::setSelected(f.document, make("leaky_relu", Framework::Keras));
        endTurn();
        QTest::mouseRelease(&handle, Qt::LeftButton);
        QCOMPARE(f.history.stack()->count(), 0);
        QVERIFY(!f.history.isModified());
    }

    void shouldKeepEditsWithoutAGestureApart()
    {
        Fixture f;
        // Two keyboard steps of one parameter, then pans merging into one step until another edit.
        TestLib::setSelected(f.document, make("leaky_relu", Framework::Keras, {"alpha=0.4"}));
        endTurn();
        TestLib::setSelected(f.document, make("leaky_relu", Framework::Keras, {"alpha=0.5"}));
        endTurn();
        QCOMPARE(f.history.stack()->count(), 2);
        for (double x = 1; x <= 3; ++x) {
            f.document.setView({std::pair{-x, x}, {}, {}});
            endTurn();
        }
        QCOMPARE(f.history.stack()->count(), 3);
        f.document.setDType(Core::DType::Float32);
        endTurn();
        f.document.setView({std::pair{-9.0, 9.0}, {}, {}});
        endTurn();
        QCOMPARE(f.history.stack()->count(), 5);
        f.history.undo();
        f.history.undo();
        f.history.undo();
        QVERIFY(f.document.view().followsData());
    }

    void shouldFollowTheCleanStateThroughSavesAndUndo()
    {
        Fixture f;
        QSignalSpy modified(&f.history, &Widgets::DocumentHistory::modifiedChanged);
        f.document.setDType(Core::DType::Float32);
        QVERIFY(f.history.isModified());
        QCOMPARE(modified.count(), 1);
        QCOMPARE(modified.last().at(0).toBool(), true);
        f.history.markClean(); // saved
        QVERIFY(!f.history.isModified());
        f.document.setTheme(Model::Theme::Dark);
        QVERIFY(f.history.isModified());
        f.history.undo();
        QVERIFY(!f.history.isModified());
        f.history.undo();
        QVERIFY(f.history.isModified()); // before the save
        QVERIFY(f.document.dtype() == Core::DType::Float64);
    }

    void shouldNameAReplacementAndUndoIt()
    {
        Fixture f;
        const Model::Session before = f.document.snapshot();
        TestLib::showCurves(f.document, {make("gelu", Framework::PyTorch)});
        f.history.recordReplacement(QStringLiteral("Load Example “GELU”"));
        QCOMPARE(f.history.stack()->undoText(), QStringLiteral("Load Example “GELU”"));
        endTurn();
        QCOMPARE(f.history.stack()->count(), 1);
        f.history.undo();
        TestLib::compareSessions(f.document.snapshot(), before);
        // An unnamed replacement is still a step.
        TestLib::showCurves(f.document, {make("elu", Framework::Keras)});
        endTurn();
        QCOMPARE(f.history.stack()->undoText(), QStringLiteral("Replace the Curves"));
    }

    void shouldIgnoreSelectionButRestoreItWithTheNextStep()
    {
        Fixture f;
        f.document.select(1);
        endTurn();
        QCOMPARE(f.history.stack()->count(), 0);
        f.document.removeCurve(1);
        endTurn();
        f.history.undo();
        QCOMPARE(f.document.curveCount(), 2);
        QCOMPARE(f.document.selected(), 1);
    }
};

QTEST_MAIN(TestDocumentHistory)
#include "tst_documenthistory.moc"
