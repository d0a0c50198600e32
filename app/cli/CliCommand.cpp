#include "CliCommand.h"

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

} // namespace lwc::cli
