// SPDX-License-Identifier: MIT
#include "distributionpanel.h"

#include "explorerdocument.h"
#include "fileio.h"
#include "numberspinbox.h"
#include "parametereditor.h"
#include "qtext.h"
#include "themepalette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Widgets {

namespace {

constexpr Core::DistributionKind kKinds[] = {Core::DistributionKind::Normal, Core::DistributionKind::Uniform,
    Core::DistributionKind::Laplace, Core::DistributionKind::Empirical};
constexpr Core::InitScheme kSchemes[] = {Core::InitScheme::He, Core::InitScheme::LeCun, Core::InitScheme::Glorot,
    Core::InitScheme::PyTorch, Core::InitScheme::Keras, Core::InitScheme::Custom};
// The most a data file may weigh before it is read: kMaxLensValues numbers of a CSV row each.
constexpr qint64 kMaxDataBytes = qint64{64} * 1024 * 1024;

int indexOf(Core::DistributionKind kind)
{
    for (int i = 0; i < 4; ++i)
        if (kKinds[i] == kind)
            return i;
    return 0;
}

int indexOf(Core::InitScheme scheme)
{
    for (int i = 0; i < 6; ++i)
        if (kSchemes[i] == scheme)
            return i;
    return 0;
}

} // namespace

DistributionPanel::DistributionPanel(QWidget* parent)
    : QWidget(parent)
{
    m_shown = new QCheckBox(tr("Show on the plot"), this);
    m_shown->setObjectName(u"lensShownCheck"_s);
    m_shown->setToolTip(tr("Shade the input density under f(x) and the zero-gradient regions of the selected curve "
                           "under f′(x), on screen and in exported figures"));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"lensKindCombo"_s);
    m_kind->addItems({tr("Normal"), tr("Uniform"), tr("Laplace"), tr("Numbers from a file")});
    m_kind->setToolTip(tr("The distribution of the inputs x"));

    m_load = new QPushButton(tr("Load numbers…"), this);
    m_load->setObjectName(u"lensLoadButton"_s);
    m_load->setToolTip(tr("A text file with one number per line, or a CSV file: its first numeric column"));
    m_source = new QLabel(this);
    m_source->setObjectName(u"lensSource"_s);
    m_source->setWordWrap(true);
    m_error = new MessageLabel(this);
    m_error->setObjectName(u"lensError"_s);

    m_depth = new QSpinBox(this);
    m_depth->setObjectName(u"lensDepthSpin"_s);
    m_depth->setRange(1, Core::kMaxDepth);
    m_depth->setToolTip(tr("Layers of the wide random network the Depth view follows"));
    m_init = new QComboBox(this);
    m_init->setObjectName(u"lensInitCombo"_s);
    m_init->addItems({tr("He / Kaiming (σw² = 2)"), tr("LeCun (σw² = 1)"), tr("Glorot, equal fans (σw² = 1)"),
        tr("PyTorch nn.Linear default (σw² = 1/3)"), tr("Keras Dense default (σw² = 1)"), tr("Custom σw, σb")});
    m_init->setToolTip(tr("How the weights are initialised: their variance times the fan-in"));
    m_sigmaW = new NumberSpinBox(this);
    m_sigmaW->setObjectName(u"lensSigmaWSpin"_s);
    m_sigmaB = new NumberSpinBox(this);
    m_sigmaB->setObjectName(u"lensSigmaBSpin"_s);
    for (NumberSpinBox* s : {m_sigmaW, m_sigmaB}) {
        s->setRange(0, 10);
        s->setSingleStep(0.05);
    }
    m_sigmaW->setToolTip(tr("σw: the weights' standard deviation times √fan-in"));
    m_sigmaB->setToolTip(tr("σb: the biases' standard deviation"));

    auto* inputForm = new QFormLayout;
    inputForm->addRow(tr("Inputs"), m_kind);
    m_editorLayout = new QVBoxLayout;
    m_editorLayout->setContentsMargins(0, 0, 0, 0);

    auto* depthTitle = new QLabel(tr("<b>Depth view</b>"), this);
    auto* depthForm = new QFormLayout;
    depthForm->addRow(tr("Layers"), m_depth);
    depthForm->addRow(tr("Weights"), m_init);
    depthForm->addRow(tr("σw"), m_sigmaW);
    depthForm->addRow(tr("σb"), m_sigmaB);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_shown);
    layout->addLayout(inputForm);
    layout->addLayout(m_editorLayout);
    layout->addWidget(m_load);
    layout->addWidget(m_source);
    layout->addWidget(m_error);
    layout->addSpacing(8);
    layout->addWidget(depthTitle);
    layout->addLayout(depthForm);
    layout->addStretch(1);

    m_lastAnalytic[0] = Core::Distribution::normal(0, 1);
    m_lastAnalytic[1] = Core::Distribution::uniform(-1, 1);
    m_lastAnalytic[2] = Core::Distribution::laplace(0, 1);

    connect(m_shown, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_document)
            return;
        Model::Lens lens = m_document->lens();
        lens.shown = on;
        apply(lens);
    });
    connect(m_kind, &QComboBox::activated, this, &DistributionPanel::onKindChosen);
    connect(m_load, &QPushButton::clicked, this, &DistributionPanel::loadRequested);
    connect(m_depth, &QSpinBox::valueChanged, this, [this](int layers) {
        if (!m_document)
            return;
        Model::Lens lens = m_document->lens();
        lens.depth = layers;
        apply(lens);
    });
    connect(m_init, &QComboBox::activated, this, &DistributionPanel::onInitChosen);
    connect(m_sigmaW, &NumberSpinBox::valueChanged, this, &DistributionPanel::onInitChosen);
    connect(m_sigmaB, &NumberSpinBox::valueChanged, this, &DistributionPanel::onInitChosen);
    rebuildEditors(Core::DistributionKind::Normal);
    showLens(Model::Lens{});
}

void DistributionPanel::setDocument(Model::ExplorerDocument* document)
{
    if (m_document)
        m_document->disconnectView(this);
    m_document = document;
    if (!m_document)
        return;
    connect(m_document, &Model::ExplorerDocument::lensChanged, this, &DistributionPanel::showLens);
    showLens(m_document->lens());
}

void DistributionPanel::showLens(const Model::Lens& lens)
{
    const QSignalBlocker b1(m_shown), b2(m_kind), b3(m_depth), b4(m_init), b5(m_sigmaW), b6(m_sigmaB);
    m_shown->setChecked(lens.shown);
    const Core::DistributionKind kind = lens.input.kind();
    m_kind->setCurrentIndex(indexOf(kind));
    if (kind != m_editorsKind)
        rebuildEditors(kind);
    const std::vector<double> params = lens.input.params();
    for (qsizetype i = 0; i < m_editors.size() && i < qsizetype(params.size()); ++i)
        m_editors[i]->setValue(params[std::size_t(i)]);
    if (kind != Core::DistributionKind::Empirical)
        m_lastAnalytic[indexOf(kind)] = lens.input;
    const bool fromFile = kind == Core::DistributionKind::Empirical;
    m_load->setVisible(fromFile);
    m_source->setVisible(fromFile);
    if (fromFile)
        m_source->setText(tr("%1: %n number(s)", nullptr, int(lens.input.values().size()))
                              .arg(lens.source.isEmpty() ? tr("Data") : lens.source));
    m_depth->setValue(lens.depth);
    m_init->setCurrentIndex(indexOf(lens.init.scheme));
    const bool custom = lens.init.scheme == Core::InitScheme::Custom;
    // A scheme's own σw (He's for a function without a negative slope; the Depth view uses each
    // curve's), shown greyed so that switching to Custom starts from it.
    static const Core::Activation plain = Core::Activation::withDefaults("linear", Core::Framework::Keras);
    m_sigmaW->setValue(custom ? lens.init.sigmaW : std::sqrt(Core::weightVariance(lens.init, plain)));
    m_sigmaB->setValue(custom ? lens.init.sigmaB : 0.0);
    m_sigmaW->setEnabled(custom);
    m_sigmaB->setEnabled(custom);
    m_error->setMessage({});
}

void DistributionPanel::rebuildEditors(Core::DistributionKind kind)
{
    for (ParameterEditor* e : std::as_const(m_editors)) {
        e->hide();
        e->setParent(nullptr);
        e->deleteLater();
    }
    m_editors.clear();
    m_editorsKind = kind;
    const std::span<const Core::ParamSpec> specs = Core::distributionParams(kind);
    for (std::size_t i = 0; i < specs.size(); ++i) {
        const Core::ParamSpec& spec = specs[i];
        Core::FrameworkParam fp;
        fp.available = true;
        fp.apiName = spec.name;
        fp.defaultValue = spec.suggested;
        auto* editor = new ParameterEditor(spec, fp, tr("%1 distribution").arg(m_kind->itemText(indexOf(kind))), this);
        m_editorLayout->addWidget(editor);
        editor->show();
        m_editors.append(editor);
        connect(editor, &ParameterEditor::edited, this, [this, i](double value, bool) { onParamEdited(i, value); });
        connect(editor, &ParameterEditor::resetRequested, this,
            [this, i, suggested = spec.suggested] { onParamEdited(i, suggested); });
    }
}

void DistributionPanel::onKindChosen(int index)
{
    if (!m_document || index < 0 || index >= 4)
        return;
    const Core::DistributionKind kind = kKinds[index];
    if (kind == Core::DistributionKind::Empirical) {
        // Numbers already loaded come back; otherwise ask for a file and keep the current input.
        emit loadRequested();
        showLens(m_document->lens());
        return;
    }
    Model::Lens lens = m_document->lens();
    lens.input = m_lastAnalytic[index];
    lens.source.clear();
    apply(lens);
}

void DistributionPanel::onParamEdited(std::size_t index, double value)
{
    if (!m_document)
        return;
    Model::Lens lens = m_document->lens();
    std::vector<double> params = lens.input.params();
    if (index >= params.size())
        return;
    params[index] = value;
    try {
        lens.input = Core::Distribution::withParams(lens.input.kind(), params);
    } catch (const Core::InputError& e) {
        // uniform's a >= b, say: the editor shows the value, the lens keeps the last valid input.
        showError(QString::fromUtf8(e.what()));
        return;
    }
    apply(lens);
}

void DistributionPanel::onInitChosen()
{
    if (!m_document)
        return;
    Model::Lens lens = m_document->lens();
    lens.init.scheme = kSchemes[std::clamp(m_init->currentIndex(), 0, 5)];
    if (lens.init.scheme == Core::InitScheme::Custom) {
        lens.init.sigmaW = m_sigmaW->value();
        lens.init.sigmaB = m_sigmaB->value();
    } else {
        lens.init.sigmaW = 1;
        lens.init.sigmaB = 0;
    }
    if (lens.init.scheme == Core::InitScheme::Custom && m_document->lens().init.scheme != Core::InitScheme::Custom) {
        lens.init.sigmaW = m_sigmaW->value(); // starts from the scheme it leaves
        lens.init.sigmaB = m_sigmaB->value();
    }
    apply(lens);
}

bool DistributionPanel::loadNumbers(const QString& path)
{
    if (!m_document)
        return false;
    const Model::ReadResult read = Model::readFile(path, kMaxDataBytes);
    if (read.error) {
        showError(read.error.message);
        return false;
    }
    const QString name = QFileInfo(path).fileName();
    Model::Lens lens = m_document->lens();
    try {
        std::vector<double> values = Core::parseNumberColumn(read.bytes.toStdString());
        if (qsizetype(values.size()) > Model::kMaxLensValues)
            throw Core::InputError(tr("%1 numbers; accepted: at most %2")
                                       .arg(qsizetype(values.size()))
                                       .arg(Model::kMaxLensValues)
                                       .toStdString());
        lens.input = Core::Distribution::empirical(std::move(values));
    } catch (const Core::InputError& e) {
        showError(Model::quoted(name) + u": "_s + QString::fromUtf8(e.what()));
        return false;
    }
    lens.source = name;
    apply(lens);
    return true;
}

void DistributionPanel::apply(const Model::Lens& lens)
{
    m_error->setMessage({});
    m_document->setLens(lens);
}

void DistributionPanel::showError(const QString& text) { m_error->setMessage(text); }

} // namespace Widgets
