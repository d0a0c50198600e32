#include "CertificateInfo.h"

#include "Fingerprint.h"
#include "OpenSslUtil.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QtEndian>

#include <openssl/bio.h>
#include <openssl/err.h>

namespace lwc::security {

namespace {

QString nameToString(const X509_NAME* name)
{
    std::unique_ptr<BIO, OpenSslDeleter<BIO, BIO_free_all>> bio(BIO_new(BIO_s_mem()));
    if (!bio || !name)
        return {};
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char* data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, len);
}

QString asn1StringToUtf8(const ASN1_STRING* s)
{
    unsigned char* utf8 = nullptr;
    const int len = ASN1_STRING_to_UTF8(&utf8, s);
    if (len < 0)
        return {};
    QString out = QString::fromUtf8(reinterpret_cast<const char*>(utf8), len);
    OPENSSL_free(utf8);
    return out;
}

} // namespace

QString SubjectAltName::typeName() const
{
    switch (type) {
    case Type::Dns:
        return QStringLiteral("DNS");
    case Type::Ip:
        return QStringLiteral("IP");
    case Type::Uri:
        return QStringLiteral("URI");
    case Type::Email:
        return QStringLiteral("email");
    case Type::Other:
        break;
    }
    return QStringLiteral("other");
}

QString CertificateInfo::sha256Text() const
{
    return Fingerprint::format(sha256);
}

QString CertificateInfo::displayName() const
{
    if (!subjectCommonNames.isEmpty())
        return subjectCommonNames.first();
    if (!subject.isEmpty())
        return subject;
    if (!subjectAltNames.isEmpty())
        return subjectAltNames.first().value;
    return QCoreApplication::translate("lwc::security::CertificateInfo", "(empty subject)");
}

Result<CertificateInfo> CertificateInfo::fromDer(QByteArrayView der)
{
    X509Ptr cert = x509FromDer(der);
    if (!cert) {
        return openSslError(QStringLiteral("security.cert.unparsable"),
                            QCoreApplication::translate("lwc::security::CertificateInfo",
                                                        "The data is not a valid DER X.509 certificate."),
                            QStringLiteral("%1 bytes").arg(der.size()), Rule::S13);
    }
    return fromX509(cert.get());
}

CertificateInfo CertificateInfo::fromX509(const X509* cert)
{
    CertificateInfo info;
    info.der = x509ToDer(cert);
    info.sha256 = security::sha256(info.der);
    info.version = int(X509_get_version(cert)) + 1;
    const X509_NAME* subject = X509_get_subject_name(cert);
    info.subject = nameToString(subject);
    info.issuer = nameToString(X509_get_issuer_name(cert));
    for (int i = -1; (i = X509_NAME_get_index_by_NID(subject, NID_commonName, i)) >= 0;)
        info.subjectCommonNames << asn1StringToUtf8(X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, i)));

    if (const ASN1_INTEGER* serial = X509_get0_serialNumber(cert)) {
        BignumPtr bn(ASN1_INTEGER_to_BN(serial, nullptr));
        if (bn) {
            char* hex = BN_bn2hex(bn.get());
            info.serialHex = QString::fromLatin1(hex);
            OPENSSL_free(hex);
        }
    }
    info.notBefore = asn1TimeToDateTime(X509_get0_notBefore(cert));
    info.notAfter = asn1TimeToDateTime(X509_get0_notAfter(cert));

    int critical = -1;
    auto* names = static_cast<GENERAL_NAMES*>(X509_get_ext_d2i(cert, NID_subject_alt_name, &critical, nullptr));
    GeneralNamesPtr ownedNames(names);
    info.hasSubjectAltName = critical != -1;
    info.subjectAltNameMalformed = info.hasSubjectAltName && !names;
    for (int i = 0; names && i < sk_GENERAL_NAME_num(names); ++i) {
        const GENERAL_NAME* gn = sk_GENERAL_NAME_value(names, i);
        SubjectAltName san;
        switch (gn->type) {
        case GEN_DNS:
        case GEN_URI:
        case GEN_EMAIL: {
            const ASN1_IA5STRING* s = gn->d.ia5;
            san.type = gn->type == GEN_DNS ? SubjectAltName::Type::Dns
                : gn->type == GEN_URI      ? SubjectAltName::Type::Uri
                                           : SubjectAltName::Type::Email;
            san.raw = QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(s)), ASN1_STRING_length(s));
            san.value = QString::fromLatin1(san.raw);
            break;
        }
        case GEN_IPADD: {
            const ASN1_OCTET_STRING* s = gn->d.ip;
            san.type = SubjectAltName::Type::Ip;
            san.raw = QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(s)), ASN1_STRING_length(s));
            if (san.raw.size() == 4) {
                san.value = QHostAddress(qFromBigEndian<quint32>(san.raw.constData())).toString();
            } else if (san.raw.size() == 16) {
                Q_IPV6ADDR a;
                memcpy(a.c, san.raw.constData(), 16);
                san.value = QHostAddress(a).toString();
            } else {
                san.value = QString::fromLatin1(san.raw.toHex(':'));
            }
            break;
        }
        default:
            san.type = SubjectAltName::Type::Other;
            san.value
                = QCoreApplication::translate("lwc::security::CertificateInfo", "(other name type %1)").arg(gn->type);
            break;
        }
        info.subjectAltNames << san;
    }

    info.key = KeyPolicy::describeKey(X509_get0_pubkey(cert));
    info.signature = KeyPolicy::describeSignature(cert);
    info.isCa = X509_check_ca(const_cast<X509*>(cert)) != 0;
    info.selfIssued = X509_NAME_cmp(X509_get_subject_name(cert), X509_get_issuer_name(cert)) == 0;
    info.selfSigned = info.selfIssued && X509_self_signed(const_cast<X509*>(cert), 1) == 1;
    ERR_clear_error();
    return info;
}

} // namespace lwc::security
