#pragma once

#include "KeyPolicy.h"

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <openssl/x509.h>

namespace lwc::security {

struct SubjectAltName {
    enum class Type { Dns, Ip, Uri, Email, Other };
    Type type = Type::Other;
    QString value; // display text; IP addresses in canonical text form
    QByteArray raw; // the encoded bytes (IA5String or 4/16 address octets)
    QString typeName() const; // "DNS", "IP", "URI", "email", "other"
};

// Everything the dialog, the CLI and the verifier show about one certificate.
struct CertificateInfo {
    QByteArray der;
    int version = 0; // 1, 2 or 3
    QString subject; // RFC 2253 one-liner
    QString issuer;
    QStringList subjectCommonNames;
    QString serialHex;
    QDateTime notBefore;
    QDateTime notAfter;
    bool hasSubjectAltName = false; // the extension is present
    bool subjectAltNameMalformed = false; // present but undecodable or duplicated
    QList<SubjectAltName> subjectAltNames;
    KeyInfo key;
    SignatureInfo signature;
    bool isCa = false;
    bool selfIssued = false; // subject == issuer
    bool selfSigned = false; // and its own key verifies the signature
    QByteArray sha256;

    QString sha256Text() const; // colon-grouped
    QString displayName() const; // first CN, else the subject line

    static Result<CertificateInfo> fromDer(QByteArrayView der);
    static CertificateInfo fromX509(const X509* cert);
};

} // namespace lwc::security
