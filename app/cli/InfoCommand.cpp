// `commissioner-cli info`: versions of the parts this build uses and the
// process hardening state, for bug reports and support calls.
#include "CliCommand.h"

#include "common/ProcessHardening.h"
#include "Version.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/crypto.h>

namespace lwc::cli {
namespace {

int runInfo(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Show versions and process hardening state."));
    parser.addHelpOption();
    QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOption(json);
    if (const auto rc = parseArguments(parser, args, QStringLiteral("info")))
        return *rc;
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("info"),
                          QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));

    const HardeningState hardening = currentHardeningState();
    QJsonObject o {
        {QStringLiteral("version"), QStringLiteral(LWC_VERSION_STRING)},
        {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("openssl"), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION))},
        {QStringLiteral("coreDumpsDisabled"), hardening.coreDumpsDisabled},
        {QStringLiteral("notDumpable"), hardening.notDumpable},
    };
    if (parser.isSet(json)) {
        out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << "\n";
    } else {
        for (auto it = o.begin(); it != o.end(); ++it)
            out() << it.key() << ": " << it.value().toVariant().toString() << "\n";
    }
    return ExitOk;
}

} // namespace

LWC_CLI_COMMAND(info, "info", "Show versions and process hardening state", runInfo);

} // namespace lwc::cli
