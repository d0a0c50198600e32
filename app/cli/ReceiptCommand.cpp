// `commissioner-cli receipt verify|html`: check a signed commissioning
// receipt against the local CA, or print it as a printable HTML page.
#include "CliCommand.h"

#include "receipt/SignedReceipt.h"

#include <QCommandLineParser>
#include <QFile>

#include <optional>

namespace lwc::cli {
namespace {

const QString kVerb = QStringLiteral("receipt");

void printUsage(QTextStream& stream)
{
    stream << "Usage: commissioner-cli receipt verify FILE (--cert CERT | --public-key KEY)\n"
           << "       commissioner-cli receipt html FILE\n\n"
           << "Signed commissioning receipts (JSON, signed with the local CA key).\n\n"
           << "  verify   Check that FILE is unchanged and signed by the given CA certificate\n"
           << "           or public key (PEM or DER). Exit 0 valid, 1 invalid, 2 usage error.\n"
           << "  html     Print FILE as a self-contained, printable HTML page.\n\n"
           << "Run 'commissioner-cli receipt <command> --help' for a command's options.\n";
}

// Reads a file for the verb; on failure prints why and returns nullopt.
std::optional<QByteArray> readInput(const QString& path, const QString& what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err() << "commissioner-cli receipt: cannot read " << what << " '" << path << "': " << file.errorString()
              << "\n";
        return std::nullopt;
    }
    if (file.size() > SignedReceipt::kMaxFileSize) {
        err() << "commissioner-cli receipt: " << what << " '" << path << "' is too large (" << file.size()
              << " bytes)\n";
        return std::nullopt;
    }
    return file.readAll();
}

int runVerify(const QStringList& args)
{
    const QString verb = kVerb + QStringLiteral(" verify");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Verify a signed commissioning receipt against the local CA.\n"
                                                    "Exit codes: 0 valid, 1 invalid or unreadable, 2 usage error."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The receipt (.json)."));
    const QCommandLineOption cert(QStringLiteral("cert"), QStringLiteral("Trusted CA certificate (PEM or DER)."),
                                  QStringLiteral("CERT"));
    const QCommandLineOption key(QStringLiteral("public-key"),
                                 QStringLiteral("Trusted CA public key (PEM or DER SubjectPublicKeyInfo)."),
                                 QStringLiteral("KEY"));
    parser.addOption(cert);
    parser.addOption(key);
    if (const auto rc = parseArguments(parser, args, verb))
        return *rc;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError(verb, QStringLiteral("no receipt FILE given"));
    if (files.size() > 1)
        return usageError(verb, QStringLiteral("unexpected argument '%1'").arg(files.at(1)));
    if (parser.isSet(cert) == parser.isSet(key))
        return usageError(verb, QStringLiteral("give exactly one of --cert or --public-key"));

    const auto json = readInput(files.first(), QStringLiteral("receipt"));
    if (!json)
        return ExitFailed;
    const bool byCert = parser.isSet(cert);
    const auto trusted = readInput(parser.value(byCert ? cert : key),
                                   byCert ? QStringLiteral("certificate") : QStringLiteral("public key"));
    if (!trusted)
        return ExitFailed;

    const auto verified = SignedReceipt::verify(*json, *trusted);
    if (!verified.ok()) {
        err() << "invalid: " << verified.error().toString() << "\n";
        return ExitFailed;
    }
    const CommissioningReceipt& r = verified->receipt();
    out() << "valid: receipt " << r.jobId << " for " << r.endpoint << " (" << CommissioningReceipt::toString(r.outcome)
          << ", finished " << r.finishedAt.toString(Qt::ISODate) << ")\n"
          << "signer key SHA-256: " << SignedReceipt::formatFingerprint(verified->signerKeyFingerprint()) << "\n";
    return ExitOk;
}

int runHtml(const QStringList& args)
{
    const QString verb = kVerb + QStringLiteral(" html");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Print a signed commissioning receipt as a printable HTML page (to stdout).\n"
                       "The page shows whether the signature matches the signer key it names;\n"
                       "use 'receipt verify' to check that key against your CA."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The receipt (.json)."));
    if (const auto rc = parseArguments(parser, args, verb))
        return *rc;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(verb,
                          files.isEmpty() ? QStringLiteral("no receipt FILE given")
                                          : QStringLiteral("unexpected argument '%1'").arg(files.at(1)));
    const auto json = readInput(files.first(), QStringLiteral("receipt"));
    if (!json)
        return ExitFailed;
    const auto parsed = SignedReceipt::parse(*json);
    if (!parsed.ok()) {
        err() << "invalid: " << parsed.error().toString() << "\n";
        return ExitFailed;
    }
    out() << parsed->toHtml();
    return ExitOk;
}

int runReceipt(const QStringList& args)
{
    // args[0] is "commissioner-cli receipt", args[1] the sub-command.
    if (args.size() < 2)
        return usageError(kVerb, QStringLiteral("no sub-command given (verify or html)"));
    const QString sub = args.at(1);
    if (sub == QLatin1String("-h") || sub == QLatin1String("--help")) {
        printUsage(out());
        return ExitOk;
    }
    QStringList rest {args.first() + QLatin1Char(' ') + sub};
    rest += args.mid(2);
    if (sub == QLatin1String("verify"))
        return runVerify(rest);
    if (sub == QLatin1String("html"))
        return runHtml(rest);
    return usageError(kVerb, QStringLiteral("unknown sub-command '%1' (verify or html)").arg(sub));
}

} // namespace

LWC_CLI_COMMAND(receipt, "receipt", "Verify a signed commissioning receipt or print it as HTML", runReceipt);

} // namespace lwc::cli
