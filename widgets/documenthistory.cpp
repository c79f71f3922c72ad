// SPDX-License-Identifier: MIT
#include "documenthistory.h"

#include "explorerdocument.h"
#include "qtext.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>

#include <functional>
#include <utility>

namespace Widgets {

namespace {

// One step: the whole state before and after. Sessions are small (at most 64 curves of a few
// parameters), so a snapshot is cheaper and safer than an inverse for every kind of edit.
class SnapshotStep : public QUndoCommand {
public:
    using Apply = std::function<void(const Model::Session&)>;
    SnapshotStep(Apply apply, Model::Session before, Model::Session after, const StepName& name, int gesture)
        : QUndoCommand(name.text)
        , m_apply(std::move(apply))
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_key(name.key)
        , m_continuous(name.continuous)
        , m_gesture(gesture)
    {
    }

    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = static_cast<const SnapshotStep*>(other);
        const bool sameGesture = m_gesture >= 0 && m_gesture == next->m_gesture;
        if (m_key.isEmpty() || next->m_key != m_key || !(sameGesture || (m_continuous && next->m_continuous)))
            return false;
        m_after = next->m_after;
        // A drag that ends where it began changed nothing.
        setObsolete(m_after == m_before);
        return true;
    }
    void undo() override { m_apply(m_before); }
    void redo() override
    {
        // The first redo is the push: the document is already there.
        if (m_pushed)
            m_apply(m_after);
        m_pushed = true;
    }

private:
    Apply m_apply;
    Model::Session m_before;
    Model::Session m_after;
    QString m_key;
    bool m_continuous;
    int m_gesture;
    bool m_pushed = false;
};

// An automatic name carries the parameters, which a drag keeps changing after the step is named:
// the function and framework say which curve.
QString curveLabel(const Model::Curve& curve)
{
    if (!curve.autoNamed)
        return Model::displayName(curve);
    return Model::toQString(curve.activation.function().title) + QStringLiteral(" · ")
        + Model::toQString(Core::frameworkTitle(curve.activation.framework()));
}

StepName describeCurve(const Model::Curve& before, const Model::Curve& after, int row)
{
    const QString label = curveLabel(after);
    const QString where = QString::number(row);
    const Core::Activation& a = before.activation;
    const Core::Activation& b = after.activation;
    if (&a.function() != &b.function())
        return {DocumentHistory::tr("Change Function of %1").arg(label), QStringLiteral("function:") + where, false};
    if (a.framework() != b.framework())
        return {DocumentHistory::tr("Change Framework of %1").arg(label), QStringLiteral("framework:") + where, false};
    if (!(a.params() == b.params())) {
        const auto& params = b.function().params;
        for (std::size_t i = 0; i < params.size(); ++i)
            if (a.params().value[i] != b.params().value[i] || a.params().none[i] != b.params().none[i]) {
                const QString name = QString::fromUtf8(params[i].name.data(), qsizetype(params[i].name.size()));
                return {DocumentHistory::tr("Change %1 of %2").arg(name, label), QStringLiteral("param:%1:%2").arg(where, name), false};
            }
    }
    if (before.name != after.name || before.autoNamed != after.autoNamed)
        return {DocumentHistory::tr("Rename %1").arg(label), QStringLiteral("name:") + where, true};
    if (before.line != after.line || before.width != after.width)
        return {DocumentHistory::tr("Change Line of %1").arg(label), QStringLiteral("line:") + where, false};
    if (before.color != after.color)
        return {DocumentHistory::tr("Change Colour of %1").arg(label), QStringLiteral("color:") + where, false};
    if (before.visible != after.visible)
        return {after.visible ? DocumentHistory::tr("Show %1").arg(label) : DocumentHistory::tr("Hide %1").arg(label), {}, false};
    return {};
}

} // namespace

StepName describeChange(const Model::Session& before, const Model::Session& after)
{
    if (after.curves.size() > before.curves.size())
        return {after.curves.size() == before.curves.size() + 1 ? DocumentHistory::tr("Add Curve") : DocumentHistory::tr("Add Curves"), {}, false};
    if (after.curves.size() < before.curves.size())
        return {after.curves.size() + 1 == before.curves.size() ? DocumentHistory::tr("Remove Curve") : DocumentHistory::tr("Remove Curves"), {}, false};
    for (qsizetype row = 0; row < after.curves.size(); ++row)
        if (!(before.curves[row] == after.curves[row]))
            return describeCurve(before.curves[row], after.curves[row], int(row));
    if (!(before.domain == after.domain))
        return {DocumentHistory::tr("Change Domain"), QStringLiteral("domain"), false};
    if (before.dtype != after.dtype)
        return {DocumentHistory::tr("Change Dtype"), {}, false};
    if (before.compare != after.compare)
        return {DocumentHistory::tr("Compare Curves"), {}, false};
    if (!(before.lens == after.lens))
        return {DocumentHistory::tr("Change Distribution Lens"), QStringLiteral("lens"), false};
    if (!(before.lab == after.lab))
        return {DocumentHistory::tr("Change Learning Lab"), QStringLiteral("lab"), false};
    if (before.theme != after.theme)
        return {DocumentHistory::tr("Change Theme"), {}, false};
    if (before.panels != after.panels)
        return {DocumentHistory::tr("Change Panels"), {}, false};
    if (before.legend != after.legend)
        return {after.legend == Model::LegendPlace::Hidden ? DocumentHistory::tr("Hide Legend")
                                                           : DocumentHistory::tr("Move Legend"),
            {}, false};
    if (before.valuesInput != after.valuesInput)
        return {DocumentHistory::tr("Edit Values Input"), QStringLiteral("values"), true};
    if (!(before.view == after.view))
        return {DocumentHistory::tr("Zoom or Pan"), QStringLiteral("view"), true};
    return {};
}

DocumentHistory::DocumentHistory(Model::ExplorerDocument* document, QObject* parent)
    : QObject(parent)
    , m_document(document)
    , m_stack(new QUndoStack(this))
    , m_last(document->snapshot())
    , m_clean(m_last)
{
    m_stack->setUndoLimit(500);
    connect(document, &Model::ExplorerDocument::modified, this, &DocumentHistory::onDocumentChanged);
    connect(document, &Model::ExplorerDocument::assigned, this, [this] {
        onDocumentChanged();
        if (m_pending && m_pendingText.isEmpty())
            m_pendingText = tr("Replace the Curves");
    });
    // Selecting is not an edit, but a step should put the selection back as it was just before.
    // Only a selection on its own: inside assign() or a removal the rest has changed too.
    connect(document, &Model::ExplorerDocument::selectionChanged, this, [this](int row) {
        if (m_applying || m_pending)
            return;
        Model::Session now = m_document->snapshot();
        now.selected = m_last.selected;
        if (now == m_last)
            m_last.selected = row;
    });
    connect(m_stack, &QUndoStack::cleanChanged, this, &DocumentHistory::announce);
    connect(m_stack, &QUndoStack::indexChanged, this, &DocumentHistory::announce);
    // Which edits belong to one drag: every press of a mouse button anywhere starts a gesture.
    QCoreApplication::instance()->installEventFilter(this);
}

DocumentHistory::~DocumentHistory() = default;

bool DocumentHistory::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonDblClick) {
        if (!m_pressed)
            ++m_gesture;
        m_pressed = true;
    } else if (event->type() == QEvent::MouseButtonRelease) {
        m_pressed = false;
    }
    return QObject::eventFilter(watched, event);
}

void DocumentHistory::onDocumentChanged()
{
    if (m_applying)
        return;
    if (!m_pending) {
        m_pending = true;
        // The first change of the turn tells whether it was made inside a drag: the release may
        // be handled before the turn ends.
        m_pendingGesture = m_pressed ? m_gesture : -1;
        QTimer::singleShot(0, this, &DocumentHistory::flush);
    }
}

void DocumentHistory::flush()
{
    if (!m_pending)
        return;
    m_pending = false;
    const QString replacement = std::exchange(m_pendingText, {});
    Model::Session now = m_document->snapshot();
    if (now == m_last)
        return;
    StepName name = replacement.isEmpty() ? describeChange(m_last, now) : StepName{replacement, {}, false};
    if (name.text.isEmpty()) {
        // Nothing a person edits changed (the selection): the next step restores it too.
        m_last = std::move(now);
        return;
    }
    auto* step = new SnapshotStep([this](const Model::Session& session) { apply(session); }, m_last, now, name, m_pendingGesture);
    m_last = std::move(now);
    m_stack->push(step);
}

void DocumentHistory::recordReplacement(const QString& text)
{
    if (!m_pending)
        onDocumentChanged();
    m_pendingText = text;
    flush();
}

void DocumentHistory::markClean()
{
    flush();
    m_stack->setClean();
    m_clean = m_last;
}

void DocumentHistory::clear()
{
    m_pending = false;
    m_pendingText.clear();
    m_last = m_document->snapshot();
    m_clean = m_last;
    m_stack->clear();
    announce();
}

void DocumentHistory::announce()
{
    const bool modified = !m_stack->isClean();
    if (modified != m_announced) {
        m_announced = modified;
        emit modifiedChanged(modified);
    }
}

bool DocumentHistory::isModified()
{
    flush();
    return !m_stack->isClean();
}

bool DocumentHistory::curvesEdited()
{
    flush();
    return !(m_last.curves == m_clean.curves) || !(m_last.domain == m_clean.domain) || m_last.dtype != m_clean.dtype;
}

void DocumentHistory::undo()
{
    flush();
    m_stack->undo();
}

void DocumentHistory::redo()
{
    flush();
    m_stack->redo();
}

void DocumentHistory::apply(const Model::Session& session)
{
    m_applying = true;
    m_document->assign(session);
    m_applying = false;
    m_pending = false;
    m_last = m_document->snapshot();
}

} // namespace Widgets
