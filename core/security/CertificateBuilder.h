#pragma once

#include "CertificateInfo.h"

#include "common/Result.h"
#include "common/SecretBytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace lwc::security {

// What goes into a certificate. The builder applies no policy: LocalCa
// decides what it is willing to issue (S9, S11, S18); tests use the builder
// to make deliberately bad certificates (SHA-1, P-192, "*.com", expired).
struct CertificateSpec {
    QString commonName;
    QString organization;
    QList<SubjectAltName> subjectAltNames; // Dns/Uri/Email take `value`; Ip takes the text address
    QDateTime notBefore;
    QDateTime notAfter;
    bool isCa = false;
    int pathLength = -1; // CA only; -1 = unlimited
    QString keyUsage; // OpenSSL syntax, e.g. "critical,digitalSignature"; empty = none
    QString extendedKeyUsage; // e.g. "clientAuth"; empty = none
    QByteArray serial; // big-endian; empty = 16 random bytes (positive)
    QString digest = QStringLiteral("SHA256"); // signature hash; ignored for EdDSA keys
    int version = 3;
};

class CertificateBuilder {
public:
    // Signs `spec` for `subjectPublicKeySpki` with the issuer's key. An empty
    // `issuerCertificateDer` makes a self-issued certificate (issuer name =
    // subject name). Returns the DER certificate.
    static Result<QByteArray> build(const CertificateSpec& spec, QByteArrayView subjectPublicKeySpki,
                                    QByteArrayView issuerCertificateDer, const SecretBytes& issuerKeyPkcs8);
};

} // namespace lwc::security
