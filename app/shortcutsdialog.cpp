// SPDX-License-Identifier: MIT
#include "shortcutsdialog.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace App {

void showShortcutsDialog(QWidget* parent, const QList<QAction*>& actions)
{
    if (auto* open = parent->findChild<QDialog*>(QStringLiteral("shortcutsDialog"))) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto* dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("shortcutsDialog"));
    dialog->setWindowTitle(QObject::tr("Keyboard Shortcuts"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(dialog);
    auto* table = new QTableWidget(dialog);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({QObject::tr("Action"), QObject::tr("Keys")});
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    QList<QPair<QString, QString>> rows;
    for (QAction* a : std::as_const(actions)) {
        QString text = a->text();
        text.remove(QLatin1Char('&'));
        rows.append({text, a->shortcut().toString(QKeySequence::NativeText)});
    }
    rows.append({QObject::tr("Step the crosshair one sample (ten with Shift)"), QObject::tr("← / → over the plot")});
    rows.append({QObject::tr("Crosshair to the first / last sample"), QObject::tr("Home / End over the plot")});
    rows.append({QObject::tr("Hide the crosshair"), QObject::tr("Esc over the plot")});
    rows.append({QObject::tr("Zoom around the cursor"), QObject::tr("Mouse wheel")});
    rows.append({QObject::tr("Pan"), QObject::tr("Drag")});
    rows.append({QObject::tr("Zoom to a rectangle"), QObject::tr("Shift+drag or right-drag")});
    rows.append({QObject::tr("Step a slider or spin box"), QObject::tr("← / → or ↑ / ↓ (Page Up / Down: ten steps)")});
    rows.append({QObject::tr("Rename the selected curve"), QObject::tr("F2 in the curve list")});
    rows.append({QObject::tr("Show or hide the selected curve"), QObject::tr("Space in the curve list")});
    table->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        table->setItem(r, 0, new QTableWidgetItem(rows[r].first));
        table->setItem(r, 1, new QTableWidgetItem(rows[r].second));
    }
    table->resizeColumnsToContents();
    layout->addWidget(table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(620, 520);
    dialog->show();
}

} // namespace App
