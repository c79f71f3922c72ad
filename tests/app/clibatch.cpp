// SPDX-License-Identifier: MIT
// `aex_tests_app clirun`: not a test, a helper of tst_snippets (snippets_check.py). Each line of standard
// input is a JSON array of arguments; each runs the program's main() in this process
// (CliRun::runInProcess, which tst_cli holds equal to the binary) and prints one line,
// {"exit": N, "out": "...", "err": "..."}. Hundreds of --code runs cost one start of the program instead
// of hundreds, which under AddressSanitizer was most of tst_snippets' time.
#include "clirun.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <cstdio>
#include <iostream>
#include <string>

int aex_main_clirun(int argc, char** argv)
{
    const QCoreApplication app(argc, argv);
    std::string line;
    while (std::getline(std::cin, line)) {
        QStringList arguments;
        for (const QJsonValue& value : QJsonDocument::fromJson(QByteArray::fromStdString(line)).array())
            arguments << value.toString();
        const CliRun::Result result = CliRun::runInProcess(arguments);
        const QJsonObject answer{{QStringLiteral("exit"), result.exitCode},
            {QStringLiteral("out"), QString::fromUtf8(result.out)}, {QStringLiteral("err"), QString::fromUtf8(result.err)}};
        const QByteArray text = QJsonDocument(answer).toJson(QJsonDocument::Compact) + '\n';
        std::fwrite(text.constData(), 1, std::size_t(text.size()), stdout);
        std::fflush(stdout);
    }
    return 0;
}
