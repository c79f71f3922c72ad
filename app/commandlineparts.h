// SPDX-License-Identifier: MIT
// Private to the command line's parsers: the checks and messages they share.
#pragma once

#include "aex/core/activation.h"
#include "aex/core/sampling.h"

#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineOption;
class QCommandLineParser;

namespace App {

struct Invocation;
struct Options;

namespace CommandLineParts {

// Throws UsageError: the caller prints the message and exits 2.
[[noreturn]] void refuse(const QString& message);
// `--name "value"`: an option as a message shows it, its value quoted (Core::quoted).
QString shown(const QString& name, const QString& value);
QString joined(const QStringList& items);
QString functionNames();
QString frameworkNames();
// The curve of --function, --framework and --param.
Core::Activation functionCurve(const QCommandLineParser& parser, const Options& o);
Core::DType parseDType(const QCommandLineParser& parser, const Options& o);
// --domain and --samples, parsed once for every action.
Core::Domain parseDomain(const QCommandLineParser& parser, const Options& o);
QString curveWarningPrefix(const QString& spec);
// Refuses any option set but the allowed ones: "--NAME: not used with ACTION; ACCEPTED".
void refuseOthers(const QCommandLineParser& parser, const Options& o, const QList<const QCommandLineOption*>& allowed,
    const QString& action, const QString& accepted);
// --output FILE.csv|.json, for the actions that write data.
void parseDataOutput(const QCommandLineParser& parser, const Options& o, Invocation& inv);
// --export FILE with --size, --scale, --panels and --theme (commandline.cpp).
void parseExport(const QCommandLineParser& parser, const Options& o, Invocation& inv);

// --stats or --depth L (commandlinelens.cpp).
void parseLens(const QCommandLineParser& parser, const Options& o, Invocation& inv);

// --train SPEC and its options (commandlinetrain.cpp).
void parseTrain(const QCommandLineParser& parser, const Options& o, Invocation& inv);

// --code FRAMEWORK with one curve (commandlinecode.cpp).
void parseCode(const QCommandLineParser& parser, const Options& o, Invocation& inv);

// --compare SPEC SPEC or --compare-frameworks FUNCTION (commandlinecompare.cpp).
void parseCompare(const QCommandLineParser& parser, const Options& o, Invocation& inv);

} // namespace CommandLineParts
} // namespace App
