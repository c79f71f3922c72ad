// SPDX-License-Identifier: MIT
#include "cli.h"
#include "gui.h"

#include <QCoreApplication>
#include <QString>

int main(int argc, char** argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("ActivationExplorer"));
    QCoreApplication::setApplicationName(QStringLiteral("activation-explorer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AEX_VERSION));
    return App::wantsCli(argc, argv) ? App::runCli(argc, argv) : App::runGui(argc, argv);
}
