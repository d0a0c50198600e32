// BootstrapPlan::validate(): every rule a plan must satisfy before anything
// is written (S1–S4, S8, S21–S24). Errors name the JSON field.
#include "PlanValidation.h"
#include "BootstrapPlan.h"

#include "coap/CoapMessage.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <cmath>

namespace lwc::bootstrap {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("lwc::bootstrap::BootstrapPlan", text);
}

struct Collector {
    QList<Verdict> list;
    void error(const QString& field, const QString& code, const QString& msg, Rule rule = Rule::None)
    {
        list << Verdict {Verdict::Severity::Error, field, code, msg, rule};
    }
    void warning(const QString& field, const QString& code, const QString& msg, Rule rule = Rule::None)
    {
        list << Verdict {Verdict::Severity::Warning, field, code, msg, rule};
    }
    void info(const QString& field, const QString& code, const QString& msg, Rule rule = Rule::None)
    {
        list << Verdict {Verdict::Severity::Info, field, code, msg, rule};
    }
};

void checkUri(Collector& c, const QString& field, const QString& uri, bool secure)
{
    const QUrl url(uri, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!isCoapServerUri(uri)) {
        c.error(field, QStringLiteral("plan.uri"),
                tr("\"%1\" is not a CoAP server URI (coap://host:port or coaps://host:port).").arg(uri));
        return;
    }
    if (url.port() == 0 || url.port() > 65535)
        c.error(field, QStringLiteral("plan.uriPort"), tr("The port in \"%1\" is out of range.").arg(uri));
    if (secure && scheme != QLatin1String("coaps"))
        c.error(field, QStringLiteral("plan.uriScheme"),
                tr("A secured account needs a coaps:// URI; \"%1\" would connect without DTLS.").arg(uri), Rule::S2);
    if (!secure && scheme == QLatin1String("coaps"))
        c.error(field, QStringLiteral("plan.uriScheme"), tr("A NoSec account uses coap://, not coaps://."), Rule::S1);
}

void checkCredentials(Collector& c, const QString& pointer, const AccountCredentials& cr, bool allowNoSec,
                      const SecretBytes* pin)
{
    const QString f = pointer + QStringLiteral("/security");
    switch (cr.mode) {
    case AccountSecurityMode::Psk:
        if (cr.pskIdentity.isEmpty())
            c.error(f + QStringLiteral("/pskIdentity"), QStringLiteral("plan.pskIdentity"),
                    tr("A PSK account needs a PSK identity (resource 3)."), Rule::S21);
        else if (QString::fromUtf8(cr.pskIdentity).toUtf8() != cr.pskIdentity)
            c.error(f + QStringLiteral("/pskIdentity"), QStringLiteral("plan.pskIdentityUtf8"),
                    tr("The PSK identity must be valid UTF-8."), Rule::S8);
        if (!cr.psk.isSet()) {
            c.error(f + QStringLiteral("/psk"), QStringLiteral("plan.pskMissing"),
                    tr("A PSK account needs a key: give one or write \"generate\"."), Rule::S21);
        } else if (!cr.psk.generate) {
            if (cr.psk.secret.size() < 16)
                c.error(f + QStringLiteral("/psk"), QStringLiteral("plan.pskShort"),
                        tr("The PSK has %1 bytes; the AES-128 suites need at least 16 (128 bits).")
                            .arg(cr.psk.secret.size()),
                        Rule::S3);
            else if (estimateEntropyBits(cr.psk.secret.view()) < kMinPskEntropyBits)
                c.error(f + QStringLiteral("/psk"), QStringLiteral("plan.pskLowEntropy"),
                        tr("The PSK looks guessable (about %1 bits of entropy, 128 needed). Use \"generate\".")
                            .arg(int(estimateEntropyBits(cr.psk.secret.view()))),
                        Rule::S3);
            if (pin && !pin->isEmpty() && cr.psk.secret.equals(*pin))
                c.error(f + QStringLiteral("/psk"), QStringLiteral("plan.pinReused"),
                        tr("The PIN must never become a lasting credential."), Rule::S4);
        }
        break;
    case AccountSecurityMode::Rpk:
        if (!cr.clientPrivateKey.isSet())
            c.error(f + QStringLiteral("/clientPrivateKey"), QStringLiteral("plan.rpkKey"),
                    tr("An RPK account needs the client key pair: give it or write \"generate\"."), Rule::S22);
        if (!cr.serverPublicKey.isSet() || cr.serverPublicKey.generate)
            c.error(f + QStringLiteral("/serverPublicKey"), QStringLiteral("plan.rpkServerKey"),
                    tr("An RPK account needs the server's public key (resource 4)."), Rule::S22);
        break;
    case AccountSecurityMode::Certificate:
    case AccountSecurityMode::CertificateEst:
        if (cr.clientCertificate.generate != cr.clientPrivateKey.generate)
            c.error(f, QStringLiteral("plan.x509Generate"),
                    tr("Generate the client certificate and its key together, or give both."), Rule::S23);
        if (!cr.clientCertificate.isSet())
            c.error(f + QStringLiteral("/clientCertificate"), QStringLiteral("plan.x509Cert"),
                    tr("A certificate account needs the client certificate (resource 3) or \"generate\"."), Rule::S23);
        if (!cr.clientPrivateKey.isSet())
            c.error(f + QStringLiteral("/clientPrivateKey"), QStringLiteral("plan.x509Key"),
                    tr("A certificate account needs the client private key (resource 5) or \"generate\"."), Rule::S23);
        if (!cr.serverCertificate.isSet() || cr.serverCertificate.generate)
            c.error(f + QStringLiteral("/serverCertificate"), QStringLiteral("plan.x509Server"),
                    tr("A certificate account needs the server certificate or trust anchor (resource 4)."), Rule::S23);
        if (cr.certificateUsage && (*cr.certificateUsage < 0 || *cr.certificateUsage > 3))
            c.error(f + QStringLiteral("/certificateUsage"), QStringLiteral("plan.certUsage"),
                    tr("Certificate Usage (resource 15) is 0, 1, 2 or 3."), Rule::S14);
        if (cr.matchingType && (*cr.matchingType < 0 || *cr.matchingType > 3))
            c.error(f + QStringLiteral("/matchingType"), QStringLiteral("plan.matchingType"),
                    tr("Matching Type (resource 13) is 0 (exact), 1 (SHA-256), 2 (SHA-384) or 3 (SHA-512)."),
                    Rule::S14);
        break;
    case AccountSecurityMode::NoSec:
        if (!allowNoSec)
            c.error(f + QStringLiteral("/mode"), QStringLiteral("plan.noSecAccount"),
                    tr("A NoSec server account needs \"allowNoSec\": true in the plan; it is insecure."), Rule::S1);
        else
            c.warning(f + QStringLiteral("/mode"), QStringLiteral("plan.noSecAccount"),
                      tr("This server account has no security (NoSec); the report marks it insecure."), Rule::S1);
        if (cr.psk.isSet() || !cr.pskIdentity.isEmpty() || cr.clientPrivateKey.isSet() || cr.clientCertificate.isSet())
            c.error(f, QStringLiteral("plan.noSecWithKeys"), tr("A NoSec account must not carry credentials."),
                    Rule::S1);
        if (pin && !pin->isEmpty())
            c.error(f + QStringLiteral("/mode"), QStringLiteral("plan.pinNeedsStrongNext"),
                    tr("A PIN job must give the device strong credentials for its next contact, not NoSec."), Rule::S4);
        break;
    }
}

bool hasCredentials(const AccountCredentials& cr)
{
    return cr.mode != AccountSecurityMode::NoSec;
}

} // namespace

bool isCoapServerUri(const QString& uri)
{
    const QUrl url(uri, QUrl::StrictMode);
    const QString scheme = url.scheme();
    return url.isValid() && !url.host().isEmpty()
        && (scheme == QLatin1String("coap") || scheme == QLatin1String("coaps"));
}

double estimateEntropyBits(QByteArrayView key)
{
    if (key.isEmpty())
        return 0;
    bool lower = false, upper = false, digit = false, symbol = false, binary = false;
    QSet<uchar> distinct;
    for (char ch : key) {
        const uchar u = uchar(ch);
        distinct.insert(u);
        if (u >= 'a' && u <= 'z')
            lower = true;
        else if (u >= 'A' && u <= 'Z')
            upper = true;
        else if (u >= '0' && u <= '9')
            digit = true;
        else if (u >= 0x20 && u < 0x7f)
            symbol = true;
        else
            binary = true;
    }
    double pool = binary ? 256 : (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (symbol ? 33 : 0);
    // Hex text ("00112233...") is digits + a-f only: 16 symbols, 4 bits each.
    static const QRegularExpression hexText(QStringLiteral("^[0-9a-fA-F]+$"));
    if (!binary && hexText.match(QString::fromLatin1(key.data(), key.size())).hasMatch())
        pool = 16;
    double bits = double(key.size()) * std::log2(std::max(pool, 2.0));
    // Far fewer distinct symbols than a random draw from the pool would
    // show ("aaaabbbbaaaabbbb"): at most log2(distinct) bits per symbol.
    const double n = double(key.size());
    const double expectedDistinct = pool * (1.0 - std::pow(1.0 - 1.0 / std::max(pool, 2.0), n));
    if (double(distinct.size()) < std::max(2.0, 0.5 * expectedDistinct))
        bits = std::min(bits, n * std::log2(std::max<double>(distinct.size(), 1.0)) + 1.0);
    // Short cycles ("abcabcabc", "0000..."): count only one period.
    for (qsizetype period = 1; period <= key.size() / 2; ++period) {
        bool cyclic = true;
        for (qsizetype i = period; i < key.size() && cyclic; ++i)
            cyclic = key[i] == key[i - period];
        if (cyclic) {
            bits = std::min(bits, double(period) * std::log2(std::max(pool, 2.0)));
            break;
        }
    }
    // Constant-step sequences (00 01 02 03 ...).
    if (key.size() > 2) {
        const int step = uchar(key[1]) - uchar(key[0]);
        bool sequence = true;
        for (qsizetype i = 2; i < key.size() && sequence; ++i)
            sequence = uchar(key[i]) - uchar(key[i - 1]) == step;
        if (sequence)
            bits = std::min(bits, 16.0);
    }
    return bits;
}

QList<Verdict> BootstrapPlan::validate() const
{
    Collector c;
    QSet<QString> endpoints;
    for (const DevicePlan& d : devices) {
        const QString dp = d.pointer;
        const QString key = d.endpoint.isEmpty() ? QStringLiteral("pattern:") + d.endpointPattern : d.endpoint;
        if (endpoints.contains(key))
            c.error(dp, QStringLiteral("plan.duplicateEndpoint"),
                    tr("\"%1\" appears twice in the plan.").arg(d.displayName()));
        endpoints.insert(key);
        if (!d.endpointPattern.isEmpty() && !d.endpointPattern.contains(QLatin1Char('*'))
            && !d.endpointPattern.contains(QLatin1Char('?')))
            c.warning(dp + QStringLiteral("/endpointPattern"), QStringLiteral("plan.patternWithoutWildcard"),
                      tr("The pattern has no * or ?; use \"endpoint\" for a single device."));

        // How the device reaches us.
        const QString bp = dp + QStringLiteral("/bootstrap");
        const ChannelAuth& ch = d.channel;
        const bool pinJob = ch.mode == coap::SecurityMode::Pin;
        switch (ch.mode) {
        case coap::SecurityMode::Psk:
            if (ch.pskIdentity.isEmpty())
                c.error(bp + QStringLiteral("/pskIdentity"), QStringLiteral("plan.channelIdentity"),
                        tr("PSK bootstrap needs the device's PSK identity."), Rule::S8);
            if (ch.psk.isEmpty())
                c.error(bp + QStringLiteral("/psk"), QStringLiteral("plan.channelPsk"),
                        tr("PSK bootstrap needs the device's bootstrap key."), Rule::S3);
            else if (ch.psk.size() < 16 || estimateEntropyBits(ch.psk.view()) < kMinPskEntropyBits)
                c.error(bp + QStringLiteral("/psk"), QStringLiteral("plan.channelPskWeak"),
                        tr("The bootstrap PSK is too weak for the PSK suites (at least 128 bits of entropy); "
                           "a low-entropy secret must use PIN mode (ECDHE-PSK)."),
                        Rule::S3);
            break;
        case coap::SecurityMode::Pin:
            c.warning(bp + QStringLiteral("/mode"), QStringLiteral("plan.pinForbiddenIn11"),
                      tr("PIN-based bootstrap comes from an OMA change request; LwM2M 1.1 forbids it. "
                         "Use it only with devices that implement it."),
                      Rule::S4);
            if (ch.pskIdentity.isEmpty())
                c.error(bp + QStringLiteral("/pskIdentity"), QStringLiteral("plan.channelIdentity"),
                        tr("PIN bootstrap needs the device's PSK identity."), Rule::S8);
            if (ch.pin.size() < 4 || ch.pin.size() > 64)
                c.error(bp + QStringLiteral("/pin"), QStringLiteral("plan.pinLength"),
                        tr("A PIN has 4 to 64 characters."), Rule::S4);
            if (ch.pinExpiryMinutes < 1 || ch.pinExpiryMinutes > 24 * 60)
                c.error(bp + QStringLiteral("/pinExpiryMinutes"), QStringLiteral("plan.pinExpiry"),
                        tr("A PIN expires after 1 to 1440 minutes."), Rule::S4);
            if (ch.pinMaxFailures < 1 || ch.pinMaxFailures > 10)
                c.error(bp + QStringLiteral("/pinMaxFailures"), QStringLiteral("plan.pinFailures"),
                        tr("A PIN allows 1 to 10 failed handshakes before it is burnt."), Rule::S4);
            if (d.servers.empty() && !d.bootstrapAccount)
                c.error(dp + QStringLiteral("/servers"), QStringLiteral("plan.pinNeedsStrongNext"),
                        tr("A PIN job must write strong credentials for the device's next contact."), Rule::S4);
            if (!ch.psk.isEmpty())
                c.error(bp + QStringLiteral("/psk"), QStringLiteral("plan.pinWithPsk"),
                        tr("A PIN bootstrap takes \"pin\", not \"psk\"."), Rule::S4);
            break;
        case coap::SecurityMode::Certificate:
            if (ch.caCertificates.isEmpty())
                c.error(bp + QStringLiteral("/caCertificates"), QStringLiteral("plan.channelCa"),
                        tr("Certificate bootstrap needs the CA certificate(s) device certificates chain to."),
                        Rule::S13);
            break;
        case coap::SecurityMode::NoSec:
            if (!allowNoSec)
                c.error(bp + QStringLiteral("/mode"), QStringLiteral("plan.noSecChannel"),
                        tr("NoSec bootstrap needs \"allowNoSec\": true in the plan; anyone on the network could "
                           "take over the device."),
                        Rule::S1);
            else
                c.warning(bp + QStringLiteral("/mode"), QStringLiteral("plan.noSecChannel"),
                          tr("The bootstrap channel is not secured (NoSec); the report marks the job insecure."),
                          Rule::S1);
            break;
        }
        if (ch.mode != coap::SecurityMode::Pin && !ch.pin.isEmpty())
            c.error(bp + QStringLiteral("/pin"), QStringLiteral("plan.pinOutsidePinMode"),
                    tr("A PIN is only used in \"pin\" mode."), Rule::S4);

        // What to delete.
        for (qsizetype i = 0; i < d.deletePaths.size(); ++i) {
            static const QRegularExpression pathRe(QStringLiteral("^/(\\d{1,5}(/\\d{1,5})?)?$"));
            const QString& p = d.deletePaths.at(i);
            if (!pathRe.match(p).hasMatch())
                c.error(dp + QStringLiteral("/delete/%1").arg(i), QStringLiteral("plan.deletePath"),
                        tr("\"%1\" is not an object or instance path (\"/\", \"/0\", \"/1/0\").").arg(p));
            else if (p.startsWith(QLatin1String("/3")) && (p.size() == 2 || p.at(2) == QLatin1Char('/')))
                c.error(dp + QStringLiteral("/delete/%1").arg(i), QStringLiteral("plan.deleteDevice"),
                        tr("The Device object (/3) cannot be deleted."));
        }

        // What to write.
        QSet<int> ssids, securityInstances, serverInstances;
        const bool channelUnauthenticated = ch.mode == coap::SecurityMode::NoSec;
        for (const ServerAccount& a : d.servers) {
            if (a.shortServerId < 1 || a.shortServerId > 65534)
                c.error(a.pointer + QStringLiteral("/shortServerId"), QStringLiteral("plan.ssidRange"),
                        tr("Short Server ID %1 is outside 1..65534.").arg(a.shortServerId), Rule::S24);
            else if (ssids.contains(a.shortServerId))
                c.error(a.pointer + QStringLiteral("/shortServerId"), QStringLiteral("plan.ssidDuplicate"),
                        tr("Short Server ID %1 is used twice.").arg(a.shortServerId), Rule::S24);
            ssids.insert(a.shortServerId);
            if (a.securityInstance) {
                if (*a.securityInstance < 0 || *a.securityInstance > 65534
                    || securityInstances.contains(*a.securityInstance))
                    c.error(a.pointer + QStringLiteral("/securityInstance"), QStringLiteral("plan.instanceId"),
                            tr("Security instance %1 is out of range or used twice.").arg(*a.securityInstance),
                            Rule::S24);
                securityInstances.insert(*a.securityInstance);
            }
            if (a.serverInstance) {
                if (*a.serverInstance < 0 || *a.serverInstance > 65534 || serverInstances.contains(*a.serverInstance))
                    c.error(a.pointer + QStringLiteral("/serverInstance"), QStringLiteral("plan.instanceId"),
                            tr("Server instance %1 is out of range or used twice.").arg(*a.serverInstance), Rule::S24);
                serverInstances.insert(*a.serverInstance);
            }
            checkUri(c, a.pointer + QStringLiteral("/uri"), a.uri, a.credentials.mode != AccountSecurityMode::NoSec);
            if (a.lifetime < 1 || a.lifetime > 0x7fffffff)
                c.error(a.pointer + QStringLiteral("/lifetime"), QStringLiteral("plan.lifetime"),
                        tr("Lifetime must be 1 second or more."));
            static const QRegularExpression bindingRe(QStringLiteral("^[UMHTSN]+$"));
            if (!bindingRe.match(a.binding).hasMatch())
                c.error(a.pointer + QStringLiteral("/binding"), QStringLiteral("plan.binding"),
                        tr("Binding \"%1\" is not a combination of U, M, H, T, S, N.").arg(a.binding));
            if (a.defaultMinPeriod && a.defaultMaxPeriod && *a.defaultMinPeriod > *a.defaultMaxPeriod)
                c.error(a.pointer + QStringLiteral("/defaultMinPeriod"), QStringLiteral("plan.periods"),
                        tr("The default minimum period is larger than the maximum period."));
            checkCredentials(c, a.pointer, a.credentials, allowNoSec, pinJob ? &ch.pin : nullptr);
            if (channelUnauthenticated && hasCredentials(a.credentials)) {
                if (!allowNoSec)
                    c.error(a.pointer + QStringLiteral("/security"), QStringLiteral("plan.credentialsOverNoSec"),
                            tr("Credentials would travel over an unauthenticated channel."), Rule::S2);
                else
                    c.warning(a.pointer + QStringLiteral("/security"), QStringLiteral("plan.credentialsOverNoSec"),
                              tr("Credentials travel over an unauthenticated channel (allowed by \"allowNoSec\")."),
                              Rule::S2);
            }
        }
        if (d.bootstrapAccount) {
            const BootstrapAccount& b = *d.bootstrapAccount;
            checkUri(c, b.pointer + QStringLiteral("/uri"), b.uri, b.credentials.mode != AccountSecurityMode::NoSec);
            if (b.securityInstance && securityInstances.contains(*b.securityInstance))
                c.error(b.pointer + QStringLiteral("/securityInstance"), QStringLiteral("plan.instanceId"),
                        tr("Security instance %1 is used twice.").arg(*b.securityInstance), Rule::S24);
            if (b.clientHoldOffTime < 0 || b.accountTimeout < 0)
                c.error(b.pointer, QStringLiteral("plan.holdOff"),
                        tr("Hold-off and account timeout cannot be negative."), Rule::S24);
            checkCredentials(c, b.pointer, b.credentials, allowNoSec, pinJob ? &ch.pin : nullptr);
            if (channelUnauthenticated && hasCredentials(b.credentials) && !allowNoSec)
                c.error(b.pointer + QStringLiteral("/security"), QStringLiteral("plan.credentialsOverNoSec"),
                        tr("Credentials would travel over an unauthenticated channel."), Rule::S2);
        } else if (d.deletePaths.contains(QStringLiteral("/")) || d.deletePaths.contains(QStringLiteral("/0"))) {
            c.info(dp + QStringLiteral("/delete"), QStringLiteral("plan.keepsBootstrapAccount"),
                   tr("Deleting /0 keeps the device's Bootstrap-Server account, as the LwM2M specification requires."),
                   Rule::S24);
        }
        if (d.servers.empty() && !d.bootstrapAccount)
            c.warning(dp + QStringLiteral("/servers"), QStringLiteral("plan.nothingToWrite"),
                      tr("The plan writes no server account for this device."), Rule::S24);
    }
    std::stable_sort(c.list.begin(), c.list.end(),
                     [](const Verdict& a, const Verdict& b) { return int(a.severity) < int(b.severity); });
    return c.list;
}

Status BootstrapPlan::check() const
{
    for (const Verdict& v : validate())
        if (v.severity == Verdict::Severity::Error)
            return makeError(v.code, v.message, v.field, v.rule);
    return {};
}

} // namespace lwc::bootstrap
