// SPDX-License-Identifier: MIT
// Framework semantics, checked against ../shared/design/SEMANTICS.md.
//
// Two kinds of tables:
//  - shouldMatchSpecStatement: the literal statements of SEMANTICS.md, one row each, with the
//    section in the row name. (ran) statements are compared bit for bit, signed zeros included.
//  - shouldMatchReference: an independent re-implementation of every function x framework, written
//    op for op from the formulas in SEMANTICS.md, swept over kinks, boundaries, +-0, +-inf, NaN and
//    large magnitudes, in float64 and float32. Piecewise-linear functions must agree bit for bit;
//    transcendental ones within a few ulps.

#include "aex/core/activation.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace {

using Core::Framework;

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Spec constants (§10, §16).
constexpr double kSeluAlpha = 1.6732632423543772848170429916717;
constexpr double kSeluScale = 1.0507009873554804934193349852946;
constexpr double kSeluScaleAlphaTf = 1.7580993408473768599402175208123;

std::string fmt(double v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

Framework frameworkOf(const QByteArray& name)
{
    if (name == "keras")
        return Framework::Keras;
    if (name == "tf_keras")
        return Framework::TfKeras;
    return Framework::PyTorch;
}

// "a=1;b=none" applied with Activation::setParam(string).
Core::Activation makeActivation(const QByteArray& function, const QByteArray& framework, const QByteArray& params)
{
    auto a = Core::Activation::withDefaults(function.toStdString(), frameworkOf(framework));
    for (const QByteArray& item : params.split(';')) {
        if (!item.trimmed().isEmpty())
            a.setParam(item.trimmed().toStdString());
    }
    return a;
}

// Same value: NaN equals NaN, zeros must have the same sign.
bool same(double a, double b)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    return a == b && std::signbit(a) == std::signbit(b);
}

// ------------------------------------------------------------------------------------------------
// The independent reference. Parameters are the test's own reading of each framework's defaults
// (SEMANTICS.md and the issue), overridden by the row's assignments.

struct RefParams {
    std::map<std::string, std::optional<double>, std::less<>> v;
    double get(std::string_view name) const { return *v.find(name)->second; }
    std::optional<double> opt(std::string_view name) const { return v.find(name)->second; }
};

RefParams specDefaults(const std::string& fn, Framework fw)
{
    RefParams p;
    if (fn == "relu") {
        p.v["max_value"] = std::nullopt;
        p.v["negative_slope"] = 0.0;
        p.v["threshold"] = 0.0;
    } else if (fn == "leaky_relu") {
        p.v["alpha"] = fw == Framework::PyTorch ? 0.01 : 0.3; // §3
    } else if (fn == "prelu") {
        p.v["alpha"] = fw == Framework::PyTorch ? 0.25 : 0.0; // §4
    } else if (fn == "thresholded_relu") {
        p.v["theta"] = 1.0; // §5
    } else if (fn == "hardtanh") {
        p.v["min_val"] = -1.0; // §7
        p.v["max_val"] = 1.0;
    } else if (fn == "rrelu") {
        p.v["lower"] = 1.0 / 8.0; // §8
        p.v["upper"] = 1.0 / 3.0;
    } else if (fn == "elu" || fn == "celu") {
        p.v["alpha"] = 1.0;
    } else if (fn == "softplus") {
        p.v["beta"] = 1.0; // §14
        p.v["threshold"] = 20.0;
    } else if (fn == "threshold") {
        p.v["threshold"] = kNaN; // required: every row sets both
        p.v["value"] = kNaN;
    } else if (fn == "gelu") {
        p.v["approximate"] = 0.0; // rows always set it explicitly
    }
    return p;
}

RefParams refParams(const std::string& fn, Framework fw, const QByteArray& params)
{
    RefParams p = specDefaults(fn, fw);
    for (const QByteArray& item : params.split(';')) {
        const QByteArray t = item.trimmed();
        if (t.isEmpty())
            continue;
        const int eq = t.indexOf('=');
        const std::string name = t.left(eq).toStdString();
        const QByteArray value = t.mid(eq + 1);
        if (value == "none")
            p.v[name] = std::nullopt;
        else if (value == "true")
            p.v[name] = 1.0;
        else if (value == "false")
            p.v[name] = 0.0;
        else
            p.v[name] = std::strtod(value.constData(), nullptr);
    }
    return p;
}

template <class T> struct Ref {
    T y = 0, dy = 0, dp = 0;
    bool yKnown = true, dyKnown = true, dpKnown = false;
    bool ySign = true, dySign = true, dpSign = true; // false: the sign of a zero is not specified
    bool yExact = true, dyExact = true;              // false: compare within a few ulps
};

template <class T> bool negZero(T v) { return v == 0 && std::signbit(v); }

// TF Relu: max(x, 0) with NaN propagation (§1.1). The sign of relu(-0.0) is not specified.
template <class T> T tfRelu(T v) { return std::isnan(v) ? v : (v > 0 ? v : T(0)); }
template <class T> T tfRelu6(T v) { return std::isnan(v) ? v : std::min(std::max(v, T(0)), T(6)); }

// §1.3: Keras ReLU(max_value, negative_slope, threshold); b1: Keras >= 3.15 (where), else (B2).
template <class T> Ref<T> kerasRelu(T x, std::optional<T> m, T s, T t, bool b1)
{
    Ref<T> r;
    if (s != 0 && !m && t == 0) { // (A) leaky_relu
        r.y = x > 0 ? x : s * x;
        r.dy = x > 0 ? T(1) : s;
        return r;
    }
    T neg = 1, dneg = 0;
    if (s != 0) {
        const T u = t != 0 ? -x + t : -x;
        neg = tfRelu(u);
        dneg = u > 0 ? s : T(0); // d(-s * relu(u))/dx
    }
    bool clip = m.has_value();
    bool signUnsure = false;
    T v, dv;
    if (t != 0) {
        v = b1 ? (x > t ? x : T(0)) : x * (x > t ? T(1) : T(0));
        dv = x > t ? T(1) : T(0);
    } else if (m && *m == 6) { // (C)
        v = tfRelu6(x);
        dv = (x > 0 && x < 6) ? T(1) : T(0);
        clip = false;
        signUnsure = negZero(x);
    } else {
        v = tfRelu(x);
        dv = x > 0 ? T(1) : T(0);
        signUnsure = negZero(x);
    }
    if (clip) { // (D): tf.clip_by_value, gradient passes at the boundaries
        if (std::isnan(v)) {
            r.yKnown = r.dyKnown = false;
        } else {
            dv = (v < 0 || v > *m) ? T(0) : dv;
            signUnsure = signUnsure || negZero(v);
            v = std::min(std::max(v, T(0)), *m);
        }
    }
    if (s != 0) { // (E)
        r.y = v - s * neg;
        r.dy = dv + dneg;
        if (std::isnan(x))
            r.yKnown = r.dyKnown = false;
    } else {
        r.y = v;
        r.dy = dv;
        if (std::isnan(x) && !m)
            r.dy = 0; // ReluGrad (x > 0) / where / cast(x > t): all 0 at NaN
    }
    if (r.y == 0 && signUnsure)
        r.ySign = false;
    return r;
}

template <class T> Ref<T> leaky(T x, T a)
{
    Ref<T> r;
    r.y = x > 0 ? x : a * x;
    r.dy = x > 0 ? T(1) : a;
    return r;
}

// §9-§11, PyTorch elu_kernel / elu_backward (is_result=false).
template <class T> Ref<T> ptElu(T x, double alpha, double scale, double inputScale)
{
    const T negcoef = T(alpha) * T(scale);
    const T poscoef = T(scale);
    const T negiptcoef = T(inputScale);
    Ref<T> r;
    r.yExact = r.dyExact = false;
    r.y = x <= 0 ? (std::exp(x * negiptcoef) - T(1)) * negcoef : x * poscoef;
    r.dy = x <= 0 ? negiptcoef * negcoef * std::exp(x * negiptcoef) : poscoef;
    return r;
}

// §14 TF Softplus.
template <class T> T tfSoftplus(T x)
{
    const T t = std::log(std::numeric_limits<T>::epsilon()) + T(2);
    return x > -t ? x : (x < t ? std::exp(x) : std::log1p(std::exp(x)));
}

template <class T> T sigmoid(T x) { return T(1) / (T(1) + std::exp(-x)); }

template <class T> Ref<T> reference(const std::string& fn, Framework fw, const RefParams& p, T x)
{
    const bool pt = fw == Framework::PyTorch;
    const bool tf = !pt;
    Ref<T> r;
    if (fn == "relu") {
        if (pt) { // §1.1: clamp_min, threshold_backward on the result
            r.y = std::isnan(x) ? x : (x < 0 ? T(0) : x);
            r.dy = r.y <= 0 ? T(0) : T(1);
            return r;
        }
        const auto m = p.opt("max_value");
        return kerasRelu<T>(x, m ? std::optional<T>(T(*m)) : std::nullopt, T(p.get("negative_slope")),
            T(p.get("threshold")), fw == Framework::Keras);
    }
    if (fn == "relu6") { // §2
        r.y = tfRelu6(x);
        r.ySign = !negZero(x);
        if (pt)
            r.dy = (x <= 0 || x >= 6) ? T(0) : T(1);
        else
            r.dy = (x > 0 && x < 6) ? T(1) : T(0);
        return r;
    }
    if (fn == "leaky_relu") { // §3
        const T a = T(p.get("alpha"));
        if (fw == Framework::TfKeras && a == 0) { // backend.relu with alpha 0 is plain relu
            r = kerasRelu<T>(x, std::nullopt, T(0), T(0), false);
            return r;
        }
        return leaky(x, a);
    }
    if (fn == "rrelu") { // §8: leaky_relu with (lower + upper) / 2, computed in double
        return leaky(x, T((p.get("lower") + p.get("upper")) / 2));
    }
    if (fn == "prelu") { // §4
        const T w = T(p.get("alpha"));
        r.dpKnown = true;
        if (pt) {
            r.y = x > 0 ? x : w * x;
            r.dy = x > 0 ? T(1) : w;
            r.dp = T(0) + (x > 0 ? T(0) : x); // summed over the shared elements: dalpha(-0) = +0
            return r;
        }
        r.y = tfRelu(x) + (-w * tfRelu(-x));
        r.ySign = x != 0;
        r.dy = (x > 0 ? T(1) : T(0)) + (-x > 0 ? w : T(0));
        r.dySign = r.dy != 0;
        r.dyKnown = !std::isnan(x); // the port follows torch relu rules at NaN
        r.dp = -tfRelu(-x);
        r.dpSign = r.dp != 0;
        return r;
    }
    if (fn == "thresholded_relu") { // §5
        const T theta = T(p.get("theta"));
        r.y = x * (x > theta ? T(1) : T(0));
        r.dy = x > theta ? T(1) : T(0);
        return r;
    }
    if (fn == "threshold") { // §6
        const T t = T(p.get("threshold"));
        const T value = T(p.get("value"));
        r.y = x <= t ? value : x;
        r.dy = x <= t ? T(0) : T(1);
        return r;
    }
    if (fn == "hardtanh") { // §7
        const T lo = T(p.get("min_val"));
        const T hi = T(p.get("max_val"));
        r.y = std::isnan(x) ? x : std::min(std::max(x, lo), hi);
        r.ySign = !(x == 0 && (lo == 0 || hi == 0));
        r.dy = (x <= lo || x >= hi) ? T(0) : T(1);
        return r;
    }
    if (fn == "elu") { // §9
        const double alpha = p.get("alpha");
        if (pt)
            return ptElu(x, alpha, 1.0, 1.0);
        r.yExact = r.dyExact = false;
        const T res = x < 0 ? std::exp(x) - T(1) : x;
        const T dres = res < 0 ? res + T(1) : T(1);
        if (alpha == 1) {
            r.y = res;
            r.dy = dres;
        } else {
            r.y = x > 0 ? res : T(alpha) * res;
            r.dy = x > 0 ? dres : T(alpha) * dres;
        }
        return r;
    }
    if (fn == "selu") { // §10
        if (pt)
            return ptElu(x, kSeluAlpha, kSeluScale, 1.0);
        r.yExact = r.dyExact = false;
        const T sa = T(kSeluScaleAlphaTf);
        const T sc = T(kSeluScale);
        r.y = x < 0 ? sa * (std::exp(x) - T(1)) : sc * x;
        r.dy = r.y < 0 ? r.y + sa : sc;
        return r;
    }
    if (fn == "celu") { // §11
        const double alpha = p.get("alpha");
        if (pt)
            return ptElu(x, alpha, 1.0, 1.0 / alpha);
        r.yExact = r.dyExact = false;
        const T a = T(alpha);
        if (std::isnan(x)) {
            r.yKnown = r.dyKnown = false;
            return r;
        }
        const T mn = std::min(x, T(0));
        r.y = std::max(x, T(0)) + a * std::expm1(mn / a);
        r.ySign = x != 0;
        r.dy = (x >= 0 ? T(1) : T(0)) + (x <= 0 ? (a * std::exp(mn / a)) / a : T(0));
        return r;
    }
    if (fn == "gelu") { // §12
        r.yExact = r.dyExact = false;
        const bool approximate = p.get("approximate") != 0;
        if (!approximate) {
            const T kAlpha = T(0.70710678118654752440);
            const T kBeta = T(1.12837916709551257390 * 0.70710678118654752440 * 0.5);
            if (pt)
                r.y = x * T(0.5) * (T(1) + std::erf(x * kAlpha));
            else
                r.y = T(0.5) * x * (T(1) + std::erf(x / T(1.4142135623730951)));
            const T cdf = T(0.5) * (T(1) + std::erf(x * kAlpha));
            const T pdf = kBeta * std::exp(x * x * T(-0.5));
            r.dy = cdf + x * pdf;
            if (tf && std::isinf(x))
                r.yKnown = r.dyKnown = false;
        } else {
            const T kBeta = T(1.41421356237309504880 * 1.12837916709551257390 * 0.5);
            const T kKappa = T(0.044715);
            const T xSq = x * x;
            const T xCube = xSq * x;
            const T inner = kBeta * (x + kKappa * xCube);
            const T tanhInner = std::tanh(inner);
            r.y = T(0.5) * x * (T(1) + tanhInner);
            const T left = T(0.5) * x;
            const T right = T(1) + tanhInner;
            r.dy = T(0.5) * right + left * (T(1) - tanhInner * tanhInner) * (kBeta * (T(1) + T(3) * kKappa * xSq));
            // The backward formula of the tanh form is not in SEMANTICS.md; at huge |x| it is a 0*inf.
            if (std::isinf(x) || std::abs(x) > T(1e15))
                r.yKnown = r.dyKnown = false;
        }
        return r;
    }
    if (fn == "silu") { // §13
        r.yExact = r.dyExact = false;
        const T s = sigmoid(x);
        r.y = pt ? x / (T(1) + std::exp(-x)) : x * s;
        r.dy = s * (T(1) + x * (T(1) - s));
        if (tf && std::isinf(x))
            r.yKnown = r.dyKnown = false;
        return r;
    }
    if (fn == "mish") { // §13
        r.yExact = r.dyExact = false;
        const T sp = pt ? std::log1p(std::exp(x)) : tfSoftplus(x);
        const T tsp = std::tanh(sp);
        r.y = x * tsp;
        r.dy = tsp + x * sigmoid(x) * (T(1) - tsp * tsp);
        if (tf && std::isinf(x))
            r.yKnown = r.dyKnown = false;
        return r;
    }
    if (fn == "softplus") { // §14
        r.yExact = r.dyExact = false;
        if (pt) {
            const T beta = T(p.get("beta"));
            const T th = T(p.get("threshold"));
            const T z = std::exp(x * beta);
            r.y = x * beta > th ? x : std::log1p(std::exp(x * beta)) / beta;
            r.dy = x * beta > th ? T(1) : z / (z + T(1));
        } else {
            r.y = tfSoftplus(x);
            r.dy = T(1) / (std::exp(-x) + T(1));
        }
        return r;
    }
    if (fn == "sigmoid") { // §15
        r.yExact = r.dyExact = false;
        r.y = sigmoid(x);
        r.dy = (T(1) - r.y) * r.y;
        return r;
    }
    if (fn == "tanh") {
        r.yExact = r.dyExact = false;
        r.y = std::tanh(x);
        r.dy = T(1) - r.y * r.y;
        return r;
    }
    if (fn == "hard_sigmoid") { // §16
        if (fw == Framework::TfKeras) {
            const T v = x * T(0.2) + T(0.5);
            if (std::isnan(v)) {
                r.yKnown = r.dyKnown = false;
                return r;
            }
            r.y = std::min(std::max(v, T(0)), T(1));
            r.dy = (v < 0 || v > 1) ? T(0) : T(0.2);
        } else if (fw == Framework::Keras) {
            const T u = x + T(3);
            r.y = tfRelu6(u) / T(6);
            r.dy = (u > 0 && u < 6) ? T(1) / T(6) : T(0);
        } else {
            r.y = tfRelu6(x + T(3)) / T(6);
            r.dy = (x > -3 && x < 3) ? T(1.0f / 6.0f) : T(0);
        }
        return r;
    }
    if (fn == "hard_swish") { // §17
        const T u = x + T(3);
        if (pt) {
            r.y = x * tfRelu6(u) / T(6);
            r.dy = x < -3 ? T(0) : (x <= 3 ? x / T(3) + T(0.5) : T(1));
        } else {
            const T hs = tfRelu6(u) / T(6);
            r.y = x * hs;
            r.dy = hs + ((u > 0 && u < 6) ? x / T(6) : T(0));
            r.dyKnown = !std::isinf(x); // Relu6Grad multiplies: an infinite upstream gradient
        }
        return r;
    }
    if (fn == "softsign") { // §18
        r.dyExact = false;
        r.y = x / (std::abs(x) + T(1));
        const T d = std::abs(x) + T(1);
        r.dy = T(1) / (d * d);
        if (std::abs(x) > T(1e15))
            r.dyKnown = false; // autograd of x/(|x|+1) vs 1/(1+|x|)^2: not specified
        return r;
    }
    if (fn == "exponential") {
        r.yExact = r.dyExact = false;
        r.y = std::exp(x);
        r.dy = r.y;
        return r;
    }
    if (fn == "linear") {
        r.y = x;
        r.dy = T(1);
        return r;
    }
    r.yKnown = r.dyKnown = false;
    return r;
}

template <class T> bool close(T actual, T expected, bool exact, bool checkSign)
{
    if (std::isnan(expected) || std::isnan(actual))
        return std::isnan(expected) && std::isnan(actual);
    if (std::isinf(expected) || std::isinf(actual))
        return actual == expected;
    if (exact)
        return actual == expected && (!checkSign || std::signbit(actual) == std::signbit(expected));
    if (actual == 0 && expected == 0)
        return !checkSign || std::signbit(actual) == std::signbit(expected);
    const T eps = std::numeric_limits<T>::epsilon();
    const T ulp = std::max(std::abs(expected) * eps, std::numeric_limits<T>::denorm_min());
    return std::abs(actual - expected) <= T(8) * ulp + T(4) * eps;
}

std::vector<double> sweepPoints(const RefParams& p)
{
    std::vector<double> xs{-kInf, -1e300, -1e30, -1000, -40, -20, -10, -6, -5, -3.5, -3, -2.5, -2, -1.5, -1, -0.5, -0.1,
        -1e-7, -1e-30, -5e-324, -0.0, 0.0, 5e-324, 1e-30, 1e-7, 0.1, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 5, 6, 6.5, 10, 20,
        20.000000000000004, 34.1, 40, 1000, 1e30, 1e300, kInf, kNaN};
    for (const auto& [name, value] : p.v) {
        if (!value || std::isnan(*value))
            continue;
        const double v = *value;
        for (double c : {v, -v, v + 3, v - 3})
            xs.insert(xs.end(), {c, std::nextafter(c, -kInf), std::nextafter(c, kInf)});
    }
    if (p.v.contains("beta")) {
        const double k = p.get("threshold") / p.get("beta");
        xs.insert(xs.end(), {k, std::nextafter(k, -kInf), std::nextafter(k, kInf)});
    }
    return xs;
}

std::vector<float> sweepPointsF(const std::vector<double>& xs)
{
    std::vector<float> out;
    for (double d : xs) {
        auto f = static_cast<float>(d);
        if (std::abs(d) == 1e300)
            f = std::copysign(3e38f, static_cast<float>(d));
        out.insert(out.end(),
            {f, std::nextafter(f, -std::numeric_limits<float>::infinity()),
                std::nextafter(f, std::numeric_limits<float>::infinity())});
    }
    return out;
}

template <class T> QStringList sweep(
    const Core::Activation& a, const std::string& fn, Framework fw, const RefParams& p, const std::vector<T>& xs)
{
    QStringList failures;
    // Each point once in order, then each point 37 times in a row: every value passes through every
    // lane of a vectorised loop and through its scalar tail.
    std::vector<T> points = xs;
    for (T x : xs)
        points.insert(points.end(), 37, x);
    const std::size_t n = points.size();
    const std::size_t np = a.trainableParams().size();
    std::vector<T> y(n), dy(n), dp(np * n);
    Core::evaluate(a, std::span<const T>(points), std::span<T>(y), std::span<T>(dy), std::span<T>(dp));
    for (std::size_t i = 0; i < n; ++i) {
        const T x = points[i];
        const Ref<T> r = reference<T>(fn, fw, p, x);
        const char* type = sizeof(T) == 4 ? "f32" : "f64";
        auto fail = [&](const char* what, T got, T want) {
            failures << QString::fromStdString(std::string(type) + " x=" + fmt(double(x)) + ": " + what + " got "
                + fmt(double(got)) + " want " + fmt(double(want)));
        };
        if (r.yKnown && !close(y[i], r.y, r.yExact, r.ySign))
            fail("y", y[i], r.y);
        if (r.dyKnown && !close(dy[i], r.dy, r.dyExact, r.dySign))
            fail("dy", dy[i], r.dy);
        if (r.dpKnown) {
            if (np != 1)
                fail("trainable parameter count", T(np), T(1));
            else if (!close(dp[i], r.dp, true, r.dpSign))
                fail("dalpha", dp[i], r.dp);
        }
    }
    return failures;
}

struct SweepCase {
    const char* function;
    std::vector<const char*> frameworks;
    std::vector<const char*> params;
    bool float32 = true;
};

} // namespace

class TestSemantics : public QObject {
    Q_OBJECT

private slots:
    void shouldMatchSpecStatement_data();
    void shouldMatchSpecStatement();
    void shouldMatchPreluParameterGradient_data();
    void shouldMatchPreluParameterGradient();
    void shouldMatchReference_data();
    void shouldMatchReference();
    void shouldAgreeBetweenSpanAndPointEvaluation_data();
    void shouldAgreeBetweenSpanAndPointEvaluation();
    void shouldRoundParametersToFloatInFloat32();
};

// Columns: function, framework, params, dtype, x, y, dy, flags: kY/kD check y/dy; kExact compares
// bit for bit (signed zero included), otherwise within a few ulps; kNoSign ignores the sign of a
// zero; kThreeDigits compares to the three digits the spec quotes.
namespace {
constexpr int kY = 1, kD = 2, kExact = 4, kNoSign = 8, kThreeDigits = 16;
constexpr int kBoth = kY | kD | kExact;

void row(const char* name, const char* fn, const char* fw, const char* params, bool f32, double x, double y, double dy,
    int flags = kBoth)
{
    QTest::addRow("%s [%s %s(%s) %s x=%s]", name, fw, fn, params, f32 ? "f32" : "f64", fmt(x).c_str())
        << QByteArray(fn) << QByteArray(fw) << QByteArray(params) << f32 << x << y << dy << flags;
}
// Same statement in float64 and float32 (values exactly representable in both).
void row2(const char* name, const char* fn, const char* fw, const char* params, double x, double y, double dy,
    int flags = kBoth)
{
    row(name, fn, fw, params, false, x, y, dy, flags);
    row(name, fn, fw, params, true, x, y, dy, flags);
}
} // namespace

void TestSemantics::shouldMatchSpecStatement_data()
{
    QTest::addColumn<QByteArray>("function");
    QTest::addColumn<QByteArray>("framework");
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<bool>("float32");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("y");
    QTest::addColumn<double>("dy");
    QTest::addColumn<int>("flags");

    // §1.1 plain relu
    row2("§1.1 PT relu(-0.0) = -0.0", "relu", "pytorch", "", -0.0, -0.0, 0.0);
    row2("§1.1 PT dy(0) = 0", "relu", "pytorch", "", 0.0, 0.0, 0.0);
    row2("§1.1 PT dy(NaN) = 1", "relu", "pytorch", "", kNaN, kNaN, 1.0);
    row2("§1.1 PT relu(-5) = +0", "relu", "pytorch", "", -5.0, 0.0, 0.0);
    row2("§1.1 PT relu(inf)", "relu", "pytorch", "", kInf, kInf, 1.0);
    row2("§1.1 PT relu(-inf)", "relu", "pytorch", "", -kInf, 0.0, 0.0);
    for (const char* fw : {"keras", "tf_keras"}) {
        row2("§1.1 TF ReluGrad dy(0) = 0", "relu", fw, "", 0.0, 0.0, 0.0);
        row2("§1.1 TF ReluGrad dy(NaN) = 0 (source)", "relu", fw, "", kNaN, kNaN, 0.0);
        row2("§1.1 TF relu(3)", "relu", fw, "", 3.0, 3.0, 1.0);
    }

    // §1.3 consequences 1-8, both Keras generations.
    for (const char* fw : {"keras", "tf_keras"}) {
        const bool b1 = std::string_view(fw) == "keras";
        row2("§1.3.1 ReLU(threshold=2.5)(2.5) = 0, dy 0", "relu", fw, "threshold=2.5", 2.5, 0.0, 0.0);
        row("§1.3.1 ReLU(threshold=2.5)(2.5000000000000004)", "relu", fw, "threshold=2.5", false, 2.5000000000000004,
            2.5000000000000004, 1.0);
        row2("§1.3.1 ReLU(0.5, threshold=2.5) left of 2.5", "relu", fw, "negative_slope=0.5;threshold=2.5", 2.0, -0.25,
            0.5);
        row2("§1.3.1 ReLU(0.5, threshold=2.5) at 2.5", "relu", fw, "negative_slope=0.5;threshold=2.5", 2.5, 0.0, 0.0);
        row2("§1.3.1 ReLU(0.5, threshold=2.5) right of 2.5", "relu", fw, "negative_slope=0.5;threshold=2.5", 3.0, 3.0,
            1.0);
        // §1.3.2 signed zeros, -inf and NaN
        const double z = b1 ? 0.0 : -0.0;
        row2("§1.3.2 threshold=2.5 at -5", "relu", fw, "threshold=2.5", -5.0, z, 0.0);
        row2("§1.3.2 threshold=2.5 at -1.5", "relu", fw, "threshold=2.5", -1.5, z, 0.0);
        row2("§1.3.2 threshold=2.5 at 3", "relu", fw, "threshold=2.5", 3.0, 3.0, 1.0);
        row2("§1.3.2 relu(threshold=5) at -10", "relu", fw, "threshold=5", -10.0, z, 0.0);
        row2("§1.3.2 relu(threshold=5) at 0", "relu", fw, "threshold=5", 0.0, 0.0, 0.0);
        row2("§1.3.2 relu(threshold=5) at 5", "relu", fw, "threshold=5", 5.0, 0.0, 0.0);
        row2("§1.3.2 relu(threshold=5) at 10", "relu", fw, "threshold=5", 10.0, 10.0, 1.0);
        row2("§1.3.2 threshold: -inf", "relu", fw, "threshold=2.5", -kInf, b1 ? 0.0 : kNaN, 0.0, kY | kExact);
        row2("§1.3.2 threshold: NaN", "relu", fw, "threshold=2.5", kNaN, b1 ? 0.0 : kNaN, 0.0, kY | kExact);
        // §1.3.3 the negative part goes below 0, the positive part is clipped to [0, max_value]
        row("§1.3.3 ReLU(4, 0.1, 0.5)(-1)", "relu", fw, "max_value=4;negative_slope=0.1;threshold=0.5", false, -1.0,
            0.0 - 0.1 * 1.5, 0.1);
        row("§1.3.3 ReLU(4, 0.1, 0.5)(-1)", "relu", fw, "max_value=4;negative_slope=0.1;threshold=0.5", true, -1.0,
            double(0.0f - 0.1f * 1.5f), double(0.1f));
        row2("§1.3.3 ReLU(4, 0.1, 0.5)(4)", "relu", fw, "max_value=4;negative_slope=0.1;threshold=0.5", 4.0, 4.0, 1.0);
        row2("§1.3.3 ReLU(4, 0.1, 0.5)(5)", "relu", fw, "max_value=4;negative_slope=0.1;threshold=0.5", 5.0, 4.0, 0.0);
        row2(
            "§1.3.3 ReLU(4, 0.1, 0.5)(0.5)", "relu", fw, "max_value=4;negative_slope=0.1;threshold=0.5", 0.5, 0.0, 0.0);
        // §1.3.4
        row2("§1.3.4 ReLU(max_value=6)'(6) = 0", "relu", fw, "max_value=6", 6.0, 6.0, 0.0);
        row2("§1.3.4 ReLU(max_value=6)'(0) = 0", "relu", fw, "max_value=6", 0.0, 0.0, 0.0);
        row2("§1.3.4 ReLU(max_value=2)'(2) = 1", "relu", fw, "max_value=2", 2.0, 2.0, 1.0);
        row2("§1.3.4 ReLU(max_value=2)(3)", "relu", fw, "max_value=2", 3.0, 2.0, 0.0);
        row2("§1.3.4 ReLU(max_value=6, threshold=1)'(6) = 1", "relu", fw, "max_value=6;threshold=1", 6.0, 6.0, 1.0);
        row2("§1.3.4 ReLU(max_value=6.5)'(6.5) = 1", "relu", fw, "max_value=6.5", 6.5, 6.5, 1.0);
        // §1.3.5
        row2("§1.3.5 ReLU(negative_slope=0.5)'(0) = 0.5", "relu", fw, "negative_slope=0.5", 0.0, 0.0, 0.5);
        row2("§1.3.5 ReLU(negative_slope=0.5)(-0.0) = -0.0", "relu", fw, "negative_slope=0.5", -0.0, -0.0, 0.5);
        row2("§1.3.5 ReLU(negative_slope=0.5, max_value=10)'(0) = 0", "relu", fw, "negative_slope=0.5;max_value=10",
            0.0, 0.0, 0.0, kBoth | kNoSign);
        row2("§1.3.5 ReLU(negative_slope=0.5, max_value=10)(-2)", "relu", fw, "negative_slope=0.5;max_value=10", -2.0,
            -1.0, 0.5);
        row2("§1.3.5 ReLU(negative_slope=0.5, max_value=10)(12)", "relu", fw, "negative_slope=0.5;max_value=10", 12.0,
            10.0, 0.0);
        // §1.3.6 negative threshold
        row2("§1.3.6 relu(threshold=-1)(-0.5) = -0.5", "relu", fw, "threshold=-1", -0.5, -0.5, 1.0);
        row2("§1.3.6 relu(threshold=-1)(-1) = 0", "relu", fw, "threshold=-1", -1.0, z, 0.0);
        row2("§1.3.6 relu(threshold=-1)(-2) = 0", "relu", fw, "threshold=-1", -2.0, z, 0.0);
        row2(
            "§1.3.6 relu(threshold=-1, max_value=6)(-0.5) = 0", "relu", fw, "threshold=-1;max_value=6", -0.5, 0.0, 0.0);
        row2("§1.3.6 relu(threshold=-1, max_value=6)'(0) = 1", "relu", fw, "threshold=-1;max_value=6", 0.0, 0.0, 1.0);
        row2("§1.3.6 relu(threshold=-1, 0.5)(-3) = 0.5(x+1)", "relu", fw, "threshold=-1;negative_slope=0.5", -3.0, -1.0,
            0.5);
        row2("§1.3.6 relu(threshold=-1, 0.5)(-1) = 0", "relu", fw, "threshold=-1;negative_slope=0.5", -1.0, 0.0, 0.0,
            kBoth | kNoSign);
        row2(
            "§1.3.6 relu(threshold=-1, 0.5)(-0.5) = x", "relu", fw, "threshold=-1;negative_slope=0.5", -0.5, -0.5, 1.0);
        // §1.3.7
        for (double x : {3.0, 5.0})
            row2("§1.3.7 threshold=5, max_value=2: 0 up to 5", "relu", fw, "threshold=5;max_value=2", x, 0.0, 0.0,
                kBoth | kNoSign);
        for (double x : {5.5, 10.0})
            row2("§1.3.7 threshold=5, max_value=2: then 2", "relu", fw, "threshold=5;max_value=2", x, 2.0, 0.0);
        // §1.3.8
        for (double x : {-1.0, 0.0, 1.0, 5.0})
            row2("§1.3.8 max_value=0: 0, dy 0", "relu", fw, "max_value=0", x, 0.0, 0.0, kBoth | kNoSign);
    }

    // §2 relu6
    for (const char* fw : {"keras", "tf_keras", "pytorch"}) {
        row2("§2 relu6'(0) = 0", "relu6", fw, "", 0.0, 0.0, 0.0, kBoth | kNoSign);
        row2("§2 relu6'(6) = 0", "relu6", fw, "", 6.0, 6.0, 0.0);
        row2("§2 relu6(7)", "relu6", fw, "", 7.0, 6.0, 0.0);
        row2("§2 relu6'(3)", "relu6", fw, "", 3.0, 3.0, 1.0);
    }
    row2("§2 PT relu6'(NaN) = 1 (scalar)", "relu6", "pytorch", "", kNaN, kNaN, 1.0);
    row2("§2 TF Relu6Grad(NaN) = 0 (source)", "relu6", "keras", "", kNaN, kNaN, 0.0);

    // §3 leaky_relu
    for (const char* fw : {"keras", "tf_keras", "pytorch"}) {
        row2("§3 dy(0) = alpha", "leaky_relu", fw, "alpha=0.5", 0.0, 0.0, 0.5);
        row2("§3 leaky(-0.0) = -0.0", "leaky_relu", fw, "alpha=0.5", -0.0, -0.0, 0.5);
        row2("§3 leaky(-4)", "leaky_relu", fw, "alpha=0.5", -4.0, -2.0, 0.5);
    }
    row2("§3 K3 LeakyReLU() default 0.3 gives -1.5 at -5", "leaky_relu", "keras", "", -5.0, -1.5, 0.3, kY | kExact);
    row("§3 tf.keras LeakyReLU() default 0.3", "leaky_relu", "tf_keras", "", false, -5.0, 0.3 * -5.0, 0.3);
    row("§3 PT default 0.01", "leaky_relu", "pytorch", "", false, -5.0, 0.01 * -5.0, 0.01);
    row("§3 PT default 0.01", "leaky_relu", "pytorch", "", true, -5.0, double(0.01f * -5.0f), double(0.01f));
    row2("§3 PT accepts negative slopes", "leaky_relu", "pytorch", "alpha=-0.5", -5.0, 2.5, -0.5);

    // §4 prelu (d/dalpha in shouldMatchPreluParameterGradient)
    row2("§4 PT dy(0) = w", "prelu", "pytorch", "", 0.0, 0.0, 0.25);
    row2("§4 PT default 0.25", "prelu", "pytorch", "", -4.0, -1.0, 0.25);
    row2("§4 PT prelu(+0, a<0) = -0.0", "prelu", "pytorch", "alpha=-0.5", 0.0, -0.0, -0.5);
    row2("§4 PT prelu(-0.0, a<0) = +0", "prelu", "pytorch", "alpha=-0.5", -0.0, 0.0, -0.5);
    for (const char* fw : {"keras", "tf_keras"}) {
        row2("§4 Keras dy(0) = 0", "prelu", fw, "alpha=0.25", 0.0, 0.0, 0.0, kBoth | kNoSign);
        row2("§4 Keras prelu(-2)", "prelu", fw, "alpha=0.25", -2.0, -0.5, 0.25);
        row2("§4 Keras prelu(3)", "prelu", fw, "alpha=0.25", 3.0, 3.0, 1.0);
        row2("§4 Keras NaN at -inf when alpha = 0", "prelu", fw, "", -kInf, kNaN, 0.0, kY | kExact);
        row2("§4 Keras default alpha 0", "prelu", fw, "", -2.0, 0.0, 0.0, kBoth | kNoSign);
    }

    // §5 thresholded relu (tf_keras)
    row2("§5 -0.0 for negative x", "thresholded_relu", "tf_keras", "", -2.0, -0.0, 0.0);
    row2("§5 +0 in [0, theta]", "thresholded_relu", "tf_keras", "", 0.5, 0.0, 0.0);
    row2("§5 x = theta gives 0, dy 0", "thresholded_relu", "tf_keras", "", 1.0, 0.0, 0.0);
    row2("§5 x > theta", "thresholded_relu", "tf_keras", "", 1.5, 1.5, 1.0);
    row2("§5 NaN at -inf", "thresholded_relu", "tf_keras", "", -kInf, kNaN, 0.0);
    row2("§5 NaN at NaN", "thresholded_relu", "tf_keras", "", kNaN, kNaN, 0.0);
    row2("§5 theta=2.5 at 2.5", "thresholded_relu", "tf_keras", "theta=2.5", 2.5, 0.0, 0.0);

    // §6 threshold (pytorch)
    row2("§6 x == threshold gives value, dy 0", "threshold", "pytorch", "threshold=1;value=-2", 1.0, -2.0, 0.0);
    row2("§6 below", "threshold", "pytorch", "threshold=1;value=-2", 0.0, -2.0, 0.0);
    row2("§6 above", "threshold", "pytorch", "threshold=1;value=-2", 2.0, 2.0, 1.0);
    row2("§6 NaN -> NaN, dy 1", "threshold", "pytorch", "threshold=1;value=-2", kNaN, kNaN, 1.0);

    // §7 hardtanh
    row2("§7 dy(-1) = 0", "hardtanh", "pytorch", "", -1.0, -1.0, 0.0);
    row2("§7 dy(1) = 0", "hardtanh", "pytorch", "", 1.0, 1.0, 0.0);
    row2("§7 inside", "hardtanh", "pytorch", "", 0.5, 0.5, 1.0);
    row2("§7 below", "hardtanh", "pytorch", "", -3.0, -1.0, 0.0);
    row2("§7 NaN: scalar dy = 1", "hardtanh", "pytorch", "", kNaN, kNaN, 1.0);
    for (double x : {-5.0, 0.0, 5.0})
        row2("§7 F.hardtanh(x, 1, -1) is -1 everywhere", "hardtanh", "pytorch", "min_val=1;max_val=-1", x, -1.0, 0.0);

    // §8 rrelu
    row("§8 slope 0.22916666666666666", "rrelu", "pytorch", "", false, -1.0, -0.22916666666666666, 0.22916666666666666);
    row("§8 dy(0) = slope", "rrelu", "pytorch", "", false, 0.0, 0.0, 0.22916666666666666);

    // §9 elu
    row2("§9 TF dy(0) = alpha", "elu", "keras", "alpha=2", 0.0, 0.0, 2.0);
    row2("§9 TF dy(0) = alpha", "elu", "tf_keras", "alpha=2", 0.0, 0.0, 2.0);
    row2("§9 TF dy(0) = 1", "elu", "keras", "", 0.0, 0.0, 1.0);
    row2("§9 TF elu(-0.0) = -0.0 (source, §19)", "elu", "keras", "", -0.0, -0.0, 1.0);
    row2("§9 PT elu(alpha=2)'(0) = 2", "elu", "pytorch", "alpha=2", 0.0, 0.0, 2.0);
    row2("§9 PT elu(-0.0) = +0.0", "elu", "pytorch", "", -0.0, 0.0, 1.0);
    row("§9 PT float32 elu(-1e-7) uses exp(x)-1", "elu", "pytorch", "", true, double(-1e-7f), -1.1920928955078125e-07,
        0.0, kY | kExact);
    row("§9 PT float64 elu(-1e-30) = 0.0", "elu", "pytorch", "", false, -1e-30, 0.0, 0.0, kY | kExact);
    row2("§9 PT NaN: scalar dy = 1", "elu", "pytorch", "", kNaN, kNaN, 1.0);
    row2("§9 elu(-inf) = -alpha", "elu", "pytorch", "alpha=2", -kInf, -2.0, 0.0);
    row2("§9 elu(-inf) = -alpha", "elu", "keras", "alpha=2", -kInf, -2.0, 0.0);
    row("§9 TF EluGrad from y: float32 y rounds to -1 at x=-20 (source)", "elu", "keras", "", true, -20.0, -1.0, 0.0);

    // §10 selu
    for (const char* fw : {"keras", "tf_keras"}) {
        row("§10 TF dy(0) = scale", "selu", fw, "", false, 0.0, 0.0, 1.0507009873554805);
        row("§10 TF dy(0) = scale", "selu", fw, "", true, 0.0, 0.0, double(float(kSeluScale)));
    }
    row("§10 PT dy(0) = scale*alpha", "selu", "pytorch", "", false, 0.0, 0.0, 1.7580993408473766);
    row("§10 PT dy(0) = scale*alpha", "selu", "pytorch", "", true, 0.0, 0.0,
        double(float(kSeluAlpha) * float(kSeluScale)));
    row2("§10 TF selu(-0.0) = -0.0 (source)", "selu", "keras", "", -0.0, -0.0, 0.0, kY | kExact);
    row2("§10 PT selu(-0.0) = +0.0", "selu", "pytorch", "", -0.0, 0.0, 0.0, kY | kExact);

    // §11 celu
    row2("§11 PT dy(0) = 1", "celu", "pytorch", "", 0.0, 0.0, 1.0);
    row2("§11 Keras-on-TF celu'(0) = 2 (source)", "celu", "keras", "", 0.0, 0.0, 2.0, kD | kExact);
    row2("§11 Keras celu'(0) = 2 for alpha 3 too (source)", "celu", "keras", "alpha=3", 0.0, 0.0, 2.0, kD | kExact);

    // §12 gelu
    row2("§12 PT gelu(-inf) = NaN", "gelu", "pytorch", "approximate=false", -kInf, kNaN, 0.0, kY);
    row2("§12 PT dy(+inf) = NaN", "gelu", "pytorch", "approximate=false", kInf, kInf, kNaN);
    row("§12 PT scalar erf keeps -0.0 in the far negative tail", "gelu", "pytorch", "approximate=false", true, -10.0,
        -0.0, 0.0, kY | kExact);
    row("§12 PT scalar erf keeps -0.0 in the far negative tail", "gelu", "pytorch", "approximate=false", false, -40.0,
        -0.0, 0.0, kY | kExact);
    row("§12 PT float32 scalar dy(-6) = -3.65e-8", "gelu", "pytorch", "approximate=false", true, -6.0, 0.0, -3.65e-8,
        kD | kThreeDigits);
    row("§12 gelu(1) exact", "gelu", "pytorch", "approximate=false", false, 1.0, 0.8413447460685429, 0.0, kY);
    row("§12 gelu(1) tanh", "gelu", "pytorch", "approximate=true", false, 1.0, 0.8411919906082768, 0.0, kY);

    // §13 silu, mish
    row2("§13 PT silu(-inf) = NaN", "silu", "pytorch", "", -kInf, kNaN, 0.0, kY);
    row2("§13 PT silu dy(+inf) = NaN", "silu", "pytorch", "", kInf, kInf, kNaN);
    row2("§13 PT silu dy(-1e30) = -0.0", "silu", "pytorch", "", -1e30, -0.0, -0.0);
    row2("§13 PT mish(-inf) = NaN", "mish", "pytorch", "", -kInf, kNaN, 0.0, kY);
    row2("§13 PT mish dy(+inf) = NaN", "mish", "pytorch", "", kInf, kInf, kNaN);

    // §14 softplus
    row("§14 PT softplus(20)", "softplus", "pytorch", "", false, 20.0, 20.000000002061153, 0.9999999979388464);
    row("§14 PT softplus(20.000000000000004)", "softplus", "pytorch", "", false, 20.000000000000004, 20.000000000000004,
        1.0);
    row2("§14 PT NaN -> NaN, dy NaN", "softplus", "pytorch", "", kNaN, kNaN, kNaN);
    row2("§14 PT beta=2, threshold=10: x*beta > threshold passes x", "softplus", "pytorch", "beta=2;threshold=10", 5.5,
        5.5, 1.0);
    row2("§14 TF softplus(35) = 35", "softplus", "keras", "", 35.0, 35.0, 1.0, kY | kExact);
    row("§14 TF softplus(-40) = exp(-40)", "softplus", "keras", "", false, -40.0, std::exp(-40.0), 0.0, kY);
    row("§14 TF softplus(34.1) = x", "softplus", "tf_keras", "", false, 34.1, 34.1, 1.0, kY | kExact);
    row("§14 TF float32 threshold -13.94: softplus(14) = 14", "softplus", "keras", "", true, 14.0, 14.0, 1.0,
        kY | kExact);

    // §15 sigmoid, tanh
    for (const char* fw : {"keras", "tf_keras", "pytorch"}) {
        row2("§15 sigmoid(0)", "sigmoid", fw, "", 0.0, 0.5, 0.25, kY | kD);
        row2("§15 sigmoid(-inf)", "sigmoid", fw, "", -kInf, 0.0, 0.0);
        row2("§15 sigmoid(inf)", "sigmoid", fw, "", kInf, 1.0, 0.0);
        row2("§15 tanh(0)", "tanh", fw, "", 0.0, 0.0, 1.0);
        row2("§15 tanh(inf)", "tanh", fw, "", kInf, 1.0, 0.0);
        row2("§15 tanh(-inf)", "tanh", fw, "", -kInf, -1.0, 0.0);
    }

    // §16 hard_sigmoid
    for (double x : {-2.5, 2.5}) {
        row("§16 tf.keras dy(+-2.5) = 0.2", "hard_sigmoid", "tf_keras", "", false, x, x < 0 ? 0.0 : 1.0, 0.2);
        row("§16 tf.keras dy(+-2.5) = 0.2", "hard_sigmoid", "tf_keras", "", true, x, x < 0 ? 0.0 : 1.0, double(0.2f));
    }
    row("§16 tf.keras x=1 -> 0.7", "hard_sigmoid", "tf_keras", "", false, 1.0, 1.0 * 0.2 + 0.5, 0.2);
    row2("§16 tf.keras 0 below -2.5", "hard_sigmoid", "tf_keras", "", -3.0, 0.0, 0.0);
    row2("§16 tf.keras 1 above 2.5", "hard_sigmoid", "tf_keras", "", 3.0, 1.0, 0.0);
    row2("§16 K3 dy(-3) = 0", "hard_sigmoid", "keras", "", -3.0, 0.0, 0.0);
    row2("§16 K3 dy(3) = 0", "hard_sigmoid", "keras", "", 3.0, 1.0, 0.0);
    row("§16 K3 slope 1/6", "hard_sigmoid", "keras", "", false, 0.0, 0.5, 1.0 / 6.0);
    row("§16 K3 x=1 -> 0.6667", "hard_sigmoid", "keras", "", false, 1.0, 4.0 / 6.0, 1.0 / 6.0);
    row("§16 K3 x=2.5 -> 0.9167", "hard_sigmoid", "keras", "", false, 2.5, 5.5 / 6.0, 1.0 / 6.0);
    row("§16 PT float64 dy = 0.1666666716337204", "hard_sigmoid", "pytorch", "", false, 0.0, 0.5, 0.1666666716337204);
    row("§16 PT float32 dy = 1.0f/6.0f", "hard_sigmoid", "pytorch", "", true, 0.0, 0.5, double(1.0f / 6.0f));
    row("§16 PT x=1 -> 0.6667", "hard_sigmoid", "pytorch", "", false, 1.0, 4.0 / 6.0, 0.1666666716337204);
    row("§16 PT x=2.5 -> 0.9167", "hard_sigmoid", "pytorch", "", false, 2.5, 5.5 / 6.0, 0.1666666716337204);
    row2("§16 PT dy(-3) = 0", "hard_sigmoid", "pytorch", "", -3.0, 0.0, 0.0);
    row2("§16 PT dy(3) = 0", "hard_sigmoid", "pytorch", "", 3.0, 1.0, 0.0);

    // §17 hard_swish
    row2("§17 PT dy(-3) = -0.5", "hard_swish", "pytorch", "", -3.0, -0.0, -0.5);
    row2("§17 PT dy(3) = 1.5 (scalar)", "hard_swish", "pytorch", "", 3.0, 3.0, 1.5);
    row2("§17 PT hardswish(-inf) = NaN", "hard_swish", "pytorch", "", -kInf, kNaN, 0.0);
    row2("§17 PT above 3", "hard_swish", "pytorch", "", 4.0, 4.0, 1.0);
    row2("§17 PT below -3", "hard_swish", "pytorch", "", -4.0, -0.0, 0.0);
    row2("§17 K3 dy(-3) = 0", "hard_swish", "keras", "", -3.0, -0.0, 0.0);
    row2("§17 K3 dy(3) = 1", "hard_swish", "keras", "", 3.0, 3.0, 1.0);
    row2("§17 K3 x=0", "hard_swish", "keras", "", 0.0, 0.0, 0.5);

    // §18 softsign, exponential, linear
    for (const char* fw : {"keras", "tf_keras", "pytorch"}) {
        row2("§18 softsign(1)", "softsign", fw, "", 1.0, 0.5, 0.25, kY | kD);
        row2("§18 softsign(-3)", "softsign", fw, "", -3.0, -0.75, 0.0625, kY | kD);
    }
    for (const char* fw : {"keras", "tf_keras"}) {
        row2("§18 exponential(0)", "exponential", fw, "", 0.0, 1.0, 1.0);
        row("§18 exponential(1)", "exponential", fw, "", false, 1.0, std::exp(1.0), std::exp(1.0), kY | kD);
        row2("§18 linear(-0.0)", "linear", fw, "", -0.0, -0.0, 1.0);
        row2("§18 linear(NaN)", "linear", fw, "", kNaN, kNaN, 1.0, kY | kExact);
        row2("§18 linear(-inf)", "linear", fw, "", -kInf, -kInf, 1.0);
        row("§18 linear(1e300)", "linear", fw, "", false, 1e300, 1e300, 1.0);
        row("§18 linear(3e38f)", "linear", fw, "", true, double(3e38f), double(3e38f), 1.0);
    }
}

void TestSemantics::shouldMatchSpecStatement()
{
    QFETCH(QByteArray, function);
    QFETCH(QByteArray, framework);
    QFETCH(QByteArray, params);
    QFETCH(bool, float32);
    QFETCH(double, x);
    QFETCH(double, y);
    QFETCH(double, dy);
    QFETCH(int, flags);

    const Core::Activation a = makeActivation(function, framework, params);
    double gotY = 0, gotDy = 0;
    if (float32) {
        const float xs[1] = {static_cast<float>(x)};
        float ys[1] = {}, dys[1] = {};
        Core::evaluate(a, std::span<const float>(xs), std::span<float>(ys), std::span<float>(dys));
        gotY = double(ys[0]);
        gotDy = double(dys[0]);
    } else {
        const double xs[1] = {x};
        double ys[1] = {}, dys[1] = {};
        Core::evaluate(a, std::span<const double>(xs), std::span<double>(ys), std::span<double>(dys));
        gotY = ys[0];
        gotDy = dys[0];
    }
    auto check = [&](const char* what, double got, double want) {
        bool ok;
        if (flags & kExact)
            ok = (flags & kNoSign) ? (got == want || (std::isnan(got) && std::isnan(want))) : same(got, want);
        else
            ok = float32 ? close<float>(float(got), float(want), false, !(flags & kNoSign))
                         : close<double>(got, want, false, !(flags & kNoSign));
        if (flags & kThreeDigits)
            ok = std::abs(got - want) <= 0.005 * std::abs(want);
        QVERIFY2(ok, (std::string(what) + ": got " + fmt(got) + ", want " + fmt(want)).c_str());
    };
    if (flags & kY)
        check("y", gotY, y);
    if (flags & kD)
        check("dy", gotDy, dy);
}

void TestSemantics::shouldMatchPreluParameterGradient_data()
{
    QTest::addColumn<QByteArray>("framework");
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("dalpha");
    QTest::addColumn<bool>("checkSign");
    // §4 PT: dw = x > 0 ? 0 : x, summed over the shared elements: dalpha(0) = 0, dalpha(-0.0) = +0.0 (ran).
    QTest::addRow("§4 PT dalpha(0) = +0") << QByteArray("pytorch") << QByteArray() << 0.0 << 0.0 << true;
    QTest::addRow("§4 PT dalpha(-0.0) = +0.0") << QByteArray("pytorch") << QByteArray() << -0.0 << 0.0 << true;
    QTest::addRow("§4 PT dalpha(-2) = -2") << QByteArray("pytorch") << QByteArray() << -2.0 << -2.0 << true;
    QTest::addRow("§4 PT dalpha(3) = 0") << QByteArray("pytorch") << QByteArray() << 3.0 << 0.0 << true;
    QTest::addRow("§4 PT dalpha(-inf)") << QByteArray("pytorch") << QByteArray() << -kInf << -kInf << true;
    // §4 Keras: dalpha = -relu(-x) = min(x, 0)
    for (const char* fw : {"keras", "tf_keras"}) {
        QTest::addRow("§4 %s dalpha(-2) = -2", fw)
            << QByteArray(fw) << QByteArray("alpha=0.25") << -2.0 << -2.0 << true;
        QTest::addRow("§4 %s dalpha(3) = 0", fw) << QByteArray(fw) << QByteArray("alpha=0.25") << 3.0 << 0.0 << false;
        QTest::addRow("§4 %s dalpha(0) = 0", fw) << QByteArray(fw) << QByteArray("alpha=0.25") << 0.0 << 0.0 << false;
        QTest::addRow("§4 %s dalpha(-0.5), alpha 0", fw) << QByteArray(fw) << QByteArray() << -0.5 << -0.5 << true;
    }
}

void TestSemantics::shouldMatchPreluParameterGradient()
{
    QFETCH(QByteArray, framework);
    QFETCH(QByteArray, params);
    QFETCH(double, x);
    QFETCH(double, dalpha);
    QFETCH(bool, checkSign);
    const Core::Activation a = makeActivation("prelu", framework, params);
    QCOMPARE(a.trainableParams().size(), std::size_t(1));
    const double xs[1] = {x};
    double y[1], dy[1], dp[1] = {kNaN};
    Core::evaluate(a, std::span<const double>(xs), std::span<double>(y), std::span<double>(dy), std::span<double>(dp));
    const bool ok = checkSign ? same(dp[0], dalpha) : dp[0] == dalpha;
    QVERIFY2(ok, ("got " + fmt(dp[0]) + ", want " + fmt(dalpha)).c_str());
    // The point API reports the same, in both precisions.
    const Core::PointValue p64 = Core::evaluateAt(a, x, Core::DType::Float64);
    QVERIFY2(checkSign ? same(p64.dparam[0], dalpha) : p64.dparam[0] == dalpha, fmt(p64.dparam[0]).c_str());
    const Core::PointValue p32 = Core::evaluateAt(a, x, Core::DType::Float32);
    QVERIFY2(checkSign ? same(p32.dparam[0], dalpha) : p32.dparam[0] == dalpha, fmt(p32.dparam[0]).c_str());
}

void TestSemantics::shouldMatchReference_data()
{
    QTest::addColumn<QByteArray>("function");
    QTest::addColumn<QByteArray>("framework");
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<bool>("float32");

    const std::vector<const char*> all{"keras", "tf_keras", "pytorch"};
    const std::vector<const char*> keras{"keras", "tf_keras"};
    const std::vector<SweepCase> cases{
        {"relu", keras,
            {"", "max_value=6", "max_value=2", "max_value=0", "max_value=6.5", "negative_slope=0.5",
                "negative_slope=0.5;max_value=10", "threshold=2.5", "negative_slope=0.5;threshold=2.5", "threshold=-1",
                "threshold=-1;max_value=6", "threshold=-1;negative_slope=0.5", "threshold=5;max_value=2",
                "max_value=6;threshold=1", "max_value=6;negative_slope=0.1",
                "max_value=4;negative_slope=0.1;threshold=0.5", "negative_slope=2", "negative_slope=0.3",
                "negative_slope=0.1;threshold=2"}},
        {"relu", {"pytorch"}, {""}},
        {"relu6", all, {""}},
        {"leaky_relu", all, {"", "alpha=0.2", "alpha=0.5", "alpha=0.1"}},
        {"leaky_relu", {"pytorch"}, {"alpha=-0.5", "alpha=0"}},
        {"prelu", all, {"", "alpha=0.25", "alpha=-0.5", "alpha=0", "alpha=0.1"}},
        {"thresholded_relu", {"tf_keras"}, {"", "theta=2.5", "theta=0", "theta=-1"}},
        {"threshold", {"pytorch"}, {"threshold=1;value=-2", "threshold=0;value=0", "threshold=-1;value=5"}},
        {"hardtanh", {"pytorch"}, {"", "min_val=-2;max_val=3", "min_val=0;max_val=6", "min_val=1;max_val=-1"}},
        {"rrelu", {"pytorch"}, {"", "lower=0.1;upper=0.3"}},
        {"elu", all, {"", "alpha=2", "alpha=0.5"}},
        {"selu", all, {""}},
        {"celu", {"keras", "pytorch"}, {"", "alpha=2", "alpha=0.5"}},
        {"gelu", all, {"approximate=false", "approximate=true"}},
        {"silu", all, {""}},
        {"mish", all, {""}},
        {"softplus", all, {""}},
        {"softplus", {"pytorch"}, {"beta=2;threshold=10", "beta=0.5;threshold=5"}},
        {"sigmoid", all, {""}},
        {"tanh", all, {""}},
        {"hard_sigmoid", all, {""}},
        {"hard_swish", {"keras", "pytorch"}, {""}},
        {"softsign", all, {""}},
        {"exponential", keras, {""}},
        {"linear", keras, {""}},
    };
    for (const SweepCase& c : cases) {
        for (const char* fw : c.frameworks) {
            for (const char* params : c.params) {
                for (bool f32 : {false, true}) {
                    if (f32 && !c.float32)
                        continue;
                    QTest::addRow("%s %s(%s) %s", fw, c.function, params, f32 ? "f32" : "f64")
                        << QByteArray(c.function) << QByteArray(fw) << QByteArray(params) << f32;
                }
            }
        }
    }
}

void TestSemantics::shouldMatchReference()
{
    QFETCH(QByteArray, function);
    QFETCH(QByteArray, framework);
    QFETCH(QByteArray, params);
    QFETCH(bool, float32);

    const Core::Activation a = makeActivation(function, framework, params);
    const std::string fn = function.toStdString();
    const Framework fw = frameworkOf(framework);
    const RefParams p = refParams(fn, fw, params);
    const std::vector<double> xs = sweepPoints(p);
    QStringList failures = float32 ? sweep<float>(a, fn, fw, p, sweepPointsF(xs)) : sweep<double>(a, fn, fw, p, xs);
    failures.removeDuplicates();
    QVERIFY2(failures.isEmpty(),
        qPrintable(QString::number(failures.size()) + QStringLiteral(" mismatches:\n  ")
            + failures.mid(0, 25).join(QStringLiteral("\n  "))));
}

void TestSemantics::shouldAgreeBetweenSpanAndPointEvaluation_data()
{
    QTest::addColumn<QByteArray>("function");
    QTest::addColumn<int>("framework");
    for (const Core::FunctionSpec& f : Core::catalogue()) {
        for (Framework fw : f.availableFrameworks())
            QTest::addRow("%s %d", std::string(f.name).c_str(), int(fw))
                << QByteArray(f.name.data(), qsizetype(f.name.size())) << int(fw);
    }
}

void TestSemantics::shouldAgreeBetweenSpanAndPointEvaluation()
{
    QFETCH(QByteArray, function);
    QFETCH(int, framework);
    const Core::Activation a = Core::Activation::withDefaults(function.toStdString(), Framework(framework));
    const std::vector<double> xs = sweepPoints(RefParams{});
    const std::size_t n = xs.size(), np = a.trainableParams().size();
    std::vector<double> y(n), dy(n), dp(np * n);
    Core::evaluate(a, std::span<const double>(xs), std::span<double>(y), std::span<double>(dy), std::span<double>(dp));
    std::vector<float> xf(n), yf(n), dyf(n), dpf(np * n);
    for (std::size_t i = 0; i < n; ++i)
        xf[i] = static_cast<float>(xs[i]);
    Core::evaluate(a, std::span<const float>(xf), std::span<float>(yf), std::span<float>(dyf), std::span<float>(dpf));
    // Without the dparam span the value and d/dx are the same.
    std::vector<double> y2(n), dy2(n);
    Core::evaluate(a, std::span<const double>(xs), std::span<double>(y2), std::span<double>(dy2));
    for (std::size_t i = 0; i < n; ++i) {
        const Core::PointValue p = Core::evaluateAt(a, xs[i]);
        const Core::PointValue pf = Core::evaluateAt(a, xs[i], Core::DType::Float32);
        const std::string at = "x=" + fmt(xs[i]);
        QVERIFY2(same(p.y, y[i]) && same(p.dy, dy[i]), at.c_str());
        QVERIFY2(same(y2[i], y[i]) && same(dy2[i], dy[i]), at.c_str());
        QVERIFY2(same(pf.y, double(yf[i])) && same(pf.dy, double(dyf[i])), (at + " float32").c_str());
        for (std::size_t k = 0; k < np; ++k) {
            QVERIFY2(same(p.dparam[k], dp[k * n + i]), (at + " dparam").c_str());
            QVERIFY2(same(pf.dparam[k], double(dpf[k * n + i])), (at + " float32 dparam").c_str());
        }
    }
}

void TestSemantics::shouldRoundParametersToFloatInFloat32()
{
    // "In float32, parameters are first rounded to float32" (issue §4): 0.1 becomes 0.1f.
    const Core::Activation a = makeActivation("leaky_relu", "pytorch", "alpha=0.1");
    const Core::PointValue p = Core::evaluateAt(a, -3.0, Core::DType::Float32);
    QCOMPARE(p.y, double(0.1f * -3.0f));
    QCOMPARE(p.dy, double(0.1f));
    const Core::PointValue q = Core::evaluateAt(a, -3.0, Core::DType::Float64);
    QCOMPARE(q.y, 0.1 * -3.0);
    QCOMPARE(q.dy, 0.1);
    // A float32 input is the float nearest the double one.
    const Core::PointValue r = Core::evaluateAt(makeActivation("linear", "keras", ""), 0.1, Core::DType::Float32);
    QCOMPARE(r.y, double(0.1f));
}

QTEST_APPLESS_MAIN(TestSemantics)
#include "tst_semantics.moc"
