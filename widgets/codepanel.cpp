// SPDX-License-Identifier: MIT
#include "codepanel.h"

#include "qtext.h"
#include "themepalette.h"

#include <QClipboard>
#include <QFontDatabase>
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
    m_tabs->setDocumentMode(true);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (Core::Framework framework : Core::kFrameworks) {
        const QString key = Model::toQString(Core::frameworkName(framework));
        auto* page = new QWidget(m_tabs);
        auto* layout = new QVBoxLayout(page);
        layout->setContentsMargins(6, 6, 6, 6);
        Page& p = m_pages[slot(framework)];
        p.code = new QPlainTextEdit(page);
        p.code->setObjectName(u"codeEdit_"_s + key);
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
    clearActivation();
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

void CodePanel::setActivation(const Core::Activation& activation)
{
    m_activation = activation;
    for (Core::Framework framework : Core::kFrameworks) {
        Page& p = m_pages[slot(framework)];
        try {
            m_snippets[slot(framework)] = Core::codeFor(activation, framework);
            const Core::CodeSnippet& s = *m_snippets[slot(framework)];
            p.code->setPlainText(QString::fromStdString(s.code));
            p.note->setText(note(activation, s));
        } catch (const std::exception& e) {
            m_snippets[slot(framework)].reset();
            p.code->setPlainText({});
            p.note->setText(QString::fromUtf8(e.what()));
        }
        p.copy->setEnabled(m_snippets[slot(framework)].has_value());
        const int index = static_cast<int>(slot(framework));
        QString title = Model::toQString(Core::frameworkTitle(framework));
        if (m_snippets[slot(framework)] && m_snippets[slot(framework)]->composition)
            title += u" ≈"_s;
        m_tabs->setTabText(index, title);
    }
    m_tabs->setCurrentIndex(static_cast<int>(slot(activation.framework())));
}

void CodePanel::clearActivation()
{
    m_activation.reset();
    for (std::size_t i = 0; i < m_pages.size(); ++i) {
        m_snippets[i].reset();
        m_pages[i].code->setPlainText({});
        m_pages[i].note->setText(tr("Select a curve to see the code that builds it."));
        m_pages[i].copy->setEnabled(false);
    }
}

std::optional<Core::CodeSnippet> CodePanel::snippet(Core::Framework framework) const
{
    return m_snippets[slot(framework)];
}

bool CodePanel::copy(Core::Framework framework)
{
    const std::optional<Core::CodeSnippet>& s = m_snippets[slot(framework)];
    if (!s || !m_activation)
        return false;
    QGuiApplication::clipboard()->setText(QString::fromStdString(s->code));
    emit copied(framework, note(*m_activation, *s));
    return true;
}

} // namespace Widgets
