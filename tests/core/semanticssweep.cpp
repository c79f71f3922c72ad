// SPDX-License-Identifier: MIT
// The sweep of semanticsreference.h: the points, the comparison, Core::evaluate against the reference.

#include "semanticsreference.h"

#include <QString>

#include <algorithm>
#include <cmath>
#include <limits>
#include <span>

namespace SemanticsReference {

using Core::Framework;

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
    std::vector<Ref<T>> refs;
    refs.reserve(xs.size());
    for (T x : xs)
        refs.push_back(reference<T>(fn, fw, p, x));
    for (std::size_t i = 0; i < n; ++i) {
        const T x = points[i];
        const Ref<T>& r = refs[i < xs.size() ? i : (i - xs.size()) / 37];
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

template bool close<float>(float, float, bool, bool);
template bool close<double>(double, double, bool, bool);
template QStringList sweep<float>(
    const Core::Activation&, const std::string&, Framework, const RefParams&, const std::vector<float>&);
template QStringList sweep<double>(
    const Core::Activation&, const std::string&, Framework, const RefParams&, const std::vector<double>&);

} // namespace SemanticsReference
