// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

class QCommandLineParser;

namespace App {

// The command line's options, their help and the help's closing text: what parseCommandLine
// reads and what --help prints, in one place.
struct Options {
    QCommandLineOption list{QStringLiteral("list"),
        QStringLiteral("List the functions, their parameters, defaults and accepted ranges (only those of --framework, "
                       "when given).")};
    QCommandLineOption function{
        QStringLiteral("function"), QStringLiteral("One curve: the function (see --list)."), QStringLiteral("name")};
    QCommandLineOption framework{QStringLiteral("framework"),
        QStringLiteral("With --function: keras (default), tf_keras or pytorch."), QStringLiteral("fw")};
    QCommandLineOption param{QStringLiteral("param"),
        QStringLiteral(
            "With --function: a parameter, e.g. alpha=0.2, max_value=none, approximate=true. Repeatable, once per "
            "parameter."),
        QStringLiteral("name=value")};
    QCommandLineOption curve{QStringLiteral("curve"),
        QStringLiteral(
            "A curve, FUNCTION[:FRAMEWORK][:NAME=VALUE,...], e.g. relu:tf_keras:negative_slope=0.1,threshold=2. "
            "Repeatable."),
        QStringLiteral("spec")};
    QCommandLineOption example{QStringLiteral("example"),
        QStringLiteral("A built-in example: relu-vs-leaky, framework-defaults, leaky-vs-parametric, relu-arguments, "
                       "compare-relu-slope, compare-leaky-frameworks, compare-prelu-initial, compare-relu6, lab-prelu-teacher, "
                       "lab-dying-relu or lab-prelu-init."),
        QStringLiteral("id")};
    QCommandLineOption dtype{
        QStringLiteral("dtype"), QStringLiteral("float64 (default) or float32."), QStringLiteral("dtype")};
    QCommandLineOption domain{QStringLiteral("domain"),
        QStringLiteral("The x range A:B (default -5:5), e.g. --domain=-5:5."), QStringLiteral("A:B")};
    QCommandLineOption samples{QStringLiteral("samples"),
        QStringLiteral("Points over the domain, 2 to 10000000 (default 1001)."), QStringLiteral("N")};
    QCommandLineOption eval{QStringLiteral("eval"),
        QStringLiteral("With --function: evaluates at these points, e.g. --eval=-1,0,0.5,inf."),
        QStringLiteral("x,x,...")};
    QCommandLineOption output{QStringLiteral("output"),
        QStringLiteral(
            "With --function: writes FILE.csv or FILE.json instead of printing CSV (with --stats or --depth: "
            "FILE.csv)."),
        QStringLiteral("file")};
    QCommandLineOption stats{QStringLiteral("stats"),
        QStringLiteral("Prints statistics of f(x) and f'(x) for inputs x drawn from --input: CSV quantity,value (with "
                       "--curve: curve,quantity,value).")};
    QCommandLineOption depth{QStringLiteral("depth"),
        QStringLiteral("Prints the variance q, chi and chi's running product for layers 0 to L (1 to 200) of a wide "
                       "random network: CSV layer,q,chi,chi_product."),
        QStringLiteral("L")};
    QCommandLineOption input{QStringLiteral("input"),
        QStringLiteral("With --stats or --depth: the inputs, normal:MU,SIGMA (default normal:0,1), uniform:A,B, "
                       "laplace:MU,B or data:FILE (one number per line, or a CSV column)."),
        QStringLiteral("spec")};
    QCommandLineOption init{QStringLiteral("init"),
        QStringLiteral("With --depth: the weights' variance, he (default), lecun, glorot, pytorch, keras or "
                       "custom:SW,SB."),
        QStringLiteral("scheme")};
    QCommandLineOption compare{QStringLiteral("compare"),
        QStringLiteral("--compare SPEC SPEC: are these two curves (the --curve grammar) the same function over --domain "
                       "in --dtype? Prints the verdict on values, d/dx, d/d(trainable parameter) and special inputs, "
                       "one line each; exit 0 when identical, 1 when they differ."),
        QStringLiteral("spec")};
    QCommandLineOption compareFrameworks{QStringLiteral("compare-frameworks"),
        QStringLiteral("Prints FUNCTION in every framework that has it, side by side: keywords, defaults, the "
                       "gradient at each kink, signed zeros, NaN and infinities, and the layer's errors."),
        QStringLiteral("function")};
    QCommandLineOption code{QStringLiteral("code"),
        QStringLiteral("Prints the Python that builds the curve of --function (or of one --curve) in keras, tf_keras "
                       "or pytorch, as the window's Code tab copies it: comments, the import, then a callable act."),
        QStringLiteral("fw")};
    QCommandLineOption train{QStringLiteral("train"),
        QStringLiteral("Trains a small network whose hidden units are this curve (the --curve grammar) and prints one "
                       "CSV row per step: step,loss[,accuracy],dead_units[,alpha_N per unit]; a summary on stderr."),
        QStringLiteral("spec")};
    QCommandLineOption task{QStringLiteral("task"),
        QStringLiteral("With --train: xor (default), circles, moons, spiral, regression (sin x) or teacher:ALPHA "
                       "(targets from a PReLU with slope ALPHA)."),
        QStringLiteral("task")};
    QCommandLineOption hidden{QStringLiteral("hidden"),
        QStringLiteral("With --train: units per hidden layer, one or two layers of 1 to 64 (default 16), e.g. 16,16."),
        QStringLiteral("n[,n]")};
    QCommandLineOption optimizer{QStringLiteral("optimizer"),
        QStringLiteral("With --train: adam (default) or sgd (with momentum 0.9)."), QStringLiteral("name")};
    QCommandLineOption lr{QStringLiteral("lr"),
        QStringLiteral("With --train: the learning rate, > 0 (default 0.01)."), QStringLiteral("rate")};
    QCommandLineOption batch{QStringLiteral("batch"),
        QStringLiteral("With --train: points per step, 1 to 256 (default 32)."), QStringLiteral("n")};
    QCommandLineOption steps{QStringLiteral("steps"),
        QStringLiteral("With --train: optimiser steps, 1 to 100000 (default 500)."), QStringLiteral("n")};
    QCommandLineOption seed{QStringLiteral("seed"),
        QStringLiteral("With --train: the data, the weights and the batches, 0 to 2^53 (default 1): the same seed "
                       "gives the same run, bit for bit."),
        QStringLiteral("n")};
    QCommandLineOption strict{QStringLiteral("strict"),
        QStringLiteral("Parameter values the framework's layer rejects are errors (exit 2), not warnings.")};
    QCommandLineOption exportFigure{QStringLiteral("export"),
        QStringLiteral("Renders the plot to FILE (.png, .jpg, .svg or .pdf) and exits; no display is needed."),
        QStringLiteral("file")};
    QCommandLineOption screenshot{QStringLiteral("screenshot"),
        QStringLiteral("Renders the whole window to FILE.png and exits; no display is needed."),
        QStringLiteral("file")};
    QCommandLineOption size{QStringLiteral("size"),
        QStringLiteral("Figure size for --export (default 1200x800), window size for --screenshot (default 1280x800)."),
        QStringLiteral("WxH")};
    QCommandLineOption scale{QStringLiteral("scale"),
        QStringLiteral("Pixels per logical pixel of a PNG or JPEG --export (default 1; 2 doubles the resolution)."),
        QStringLiteral("S")};
    QCommandLineOption fontSize{QStringLiteral("font-size"),
        QStringLiteral("Text size of an --export in points (6 to 72; default: the screen's)."), QStringLiteral("PT")};
    QCommandLineOption panels{QStringLiteral("panels"),
        QStringLiteral("What --export shows: both (default), function or derivative."), QStringLiteral("which")};
    QCommandLineOption theme{
        QStringLiteral("theme"), QStringLiteral("The light or dark theme."), QStringLiteral("light|dark")};

    QList<QCommandLineOption> all() const
    {
        return {list, function, framework, param, curve, example, dtype, domain, samples, eval, output, stats, depth,
            input, init, compare, compareFrameworks, code, train, task, hidden, optimizer, lr, batch, steps, seed, strict, exportFigure, screenshot, size, scale, fontSize, panels, theme};
    }
};

// "FILE.json, --list, --function, ..., --help, --version"
QString optionNames(const Options& options);

// Adds the options, --help, --version and FILE.json to `parser`.
void setUp(QCommandLineParser& parser, const Options& options);

} // namespace App
