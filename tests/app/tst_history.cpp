// SPDX-License-Identifier: MIT
// Never lose work, in the window: Edit > Undo and Redo with the standard keys (a mouse drag of a
// slider is one step), and the Save / Discard / Cancel prompt before an example, Open, New or
// quitting replaces unsaved changes.
#include "documenthistory.h"
#include "explorerdocument.h"
#include "mainwindow.h"
#include "session.h"
#include "sessioncontroller.h"

#include "documentlib.h"
#include "widgetlookup.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QMouseEvent>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using TestLib::child;

namespace {

// Answers the next unsaved-changes prompt with `button` once it is up, and keeps its text.
class PromptAnswer : public QObject {
public:
    explicit PromptAnswer(QMessageBox::StandardButton button)
        : m_button(button)
    {
        auto* timer = new QTimer(this);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, this, [this, timer] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box || box->objectName() != u"unsavedChangesBox"_s)
                return;
            timer->stop();
            text = box->text() + u' ' + box->informativeText();
            ++shown;
            box->button(m_button)->click();
        });
        timer->start();
    }
    QString text;
    int shown = 0;

private:
    QMessageBox::StandardButton m_button;
};

void dragSlider(QSlider* slider, int distance)
{
    const QPoint start = TestLib::sliderHandleRect(slider).center();
    QTest::mousePress(slider, Qt::LeftButton, {}, start);
    for (int dx = 10; dx <= distance; dx += 10) {
        const QPointF at(start + QPoint(dx, 0));
        QMouseEvent move(QEvent::MouseMove, at, slider->mapToGlobal(at), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(slider, &move);
        QCoreApplication::processEvents();
    }
    QTest::mouseRelease(slider, Qt::LeftButton, {}, start + QPoint(distance, 0));
    QCoreApplication::processEvents();
}

double alphaOf(const App::MainWindow& window) { return window.document()->curve(0).activation.params().value[0]; }

} // namespace

class TestHistory : public QObject {
    Q_OBJECT

private slots:
    void init() { QApplication::setActiveWindow(nullptr); }

    void shouldUndoAWholeDragWithCtrlZAndRedoIt()
    {
        App::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.loadExample(u"framework-defaults"_s);
        window.document()->select(0);
        QUndoStack* stack = window.sessions()->history()->stack();
        QCOMPARE(stack->count(), 1); // loading the example
        auto* undo = child<QAction>(&window, u"undoAction"_s);
        auto* redo = child<QAction>(&window, u"redoAction"_s);
        QVERIFY(window.menuBar()->findChild<QMenu*>(u"editMenu"_s)->actions().contains(undo));

        const double start = alphaOf(window);
        auto* slider = child<QSlider>(&window, u"alphaSlider"_s);
        const int startTick = slider->value();
        dragSlider(slider, 60);
        const double dragged = alphaOf(window);
        QVERIFY(dragged > start);
        QCOMPARE(stack->count(), 2); // six moves, one step
        QVERIFY2(undo->text().startsWith(u"&Undo Change alpha of"_s), qPrintable(undo->text()));
        QVERIFY(undo->isEnabled());
        QVERIFY(!redo->isEnabled());

        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(alphaOf(window), start);
        QCOMPARE(slider->value(), startTick); // the editor shows the undone value
        QVERIFY(redo->isEnabled());
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(alphaOf(window), dragged);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QTest::keyClick(&window, Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(alphaOf(window), dragged);

        // Remove, then undo: the curve comes back with its name and colour.
        const Model::Curve removed = window.document()->curve(0);
        const int count = window.document()->curveCount();
        child<QAction>(&window, u"removeCurveAction"_s)->trigger();
        QCOMPARE(window.document()->curveCount(), count - 1);
        undo->trigger();
        QCOMPARE(window.document()->curveCount(), count);
        QVERIFY(window.document()->curve(0) == removed);
        // Undo reaches back past the example to the first state.
        while (stack->canUndo())
            undo->trigger();
        QVERIFY(window.document()->curveCount() >= 1);
    }

    void shouldAskBeforeAnExampleReplacesEditedCurves()
    {
        App::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.loadExample(u"framework-defaults"_s);
        // Unedited: no prompt.
        {
            PromptAnswer never(QMessageBox::Cancel);
            QVERIFY(window.loadExample(u"relu-vs-leaky"_s));
            QCOMPARE(never.shown, 0);
        }
        window.document()->setDType(Core::DType::Float32);
        const Model::Session edited = window.document()->snapshot();
        {
            PromptAnswer cancel(QMessageBox::Cancel);
            QVERIFY(!window.loadExample(u"framework-defaults"_s));
            QCOMPARE(cancel.shown, 1);
            QVERIFY2(cancel.text.contains(u"loading the example"_s), qPrintable(cancel.text));
            QVERIFY(window.document()->snapshot() == edited);
        }
        {
            PromptAnswer discard(QMessageBox::Discard);
            QVERIFY(window.loadExample(u"framework-defaults"_s));
            QCOMPARE(discard.shown, 1);
        }
        QVERIFY(!(window.document()->snapshot() == edited));
        // Discarded is not lost: undo brings the edited curves back.
        window.sessions()->history()->undo();
        TestLib::compareSessions(window.document()->snapshot(), edited);
        // New Session asks too.
        PromptAnswer cancelNew(QMessageBox::Cancel);
        QVERIFY(!window.newSession());
        QCOMPARE(cancelNew.shown, 1);
        QVERIFY(window.document()->snapshot() == edited);
    }

    void shouldAskBeforeQuittingOrOpeningOverAnUnsavedFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"lecture.json"_s);
        App::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.loadExample(u"relu-vs-leaky"_s);
        QCOMPARE(window.sessions()->saveSessionAs(path), QString());
        QVERIFY(!window.isWindowModified());
        // Unmodified: it closes without a word.
        {
            PromptAnswer never(QMessageBox::Cancel);
            QVERIFY(window.close());
            QCOMPARE(never.shown, 0);
        }
        window.show();
        window.document()->setDType(Core::DType::Float32);
        QVERIFY(window.isWindowModified());
        // Undo back to the saved state: not modified; redo: modified again.
        window.sessions()->history()->undo();
        QVERIFY(!window.isWindowModified());
        window.sessions()->history()->redo();
        QVERIFY(window.isWindowModified());
        {
            PromptAnswer cancel(QMessageBox::Cancel);
            QVERIFY(!window.close());
            QCOMPARE(cancel.shown, 1);
            QVERIFY2(cancel.text.contains(u"lecture.json"_s), qPrintable(cancel.text));
            QVERIFY(window.isVisible());
        }
        {
            // Save writes the file, then it closes.
            PromptAnswer save(QMessageBox::Save);
            QVERIFY(window.close());
            QCOMPARE(save.shown, 1);
            const Model::SessionResult saved = Model::loadSession(path);
            QVERIFY(saved);
            QVERIFY(saved.session->dtype == Core::DType::Float32);
        }
        window.show();
        window.document()->setTheme(Model::Theme::Dark);
        {
            PromptAnswer discard(QMessageBox::Discard);
            QVERIFY(window.close());
            QCOMPARE(discard.shown, 1);
            QVERIFY(Model::loadSession(path).session->theme == Model::Theme::Light); // untouched
        }
        // Without a session file the settings keep the view: quitting does not ask.
        window.show();
        window.sessions()->forgetSessionPath();
        window.document()->setTheme(Model::Theme::Light);
        PromptAnswer never(QMessageBox::Cancel);
        QVERIFY(window.close());
        QCOMPARE(never.shown, 0);
    }
};

QTEST_MAIN(TestHistory)
#include "tst_history.moc"
