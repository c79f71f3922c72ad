// SPDX-License-Identifier: MIT
#include "documentlib.h"
#include "makeactivation.h"
#include "valuestable.h"
#include "widgetlookup.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QVBoxLayout>

using Core::Activation;
using Core::Framework;
using Widgets::ValuesTable;
using namespace Qt::StringLiterals;

namespace {

using TestLib::make;
using TestLib::showCurves;

QStringList column(const ValuesTable& t, int c)
{
    QStringList out;
    for (int r = 0; r < t.table()->rowCount(); ++r)
        out << t.table()->item(r, c)->text();
    return out;
}

QStringList headers(const ValuesTable& t)
{
    QStringList out;
    for (int c = 0; c < t.table()->columnCount(); ++c)
        out << t.table()->horizontalHeaderItem(c)->text();
    return out;
}

using TestLib::child;

} // namespace

class TestValuesTable : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QApplication::setStyle(QStringLiteral("Fusion")); }

    // The tables of the Keras ReLU layer tutorial (seed 002), as printed there.
    void shouldReproduceTheSeedTables_data()
    {
        QTest::addColumn<QString>("framework");
        QTest::addColumn<QStringList>("params");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("y");
        QTest::newRow("defaults") << u"keras"_s << QStringList{} << u"-5, -2, 0, 3"_s
                                  << QStringList{u"0"_s, u"0"_s, u"0"_s, u"3"_s};
        QTest::newRow("max_value=2") << u"keras"_s << QStringList{u"max_value=2"_s} << u"-5, -2, 0, 3"_s
                                     << QStringList{u"0"_s, u"0"_s, u"0"_s, u"2"_s};
        QTest::newRow("negative_slope=2") << u"keras"_s << QStringList{u"negative_slope=2"_s} << u"-5, -2, 0, 3"_s
                                          << QStringList{u"-10"_s, u"-4"_s, u"0"_s, u"3"_s};
        QTest::newRow("threshold=2.5 tf_keras")
            << u"tf_keras"_s << QStringList{u"threshold=2.5"_s} << u"-5, -1.5, 2.5, 3"_s
            << QStringList{u"-0"_s, u"-0"_s, u"0"_s, u"3"_s};
        QTest::newRow("threshold=2.5 keras") << u"keras"_s << QStringList{u"threshold=2.5"_s} << u"-5, -1.5, 2.5, 3"_s
                                             << QStringList{u"0"_s, u"0"_s, u"0"_s, u"3"_s};
        QTest::newRow("tf_keras defaults") << u"tf_keras"_s << QStringList{} << u"-5.0, -2.0, 0.0, 3.0"_s
                                           << QStringList{u"0"_s, u"0"_s, u"0"_s, u"3"_s};
    }

    void shouldReproduceTheSeedTables()
    {
        QFETCH(QString, framework);
        QFETCH(QStringList, params);
        QFETCH(QString, input);
        QFETCH(QStringList, y);
        // GIVEN a ReLU layer with the tutorial's arguments
        Activation a = Activation::withDefaults("relu", *Core::parseFramework(framework.toStdString()));
        for (const QString& p : params)
            a.setParam(p.toStdString());
        Model::ExplorerDocument document;
        ValuesTable table;
        table.setDocument(&document);
        table.show();
        showCurves(document, {a});
        // WHEN the user types the tutorial's input
        auto* edit = child<QLineEdit>(&table, QStringLiteral("valuesInput"));
        edit->clear();
        QTest::keyClicks(edit, input);
        // THEN the f(x) column is what the tutorial printed
        QCOMPARE(headers(table), (QStringList{u"x"_s, u"f(x)"_s, u"f′(x)"_s}));
        QCOMPARE(column(table, 1), y);
        QVERIFY(table.error().isEmpty());
        // AND the document holds what was typed
        QCOMPARE(document.valuesInput(), input);
    }

    void shouldMatchLeakyReluWithReluNegativeSlope()
    {
        // seed 000: ReLU(negative_slope=0.5) and LeakyReLU(alpha=0.5) behave the same
        Model::ExplorerDocument reluDocument, leakyDocument;
        ValuesTable relu, leaky;
        relu.setDocument(&reluDocument);
        leaky.setDocument(&leakyDocument);
        reluDocument.setValuesInput(QStringLiteral("-5, -2, 0, 3"));
        leakyDocument.setValuesInput(QStringLiteral("-5, -2, 0, 3"));
        showCurves(reluDocument, {make("relu", Framework::TfKeras, {"negative_slope=0.5"})});
        showCurves(leakyDocument, {make("leaky_relu", Framework::TfKeras, {"alpha=0.5"})});
        QCOMPARE(column(relu, 1), (QStringList{u"-2.5"_s, u"-1"_s, u"0"_s, u"3"_s}));
        QCOMPARE(column(relu, 2), (QStringList{u"0.5"_s, u"0.5"_s, u"0.5"_s, u"1"_s}));
        QCOMPARE(column(leaky, 1), column(relu, 1));
        QCOMPARE(column(leaky, 2), column(relu, 2));
    }

    void shouldAddAColumnPerTrainableParameter()
    {
        Model::ExplorerDocument document;
        ValuesTable table;
        table.setDocument(&document);
        document.setValuesInput(QStringLiteral("-2, -0.5, 0, 1"));
        showCurves(document, {make("prelu", Framework::PyTorch)});
        QCOMPARE(headers(table), (QStringList{u"x"_s, u"f(x)"_s, u"f′(x)"_s, u"∂f/∂alpha"_s}));
        QCOMPARE(column(table, 1), (QStringList{u"-0.5"_s, u"-0.125"_s, u"0"_s, u"1"_s}));
        QCOMPARE(column(table, 2), (QStringList{u"0.25"_s, u"0.25"_s, u"0.25"_s, u"1"_s}));
        QCOMPARE(column(table, 3), (QStringList{u"-2"_s, u"-0.5"_s, u"0"_s, u"0"_s}));
        QCOMPARE(table.csv(),
            QStringLiteral("x,y,dy,d_alpha\n-2,-0.5,0.25,-2\n-0.5,-0.125,0.25,-0.5\n0,0,0.25,0\n1,1,1,0\n"));
        // a LeakyReLU has the same values but nothing to learn
        TestLib::setSelected(document, make("leaky_relu", Framework::PyTorch, {"alpha=0.25"}));
        QTRY_COMPARE(headers(table).size(), 3); // an edit reaches the table within the throttle
    }

    void shouldShowAnErrorForGarbageAndKeepWorking()
    {
        // GIVEN a table showing values
        Model::ExplorerDocument document;
        ValuesTable table;
        table.setDocument(&document);
        table.show();
        showCurves(document, {make("relu", Framework::Keras)});
        auto* edit = child<QLineEdit>(&table, QStringLiteral("valuesInput"));
        auto* error = child<QLabel>(&table, QStringLiteral("valuesError"));
        QCOMPARE(table.table()->rowCount(), 4);
        // WHEN the user types something that is not a list of numbers
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("1, two, 3"));
        // THEN the core's message is shown and the last good table stays
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QVERIFY2(error->text().contains(QStringLiteral("two")), qPrintable(error->text()));
        // AND once the input is fixed, the message goes and the table follows
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("1, 2, 3"));
        QVERIFY(error->isHidden());
        QCOMPARE(column(table, 1), (QStringList{u"1"_s, u"2"_s, u"3"_s}));
        // AND an empty list is an error too, not a crash
        edit->clear();
        QVERIFY(error->isVisible());
    }

    void shouldAcceptTheCommandLinesSpellings()
    {
        Model::ExplorerDocument document;
        ValuesTable table;
        table.setDocument(&document);
        showCurves(document, {make("relu", Framework::PyTorch)});
        document.setValuesInput(QStringLiteral("nan, -inf, inf, -0"));
        QVERIFY(table.error().isEmpty());
        QCOMPARE(column(table, 0), (QStringList{u"nan"_s, u"-inf"_s, u"inf"_s, u"-0"_s}));
        QCOMPARE(column(table, 1), (QStringList{u"nan"_s, u"0"_s, u"inf"_s, u"-0"_s}));
    }

    void shouldFormatFloat32LikeTheCommandLine()
    {
        // PyTorch builds hard_sigmoid's 1/6 in float32
        Model::ExplorerDocument document;
        ValuesTable table;
        table.setDocument(&document);
        document.setValuesInput(QStringLiteral("0, 0.1"));
        showCurves(document, {make("hard_sigmoid", Framework::PyTorch)});
        QCOMPARE(column(table, 2).at(0), QStringLiteral("0.1666666716337204"));
        document.setDType(Core::DType::Float32);
        QCOMPARE(column(table, 0), (QStringList{u"0"_s, u"0.1"_s}));
        QCOMPARE(column(table, 2).at(0), QStringLiteral("0.16666667"));
    }

    void shouldBeEmptyWithoutACurve()
    {
        Model::ExplorerDocument document;
        ValuesTable table;
        table.setDocument(&document);
        QCOMPARE(table.table()->rowCount(), 0);
        showCurves(document, {make("relu", Framework::Keras)});
        QCOMPARE(table.table()->rowCount(), 4);
        document.select(-1);
        QCOMPARE(table.table()->rowCount(), 0);
        QVERIFY(table.csv().isEmpty());
    }

    void shouldLetTabLeaveTheTable()
    {
        // The table is read-only: Tab goes on to the next control instead of through every cell.
        Model::ExplorerDocument document;
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* table = new ValuesTable(&window);
        auto* after = new QPushButton(u"after"_s, &window);
        layout->addWidget(table);
        layout->addWidget(after);
        table->setDocument(&document);
        showCurves(document, {make("relu", Framework::Keras)});
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        table->table()->setFocus();
        QVERIFY(table->table()->hasFocus());
        QTest::keyClick(table->table(), Qt::Key_Tab);
        QVERIFY(after->hasFocus());
    }
};

QTEST_MAIN(TestValuesTable)
#include "tst_valuestable.moc"
