// commissioner-cli: the command line on the same core as the GUI.
// Exit codes: 0 ok, 1 failed, 2 usage error.
#include "CliCommand.h"

#include "common/Log.h"
#include "common/ProcessHardening.h"
#include "Version.h"

#include <QCoreApplication>

#include <algorithm>

using namespace lwc;
using namespace lwc::cli;

namespace {

void printHelp()
{
    out() << "Usage: commissioner-cli [--help] [--version] <command> [options]\n\n"
          << "Commissions OMA LwM2M devices: bootstrap server, content codecs,\n"
          << "credentials and certificate checks.\n\n"
          << "Commands:\n";
    auto list = commands();
    std::sort(list.begin(), list.end(),
              [](const CliCommand& a, const CliCommand& b) { return qstrcmp(a.name, b.name) < 0; });
    for (const CliCommand& c : list)
        out() << "  " << QString::fromLatin1(c.name).leftJustified(20) << QString::fromUtf8(c.summary) << "\n";
    out() << "\nGlobal options:\n"
          << "  -h, --help          Show this help, or a command's help after the command\n"
          << "  -V, --version       Show the version\n"
          << "  -v, --verbose       Log debug messages to stderr\n\n"
          << "Exit codes: 0 ok, 1 failed, 2 usage error.\n";
}

} // namespace

int main(int argc, char* argv[])
{
    const Status hardened = hardenProcess();

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("commissioner-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral(LWC_ORGANIZATION_NAME));
    QCoreApplication::setOrganizationDomain(QStringLiteral(LWC_ORGANIZATION_DOMAIN));
    QCoreApplication::setApplicationVersion(QStringLiteral(LWC_VERSION_STRING));
    installLogHandler();
    if (!hardened.ok())
        qCWarning(lcCli).noquote() << hardened.error().toString();

    QStringList args = QCoreApplication::arguments();
    // Global options come before the command.
    int i = 1;
    for (; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == QLatin1String("-h") || a == QLatin1String("--help")) {
            printHelp();
            return ExitOk;
        }
        if (a == QLatin1String("-V") || a == QLatin1String("--version")) {
            out() << "commissioner-cli " << LWC_VERSION_STRING << "\n";
            return ExitOk;
        }
        if (a == QLatin1String("-v") || a == QLatin1String("--verbose")) {
            QLoggingCategory::setFilterRules(QStringLiteral("lwc.*.debug=true"));
            continue;
        }
        if (a.startsWith(u'-'))
            return usageError({}, QStringLiteral("unknown option '%1'").arg(a));
        break;
    }
    if (i >= args.size())
        return usageError({}, QStringLiteral("no command given"));

    const QString name = args.at(i);
    const auto& list = commands();
    const auto it
        = std::find_if(list.begin(), list.end(), [&](const CliCommand& c) { return name == QLatin1String(c.name); });
    if (it == list.end())
        return usageError({}, QStringLiteral("unknown command '%1'").arg(name));

    QStringList verbArgs {QStringLiteral("commissioner-cli ") + name};
    verbArgs += args.mid(i + 1);
    const int rc = it->run(verbArgs);
    out().flush();
    err().flush();
    return rc;
}
