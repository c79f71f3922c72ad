// SPDX-License-Identifier: MIT
#include "valuestable.h"

#include "explorerdocument.h"
#include "refreshthrottle.h"

#include "fonts.h"
#include "qtext.h"
#include "themepalette.h"

#include "aex/core/numberformat.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Widgets {

namespace {

QString format(double value, Core::DType dtype)
{
    // Float32 results are widened exactly, so narrowing back is lossless; the float overload then
    // prints the shortest text for the float, exactly as the command line does.
    if (dtype == Core::DType::Float32)
        return QString::fromStdString(Core::formatNumber(static_cast<float>(value)));
    return QString::fromStdString(Core::formatNumber(value));
}

} // namespace

ValuesTable::ValuesTable(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("valuesPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);

    auto* row = new QHBoxLayout;
    row->setSpacing(4);
    auto* label = new QLabel(tr("&x ="), this);
    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("valuesInput"));
    m_input->setPlaceholderText(tr("-5, -2, 0, 3"));
    m_input->setToolTip(tr("Comma-separated numbers; nan, inf, -inf and -0 are accepted"));
    m_input->setClearButtonEnabled(true);
    label->setBuddy(m_input);
    m_copy = new QToolButton(this);
    m_copy->setObjectName(QStringLiteral("copyValuesButton"));
    m_copy->setText(tr("Copy CSV"));
    m_copy->setToolTip(tr("Copy the table as the command line's CSV"));
    row->addWidget(label);
    row->addWidget(m_input, 1);
    row->addWidget(m_copy);
    layout->addLayout(row);

    m_error = new MessageLabel(this);
    m_error->setObjectName(QStringLiteral("valuesError"));
    layout->addWidget(m_error);

    // The table is made at the first recompute(), after the window's first frame (RefreshThrottle):
    // until then it would show nothing, and it is the panel's costliest part.

    m_refresh = new RefreshThrottle(
        RefreshThrottle::kPanelInterval, [this] { recompute(); }, this);
    connect(m_input, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (m_document)
            m_document->setValuesInput(text);
        // Typed: at once. Set while the table is not shown (here, from a session before the
        // window is): when it is shown, or read.
        m_refresh->flush();
    });
    connect(m_copy, &QToolButton::clicked, this, [this] { QApplication::clipboard()->setText(csv()); });
    m_input->setText(QStringLiteral("-5, -2, 0, 3"));
}

void ValuesTable::setDocument(Model::ExplorerDocument* document)
{
    if (m_document)
        m_document->disconnectView(this);
    m_document = document;
    if (!document)
        return;
    followSelectedCurve(document, m_refresh, this);
    connect(document, &Model::ExplorerDocument::valuesInputChanged, this, &ValuesTable::setInputText);
    setInputText(document->valuesInput());
    m_refresh->flush();
}

const Core::Activation* ValuesTable::activation() const
{
    const int row = m_document ? m_document->selected() : -1;
    return row >= 0 ? &m_document->curve(row).activation : nullptr;
}

Core::DType ValuesTable::dtype() const { return m_document ? m_document->dtype() : Core::DType::Float64; }

void ValuesTable::setInputText(const QString& text)
{
    if (text != m_input->text())
        m_input->setText(text);
}

QString ValuesTable::inputText() const { return m_input->text(); }

QString ValuesTable::error() const
{
    m_refresh->catchUp();
    return m_error->text();
}

QTableWidget* ValuesTable::ensureTable() const
{
    if (m_table)
        return m_table;
    m_table = new QTableWidget(const_cast<ValuesTable*>(this));
    m_table->setObjectName(QStringLiteral("valuesTable"));
    m_table->setAccessibleName(tr("Values"));
    m_table->setAccessibleDescription(tr("The selected curve's f(x) and f′(x) at the numbers above"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Read-only: Tab leaves the table (the arrow keys move between cells), rather than visiting
    // every cell on the way to the next control.
    m_table->setTabKeyNavigation(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    // Rows as tall as their text, also after presentation mode enlarges it.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Exact numbers can be 20 characters (-0.7000000000000001): never elide them, let the
    // table scroll instead. A stretched last column would be squeezed to "0.…" in a narrow dock.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setTextElideMode(Qt::ElideNone);
    m_table->horizontalHeader()->setHighlightSections(false);
    // The numbers line up in the fixed-pitch family; the header keeps the text's family.
    m_table->setFont(Fonts::monospace());
    QFont headerFace;
    headerFace.setFamilies(QApplication::font().families());
    m_table->horizontalHeader()->setFont(headerFace);
    static_cast<QBoxLayout*>(layout())->addWidget(m_table, 1);
    setTabOrder(m_copy, m_table); // made last, it would come last in the window's Tab chain
    if (isVisible())              // else QLayout shows it only from a posted event
        m_table->show();
    return m_table;
}

QTableWidget* ValuesTable::table() const
{
    m_refresh->catchUp();
    return ensureTable();
}

void ValuesTable::recompute()
{
    ensureTable();
    try {
        m_inputs = Core::parseNumberList(m_input->text().toStdString());
        m_error->setMessage({});
    } catch (const Core::InputError& e) {
        // Keep the last good table; the message says what to fix.
        m_error->setMessage(QString::fromUtf8(e.what()));
        return;
    }

    QStringList headers{QStringLiteral("x"), QStringLiteral("f(x)"), QStringLiteral("f′(x)")};
    std::vector<std::size_t> trainable;
    const Core::Activation* activation = this->activation();
    const Core::DType dtype = this->dtype();
    if (activation) {
        trainable = activation->trainableParams();
        for (const std::size_t p : trainable)
            headers << QStringLiteral("∂f/∂") + Model::toQString(activation->function().params[p].name);
    }
    m_table->setColumnCount(static_cast<int>(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    if (!activation) {
        m_table->setRowCount(0);
        m_copy->setEnabled(false);
        return;
    }
    m_copy->setEnabled(true);
    m_table->setRowCount(static_cast<int>(m_inputs.size()));
    for (std::size_t r = 0; r < m_inputs.size(); ++r) {
        const double x
            = dtype == Core::DType::Float32 ? static_cast<double>(static_cast<float>(m_inputs[r])) : m_inputs[r];
        const Core::PointValue v = Core::evaluateAt(*activation, x, dtype);
        QStringList cells{format(x, dtype), format(v.y, dtype), format(v.dy, dtype)};
        for (std::size_t t = 0; t < trainable.size(); ++t)
            cells << format(v.dparam[t], dtype);
        for (int c = 0; c < cells.size(); ++c) {
            QTableWidgetItem* item = m_table->item(static_cast<int>(r), c);
            if (!item) {
                item = new QTableWidgetItem;
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_table->setItem(static_cast<int>(r), c, item);
            }
            item->setText(cells[c]);
        }
    }
}

QString ValuesTable::csv() const
{
    m_refresh->catchUp();
    const Core::Activation* activation = this->activation();
    if (!activation)
        return {};
    QStringList header{QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("dy")};
    for (const std::size_t p : activation->trainableParams())
        header << QStringLiteral("d_") + Model::toQString(activation->function().params[p].name);
    QStringList lines{header.join(QLatin1Char(','))};
    ensureTable();
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m_table->columnCount(); ++c)
            cells << (m_table->item(r, c) ? m_table->item(r, c)->text() : QString());
        lines << cells.join(QLatin1Char(','));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace Widgets
