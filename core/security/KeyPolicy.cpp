#include "KeyPolicy.h"

#include <QCoreApplication>

#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/objects.h>

namespace lwc::security {

QString KeyInfo::description() const
{
    if (algorithm == QLatin1String("EC"))
        return QCoreApplication::translate("lwc::security::KeyPolicy", "EC %1 (%2 bits)").arg(curve).arg(bits);
    if (algorithm == QLatin1String("RSA"))
        return QCoreApplication::translate("lwc::security::KeyPolicy", "RSA %1 bits").arg(bits);
    return QCoreApplication::translate("lwc::security::KeyPolicy", "%1 (%2 bits)").arg(algorithm).arg(bits);
}

KeyInfo KeyPolicy::describeKey(const EVP_PKEY* key)
{
    KeyInfo info;
    if (!key)
        return info;
    info.bits = EVP_PKEY_get_bits(key);
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_EC: {
        info.algorithm = QStringLiteral("EC");
        char group[80] = {};
        size_t len = 0;
        if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &len) == 1) {
            const int nid = OBJ_sn2nid(group);
            const char* nist = nid != NID_undef ? EC_curve_nid2nist(nid) : nullptr;
            info.curve = QString::fromLatin1(nist ? nist : group);
        } else {
            info.curve = QStringLiteral("explicit parameters");
        }
        break;
    }
    case EVP_PKEY_RSA:
    case EVP_PKEY_RSA_PSS:
        info.algorithm = QStringLiteral("RSA");
        break;
    case EVP_PKEY_ED25519:
        info.algorithm = QStringLiteral("Ed25519");
        break;
    case EVP_PKEY_ED448:
        info.algorithm = QStringLiteral("Ed448");
        break;
    default: {
        const char* name = EVP_PKEY_get0_type_name(key);
        info.algorithm = QString::fromLatin1(name ? name : "unknown");
        break;
    }
    }
    return info;
}

bool KeyPolicy::isKeyStrongEnough(const KeyInfo& info)
{
    // S11: ECC keys at least 256 bits; RSA "or equivalent" = 2048 bits (NIST
    // SP 800-57 puts both at 112+ bits; 2048 is the accepted floor).
    if (info.algorithm == QLatin1String("EC"))
        return info.bits >= 256 && info.curve != QLatin1String("explicit parameters");
    if (info.algorithm == QLatin1String("Ed25519") || info.algorithm == QLatin1String("Ed448"))
        return true;
    if (info.algorithm == QLatin1String("RSA"))
        return info.bits >= 2048;
    return false;
}

Status KeyPolicy::checkKeyStrength(const EVP_PKEY* key, const QString& what)
{
    const KeyInfo info = describeKey(key);
    if (isKeyStrongEnough(info))
        return {};
    // S11: keys under 256-bit EC (or 2048-bit RSA) are refused.
    return makeError(QStringLiteral("security.key.tooWeak"),
                     QCoreApplication::translate("lwc::security::KeyPolicy",
                                                 "%1 is %2; LwM2M needs an EC key of at least 256 bits (P-256) or an "
                                                 "RSA key of at least 2048 bits. Use a stronger key.")
                         .arg(what, info.description()),
                     QStringLiteral("algorithm=%1 curve=%2 bits=%3").arg(info.algorithm, info.curve).arg(info.bits),
                     Rule::S11);
}

SignatureInfo KeyPolicy::describeSignature(const X509* cert)
{
    SignatureInfo info;
    if (!cert)
        return info;
    const int sigNid = X509_get_signature_nid(cert);
    info.algorithm = QString::fromLatin1(sigNid != NID_undef ? OBJ_nid2ln(sigNid) : "unknown");
    int mdNid = NID_undef;
    int pkNid = NID_undef;
    if (X509_get_signature_info(const_cast<X509*>(cert), &mdNid, &pkNid, nullptr, nullptr) != 1) {
        ERR_clear_error();
        if (sigNid == NID_undef || OBJ_find_sigid_algs(sigNid, &mdNid, &pkNid) != 1)
            return info;
    }
    if (mdNid != NID_undef)
        info.digest = QString::fromLatin1(OBJ_nid2sn(mdNid)).toUpper().remove(QLatin1Char('-'));
    // S9: SHA-256 preferred; SHA-1, MD5 and anything weaker (SHA-224,
    // RIPEMD-160, ...) are refused. EdDSA hashes inside the scheme.
    switch (mdNid) {
    case NID_sha256:
    case NID_sha384:
    case NID_sha512:
    case NID_sha3_256:
    case NID_sha3_384:
    case NID_sha3_512:
        info.acceptable = true;
        break;
    case NID_undef:
        info.acceptable = pkNid == NID_ED25519 || pkNid == NID_ED448;
        break;
    default:
        info.acceptable = false;
        break;
    }
    return info;
}

Status KeyPolicy::checkSignatureDigest(const X509* cert, const QString& what)
{
    const SignatureInfo info = describeSignature(cert);
    if (info.acceptable)
        return {};
    return makeError(QStringLiteral("security.signature.weakHash"),
                     QCoreApplication::translate("lwc::security::KeyPolicy",
                                                 "%1 is signed with %2; SHA-1, MD5 and hashes weaker than SHA-256 "
                                                 "are not allowed. Have it re-issued with SHA-256.")
                         .arg(what, info.algorithm),
                     QStringLiteral("signature=%1 digest=%2").arg(info.algorithm, info.digest), Rule::S9);
}

} // namespace lwc::security
