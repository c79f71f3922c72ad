// SPDX-License-Identifier: MIT
// What a screen reader hears: every control a person can Tab to has a name (its own accessible
// name, its label's text, or a button's words) and a description (its accessible description or
// tooltip), in the window with every dock and tab open and in the export dialog. And the focus is
// visible: the plot and the curve list look different when they have it, in both themes.
#include "activationplot.h"
#include "curvelist.h"
#include "explorerdocument.h"
#include "exportcontroller.h"
#include "exportdialog.h"
#include "mainwindow.h"
#include "valuestable.h"
#include "widgetlookup.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QListView>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

#include <algorithm>
#include <set>

using TestLib::child;
using namespace Qt::StringLiterals;

namespace {

// Widgets that are parts of another control (a spin box's line edit, a combo box's view) or
// Qt's own chrome (a dock's float button, a tool bar's extension arrow).
bool isPartOfAnotherControl(const QWidget* w)
{
    if (w->objectName().startsWith(u"qt_"_s))
        return true;
    for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox*>(p) || qobject_cast<const QComboBox*>(p)
            || qobject_cast<const QTabBar*>(p))
            return true;
    }
    return false;
}

// What a screen reader announces as the control's name.
QString nameOf(QWidget* w)
{
    if (!w->accessibleName().trimmed().isEmpty())
        return w->accessibleName();
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
    if (!iface)
        return {};
    for (const auto& [label, relation] : iface->relations(QAccessible::Label)) {
        if (label && !label->text(QAccessible::Name).trimmed().isEmpty())
            return label->text(QAccessible::Name);
    }
    // A button says its words; a bare symbol such as "↺" says nothing.
    if (qobject_cast<QAbstractButton*>(w)) {
        static const QRegularExpression word(u"\\p{L}{2}"_s);
        const QString text = iface->text(QAccessible::Name);
        if (text.contains(word))
            return text;
    }
    if (auto* bar = qobject_cast<QTabBar*>(w)) {
        for (int i = 0; i < bar->count(); ++i) {
            if (bar->tabText(i).trimmed().isEmpty())
                return {};
        }
        return bar->count() > 0 ? bar->tabText(0) : QString();
    }
    return {};
}

QString descriptionOf(QWidget* w)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Description) : QString(); // falls back to the tooltip
}

QString describe(const QWidget* w)
{
    return QString::fromLatin1(w->metaObject()->className()) + u" \""_s + w->objectName() + u"\" in "_s
        + (w->parentWidget() ? w->parentWidget()->objectName() + u" ("_s
                    + QString::fromLatin1(w->parentWidget()->metaObject()->className()) + u')'
                             : u"-"_s);
}

// The visible controls of `root` that take the focus by Tab.
void collect(QWidget* root, std::set<QWidget*>& controls)
{
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(root) && w->isEnabled() && !isPartOfAnotherControl(w))
            controls.insert(w);
    }
}

// Every control: shown dock by dock and tab by tab, so that tabified docks and hidden tab pages
// are walked too.
std::set<QWidget*> allControls(QWidget* window)
{
    std::set<QWidget*> controls;
    collect(window, controls);
    for (QDockWidget* dock : window->findChildren<QDockWidget*>()) {
        dock->show();
        dock->raise();
        QApplication::processEvents();
        collect(window, controls);
    }
    for (QTabWidget* tabs : window->findChildren<QTabWidget*>()) {
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QApplication::processEvents();
            collect(window, controls);
        }
    }
    return controls;
}

QStringList unnamed(const std::set<QWidget*>& controls)
{
    QStringList problems;
    for (QWidget* w : controls) {
        if (nameOf(w).trimmed().isEmpty())
            problems << u"no name: "_s + describe(w);
        // A tab bar is read tab by tab, and OK and Cancel say what they do.
        else if (descriptionOf(w).trimmed().isEmpty() && !qobject_cast<QTabBar*>(w)
            && !qobject_cast<QDialogButtonBox*>(w->parentWidget()))
            problems << u"no description: "_s + describe(w) + u" named \""_s + nameOf(w) + u'"';
    }
    problems.sort();
    for (const QString& p : problems) // QVERIFY2 would cut a long list short
        qWarning("%s", qPrintable(p));
    return problems;
}

} // namespace

class TestAccessibility : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setStyle(u"Fusion"_s);
    }

    void shouldNameEveryControlOfTheWindow()
    {
        App::MainWindow window;
        window.resize(1440, 900);
        window.show();
        // Two curves compared, the lens and the lab open: every dock has its controls.
        QVERIFY(window.loadExample(u"compare-relu-slope"_s));
        child<QAction>(&window, u"lensAction"_s)->trigger();
        child<QAction>(&window, u"labAction"_s)->trigger();
        window.formulaPanel(); // built right after the first frame, or when asked for
        window.valuesTable()->table(); // made at the values' first refresh, or when asked for
        const std::set<QWidget*> controls = allControls(&window);
        QVERIFY2(controls.size() > 40, qPrintable(QString::number(controls.size())));
        for (const char* name : {"activationPlot", "functionCombo", "xMinSpin", "labTask", "valuesInput"})
            QVERIFY2(std::any_of(controls.begin(), controls.end(),
                         [&](QWidget* w) { return w->objectName() == QLatin1String(name); }),
                name);
        const QStringList problems = unnamed(controls);
        QVERIFY2(problems.isEmpty(), qPrintable(QString::number(problems.size()) + u" controls above"_s));
    }

    void shouldNameEveryControlOfTheExportDialog()
    {
        App::MainWindow window;
        window.show();
        Widgets::ExportDialog dialog(window.exports()->figureContent(), {}, u"/tmp/figure.png"_s, &window);
        dialog.show();
        std::set<QWidget*> controls;
        collect(&dialog, controls);
        QVERIFY2(controls.size() >= 9, qPrintable(QString::number(controls.size())));
        const QStringList problems = unnamed(controls);
        QVERIFY2(problems.isEmpty(), qPrintable(QString::number(problems.size()) + u" controls above"_s));
    }

    // Focused and unfocused must not look the same: Fusion frames the list in the highlight
    // colour, and the plot draws its own frame (Widgets::FocusFrame).
    void shouldShowTheFocus_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void shouldShowTheFocus()
    {
        QFETCH(bool, dark);
        App::MainWindow window;
        window.resize(1200, 800);
        window.show();
        window.document()->setTheme(dark ? Model::Theme::Dark : Model::Theme::Light);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QWidget* list = window.findChild<Widgets::CurveList*>()->view();
        QWidget* plot = window.plot();
        for (QWidget* w : {list, plot}) {
            window.findChild<QWidget*>(u"xMinSpin"_s)->setFocus(Qt::TabFocusReason);
            QApplication::processEvents();
            QVERIFY(!w->hasFocus());
            const QImage before = w->grab().toImage();
            w->setFocus(Qt::TabFocusReason);
            QApplication::processEvents();
            QVERIFY(w->hasFocus());
            const QImage after = w->grab().toImage();
            QVERIFY2(before != after, qPrintable(w->objectName()));
            // The frame is at the edge, in the highlight colour.
            const QColor highlight = w->palette().color(QPalette::Highlight);
            int framed = 0;
            for (int x = 0; x < after.width(); x += 4)
                framed += after.pixelColor(x, 0) == highlight || after.pixelColor(x, 1) == highlight;
            QVERIFY2(framed > after.width() / 8, qPrintable(w->objectName() + u": "_s + QString::number(framed)));
        }
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
