// SPDX-License-Identifier: MIT
#include "curvelist.h"

#include "explorerdocument.h"
#include "focusframe.h"

#include <QActionGroup>
#include <QApplication>
#include <QColorDialog>
#include <QHBoxLayout>
#include <QListView>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

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
        const QColor color = QColor::fromRgba(index.data(Model::CurveListModel::ColorRole).value<Model::Rgba>());
        const qreal dpr = m_list->devicePixelRatioF();
        QPixmap swatch(QSize(26, 14) * dpr);
        swatch.setDevicePixelRatio(dpr);
        swatch.fill(Qt::transparent);
        {
            QPainter p(&swatch);
            p.setRenderHint(QPainter::Antialiasing);
            const auto line = static_cast<Model::LineStyle>(index.data(Model::CurveListModel::LineStyleRole).toInt());
            if (line == Model::LineStyle::Auto || line == Model::LineStyle::Solid) {
                p.setPen(Qt::NoPen);
                p.setBrush(color);
                p.drawRoundedRect(QRectF(1, 4, 24, 6), 3, 3);
            } else {
                QPen pen(color, 3, Model::penStyle(line));
                pen.setCapStyle(Qt::FlatCap);
                p.setPen(pen);
                p.drawLine(QPointF(1, 7), QPointF(25, 7));
            }
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

CurveList::CurveList(QWidget* parent)
    : QWidget(parent)
    , m_template(Core::Activation::withDefaults("relu", Core::Framework::Keras))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("curveList"));
    m_view->setAccessibleName(tr("Curves"));
    new FocusFrame(m_view); // Fusion draws no focus on a list's frame
    m_view->setItemDelegate(new CurveDelegate(this));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection); // Ctrl+click a second curve to compare
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setUniformItemSizes(true);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // long names elide instead
    m_view->setMinimumHeight(110);
    m_view->setToolTip(tr("Check a curve to show it; double-click its colour to change it, its name to rename it"));
    m_view->setAccessibleDescription(m_view->toolTip()); // a list's description does not fall back to it
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
    // The colour button's arrow holds the line's style and width: a button of its own would widen
    // the dock's narrowest width, and so the window's.
    m_color->setPopupMode(QToolButton::MenuButtonPopup);
    m_color->setMenu(buildLineMenu());
    m_color->setToolTip(tr("Choose the selected curve's colour; the arrow: its line style and width (automatic "
                           "dashes a curve that lies on another)"));
    for (QToolButton* b : {m_add, m_duplicate, m_remove})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_color);
    layout->addLayout(buttons);

    connect(m_add, &QToolButton::clicked, this, &CurveList::addCurve);
    connect(m_duplicate, &QToolButton::clicked, this, &CurveList::duplicateCurve);
    connect(m_remove, &QToolButton::clicked, this, &CurveList::removeCurve);
    connect(m_color, &QToolButton::clicked, this, [this] { chooseColor(); });

    updateButtons();
}

void CurveList::setDocument(Model::ExplorerDocument* document)
{
    if (m_document)
        m_document->disconnectView(this);
    m_document = document;
    // Before setModel: the view's selection model hears the removal first otherwise.
    if (document)
        connect(document->curveModel(), &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this] { m_removingRows = true; });
    m_view->setModel(document ? document->curveModel() : nullptr);
    if (!document)
        return;
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        if (!m_removingRows)
            m_document->select(current.isValid() ? current.row() : -1);
    });
    connect(document->curveModel(), &QAbstractItemModel::rowsRemoved, this, [this] {
        m_removingRows = false;
        showSelection();
    });
    connect(document, &Model::ExplorerDocument::selectionChanged, this, &CurveList::showSelection);
    connect(document, &Model::ExplorerDocument::limitsChanged, this, &CurveList::updateButtons);
    connect(document->curveModel(), &Model::CurveListModel::curveChanged, this, [this](int row) {
        if (row == m_document->selected())
            m_template = m_document->curve(row).activation;
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (const QList<int> rows = selectedRows(); rows.size() == 2)
            emit pairSelected(rows[0], rows[1]);
    });
    showSelection();
}

QList<int> CurveList::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

// The view's current row is the document's selection.
void CurveList::showSelection()
{
    const int row = m_document->selected();
    if (row >= 0)
        m_template = m_document->curve(row).activation;
    const QModelIndex index = row >= 0 ? m_document->curveModel()->index(row) : QModelIndex();
    if (m_view->currentIndex() != index)
        m_view->setCurrentIndex(index);
    updateButtons();
}

int CurveList::addCurve() { return m_document ? m_document->addCurve(m_template) : -1; }

int CurveList::duplicateCurve() { return m_document ? m_document->duplicateCurve(m_document->selected()) : -1; }

void CurveList::removeCurve()
{
    if (m_document)
        m_document->removeCurve(m_document->selected());
}

void CurveList::chooseColor(int row)
{
    if (!m_document)
        return;
    if (row < 0)
        row = m_document->selected();
    if (row < 0)
        return;
    const Model::Curve& curve = m_document->curve(row);
    auto* dialog = new QColorDialog(QColor::fromRgba(curve.color), this);
    dialog->setObjectName(QStringLiteral("curveColorDialog"));
    dialog->setWindowTitle(tr("Colour of %1").arg(curve.name));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QPersistentModelIndex target = m_document->curveModel()->index(row);
    connect(dialog, &QColorDialog::colorSelected, this, [this, target](const QColor& color) {
        if (target.isValid() && color.isValid())
            m_document->curveModel()->setColor(target.row(), color.rgba());
    });
    dialog->open();
}

void CurveList::updateButtons()
{
    const bool has = m_document && m_document->selected() >= 0;
    const QString limit = m_document ? m_document->addLimit() : QString();
    m_add->setEnabled(m_document && limit.isEmpty());
    m_add->setToolTip(limit.isEmpty() ? tr("Add a curve (Ctrl+N)") : limit);
    m_duplicate->setEnabled(has && limit.isEmpty());
    m_remove->setEnabled(has);
    m_color->setEnabled(has);
}

QMenu* CurveList::buildLineMenu()
{
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("curveLineMenu"));
    const std::array<QString, Model::kLineStyles.size()> styleTexts{
        tr("&Automatic"), tr("&Solid"), tr("&Dashed"), tr("D&otted"), tr("Dash-do&t")};
    auto* styles = new QActionGroup(menu);
    for (std::size_t i = 0; i < Model::kLineStyles.size(); ++i) {
        QAction* a = menu->addAction(styleTexts[i]);
        a->setObjectName(QStringLiteral("lineStyle_") + Model::lineStyleName(Model::kLineStyles[i]));
        a->setCheckable(true);
        a->setData(int(i));
        styles->addAction(a);
    }
    menu->addSeparator();
    // 0 is the automatic width; the others are pixels before presentation mode's scale.
    const std::array<std::pair<QString, double>, 5> widths{{{tr("Automatic &width"), 0.0}, {tr("Thin (1 px)"), 1.0},
        {tr("Normal (1.8 px)"), 1.8}, {tr("Thick (3 px)"), 3.0}, {tr("Heavy (4.5 px)"), 4.5}}};
    auto* widthGroup = new QActionGroup(menu);
    for (const auto& [text, width] : widths) {
        QAction* a = menu->addAction(text);
        a->setObjectName(QStringLiteral("lineWidth_%1").arg(int(width * 10)));
        a->setCheckable(true);
        a->setData(width);
        widthGroup->addAction(a);
    }
    connect(menu, &QMenu::aboutToShow, this, [this, styles, widthGroup] {
        const int row = m_document ? m_document->selected() : -1;
        if (row < 0)
            return;
        const Model::Curve& curve = m_document->curve(row);
        for (QAction* a : styles->actions())
            a->setChecked(Model::kLineStyles[std::size_t(a->data().toInt())] == curve.line);
        for (QAction* a : widthGroup->actions())
            a->setChecked(a->data().toDouble() == curve.width);
    });
    connect(styles, &QActionGroup::triggered, this, [this](QAction* a) {
        if (const int row = m_document ? m_document->selected() : -1; row >= 0)
            m_document->curveModel()->setLine(
                row, Model::kLineStyles[std::size_t(a->data().toInt())], m_document->curve(row).width);
    });
    connect(widthGroup, &QActionGroup::triggered, this, [this](QAction* a) {
        if (const int row = m_document ? m_document->selected() : -1; row >= 0)
            m_document->curveModel()->setLine(row, m_document->curve(row).line, a->data().toDouble());
    });
    return menu;
}

} // namespace Widgets
