// SPDX-License-Identifier: MIT
// The distribution lens in the document and in session files (issue #12).
#include "documentlib.h"
#include "explorerdocument.h"
#include "session.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray sessionWithLens(const QByteArray& lens)
{
    return R"({"format": "activation-explorer-session", "version": 1, "curves": [{"function": "relu", "framework": "keras"}], "lens": )"
        + lens + "}";
}

} // namespace

class TestLens : public QObject {
    Q_OBJECT

private slots:
    void shouldRoundTripEveryKindOfLensThroughASessionFile_data()
    {
        QTest::addColumn<Model::Lens>("lens");
        Model::Lens normal;
        normal.shown = true;
        normal.input = Core::Distribution::normal(0.5, 2);
        normal.depth = 120;
        QTest::newRow("normal, he") << normal;
        Model::Lens uniform;
        uniform.input = Core::Distribution::uniform(-3, 1.25);
        uniform.init.scheme = Core::InitScheme::PyTorch;
        QTest::newRow("uniform, pytorch") << uniform;
        Model::Lens laplace;
        laplace.input = Core::Distribution::laplace(-1, 0.3);
        laplace.init = {Core::InitScheme::Custom, 1.3, 0.05};
        laplace.depth = 1;
        QTest::newRow("laplace, custom") << laplace;
        Model::Lens data;
        data.shown = true;
        data.input = Core::Distribution::empirical({-2.5, 0, 0.1, 3, 3, 1e-300});
        data.source = u"preacts.csv"_s;
        data.init.scheme = Core::InitScheme::Keras;
        data.depth = Core::kMaxDepth;
        QTest::newRow("data, keras") << data;
    }
    void shouldRoundTripEveryKindOfLensThroughASessionFile()
    {
        QFETCH(Model::Lens, lens);
        // GIVEN a document with this lens
        Model::ExplorerDocument document;
        TestLib::showCurves(document, {Core::Activation::withDefaults("relu", Core::Framework::Keras)});
        document.setLens(lens);
        // WHEN its session is written and read back
        const Model::SessionResult back = Model::sessionFromJson(Model::sessionToJson(document.snapshot()));
        // THEN the lens is the same, field by field
        QVERIFY2(back, qPrintable(back.error.message()));
        QVERIFY(back.session->lens == lens);
        QCOMPARE(back.session->lens.input.params(), lens.input.params());
        QCOMPARE(back.session->lens.input.values(), lens.input.values());
        QCOMPARE(back.session->lens.source, lens.source);
    }

    void shouldDefaultToAHiddenStandardNormalUnderHe()
    {
        // GIVEN a session file without a lens
        const Model::SessionResult s
            = Model::sessionFromJson(R"({"format": "activation-explorer-session", "version": 1, "curves": []})");
        QVERIFY(s);
        // THEN the lens is off, N(0, 1), He, 50 layers
        QVERIFY(!s.session->lens.shown);
        QVERIFY(s.session->lens.input.kind() == Core::DistributionKind::Normal);
        QCOMPARE(s.session->lens.input.params(), (std::vector<double>{0, 1}));
        QVERIFY(s.session->lens.init.scheme == Core::InitScheme::He);
        QCOMPARE(s.session->lens.depth, 50);
    }

    void shouldRefuseABadLensNamingTheField_data()
    {
        QTest::addColumn<QByteArray>("lens");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("says");
        QTest::newRow("sigma 0") << QByteArray(R"({"input": {"distribution": "normal", "mu": 0, "sigma": 0}})")
                                 << u"lens.input"_s << u"sigma"_s;
        QTest::newRow("uniform a >= b") << QByteArray(R"({"input": {"distribution": "uniform", "a": 2, "b": 1}})")
                                        << u"lens.input"_s << u"accepted"_s;
        QTest::newRow("unknown distribution") << QByteArray(R"({"input": {"distribution": "cauchy"}})")
                                              << u"lens.input.distribution"_s << u"normal, uniform, laplace, data"_s;
        QTest::newRow("a parameter of another kind")
            << QByteArray(R"({"input": {"distribution": "normal", "a": 1}})") << u"lens.input.a"_s << u"accepted"_s;
        QTest::newRow("depth 0") << QByteArray(R"({"depth": 0})") << u"lens.depth"_s << u"200"_s;
        QTest::newRow("depth 201") << QByteArray(R"({"depth": 201})") << u"lens.depth"_s << u"200"_s;
        QTest::newRow("unknown scheme") << QByteArray(R"({"init": {"scheme": "xavier"}})") << u"lens.init.scheme"_s
                                        << u"he, lecun, glorot, pytorch, keras, custom"_s;
        QTest::newRow("negative sigma_w")
            << QByteArray(R"({"init": {"scheme": "custom", "sigma_w": -1}})") << u"lens.init.sigma_w"_s << u">= 0"_s;
        QTest::newRow("sigma_w without custom")
            << QByteArray(R"({"init": {"scheme": "he", "sigma_w": 1}})") << u"lens.init.sigma_w"_s << u"custom"_s;
        QTest::newRow("data, a string") << QByteArray(R"({"input": {"distribution": "data", "values": [1, "x"]}})")
                                        << u"lens.input.values[1]"_s << u"number"_s;
        QTest::newRow("data, empty") << QByteArray(R"({"input": {"distribution": "data", "values": []}})")
                                     << u"lens.input"_s << u"accepted"_s;
        QTest::newRow("an unknown field") << QByteArray(R"({"colour": 1})") << u"lens.colour"_s << u"accepted"_s;
    }
    void shouldRefuseABadLensNamingTheField()
    {
        QFETCH(QByteArray, lens);
        QFETCH(QString, field);
        QFETCH(QString, says);
        const Model::SessionResult s = Model::sessionFromJson(sessionWithLens(lens));
        QVERIFY(!s);
        QCOMPARE(s.error.field, field);
        QVERIFY2(s.error.problem.contains(says), qPrintable(s.error.message()));
    }

    void shouldRefuseMoreNumbersThanASessionHolds()
    {
        QByteArray values = "0";
        for (qsizetype i = 0; i < Model::kMaxLensValues; ++i)
            values += ",1";
        const Model::SessionResult s = Model::sessionFromJson(
            sessionWithLens(R"({"input": {"distribution": "data", "values": [)" + values + "]}}"));
        QVERIFY(!s);
        QCOMPARE(s.error.field, u"lens.input.values"_s);
        QVERIFY2(s.error.problem.contains(u"at most 100000"_s), qPrintable(s.error.message()));
    }

    void shouldSignalALensChangeOnceAndMarkTheDocumentModified()
    {
        Model::ExplorerDocument document;
        QSignalSpy changed(&document, &Model::ExplorerDocument::lensChanged);
        QSignalSpy modified(&document, &Model::ExplorerDocument::modified);
        Model::Lens lens = document.lens();
        lens.depth = 7;
        document.setLens(lens);
        document.setLens(lens); // the same again: nothing
        QCOMPARE(changed.size(), 1);
        QCOMPARE(modified.size(), 1);
        QCOMPARE(document.lens().depth, 7);
        QCOMPARE(document.snapshot().lens.depth, 7);
    }

    void shouldTakeTheLensFromAnAssignedSessionWithoutMarkingItModified()
    {
        Model::ExplorerDocument document;
        Model::Session s = document.snapshot();
        s.lens.shown = true;
        s.lens.input = Core::Distribution::laplace(1, 2);
        QSignalSpy changed(&document, &Model::ExplorerDocument::lensChanged);
        QSignalSpy modified(&document, &Model::ExplorerDocument::modified);
        document.assign(s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(modified.size(), 0);
        QVERIFY(document.lens() == s.lens);
    }
};

QTEST_GUILESS_MAIN(TestLens)
#include "tst_lens.moc"
