// SPDX-License-Identifier: MIT
#include "codepanel.h"

#include "explorerdocument.h"
#include "refreshthrottle.h"

#include "fonts.h"
#include "qtext.h"
#include "themepalette.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Widgets {

namespace {
std::size_t slot(Core::Framework framework) { return static_cast<std::size_t>(framework); }
} // namespace

CodePanel::CodePanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"codePanel"_s);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"codeTabs"_s);
    m_tabs->setAccessibleName(tr("Code"));
    m_tabs->setToolTip(tr("Python that builds the selected curve, one tab per framework"));
    m_tabs->setDocumentMode(true);
    const QFont mono = Fonts::monospace();
    for (Core::Framework framework : Core::kFrameworks) {
        const QString key = Model::toQString(Core::frameworkName(framework));
        auto* page = new QWidget(m_tabs);
        auto* layout = new QVBoxLayout(page);
        layout->setContentsMargins(6, 6, 6, 6);
        Page& p = m_pages[slot(framework)];
        p.code = new QPlainTextEdit(page);
        p.code->setObjectName(u"codeEdit_"_s + key);
        p.code->setAccessibleName(tr("%1 code").arg(Model::toQString(Core::frameworkTitle(framework))));
        p.code->setAccessibleDescription(tr("Python that builds the selected curve"));
        p.code->setReadOnly(true);
        p.code->setFont(mono);
        p.code->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        p.note = new ThemedLabel(ThemedLabel::Tone::Muted, {}, page);
        p.note->setObjectName(u"codeNote_"_s + key);
        p.note->setWordWrap(true);
        p.note->setTextFormat(Qt::PlainText);
        p.note->setTextInteractionFlags(Qt::TextSelectableByMouse);
        p.copy = new QPushButton(tr("Copy"), page);
        p.copy->setObjectName(u"codeCopy_"_s + key);
        p.copy->setToolTip(tr("Copy this code to the clipboard"));
        connect(p.copy, &QPushButton::clicked, this, [this, framework] { copy(framework); });
        auto* row = new QHBoxLayout;
        row->addWidget(p.note, 1);
        row->addWidget(p.copy, 0, Qt::AlignTop);
        layout->addWidget(p.code, 1);
        layout->addLayout(row);
        m_tabs->addTab(page, Model::toQString(Core::frameworkTitle(framework)));
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    m_refresh = new RefreshThrottle(
        RefreshThrottle::kPanelInterval, [this] { refresh(); }, this);
    m_refresh->flush();
}

void CodePanel::setDocument(Model::ExplorerDocument* document)
{
    if (m_document)
        m_document->disconnectView(this);
    m_document = document;
    if (document)
        followSelectedCurve(document, m_refresh, this);
    m_refresh->flush();
}

const Core::Activation* CodePanel::activation() const
{
    const int row = m_document ? m_document->selected() : -1;
    return row >= 0 ? &m_document->curve(row).activation : nullptr;
}

QString CodePanel::note(const Core::Activation& activation, const Core::CodeSnippet& snippet)
{
    const QString target = Model::toQString(Core::frameworkTitle(snippet.framework));
    QString text;
    if (snippet.composition)
        text = tr("Composition of %1 ops: %1 has no layer with these parameters.").arg(target);
    else if (snippet.framework == activation.framework())
        text = tr("Exactly this layer, every parameter written out.");
    else
        text = tr("The equivalent %1 call for these values.").arg(target);
    if (!snippet.caveat.empty())
        text += u' ' + QString::fromStdString(snippet.caveat);
    return text;
}

void CodePanel::refresh()
{
    const Core::Activation* activation = this->activation();
    for (Core::Framework framework : Core::kFrameworks) {
        Page& p = m_pages[slot(framework)];
        std::optional<Core::CodeSnippet>& snippet = m_snippets[slot(framework)];
        snippet.reset();
        if (!activation) {
            p.code->setPlainText({});
            p.note->setText(tr("Select a curve to see the code that builds it."));
        } else {
            try {
                snippet = Core::codeFor(*activation, framework);
                p.code->setPlainText(QString::fromStdString(snippet->code));
                p.note->setText(note(*activation, *snippet));
            } catch (const std::exception& e) {
                p.code->setPlainText({});
                p.note->setText(QString::fromUtf8(e.what()));
            }
        }
        p.copy->setEnabled(snippet.has_value());
        QString title = Model::toQString(Core::frameworkTitle(framework));
        if (snippet && snippet->composition)
            title += u" ≈"_s;
        m_tabs->setTabText(static_cast<int>(slot(framework)), title);
    }
    if (activation)
        m_tabs->setCurrentIndex(static_cast<int>(slot(activation->framework())));
}

std::optional<Core::CodeSnippet> CodePanel::snippet(Core::Framework framework) const
{
    m_refresh->catchUp();
    return m_snippets[slot(framework)];
}

bool CodePanel::copy(Core::Framework framework)
{
    m_refresh->catchUp(); // a throttled edit may not have reached the code yet
    const std::optional<Core::CodeSnippet>& s = m_snippets[slot(framework)];
    const Core::Activation* a = activation();
    if (!s || !a)
        return false;
    QGuiApplication::clipboard()->setText(QString::fromStdString(s->code));
    emit copied(framework, note(*a, *s));
    return true;
}

} // namespace Widgets
