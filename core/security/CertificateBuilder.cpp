#include "CertificateBuilder.h"

#include "OpenSslUtil.h"

#include <QCoreApplication>

#include <openssl/err.h>
#include <openssl/rand.h>

namespace lwc::security {

namespace {

Error buildError(const QString& what)
{
    return openSslError(
        QStringLiteral("security.cert.build"),
        QCoreApplication::translate("lwc::security::CertificateBuilder", "The certificate could not be created (%1).")
            .arg(what));
}

bool addConfExtension(X509* cert, X509V3_CTX* ctx, int nid, const QString& value)
{
    if (value.isEmpty())
        return true;
    const QByteArray v = value.toLatin1();
    X509ExtensionPtr ext(X509V3_EXT_conf_nid(nullptr, ctx, nid, v.constData()));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

bool setTime(ASN1_TIME* field, const QDateTime& t)
{
    return ASN1_TIME_set(field, time_t(t.toSecsSinceEpoch())) != nullptr;
}

} // namespace

Result<QByteArray> CertificateBuilder::build(const CertificateSpec& spec, QByteArrayView subjectPublicKeySpki,
                                             QByteArrayView issuerCertificateDer, const SecretBytes& issuerKeyPkcs8)
{
    ERR_clear_error();
    EvpPkeyPtr subjectKey = publicKeyFromSpki(subjectPublicKeySpki);
    if (!subjectKey)
        return buildError(QStringLiteral("subject public key"));
    EvpPkeyPtr issuerKey = privateKeyFromPkcs8(issuerKeyPkcs8);
    if (!issuerKey)
        return buildError(QStringLiteral("issuer private key"));
    X509Ptr issuer;
    if (!issuerCertificateDer.isEmpty()) {
        issuer = x509FromDer(issuerCertificateDer);
        if (!issuer)
            return buildError(QStringLiteral("issuer certificate"));
    }

    X509Ptr cert(X509_new());
    if (!cert || X509_set_version(cert.get(), spec.version - 1) != 1)
        return buildError(QStringLiteral("version"));

    QByteArray serial = spec.serial;
    if (serial.isEmpty()) {
        serial.resize(16);
        if (RAND_bytes(reinterpret_cast<unsigned char*>(serial.data()), int(serial.size())) != 1)
            return buildError(QStringLiteral("serial"));
        serial[0] = char((serial[0] & 0x7f) | 0x40); // positive, full length, never zero
    }
    BignumPtr serialBn(
        BN_bin2bn(reinterpret_cast<const unsigned char*>(serial.constData()), int(serial.size()), nullptr));
    Asn1IntegerPtr serialInt(serialBn ? BN_to_ASN1_INTEGER(serialBn.get(), nullptr) : nullptr);
    if (!serialInt || X509_set_serialNumber(cert.get(), serialInt.get()) != 1)
        return buildError(QStringLiteral("serial"));

    X509NamePtr subject(X509_NAME_new());
    const auto addEntry = [&](const char* field, const QString& value) {
        if (value.isEmpty())
            return true;
        const QByteArray utf8 = value.toUtf8();
        return X509_NAME_add_entry_by_txt(subject.get(), field, MBSTRING_UTF8,
                                          reinterpret_cast<const unsigned char*>(utf8.constData()), int(utf8.size()),
                                          -1, 0)
            == 1;
    };
    if (!subject || !addEntry("O", spec.organization) || !addEntry("CN", spec.commonName))
        return buildError(QStringLiteral("subject name"));
    if (X509_set_subject_name(cert.get(), subject.get()) != 1
        || X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuer.get()) : subject.get()) != 1)
        return buildError(QStringLiteral("names"));
    if (!setTime(X509_getm_notBefore(cert.get()), spec.notBefore)
        || !setTime(X509_getm_notAfter(cert.get()), spec.notAfter))
        return buildError(QStringLiteral("validity"));
    if (X509_set_pubkey(cert.get(), subjectKey.get()) != 1)
        return buildError(QStringLiteral("public key"));

    if (spec.version == 3) {
        X509V3_CTX ctx;
        X509V3_set_ctx(&ctx, issuer ? issuer.get() : cert.get(), cert.get(), nullptr, nullptr, 0);
        if (!issuer)
            X509V3_set_issuer_pkey(&ctx, issuerKey.get());
        QString basic = spec.isCa ? QStringLiteral("critical,CA:TRUE") : QStringLiteral("critical,CA:FALSE");
        if (spec.isCa && spec.pathLength >= 0)
            basic += QStringLiteral(",pathlen:%1").arg(spec.pathLength);
        if (!addConfExtension(cert.get(), &ctx, NID_basic_constraints, basic)
            || !addConfExtension(cert.get(), &ctx, NID_key_usage, spec.keyUsage)
            || !addConfExtension(cert.get(), &ctx, NID_ext_key_usage, spec.extendedKeyUsage)
            || !addConfExtension(cert.get(), &ctx, NID_subject_key_identifier, QStringLiteral("hash"))
            || !addConfExtension(cert.get(), &ctx, NID_authority_key_identifier, QStringLiteral("keyid:always")))
            return buildError(QStringLiteral("extensions"));

        if (!spec.subjectAltNames.isEmpty()) {
            GeneralNamesPtr names(sk_GENERAL_NAME_new_null());
            for (const SubjectAltName& san : spec.subjectAltNames) {
                GENERAL_NAME* gn = nullptr;
                const QByteArray value = san.value.toUtf8();
                if (san.type == SubjectAltName::Type::Ip) {
                    ASN1_OCTET_STRING* ip = a2i_IPADDRESS(value.constData());
                    if (!ip)
                        return buildError(QStringLiteral("IP address %1").arg(san.value));
                    gn = GENERAL_NAME_new();
                    GENERAL_NAME_set0_value(gn, GEN_IPADD, ip);
                } else {
                    const int type = san.type == SubjectAltName::Type::Uri ? GEN_URI
                        : san.type == SubjectAltName::Type::Email          ? GEN_EMAIL
                                                                           : GEN_DNS;
                    ASN1_IA5STRING* s = ASN1_IA5STRING_new();
                    ASN1_STRING_set(s, value.constData(), int(value.size()));
                    gn = GENERAL_NAME_new();
                    GENERAL_NAME_set0_value(gn, type, s);
                }
                sk_GENERAL_NAME_push(names.get(), gn);
            }
            if (X509_add1_ext_i2d(cert.get(), NID_subject_alt_name, names.get(), 0, X509V3_ADD_DEFAULT) != 1)
                return buildError(QStringLiteral("subjectAltName"));
        }
    }

    const int baseId = EVP_PKEY_get_base_id(issuerKey.get());
    const EVP_MD* md = nullptr;
    EVP_MD* fetched = nullptr;
    if (baseId != EVP_PKEY_ED25519 && baseId != EVP_PKEY_ED448) {
        fetched = EVP_MD_fetch(nullptr, spec.digest.toLatin1().constData(), nullptr);
        md = fetched;
        if (!md)
            return buildError(QStringLiteral("digest %1").arg(spec.digest));
    }
    const int signedLen = X509_sign(cert.get(), issuerKey.get(), md);
    EVP_MD_free(fetched);
    if (signedLen <= 0)
        return buildError(QStringLiteral("signature"));
    return x509ToDer(cert.get());
}

} // namespace lwc::security
