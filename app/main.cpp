// SPDX-License-Identifier: MIT
#include "cli.h"
#include "commandline.h"
#include "gui.h"
#include "qtmessages.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <new>

using namespace Qt::StringLiterals;

namespace {

// Every argument is read and checked here, before any Q*Application or platform plugin exists;
// then the action runs. Whatever goes wrong ends as one "error: " line and the exit code.
int run(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    try {
        const App::Invocation invocation = App::parseCommandLine(arguments);
        switch (invocation.action) {
        case App::Action::Help: {
            const QCoreApplication app(argc, argv);
            App::writeStdout(App::helpText().toStdString());
            return App::kExitOk;
        }
        case App::Action::Version:
            App::writeStdout(
                QString(QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion() + u'\n')
                    .toStdString());
            return App::kExitOk;
        case App::Action::List: App::runList(invocation); return App::kExitOk;
        case App::Action::Data: App::runData(invocation); return App::kExitOk;
        case App::Action::Stats:
        case App::Action::Depth: App::runLens(invocation); return App::kExitOk;
        case App::Action::Compare: return App::runCompare(invocation);
        case App::Action::Code: App::runCode(invocation); return App::kExitOk;
        case App::Action::Train: App::runTrain(invocation); return App::kExitOk;
        case App::Action::FrameworkTable: App::runFrameworkTable(invocation); return App::kExitOk;
        case App::Action::Figures: return App::runFigures(invocation);
        case App::Action::Window: return App::runWindow(invocation);
        }
    } catch (const App::UsageError& e) {
        App::printLine(u"error: "_s + QString::fromUtf8(e.what()));
        return App::kExitBadInput;
    } catch (const std::bad_alloc&) {
        App::printLine(u"error: out of memory; accepted: fewer samples or fewer curves"_s);
        return App::kExitFailure;
    } catch (const std::exception& e) {
        App::printLine(u"error: "_s + QString::fromUtf8(e.what()));
        return App::kExitFailure;
    }
    return App::kExitFailure;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication::setOrganizationName(u"ActivationExplorer"_s);
    QCoreApplication::setApplicationName(u"activation-explorer"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(AEX_VERSION));
    App::quietQtMessages();
    return run(argc, argv);
}
