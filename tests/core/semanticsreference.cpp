// SPDX-License-Identifier: MIT
// The op-by-op reference of semanticsreference.h. Every formula cites its SEMANTICS.md section.

#include "semanticsreference.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace SemanticsReference {

using Core::Framework;

std::string fmt(double v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

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
    } else if (fn == "softshrink") {
        p.v["lambd"] = 0.5; // docs/semantics-additions.md
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

namespace {

template <class T> bool negZero(T v) { return v == 0 && std::signbit(v); }

// TF Relu: max(x, 0) with NaN propagation (§1.1). The sign of relu(-0.0) is not specified.
template <class T> T tfRelu(T v) { return std::isnan(v) ? v : (v > 0 ? v : T(0)); }
template <class T> T tfRelu6(T v) { return std::isnan(v) ? v : std::min(std::max(v, T(0)), T(6)); }

// §1.3: Keras ReLU(max_value, negative_slope, threshold); b1: Keras >= 3.15 (where), else (B2).
// The `if`s are Python's, on the doubles (md, sd, td); the ops run in T on the rounded values.
template <class T> Ref<T> kerasRelu(T x, std::optional<double> md, double sd, double td, bool b1)
{
    Ref<T> r;
    const T s = T(sd), t = T(td);
    if (sd != 0 && !md && td == 0) { // (A) leaky_relu
        r.y = x > 0 ? x : s * x;
        r.dy = x > 0 ? T(1) : s;
        return r;
    }
    T neg = 1, dneg = 0;
    if (sd != 0) {
        const T u = td != 0 ? -x + t : -x;
        neg = tfRelu(u);
        dneg = u > 0 ? s : T(0); // d(-s * relu(u))/dx
    }
    bool clip = md.has_value();
    bool signUnsure = false;
    T v, dv;
    if (td != 0) {
        v = b1 ? (x > t ? x : T(0)) : x * (x > t ? T(1) : T(0));
        dv = x > t ? T(1) : T(0);
    } else if (md && *md == 6) { // (C)
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
        const T m = T(*md);
        if (std::isnan(v)) {
            r.yKnown = r.dyKnown = false;
        } else {
            dv = (v < 0 || v > m) ? T(0) : dv;
            signUnsure = signUnsure || negZero(v);
            v = std::min(std::max(v, T(0)), m);
        }
    }
    if (sd != 0) { // (E)
        r.y = v - s * neg;
        r.dy = dv + dneg;
        if (std::isnan(x))
            r.yKnown = r.dyKnown = false;
    } else {
        r.y = v;
        r.dy = dv;
        if (std::isnan(x) && !md)
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
} // namespace

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
        return kerasRelu<T>(x, p.opt("max_value"), p.get("negative_slope"), p.get("threshold"), fw == Framework::Keras);
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
        // tf.keras's layer calls backend.relu(x, alpha=alpha), the §1.3 algorithm (consequence 9:
        // LeakyReLU(alpha) is ReLU(negative_slope=alpha)): leaky_relu (A), or plain relu when
        // alpha == 0. Keras 3 calls tf.nn.leaky_relu for every alpha.
        if (fw == Framework::TfKeras)
            return kerasRelu<T>(x, std::nullopt, p.get("alpha"), 0.0, false);
        return leaky(x, T(p.get("alpha")));
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
    if (fn == "softshrink") { // docs/semantics-additions.md: added after SEMANTICS.md, researched the same way
        const T l = T(p.get("lambd"));
        if (pt) { // softshrink_kernel; shrink_backward, scalar: (x >= -l && x <= l) ? 0 : g
            r.y = x > l ? x - l : (x < -l ? x + l : T(0));
            r.dy = (x >= -l && x <= l) ? T(0) : T(1);
        } else { // where(x > t, x - t, where(x < -t, x + t, 0)); select gradients
            r.y = x > l ? x - l : (x < -l ? x + l : T(0));
            r.dy = (x > l || x < -l) ? T(1) : T(0);
        }
        return r;
    }
    r.yKnown = r.dyKnown = false;
    return r;
}

template struct Ref<float>;
template struct Ref<double>;
template Ref<float> reference<float>(const std::string&, Framework, const RefParams&, float);
template Ref<double> reference<double>(const std::string&, Framework, const RefParams&, double);

} // namespace SemanticsReference
