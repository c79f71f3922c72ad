// SPDX-License-Identifier: MIT
#include "domaineditor.h"
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

    void shouldEmitAValidDomain()
    {
        DomainEditor editor;
        editor.show();
        editor.setDomain({-5, 5, 1001});
        QSignalSpy spy(&editor, &DomainEditor::domainChanged);
        typeInto(child<QDoubleSpinBox>(&editor, u"xMaxSpin"_s), u"10"_s);
        QVERIFY(!spy.isEmpty());
        const auto d = spy.last().at(0).value<Core::Domain>();
        QCOMPARE(d.min, -5.0);
        QCOMPARE(d.max, 10.0);
        QCOMPARE(d.samples, std::size_t{1001});
        typeInto(child<QSpinBox>(&editor, u"samplesSpin"_s), u"51"_s);
        QCOMPARE(spy.last().at(0).value<Core::Domain>().samples, std::size_t{51});
    }

    void shouldShowTheCoresMessageForAnInvalidDomain()
    {
        // GIVEN the domain -5 .. 5
        DomainEditor editor;
        editor.show();
        editor.setDomain({-5, 5, 1001});
        QSignalSpy spy(&editor, &DomainEditor::domainChanged);
        auto* error = child<QLabel>(&editor, u"domainError"_s);
        // WHEN the user makes x min larger than x max
        typeInto(child<QDoubleSpinBox>(&editor, u"xMinSpin"_s), u"7"_s);
        // THEN the message shows, nothing is emitted and the last valid domain stays
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QVERIFY(spy.isEmpty());
        QCOMPARE(editor.domain().min, -5.0);
        // AND fixing it emits the new domain and hides the message
        typeInto(child<QDoubleSpinBox>(&editor, u"xMaxSpin"_s), u"9"_s);
        QVERIFY(error->isHidden());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(editor.domain().min, 7.0);
        QCOMPARE(editor.domain().max, 9.0);
    }

    void shouldSwitchThePrecision()
    {
        DomainEditor editor;
        QSignalSpy spy(&editor, &DomainEditor::dtypeChanged);
        auto* combo = child<QComboBox>(&editor, u"dtypeCombo"_s);
        combo->setCurrentIndex(combo->findText(u"float32"_s));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<Core::DType>(), Core::DType::Float32);
        QCOMPARE(editor.dtype(), Core::DType::Float32);
        editor.setDType(Core::DType::Float64); // programmatic: no signal
        QCOMPARE(spy.count(), 1);
        QCOMPARE(combo->currentText(), u"float64"_s);
    }
};

QTEST_MAIN(TestDomainEditor)
#include "tst_domaineditor.moc"
