// SPDX-License-Identifier: MIT
// The document owns the explorer's state: what assign() and snapshot() promise, what is a user's
// edit (modified()) and what is not, how the selection follows removals, and its limits.
#include "documentlib.h"
#include "explorerdocument.h"
#include "makeactivation.h"

#include <QSignalSpy>
#include <QTest>

using Core::Framework;
using Model::ExplorerDocument;
using TestLib::make;
using namespace Qt::StringLiterals;

namespace {

Model::Session richSession()
{
    Model::Session s;
    s.curves = {Model::makeCurve(make("relu", Framework::TfKeras, {"negative_slope=0.5"}), 0xff0072b2),
        Model::makeCurve(make("prelu", Framework::PyTorch), 0xffd55e00),
        Model::makeCurve(make("gelu", Framework::Keras, {"approximate=true"}), 0x80123456)};
    s.curves[1].name = u"teaching"_s;
    s.curves[1].autoNamed = false;
    s.curves[2].visible = false;
    s.selected = 1;
    s.domain = {-3.5, 2.25, 777};
    s.dtype = Core::DType::Float32;
    s.view = {std::pair{-1.0, 1.0}, std::pair{-2.0, 3.0}, std::pair{0.0, 1.5}};
    s.theme = Model::Theme::Dark;
    s.panels = Model::Panels::Derivative;
    s.valuesInput = u"-1, 0.5"_s;
    s.compare = {2, 0};
    s.lab.shown = true;
    s.lab.config.task = Core::Task::parse("teacher:0.6");
    s.lab.config.hidden = {8, 4};
    s.lab.config.optimizer = Core::OptimizerKind::Sgd;
    s.lab.config.learningRate = 0.5;
    s.lab.config.seed = 42;
    return s;
}

} // namespace

class TestExplorerDocument : public QObject {
    Q_OBJECT

private slots:
    void shouldGiveBackWhatItWasGiven()
    {
        ExplorerDocument document;
        document.assign(richSession());
        TestLib::compareSessions(document.snapshot(), richSession());
    }

    // An assignment is not an edit: a session that was just opened is not modified.
    // The compared pair follows its curves: a removal above shifts it, removing one ends it.
    void shouldKeepTheComparedPairWithItsCurves()
    {
        ExplorerDocument document;
        document.assign(richSession());
        QSignalSpy changed(&document, &ExplorerDocument::comparedChanged);
        QSignalSpy modified(&document, &ExplorerDocument::modified);
        QVERIFY(!document.setCompared(1, 1));
        QVERIFY(!document.setCompared(0, 3));
        QVERIFY(document.setCompared(1, 2));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(modified.size(), 1);
        document.removeCurve(0);
        QCOMPARE(document.compared(), (QList<int>{0, 1}));
        document.removeCurve(1);
        QVERIFY(document.compared().isEmpty());
        QCOMPARE(changed.size(), 2);
        // AND a session's pair survives JSON
        Model::Session s = richSession();
        const Model::SessionResult back = Model::sessionFromJson(Model::sessionToJson(s));
        QVERIFY(back);
        QCOMPARE(back.session->compare, (QList<int>{2, 0}));
        QVERIFY(back.session->lab == s.lab);
    }

    void shouldTellEveryViewButCallNothingAnEdit()
    {
        ExplorerDocument document;
        QSignalSpy modified(&document, &ExplorerDocument::modified);
        QSignalSpy assigned(&document, &ExplorerDocument::assigned);
        QSignalSpy domain(&document, &ExplorerDocument::domainChanged);
        QSignalSpy theme(&document, &ExplorerDocument::themeChanged);
        QSignalSpy view(&document, &ExplorerDocument::viewChanged);
        QSignalSpy selection(&document, &ExplorerDocument::selectionChanged);
        document.assign(richSession());
        QCOMPARE(modified.count(), 0);
        QCOMPARE(assigned.count(), 1);
        QCOMPARE(domain.count(), 1);
        QCOMPARE(theme.count(), 1);
        QVERIFY(!view.isEmpty());
        QCOMPARE(selection.last().at(0).toInt(), 1);
        // AND an edit is one
        document.setDType(Core::DType::Float64);
        document.curveModel()->setName(0, u"mine"_s);
        document.setView({});
        QCOMPARE(modified.count(), 3);
        // AND setting what is already there is none
        document.setDType(Core::DType::Float64);
        document.setTheme(Model::Theme::Dark);
        QCOMPARE(modified.count(), 3);
    }

    void shouldShowANewDomainWhole()
    {
        ExplorerDocument document;
        document.assign(richSession());
        QVERIFY(!document.view().followsData());
        QVERIFY(document.setDomain({0, 1, 11}));
        QVERIFY(document.view().followsData());
        // An invalid domain is refused and changes nothing.
        QVERIFY(!document.setDomain({1, 1, 11}));
        QVERIFY(!document.setDomain({0, 1, 1}));
        QCOMPARE(document.domain().max, 1.0);
    }

    void shouldSelectTheCurveThatTakesTheRemovedOnesPlace()
    {
        ExplorerDocument document;
        document.assign(richSession());
        QSignalSpy selection(&document, &ExplorerDocument::selectionChanged);
        document.removeCurve(1);
        QCOMPARE(document.selected(), 1);
        QCOMPARE(document.curve(1).activation.function().name, std::string_view("gelu"));
        document.removeCurve(1);
        QCOMPARE(document.selected(), 0);
        document.removeCurve(0);
        QCOMPARE(document.selected(), -1);
        QCOMPARE(selection.last().at(0).toInt(), -1);
        QCOMPARE(document.duplicateCurve(0), -1);
    }

    void shouldAddAndDuplicateAfterTheSelection()
    {
        ExplorerDocument document;
        document.assign(richSession());
        // A new curve is the function and framework at their defaults, in an unused colour.
        const int added = document.addCurve(make("elu", Framework::Keras, {"alpha=3"}));
        QCOMPARE(added, 3);
        QCOMPARE(document.selected(), 3);
        QCOMPARE(document.curve(3).activation, make("elu", Framework::Keras));
        QCOMPARE(document.curve(3).color, Model::defaultCurveColor(2));
        // A copy follows its curve, visible, in the next colour; a given name says it is a copy.
        const int copy = document.duplicateCurve(1);
        QCOMPARE(copy, 2);
        QCOMPARE(document.curve(2).activation, document.curve(1).activation);
        QCOMPARE(document.curve(2).name, u"teaching (copy)"_s);
        QVERIFY(document.curve(2).color != document.curve(1).color);
    }

    // The document never holds what a session file could not: at most 64 curves and 10^7 points.
    void shouldKeepItsLimits()
    {
        ExplorerDocument document;
        QSignalSpy limits(&document, &ExplorerDocument::limitsChanged);
        QVERIFY(document.setDomain({-1, 1, 1'000'000}));
        QCOMPARE(document.maxSamples(), Core::kMaxSamples);
        for (int i = 0; i < 10; ++i)
            QVERIFY(document.addCurve(make("relu", Framework::Keras)) >= 0);
        QVERIFY(!limits.isEmpty());
        QCOMPARE(document.maxSamples(), std::size_t{1'000'000});
        QVERIFY2(document.addLimit().contains(u"11 curves"_s), qPrintable(document.addLimit()));
        QCOMPARE(document.addCurve(make("relu", Framework::Keras)), -1);
        QCOMPARE(document.curveCount(), 10);
        QVERIFY(!document.setDomain({-1, 1, 1'000'001}));
        QVERIFY(document.setDomain({-1, 1, 1001}));
        while (document.curveCount() < int(Core::kMaxCurves))
            QVERIFY(document.addCurve(make("relu", Framework::Keras)) >= 0);
        QVERIFY(document.addLimit().contains(u"At most 64 curves"_s));
        QCOMPARE(document.duplicateCurve(0), -1);
    }

    void shouldKeepTheValuesWhenASessionHasNone()
    {
        ExplorerDocument document;
        document.setValuesInput(u"1, 2"_s);
        Model::Session session = richSession();
        session.valuesInput.clear();
        document.assign(session);
        QCOMPARE(document.valuesInput(), u"1, 2"_s);
    }

    void shouldClampTheSelectionOfASession()
    {
        ExplorerDocument document;
        Model::Session session = richSession();
        session.selected = 99;
        document.assign(session);
        QCOMPARE(document.selected(), 2);
        session.curves.clear();
        document.assign(session);
        QCOMPARE(document.selected(), -1);
    }

    void shouldTellAViewAboutTheSelectedCurveUntilItLetsGo()
    {
        ExplorerDocument document;
        document.assign(richSession()); // curve 1 selected
        QObject view;
        int other = 0, edited = 0;
        Model::followSelectedCurve(
            &document, &view, [&] { ++other; }, [&] { ++edited; });

        document.setActivation(0, make("elu", Framework::Keras)); // not the selected one
        QCOMPARE(edited, 0);
        document.setActivation(1, make("prelu", Framework::PyTorch, {"alpha=0.5"}));
        QCOMPARE(edited, 1);
        document.select(0);
        QCOMPARE(other, 1);
        document.setDType(Core::DType::Float64); // it computes something else now
        QCOMPARE(other, 2);

        document.disconnectView(&view);
        document.setActivation(0, make("relu", Framework::Keras));
        document.select(1);
        document.setDType(Core::DType::Float32);
        QCOMPARE(other, 2);
        QCOMPARE(edited, 1);
    }
};

QTEST_GUILESS_MAIN(TestExplorerDocument)
#include "tst_explorerdocument.moc"
