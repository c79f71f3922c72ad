// SPDX-License-Identifier: MIT
// What a new user tripped over (issue 15), each caught where it showed: the crosshair's noisy x,
// the focus after an example, the function list, the framework names, the mnemonics, the export
// dialog.
#include "activationplot.h"
#include "crispstyle.h"
#include "curveeditor.h"
#include "curvelist.h"
#include "explorerdocument.h"
#include "exportdialog.h"
#include "formulapanel.h"
#include "mainwindow.h"
#include "settings.h"
#include "themepalette.h"
#include "valuestable.h"
#include "widgetlookup.h"

#include "aex/core/catalogue.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPushButton>
#include <QScreen>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QStyleOptionToolBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>
#include <QToolBar>

#include <qcustomplot.h>

#include <algorithm>
#include <map>
#include <memory>

using App::MainWindow;
using Core::Framework;
using TestLib::child;
using namespace Qt::StringLiterals;

namespace {

// The letter after a single '&' ("F&unction" → 'u'), or 0.
QChar mnemonic(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] == u'&') {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

QCPItemText* crosshairTag(QCustomPlot* plot)
{
    for (int i = 0; i < plot->itemCount(); ++i)
        if (auto* text = qobject_cast<QCPItemText*>(plot->item(i)); text && text->visible())
            return text;
    return nullptr;
}

QCPLegend* legendOf(QCustomPlot* plot)
{
    for (QCPAxisRect* rect : plot->axisRects())
        for (int i = 0; i < rect->insetLayout()->elementCount(); ++i)
            if (auto* legend = qobject_cast<QCPLegend*>(rect->insetLayout()->elementAt(i)))
                return legend;
    return nullptr;
}

// Drawn at 2x for a 2x screen, not the 1x picture blown up.
bool drawnAtScale(const QIcon& icon)
{
    const QPixmap sharp = icon.pixmap(QSize(16, 16), 2.0);
    if (sharp.size() != QSize(32, 32) || sharp.devicePixelRatio() != 2.0)
        return false;
    const QImage blown
        = icon.pixmap(QSize(16, 16), 1.0).toImage().scaled(32, 32).convertToFormat(QImage::Format_ARGB32);
    return sharp.toImage().convertToFormat(QImage::Format_ARGB32) != blown;
}

} // namespace

class TestFirstUse : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // As the program does (App::makeApplication).
        QApplication::setStyle(App::applicationStyle());
    }

    void shouldDrawTheDockButtonsAtTheScreensScale()
    {
        MainWindow window;
        window.show();
        auto* dock = window.findChild<QDockWidget*>(u"curvesDock"_s);
        QVERIFY(dock);
        auto* close = dock->findChild<QAbstractButton*>(u"qt_dockwidget_closebutton"_s);
        QVERIFY(close);
        QVERIFY(drawnAtScale(close->icon()));
    }

    // The clear button of the line edits and the tool bar's overflow button, as the dock buttons:
    // Fusion's are small bitmaps (and the first one read loads every image format plugin).
    void shouldDrawTheStylesOtherIconsAtTheScreensScale_data()
    {
        QTest::addColumn<int>("icon");
        QTest::newRow("clear") << int(QStyle::SP_LineEditClearButton);
        QTest::newRow("more, horizontal") << int(QStyle::SP_ToolBarHorizontalExtensionButton);
        QTest::newRow("more, vertical") << int(QStyle::SP_ToolBarVerticalExtensionButton);
    }

    void shouldDrawTheStylesOtherIconsAtTheScreensScale()
    {
        QFETCH(int, icon);
        QVERIFY(drawnAtScale(QApplication::style()->standardIcon(QStyle::StandardPixmap(icon))));
    }

    // CrispStyle draws the main window's tool bar itself (its lines as fills, see drawControl): it
    // must look as Fusion's, in both themes and wherever the tool bar sits in its line.
    void shouldDrawTheToolBarAsFusionDoes_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<int>("position");
        for (const bool dark : {false, true})
            for (const auto position : {QStyleOptionToolBar::OnlyOne, QStyleOptionToolBar::Beginning,
                     QStyleOptionToolBar::Middle, QStyleOptionToolBar::End})
                QTest::addRow("%s, position %d", dark ? "dark" : "light", int(position)) << dark << int(position);
    }

    void shouldDrawTheToolBarAsFusionDoes()
    {
        QFETCH(bool, dark);
        QFETCH(int, position);
        QMainWindow window;
        auto* bar = window.addToolBar(u"bar"_s);
        QStyleOptionToolBar option;
        option.initFrom(bar);
        option.palette = Widgets::themePalette(dark ? Model::Theme::Dark : Model::Theme::Light);
        option.rect = QRect(0, 0, 1280, 36);
        option.state |= QStyle::State_Horizontal;
        option.toolBarArea = Qt::TopToolBarArea;
        option.positionOfLine = QStyleOptionToolBar::ToolBarPosition(position);
        const auto drawn = [&](const QStyle& style) {
            QImage image(option.rect.size(), QImage::Format_ARGB32_Premultiplied);
            image.fill(option.palette.window().color());
            QPainter painter(&image);
            style.drawControl(QStyle::CE_ToolBar, &option, &painter, bar);
            return image;
        };
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
        const std::unique_ptr<QStyle> crisp(App::applicationStyle());
        const QImage expected = drawn(*fusion);
        QVERIFY(expected.pixel(640, 35) != expected.pixel(640, 18)); // the lines are there
        QCOMPARE(drawn(*crisp), expected);
    }

    void shouldRoundTheCrosshairsXToWhatAPixelResolves()
    {
        // GIVEN the default view at 1024x700, its crosshair on the grid point next to 1.01, which
        // is 1.0099999999999998 in float64
        MainWindow window;
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.loadExample(u"relu-vs-leaky"_s);
        Widgets::PlotScene* scene = window.plot()->scene();
        scene->setCrosshair(1.0099999999999998);
        QCOMPARE(scene->crosshair()->x, 1.0099999999999998);
        // THEN the readout and the tag say 1.01, and f is not printed to 17 digits
        const QString readout = child<QLabel>(&window, u"readoutLabel"_s)->text();
        QVERIFY2(readout.startsWith(u"x = 1.01 "_s), qPrintable(readout));
        QVERIFY2(!readout.contains(u"99999"_s), qPrintable(readout));
        auto* plot = window.plot()->findChild<QCustomPlot*>();
        QVERIFY(plot);
        plot->replot();
        QCPItemText* tag = crosshairTag(plot);
        QVERIFY(tag);
        QCOMPARE(tag->text(), u"1.01"_s);
        // AND the tag sits above the bottom axis, clear of its tick labels
        const int axisBottom = std::max(scene->panelRect(Widgets::Panel::Function).bottom(),
            scene->panelRect(Widgets::Panel::Derivative).bottom());
        QVERIFY2(tag->bottom->pixelPosition().y() <= axisBottom + 1,
            qPrintable(u"tag bottom %1, axis at %2"_s.arg(tag->bottom->pixelPosition().y()).arg(axisBottom)));
        scene->setCrosshair(std::nullopt);
    }

    void shouldPutTheFocusOnTheCurvesAfterAnExample()
    {
        // GIVEN the focus in a parameter editor of the selected curve
        MainWindow window;
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.loadExample(u"relu-vs-leaky"_s);
        window.document()->select(1);
        auto* alpha = child<QWidget>(&window, u"negative_slopeSpinBox"_s);
        alpha->setFocus();
        QCOMPARE(QApplication::focusWidget(), alpha);
        // WHEN an example is chosen from the menu
        child<QAction>(&window, u"exampleAction_leaky-vs-parametric"_s)->trigger();
        QApplication::processEvents();
        // THEN the curve list has the focus, not "x from" with its text selected
        QWidget* focus = QApplication::focusWidget();
        QVERIFY2(focus == window.curveList()->view(), focus ? qPrintable(focus->objectName()) : "no focus");
    }

    void shouldListTheFrameworksOwnFunctionsFirst()
    {
        MainWindow window;
        window.loadExample(u"relu-vs-leaky"_s);
        auto* framework = child<QComboBox>(&window, u"frameworkCombo"_s);
        framework->setCurrentIndex(framework->findData(u"tf_keras"_s));
        QCOMPARE(window.document()->curve(window.document()->selected()).activation.framework(), Framework::TfKeras);
        auto* function = child<QComboBox>(&window, u"functionCombo"_s);
        int separator = -1;
        for (int i = 0; i < function->count(); ++i)
            if (function->itemData(i, Qt::AccessibleDescriptionRole).toString() == u"separator"_s)
                separator = i;
        QVERIFY(separator > 0);
        for (int i = 0; i < function->count(); ++i) {
            if (i == separator)
                continue;
            const Core::FunctionSpec* f = Core::findFunction(function->itemData(i).toString().toStdString());
            QVERIFY(f);
            // tf.keras' own above the line, the others below it saying who has them
            QCOMPARE(f->in(Framework::TfKeras) != nullptr, i < separator);
            QVERIFY2(function->itemData(i, Qt::ToolTipRole).toString().contains(u"PyTorch"_s)
                    || !f->in(Framework::PyTorch),
                qPrintable(function->itemText(i)));
        }
        const int threshold = function->findData(u"threshold"_s);
        QVERIFY(threshold > separator);
        QCOMPARE(function->itemText(threshold), u"Threshold (PyTorch)"_s);
        QVERIFY(function->itemData(threshold, Qt::ToolTipRole).toString().contains(u"Not in tf.keras 2"_s));
        // Choosing it still works: it moves the curve to a framework that has it
        function->setCurrentIndex(threshold);
        QCOMPARE(window.document()->curve(window.document()->selected()).activation.framework(), Framework::PyTorch);
        // and the separator itself chooses nothing
        const int now = function->findData(u"threshold"_s);
        for (int i = 0; i < function->count(); ++i)
            if (function->itemData(i, Qt::AccessibleDescriptionRole).toString() == u"separator"_s)
                function->setCurrentIndex(i);
        QCOMPARE(function->currentIndex(), now);
    }

    void shouldNameFrameworksAsTheControlsDo()
    {
        MainWindow window;
        window.show();
        window.loadExample(u"framework-defaults"_s);
        const QStringList ids{u"keras"_s, u"tf_keras"_s, u"pytorch"_s};
        const auto noId = [&](const QString& text) {
            for (const QString& id : ids)
                if (text.contains(u"· "_s + id))
                    return false;
            return true;
        };
        auto* frameworkCombo = child<QComboBox>(&window, u"frameworkCombo"_s);
        for (int row = 0; row < window.document()->curveCount(); ++row) {
            const QString name = window.document()->curveModel()->data(window.document()->curveModel()->index(row)).toString();
            QVERIFY2(noId(name), qPrintable(name));
            window.document()->select(row);
            QVERIFY2(name.contains(frameworkCombo->currentText()), qPrintable(name + u" vs "_s + frameworkCombo->currentText()));
        }
        auto* plot = window.plot()->findChild<QCustomPlot*>();
        QVERIFY(plot);
        QCPLegend* legend = legendOf(plot);
        QVERIFY(legend);
        QVERIFY(legend->itemCount() >= 2);
        for (int i = 0; i < legend->itemCount(); ++i)
            if (auto* item = qobject_cast<QCPPlottableLegendItem*>(legend->item(i)))
                QVERIFY2(noId(item->plottable()->name()), qPrintable(item->plottable()->name()));
        window.plot()->scene()->setCrosshair(1.0);
        const QString readout = child<QLabel>(&window, u"readoutLabel"_s)->text();
        QVERIFY2(noId(readout) && (readout.contains(u"PyTorch"_s) || readout.contains(u"Keras 3"_s)), qPrintable(readout));
    }

    void shouldGiveEveryVisibleMnemonicOneOwner()
    {
        // GIVEN the window with every dock shown
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        for (QDockWidget* dock : window.findChildren<QDockWidget*>())
            dock->show();
        QApplication::processEvents();
        std::multimap<QChar, QString> owners;
        for (QAction* menu : window.menuBar()->actions())
            if (menu->isVisible())
                owners.emplace(mnemonic(menu->text()), u"menu "_s + menu->text());
        for (QLabel* label : window.findChildren<QLabel*>())
            if (label->isVisible() && label->buddy())
                owners.emplace(mnemonic(label->text()), u"label "_s + label->text());
        for (QAbstractButton* button : window.findChildren<QAbstractButton*>())
            if (button->isVisible())
                owners.emplace(mnemonic(button->text()), u"button "_s + button->text());
        for (QGroupBox* box : window.findChildren<QGroupBox*>())
            if (box->isVisible())
                owners.emplace(mnemonic(box->title()), u"group "_s + box->title());
        owners.erase(QChar());
        QStringList clashes;
        for (auto it = owners.begin(); it != owners.end();) {
            const auto [first, last] = owners.equal_range(it->first);
            if (std::distance(first, last) > 1) {
                QStringList who;
                for (auto w = first; w != last; ++w)
                    who << w->second;
                clashes << u"Alt+%1: %2"_s.arg(QString(it->first.toUpper()), who.join(u", "_s));
            }
            it = last;
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
        QVERIFY(owners.count(u'f') == 1); // the File menu's alone
    }

    void shouldComeBackExactlyWhereItWas()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(u"settings.json"_s);
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        // At the top of the screen, as tall as it: where Qt's restoreGeometry() alone moves a
        // window down by a title bar's height, its status bar off the screen.
        QRect where;
        {
            MainWindow window(std::make_unique<App::Settings>(file));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            // On the screen whole: a window larger than the screen is fitted to it on restore.
            // Offscreen's screen is narrower than the window with all its docks: without them the
            // window fits whole, and the docks' state is restored with it.
            window.showSidePanels(false);
            QApplication::processEvents();
            // Wider than the window's narrowest.
            const int width = std::min(available.width(), window.minimumSizeHint().width() + 8);
            const int left = available.left() + std::max(0, std::min(10, available.width() - width));
            window.setGeometry(QRect(left, available.top(), width, available.height()));
            QApplication::processEvents();
            where = window.geometry();
            window.close();
        }
        MainWindow window(std::make_unique<App::Settings>(file));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.geometry(), where);
    }

    void shouldKeepTextWholeInNarrowPanels()
    {
        // GIVEN the window at 1024x700, after shrinking and growing, with a formula that has terms
        MainWindow window;
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.loadExample(u"relu-vs-leaky"_s);
        window.document()->select(1);
        window.resize(700, 500);
        QApplication::processEvents();
        window.resize(1024, 700);
        QApplication::processEvents();
        QCOMPARE(window.width(), 1024); // the docks' minimum widths leave room for the plot
        child<QLineEdit>(window.valuesTable(), u"valuesInput"_s)->setText(u"-0.7000000000000001, 0.1, 3"_s);
        QApplication::processEvents();
        // THEN no Values column is squeezed to "0.…"
        const QTableView* values = window.valuesTable()->findChild<QTableView*>();
        QVERIFY(values);
        // QAbstractItemView's sizeHintForColumn is public: the width the column's text needs.
        const QAbstractItemView* table = values;
        QVERIFY(table);
        for (int c = 0; c < table->model()->columnCount(); ++c)
            QVERIFY2(values->horizontalHeader()->sectionSize(c) >= table->sizeHintForColumn(c),
                qPrintable(u"column %1: %2 < %3"_s.arg(c)
                        .arg(values->horizontalHeader()->sectionSize(c))
                        .arg(table->sizeHintForColumn(c))));
        // AND every parameter name is on one line and whole
        for (QLabel* label : window.curveEditor()->findChildren<QLabel*>())
            if (label->isVisible() && label->objectName().endsWith(u"Label"_s) && !label->wordWrap()
                && label->objectName() != u"apiLabel"_s)
                QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
        // AND no formula term breaks over lines
        QTRY_VERIFY(!window.formulaPanel()->plainText().isEmpty());
        auto* view = child<QTextBrowser>(window.formulaPanel(), u"formulaView"_s);
        const QTextDocument* doc = view->document();
        int terms = 0;
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            // The formula tables: their first cell is "f(x) =" or "f′(x) ="
            const QTextTable* formula = QTextCursor(b).currentTable();
            if (!formula || !b.layout()
                || !formula->cellAt(0, 0).firstCursorPosition().block().text().startsWith(u'f'))
                continue;
            ++terms;
            QVERIFY2(b.layout()->lineCount() <= 1, qPrintable(b.text()));
        }
        QVERIFY(terms > 0);
    }

    void shouldKeepTheExportDialogOpenOnAWriteError()
    {
        MainWindow window;
        window.loadExample(u"relu-vs-leaky"_s);
        Widgets::ExportDialog dialog(Widgets::figureContent(window.document()->snapshot()), Widgets::FigureOptions{}, u"/no/such/folder/figure.png"_s);
        int writes = 0;
        dialog.setWriter([&](const Widgets::FigureOptions&, const QString& path) {
            ++writes;
            return path.startsWith(u"/no/"_s) ? u"%1: No such file or directory"_s.arg(path) : QString();
        });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // WHEN Export fails to write
        auto* ok = child<QPushButton>(&dialog, u"exportOkButton"_s);
        ok->click();
        // THEN the dialog is still there, saying why
        QCOMPARE(writes, 1);
        QVERIFY(dialog.isVisible());
        QVERIFY(child<QLabel>(&dialog, u"exportError"_s)->text().contains(u"No such file"_s));
        // AND it keeps its width whatever the format
        const int width = dialog.width();
        auto* format = child<QComboBox>(&dialog, u"exportFormatCombo"_s);
        for (int i = 0; i < format->count(); ++i) {
            format->setCurrentIndex(i);
            QApplication::processEvents();
            QCOMPARE(dialog.width(), width);
        }
        // AND a good path closes it
        child<QLineEdit>(&dialog, u"exportPathEdit"_s)->setText(u"/tmp/figure.svg"_s);
        ok->click();
        QCOMPARE(writes, 2);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
};

QTEST_MAIN(TestFirstUse)
#include "tst_firstuse.moc"
