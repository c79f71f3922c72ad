// SPDX-License-Identifier: MIT
#pragma once

#include "figure.h"
#include "session.h"

#include "aex/core/activation.h"
#include "aex/core/catalogue.h"
#include "aex/core/sampling.h"
#include "aex/core/statistics.h"
#include "aex/core/training.h"

#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>
#include <stdexcept>
#include <vector>

namespace App {

// Exit codes, the same for every way the program is run.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;  // the input was fine, but writing, the display or memory failed
inline constexpr int kExitBadInput = 2; // bad input: one line on stderr, nothing written or changed

// Bad input: what() is the message of the one stderr line, "ARGUMENT: PROBLEM; accepted: ...".
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
    explicit UsageError(const QString& message);
};

// A failure after the input was accepted: a full disk, no display, not enough memory.
class Failure : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
    explicit Failure(const QString& message);
};

// What the command line asks for.
enum class Action {
    Help,
    Version,
    List,    // --list: the catalogue
    Data,    // --eval or --domain with --function, --output: numbers, no display
    Stats,   // --stats: what the curves do to the --input distribution, no display
    Depth,   // --depth L: the mean-field recursion of a wide random network, no display
    Compare, // --compare SPEC SPEC: the verdict, no display
    FrameworkTable, // --compare-frameworks FUNCTION
    Train,          // --train SPEC: a training run's trace, no display
    Code,           // --code FRAMEWORK: the curve as Python, no display
    Figures, // --export and/or --screenshot: files, no display
    Window,  // everything else: the window
};

inline constexpr QSize kDefaultWindowSize{1280, 800};

// The largest data:FILE that --input reads (Core::kMaxDistributionValues numbers of 25 characters).
inline constexpr qint64 kMaxDataFileBytes = qint64(256) << 20;

// --stats and --depth: the curves of --function (one, written without a curve column) or of
// --curve (each named in a first column by its --curve text), under the --input distribution.
struct LensRequest {
    QList<std::pair<QString, Core::Activation>> curves;
    bool curveColumn = false;
    Core::Distribution input; // N(0, 1)
    QString inputFile;        // data:FILE
    Core::Initialisation init;
    int depth = 0; // --depth L
};

// The whole command line, read and checked before any Q*Application exists, so that bad input is
// refused before a platform plugin is loaded. One grammar for every action:
//   curves   FILE.json | --function F [--framework FW] [--param K=V ...] | --curve SPEC ... | --example ID
//   domain   --domain A:B --samples N --dtype D
//   actions  --list, --eval X,..., --output FILE, --stats, --depth L, --export FILE, --screenshot FILE.png,
//            or the window
//   lens     --input SPEC, --init SCHEME (with --stats and --depth)
//   compare  --compare SPEC SPEC [--domain A:B] [--dtype D], --compare-frameworks FUNCTION [--dtype D]
//   code     --code FRAMEWORK with --function or one --curve
//   train    --train SPEC --task T --hidden N[,N] --optimizer O --lr R --batch N --steps N --seed S [--output F]
struct Invocation {
    Action action = Action::Window;
    QString text; // Help and Version: what to print

    // --list [--framework FW]
    std::optional<Core::Framework> listFramework;

    // Data: one curve (--function) at --eval points or over --domain, to stdout or --output.
    std::optional<Core::Activation> activation;
    std::optional<std::vector<double>> points;
    std::optional<Core::Domain> domain;
    Core::DType dtype = Core::DType::Float64;
    QString output;
    bool json = false;

    // Code: the curve (activation) as Python in this framework.
    std::optional<Core::Framework> codeTarget;

    // Compare: the two curves, by their specs (over domain, in dtype); FrameworkTable: the function.
    QList<std::pair<QString, Core::Activation>> compared;
    const Core::FunctionSpec* frameworksOf = nullptr;

    // Train: the curve (by its spec), the run and how many steps.
    struct TrainRequest {
        QString spec;
        Core::Activation activation;
        Core::TrainConfig config;
        std::size_t steps = 500;
    };
    std::optional<TrainRequest> train;

    // Stats and Depth.
    std::optional<LensRequest> lens;

    // Figures and the window: what to show. A session from FILE.json, --function or --curve;
    // else --example; else the default view (or, in the window, the last one).
    std::optional<Model::Session> session;
    QString sessionPath; // FILE.json
    QString example;
    std::optional<Model::Theme> theme;
    QString exportPath;
    Widgets::FigureOptions figure;
    bool panelsGiven = false;
    QString screenshotPath;
    QSize windowSize = kDefaultWindowSize;

    // The frameworks' layer errors for values their function form still computes; without
    // --strict they are warnings.
    QStringList warnings;
};

// Reads the arguments (without the program name). Throws UsageError.
Invocation parseCommandLine(const QStringList& arguments);

// "alpha given twice; accepted: each parameter once" for a parameter given a second time, as KEY
// (its catalogue name or the framework's own).
QString givenTwice(const Core::FunctionSpec& function, std::size_t index, std::string_view key);

// What --help prints.
QString helpText();

} // namespace App
