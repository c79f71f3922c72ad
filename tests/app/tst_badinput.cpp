// SPDX-License-Identifier: MIT
// Checks every row of docs/bad-input.md against the real program: the command lines through the
// built binary, the window's inputs through the real widgets. The document is read at test time,
// so that it and the program cannot drift apart.
#include "clirun.h"
#include "curvespec.h"
#include "documentlib.h"
#include "domaineditor.h"
#include "explorerdocument.h"
#include "exportcontroller.h"
#include "exportdialog.h"
#include "mainwindow.h"
#include "numberspinbox.h"
#include "parameterpanel.h"
#include "session.h"
#include "sessioncontroller.h"
#include "themepalette.h"
#include "valuestable.h"

#include "aex/core/activation.h"
#include "aex/core/catalogue.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDevice>
#include <QLineEdit>
#include <QProcess>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <map>
#include <memory>
#include <optional>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// One table row of the document.
struct Row {
    int line = 0;
    QString where;
    QString input;   // the code span's text, or a special form such as "(empty file)"
    QString message; // empty for *(none)*
};

// The fewest rows each input path must have: an emptied or lost table fails.
const std::map<QString, int> kMinRows{{u"cli"_s, 25}, {u"window"_s, 20}, {u"target"_s, 8}, {u"session"_s, 20},
    {u"values"_s, 3}, {u"window-no-display"_s, 2}, {u"parameter"_s, 5}, {u"domain"_s, 3}, {u"export"_s, 3},
    {u"file"_s, 3}};

QStringList splitCells(const QString& line)
{
    QStringList cells;
    QString cell;
    for (qsizetype i = 1; i < line.size(); ++i) {
        if (line[i] == u'\\' && i + 1 < line.size() && line[i + 1] == u'|') {
            cell += u'|';
            ++i;
        } else if (line[i] == u'|') {
            cells << cell.trimmed();
            cell.clear();
        } else {
            cell += line[i];
        }
    }
    return cells;
}

// A cell is a code span (its exact text) or an italic special form ("(none)", "(empty file)").
std::optional<QString> cellText(const QString& cell)
{
    if (cell.size() >= 2 && cell.startsWith(u'`') && cell.endsWith(u'`')
        && !cell.mid(1, cell.size() - 2).contains(u'`'))
        return cell.mid(1, cell.size() - 2);
    if (cell.size() >= 4 && cell.startsWith(u"*("_s) && cell.endsWith(u")*"_s))
        return cell.mid(1, cell.size() - 2);
    return std::nullopt;
}

// What `{functions}` in a message stands for: the catalogue's names in order.
QString functionNames()
{
    QStringList names;
    for (const Core::FunctionSpec& f : Core::catalogue())
        names << QString::fromUtf8(f.name.data(), static_cast<qsizetype>(f.name.size()));
    return names.join(u", "_s);
}

// Every line starting with '|' must be a row of a where/input/message table.
QList<Row> readDocument(QString& error)
{
    QFile file(QStringLiteral(AEX_BAD_INPUT_DOC));
    if (!file.open(QIODevice::ReadOnly)) {
        error = u"%1: cannot be read"_s.arg(file.fileName());
        return {};
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    QList<Row> rows;
    bool inTable = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        const int number = static_cast<int>(i + 1);
        if (!line.startsWith(u'|')) {
            inTable = false;
            continue;
        }
        const QStringList cells = splitCells(line);
        if (!inTable) {
            if (cells != QStringList{u"where"_s, u"input"_s, u"message"_s} || i + 1 >= lines.size()
                || splitCells(lines[i + 1].trimmed()) != QStringList{u"---"_s, u"---"_s, u"---"_s}) {
                error = u"line %1: a table must have the header | where | input | message |"_s.arg(number);
                return {};
            }
            inTable = true;
            ++i;
            continue;
        }
        const std::optional<QString> input = cells.size() == 3 ? cellText(cells[1]) : std::nullopt;
        const bool none = cells.size() == 3 && cells[2] == u"*(none)*"_s;
        const std::optional<QString> message
            = cells.size() == 3 && cells[2].startsWith(u'`') ? cellText(cells[2]) : std::nullopt;
        if (!input || (!none && (!message || message->isEmpty()))) {
            error = u"line %1: expected | where | `input` or *(form)* | `message` or *(none)* |"_s.arg(number);
            return {};
        }
        const QString shown = none ? QString() : QString(*message).replace(u"{functions}"_s, functionNames());
        rows.append(Row{number, cells[0], *input, shown});
    }
    return rows;
}

// Arguments split at spaces; '...' quotes one ('' is an empty one).
std::optional<QStringList> splitArguments(const QString& text)
{
    QStringList args;
    QString current;
    bool quoted = false;
    bool any = false;
    for (const QChar c : text) {
        if (c == u'\'') {
            quoted = !quoted;
            any = true;
        } else if (c == u' ' && !quoted) {
            if (any)
                args << current;
            current.clear();
            any = false;
        } else {
            current += c;
            any = true;
        }
    }
    if (quoted)
        return std::nullopt;
    if (any)
        args << current;
    return args;
}

QString sessionHead() { return uR"("format": "activation-explorer-session", "version": 1)"_s; }

// Makes `name` in `dir` as a `target` row's KIND says; false for an unknown kind.
bool prepareTarget(const QString& kind, const QString& name, const QDir& dir)
{
    const QString path = dir.filePath(name);
    const QByteArray native = QFile::encodeName(path);
    if (kind == u"fifo")
        return ::mkfifo(native.constData(), 0600) == 0;
    if (kind == u"socket") {
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        if (std::size_t(native.size()) >= sizeof address.sun_path)
            return false;
        std::memcpy(address.sun_path, native.constData(), std::size_t(native.size()));
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        const bool bound = fd >= 0 && ::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0;
        if (fd >= 0)
            ::close(fd); // the socket file stays
        return bound;
    }
    if (kind == u"directory")
        return dir.mkdir(name);
    if (kind == u"devnull" || kind == u"devfull")
        return QFile::link(kind == u"devnull" ? u"/dev/null"_s : u"/dev/full"_s, path);
    if (kind == u"session" || kind == u"empty" || kind == u"numbers") {
        QFile file(path);
        const QByteArray content = kind == u"session" ? u"{%1, \"curves\": []}"_s.arg(sessionHead()).toUtf8()
            : kind == u"numbers"                      ? QByteArray("-1\n0.5\n2\n")
                                                      : QByteArray();
        return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
    }
    return false;
}

// Prepares a row's s.json in `dir`; false for an unknown special form.
bool prepareSession(const QString& input, const QDir& dir)
{
    const QString path = dir.filePath(u"s.json"_s);
    QByteArray content;
    if (input == u"(no such file)"_s)
        return true;
    if (input == u"(a directory)"_s)
        return dir.mkdir(u"s.json"_s);
    if (input == u"(empty file)"_s) {
        content = {};
    } else if (input == u"(17 MiB of spaces)"_s) {
        content = QByteArray(17 << 20, ' ');
    } else if (input == u"(65 curves)"_s) {
        QStringList curves;
        for (int i = 0; i < 65; ++i)
            curves << uR"({"function": "relu", "framework": "keras"})"_s;
        content = u"{%1, \"curves\": [%2]}"_s.arg(sessionHead(), curves.join(u", "_s)).toUtf8();
    } else if (input == u"(values of 5000 characters)"_s) {
        content = u"{%1, \"curves\": [], \"values\": \"%2\"}"_s.arg(sessionHead(), QString(5000, u'1')).toUtf8();
    } else if (input.startsWith(u'(')) {
        return false;
    } else {
        content = input.toUtf8();
    }
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

struct Run {
    QString dir;
    QStringList before; // the directory's entries before the run
    QStringList arguments;
    std::unique_ptr<QProcess> process;
    QString problem; // why the row could not be run
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

// Pastes `text` into a line edit (through its validator, as a paste is) and presses Enter.
void paste(QWidget* receiver, QLineEdit* edit, const QString& text)
{
    edit->selectAll();
    edit->insert(text);
    QTest::keyClick(receiver, Qt::Key_Return);
}

QLineEdit* lineEditOf(QAbstractSpinBox* spin) { return spin->findChild<QLineEdit*>(); }

// Every non-empty red message under `root`, in creation order.
QString shownMessages(const QWidget* root)
{
    QStringList texts;
    for (const Widgets::MessageLabel* label : root->findChildren<Widgets::MessageLabel*>()) {
        if (!label->text().isEmpty())
            texts << label->text();
    }
    return texts.join(u" / "_s);
}

// "NAME=TEXT" pairs split at spaces.
std::optional<QList<std::pair<QString, QString>>> assignments(const QString& text)
{
    QList<std::pair<QString, QString>> out;
    for (const QString& item : text.split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype eq = item.indexOf(u'=');
        if (eq <= 0)
            return std::nullopt;
        out.append({item.left(eq), item.mid(eq + 1)});
    }
    return out;
}

} // namespace

class TestBadInput : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void shouldDocumentEveryInputPath();
    void shouldRefuseBadCommandLine_data() { addRows(u"cli"_s); }
    void shouldRefuseBadCommandLine() { checkProcess(u"error: "_s); }
    void shouldRefuseBadWindowCommandLine_data() { addRows(u"window"_s); }
    void shouldRefuseBadWindowCommandLine() { checkProcess(u"error: "_s); }
    void shouldRefuseBadWindowCommandLineWithoutDisplay_data() { addRows(u"window-no-display"_s); }
    void shouldRefuseBadWindowCommandLineWithoutDisplay() { checkProcess(u"error: "_s); }
    void shouldRefuseSpecialFiles_data() { addRows(u"target"_s); }
    void shouldRefuseSpecialFiles();
    void shouldSayThatTheWindowNeedsADisplay();
    void shouldRefuseBadSessionFile_data() { addRows(u"session"_s); }
    void shouldRefuseBadSessionFile();
    void shouldShowValuesError_data() { addRows(u"values"_s); }
    void shouldShowValuesError();
    void shouldShowParameterError_data() { addRows(u"parameter"_s); }
    void shouldShowParameterError();
    void shouldShowDomainError_data() { addRows(u"domain"_s); }
    void shouldShowDomainError();
    void shouldShowExportDialogProblem_data() { addRows(u"export"_s); }
    void shouldShowExportDialogProblem();
    void shouldRefuseWindowFileOutput_data() { addRows(u"file"_s); }
    void shouldRefuseWindowFileOutput();

private:
    void addRows(const QString& where);
    void startProcesses();
    void checkProcess(const QString& prefix);

    QTemporaryDir m_dir;
    QList<Row> m_rows;
    QString m_docError;
    std::map<int, Run> m_runs; // by row index
};

void TestBadInput::addRows(const QString& where)
{
    QTest::addColumn<int>("row");
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].where == where)
            QTest::newRow(qPrintable(u"line %1: %2"_s.arg(m_rows[i].line).arg(m_rows[i].input.left(70))))
                << static_cast<int>(i);
    }
}

void TestBadInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_rows = readDocument(m_docError);
    QVERIFY2(m_docError.isEmpty(), qPrintable(m_docError));
    startProcesses();
}

// The data command-line rows run in this process; the rows that start the window or export (the
// binary's own Q*Application, its display or none) start the binary, in parallel: one after another
// they would take most of a minute.
void TestBadInput::startProcesses()
{
    const QString runtime = m_dir.filePath(u"runtime"_s);
    QDir().mkpath(runtime);
    QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcessEnvironment base = QProcessEnvironment::systemEnvironment();
    base.remove(u"DISPLAY"_s);
    base.remove(u"WAYLAND_DISPLAY"_s);
    base.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    base.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
    base.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    base.insert(u"XDG_RUNTIME_DIR"_s, runtime);
    QProcessEnvironment cliEnv = base;
    // The data command line must not need a display even to refuse its input.
    cliEnv.insert(u"QT_QPA_PLATFORM"_s, u"no-such-platform"_s);
    QProcessEnvironment windowEnv = base;
    windowEnv.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    QProcessEnvironment noDisplayEnv = base;
    noDisplayEnv.remove(u"QT_QPA_PLATFORM"_s);

    constexpr int kParallel = 6;
    QList<Run*> running;
    const auto reap = [](Run* run) {
        if (!run->process->waitForFinished(20'000) || run->process->exitStatus() != QProcess::NormalExit) {
            run->process->kill();
            run->process->waitForFinished(5'000);
            run->problem = u"did not exit normally within 20 s"_s;
        } else {
            run->exitCode = run->process->exitCode();
        }
        run->out = run->process->readAllStandardOutput();
        run->err = run->process->readAllStandardError();
    };
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Row& row = m_rows[i];
        if (row.where != u"cli"_s && !row.where.startsWith(u"window"_s) && row.where != u"session"_s
            && row.where != u"target"_s)
            continue;
        Run& run = m_runs[static_cast<int>(i)];
        run.dir = m_dir.filePath(u"row%1"_s.arg(i));
        QDir().mkpath(run.dir);
        if (row.where == u"session"_s) {
            if (!prepareSession(row.input, QDir(run.dir))) {
                run.problem = u"unknown session input form (or it could not be written)"_s;
                continue;
            }
            run.arguments = QStringList{u"s.json"_s, u"--export"_s, u"out.png"_s};
        } else {
            const std::optional<QStringList> args = splitArguments(row.input);
            if (!args) {
                run.problem = u"unbalanced quotes in the arguments"_s;
                continue;
            }
            run.arguments = *args;
            if (row.where == u"target"_s) {
                const QStringList made
                    = run.arguments.isEmpty() ? QStringList() : run.arguments.takeFirst().split(u':');
                if (made.size() != 2 || !prepareTarget(made[0], made[1], QDir(run.dir))) {
                    run.problem = u"the first argument must be KIND:NAME, KIND one of fifo, socket, directory, "
                                  u"devnull, devfull, session, empty, numbers"_s;
                    continue;
                }
            }
        }
        run.before = entries(run.dir);
        if (row.where == u"cli"_s && !CliRun::Detail::needsApplication(run.arguments)) {
            // Refused before any Q*Application exists: the program's main() in this process (tst_cli holds
            // CliRun::runInProcess equal to the binary), not a start of the binary per row.
            const CliRun::Result result = CliRun::runInProcess(run.arguments, run.dir);
            run.exitCode = result.exitCode;
            run.out = result.out;
            run.err = result.err;
            continue;
        }
        run.process = std::make_unique<QProcess>();
        run.process->setProgram(QStringLiteral(AEX_APP_PATH));
        run.process->setArguments(run.arguments);
        run.process->setWorkingDirectory(run.dir);
        run.process->setProcessEnvironment(row.where == u"cli"_s       ? cliEnv
                : row.where == u"window"_s || row.where == u"target"_s ? windowEnv
                                                                       : noDisplayEnv);
        run.process->setStandardInputFile(QProcess::nullDevice());
        run.process->start();
        running.append(&run);
        if (running.size() >= kParallel)
            reap(running.takeFirst());
    }
    for (Run* run : running)
        reap(run);
}

void TestBadInput::shouldDocumentEveryInputPath()
{
    std::map<QString, int> counts;
    for (const Row& row : m_rows) {
        QVERIFY2(kMinRows.contains(row.where),
            qPrintable(u"line %1: unknown where \"%2\"; accepted: cli, window, window-no-display, target, session, "
                       "values, parameter, domain, export, file"_s.arg(row.line)
                           .arg(row.where)));
        ++counts[row.where];
    }
    for (const auto& [where, min] : kMinRows)
        QVERIFY2(counts[where] >= min,
            qPrintable(u"%1: %2 rows in the document; at least %3 expected"_s.arg(where).arg(counts[where]).arg(min)));
}

void TestBadInput::checkProcess(const QString& prefix)
{
    QFETCH(int, row);
    const Row& r = m_rows[row];
    const Run& run = m_runs[row];
    QVERIFY2(run.problem.isEmpty(), qPrintable(run.problem));
    QVERIFY2(!r.message.isEmpty(), "a command-line row needs a message");
    QCOMPARE(QString::fromUtf8(run.err), prefix + r.message + u'\n');
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QByteArray());
    QCOMPARE(entries(run.dir), run.before);
}

// Not bad input, so not in the document: good arguments without a display say what to do.
void TestBadInput::shouldSayThatTheWindowNeedsADisplay()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& name : {u"QT_QPA_PLATFORM"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s})
        env.remove(name);
    env.insert(u"XDG_RUNTIME_DIR"_s, m_dir.filePath(u"runtime"_s));
    env.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(AEX_APP_PATH), {u"--curve"_s, u"relu"_s});
    QVERIFY(process.waitForFinished(20'000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    QCOMPARE(process.readAllStandardError(),
        QByteArray("error: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set); accepted: a "
                   "display, or --export FILE and --screenshot FILE.png, which need none\n"));
}

// The special file is still there, and still what it was: nothing replaced it.
void TestBadInput::shouldRefuseSpecialFiles()
{
    checkProcess(u"error: "_s);
    QFETCH(int, row);
    const QString kind = m_rows[row].input.section(u':', 0, 0);
    const QFileInfo made(QDir(m_runs[row].dir).filePath(m_rows[row].input.section(u':', 1).section(u' ', 0, 0)));
    if (kind == u"devnull" || kind == u"devfull")
        QVERIFY(made.isSymLink() && QFileInfo(u"/dev/null"_s).exists());
    else if (kind == u"directory")
        QVERIFY(made.isDir());
    else if (kind == u"empty" || kind == u"numbers") // data files stay as they were: "-1\n0.5\n2\n"
        QVERIFY(made.isFile() && made.size() == (kind == u"empty" ? 0 : 9));
    else if (kind != u"session")
        QVERIFY(made.exists() && !made.isFile() && !made.isDir());
}

void TestBadInput::shouldRefuseBadSessionFile()
{
    checkProcess(u"error: \"s.json\": "_s);
    if (QTest::currentTestFailed())
        return;

    // File → Open Session reads it with the same loader and leaves the window as it was.
    QFETCH(int, row);
    App::MainWindow window;
    window.loadExample(u"relu-vs-leaky"_s);
    const QByteArray before = Model::sessionToJson(window.document()->snapshot());
    const QString path = QDir(m_runs[row].dir).filePath(u"s.json"_s);
    QCOMPARE(window.sessions()->openSession(path), path + u": "_s + m_rows[row].message);
    QCOMPARE(Model::sessionToJson(window.document()->snapshot()), before);
    QCOMPARE(window.sessions()->sessionPath(), QString());
}

void TestBadInput::shouldShowValuesError()
{
    QFETCH(int, row);
    const Row& r = m_rows[row];
    QString text = r.input;
    if (text == u"(empty)"_s)
        text.clear();
    else
        QVERIFY2(!text.startsWith(u'('), "unknown values input form; accepted: `TEXT` or *(empty)*");
    QVERIFY2(!r.message.isEmpty(), "the values field always says what is wrong");

    Model::ExplorerDocument document;
    Widgets::ValuesTable table;
    table.setDocument(&document);
    TestLib::showCurves(
        document, {Core::Activation::withDefaults(*Core::findFunction("relu"), Core::Framework::Keras)});
    const QString before = table.csv();
    QVERIFY(table.error().isEmpty());
    auto* input = table.findChild<QLineEdit*>(u"valuesInput"_s);
    QVERIFY(input);
    input->selectAll();
    input->insert(text);
    QCOMPARE(table.error(), r.message);
    QCOMPARE(table.csv(), before); // the last good table stays
}

void TestBadInput::shouldShowParameterError()
{
    QFETCH(int, row);
    const Row& r = m_rows[row];
    const qsizetype space = r.input.indexOf(u' ');
    QVERIFY2(space > 0, "expected `SPEC NAME=TEXT`");
    const App::CurveSpecResult spec = App::parseCurveSpec(r.input.left(space));
    QVERIFY2(spec.activation, qPrintable(spec.error));
    const auto typed = assignments(r.input.mid(space + 1));
    QVERIFY2(typed && typed->size() == 1, "expected `SPEC NAME=TEXT`");
    const auto& [name, text] = typed->constFirst();

    Model::ExplorerDocument document;
    Widgets::ParameterPanel panel;
    panel.setDocument(&document);
    TestLib::showCurves(document, {*spec.activation});
    auto* spin = panel.findChild<Widgets::NumberSpinBox*>(name + u"SpinBox"_s);
    QVERIFY2(spin, qPrintable(u"no number field for %1"_s.arg(name)));
    QVERIFY(shownMessages(&panel).isEmpty());
    const std::size_t index = *spec.activation->function().paramIndex(name.toStdString(), spec.activation->framework());
    const double before = panel.activation()->params().value[index];
    const QString shownBefore = lineEditOf(spin)->text(); // behind None: the suggested number
    QSignalSpy changed(document.curveModel(), &Model::CurveListModel::curveChanged);

    paste(spin, lineEditOf(spin), text);
    QCOMPARE(shownMessages(&panel), r.message);
    if (r.message.isEmpty()) {
        QCOMPARE(changed.count(), 0);
        QCOMPARE(panel.activation()->params().value[index], before);
        QCOMPARE(lineEditOf(spin)->text(), shownBefore);
    } else {
        // The layer rejects it, the function form computes it: the value is kept and drawn.
        QCOMPARE(changed.count(), 1);
    }
}

void TestBadInput::shouldShowDomainError()
{
    QFETCH(int, row);
    const Row& r = m_rows[row];
    const auto typed = assignments(r.input);
    QVERIFY2(typed && typed->size() == 1, "expected `FIELD=TEXT`");
    const auto& [field, text] = typed->constFirst();
    const std::map<QString, QString> names{
        {u"from"_s, u"xMinSpin"_s}, {u"to"_s, u"xMaxSpin"_s}, {u"samples"_s, u"samplesSpin"_s}};
    QVERIFY2(names.contains(field), "unknown field; accepted: from, to, samples");

    Model::ExplorerDocument document;
    Widgets::DomainEditor editor;
    editor.setDocument(&document);
    const Core::Domain before = editor.domain();
    auto* spin = editor.findChild<QAbstractSpinBox*>(names.at(field));
    QVERIFY(spin);
    const QString textBefore = lineEditOf(spin)->text();
    QSignalSpy changed(&document, &Model::ExplorerDocument::domainChanged);

    paste(spin, lineEditOf(spin), text);
    QCOMPARE(editor.error(), r.message);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(editor.domain().min, before.min);
    QCOMPARE(editor.domain().max, before.max);
    QCOMPARE(editor.domain().samples, before.samples);
    if (r.message.isEmpty())
        QCOMPARE(lineEditOf(spin)->text(), textBefore);
}

void TestBadInput::shouldShowExportDialogProblem()
{
    QFETCH(int, row);
    const Row& r = m_rows[row];
    const auto typed = assignments(r.input);
    QVERIFY2(typed && !typed->isEmpty(), "expected `FIELD=TEXT ...`");
    const std::map<QString, QString> names{{u"path"_s, u"exportPathEdit"_s}, {u"width"_s, u"exportWidthSpin"_s},
        {u"height"_s, u"exportHeightSpin"_s}, {u"scale"_s, u"exportScaleSpin"_s}};

    Widgets::ExportDialog dialog(Widgets::FigureContent{}, Widgets::FigureOptions{}, u"figure.png"_s);
    QVERIFY(dialog.problem().isEmpty());
    for (const auto& [field, text] : *typed) {
        QVERIFY2(names.contains(field), "unknown field; accepted: path, width, height, scale");
        if (field == u"path"_s) {
            auto* edit = dialog.findChild<QLineEdit*>(names.at(field));
            QVERIFY(edit);
            edit->selectAll();
            edit->insert(text);
            continue;
        }
        auto* spin = dialog.findChild<QAbstractSpinBox*>(names.at(field));
        QVERIFY(spin);
        const QString textBefore = lineEditOf(spin)->text();
        paste(spin, lineEditOf(spin), text);
        if (r.message.isEmpty())
            QCOMPARE(lineEditOf(spin)->text(), textBefore); // refused: the last good value stays
    }
    auto* error = dialog.findChild<Widgets::MessageLabel*>(u"exportError"_s);
    QVERIFY(error);
    QCOMPARE(error->text(), r.message);
    QPushButton* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QCOMPARE(ok->isEnabled(), dialog.problem().isEmpty());
    if (!r.message.isEmpty())
        QVERIFY(!ok->isEnabled());
}

void TestBadInput::shouldRefuseWindowFileOutput()
{
    QFETCH(int, row);
    const Row& r = m_rows[row];
    const QStringList parts = r.input.split(u' ');
    QVERIFY2(parts.size() == 2, "expected `ACTION PATH`");
    QVERIFY2(!r.message.isEmpty(), "a refused file always says why");
    const QString dir = m_dir.filePath(u"row%1"_s.arg(row));
    QVERIFY(QDir().mkpath(dir));
    const QString cwd = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir));
    App::MainWindow window;
    QString error;
    if (parts[0] == u"save-session"_s)
        error = window.sessions()->saveSessionAs(parts[1]);
    else if (parts[0] == u"export-figure"_s)
        error = window.exports()->exportFigure(parts[1], window.exports()->figureOptions());
    else if (parts[0] == u"export-data"_s)
        error = window.exports()->exportData(parts[1]);
    else if (parts[0] == u"export-window"_s)
        error = window.exports()->exportWindow(parts[1]);
    else
        error = u"unknown action; accepted: save-session, export-figure, export-data, export-window"_s;
    QDir::setCurrent(cwd);
    QCOMPARE(error, r.message);
    QCOMPARE(entries(dir), QStringList());
    QCOMPARE(window.sessions()->sessionPath(), QString());
}

QTEST_MAIN(TestBadInput)
#include "tst_badinput.moc"
