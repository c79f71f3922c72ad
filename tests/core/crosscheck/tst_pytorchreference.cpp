// SPDX-License-Identifier: MIT
// Replays pytorch-reference.tsv, what real PyTorch computed (scalar path: 1-element tensors), against
// the core, with no Python. The table is written by `make crosscheck REGENERATE=1`; its header names
// the PyTorch version and the seed.

#include "crosscheck.h"

#include "aex/core/catalogue.h"

#include <QTest>

#include <cmath>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace {

struct Table {
    std::string header;
    std::vector<Crosscheck::Row> rows;
};

const Table& table()
{
    static const Table t = [] {
        Table out;
        std::ifstream in(AEX_PYTORCH_REFERENCE);
        std::string line;
        while (std::getline(in, line) && line.starts_with('#'))
            out.header += line + '\n';
        std::ifstream again(AEX_PYTORCH_REFERENCE);
        out.rows = Crosscheck::readTable(again);
        return out;
    }();
    return t;
}

bool cpuHasAvx2Fma()
{
#if defined(__x86_64__)
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
#else
    return false;
#endif
}

std::vector<Crosscheck::Row> rowsOf(const std::string& function, Core::DType dtype)
{
    std::vector<Crosscheck::Row> out;
    for (const Crosscheck::Row& r : table().rows)
        if (r.input.function == function && r.input.dtype == dtype)
            out.push_back(r);
    return out;
}

} // namespace

class TestPytorchReference : public QObject {
    Q_OBJECT

private slots:
    void shouldNameItsOrigin();
    void shouldCoverEveryPytorchFunctionInBothDtypes();
    void shouldMatchPytorch_data();
    void shouldMatchPytorch();
    void shouldCatchOneUlpOff();
};

void TestPytorchReference::shouldNameItsOrigin()
{
    const std::string& h = table().header;
    QVERIFY2(h.find("torch ") != std::string::npos, h.c_str());
    QVERIFY2(h.find("seed ") != std::string::npos, h.c_str());
    QVERIFY2(table().rows.size() >= 2000, "a few thousand points, the header says how they were chosen");
}

void TestPytorchReference::shouldCoverEveryPytorchFunctionInBothDtypes()
{
    std::set<std::pair<std::string, Core::DType>> seen;
    for (const Crosscheck::Row& r : table().rows) {
        QCOMPARE(r.path, std::string("scalar")); // the path the app reproduces
        seen.insert({r.input.function, r.input.dtype});
    }
    for (const Core::FunctionSpec& f : Core::catalogue()) {
        if (!f.in(Core::Framework::PyTorch))
            continue;
        for (Core::DType d : {Core::DType::Float64, Core::DType::Float32})
            QVERIFY2(seen.contains({std::string(f.name), d}),
                qPrintable(QString::fromUtf8(f.name.data(), qsizetype(f.name.size())) + u' '
                    + QString::fromUtf8(Core::dtypeName(d).data())));
    }
}

void TestPytorchReference::shouldMatchPytorch_data()
{
    QTest::addColumn<QByteArray>("function");
    QTest::addColumn<bool>("float32");
    for (const Core::FunctionSpec& f : Core::catalogue()) {
        if (!f.in(Core::Framework::PyTorch))
            continue;
        for (bool f32 : {false, true})
            QTest::addRow("%s %s", f.name.data(), f32 ? "float32" : "float64")
                << QByteArray(f.name.data(), qsizetype(f.name.size())) << f32;
    }
}

// Piecewise-linear functions bit for bit, signed zeros included; the rest within 1e-12 (float64)
// or 4e-6 (float32) relative, and bit for bit too where PyTorch's own build can run.
void TestPytorchReference::shouldMatchPytorch()
{
    QFETCH(QByteArray, function);
    QFETCH(bool, float32);
    const std::vector<Crosscheck::Row> rows
        = rowsOf(function.toStdString(), float32 ? Core::DType::Float32 : Core::DType::Float64);
    QVERIFY(!rows.empty());
    const Crosscheck::Report report = Crosscheck::compare(rows);
    std::string misses;
    for (std::size_t i = 0; i < report.misses.size() && i < 20; ++i)
        misses += "\n  " + report.misses[i];
    QVERIFY2(report.passed(), (std::to_string(report.misses.size()) + " misses:" + misses).c_str());
    QCOMPARE(report.functions.size(), std::size_t(1));
    QCOMPARE(report.functions[0].points, int(rows.size()));

    // The table was written by PyTorch's AVX2 build. On a CPU with AVX2 and FMA the core reproduces
    // it bit for bit, every function: SLEEF's exp and tanh, and the FMAs GCC put into the kernels.
    // Without them PyTorch itself computes differently (its DEFAULT build), so only the tolerances hold.
    if (!cpuHasAvx2Fma()) {
        qInfo("this CPU has no AVX2 and FMA: checked within the tolerances, not bit for bit");
        return;
    }
    std::string differences;
    for (std::size_t i = 0; i < report.differences.size() && i < 20; ++i)
        differences += "\n  " + report.differences[i];
    QVERIFY2(report.functions[0].identical == report.functions[0].points,
        (std::to_string(report.functions[0].points - report.functions[0].identical)
            + " points not bit-identical:" + differences)
            .c_str());
}

// The comparison itself can fail: one ulp off in a piecewise-linear value, a signed zero, or 1e-11
// relative in a smooth one are misses.
void TestPytorchReference::shouldCatchOneUlpOff()
{
    std::vector<Crosscheck::Row> relu = rowsOf("relu", Core::DType::Float64);
    QVERIFY(!relu.empty());
    auto positive = std::find_if(relu.begin(), relu.end(), [](const auto& r) { return r.input.x > 1; });
    QVERIFY(positive != relu.end());
    positive->y = std::nextafter(positive->y, 1e300);
    QCOMPARE(Crosscheck::compare(relu).misses.size(), std::size_t(1));

    std::vector<Crosscheck::Row> zero = rowsOf("relu", Core::DType::Float64);
    auto negZero = std::find_if(zero.begin(), zero.end(), [](const auto& r) { return r.input.x == 0; });
    QVERIFY(negZero != zero.end());
    negZero->y = -negZero->y;
    QCOMPARE(Crosscheck::compare(zero).misses.size(), std::size_t(1));

    std::vector<Crosscheck::Row> gelu = rowsOf("gelu", Core::DType::Float64);
    auto finite = std::find_if(gelu.begin(), gelu.end(), [](const auto& r) { return r.input.x > 1 && r.y < 1e300; });
    QVERIFY(finite != gelu.end());
    finite->dy *= 1 + 1e-11;
    QCOMPARE(Crosscheck::compare(gelu).misses.size(), std::size_t(1));
}

QTEST_APPLESS_MAIN(TestPytorchReference)
#include "tst_pytorchreference.moc"
