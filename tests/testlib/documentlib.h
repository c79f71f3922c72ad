// SPDX-License-Identifier: MIT
#pragma once

#include "explorerdocument.h"

#include <QTest>

#include <initializer_list>

namespace TestLib {

// The document shows exactly these activations (default colours, automatic names), `selected`
// selected; the domain, dtype, theme and values stay.
inline void showCurves(
    Model::ExplorerDocument& document, std::initializer_list<Core::Activation> activations, int selected = 0)
{
    Model::Session session = document.snapshot();
    session.curves.clear();
    for (const Core::Activation& a : activations)
        session.curves.append(Model::makeCurve(a, Model::defaultCurveColor(session.curves.size())));
    session.selected = selected;
    session.view = {};
    document.assign(session);
}

// The selected curve's activation becomes `activation`, as an editor would set it.
inline void setSelected(Model::ExplorerDocument& document, const Core::Activation& activation)
{
    document.setActivation(document.selected(), activation);
}

// Field by field, so that a failure names the field. Zeros compare equal whatever their sign.
inline void compareSessions(const Model::Session& a, const Model::Session& b)
{
    QCOMPARE(a.curves.size(), b.curves.size());
    for (qsizetype i = 0; i < a.curves.size(); ++i) {
        QVERIFY2(a.curves[i].activation == b.curves[i].activation, qPrintable(QStringLiteral("curve %1").arg(i)));
        QCOMPARE(a.curves[i].name, b.curves[i].name);
        QCOMPARE(a.curves[i].color, b.curves[i].color);
        QCOMPARE(a.curves[i].visible, b.curves[i].visible);
        QCOMPARE(a.curves[i].autoNamed, b.curves[i].autoNamed);
        QVERIFY(a.curves[i].line == b.curves[i].line);
        QCOMPARE(a.curves[i].width, b.curves[i].width);
    }
    QCOMPARE(a.selected, b.selected);
    QCOMPARE(a.domain.min, b.domain.min);
    QCOMPARE(a.domain.max, b.domain.max);
    QCOMPARE(a.domain.samples, b.domain.samples);
    QVERIFY(a.dtype == b.dtype);
    QVERIFY(a.view == b.view);
    QVERIFY(a.theme == b.theme);
    QVERIFY(a.panels == b.panels);
    QVERIFY(a.legend == b.legend);
    QCOMPARE(a.valuesInput, b.valuesInput);
    QCOMPARE(a.compare, b.compare);
    QVERIFY(a.lens == b.lens);
    QVERIFY(a.lab == b.lab);
}

} // namespace TestLib
