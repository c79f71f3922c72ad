// SPDX-License-Identifier: MIT
// Runs under LC_ALL=de_DE.UTF-8 (tests/app/CMakeLists.txt): the window speaks German, and every
// number stays in the C locale.
#include "exportcontroller.h"
#include "exportdialog.h"
#include "mainwindow.h"
#include "translations.h"
#include "widgetlookup.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <qcustomplot.h>

using TestLib::child;
using namespace Qt::StringLiterals;

namespace {

QStringList menuTitles(const App::MainWindow& window)
{
    QStringList titles;
    for (const QAction* a : window.menuBar()->actions())
        titles << a->text();
    return titles;
}

} // namespace

class TestI18n : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setStyle(u"Fusion"_s);
        // The environment CTest gives this test; without it nothing below means anything.
        QCOMPARE(QLocale::system().name(), u"de_DE"_s);
        QCOMPARE(App::installTranslations(), u"de_DE"_s);
    }

    void shouldShowGermanMenus()
    {
        App::MainWindow window;
        window.show();
        QCOMPARE(menuTitles(window),
            (QStringList{u"&Datei"_s, u"&Bearbeiten"_s, u"&Ansicht"_s, u"Bei&spiele"_s, u"&Hilfe"_s}));
        QCOMPARE(child<QAction>(&window, u"quitAction"_s)->text(), u"&Beenden"_s);
        QCOMPARE(child<QAction>(&window, u"exportFigureAction"_s)->text(), u"Abbildung &exportieren…"_s);
        // Built from a table when first asked for: translated too.
        QCOMPARE(child<QAction>(&window, u"exampleAction_relu-vs-leaky"_s)->text(), u"ReLU vs. LeakyReLU"_s);
    }

    void shouldTranslateQtsOwnButtons()
    {
        if (!QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_de.qm"_s))
            QSKIP("Qt's own German translation (qt6-translations-l10n) is not installed");
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), u"Abbrechen"_s);
    }

    // Copied numbers paste into Python: "0.3", never "0,3", in every spin box.
    void shouldKeepCLocaleNumbers()
    {
        QCOMPARE(QLocale().decimalPoint(), u"."_s);
        App::MainWindow window;
        window.show();
        QVERIFY(window.loadExample(u"framework-defaults"_s));
        auto* alpha = child<QDoubleSpinBox>(&window, u"alphaSpinBox"_s);
        QCOMPARE(alpha->text(), u"0.3"_s);
        // QCustomPlot takes its tick labels' locale from the widget's when it is made.
        QCOMPARE(child<QCustomPlot>(&window, u"customPlot"_s)->locale().toString(0.5), u"0.5"_s);
        child<QAction>(&window, u"labAction"_s)->trigger();
        auto* rate = child<QDoubleSpinBox>(&window, u"labRate"_s);
        QVERIFY2(rate->text().contains(u'.') && !rate->text().contains(u','), qPrintable(rate->text()));

        Widgets::ExportDialog dialog(window.exports()->figureContent(), {}, u"/tmp/figure.png"_s);
        auto* scale = child<QDoubleSpinBox>(&dialog, u"exportScaleSpin"_s);
        scale->setValue(1.5);
        QVERIFY2(scale->text().startsWith(u"1.50"_s), qPrintable(scale->text()));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QCOMPARE(window.exports()->exportData(dir.filePath(u"d.csv"_s)), QString());
        QFile csv(dir.filePath(u"d.csv"_s));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = csv.readAll().split('\n');
        QVERIFY(rows.size() > 2);
        // The header stays the machine's, and x = -4.99 (the second of 1001 samples from -5 to 5)
        // is written with a point.
        QCOMPARE(rows[0], QByteArray("curve,name,function,framework,params,dtype,x,y,dy"));
        QVERIFY2(rows[2].contains(",float32,-4.99,") || rows[2].contains(",float64,-4.99,"), rows[2].constData());
    }

    // The command line is for scripts: its help stays English under a German locale.
    void shouldKeepTheCommandLineEnglish()
    {
        QProcess p;
        p.start(QStringLiteral(AEX_APP_PATH), {u"--help"_s});
        QVERIFY(p.waitForFinished(30000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(out.contains(u"Usage"_s), qPrintable(out.left(200)));
    }
};

QTEST_MAIN(TestI18n)
#include "tst_i18n.moc"
