// SPDX-License-Identifier: MIT
// The learning lab's core (issue #14): backpropagation through the catalogue's kernels against
// finite differences, bit-for-bit repeatability, PReLU learning a teacher's slope, ReLU units
// dying at a high learning rate where Leaky and PReLU units do not, and the frameworks' inits.

#include "aex/core/training.h"

#include <QTest>

#include <bit>
#include <cmath>

namespace {

using Core::Framework;

Core::TrainConfig config(const char* task, std::vector<int> hidden, Core::OptimizerKind optimizer, double lr)
{
    Core::TrainConfig c;
    c.task = Core::Task::parse(task);
    c.hidden = std::move(hidden);
    c.optimizer = optimizer;
    c.learningRate = lr;
    return c;
}

Core::Activation make(const char* function, Framework fw) { return Core::Activation::withDefaults(function, fw); }

} // namespace

class TestTraining : public QObject {
    Q_OBJECT
private slots:
    // d loss / d parameter by backpropagation against central differences, for a smooth unit and
    // for PReLU's alpha (away from its kink, which the random points never hit exactly).
    void gradientsMatchFiniteDifferences_data()
    {
        QTest::addColumn<QString>("function");
        QTest::addColumn<int>("framework");
        QTest::addColumn<QString>("task");
        QTest::newRow("elu, two layers, moons") << "elu" << int(Framework::Keras) << "moons";
        QTest::newRow("prelu, teacher") << "prelu" << int(Framework::PyTorch) << "teacher:0.6";
        QTest::newRow("softplus, regression") << "softplus" << int(Framework::PyTorch) << "regression";
    }
    void gradientsMatchFiniteDifferences()
    {
        QFETCH(QString, function);
        QFETCH(int, framework);
        QFETCH(QString, task);
        Core::Trainer t(make(function.toUtf8().constData(), Framework(framework)),
            config(task.toUtf8().constData(), {5, 3}, Core::OptimizerKind::Adam, 0.01));
        for (int i = 0; i < 20; ++i)
            t.step(); // away from the initial point
        std::vector<double> g;
        t.lossAndGradient(g);
        const std::vector<double> p = t.parameters();
        QCOMPARE(g.size(), p.size());
        int checked = 0;
        for (std::size_t j = 0; j < p.size(); ++j) {
            const double h = 1e-6 * std::max(1.0, std::fabs(p[j]));
            std::vector<double> q = p, unused;
            q[j] = p[j] + h;
            t.setParameters(q);
            const double up = t.lossAndGradient(unused);
            q[j] = p[j] - h;
            t.setParameters(q);
            const double down = t.lossAndGradient(unused);
            t.setParameters(p);
            const double numeric = (up - down) / (2 * h);
            QVERIFY2(std::fabs(numeric - g[j]) <= 1e-5 * std::max(1.0, std::fabs(g[j])),
                qPrintable(QStringLiteral("parameter %1: backprop %2, finite difference %3").arg(j).arg(g[j]).arg(numeric)));
            ++checked;
        }
        QVERIFY(checked > 20);
    }

    void sameSeedSameBits()
    {
        const Core::TrainConfig c = config("spiral", {16, 16}, Core::OptimizerKind::Sgd, 0.1);
        Core::Trainer a(make("prelu", Framework::PyTorch), c), b(make("prelu", Framework::PyTorch), c);
        for (int i = 0; i < 100; ++i) {
            const Core::TrainStep sa = a.step(), sb = b.step();
            QCOMPARE(std::bit_cast<std::uint64_t>(sa.loss), std::bit_cast<std::uint64_t>(sb.loss));
            QCOMPARE(sa.deadUnits, sb.deadUnits);
            QCOMPARE(sa.alphas.size(), std::size_t(32));
            for (std::size_t k = 0; k < sa.alphas.size(); ++k)
                QCOMPARE(std::bit_cast<std::uint64_t>(sa.alphas[k]), std::bit_cast<std::uint64_t>(sb.alphas[k]));
        }
        QVERIFY(a.parameters() == b.parameters());
        Core::TrainConfig other = c;
        other.seed = 2;
        Core::Trainer d(make("prelu", Framework::PyTorch), other);
        QVERIFY(d.step().loss != Core::Trainer(make("prelu", Framework::PyTorch), c).step().loss);
    }

    // The teacher is prelu(x, 0.6); one PReLU unit matches it with alpha = 0.6 (or, with the unit's
    // weight negative, 1 / 0.6: the same function).
    void preluLearnsTheTeachersSlope()
    {
        Core::Trainer t(make("prelu", Framework::PyTorch), config("teacher:0.6", {1}, Core::OptimizerKind::Adam, 0.01));
        QCOMPARE(t.units().at(0).params().value[0], 0.25); // PyTorch's init
        Core::TrainStep last;
        for (int i = 0; i < 3000; ++i)
            last = t.step();
        QVERIFY2(last.loss < 1e-3, qPrintable(QString::number(last.loss)));
        const double alpha = last.alphas.at(0);
        QVERIFY2(std::fabs(alpha - 0.6) < 0.02 || std::fabs(alpha - 1 / 0.6) < 0.05, qPrintable(QString::number(alpha)));
    }

    // The teacher test: targets from prelu(x, 0.2), and a single PReLU unit (the unit
    // alone, no dense weights to mirror it) learns alpha to within 0.01 of 0.2 in both frameworks'
    // semantics, from Keras' start at 0 and PyTorch's at 0.25, whatever the seed.
    void theUnitAloneLearnsTheTeachersSlopeInBothFrameworks_data()
    {
        QTest::addColumn<int>("framework");
        QTest::addColumn<int>("optimizer");
        QTest::addColumn<quint64>("seed");
        for (const Framework fw : {Framework::Keras, Framework::PyTorch})
            for (const Core::OptimizerKind opt : {Core::OptimizerKind::Adam, Core::OptimizerKind::Sgd})
                for (const quint64 seed : {1ULL, 2ULL, 7ULL})
                    QTest::addRow("%s/%s/%llu", fw == Framework::Keras ? "keras" : "pytorch",
                        opt == Core::OptimizerKind::Adam ? "adam" : "sgd", seed)
                        << int(fw) << int(opt) << seed;
    }
    void theUnitAloneLearnsTheTeachersSlopeInBothFrameworks()
    {
        QFETCH(int, framework);
        QFETCH(int, optimizer);
        QFETCH(quint64, seed);
        Core::TrainConfig c = config("teacher:0.2", {}, Core::OptimizerKind(optimizer), 0.05);
        c.seed = seed;
        Core::Trainer t(make("prelu", Framework(framework)), c);
        const double start = Framework(framework) == Framework::Keras ? 0.0 : 0.25;
        QCOMPARE(t.units().at(0).params().value[0], start);
        Core::TrainStep last;
        for (int i = 0; i < 1000; ++i)
            last = t.step();
        QVERIFY2(std::fabs(last.alphas.at(0) - 0.2) < 0.01, qPrintable(QString::number(last.alphas.at(0))));
        // Only alpha trains: the unit's input weight and bias stay 1 and 0.
        QCOMPARE(t.parameters().at(0), 1.0);
        QCOMPARE(t.parameters().at(1), 0.0);
    }

    // Circles at SGD learning rate 1: ReLU units die (f' = 0 for every point), Leaky and PReLU
    // units cannot (f' is never 0 while the slope is not).
    void reluUnitsDieAtAHighLearningRate()
    {
        const Core::TrainConfig c = config("circles", {16}, Core::OptimizerKind::Sgd, 1.0);
        const auto deadAfter = [&](const char* function) {
            Core::Trainer t(make(function, Framework::PyTorch), c);
            Core::TrainStep s;
            for (int i = 0; i < 500; ++i)
                s = t.step();
            return s.deadUnits;
        };
        QVERIFY(deadAfter("relu") >= 4);
        QCOMPARE(deadAfter("leaky_relu"), 0);
        QCOMPARE(deadAfter("prelu"), 0);
    }

    // Keras starts PReLU at alpha 0 with Glorot weights and zero biases; PyTorch at 0.25 with
    // nn.Linear's uniform weights and biases.
    void frameworksStartAsTheirLayersDo()
    {
        const Core::TrainConfig c = config("xor", {8}, Core::OptimizerKind::Adam, 0.01);
        const Core::Trainer keras(make("prelu", Framework::Keras), c), torch(make("prelu", Framework::PyTorch), c);
        QCOMPARE(keras.units().at(0).params().value[0], 0.0);
        QCOMPARE(torch.units().at(0).params().value[0], 0.25);
        const std::vector<double> pk = keras.parameters(), pt = torch.parameters();
        // Layer 0: 16 weights then 8 biases.
        for (std::size_t j = 16; j < 24; ++j) {
            QCOMPARE(pk[j], 0.0);
            QVERIFY(pt[j] != 0.0 && std::fabs(pt[j]) <= 1 / std::sqrt(2.0));
        }
        for (std::size_t j = 0; j < 16; ++j)
            QVERIFY(std::fabs(pk[j]) <= std::sqrt(6.0 / 10.0));
    }

    // One SGD step from rest moves every parameter by -lr * gradient (the batch is the whole set).
    void sgdStepIsTheGradient()
    {
        Core::TrainConfig c = config("moons", {4}, Core::OptimizerKind::Sgd, 0.05);
        c.batch = Core::kTrainingPoints;
        Core::Trainer t(make("tanh", Framework::PyTorch), c);
        std::vector<double> g;
        t.lossAndGradient(g);
        const std::vector<double> before = t.parameters();
        t.step();
        const std::vector<double> after = t.parameters();
        for (std::size_t j = 0; j < g.size(); ++j)
            QVERIFY(std::fabs((before[j] - after[j]) - 0.05 * g[j]) <= 1e-12 * std::max(1.0, std::fabs(g[j])));
    }

    void badInputNamesWhatIsAccepted()
    {
        QVERIFY_THROWS_EXCEPTION(Core::InputError, Core::Task::parse("xorr"));
        QVERIFY_THROWS_EXCEPTION(Core::InputError, Core::Task::parse("teacher:nan"));
        QCOMPARE(Core::Task::parse("teacher:0.5").name(), std::string("teacher:0.5"));
        Core::TrainConfig c;
        c.hidden = {16, 16, 16};
        try {
            c.validate();
            QFAIL("three layers accepted");
        } catch (const Core::InputError& e) {
            QVERIFY(std::string(e.what()).find("accepted: 1 or 2") != std::string::npos);
        }
        c.hidden = {65};
        QVERIFY_THROWS_EXCEPTION(Core::InputError, c.validate());
        c.hidden = {4};
        c.learningRate = 0;
        QVERIFY_THROWS_EXCEPTION(Core::InputError, c.validate());
        c.learningRate = 0.01;
        c.hidden = {}; // the unit alone takes one input, and xor has two
        QVERIFY_THROWS_EXCEPTION(Core::InputError, c.validate());
        c.task = Core::Task::parse("teacher:0.2");
        c.validate();
        c.hidden = {4};
        c.points = 1;
        QVERIFY_THROWS_EXCEPTION(Core::InputError, c.validate());
        c.points = 64;
        c.batch = 65; // more than the set holds
        QVERIFY_THROWS_EXCEPTION(Core::InputError, c.validate());
    }

    // The benchmark's size (bench_training.cpp): 512 points, trained full-batch; the reused scratch
    // buffers give the same numbers as a fresh trainer's first pass over the same weights.
    void largerSetsAndReusedBuffers()
    {
        Core::TrainConfig c = config("circles", {32}, Core::OptimizerKind::Adam, 0.01);
        c.points = c.batch = 512;
        Core::Trainer t(make("prelu", Framework::PyTorch), c);
        QCOMPARE(t.data().size(), std::size_t(512));
        for (int i = 0; i < 5; ++i)
            t.step();
        Core::Trainer fresh(make("prelu", Framework::PyTorch), c);
        fresh.setParameters(t.parameters());
        const Core::TrainStep again = t.measure(), first = fresh.measure();
        QCOMPARE(again.loss, first.loss);
        QCOMPARE(again.alphas, first.alphas);
        std::vector<double> g1, g2;
        QCOMPARE(t.lossAndGradient(g1), fresh.lossAndGradient(g2));
        QCOMPARE(g1, g2);
    }
};

QTEST_APPLESS_MAIN(TestTraining)
#include "tst_training.moc"
