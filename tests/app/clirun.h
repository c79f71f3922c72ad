// SPDX-License-Identifier: MIT
// Runs the built activation-explorer binary as a user would, with no display at all; or, for the
// actions that need no Q*Application, its main() in this process (runInProcess).
#pragma once

#include "commandline.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QtGlobal>

#include <cstdio>
#include <memory>
#include <unistd.h>
#include <vector>

// app/main.cpp's main(), compiled into the test executable under this name (tests/app/CMakeLists.txt).
int aex_cli_main(int argc, char** argv);

namespace CliRun {

struct Result {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline Result run(const QStringList& arguments, const QString& workingDirectory = {})
{
    QProcess process;
    process.setProgram(QStringLiteral(AEX_CLI_PATH));
    process.setArguments(arguments);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    // A command-line run must not touch the GUI platform at all: a QGuiApplication would abort here.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("no-such-platform"));
    process.setProcessEnvironment(env);
    process.start();
    Result result;
    if (!process.waitForFinished(120'000) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

namespace Detail {

inline QByteArray readAll(std::FILE* file)
{
    QByteArray bytes;
    std::rewind(file);
    char buffer[65536];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, file)) > 0;)
        bytes.append(buffer, qsizetype(n));
    return bytes;
}

// Points file descriptors 1 and 2 at temporary files for its lifetime.
class CapturedOutput {
public:
    CapturedOutput()
    {
        std::fflush(stdout);
        std::fflush(stderr);
        m_savedOut = ::dup(STDOUT_FILENO);
        m_savedErr = ::dup(STDERR_FILENO);
        ::dup2(::fileno(m_out), STDOUT_FILENO);
        ::dup2(::fileno(m_err), STDERR_FILENO);
    }
    ~CapturedOutput() { restore(); }
    CapturedOutput(const CapturedOutput&) = delete;
    CapturedOutput& operator=(const CapturedOutput&) = delete;

    void restore()
    {
        if (m_savedOut < 0)
            return;
        std::fflush(stdout);
        std::fflush(stderr);
        ::dup2(m_savedOut, STDOUT_FILENO);
        ::dup2(m_savedErr, STDERR_FILENO);
        ::close(m_savedOut);
        ::close(m_savedErr);
        m_savedOut = m_savedErr = -1;
    }
    QByteArray out() { return readAll(m_out); }
    QByteArray err() { return readAll(m_err); }

private:
    struct Closer {
        void operator()(std::FILE* file) const { std::fclose(file); }
    };
    std::FILE* m_out = std::tmpfile();
    std::FILE* m_err = std::tmpfile();
    std::unique_ptr<std::FILE, Closer> m_outOwner{m_out};
    std::unique_ptr<std::FILE, Closer> m_errOwner{m_err};
    int m_savedOut = -1;
    int m_savedErr = -1;
};

// main() would create a Q*Application for these; this process already has one.
inline bool needsApplication(const QStringList& arguments)
{
    try {
        const App::Action action = App::parseCommandLine(arguments).action;
        return action == App::Action::Help || action == App::Action::Figures || action == App::Action::Window;
    } catch (...) {
        return false; // main() reports it before any application exists
    }
}

} // namespace Detail

// The same as run() for an action that needs no Q*Application (evaluation, --list, --stats, --depth,
// --code, --compare, and every argument error): the program's own main() in this process, its
// standard output and error captured, the working directory, Qt message handler and application
// names put back afterwards. Spawning the binary hundreds of times was most of tst_cli's time, under
// AddressSanitizer most of all; tst_cli's shouldBehaveTheSameInAndOutOfProcess keeps the two equal.
// Other actions fall back to run().
inline Result runInProcess(const QStringList& arguments, const QString& workingDirectory = {})
{
    const QString previousDirectory = QDir::currentPath();
    if (!workingDirectory.isEmpty() && !QDir::setCurrent(workingDirectory))
        return {};
    if (Detail::needsApplication(arguments)) {
        QDir::setCurrent(previousDirectory);
        return run(arguments, workingDirectory);
    }
    QList<QByteArray> storage{QByteArrayLiteral("activation-explorer")};
    for (const QString& argument : arguments)
        storage << argument.toLocal8Bit();
    std::vector<char*> argv;
    for (QByteArray& argument : storage)
        argv.push_back(argument.data());
    argv.push_back(nullptr);

    const QtMessageHandler previousHandler = qInstallMessageHandler(nullptr);
    qInstallMessageHandler(previousHandler);
    const QString organization = QCoreApplication::organizationName();
    const QString application = QCoreApplication::applicationName();
    const QString version = QCoreApplication::applicationVersion();

    Result result;
    Detail::CapturedOutput captured;
    result.exitCode = aex_cli_main(int(storage.size()), argv.data());
    captured.restore();
    result.out = captured.out();
    result.err = captured.err();

    qInstallMessageHandler(previousHandler);
    QCoreApplication::setOrganizationName(organization);
    QCoreApplication::setApplicationName(application);
    QCoreApplication::setApplicationVersion(version);
    QDir::setCurrent(previousDirectory);
    return result;
}

} // namespace CliRun
