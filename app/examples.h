// SPDX-License-Identifier: MIT
#pragma once

#include "session.h"

#include "aex/core/sampling.h"

#include <QList>
#include <QString>

#include <optional>
#include <string_view>
#include <vector>

namespace App {

// A built-in example is data: curves as (function, framework, "name=value" assignments), the
// domain, which curve starts selected, what the values table evaluates and which two curves the
// Compare view compares.
struct ExampleCurve {
    std::string_view function;
    Core::Framework framework;
    std::vector<std::string_view> params;
};

struct Example {
    QString id;          // "relu-vs-leaky": objectNames and --example use it
    QString title;       // "ReLU vs LeakyReLU"
    QString description; // one line for tooltips and the status bar
    Core::Domain domain;
    int selected = 0;
    QString valuesInput;
    std::vector<ExampleCurve> curves;
    QList<int> compare{}; // two curves the Compare view opens on, or none
    std::optional<Model::Lab> lab{}; // the learning lab's run, open, or the current one kept
};

const std::vector<Example>& examples();
const Example* findExample(const QString& id);
// The example as a session: its curves (default colours, automatic names), domain, selection and
// values, over `base` for everything else (the theme, the dtype, the panels stay as they are).
// Throws Core::InputError if the example names something the catalogue does not have.
Model::Session exampleSession(const Example& example, const Model::Session& base);

} // namespace App
