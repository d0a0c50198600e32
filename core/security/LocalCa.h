#pragma once

#include "CaKeyStore.h"
#include "CertificateInfo.h"

#include "common/Clock.h"
#include "common/Result.h"
#include "common/SecretBytes.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace lwc::security {

struct LocalCaOptions {
    QString commonName; // empty: "LwM2M Commissioner Local CA <8 hex>"
    QString organization;
    int validityDays = 3650;
};

struct IssueOptions {
    QList<SubjectAltName> subjectAltNames; // optional for clients, the host names for servers
    int validityDays = 730; // capped at the CA's own notAfter
};

// The tool's own certificate authority. It issues P-256/ECDSA-SHA256 client
// certificates whose Subject CN is the endpoint name (S18), and server
// certificates for the bootstrap server. Its key enters and leaves only as
// PKCS#8 in SecretBytes, through a CaKeyStore.
class LocalCa {
public:
    static constexpr int kMaxCommonNameLength = 64; // RFC 5280 ub-common-name

    // A new P-256 CA (self-signed, CA:TRUE pathlen 0, keyCertSign|cRLSign).
    static Result<LocalCa> create(const LocalCaOptions& options = {}, const Clock& clock = Clock::system());
    // An existing CA: must be a CA certificate that is valid now, whose key
    // matches `privateKeyPkcs8`, with a strong key (S11) and hash (S9).
    static Result<LocalCa> import(QByteArray certificateDer, SecretBytes privateKeyPkcs8,
                                  const Clock& clock = Clock::system());
    static Result<LocalCa> load(CaKeyStore& store, const Clock& clock = Clock::system());
    Status save(CaKeyStore& store) const;

    const QByteArray& certificateDer() const { return m_certificate; }
    CertificateInfo info() const;

    // S18: Subject CN = endpoint name; digitalSignature, clientAuth; the
    // subject key must meet S11.
    Result<QByteArray> issueClientCertificate(const QString& endpoint, QByteArrayView subjectPublicKeySpki,
                                              const IssueOptions& options = {}) const;
    // For the bootstrap server's DTLS identity: CN = first name, every name
    // in the SAN (DNS or IP), serverAuth.
    Result<QByteArray> issueServerCertificate(const QStringList& hostNames, QByteArrayView subjectPublicKeySpki,
                                              const IssueOptions& options = {}) const;

    LocalCa(LocalCa&&) noexcept = default;
    LocalCa& operator=(LocalCa&&) noexcept = default;

private:
    LocalCa(QByteArray certificate, SecretBytes key, const Clock& clock);
    Result<QByteArray> issue(const QString& commonName, QByteArrayView subjectPublicKeySpki,
                             const IssueOptions& options, const QString& extendedKeyUsage) const;

    QByteArray m_certificate;
    SecretBytes m_key;
    const Clock* m_clock;
};

} // namespace lwc::security
