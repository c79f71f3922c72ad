// SPDX-License-Identifier: MIT
// Every writer of the program, into a full filesystem (issue #9 §1): the command line's --output
// (CSV, JSON), --export (PNG, JPEG, SVG, PDF; from curves and from a session), --screenshot, and
// the window's session saving, settings, data export, figure export (through the Export Figure
// dialog) and window export. Each must leave the file it would replace byte for byte as it was,
// with its mode, leave no temporary file behind, and say why it failed ("No space left on device");
// the command line exits 1 with exactly one line on stderr.
//
// Two ways to fill a disk: a real 1 MiB tmpfs, mounted by run-in-tiny-fs.sh in a mount namespace
// of its own ($AEX_TINY_FS; those cases skip, saying why, where no namespace may mount), and
// RLIMIT_FSIZE, which needs no privilege and always runs.
#include "explorerdocument.h"
#include "exportcontroller.h"
#include "exportdialog.h"
#include "filesizelimit.h"
#include "mainwindow.h"
#include "session.h"
#include "sessioncontroller.h"
#include "settings.h"
#include "widgetlookup.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTest>

#include <functional>
#include <optional>

#include <sys/resource.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

// How a writer ended.
struct Outcome {
    QString error;        // what it reported: the command line's stderr, the window's message
    int exitCode = 0;     // the command line's; 0 for the window's writers
    bool process = false; // a run of the binary
};

// How the disk is made to fail: a real full filesystem, or a file-size limit of this many bytes.
struct Failing {
    std::optional<rlim_t> sizeLimit;
};

Outcome runBinary(const QStringList& arguments, const Failing& failing)
{
    QProcess process;
    process.setProgram(QStringLiteral(AEX_APP_PATH));
    process.setArguments(arguments);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    process.setProcessEnvironment(env);
    if (failing.sizeLimit) {
        const rlim_t bytes = *failing.sizeLimit;
        process.setChildProcessModifier([bytes] {
            std::signal(SIGXFSZ, SIG_IGN);
            rlimit limit{};
            getrlimit(RLIMIT_FSIZE, &limit);
            limit.rlim_cur = bytes;
            setrlimit(RLIMIT_FSIZE, &limit);
        });
    }
    process.start();
    Outcome outcome;
    outcome.process = true;
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit) {
        outcome.exitCode = -1;
        outcome.error = u"did not exit normally"_s;
        return outcome;
    }
    outcome.exitCode = process.exitCode();
    outcome.error = QString::fromUtf8(process.readAllStandardError());
    return outcome;
}

// A writer: what the file is called and how to write it.
struct Writer {
    QString name;
    QString file;
    std::function<Outcome(const QString& path, const Failing& failing)> write;
};

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

mode_t modeOf(const QString& path)
{
    struct stat info { };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_mode : 0;
}

// Fills the filesystem of `dir` with "filler" until a write fails, then frees `leave` bytes.
bool fill(const QString& dir, qint64 leave)
{
    QFile filler(QDir(dir).filePath(u"filler"_s));
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return false;
    const QByteArray chunk(4096, 'f');
    while (filler.write(chunk) == chunk.size()) { }
    filler.close();
    return leave == 0 || QFile::resize(filler.fileName(), std::max<qint64>(0, QFileInfo(filler).size() - leave));
}

} // namespace

class TestFullDisk : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase() { m_window.reset(); }

    void shouldKeepTheOldFileOnAFullFilesystem_data();
    void shouldKeepTheOldFileOnAFullFilesystem();
    void shouldKeepTheOldFileWhenTheFileSizeLimitIsHit_data();
    void shouldKeepTheOldFileWhenTheFileSizeLimitIsHit();

private:
    void measureWriters();
    void addWriters(const char* mode);
    void check(const QString& dir, const Failing& failing, const QString& reason);

    QList<Writer> m_writers;
    QList<qint64> m_sizes; // what each writer writes when the disk has room
    std::unique_ptr<App::MainWindow> m_window;
    QString m_tiny;
    QTemporaryDir m_scratch;
};

void TestFullDisk::initTestCase()
{
    QVERIFY(m_scratch.isValid());
    m_tiny = qEnvironmentVariable("AEX_TINY_FS");
    m_window = std::make_unique<App::MainWindow>();
    m_window->loadExample(u"relu-vs-leaky"_s);
    m_window->resize(900, 600);

    const QStringList curves{u"--curve"_s, u"relu:tf_keras:negative_slope=0.1,threshold=2"_s, u"--curve"_s, u"elu"_s};
    for (const QString& format : {u"csv"_s, u"json"_s})
        m_writers.append({u"--output ."_s + format, u"keep."_s + format,
            [](const QString& path, const Failing& f) {
                return runBinary(
                    {u"--function"_s, u"gelu"_s, u"--domain=-5:5"_s, u"--samples"_s, u"300"_s, u"--output"_s, path}, f);
            }});
    for (const QString& format : {u"png"_s, u"jpg"_s, u"svg"_s, u"pdf"_s})
        m_writers.append(
            {u"--export ."_s + format, u"keep."_s + format, [curves](const QString& path, const Failing& f) {
                 return runBinary(curves + QStringList{u"--export"_s, path}, f);
             }});
    const QString session = m_scratch.filePath(u"input.json"_s);
    Model::saveSession(m_window->document()->snapshot(), session);
    m_writers.append({u"session --export .png"_s, u"keep.png"_s, [session](const QString& path, const Failing& f) {
                          return runBinary({session, u"--export"_s, path}, f);
                      }});
    m_writers.append({u"--screenshot"_s, u"keep.png"_s, [](const QString& path, const Failing& f) {
                          return runBinary({u"--example"_s, u"framework-defaults"_s, u"--screenshot"_s, path}, f);
                      }});

    // The window's writers run in this process, so a file-size limit applies to this process
    // while they write.
    const auto inProcess = [](std::function<QString(const QString&)> write) {
        return [write](const QString& path, const Failing& f) {
            std::optional<TestLib::FileSizeLimit> limit;
            if (f.sizeLimit)
                limit.emplace(*f.sizeLimit);
            return Outcome{write(path)};
        };
    };
    App::MainWindow* window = m_window.get();
    m_writers.append({u"Save Session"_s, u"keep.json"_s,
        inProcess([window](const QString& path) { return window->sessions()->saveSessionAs(path); })});
    m_writers.append({u"settings"_s, u"settings.json"_s, inProcess([](const QString& path) {
                          App::MainWindow withSettings(std::make_unique<App::Settings>(path));
                          withSettings.loadExample(u"leaky-vs-parametric"_s);
                          return withSettings.saveSettings().message;
                      })});
    for (const QString& format : {u"csv"_s, u"json"_s})
        m_writers.append({u"Export Data ."_s + format, u"keep."_s + format,
            inProcess([window](const QString& path) { return window->exports()->exportData(path); })});
    for (const QString& format : {u"png"_s, u"svg"_s, u"pdf"_s, u"jpg"_s})
        m_writers.append({u"Export Figure dialog ."_s + format, u"keep."_s + format,
            inProcess([window](const QString& path) -> QString {
                // As Export Figure does: the dialog, its Export button, then the export it chose.
                Widgets::ExportDialog dialog(
                    window->exports()->figureContent(), window->exports()->figureOptions(), u"figure.png"_s, window);
                auto* edit = TestLib::child<QLineEdit>(&dialog, u"exportPathEdit"_s);
                edit->setText(path);
                QPushButton* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
                if (!ok || !ok->isEnabled())
                    return u"the dialog's Export button is not enabled: "_s + dialog.problem();
                ok->click();
                if (dialog.result() != QDialog::Accepted)
                    return u"the dialog was not accepted"_s;
                return window->exports()->exportFigure(dialog.path(), dialog.options());
            })});
    m_writers.append({u"Export Window"_s, u"keep.png"_s,
        inProcess([window](const QString& path) { return window->exports()->exportWindow(path); })});
    measureWriters();
}

void TestFullDisk::measureWriters()
{
    for (const Writer& w : std::as_const(m_writers)) {
        QTemporaryDir dir(m_scratch.filePath(u"measure-XXXXXX"_s));
        const QString path = QDir(dir.path()).filePath(w.file);
        const Outcome outcome = w.write(path, Failing{});
        QVERIFY2(outcome.error.isEmpty() && outcome.exitCode == 0, qPrintable(w.name + u": "_s + outcome.error));
        m_sizes.append(QFileInfo(path).size());
    }
}

void TestFullDisk::addWriters(const char* mode)
{
    QTest::addColumn<int>("writer");
    QTest::addColumn<qint64>("free");
    for (qsizetype i = 0; i < m_writers.size(); ++i) {
        // Full, and with room for part of the file: the old bug kept a 4096-byte torn prefix. A
        // tmpfs frees whole pages; a file-size limit may stop a write anywhere (half of it, here).
        const qint64 partial = qstrcmp(mode, "tmpfs") == 0 ? 4096 : m_sizes.value(i) / 2;
        for (const qint64 free : {qint64(0), partial})
            QTest::addRow("%s %s, %lld bytes free", mode, qPrintable(m_writers[i].name), free) << int(i) << free;
    }
}

// Writes into `dir` over an 8.9 KB file made read-only for others (0640), as the disk fails.
void TestFullDisk::check(const QString& dir, const Failing& failing, const QString& reason)
{
    QFETCH(int, writer);
    QFETCH(qint64, free);
    const Writer& w = m_writers[writer];
    if (m_sizes.value(writer) <= free)
        QSKIP(qPrintable(
            u"%1 writes %2 bytes, which fit in the %3 bytes left"_s.arg(w.name).arg(m_sizes.value(writer)).arg(free)));
    const QString path = QDir(dir).filePath(w.file);
    QByteArray old;
    for (int i = 0; i < 300; ++i)
        old += "x,y,dy,line " + QByteArray::number(i) + " of the user's own file\n";
    QVERIFY(old.size() > 8000);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(old), old.size());
    }
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));
    const mode_t mode = modeOf(path);
    if (!failing.sizeLimit)
        QVERIFY(fill(dir, free));
    const QStringList before = QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);

    const Outcome outcome = w.write(path, failing);

    QVERIFY2(outcome.error.contains(reason), qPrintable(w.name + u": "_s + outcome.error));
    QVERIFY2(outcome.error.contains(u"left as it was"_s), qPrintable(outcome.error));
    if (outcome.process) {
        QCOMPARE(outcome.exitCode, 1);
        QCOMPARE(outcome.error.count(u'\n'), 1);
        QVERIFY(outcome.error.startsWith(u"error: "_s));
    }
    QCOMPARE(readAll(path), old);
    QCOMPARE(modeOf(path), mode);
    QCOMPARE(QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), before);
}

void TestFullDisk::shouldKeepTheOldFileOnAFullFilesystem_data() { addWriters("tmpfs"); }

void TestFullDisk::shouldKeepTheOldFileOnAFullFilesystem()
{
    if (m_tiny.isEmpty())
        QSKIP(qPrintable(u"no tiny filesystem: "_s
            + qEnvironmentVariable("AEX_TINY_FS_WHY",
                u"not run through "
                "run-in-tiny-fs.sh"_s)));
    // Each row starts from an empty filesystem.
    QDir tiny(m_tiny);
    for (const QString& name : tiny.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        QVERIFY(QFile::remove(tiny.filePath(name)));
    check(m_tiny, Failing{}, u"No space left on device"_s);
    for (const QString& name : tiny.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        QFile::remove(tiny.filePath(name));
}

void TestFullDisk::shouldKeepTheOldFileWhenTheFileSizeLimitIsHit_data() { addWriters("RLIMIT_FSIZE"); }

void TestFullDisk::shouldKeepTheOldFileWhenTheFileSizeLimitIsHit()
{
    QFETCH(qint64, free);
    QTemporaryDir dir(m_scratch.filePath(u"rlimit-XXXXXX"_s));
    QVERIFY(dir.isValid());
    // The limit is on every file's size: "free" bytes of room for the new file.
    check(dir.path(), Failing{rlim_t(free)}, u"File too large"_s);
}

QTEST_MAIN(TestFullDisk)
#include "tst_fulldisk.moc"
