// SPDX-License-Identifier: MIT
#include "curvelistmodel.h"
#include "makeactivation.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using Core::Framework;
using Model::CurveListModel;
using TestLib::make;
using namespace Qt::StringLiterals;

namespace {

Model::Curve curve(std::string_view function, Framework fw, std::initializer_list<std::string_view> params = {})
{
    return Model::makeCurve(make(function, fw, params), Model::defaultCurveColor(0));
}

} // namespace

class TestCurveListModel : public QObject {
    Q_OBJECT

private slots:
    void shouldNameCurvesAfterTheirNonDefaultParameters_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("name");
        QTest::newRow("defaults") << u"relu:keras"_s << u"ReLU · Keras 3"_s;
        QTest::newRow("one") << u"relu:keras:negative_slope=0.5"_s << u"ReLU · Keras 3 · negative_slope=0.5"_s;
        QTest::newRow("two") << u"relu:tf_keras:negative_slope=0.1,threshold=2"_s
                             << u"ReLU · tf.keras 2 · negative_slope=0.1, threshold=2"_s;
        QTest::newRow("None default set") << u"relu:keras:max_value=6"_s << u"ReLU · Keras 3 · max_value=6"_s;
        QTest::newRow("pytorch default") << u"leaky_relu:pytorch"_s << u"LeakyReLU · PyTorch"_s;
        QTest::newRow("Boolean") << u"gelu:pytorch:approximate=true"_s << u"GELU · PyTorch · approximate=true"_s;
    }
    void shouldNameCurvesAfterTheirNonDefaultParameters()
    {
        QFETCH(QString, spec);
        QFETCH(QString, name);
        const QStringList parts = spec.split(u':');
        Core::Activation a
            = Core::Activation::withDefaults(parts[0].toStdString(), *Core::parseFramework(parts[1].toStdString()));
        if (parts.size() > 2)
            for (const QString& p : parts[2].split(u','))
                a.setParam(p.toStdString());
        QCOMPARE(Model::autoName(a), name);
    }

    void shouldKeepAUserNameUntilItIsCleared()
    {
        // GIVEN an auto-named curve
        CurveListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.insertCurve(curve("relu", Framework::Keras));
        QVERIFY(model.curve(0).autoNamed);
        // WHEN its activation changes, the name follows
        model.setActivation(0, make("relu", Framework::Keras, {"threshold=1"}));
        QCOMPARE(model.curve(0).name, u"ReLU · Keras 3 · threshold=1"_s);
        // WHEN the user renames it, the name sticks
        QVERIFY(model.setData(model.index(0), u"my relu"_s, Qt::EditRole));
        QVERIFY(!model.curve(0).autoNamed);
        model.setActivation(0, make("relu", Framework::Keras, {"threshold=2"}));
        QCOMPARE(model.curve(0).name, u"my relu"_s);
        // WHEN the name is cleared, it is automatic again
        model.setData(model.index(0), QString(), Qt::EditRole);
        QCOMPARE(model.curve(0).name, u"ReLU · Keras 3 · threshold=2"_s);
        QVERIFY(model.curve(0).autoNamed);
    }

    void shouldKeepTheAutomaticNameWhenConfirmedUnchanged()
    {
        CurveListModel model;
        model.setCurves({curve("relu", Framework::Keras)});
        model.setData(model.index(0), u"ReLU · Keras 3"_s, Qt::EditRole);
        QVERIFY(model.curve(0).autoNamed);
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
        model.setColor(0, 0xffff0000);
        QCOMPARE(model.data(model.index(0), CurveListModel::ColorRole).value<Model::Rgba>(), Model::Rgba(0xffff0000));
        QCOMPARE(changed.count(), 2);
        model.setColor(0, 0xffff0000); // identical: no signal
        model.setActivation(0, model.curve(0).activation);
        QCOMPARE(changed.count(), 2);
        QVERIFY(model.flags(model.index(0)) & Qt::ItemIsUserCheckable);
        QVERIFY(model.flags(model.index(0)) & Qt::ItemIsEditable);
    }

    void shouldPickUnusedColours()
    {
        CurveListModel model;
        model.setCurves({curve("relu", Framework::Keras)});
        QCOMPARE(model.nextColor(), Model::defaultCurveColor(1));
        model.insertCurve(Model::makeCurve(make("elu", Framework::Keras), Model::defaultCurveColor(1)));
        QCOMPARE(model.nextColor(), Model::defaultCurveColor(2));
    }
};

QTEST_GUILESS_MAIN(TestCurveListModel)
#include "tst_curvelistmodel.moc"
