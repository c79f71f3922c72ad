// SPDX-License-Identifier: MIT
#include "domaineditor.h"
#include "explorerdocument.h"
#include "widgetlookup.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using Widgets::DomainEditor;
using namespace Qt::StringLiterals;

namespace {

using TestLib::child;

void typeInto(QAbstractSpinBox* spin, const QString& text)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, text);
    QTest::keyClick(spin, Qt::Key_Return);
}

} // namespace

class TestDomainEditor : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QApplication::setStyle(u"Fusion"_s); }

    void shouldSetTheDocumentsDomain()
    {
        Model::ExplorerDocument document;
        DomainEditor editor;
        editor.setDocument(&document);
        editor.show();
        QSignalSpy spy(&document, &Model::ExplorerDocument::domainChanged);
        typeInto(child<QDoubleSpinBox>(&editor, u"xMaxSpin"_s), u"10"_s);
        QVERIFY(!spy.isEmpty());
        QCOMPARE(document.domain().min, -5.0);
        QCOMPARE(document.domain().max, 10.0);
        QCOMPARE(document.domain().samples, std::size_t{1001});
        // The samples read whole numbers in the one grammar: "+51" and "5.1e1" are 51.
        typeInto(child<QSpinBox>(&editor, u"samplesSpin"_s), u"5.1e1"_s);
        QCOMPARE(document.domain().samples, std::size_t{51});
        typeInto(child<QSpinBox>(&editor, u"samplesSpin"_s), u"+77"_s);
        QCOMPARE(document.domain().samples, std::size_t{77});
    }

    void shouldFollowTheDocument()
    {
        Model::ExplorerDocument document;
        DomainEditor editor;
        editor.setDocument(&document);
        QSignalSpy spy(&document, &Model::ExplorerDocument::modified);
        // GIVEN a session with its own domain and dtype
        Model::Session session = document.snapshot();
        session.domain = {-2.5, 0.75, 333};
        session.dtype = Core::DType::Float32;
        document.assign(session);
        // THEN the fields show it, and showing it changed nothing
        QCOMPARE(child<QDoubleSpinBox>(&editor, u"xMinSpin"_s)->value(), -2.5);
        QCOMPARE(child<QDoubleSpinBox>(&editor, u"xMaxSpin"_s)->value(), 0.75);
        QCOMPARE(child<QSpinBox>(&editor, u"samplesSpin"_s)->value(), 333);
        QCOMPARE(child<QComboBox>(&editor, u"dtypeCombo"_s)->currentText(), u"float32"_s);
        QCOMPARE(editor.domain().samples, std::size_t{333});
        QVERIFY(spy.isEmpty());
    }

    void shouldShowTheCoresMessageForAnInvalidDomain()
    {
        // GIVEN the domain -5 .. 5
        Model::ExplorerDocument document;
        DomainEditor editor;
        editor.setDocument(&document);
        editor.show();
        QSignalSpy spy(&document, &Model::ExplorerDocument::domainChanged);
        auto* error = child<QLabel>(&editor, u"domainError"_s);
        // WHEN the user makes x min larger than x max
        typeInto(child<QDoubleSpinBox>(&editor, u"xMinSpin"_s), u"7"_s);
        // THEN the message shows, the document keeps the last valid domain
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QVERIFY(spy.isEmpty());
        QCOMPARE(document.domain().min, -5.0);
        // AND fixing it sets the new domain and hides the message
        typeInto(child<QDoubleSpinBox>(&editor, u"xMaxSpin"_s), u"9"_s);
        QVERIFY(error->isHidden());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(document.domain().min, 7.0);
        QCOMPARE(document.domain().max, 9.0);
    }

    void shouldSwitchThePrecision()
    {
        Model::ExplorerDocument document;
        DomainEditor editor;
        editor.setDocument(&document);
        QSignalSpy spy(&document, &Model::ExplorerDocument::dtypeChanged);
        auto* combo = child<QComboBox>(&editor, u"dtypeCombo"_s);
        combo->setCurrentIndex(combo->findText(u"float32"_s));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(document.dtype(), Core::DType::Float32);
        document.setDType(Core::DType::Float64);
        QCOMPARE(combo->currentText(), u"float64"_s);
    }

    // The curves share Core::kMaxTotalSamples: the field goes no further than they may.
    void shouldKeepTheSamplesWithinWhatTheCurvesMayShare()
    {
        Model::ExplorerDocument document;
        DomainEditor editor;
        editor.setDocument(&document);
        auto* samples = child<QSpinBox>(&editor, u"samplesSpin"_s);
        QCOMPARE(samples->maximum(), int(Core::kMaxSamples));
        for (int i = 0; i < 10; ++i)
            document.curveModel()->insertCurve(
                Model::makeCurve(Core::Activation::withDefaults("relu", Core::Framework::Keras), 0xff000000));
        QCOMPARE(samples->maximum(), int(Core::kMaxTotalSamples / 10));
        // Typed digit by digit, the field follows while the number fits and refuses the digit that
        // takes it past the limit.
        typeInto(samples, u"2000000"_s);
        QCOMPARE(document.domain().samples, std::size_t{200'000});
        typeInto(samples, u"1000000"_s);
        QCOMPARE(document.domain().samples, std::size_t{1'000'000});
        QVERIFY(!document.addLimit().isEmpty());
    }
};

QTEST_MAIN(TestDomainEditor)
#include "tst_domaineditor.moc"
