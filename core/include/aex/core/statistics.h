// SPDX-License-Identifier: MIT
// The distribution lens (issue #12): what an activation does to a distribution of inputs, and
// through many layers of a wide random network. Exact integrals, no sampling: piece by piece
// between the function's breakpoints, adaptive Gauss-Kronrod or closed forms.
#pragma once

#include "aex/core/activation.h"

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace Core {

enum class DistributionKind { Normal, Uniform, Laplace, Empirical };
std::string_view distributionName(DistributionKind kind); // "normal", "uniform", "laplace", "data"

// The parameters of each kind, as ParamSpecs, so that the widgets build their editors from them
// the way they do for an activation's parameters: normal (mu, sigma), uniform (a, b), laplace
// (mu, b); none for empirical.
std::span<const ParamSpec> distributionParams(DistributionKind kind);

// The most numbers an empirical distribution holds.
inline constexpr std::size_t kMaxDistributionValues = 10'000'000;

// The numbers of a text file, as `--input data:FILE` and the window's "Load numbers…" read it: one
// number per line, or one column of a CSV. Blank lines and lines starting with '#' are skipped; a
// first line with no number in it is a header; the column is the first field of the first data
// line that is a number (the only one, for one number per line); a field may be in double quotes;
// a UTF-8 byte order mark and CRLF line ends are fine. Throws InputError naming the line ("line 7:
// "abc" is not a number; accepted: ..."), for a file with no numbers, a value that is not finite,
// or more than kMaxDistributionValues numbers.
std::vector<double> parseNumberColumn(std::string_view text);

// An input distribution. Construct through the factories: they validate and throw InputError
// naming what is wrong and what is accepted ("sigma must be > 0; accepted: normal:MU,SIGMA with
// finite MU and SIGMA > 0").
class Distribution {
public:
    Distribution() = default; // N(0, 1)
    static Distribution normal(double mu, double sigma);
    static Distribution uniform(double a, double b);  // a < b, both finite
    static Distribution laplace(double mu, double b); // b > 0
    // The empirical distribution of these numbers (each with weight 1/n). Throws InputError when
    // empty or when a value is not finite.
    static Distribution empirical(std::vector<double> values);
    // As the command line reads it: "normal:MU,SIGMA", "uniform:A,B", "laplace:MU,B", or the bare
    // name for the suggested parameters (normal:0,1, uniform:-1,1, laplace:0,1); not data:.
    static Distribution parse(std::string_view spec);
    // Kind and parameters in catalogue order (for the editors); throws InputError when invalid.
    static Distribution withParams(DistributionKind kind, std::span<const double> params);

    DistributionKind kind() const { return m_kind; }
    // The two parameters (empty for empirical), in distributionParams(kind()) order.
    std::vector<double> params() const;
    // The sorted values of an empirical distribution (empty otherwise).
    const std::vector<double>& values() const;
    double density(double x) const; // 0 for empirical
    double mean() const;
    double secondMoment() const; // E[x^2]
    // An interval holding all but about 1e-16 of the mass (the empirical range; the uniform's
    // support), for drawing and integrating.
    std::pair<double, double> span() const;
    // P(lo < x < hi): exact for the analytic kinds, the share of values strictly inside for empirical.
    double probability(double lo, double hi) const;
    std::string describe() const; // "normal(0, 1)", "data (1000 values)"

    friend bool operator==(const Distribution& a, const Distribution& b);

private:
    Distribution(DistributionKind kind, double a, double b)
        : m_kind(kind)
        , m_a(a)
        , m_b(b)
    {
    }
    DistributionKind m_kind = DistributionKind::Normal;
    double m_a = 0, m_b = 1;
    std::shared_ptr<const std::vector<double>> m_values; // empirical, sorted
};

// One piece of a piecewise function: the open interval between two adjacent breakpoints.
struct PieceShare {
    double lo = 0, hi = 0;  // -inf / +inf at the ends
    double probability = 0; // P(lo < x < hi)
};

struct ActivationStatistics {
    double deadFraction = 0;        // P(f'(x) == 0) under the distribution (exact zero gradient)
    std::vector<PieceShare> pieces; // one per piece when the function has breakpoints, else empty
    double mean = 0;                // E[f(x)]
    double variance = 0;            // Var[f(x)]
    double secondMoment = 0;        // E[f(x)^2]
    double gradMean = 0;            // E[f'(x)]
    double gradSecondMoment = 0;    // E[f'(x)^2]
    double gain = 0;                // sqrt(E[x^2] / E[f(x)^2]) (inf when E[f^2] = 0)
};

// Exact within about 1e-12 for the analytic distributions; exact over the values for empirical.
// Evaluates f and f' through Core::evaluate in `dtype`.
ActivationStatistics statistics(const Activation& activation, const Distribution& input, DType dtype = DType::Float64);

// torch.nn.init.calculate_gain for the function, where PyTorch has one: relu sqrt(2), leaky_relu
// sqrt(2 / (1 + slope^2)) (its slope, in any framework), tanh 5/3, selu 3/4, sigmoid and linear 1.
struct RecommendedGain {
    double value = 1;
    std::string note; // one line: why it differs from the measured gain, where it does
};
std::optional<RecommendedGain> pytorchGain(const Activation& activation);

// Weight and bias variances of a wide random network's layers.
enum class InitScheme { He, LeCun, Glorot, PyTorch, Keras, Custom };
std::string_view initName(InitScheme scheme); // "he", "lecun", "glorot", "pytorch", "keras", "custom"
struct Initialisation {
    InitScheme scheme = InitScheme::He;
    double sigmaW = 1, sigmaB = 0; // used by Custom only (standard deviations)
    // "he", "lecun", "glorot", "pytorch", "keras", "custom:SW,SB" (SW > 0, SB >= 0; "custom:SW" has
    // SB = 0); throws InputError.
    static Initialisation parse(std::string_view spec);
    friend bool operator==(const Initialisation&, const Initialisation&) = default;
};
// sigma_w^2 for this function: He 2 (2 / (1 + slope^2) for leaky_relu, prelu, rrelu (slope
// (lower + upper) / 2) and relu with a negative_slope), LeCun 1, Glorot with equal fans 1, PyTorch
// nn.Linear's kaiming_uniform(a = sqrt(5)) 1/3, Keras Dense's glorot_uniform 1, Custom sigmaW^2.
// And sigma_b^2: 0 except Custom (Keras's biases start at zero; PyTorch's U(+-1/sqrt(fan_in))
// bias has variance 1/(3 fan_in), which vanishes in a wide layer).
double weightVariance(const Initialisation& init, const Activation& activation);
double biasVariance(const Initialisation& init);

inline constexpr int kMaxDepth = 200;
struct DepthRow {
    int layer = 0;
    double q = 0;          // pre-activation variance q_l (q_0 = E[x^2] of the input, 1 for N(0, 1))
    double chi = 0;        // sigma_w^2 E_z[f'(sqrt(q_l) z)^2]
    double chiProduct = 0; // chi_0 * ... * chi_l
};
// q_{l+1} = sigma_w^2 E_{z~N(0,1)}[f(sqrt(q_l) z)^2] + sigma_b^2 for l = 0 .. layers (layers + 1
// rows); throws InputError unless 1 <= layers <= kMaxDepth and q0 is finite and >= 0. Once q
// overflows to inf the later rows hold q = inf and chi = chiProduct = nan.
std::vector<DepthRow> propagate(const Activation& activation, const Initialisation& init, int layers, double q0 = 1.0,
    DType dtype = DType::Float64);

} // namespace Core
