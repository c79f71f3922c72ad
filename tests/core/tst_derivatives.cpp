// SPDX-License-Identifier: MIT
// d/dx (and d/dparam for trainable parameters) against central differences, for every function and
// framework in the catalogue, with default and non-default parameters, at 1,600 points in [-8, 8]
// away from the breakpoints. Also float32 against float64 away from the breakpoints.

#include "aex/core/analysis.h"
#include "aex/core/sampling.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <string>

namespace {

using Core::Framework;

std::string fmt(double v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

const char* fwName(Framework fw)
{
    return fw == Framework::Keras ? "keras" : fw == Framework::TfKeras ? "tf_keras" : "pytorch";
}

// Non-default parameter sets; each is used in the frameworks whose API has all of its parameters.
const std::vector<std::pair<std::string_view, std::vector<const char*>>> kParamSets{
    {"relu",
        {"max_value=6", "max_value=2", "max_value=0", "negative_slope=0.5", "negative_slope=0.5;max_value=10",
            "threshold=2.5", "negative_slope=0.5;threshold=2.5", "threshold=-1", "threshold=-1;max_value=6",
            "threshold=-1;negative_slope=0.5", "threshold=5;max_value=2",
            "max_value=4;negative_slope=0.1;threshold=0.5", "negative_slope=2"}},
    {"leaky_relu", {"alpha=0.2", "alpha=-0.5", "alpha=1.5"}},
    {"prelu", {"alpha=0.25", "alpha=-0.5", "alpha=0.1"}},
    {"thresholded_relu", {"theta=2.5", "theta=0", "theta=-1"}},
    {"threshold", {"threshold=1;value=-2", "threshold=-1;value=5"}},
    {"hardtanh", {"min_val=-2;max_val=3", "min_val=0;max_val=6", "min_val=1;max_val=-1"}},
    {"rrelu", {"lower=0.1;upper=0.3", "lower=0;upper=1"}},
    {"elu", {"alpha=2", "alpha=0.5", "alpha=-1"}},
    {"celu", {"alpha=2", "alpha=0.5"}},
    {"gelu", {"approximate=true", "approximate=false"}},
    {"softplus", {"beta=2;threshold=10", "beta=0.5;threshold=2", "beta=3;threshold=20"}},
};

bool apply(Core::Activation& a, const QByteArray& params)
{
    for (const QByteArray& item : params.split(';')) {
        if (item.isEmpty())
            continue;
        try {
            a.setParam(item.toStdString());
        } catch (const Core::InputError&) {
            return false;
        }
    }
    return true;
}

void addCatalogueRows(bool trainableOnly = false)
{
    QTest::addColumn<QByteArray>("function");
    QTest::addColumn<int>("framework");
    QTest::addColumn<QByteArray>("params");
    for (const Core::FunctionSpec& f : Core::catalogue()) {
        for (Framework fw : f.availableFrameworks()) {
            std::vector<const char*> sets{""};
            for (const auto& [name, more] : kParamSets)
                if (name == f.name)
                    sets.insert(sets.end(), more.begin(), more.end());
            for (const char* p : sets) {
                auto probe = Core::Activation::withDefaults(f, fw);
                if (!apply(probe, QByteArray(p)) || (trainableOnly && probe.trainableParams().empty()))
                    continue;
                QTest::addRow("%s %s(%s)", fwName(fw), std::string(f.name).c_str(), p)
                    << QByteArray(f.name.data(), qsizetype(f.name.size())) << int(fw) << QByteArray(p);
            }
        }
    }
}

Core::Activation fetchActivation()
{
    QFETCH(QByteArray, function);
    QFETCH(int, framework);
    QFETCH(QByteArray, params);
    auto a = Core::Activation::withDefaults(function.toStdString(), Framework(framework));
    apply(a, params);
    return a;
}

// 1,600 points in [-8, 8], shifted off the round numbers where kinks usually sit.
std::vector<double> grid()
{
    std::vector<double> x = Core::linspace(Core::Domain{-8.0, 8.0, 1600});
    for (double& v : x)
        v += 1.0 / 1024.0 / 3.0;
    return x;
}

bool nearBreakpoint(double x, const std::vector<Core::Breakpoint>& bps, double margin)
{
    return std::any_of(bps.begin(), bps.end(), [&](const Core::Breakpoint& b) { return std::abs(b.x - x) < margin; });
}

} // namespace

class TestDerivatives : public QObject {
    Q_OBJECT

private slots:
    void shouldMatchCentralDifference_data();
    void shouldMatchCentralDifference();
    void shouldMatchCentralDifferenceInParameters_data();
    void shouldMatchCentralDifferenceInParameters();
    void shouldAgreeBetweenFloat32AndFloat64_data();
    void shouldAgreeBetweenFloat32AndFloat64();
};

void TestDerivatives::shouldMatchCentralDifference_data() { addCatalogueRows(); }

void TestDerivatives::shouldMatchCentralDifference()
{
    const Core::Activation a = fetchActivation();
    const std::vector<Core::Breakpoint> bps = Core::breakpoints(a);
    const std::vector<double> x = grid();
    std::vector<double> xm(x.size()), xp(x.size()), y(x.size()), dy(x.size()), ym(x.size()), yp(x.size()),
        unused(x.size());
    std::vector<double> h(x.size());
    for (std::size_t i = 0; i < x.size(); ++i) {
        h[i] = 1e-6 * std::max(1.0, std::abs(x[i]));
        xm[i] = x[i] - h[i];
        xp[i] = x[i] + h[i];
    }
    Core::evaluate(a, std::span<const double>(x), std::span<double>(y), std::span<double>(dy));
    Core::evaluate(a, std::span<const double>(xm), std::span<double>(ym), std::span<double>(unused));
    Core::evaluate(a, std::span<const double>(xp), std::span<double>(yp), std::span<double>(unused));
    int checked = 0;
    QStringList failures;
    for (std::size_t i = 0; i < x.size(); ++i) {
        if (nearBreakpoint(x[i], bps, 1e-3))
            continue;
        ++checked;
        // The exact step between the two abscissae; the tolerance covers the truncation error (h^2)
        // and the rounding of y (eps |y| / h).
        const double fd = (yp[i] - ym[i]) / (xp[i] - xm[i]);
        const double tol = 1e-7 * (1 + std::abs(dy[i])) + 4e-16 * std::abs(y[i]) / h[i];
        if (!(std::abs(fd - dy[i]) <= tol))
            failures << QString::fromStdString("x=" + fmt(x[i]) + " d/dx " + fmt(dy[i]) + " central " + fmt(fd));
    }
    QVERIFY2(checked >= 1000, std::to_string(checked).c_str());
    QVERIFY2(failures.isEmpty(),
        qPrintable(QString::number(failures.size()) + QStringLiteral(" mismatches:\n  ")
            + failures.mid(0, 10).join(QStringLiteral("\n  "))));
}

void TestDerivatives::shouldMatchCentralDifferenceInParameters_data() { addCatalogueRows(true); }

void TestDerivatives::shouldMatchCentralDifferenceInParameters()
{
    const Core::Activation a = fetchActivation();
    const std::vector<std::size_t> trainable = a.trainableParams();
    const std::vector<double> x = grid();
    const std::size_t n = x.size();
    std::vector<double> y(n), dy(n), dp(trainable.size() * n), ym(n), yp(n), unused(n);
    Core::evaluate(a, std::span<const double>(x), std::span<double>(y), std::span<double>(dy), std::span<double>(dp));
    for (std::size_t k = 0; k < trainable.size(); ++k) {
        const std::size_t idx = trainable[k];
        const double p = a.params().value[idx];
        const double h = 1e-6 * std::max(1.0, std::abs(p));
        Core::Activation lo = a, hi = a;
        lo.setParam(idx, p - h);
        hi.setParam(idx, p + h);
        Core::evaluate(lo, std::span<const double>(x), std::span<double>(ym), std::span<double>(unused));
        Core::evaluate(hi, std::span<const double>(x), std::span<double>(yp), std::span<double>(unused));
        for (std::size_t i = 0; i < n; ++i) {
            const double fd = (yp[i] - ym[i]) / ((p + h) - (p - h));
            const double got = dp[k * n + i];
            QVERIFY2(std::abs(fd - got) <= 1e-6 * (1 + std::abs(got)),
                ("x=" + fmt(x[i]) + " d/dparam " + fmt(got) + " central " + fmt(fd)).c_str());
        }
        // prelu: d/dalpha is min(x, 0) in every framework (SEMANTICS §4).
        if (a.function().name == "prelu") {
            for (std::size_t i = 0; i < n; ++i)
                QCOMPARE(dp[k * n + i], std::min(x[i], 0.0));
        }
    }
}

void TestDerivatives::shouldAgreeBetweenFloat32AndFloat64_data() { addCatalogueRows(); }

void TestDerivatives::shouldAgreeBetweenFloat32AndFloat64()
{
    const Core::Activation a = fetchActivation();
    const std::vector<Core::Breakpoint> bps = Core::breakpoints(a);
    const std::vector<Core::Breakpoint> bps32 = Core::breakpoints(a, Core::DType::Float32);
    const std::vector<double> x = grid();
    const std::size_t n = x.size();
    std::vector<float> xf(n), yf(n), dyf(n);
    std::vector<double> xd(n), y(n), dy(n);
    for (std::size_t i = 0; i < n; ++i) {
        xf[i] = static_cast<float>(x[i]);
        xd[i] = double(xf[i]);
    }
    Core::evaluate(a, std::span<const float>(xf), std::span<float>(yf), std::span<float>(dyf));
    Core::evaluate(a, std::span<const double>(xd), std::span<double>(y), std::span<double>(dy));
    for (std::size_t i = 0; i < n; ++i) {
        if (nearBreakpoint(xd[i], bps, 1e-3) || nearBreakpoint(xd[i], bps32, 1e-3))
            continue;
        const std::string at = "x=" + fmt(xd[i]) + " f32 " + fmt(double(yf[i])) + "/" + fmt(double(dyf[i])) + " f64 "
            + fmt(y[i]) + "/" + fmt(dy[i]);
        QVERIFY2(std::abs(double(yf[i]) - y[i]) <= 1e-5 * (1 + std::abs(y[i])), at.c_str());
        QVERIFY2(std::abs(double(dyf[i]) - dy[i]) <= 1e-5 * (1 + std::abs(dy[i])), at.c_str());
    }
}

QTEST_APPLESS_MAIN(TestDerivatives)
#include "tst_derivatives.moc"
