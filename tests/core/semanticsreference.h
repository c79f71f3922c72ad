// SPDX-License-Identifier: MIT
// An independent re-implementation of every function x framework, written op for op from
// ../shared/design/SEMANTICS.md (and docs/semantics-additions.md for softshrink), never from
// core/src. tst_semantics sweeps it over fixed parameter values, tst_parametersweep over seeded
// random ones. Piecewise-linear functions must agree bit for bit; transcendental ones within a
// few ulps.
//
// Parameters are taken as the frameworks take them: every decision a framework's Python code makes
// on a parameter (Keras's `max_value == 6`, `threshold != 0`, `alpha == 1`) is made on the double,
// and the arithmetic on the tensor's dtype, with the parameter rounded to it (a float32 tensor op
// sees the parameter as a float32 constant).
#pragma once

#include "aex/core/activation.h"

#include <QByteArray>
#include <QStringList>

#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace SemanticsReference {

inline constexpr double kInf = std::numeric_limits<double>::infinity();
inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Spec constants (§10, §16).
inline constexpr double kSeluAlpha = 1.6732632423543772848170429916717;
inline constexpr double kSeluScale = 1.0507009873554804934193349852946;
inline constexpr double kSeluScaleAlphaTf = 1.7580993408473768599402175208123;

// "%.17g": reads back to the same double.
std::string fmt(double v);

// Parameter values by catalogue name; nullopt is None. Booleans are 0 or 1.
struct RefParams {
    std::map<std::string, std::optional<double>, std::less<>> v;
    double get(std::string_view name) const { return *v.find(name)->second; }
    std::optional<double> opt(std::string_view name) const { return v.find(name)->second; }
};

// The test's own reading of each framework's defaults (SEMANTICS.md and the issue).
RefParams specDefaults(const std::string& fn, Core::Framework fw);
// specDefaults overridden by "a=1;b=none;c=true".
RefParams refParams(const std::string& fn, Core::Framework fw, const QByteArray& params);

// What the framework computes at one x, and how strictly to compare it.
template <class T> struct Ref {
    T y = 0, dy = 0, dp = 0;
    bool yKnown = true, dyKnown = true, dpKnown = false;
    bool ySign = true, dySign = true, dpSign = true; // false: the sign of a zero is not specified
    bool yExact = true, dyExact = true;              // false: compare within a few ulps
};

template <class T> Ref<T> reference(const std::string& fn, Core::Framework fw, const RefParams& p, T x);

// NaN equals NaN; infinities must be equal; exact: bit for bit (zero signs when checkSign);
// otherwise within 8 ulps plus 4 epsilon absolute.
template <class T> bool close(T actual, T expected, bool exact, bool checkSign);

// Kinks, boundaries, +-0, +-inf, NaN, large magnitudes, and for every parameter value v the points
// v, -v, v + 3, v - 3 with their double neighbours (softplus: threshold / beta too).
std::vector<double> sweepPoints(const RefParams& p);
// The same in float32: each point rounded to float with its float neighbours (+-1e300 -> +-3e38f).
std::vector<float> sweepPointsF(const std::vector<double>& xs);

// Evaluates xs through Core::evaluate's span path (each point once in order, then 37 times in a
// row, so that every value passes through every vectorised lane and the scalar tail) and compares
// with the reference. One line per mismatch: "f64 x=...: y got ... want ...".
template <class T> QStringList sweep(
    const Core::Activation& a, const std::string& fn, Core::Framework fw, const RefParams& p, const std::vector<T>& xs);

extern template struct Ref<float>;
extern template struct Ref<double>;
extern template Ref<float> reference<float>(const std::string&, Core::Framework, const RefParams&, float);
extern template Ref<double> reference<double>(const std::string&, Core::Framework, const RefParams&, double);
extern template bool close<float>(float, float, bool, bool);
extern template bool close<double>(double, double, bool, bool);
extern template QStringList sweep<float>(
    const Core::Activation&, const std::string&, Core::Framework, const RefParams&, const std::vector<float>&);
extern template QStringList sweep<double>(
    const Core::Activation&, const std::string&, Core::Framework, const RefParams&, const std::vector<double>&);

} // namespace SemanticsReference
