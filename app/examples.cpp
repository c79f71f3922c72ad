// SPDX-License-Identifier: MIT
#include "examples.h"

#include <QCoreApplication>

namespace App {

namespace {
using Core::Framework;

Model::Lab lab(
    const char* task, std::vector<int> hidden, Core::OptimizerKind optimizer, double rate, std::uint64_t seed)
{
    Model::Lab l;
    l.shown = true;
    l.config.task = Core::Task::parse(task);
    l.config.hidden = std::move(hidden);
    l.config.optimizer = optimizer;
    l.config.learningRate = rate;
    l.config.seed = seed;
    return l;
}
// The English text; lupdate files it under App::Examples (QT_TRANSLATE_NOOP), examples() translates it.
QString english(const char* text) { return QString::fromUtf8(text); }
QString translated(const QString& text)
{
    return QCoreApplication::translate("App::Examples", text.toUtf8().constData());
}

std::vector<Example> englishExamples()
{
    return {
        {
            QStringLiteral("relu-vs-leaky"),
            english(QT_TRANSLATE_NOOP("App::Examples", "ReLU vs LeakyReLU")),
            english(QT_TRANSLATE_NOOP("App::Examples",
                "tf.keras ReLU(negative_slope) is LeakyReLU(alpha): the figure of the negative_slope question")),
            {-5.0, 5.0, 1001},
            1,
            QStringLiteral("-5, -2, 0, 3"),
            {
                {"relu", Framework::TfKeras, {}},
                {"relu", Framework::TfKeras, {"negative_slope=0.5"}},
                {"relu", Framework::TfKeras, {"negative_slope=0.1"}},
                {"relu", Framework::TfKeras, {"negative_slope=0.1", "threshold=2"}},
                {"leaky_relu", Framework::TfKeras, {"alpha=0.5"}},
                {"leaky_relu", Framework::TfKeras, {"alpha=0.1"}},
            },
        },
        {
            QStringLiteral("framework-defaults"),
            english(QT_TRANSLATE_NOOP("App::Examples", "Framework defaults")),
            english(
                QT_TRANSLATE_NOOP("App::Examples", "LeakyReLU with no arguments: slope 0.3 in Keras, 0.01 in PyTorch")),
            {-5.0, 5.0, 1001},
            0,
            QStringLiteral("-5, -1, 0, 1"),
            {
                {"leaky_relu", Framework::Keras, {}},
                {"leaky_relu", Framework::PyTorch, {}},
            },
        },
        {
            QStringLiteral("leaky-vs-parametric"),
            english(QT_TRANSLATE_NOOP("App::Examples", "Leaky vs Parametric")),
            english(QT_TRANSLATE_NOOP("App::Examples",
                "Same formula, but PReLU learns alpha: see ∂f/∂alpha, and Keras' f′(0) = 0 against PyTorch's alpha")),
            {-4.0, 4.0, 1001},
            1,
            QStringLiteral("-2, -0.5, 0, 1"),
            {
                {"leaky_relu", Framework::PyTorch, {"alpha=0.25"}},
                {"prelu", Framework::PyTorch, {}},
                {"prelu", Framework::Keras, {"alpha=0.25"}},
            },
        },
        {
            QStringLiteral("relu-arguments"),
            english(QT_TRANSLATE_NOOP("App::Examples", "Keras ReLU arguments")),
            english(QT_TRANSLATE_NOOP(
                "App::Examples", "The ReLU layer tutorial: max_value, negative_slope and threshold, with its tables")),
            {-5.0, 5.0, 1001},
            3,
            QStringLiteral("-5, -1.5, 2.5, 3"),
            {
                {"relu", Framework::TfKeras, {}},
                {"relu", Framework::TfKeras, {"max_value=2"}},
                {"relu", Framework::TfKeras, {"negative_slope=2"}},
                {"relu", Framework::TfKeras, {"threshold=2.5"}},
            },
        },
        {
            QStringLiteral("compare-relu-slope"),
            english(QT_TRANSLATE_NOOP("App::Examples", "Is ReLU(negative_slope=a) a LeakyReLU(a)?")),
            english(QT_TRANSLATE_NOOP("App::Examples",
                "Compared exactly in Keras 3 and tf.keras; PyTorch has only LeakyReLU. Ctrl+click two rows and "
                "press Ctrl+K to compare another pair")),
            {-5.0, 5.0, 1001},
            0,
            QStringLiteral("-5, -1, 0, 1"),
            {
                {"relu", Framework::Keras, {"negative_slope=0.5"}},
                {"leaky_relu", Framework::Keras, {"alpha=0.5"}},
                {"relu", Framework::TfKeras, {"negative_slope=0.5"}},
                {"leaky_relu", Framework::TfKeras, {"alpha=0.5"}},
                {"leaky_relu", Framework::PyTorch, {"alpha=0.5"}},
            },
            {0, 1},
        },
        {
            QStringLiteral("compare-leaky-frameworks"),
            english(QT_TRANSLATE_NOOP("App::Examples", "Keras vs PyTorch LeakyReLU")),
            english(QT_TRANSLATE_NOOP(
                "App::Examples", "The same layer name, two defaults: 0.3 against 0.01, compared piece by piece")),
            {-5.0, 5.0, 1001},
            0,
            QStringLiteral("-5, -1, 0, 1"),
            {
                {"leaky_relu", Framework::Keras, {}},
                {"leaky_relu", Framework::PyTorch, {}},
            },
            {0, 1},
        },
        {
            QStringLiteral("compare-prelu-initial"),
            english(QT_TRANSLATE_NOOP("App::Examples", "PReLU at its initial value vs LeakyReLU")),
            english(QT_TRANSLATE_NOOP("App::Examples",
                "The same values and d/dx, but PReLU learns alpha: the d/d(alpha) part is where they differ")),
            {-4.0, 4.0, 1001},
            0,
            QStringLiteral("-2, -0.5, 0, 1"),
            {
                {"prelu", Framework::PyTorch, {}},
                {"leaky_relu", Framework::PyTorch, {"alpha=0.25"}},
            },
            {0, 1},
        },
        {
            QStringLiteral("compare-relu6"),
            english(QT_TRANSLATE_NOOP("App::Examples", "ReLU(max_value=6) vs ReLU6")),
            english(
                QT_TRANSLATE_NOOP("App::Examples", "Keras ReLU(max_value=6) is relu6 at every float, kinks included")),
            {-2.0, 8.0, 1001},
            0,
            QStringLiteral("0, 3, 6, 7"),
            {
                {"relu", Framework::Keras, {"max_value=6"}},
                {"relu6", Framework::Keras, {}},
            },
            {0, 1},
        },
        {
            QStringLiteral("lab-prelu-teacher"),
            english(QT_TRANSLATE_NOOP("App::Examples", "PReLU learns its slope")),
            english(QT_TRANSLATE_NOOP("App::Examples",
                "The learning lab: a PyTorch PReLU alone, starting at alpha 0.25, learns a teacher's 0.6. Press Play")),
            {-3.0, 3.0, 1001},
            0,
            QStringLiteral("-2, -1, 0, 1"),
            {
                {"prelu", Framework::PyTorch, {}},
                {"prelu", Framework::PyTorch, {"alpha=0.6"}},
            },
            {},
            lab("teacher:0.6", {}, Core::OptimizerKind::Adam, 0.01, 5),
        },
        {
            QStringLiteral("lab-dying-relu"),
            english(QT_TRANSLATE_NOOP("App::Examples", "Dying ReLU")),
            english(QT_TRANSLATE_NOOP("App::Examples",
                "Circles at SGD learning rate 1: ReLU units die, Leaky and PReLU units do not. Press Compare Runs")),
            {-5.0, 5.0, 1001},
            0,
            QStringLiteral("-2, -1, 0, 1"),
            {
                {"relu", Framework::PyTorch, {}},
                {"leaky_relu", Framework::PyTorch, {}},
                {"prelu", Framework::PyTorch, {}},
            },
            {},
            lab("circles", {16}, Core::OptimizerKind::Sgd, 1.0, 1),
        },
        {
            QStringLiteral("lab-prelu-init"),
            english(QT_TRANSLATE_NOOP("App::Examples", "Keras vs PyTorch PReLU initialisation")),
            english(QT_TRANSLATE_NOOP("App::Examples",
                "The same moons, the same seed: Keras starts PReLU at alpha 0 (a ReLU), PyTorch at 0.25. Press "
                "Compare Runs")),
            {-5.0, 5.0, 1001},
            0,
            QStringLiteral("-2, -1, 0, 1"),
            {
                {"prelu", Framework::Keras, {}},
                {"prelu", Framework::PyTorch, {}},
            },
            {},
            lab("moons", {8}, Core::OptimizerKind::Adam, 0.01, 1),
        },
    };
}
} // namespace

const std::vector<Example>& examples()
{
    static const std::vector<Example> sources = englishExamples();
    static std::vector<Example> list = sources;
    // Translated on every call, in place, not once: the command line reads the list before the
    // application and its translators exist.
    for (std::size_t i = 0; i < sources.size(); ++i) {
        list[i].title = translated(sources[i].title);
        list[i].description = translated(sources[i].description);
    }
    return list;
}

const Example* findExample(const QString& id)
{
    for (const Example& e : examples()) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

Model::Session exampleSession(const Example& example, const Model::Session& base)
{
    Model::Session session = base;
    session.curves.clear();
    for (const ExampleCurve& c : example.curves) {
        Core::Activation activation = Core::Activation::withDefaults(c.function, c.framework);
        for (const std::string_view assignment : c.params)
            activation.setParam(assignment);
        session.curves.append(Model::makeCurve(activation, Model::defaultCurveColor(session.curves.size())));
    }
    session.domain = example.domain;
    session.selected = example.selected;
    session.valuesInput = example.valuesInput;
    session.view = {};
    session.compare = example.compare;
    if (example.lab)
        session.lab = *example.lab;
    return session;
}

} // namespace App
