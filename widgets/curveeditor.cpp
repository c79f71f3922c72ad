// SPDX-License-Identifier: MIT
#include "curveeditor.h"

#include "explorerdocument.h"

#include "fonts.h"
#include "parameterpanel.h"
#include "qtext.h"
#include "themepalette.h"

#include "aex/core/frameworkswitch.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QStringList>
#include <QVBoxLayout>

#include <algorithm>

namespace Widgets {

CurveEditor::CurveEditor(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("curveEditor"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setHorizontalSpacing(8);
    form->setVerticalSpacing(6);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_function = new QComboBox(this);
    m_function->setObjectName(QStringLiteral("functionCombo"));
    m_function->setToolTip(tr("The activation function of the selected curve"));
    m_function->setMaxVisibleItems(24);
    m_function->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_function->setMinimumContentsLength(10);
    // Alt+U: Alt+F is the File menu's.
    form->addRow(tr("F&unction"), m_function);

    m_framework = new QComboBox(this);
    m_framework->setObjectName(QStringLiteral("frameworkCombo"));
    m_framework->setToolTip(tr("Whose semantics and defaults the curve follows"));
    m_framework->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_framework->setMinimumContentsLength(10);
    form->addRow(tr("Fra&mework"), m_framework);
    layout->addLayout(form);

    m_api = new QLabel(this);
    m_api->setObjectName(QStringLiteral("apiLabel"));
    m_api->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_api->setFont(Fonts::monospace());
    m_api->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(m_api);

    m_summary = new ThemedLabel(ThemedLabel::Tone::Muted, {}, this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(m_summary);

    m_params = new ParameterPanel(this);
    m_params->setTabAnchor(m_framework);
    layout->addSpacing(4);
    layout->addWidget(m_params, 1);

    connect(m_function, &QComboBox::currentIndexChanged, this, &CurveEditor::onFunctionChosen);
    connect(m_framework, &QComboBox::currentIndexChanged, this, &CurveEditor::onFrameworkChosen);
    showCurve({});
}

void CurveEditor::setDocument(Model::ExplorerDocument* document)
{
    if (m_document)
        m_document->disconnectView(this);
    m_document = document;
    m_params->setDocument(document);
    if (!document)
        return;
    const auto show = [this] { showCurve(m_document->selectedIndex()); };
    Model::followSelectedCurve(document, this, show, show);
    showCurve(document->selectedIndex());
}

const Core::Activation* CurveEditor::activation() const
{
    return m_curve.isValid() ? &m_document->curve(m_curve.row()).activation : nullptr;
}

void CurveEditor::showCurve(const QPersistentModelIndex& curve)
{
    m_curve = curve;
    const Core::Activation* a = activation();
    setEnabled(a != nullptr);
    // A parameter edit (every step of a slider drag) changes nothing shown here: refilling the
    // combos would repaint and re-lay out the whole editor inside the drag's frame.
    const Shown shown{a ? &a->function() : nullptr, a ? a->framework() : Core::Framework::Keras};
    if (m_shown == shown)
        return;
    m_shown = shown;
    if (!a) {
        const QSignalBlocker block(m_function);
        m_function->setCurrentIndex(-1);
        m_framework->clear();
        m_api->clear();
        m_summary->clear();
        return;
    }
    const Core::FunctionSpec& f = a->function();
    {
        const QSignalBlocker block(m_function);
        listFunctions(a->framework());
        m_function->setCurrentIndex(m_function->findData(Model::toQString(f.name)));
    }
    {
        const QSignalBlocker block(m_framework);
        m_framework->clear();
        for (const Core::Framework fw : f.availableFrameworks()) {
            m_framework->addItem(Model::toQString(Core::frameworkTitle(fw)), Model::toQString(Core::frameworkName(fw)));
            m_framework->setItemData(m_framework->count() - 1, Model::toQString(f.in(fw)->api), Qt::ToolTipRole);
        }
        m_framework->setCurrentIndex(m_framework->findData(Model::toQString(Core::frameworkName(a->framework()))));
    }
    m_api->setText(Model::toQString(a->spec().api));
    m_summary->setText(Model::toQString(f.summary));
    m_summary->setVisible(!f.summary.empty());
}

namespace {

QString frameworkTitles(const std::vector<Core::Framework>& frameworks)
{
    QStringList titles;
    for (const Core::Framework fw : frameworks)
        titles << Model::toQString(Core::frameworkTitle(fw));
    return titles.join(QStringLiteral(", "));
}

} // namespace

// The framework's own functions first; after a separator the others, each saying which
// frameworks have it (choosing one switches to such a framework).
void CurveEditor::listFunctions(Core::Framework framework)
{
    const QVariant listed = m_function->property("listedFor");
    if (listed.isValid() && listed.toInt() == static_cast<int>(framework))
        return;
    m_function->setProperty("listedFor", static_cast<int>(framework));
    m_function->clear();
    const QString here = Model::toQString(Core::frameworkTitle(framework));
    std::vector<const Core::FunctionSpec*> elsewhere;
    for (const Core::FunctionSpec& f : Core::catalogue()) {
        if (!f.in(framework)) {
            elsewhere.push_back(&f);
            continue;
        }
        m_function->addItem(Model::toQString(f.title), Model::toQString(f.name));
        m_function->setItemData(m_function->count() - 1,
            tr("%1\nIn %2.").arg(Model::toQString(f.summary), frameworkTitles(f.availableFrameworks())),
            Qt::ToolTipRole);
    }
    if (elsewhere.empty())
        return;
    m_function->insertSeparator(m_function->count());
    for (const Core::FunctionSpec* f : elsewhere) {
        const QString where = frameworkTitles(f->availableFrameworks());
        m_function->addItem(tr("%1 (%2)").arg(Model::toQString(f->title), where), Model::toQString(f->name));
        m_function->setItemData(m_function->count() - 1,
            tr("%1\nNot in %2; in %3. Choosing it switches the framework.")
                .arg(Model::toQString(f->summary), here, where),
            Qt::ToolTipRole);
    }
}

// A new function keeps the framework when it has the function; either starts from that
// framework's defaults.
void CurveEditor::onFunctionChosen(int index)
{
    const Core::Activation* a = activation();
    if (!a || index < 0)
        return;
    const Core::FunctionSpec* f = Core::findFunction(m_function->itemData(index).toString().toStdString());
    if (!f) { // the separator: show the curve's function again
        m_shown.reset();
        showCurve(m_curve);
        return;
    }
    if (f == &a->function())
        return;
    const std::vector<Core::Framework> available = f->availableFrameworks();
    if (available.empty())
        return;
    const bool has = std::find(available.begin(), available.end(), a->framework()) != available.end();
    m_document->setActivation(
        m_curve.row(), Core::Activation::withDefaults(*f, has ? a->framework() : available.front()));
}

void CurveEditor::onFrameworkChosen(int index)
{
    const Core::Activation* a = activation();
    if (!a || index < 0)
        return;
    const auto fw = Core::parseFramework(m_framework->itemData(index).toString().toStdString());
    if (!fw || *fw == a->framework())
        return;
    std::vector<std::string> notes;
    const Core::Activation switched = Core::inFramework(*a, *fw, &notes);
    m_document->setActivation(m_curve.row(), switched);
    QStringList lines;
    for (const std::string& n : notes)
        lines << QString::fromStdString(n);
    emit status(lines.isEmpty() ? tr("%1: the parameters carry over unchanged").arg(Model::toQString(switched.spec().api))
                                : tr("%1: %2").arg(Model::toQString(switched.spec().api), lines.join(QStringLiteral("; "))));
}

} // namespace Widgets
