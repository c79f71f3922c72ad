// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

class QAction;
class QWidget;

namespace App {

// Help → Keyboard Shortcuts ("shortcutsDialog"): the actions' own shortcuts, then the plot's and
// the editors' keys. A second call raises the open dialog.
void showShortcutsDialog(QWidget* parent, const QList<QAction*>& actions);

} // namespace App
