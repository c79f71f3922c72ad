// SPDX-License-Identifier: MIT
#include "curvelist.h"

#include "curvelistmodel.h"

#include <QApplication>
#include <QColorDialog>
#include <QHBoxLayout>
#include <QListView>
#include <QMouseEvent>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QVBoxLayout>

namespace Widgets {

namespace {

// Paints the colour as a short thick line, like the legend, and opens the colour dialog when the
// swatch is double-clicked.
class CurveDelegate : public QStyledItemDelegate {
public:
    CurveDelegate(CurveList* list)
        : QStyledItemDelegate(list)
        , m_list(list)
    {
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(std::max(size.height(), option.fontMetrics.height() + 10));
        return size;
    }

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto color = index.data(Qt::DecorationRole).value<QColor>();
        const qreal dpr = m_list->devicePixelRatioF();
        QPixmap swatch(QSize(26, 14) * dpr);
        swatch.setDevicePixelRatio(dpr);
        swatch.fill(Qt::transparent);
        {
            QPainter p(&swatch);
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(Qt::NoPen);
            p.setBrush(color);
            p.drawRoundedRect(QRectF(1, 4, 24, 6), 3, 3);
        }
        option->icon = QIcon(swatch);
        option->decorationSize = QSize(26, 14);
        option->features |= QStyleOptionViewItem::HasDecoration;
    }

    bool editorEvent(
        QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option, const QModelIndex& index) override
    {
        if (event->type() == QEvent::MouseButtonDblClick) {
            QStyleOptionViewItem opt = option;
            initStyleOption(&opt, index);
            const QWidget* widget = option.widget;
            QStyle* style = widget ? widget->style() : QApplication::style();
            const QRect swatch = style->subElementRect(QStyle::SE_ItemViewItemDecoration, &opt, widget);
            const auto* mouse = static_cast<QMouseEvent*>(event);
            if (swatch.adjusted(-3, -3, 3, 3).contains(mouse->position().toPoint())) {
                m_list->chooseColor(index.row());
                return true;
            }
        }
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    }

private:
    CurveList* m_list;
};

QToolButton* makeButton(const QString& objectName, const QString& text, const QString& tip, QWidget* parent)
{
    auto* b = new QToolButton(parent);
    b->setObjectName(objectName);
    b->setText(text);
    b->setToolTip(tip);
    b->setAutoRaise(false);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}

} // namespace

CurveList::CurveList(CurveListModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_template(Core::Activation::withDefaults("relu", Core::Framework::Keras))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("curveList"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new CurveDelegate(this));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setUniformItemSizes(true);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // long names elide instead
    m_view->setMinimumHeight(110);
    m_view->setToolTip(tr("Check a curve to show it; double-click its colour to change it, its name to rename it"));
    layout->addWidget(m_view, 1);

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(4);
    m_add = makeButton(QStringLiteral("addCurveButton"), tr("Add"), tr("Add a curve (Ctrl+N)"), this);
    m_duplicate = makeButton(
        QStringLiteral("duplicateCurveButton"), tr("Duplicate"), tr("Duplicate the selected curve (Ctrl+D)"), this);
    m_remove
        = makeButton(QStringLiteral("removeCurveButton"), tr("Remove"), tr("Remove the selected curve (Del)"), this);
    m_color
        = makeButton(QStringLiteral("curveColorButton"), tr("Colour…"), tr("Choose the selected curve's colour"), this);
    for (QToolButton* b : {m_add, m_duplicate, m_remove})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_color);
    layout->addLayout(buttons);

    connect(m_add, &QToolButton::clicked, this, &CurveList::addCurve);
    connect(m_duplicate, &QToolButton::clicked, this, &CurveList::duplicateCurve);
    connect(m_remove, &QToolButton::clicked, this, &CurveList::removeCurve);
    connect(m_color, &QToolButton::clicked, this, [this] { chooseColor(); });

    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            updateButtons();
            emit currentRowChanged(current.isValid() ? current.row() : -1);
        });
    // After a reset (an example loaded) or a removal the view may have no current row: pick one.
    auto ensureCurrent = [this] {
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
            setCurrentRow(0);
        updateButtons();
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, ensureCurrent);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, ensureCurrent);
    updateButtons();
}

int CurveList::currentRow() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? i.row() : -1;
}

void CurveList::setCurrentRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_view->setCurrentIndex({});
        return;
    }
    m_view->setCurrentIndex(m_model->index(row));
}

void CurveList::setNewCurveTemplate(const Core::Activation& activation) { m_template = activation; }

void CurveList::setAddLimit(const QString& reason)
{
    m_addLimit = reason;
    updateButtons();
}

int CurveList::addCurve()
{
    if (!m_addLimit.isEmpty())
        return -1;
    Curve curve{
        Core::Activation::withDefaults(m_template.function(), m_template.framework()), {}, m_model->nextColor(), true};
    const int row = m_model->insertCurve(curve);
    setCurrentRow(row);
    return row;
}

int CurveList::duplicateCurve()
{
    const int source = currentRow();
    if (source < 0 || !m_addLimit.isEmpty())
        return -1;
    Curve copy = m_model->curve(source);
    copy.color = m_model->nextColor();
    copy.visible = true;
    if (m_model->isAutoNamed(source))
        copy.name.clear();
    else
        copy.name = tr("%1 (copy)").arg(copy.name);
    const int row = m_model->insertCurve(copy, source + 1);
    setCurrentRow(row);
    return row;
}

void CurveList::removeCurve()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_model->removeCurve(row);
    setCurrentRow(std::min(row, m_model->rowCount() - 1));
}

void CurveList::chooseColor(int row)
{
    if (row < 0)
        row = currentRow();
    if (row < 0)
        return;
    auto* dialog = new QColorDialog(m_model->curve(row).color, this);
    dialog->setObjectName(QStringLiteral("curveColorDialog"));
    dialog->setWindowTitle(tr("Colour of %1").arg(m_model->curve(row).name));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QPersistentModelIndex target = m_model->index(row);
    connect(dialog, &QColorDialog::colorSelected, this, [this, target](const QColor& color) {
        if (target.isValid())
            m_model->setColor(target.row(), color);
    });
    dialog->open();
}

void CurveList::updateButtons()
{
    const bool has = currentRow() >= 0;
    m_add->setEnabled(m_addLimit.isEmpty());
    m_add->setToolTip(m_addLimit.isEmpty() ? tr("Add a curve (Ctrl+N)") : m_addLimit);
    m_duplicate->setEnabled(has && m_addLimit.isEmpty());
    m_remove->setEnabled(has);
    m_color->setEnabled(has);
}

} // namespace Widgets
