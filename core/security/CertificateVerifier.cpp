#include "CertificateVerifier.h"

#include "CoroutineAttributes.h"
#include "HostnameMatcher.h"
#include "KeyPolicy.h"
#include "OpenSslUtil.h"

#include "common/Log.h"

#include <QCoreApplication>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>
#include <QUrl>

#include <qcoro/qcorofuture.h>

#include <openssl/err.h>
#include <openssl/x509_vfy.h>

#include <memory>
#include <vector>

namespace lwc::security {

namespace {

struct VerifyError {
    int depth = 0;
    int code = 0;
};

struct ErrorCollector {
    std::vector<VerifyError> errors;
};

int collectErrors(int ok, X509_STORE_CTX* ctx)
{
    if (!ok) {
        auto* collector = static_cast<ErrorCollector*>(X509_STORE_CTX_get_app_data(ctx));
        collector->errors.push_back({X509_STORE_CTX_get_error_depth(ctx), X509_STORE_CTX_get_error(ctx)});
    }
    // Keep going: every problem of the path is reported, and the verdict is
    // decided from the collected errors, never from this return value.
    return 1;
}

Rule ruleForVerifyError(int code)
{
    switch (code) {
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
    case X509_V_ERR_CERT_UNTRUSTED:
    case X509_V_ERR_CERT_REJECTED:
        return Rule::S15;
    case X509_V_ERR_CERT_NOT_YET_VALID:
    case X509_V_ERR_CERT_HAS_EXPIRED:
    case X509_V_ERR_ERROR_IN_CERT_NOT_BEFORE_FIELD:
    case X509_V_ERR_ERROR_IN_CERT_NOT_AFTER_FIELD:
        return Rule::S19;
    case X509_V_ERR_EE_KEY_TOO_SMALL:
    case X509_V_ERR_CA_KEY_TOO_SMALL:
        return Rule::S11;
    case X509_V_ERR_CA_MD_TOO_WEAK:
        return Rule::S9;
    default:
        return Rule::S13;
    }
}

const char* digestName(MatchingType matching)
{
    switch (matching) {
    case MatchingType::Sha256:
        return "SHA256";
    case MatchingType::Sha384:
        return "SHA384";
    case MatchingType::Sha512:
        return "SHA512";
    case MatchingType::Exact:
        break;
    }
    return nullptr;
}

qsizetype digestSize(MatchingType matching)
{
    switch (matching) {
    case MatchingType::Sha256:
        return 32;
    case MatchingType::Sha384:
        return 48;
    case MatchingType::Sha512:
        return 64;
    case MatchingType::Exact:
        break;
    }
    return 0;
}

QString formatTime(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

// Accumulates one verdict per rule: the first failure explains, later ones
// are added to the details.
class VerdictBuilder {
public:
    void set(Rule rule, const QString& check, VerdictStatus status, const QString& explanation,
             const QString& details = {})
    {
        Entry& e = entry(rule, check);
        e.verdict.status = status;
        e.verdict.explanation = explanation;
        if (!details.isEmpty())
            e.verdict.details = details;
        e.decided = true;
    }
    void fail(Rule rule, const QString& check, const QString& explanation, const QString& details = {})
    {
        Entry& e = entry(rule, check);
        if (e.verdict.status != VerdictStatus::Fail) {
            e.verdict.status = VerdictStatus::Fail;
            e.verdict.explanation = explanation;
            e.verdict.details = details;
        } else {
            const QString more = details.isEmpty() ? explanation : explanation + QLatin1String(" (") + details + u')';
            e.verdict.details = e.verdict.details.isEmpty() ? more : e.verdict.details + QLatin1String("; ") + more;
        }
        e.decided = true;
    }
    bool failed(Rule rule) const
    {
        for (const Entry& e : m_entries)
            if (e.verdict.rule == rule)
                return e.verdict.status == VerdictStatus::Fail;
        return false;
    }
    bool decided(Rule rule) const
    {
        for (const Entry& e : m_entries)
            if (e.verdict.rule == rule)
                return e.decided;
        return false;
    }
    QList<RuleVerdict> take()
    {
        std::sort(m_entries.begin(), m_entries.end(),
                  [](const Entry& a, const Entry& b) { return int(a.verdict.rule) < int(b.verdict.rule); });
        QList<RuleVerdict> out;
        for (Entry& e : m_entries)
            out << std::move(e.verdict);
        return out;
    }

private:
    struct Entry {
        RuleVerdict verdict;
        bool decided = false;
    };
    Entry& entry(Rule rule, const QString& check)
    {
        for (Entry& e : m_entries)
            if (e.verdict.rule == rule)
                return e;
        Entry e;
        e.verdict.rule = rule;
        e.verdict.check = check;
        m_entries.push_back(e);
        return m_entries.back();
    }
    std::vector<Entry> m_entries;
};

const QString kCheckSignature = QStringLiteral("signature-hash");
const QString kCheckKey = QStringLiteral("key-size");
const QString kCheckChain = QStringLiteral("chain");
const QString kCheckDirect = QStringLiteral("direct-trust");
const QString kCheckIndirect = QStringLiteral("indirect-trust");
const QString kCheckName = QStringLiteral("name");
const QString kCheckWildcard = QStringLiteral("wildcard");
const QString kCheckEndpoint = QStringLiteral("endpoint-name");
const QString kCheckValidity = QStringLiteral("validity");

void addProblem(ChainElement& element, Rule rule, const QString& text)
{
    element.problems << QStringLiteral("[%1] %2").arg(ruleId(rule), text);
    element.status = VerdictStatus::Fail;
}

} // namespace

CertificateVerifier::CertificateVerifier(const Clock& clock) : m_clock(clock)
{
}

QByteArray CertificateVerifier::pinnedValue(QByteArrayView certificateDer, MatchingType matching)
{
    if (matching == MatchingType::Exact)
        return certificateDer.toByteArray();
    return digest(digestName(matching), certificateDer);
}

Result<QString> CertificateVerifier::hostFromServerUri(const QString& uri)
{
    const QUrl url(uri.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty()) {
        return makeError(QStringLiteral("security.verify.uriInvalid"),
                         QCoreApplication::translate("lwc::security::CertificateVerifier",
                                                     "\"%1\" is not a valid server URI; expected "
                                                     "coaps://host:port.")
                             .arg(uri),
                         url.errorString());
    }
    const QString host = url.host(QUrl::FullyEncoded);
    if (host.isEmpty()) {
        return makeError(QStringLiteral("security.verify.uriNoHost"),
                         QCoreApplication::translate("lwc::security::CertificateVerifier",
                                                     "The server URI \"%1\" has no host; expected "
                                                     "coaps://host:port.")
                             .arg(uri));
    }
    return HostnameMatcher::normalizeHost(host);
}

LWC_CORO_NO_COVERAGE QCoro::Task<Result<VerificationReport>>
CertificateVerifier::verifyAsync(VerificationRequest request) const
{
    const CertificateVerifier* self = this;
    auto shared = co_await QtConcurrent::run(
        [self, request] { return std::make_shared<Result<VerificationReport>>(self->verify(request)); });
    co_return std::move(*shared);
}

Result<VerificationReport> CertificateVerifier::verifyClientCertificate(const QList<QByteArray>& peerChain,
                                                                        const QList<QByteArray>& trustAnchors,
                                                                        const QString& endpoint,
                                                                        const TimePolicy& time) const
{
    VerificationRequest request;
    request.role = PeerRole::Client;
    request.peerChain = peerChain;
    request.trustAnchors = trustAnchors;
    request.endpoint = endpoint;
    request.time = time;
    return verify(request);
}

Result<VerificationReport> CertificateVerifier::verify(const VerificationRequest& request) const
{
    ERR_clear_error();
    VerificationReport report;
    report.role = request.role;
    report.endpoint = request.endpoint;

    // ---- the request itself -------------------------------------------------
    if (request.peerChain.isEmpty()) {
        return makeError(
            QStringLiteral("security.verify.noCertificate"),
            QCoreApplication::translate("lwc::security::CertificateVerifier", "No certificate was given to verify."));
    }
    if (!request.pinned && request.trustAnchors.isEmpty()) {
        return makeError(
            QStringLiteral("security.verify.noTrust"),
            QCoreApplication::translate("lwc::security::CertificateVerifier",
                                        "Nothing to verify against: give a trust anchor (CA certificate) or a pinned "
                                        "certificate."));
    }
    const std::optional<PinnedTrust>& pinned = request.pinned;
    if (pinned) {
        const int usage = int(pinned->usage);
        const int matching = int(pinned->matching);
        if (usage < 0 || usage > 3 || matching < 0 || matching > 3) {
            return makeError(QStringLiteral("security.verify.pinnedParameters"),
                             QCoreApplication::translate("lwc::security::CertificateVerifier",
                                                         "Certificate Usage and Matching Type must each be 0 to 3."),
                             QStringLiteral("usage=%1 matching=%2").arg(usage).arg(matching), Rule::S14);
        }
        if (pinned->matching != MatchingType::Exact && pinned->value.size() != digestSize(pinned->matching)) {
            return makeError(
                QStringLiteral("security.verify.pinnedLength"),
                QCoreApplication::translate("lwc::security::CertificateVerifier",
                                            "The pinned value has %1 bytes, but Matching Type %2 needs a %3-byte hash.")
                    .arg(pinned->value.size())
                    .arg(matching)
                    .arg(digestSize(pinned->matching)),
                {}, Rule::S14);
        }
        if (pinned->matching == MatchingType::Exact && !x509FromDer(pinned->value)) {
            return openSslError(
                QStringLiteral("security.verify.pinnedUnparsable"),
                QCoreApplication::translate("lwc::security::CertificateVerifier",
                                            "The pinned certificate (Matching Type 0) is not a valid DER certificate."),
                {}, Rule::S14);
        }
        if ((pinned->usage == CertificateUsage::CaConstraint
             || pinned->usage == CertificateUsage::ServiceCertificateConstraint)
            && request.trustAnchors.isEmpty()) {
            return makeError(QStringLiteral("security.verify.usageNeedsAnchors"),
                             QCoreApplication::translate(
                                 "lwc::security::CertificateVerifier",
                                 "Certificate Usage %1 also needs trust anchors to validate the chain against; "
                                 "give a CA certificate, or use Usage 2 or 3.")
                                 .arg(usage),
                             {}, Rule::S14);
        }
        report.certificateUsage = usage;
        report.matchingType = matching;
    }
    std::vector<X509Ptr> anchors;
    for (int i = 0; i < request.trustAnchors.size(); ++i) {
        X509Ptr anchor = x509FromDer(request.trustAnchors.at(i));
        if (!anchor) {
            return openSslError(QStringLiteral("security.verify.anchorUnparsable"),
                                QCoreApplication::translate("lwc::security::CertificateVerifier",
                                                            "Trust anchor %1 is not a valid DER certificate.")
                                    .arg(i + 1));
        }
        anchors.push_back(std::move(anchor));
    }

    VerdictBuilder verdicts;
    const CertificateUsage usage = pinned ? pinned->usage : CertificateUsage::TrustAnchorAssertion;
    const bool directEe = pinned && usage == CertificateUsage::DomainIssuedCertificate;
    report.mode = pinned
            && (usage == CertificateUsage::DomainIssuedCertificate
                || usage == CertificateUsage::ServiceCertificateConstraint)
        ? TrustMode::Direct
        : TrustMode::Indirect;

    // ---- parse what the peer presented (S13) --------------------------------
    std::vector<X509Ptr> peer;
    for (int i = 0; i < request.peerChain.size(); ++i) {
        X509Ptr cert = x509FromDer(request.peerChain.at(i));
        if (!cert) {
            verdicts.fail(Rule::S13, kCheckChain,
                          i == 0
                              ? QCoreApplication::translate("lwc::security::CertificateVerifier",
                                                            "The presented certificate cannot be parsed as DER X.509.")
                              : QCoreApplication::translate("lwc::security::CertificateVerifier",
                                                            "Presented certificate %1 cannot be parsed as DER X.509.")
                                    .arg(i + 1),
                          drainOpenSslErrors());
            if (i == 0) {
                report.verdicts = verdicts.take();
                report.trusted = false;
                return report;
            }
            continue;
        }
        peer.push_back(std::move(cert));
    }
    const X509* leaf = peer.front().get();
    const QByteArray leafDer = request.peerChain.front();

    const auto matchesPin
        = [&](const QByteArray& der) { return pinned && pinnedValue(der, pinned->matching) == pinned->value; };
    QSet<QByteArray> peerDers;
    for (const X509Ptr& c : peer)
        peerDers.insert(x509ToDer(c.get()));

    // ---- trust material for path building ----------------------------------
    std::vector<const X509*> storeAnchors;
    X509Ptr pinnedAnchor;
    const X509* hashAnchor = nullptr;
    if (pinned && usage == CertificateUsage::TrustAnchorAssertion) {
        if (pinned->matching == MatchingType::Exact) {
            pinnedAnchor = x509FromDer(pinned->value);
            storeAnchors.push_back(pinnedAnchor.get());
        } else {
            // Only the anchor's hash is stored: the peer must send the anchor.
            for (const X509Ptr& c : peer) {
                if (matchesPin(x509ToDer(c.get()))) {
                    hashAnchor = c.get();
                    storeAnchors.push_back(c.get());
                    break;
                }
            }
        }
    } else {
        for (const X509Ptr& a : anchors)
            storeAnchors.push_back(a.get());
    }
    QSet<QByteArray> anchorDers;
    for (const X509* a : storeAnchors)
        anchorDers.insert(x509ToDer(a));

    // ---- path (S13, S15) ----------------------------------------------------
    QList<ChainElement> path;
    std::vector<const X509*> pathCerts; // parallel to `path`
    std::vector<VerifyError> pathErrors;
    std::vector<X509Ptr> builtOwned;
    if (directEe) {
        // Usage 3: the pinned certificate is the trust; no path is needed (RFC 7671 5.1).
        ChainElement e;
        e.info = CertificateInfo::fromX509(leaf);
        path << e;
        pathCerts.push_back(leaf);
        const QString why = QCoreApplication::translate(
            "lwc::security::CertificateVerifier",
            "Direct trust (Certificate Usage 3): the pinned certificate replaces the chain.");
        verdicts.set(Rule::S13, kCheckChain, VerdictStatus::NotApplicable, why);
        verdicts.set(Rule::S15, kCheckIndirect, VerdictStatus::NotApplicable, why);
        for (size_t i = 1; i < peer.size(); ++i) {
            ChainElement extra;
            extra.info = CertificateInfo::fromX509(peer[i].get());
            extra.status = VerdictStatus::NotApplicable;
            extra.problems << QCoreApplication::translate(
                "lwc::security::CertificateVerifier", "Not used: direct trust relies on the leaf certificate only.");
            path << extra;
            pathCerts.push_back(nullptr);
        }
    } else if (storeAnchors.empty()) {
        // Usage 2 with a hash that none of the presented certificates has.
        ChainElement e;
        e.info = CertificateInfo::fromX509(leaf);
        path << e;
        pathCerts.push_back(leaf);
        verdicts.fail(Rule::S15, kCheckIndirect,
                      QCoreApplication::translate(
                          "lwc::security::CertificateVerifier",
                          "None of the presented certificates is the pinned trust anchor (Certificate Usage 2)."));
        verdicts.set(
            Rule::S13, kCheckChain, VerdictStatus::Skipped,
            QCoreApplication::translate("lwc::security::CertificateVerifier", "No trust anchor to build a path to."));
    } else {
        X509StorePtr store(X509_STORE_new());
        X509StackPtr untrusted(sk_X509_new_null());
        X509StoreCtxPtr ctx(X509_STORE_CTX_new());
        if (!store || !untrusted || !ctx) {
            return openSslError(
                QStringLiteral("security.verify.internal"),
                QCoreApplication::translate("lwc::security::CertificateVerifier",
                                            "Certificate verification could not start (out of memory?)."));
        }
        for (const X509* a : storeAnchors)
            X509_STORE_add_cert(store.get(), const_cast<X509*>(a));
        for (size_t i = 1; i < peer.size(); ++i) {
            if (peer[i].get() == hashAnchor)
                continue;
            X509_up_ref(peer[i].get());
            sk_X509_push(untrusted.get(), peer[i].get());
        }
        ErrorCollector collector;
        if (X509_STORE_CTX_init(ctx.get(), store.get(), const_cast<X509*>(leaf), untrusted.get()) != 1) {
            return openSslError(QStringLiteral("security.verify.internal"),
                                QCoreApplication::translate("lwc::security::CertificateVerifier",
                                                            "Certificate verification could not start."));
        }
        X509_VERIFY_PARAM* param = X509_STORE_CTX_get0_param(ctx.get());
        // A configured anchor ends the path even when it is not self-signed.
        // Time, key sizes and hashes are checked below against the LwM2M
        // rules (S19, S11, S9), so OpenSSL's own versions are switched off.
        X509_VERIFY_PARAM_set_flags(param, X509_V_FLAG_PARTIAL_CHAIN | X509_V_FLAG_NO_CHECK_TIME);
        X509_VERIFY_PARAM_set_auth_level(param, 0);
        X509_STORE_CTX_set_app_data(ctx.get(), &collector);
        X509_STORE_CTX_set_verify_cb(ctx.get(), collectErrors);
        const int rc = X509_verify_cert(ctx.get());
        if (rc < 0 || (rc == 0 && collector.errors.empty())) {
            collector.errors.push_back({0, X509_STORE_CTX_get_error(ctx.get())});
        }
        const QString internal = drainOpenSslErrors();

        STACK_OF(X509)* built = X509_STORE_CTX_get0_chain(ctx.get());
        const int builtCount = built ? sk_X509_num(built) : 0;
        for (int i = 0; i < builtCount; ++i) {
            X509* c = sk_X509_value(built, i);
            ChainElement e;
            e.info = CertificateInfo::fromX509(c);
            e.presented = peerDers.contains(e.info.der);
            e.trustAnchor = i == builtCount - 1 && anchorDers.contains(e.info.der);
            path << e;
            pathCerts.push_back(c);
            // Keep the built certificates alive beyond the store context.
            X509_up_ref(c);
            builtOwned.emplace_back(c);
        }
        if (path.isEmpty()) {
            ChainElement e;
            e.info = CertificateInfo::fromX509(leaf);
            path << e;
            pathCerts.push_back(leaf);
        }
        pathErrors = collector.errors;
        for (const VerifyError& err : pathErrors) {
            const Rule rule = ruleForVerifyError(err.code);
            const QString reason = QString::fromLatin1(X509_verify_cert_error_string(err.code));
            const int depth = std::clamp(err.depth, 0, int(path.size()) - 1);
            addProblem(path[depth], rule, reason);
            const QString where = QStringLiteral("depth %1 (%2): %3 [X509_V_ERR %4]")
                                      .arg(depth)
                                      .arg(path[depth].info.displayName(), reason)
                                      .arg(err.code);
            if (rule == Rule::S15) {
                verdicts.fail(Rule::S15, kCheckIndirect,
                              QCoreApplication::translate("lwc::security::CertificateVerifier",
                                                          "The chain does not lead to a trusted CA: %1.")
                                  .arg(reason),
                              where);
            } else if (rule == Rule::S13) {
                verdicts.fail(
                    Rule::S13, kCheckChain,
                    QCoreApplication::translate("lwc::security::CertificateVerifier", "Path validation failed: %1.")
                        .arg(reason),
                    internal.isEmpty() ? where : where + QLatin1String("; ") + internal);
            } else if (rule == Rule::S19) {
                verdicts.fail(
                    Rule::S19, kCheckValidity,
                    QCoreApplication::translate("lwc::security::CertificateVerifier", "Validity check failed: %1.")
                        .arg(reason),
                    where);
            } else {
                verdicts.fail(rule, rule == Rule::S11 ? kCheckKey : kCheckSignature, reason, where);
            }
        }
        const bool endsAtAnchor = !path.isEmpty() && path.back().trustAnchor;
        if (!verdicts.failed(Rule::S15)) {
            if (endsAtAnchor) {
                verdicts.set(Rule::S15, kCheckIndirect, VerdictStatus::Pass,
                             QCoreApplication::translate("lwc::security::CertificateVerifier",
                                                         "The chain ends at the trusted CA \"%1\".")
                                 .arg(path.back().info.displayName()));
            } else {
                verdicts.fail(Rule::S15, kCheckIndirect,
                              QCoreApplication::translate("lwc::security::CertificateVerifier",
                                                          "The chain does not end at a trusted CA."));
            }
        }
        if (!verdicts.failed(Rule::S13)) {
            verdicts.set(Rule::S13, kCheckChain, VerdictStatus::Pass,
                         QCoreApplication::translate(
                             "lwc::security::CertificateVerifier",
                             "The path of %1 certificate(s) validates per RFC 5280 (signatures, CA flags, path "
                             "length).")
                             .arg(path.size()));
        }
    }

    // S13: an extendedKeyUsage on the leaf must allow the role (RFC 5280
    // 4.2.1.12). OpenSSL's purpose check is not used: it would also refuse a
    // CA certificate presented as the leaf, which the policy allows.
    if (!directEe) {
        const uint32_t eku = X509_get_extended_key_usage(const_cast<X509*>(leaf));
        const uint32_t wanted = request.role == PeerRole::Server ? XKU_SSL_SERVER : XKU_SSL_CLIENT;
        if (eku != UINT32_MAX && !(eku & (wanted | XKU_ANYEKU))) {
            const QString text = request.role == PeerRole::Server
                ? QCoreApplication::translate(
                    "lwc::security::CertificateVerifier",
                    "The certificate's extended key usage does not allow TLS server authentication.")
                : QCoreApplication::translate(
                    "lwc::security::CertificateVerifier",
                    "The certificate's extended key usage does not allow TLS client authentication.");
            addProblem(path[0], Rule::S13, text);
            verdicts.fail(Rule::S13, kCheckChain, text);
        }
    }

    // S13: peer certificates must be X.509v3.
    for (int i = 0; i < path.size(); ++i) {
        if (pathCerts[size_t(i)] && path[i].presented && !path[i].trustAnchor && path[i].info.version != 3) {
            const QString text
                = QCoreApplication::translate("lwc::security::CertificateVerifier",
                                              "\"%1\" is an X.509 version %2 certificate; version 3 is required.")
                      .arg(path[i].info.displayName())
                      .arg(path[i].info.version);
            addProblem(path[i], Rule::S13, text);
            verdicts.fail(Rule::S13, kCheckChain, text);
        }
    }

    // ---- direct trust (S14) -------------------------------------------------
    if (!pinned) {
        verdicts.set(Rule::S14, kCheckDirect, VerdictStatus::NotApplicable,
                     QCoreApplication::translate("lwc::security::CertificateVerifier",
                                                 "No pinned certificate: trust comes from the CA (indirect trust)."));
    } else {
        const QString how = pinned->matching == MatchingType::Exact
            ? QCoreApplication::translate("lwc::security::CertificateVerifier", "byte-exact (Matching Type 0)")
            : QCoreApplication::translate("lwc::security::CertificateVerifier", "by %1 hash (Matching Type %2)")
                  .arg(QString::fromLatin1(digestName(pinned->matching)))
                  .arg(int(pinned->matching));
        if (usage == CertificateUsage::DomainIssuedCertificate
            || usage == CertificateUsage::ServiceCertificateConstraint) {
            if (matchesPin(leafDer)) {
                verdicts.set(Rule::S14, kCheckDirect, VerdictStatus::Pass,
                             QCoreApplication::translate("lwc::security::CertificateVerifier",
                                                         "The presented certificate matches the pinned one %1.")
                                 .arg(how));
            } else {
                addProblem(path[0], Rule::S14,
                           QCoreApplication::translate("lwc::security::CertificateVerifier",
                                                       "Does not match the pinned certificate."));
                verdicts.fail(Rule::S14, kCheckDirect,
                              QCoreApplication::translate(
                                  "lwc::security::CertificateVerifier",
                                  "The presented certificate does not match the pinned one (compared %1).")
                                  .arg(how),
                              QStringLiteral("presented SHA-256 %1").arg(path[0].info.sha256Text()));
            }
        } else {
            bool found = false;
            for (int i = 1; i < path.size() && !found; ++i)
                found = matchesPin(path[i].info.der);
            if (usage == CertificateUsage::TrustAnchorAssertion && !path.isEmpty() && path.back().trustAnchor)
                found = found || matchesPin(path.back().info.der);
            if (found) {
                verdicts.set(Rule::S14, kCheckDirect, VerdictStatus::Pass,
                             QCoreApplication::translate(
                                 "lwc::security::CertificateVerifier",
                                 "The pinned CA certificate is part of the validated path (compared %1).")
                                 .arg(how));
            } else {
                verdicts.fail(Rule::S14, kCheckDirect,
                              QCoreApplication::translate(
                                  "lwc::security::CertificateVerifier",
                                  "The pinned CA certificate is not part of the validated path (compared %1).")
                                  .arg(how));
            }
        }
    }

    // ---- key sizes (S11) and signature hashes (S9) over the path ------------
    bool anyKey = false;
    bool anySignature = false;
    for (int i = 0; i < path.size(); ++i) {
        const X509* cert = pathCerts[size_t(i)];
        if (!cert)
            continue;
        ChainElement& e = path[i];
        const QString who = i == 0
            ? QCoreApplication::translate("lwc::security::CertificateVerifier", "The presented certificate")
            : QCoreApplication::translate("lwc::security::CertificateVerifier", "\"%1\"").arg(e.info.displayName());
        anyKey = true;
        if (!KeyPolicy::isKeyStrongEnough(e.info.key)) {
            const QString text
                = QCoreApplication::translate("lwc::security::CertificateVerifier",
                                              "%1 has a %2 key; at least EC 256 or RSA 2048 bits are required.")
                      .arg(who, e.info.key.description());
            addProblem(e, Rule::S11, text);
            verdicts.fail(Rule::S11, kCheckKey, text);
        }
        // The anchor's own signature is not relied on: it is trusted as configured.
        if (e.trustAnchor)
            continue;
        anySignature = true;
        if (!e.info.signature.acceptable) {
            const QString text = QCoreApplication::translate(
                                     "lwc::security::CertificateVerifier",
                                     "%1 is signed with %2; SHA-1, MD5 and hashes weaker than SHA-256 are refused.")
                                     .arg(who, e.info.signature.algorithm);
            addProblem(e, Rule::S9, text);
            verdicts.fail(Rule::S9, kCheckSignature, text);
        }
    }
    if (anyKey && !verdicts.failed(Rule::S11))
        verdicts.set(Rule::S11, kCheckKey, VerdictStatus::Pass,
                     QCoreApplication::translate("lwc::security::CertificateVerifier",
                                                 "Every key in the path is at least EC 256 or RSA 2048 bits."));
    if (!verdicts.failed(Rule::S9)) {
        verdicts.set(Rule::S9, kCheckSignature, anySignature ? VerdictStatus::Pass : VerdictStatus::NotApplicable,
                     anySignature ? QCoreApplication::translate("lwc::security::CertificateVerifier",
                                                                "Every signature relied on uses SHA-256 or stronger.")
                                  : QCoreApplication::translate("lwc::security::CertificateVerifier",
                                                                "No signature is relied on."));
    }

    // ---- validity (S19) -----------------------------------------------------
    {
        const TimePolicy& tp = request.time;
        QList<int> checked;
        for (int i = 0; i < path.size(); ++i)
            if (pathCerts[size_t(i)])
                checked << i;
        if (tp.mode != TimePolicy::Mode::Untrusted) {
            const QDateTime now = tp.mode == TimePolicy::Mode::Fixed ? tp.fixed.toUTC() : m_clock.now().toUTC();
            report.time = now;
            report.trustedTime = true;
            for (int i : checked) {
                ChainElement& e = path[i];
                QString text;
                if (!e.info.notBefore.isValid() || !e.info.notAfter.isValid())
                    text = QCoreApplication::translate("lwc::security::CertificateVerifier",
                                                       "\"%1\" has an unreadable validity period.")
                               .arg(e.info.displayName());
                else if (now < e.info.notBefore)
                    text = QCoreApplication::translate("lwc::security::CertificateVerifier",
                                                       "\"%1\" is not valid before %2.")
                               .arg(e.info.displayName(), formatTime(e.info.notBefore));
                else if (now > e.info.notAfter)
                    text = QCoreApplication::translate("lwc::security::CertificateVerifier", "\"%1\" expired on %2.")
                               .arg(e.info.displayName(), formatTime(e.info.notAfter));
                if (!text.isEmpty()) {
                    addProblem(e, Rule::S19, text);
                    verdicts.fail(Rule::S19, kCheckValidity, text,
                                  QStringLiteral("checked at %1").arg(now.toString(Qt::ISODate)));
                }
            }
            if (!verdicts.failed(Rule::S19)) {
                verdicts.set(
                    Rule::S19, kCheckValidity, VerdictStatus::Pass,
                    QCoreApplication::translate("lwc::security::CertificateVerifier",
                                                "Every certificate in the path is valid at %1 (%2).")
                        .arg(formatTime(now),
                             tp.mode == TimePolicy::Mode::Fixed
                                 ? QCoreApplication::translate("lwc::security::CertificateVerifier", "given time")
                                 : QCoreApplication::translate("lwc::security::CertificateVerifier", "system clock")));
            }
        } else {
            report.trustedTime = false;
            if (directEe) {
                // S19: without trusted time, direct trust ignores notBefore/notAfter.
                const QString text = QCoreApplication::translate(
                    "lwc::security::CertificateVerifier",
                    "Validity not checked: no trusted time, and direct trust (Certificate "
                    "Usage 3) ignores notBefore/notAfter.");
                verdicts.set(Rule::S19, kCheckValidity, VerdictStatus::Skipped, text);
                report.skippedChecks << text;
            } else if (!tp.rangeStart.isValid() || !tp.rangeEnd.isValid() || tp.rangeEnd < tp.rangeStart) {
                // S19: indirect trust must establish validity by other means.
                verdicts.fail(Rule::S19, kCheckValidity,
                              QCoreApplication::translate(
                                  "lwc::security::CertificateVerifier",
                                  "No trusted time: indirect trust needs the date range the current date is known "
                                  "to lie in (from/to), or trusted time."));
            } else {
                const QDateTime from = tp.rangeStart.toUTC();
                const QDateTime to = tp.rangeEnd.toUTC();
                for (int i : checked) {
                    ChainElement& e = path[i];
                    QString text;
                    if (from < e.info.notBefore)
                        text = QCoreApplication::translate(
                                   "lwc::security::CertificateVerifier",
                                   "\"%1\" becomes valid only on %2, after the start of the assumed date range.")
                                   .arg(e.info.displayName(), formatTime(e.info.notBefore));
                    else if (to > e.info.notAfter)
                        text = QCoreApplication::translate(
                                   "lwc::security::CertificateVerifier",
                                   "\"%1\" expires on %2, before the end of the assumed date range.")
                                   .arg(e.info.displayName(), formatTime(e.info.notAfter));
                    if (!text.isEmpty()) {
                        addProblem(e, Rule::S19, text);
                        verdicts.fail(Rule::S19, kCheckValidity, text);
                    }
                }
                if (!verdicts.failed(Rule::S19)) {
                    verdicts.set(Rule::S19, kCheckValidity, VerdictStatus::Pass,
                                 QCoreApplication::translate(
                                     "lwc::security::CertificateVerifier",
                                     "No trusted time: every certificate is valid for the whole assumed range %1 to "
                                     "%2.")
                                     .arg(formatTime(from), formatTime(to)));
                }
            }
        }
    }

    // ---- names (S16, S17) or endpoint (S18) ---------------------------------
    const CertificateInfo& leafInfo = path[0].info;
    if (request.role == PeerRole::Server) {
        verdicts.set(
            Rule::S18, kCheckEndpoint, VerdictStatus::NotApplicable,
            QCoreApplication::translate("lwc::security::CertificateVerifier",
                                        "Server certificate: the endpoint-name rule applies to client certificates."));
        if (request.host.trimmed().isEmpty()) {
            const QString text = QCoreApplication::translate("lwc::security::CertificateVerifier",
                                                             "Name not checked: no server URI was given.");
            verdicts.set(Rule::S16, kCheckName, VerdictStatus::Skipped, text);
            verdicts.set(Rule::S17, kCheckWildcard, VerdictStatus::Skipped, text);
            report.skippedChecks << text;
        } else {
            report.host = HostnameMatcher::normalizeHost(request.host);
            const NameMatch m = HostnameMatcher::match(leafInfo, request.host);
            // Usage 3 pins the exact certificate; RFC 7671 5.1 drops the name
            // requirement, so a mismatch is reported, not refused.
            const VerdictStatus failStatus = directEe ? VerdictStatus::Warning : VerdictStatus::Fail;
            if (m.matched) {
                verdicts.set(
                    Rule::S16, kCheckName, VerdictStatus::Pass,
                    m.viaCommonName
                        ? QCoreApplication::translate("lwc::security::CertificateVerifier",
                                                      "The host %1 matches %2 (Subject CN; the certificate has no "
                                                      "SubjectAltName).")
                              .arg(report.host, m.matchedEntry)
                        : QCoreApplication::translate("lwc::security::CertificateVerifier", "The host %1 matches %2.")
                              .arg(report.host, m.matchedEntry));
            } else {
                const QString text = directEe ? m.problem + QLatin1Char(' ')
                        + QCoreApplication::translate("lwc::security::CertificateVerifier",
                                                      "Not required under direct trust (Certificate Usage 3).")
                                              : m.problem;
                verdicts.set(Rule::S16, kCheckName, failStatus, text);
                if (!directEe)
                    addProblem(path[0], Rule::S16, m.problem);
            }
            if (!m.refusedWildcards.isEmpty() && !m.matched) {
                const QString text
                    = QCoreApplication::translate("lwc::security::CertificateVerifier", "Wildcard not allowed: %1.")
                          .arg(m.refusedWildcards.join(QLatin1String("; ")));
                verdicts.set(Rule::S17, kCheckWildcard, failStatus, text);
                if (!directEe)
                    addProblem(path[0], Rule::S17, text);
            } else if (m.viaWildcard) {
                verdicts.set(Rule::S17, kCheckWildcard, VerdictStatus::Pass,
                             QCoreApplication::translate(
                                 "lwc::security::CertificateVerifier",
                                 "%1 is an allowed wildcard (whole leftmost label, not under a public suffix).")
                                 .arg(m.matchedEntry));
            } else if (!m.refusedWildcards.isEmpty()) {
                verdicts.set(Rule::S17, kCheckWildcard, VerdictStatus::Warning,
                             QCoreApplication::translate("lwc::security::CertificateVerifier",
                                                         "The host matched another entry; ignored wildcard(s): %1.")
                                 .arg(m.refusedWildcards.join(QLatin1String("; "))));
            } else {
                verdicts.set(Rule::S17, kCheckWildcard, VerdictStatus::NotApplicable,
                             QCoreApplication::translate("lwc::security::CertificateVerifier",
                                                         "No wildcard was involved in the name match."));
            }
        }
    } else {
        verdicts.set(
            Rule::S16, kCheckName, VerdictStatus::NotApplicable,
            QCoreApplication::translate("lwc::security::CertificateVerifier",
                                        "Client certificate: the server-name rule applies to server certificates."));
        verdicts.set(Rule::S17, kCheckWildcard, VerdictStatus::NotApplicable,
                     QCoreApplication::translate("lwc::security::CertificateVerifier",
                                                 "Client certificate: wildcards are not used."));
        if (request.endpoint.isEmpty()) {
            const QString text = QCoreApplication::translate("lwc::security::CertificateVerifier",
                                                             "Endpoint name not checked: no endpoint name was given.");
            verdicts.set(Rule::S18, kCheckEndpoint, VerdictStatus::Skipped, text);
            report.skippedChecks << text;
        } else if (leafInfo.subjectCommonNames.size() != 1) {
            const QString text = leafInfo.subjectCommonNames.isEmpty()
                ? QCoreApplication::translate(
                      "lwc::security::CertificateVerifier",
                      "The client certificate has no Subject CN; it must equal the endpoint name \"%1\".")
                      .arg(request.endpoint)
                : QCoreApplication::translate(
                      "lwc::security::CertificateVerifier",
                      "The client certificate has %1 Subject CNs; exactly one, equal to the endpoint name, is "
                      "required.")
                      .arg(leafInfo.subjectCommonNames.size());
            addProblem(path[0], Rule::S18, text);
            verdicts.fail(Rule::S18, kCheckEndpoint, text);
        } else if (leafInfo.subjectCommonNames.first() != request.endpoint) {
            // S18: the client certificate's Subject CN MUST equal the Endpoint Name.
            const QString text
                = QCoreApplication::translate("lwc::security::CertificateVerifier",
                                              "The Subject CN \"%1\" differs from the endpoint name \"%2\".")
                      .arg(leafInfo.subjectCommonNames.first(), request.endpoint);
            addProblem(path[0], Rule::S18, text);
            verdicts.fail(Rule::S18, kCheckEndpoint, text);
        } else {
            verdicts.set(Rule::S18, kCheckEndpoint, VerdictStatus::Pass,
                         QCoreApplication::translate("lwc::security::CertificateVerifier",
                                                     "The Subject CN equals the endpoint name \"%1\".")
                             .arg(request.endpoint));
        }
    }

    report.chain = path;
    report.verdicts = verdicts.take();
    report.trusted = report.failedRules().isEmpty();
    qCDebug(lcSecurity).noquote() << "verified" << leafInfo.displayName() << "->" << report.summary();
    return report;
}

} // namespace lwc::security
