#include "CliCommand.h"

#include <QCommandLineParser>

#include <cstdio>

namespace lwc::cli {

std::vector<CliCommand>& commands()
{
    static std::vector<CliCommand> list;
    return list;
}

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

int usageError(const QString& verb, const QString& message)
{
    const QString prefix
        = verb.isEmpty() ? QStringLiteral("commissioner-cli") : QStringLiteral("commissioner-cli ") + verb;
    err() << prefix << ": " << message << "\n"
          << "Try '" << prefix << " --help'.\n";
    err().flush();
    return ExitUsage;
}

std::optional<int> parseArguments(QCommandLineParser& parser, const QStringList& args, const QString& verb)
{
    if (!parser.parse(args))
        return usageError(verb, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    return std::nullopt;
}

} // namespace lwc::cli
