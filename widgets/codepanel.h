// SPDX-License-Identifier: MIT
#pragma once

#include "aex/core/activation.h"
#include "aex/core/codegen.h"

#include <QWidget>

#include <array>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace Model {
class ExplorerDocument;
}

namespace Widgets {

class RefreshThrottle;

class ThemedLabel;

// The selected curve as Python (Core::codeFor): one tab per framework ("codeTabs"), each with the
// code ("codeEdit_keras", ...), a note that says whether it is the framework's own layer, an
// equivalent one or a composition of its ops, with the caveats ("codeNote_keras", ...), and a
// Copy button ("codeCopy_keras", ...). The tab of the curve's own framework comes first in focus.
class CodePanel : public QWidget {
    Q_OBJECT
public:
    explicit CodePanel(QWidget* parent = nullptr);

    // Shows the document's selected curve from now on.
    void setDocument(Model::ExplorerDocument* document);

    // nullopt while there is no curve.
    std::optional<Core::CodeSnippet> snippet(Core::Framework framework) const;
    // Puts the code on the clipboard; false while there is no curve.
    bool copy(Core::Framework framework);

    // "Composition of PyTorch ops (no layer has these parameters). …": what the note shows.
    static QString note(const Core::Activation& activation, const Core::CodeSnippet& snippet);

signals:
    void copied(Core::Framework framework, const QString& note);

private:
    struct Page {
        QPlainTextEdit* code = nullptr;
        ThemedLabel* note = nullptr;
        QPushButton* copy = nullptr;
    };
    const Core::Activation* activation() const;
    void refresh();

    Model::ExplorerDocument* m_document = nullptr;
    RefreshThrottle* m_refresh = nullptr;
    std::array<std::optional<Core::CodeSnippet>, 3> m_snippets;
    std::array<Page, 3> m_pages;
    QTabWidget* m_tabs = nullptr;
};

} // namespace Widgets
