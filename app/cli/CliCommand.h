#pragma once

#include <QStringList>
#include <QTextStream>

#include <optional>
#include <vector>

class QCommandLineParser;

namespace lwc::cli {

// Exit codes shared by every verb.
enum ExitCode : int { ExitOk = 0, ExitFailed = 1, ExitUsage = 2 };

struct CliCommand {
    const char* name;
    const char* summary; // one line for `commissioner-cli --help`
    // args[0] is "commissioner-cli <name>", the rest are the verb's arguments.
    int (*run)(const QStringList& args);
};

// Every verb registers itself from its own .cpp with LWC_CLI_COMMAND.
std::vector<CliCommand>& commands();
struct CliRegistrar {
    explicit CliRegistrar(CliCommand command) { commands().push_back(command); }
};
#define LWC_CLI_COMMAND(ident, name, summary, fn)                                                                      \
    static const ::lwc::cli::CliRegistrar lwcCliRegistrar_##ident(::lwc::cli::CliCommand {name, summary, fn})

QTextStream& out();
QTextStream& err();

// Prints "commissioner-cli <verb>: <message>" and a hint to --help, returns ExitUsage.
int usageError(const QString& verb, const QString& message);

// Parses a verb's `args`. On a parse error (usageError) or --help (the help
// text on stdout) returns the exit code; std::nullopt when the verb goes on.
std::optional<int> parseArguments(QCommandLineParser& parser, const QStringList& args, const QString& verb);

} // namespace lwc::cli
