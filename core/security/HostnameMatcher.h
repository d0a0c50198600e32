#pragma once

#include "CertificateInfo.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace lwc::security {

// Outcome of checking a certificate's names against the host of the Server
// URI (S16) with the wildcard rules (S17).
struct NameMatch {
    bool matched = false;
    QString matchedEntry; // "DNS:*.acme.com", "IP:192.0.2.1", "CN:example.com"
    bool viaWildcard = false;
    bool viaCommonName = false; // only when the certificate has no SubjectAltName at all
    QStringList refusedWildcards; // S17: entries that would cover the host but are not allowed, with the reason
    QString problem; // why nothing matched (translated), empty when matched
};

// Name rules, as the LwM2M policy reads RFC 6125:
// - a DNS host is matched against SAN dNSName entries, an IP host against SAN
//   iPAddress entries (binary compare); an IP never matches a dNSName;
// - the Subject CN is used only when there is no SubjectAltName extension at
//   all; a SAN that cannot be parsed fails the check (no CN fallback);
// - comparison is ASCII case-insensitive without IDNA mapping; a dNSName with
//   non-ASCII bytes never matches;
// - "*" only as the whole leftmost label, matching exactly one label, never
//   directly above a public suffix ("*.com", "*.co.uk") and never bare.
class HostnameMatcher {
public:
    enum class WildcardProblem { None, Bare, NotLeftmost, PartialLabel, PublicSuffix, NonAscii };

    // Lower-case ASCII form of a host: IDNs to A-labels, brackets and one
    // trailing dot removed. Empty if the host is not usable.
    static QString normalizeHost(const QString& host);
    // The address octets (4 or 16) if `host` is an IP literal.
    static std::optional<QByteArray> ipAddressBytes(const QString& host);

    // S17: why a dNSName pattern (lower case) is not an allowed wildcard.
    static WildcardProblem wildcardProblem(const QString& pattern);
    static QString describe(WildcardProblem problem);

    // Exact or allowed-wildcard match of one dNSName pattern.
    static bool matchesDnsName(const QString& pattern, const QString& host, bool* viaWildcard = nullptr);
    // Would the pattern cover the host if '*' could stand for anything?
    static bool coversLoosely(const QString& pattern, const QString& host);

    static NameMatch match(const CertificateInfo& cert, const QString& host);
};

} // namespace lwc::security
