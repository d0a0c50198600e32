#pragma once

// The verification engine for server and client certificates. One call
// returns a verdict per LwM2M rule (VerificationReport) rather than a bool:
//
//   S9  signature hashes (no SHA-1/MD5)      S16 names vs. the Server URI host
//   S11 key sizes (EC >= 256, RSA >= 2048)   S17 wildcard rules (public suffixes via libpsl)
//   S13 X.509v3 path validation (OpenSSL)    S18 client certificate CN == endpoint name
//   S14 direct trust (res 4/13/15)           S19 validity against the Clock, or what replaces it
//   S15 indirect trust: path ends at the expected CA
//
// Certificate Usage (res 15) follows RFC 6698/7671 as LwM2M adopts them:
//   0 CA constraint            pinned CA must be in a path that also validates against the trust anchors
//   1 service cert constraint  pinned certificate == leaf, and the path validates against the trust anchors
//   2 trust anchor assertion   pinned certificate is the trust anchor the path must end at
//   3 domain-issued (default)  pinned certificate == leaf; no path, no name requirement (RFC 7671 5.1)
// Matching Type (res 13): 0 exact DER, 1 SHA-256, 2 SHA-384, 3 SHA-512 of the DER certificate.
#include "VerificationReport.h"

#include "common/Clock.h"
#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <qcoro/qcorotask.h>

#include <optional>

namespace lwc::security {

enum class CertificateUsage : int {
    CaConstraint = 0,
    ServiceCertificateConstraint = 1,
    TrustAnchorAssertion = 2,
    DomainIssuedCertificate = 3,
};

enum class MatchingType : int { Exact = 0, Sha256 = 1, Sha384 = 2, Sha512 = 3 };

// What /0/x/4 (+ /0/x/13, /0/x/15) hold for direct trust (S14).
struct PinnedTrust {
    QByteArray value; // DER certificate for Exact, else the digest of the DER certificate
    MatchingType matching = MatchingType::Exact;
    CertificateUsage usage = CertificateUsage::DomainIssuedCertificate;
};

// S19: where "now" comes from.
struct TimePolicy {
    enum class Mode {
        Clock, // trusted time from the Clock
        Fixed, // trusted time given by the user ("--time")
        Untrusted, // no trusted time: direct trust skips validity, indirect trust needs [rangeStart, rangeEnd]
    };
    Mode mode = Mode::Clock;
    QDateTime fixed;
    // Untrusted only: the user's statement that the current date lies in this
    // range. Every certificate must then be valid for the whole range.
    QDateTime rangeStart;
    QDateTime rangeEnd;

    static TimePolicy clock() { return {}; }
    static TimePolicy at(const QDateTime& time) { return {Mode::Fixed, time, {}, {}}; }
    static TimePolicy untrusted(const QDateTime& from = {}, const QDateTime& to = {})
    {
        return {Mode::Untrusted, {}, from, to};
    }
};

struct VerificationRequest {
    PeerRole role = PeerRole::Server;
    QList<QByteArray> peerChain; // DER, leaf first; intermediates in any order
    QList<QByteArray> trustAnchors; // DER; need not be self-signed (partial chains allowed)
    std::optional<PinnedTrust> pinned; // direct trust material (S14)
    QString host; // server role: host of the Server URI (S16, S17)
    QString endpoint; // client role: the endpoint name the CN must equal (S18)
    TimePolicy time;
};

class CertificateVerifier {
public:
    explicit CertificateVerifier(const Clock& clock = Clock::system());

    // Errors only for unusable requests (no certificate, no trust
    // configured, unreadable trust anchor); every rule outcome is in the report.
    Result<VerificationReport> verify(const VerificationRequest& request) const;
    // The same on a worker thread. The verifier (and its Clock) must outlive the task.
    QCoro::Task<Result<VerificationReport>> verifyAsync(VerificationRequest request) const;

    // For the bootstrap server: a DTLS client's chain (DER, leaf first)
    // against the trust anchors, with S18 (CN == endpoint), S13/S15 and the
    // validity, key and hash rules.
    Result<VerificationReport> verifyClientCertificate(const QList<QByteArray>& peerChain,
                                                       const QList<QByteArray>& trustAnchors, const QString& endpoint,
                                                       const TimePolicy& time = TimePolicy::clock()) const;

    // Host of "coaps://host:port" (IPv6 without brackets); errors name the problem.
    static Result<QString> hostFromServerUri(const QString& uri);
    // What res 4 holds for a certificate under a matching type.
    static QByteArray pinnedValue(QByteArrayView certificateDer, MatchingType matching);

private:
    const Clock& m_clock;
};

} // namespace lwc::security
