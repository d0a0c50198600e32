// `commissioner-cli verify-cert`: one certificate against the LwM2M rules,
// with a verdict per rule. Exit 0 trusted, 1 not trusted, 2 usage error.
#include "CliCommand.h"
#include "CliFiles.h"

#include "security/CertificateVerifier.h"
#include "security/CredentialCodec.h"
#include "security/Fingerprint.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace lwc::cli {
namespace {

using namespace lwc::security;

const QString kVerb = QStringLiteral("verify-cert");

Result<QList<QByteArray>> readCertificates(const QString& path)
{
    LWC_TRY(QByteArray bytes, readInput(path));
    auto imported = CredentialCodec::import(bytes, ImportKind::Certificate);
    if (!imported.ok())
        return std::move(imported).error().withContext(path);
    return imported->certificates;
}

std::optional<QDateTime> parseTime(const QString& text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            t = QDateTime(d, QTime(0, 0), Qt::UTC);
    }
    if (!t.isValid())
        return std::nullopt;
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC); // no zone given: UTC, as in the certificates
    return t.toUTC();
}

void printText(const VerificationReport& report)
{
    if (!report.chain.isEmpty()) {
        const CertificateInfo& leaf = report.chain.first().info;
        out() << "Certificate: " << leaf.subject << "\n"
              << "SHA-256:     " << leaf.sha256Text() << "\n";
    }
    out() << "Result:      " << (report.trusted ? "TRUSTED" : "NOT TRUSTED") << " (" << report.summary() << ")\n\n"
          << "Rules:\n";
    for (const RuleVerdict& v : report.verdicts) {
        out() << "  " << ruleId(v.rule).leftJustified(4) << verdictStatusName(v.status).toUpper().leftJustified(8)
              << v.check.leftJustified(16) << v.explanation << "\n";
    }
    out() << "\nChain (leaf first):\n";
    for (int i = 0; i < report.chain.size(); ++i) {
        const ChainElement& e = report.chain.at(i);
        QString tags;
        if (e.trustAnchor)
            tags += QStringLiteral(" [trust anchor]");
        if (!e.presented)
            tags += QStringLiteral(" [from trust store]");
        out() << "  " << i << ". " << verdictStatusName(e.status).toUpper() << "  " << e.info.displayName() << tags
              << "\n     " << e.info.key.description() << ", " << e.info.signature.algorithm << ", valid "
              << e.info.notBefore.toString(Qt::ISODate) << " to " << e.info.notAfter.toString(Qt::ISODate) << "\n";
        for (const QString& p : e.problems)
            out() << "     " << p << "\n";
    }
    for (const QString& s : report.skippedChecks)
        out() << "\nSkipped: " << s << "\n";
}

int runVerifyCert(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Verify a server (or client) certificate against the LwM2M security rules and print a verdict per rule.\n"
        "Trust comes from a CA (--ca, indirect trust) or a pinned certificate or hash (--pinned, direct trust:\n"
        "Certificate Usage 3 / Matching Type 0 by default, as /0/x/15 and /0/x/13).\n"
        "Exit codes: 0 trusted, 1 not trusted (or unreadable input), 2 usage error."));
    parser.addHelpOption();
    const QCommandLineOption cert(QStringLiteral("cert"),
                                  QStringLiteral("The certificate to check (PEM/DER/hex/base64; "
                                                 "a PEM chain starts with the leaf)."),
                                  QStringLiteral("file"));
    const QCommandLineOption chain(QStringLiteral("chain"), QStringLiteral("Intermediate certificates the peer sends."),
                                   QStringLiteral("file"));
    const QCommandLineOption ca(QStringLiteral("ca"), QStringLiteral("Trust anchor(s) for indirect trust; repeatable."),
                                QStringLiteral("file"));
    const QCommandLineOption pinned(QStringLiteral("pinned"),
                                    QStringLiteral("Pinned certificate, or its hash for --matching-type 1..3 (res 4)."),
                                    QStringLiteral("file"));
    const QCommandLineOption matching(QStringLiteral("matching-type"),
                                      QStringLiteral("0 exact, 1 SHA-256, 2 SHA-384, 3 SHA-512 (res 13); default 0."),
                                      QStringLiteral("n"));
    const QCommandLineOption usage(QStringLiteral("usage"),
                                   QStringLiteral("Certificate Usage (res 15): 0 CA constraint, 1 service certificate, "
                                                  "2 trust anchor, 3 domain-issued (default). 0 and 1 need --ca."),
                                   QStringLiteral("n"));
    const QCommandLineOption uri(QStringLiteral("uri"),
                                 QStringLiteral("Server URI the device registers to "
                                                "(coaps://host:port); its host is checked."),
                                 QStringLiteral("uri"));
    const QCommandLineOption endpoint(QStringLiteral("endpoint"),
                                      QStringLiteral("Endpoint name: checks a client certificate (CN must equal it)."),
                                      QStringLiteral("name"));
    const QCommandLineOption role(QStringLiteral("role"),
                                  QStringLiteral("server or client; default: client with --endpoint, else server."),
                                  QStringLiteral("role"));
    const QCommandLineOption time(QStringLiteral("time"),
                                  QStringLiteral("Check validity at this trusted time "
                                                 "(ISO 8601, UTC if no zone)."),
                                  QStringLiteral("iso8601"));
    const QCommandLineOption noTrustedTime(QStringLiteral("no-trusted-time"),
                                           QStringLiteral("The device has no trusted time: direct trust skips "
                                                          "validity, indirect trust needs --time-range."));
    const QCommandLineOption timeRange(QStringLiteral("time-range"),
                                       QStringLiteral("With --no-trusted-time: the dates the current date is known "
                                                      "to lie between, FROM/TO (ISO 8601)."),
                                       QStringLiteral("from/to"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the report as JSON."));
    parser.addOptions(
        {cert, chain, ca, pinned, matching, usage, uri, endpoint, role, time, noTrustedTime, timeRange, json});
    if (const auto rc = parseArguments(parser, args, kVerb))
        return *rc;
    if (!parser.positionalArguments().isEmpty())
        return usageError(kVerb, QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    if (!parser.isSet(cert))
        return usageError(kVerb, QStringLiteral("--cert is required"));
    if (!parser.isSet(ca) && !parser.isSet(pinned))
        return usageError(kVerb, QStringLiteral("give --ca (indirect trust) or --pinned (direct trust)"));
    if (parser.isSet(matching) && !parser.isSet(pinned))
        return usageError(kVerb, QStringLiteral("--matching-type needs --pinned"));
    if (parser.isSet(time) && parser.isSet(noTrustedTime))
        return usageError(kVerb, QStringLiteral("--time and --no-trusted-time exclude each other"));
    if (parser.isSet(timeRange) && !parser.isSet(noTrustedTime))
        return usageError(kVerb, QStringLiteral("--time-range needs --no-trusted-time"));

    VerificationRequest request;
    if (parser.isSet(role)) {
        const QString r = parser.value(role);
        if (r != QLatin1String("server") && r != QLatin1String("client"))
            return usageError(kVerb, QStringLiteral("--role must be server or client"));
        request.role = r == QLatin1String("client") ? PeerRole::Client : PeerRole::Server;
    } else {
        request.role = parser.isSet(endpoint) ? PeerRole::Client : PeerRole::Server;
    }
    request.endpoint = parser.value(endpoint);
    if (request.role == PeerRole::Server && !parser.isSet(uri))
        return usageError(kVerb, QStringLiteral("--uri is required for a server certificate"));
    if (request.role == PeerRole::Client && request.endpoint.isEmpty())
        return usageError(kVerb, QStringLiteral("--endpoint is required for a client certificate"));
    if (parser.isSet(uri)) {
        auto host = CertificateVerifier::hostFromServerUri(parser.value(uri));
        if (!host.ok())
            return usageError(kVerb, host.error().userText);
        request.host = *host;
    }

    int usageValue = 3;
    int matchingValue = 0;
    bool okNumber = true;
    if (parser.isSet(usage))
        usageValue = parser.value(usage).toInt(&okNumber);
    if (!okNumber || usageValue < 0 || usageValue > 3)
        return usageError(kVerb, QStringLiteral("--usage must be 0, 1, 2 or 3"));
    if (parser.isSet(matching))
        matchingValue = parser.value(matching).toInt(&okNumber);
    if (!okNumber || matchingValue < 0 || matchingValue > 3)
        return usageError(kVerb, QStringLiteral("--matching-type must be 0, 1, 2 or 3"));
    if (parser.isSet(usage) && !parser.isSet(pinned))
        return usageError(kVerb, QStringLiteral("--usage needs --pinned"));
    const bool pkix = usageValue == 0 || usageValue == 1;
    if (parser.isSet(pinned) && pkix && !parser.isSet(ca))
        return usageError(kVerb, QStringLiteral("--usage %1 also needs --ca").arg(usageValue));
    if (parser.isSet(pinned) && !pkix && parser.isSet(ca))
        return usageError(kVerb, QStringLiteral("--ca and --pinned go together only with --usage 0 or 1"));

    if (parser.isSet(noTrustedTime)) {
        QDateTime from, to;
        if (parser.isSet(timeRange)) {
            const QStringList parts = parser.value(timeRange).split(u'/');
            const auto f = parts.size() == 2 ? parseTime(parts[0]) : std::nullopt;
            const auto t = parts.size() == 2 ? parseTime(parts[1]) : std::nullopt;
            if (!f || !t || *t < *f)
                return usageError(kVerb, QStringLiteral("--time-range must be FROM/TO in ISO 8601, FROM before TO"));
            from = *f;
            to = *t;
        }
        request.time = TimePolicy::untrusted(from, to);
    } else if (parser.isSet(time)) {
        const auto t = parseTime(parser.value(time));
        if (!t)
            return usageError(kVerb, QStringLiteral("--time '%1' is not ISO 8601").arg(parser.value(time)));
        request.time = TimePolicy::at(*t);
    }

    auto certs = readCertificates(parser.value(cert));
    if (!certs.ok())
        return failWith(kVerb, certs.error());
    request.peerChain = *certs;
    for (const QString& file : parser.values(chain)) {
        auto more = readCertificates(file);
        if (!more.ok())
            return failWith(kVerb, more.error());
        request.peerChain += *more;
    }
    for (const QString& file : parser.values(ca)) {
        auto anchors = readCertificates(file);
        if (!anchors.ok())
            return failWith(kVerb, anchors.error());
        request.trustAnchors += *anchors;
    }
    if (parser.isSet(pinned)) {
        auto bytes = readInput(parser.value(pinned));
        if (!bytes.ok())
            return failWith(kVerb, bytes.error());
        const auto type = MatchingType(matchingValue);
        QByteArray value;
        // A certificate file works for every matching type (its hash is taken);
        // for 1..3 the file may also hold just the hash (hex, base64 or binary).
        auto asCert = CredentialCodec::import(*bytes, ImportKind::Certificate);
        if (asCert.ok()) {
            value = CertificateVerifier::pinnedValue(asCert->certificates.first(), type);
        } else if (type != MatchingType::Exact) {
            auto decoded = CredentialCodec::decode(*bytes);
            if (!decoded.ok() || decoded->blocks.size() != 1)
                return failWith(kVerb, decoded.ok() ? asCert.error() : decoded.error());
            value = decoded->blocks.front().bytes.revealCopy();
        } else {
            return failWith(kVerb, asCert.error());
        }
        request.pinned = PinnedTrust {value, type, CertificateUsage(usageValue)};
    }

    CertificateVerifier verifier;
    auto report = verifier.verify(request);
    if (!report.ok())
        return failWith(kVerb, report.error());
    if (parser.isSet(json))
        out() << QJsonDocument(report->toJson()).toJson(QJsonDocument::Indented);
    else
        printText(*report);
    return report->trusted ? ExitOk : ExitFailed;
}

} // namespace

LWC_CLI_COMMAND(verifyCert, "verify-cert", "Check a certificate against the LwM2M rules (verdict per rule)",
                runVerifyCert);

} // namespace lwc::cli
