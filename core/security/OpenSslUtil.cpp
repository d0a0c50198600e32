#include "OpenSslUtil.h"

#include <openssl/err.h>
#include <openssl/pem.h>

#include <cstring>

#include <ctime>

namespace lwc::security {

void freeX509Stack(STACK_OF(X509) * stack)
{
    sk_X509_pop_free(stack, X509_free);
}

Error openSslError(QString code, QString userText, QString details, Rule rule)
{
    const QString queue = drainOpenSslErrors();
    if (!queue.isEmpty())
        details = details.isEmpty() ? queue : details + QLatin1String("; ") + queue;
    return makeError(std::move(code), std::move(userText), std::move(details), rule);
}

X509Ptr x509FromDer(QByteArrayView der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.data());
    const auto* start = p;
    X509Ptr cert(d2i_X509(nullptr, &p, long(der.size())));
    if (cert && p - start != der.size())
        return {};
    return cert;
}

QByteArray x509ToDer(const X509* cert)
{
    if (!cert)
        return {};
    const int len = i2d_X509(cert, nullptr);
    if (len <= 0)
        return {};
    QByteArray out(len, Qt::Uninitialized);
    auto* p = reinterpret_cast<unsigned char*>(out.data());
    i2d_X509(cert, &p);
    return out;
}

QByteArray publicKeyToSpki(const EVP_PKEY* key)
{
    if (!key)
        return {};
    const int len = i2d_PUBKEY(key, nullptr);
    if (len <= 0)
        return {};
    QByteArray out(len, Qt::Uninitialized);
    auto* p = reinterpret_cast<unsigned char*>(out.data());
    i2d_PUBKEY(key, &p);
    return out;
}

EvpPkeyPtr publicKeyFromSpki(QByteArrayView spki)
{
    const auto* p = reinterpret_cast<const unsigned char*>(spki.data());
    const auto* start = p;
    EvpPkeyPtr key(d2i_PUBKEY(nullptr, &p, long(spki.size())));
    if (key && p - start != spki.size())
        return {};
    return key;
}

Result<SecretBytes> privateKeyToPkcs8(const EVP_PKEY* key)
{
    PKCS8_PRIV_KEY_INFO* info = EVP_PKEY2PKCS8(key);
    if (!info) {
        return openSslError(QStringLiteral("security.key.encode"),
                            QCoreApplication::translate("lwc::security::OpenSslUtil",
                                                        "The private key could not be encoded as PKCS#8."));
    }
    unsigned char* der = nullptr;
    const int len = i2d_PKCS8_PRIV_KEY_INFO(info, &der);
    PKCS8_PRIV_KEY_INFO_free(info);
    if (len <= 0 || !der) {
        return openSslError(QStringLiteral("security.key.encode"),
                            QCoreApplication::translate("lwc::security::OpenSslUtil",
                                                        "The private key could not be encoded as PKCS#8."));
    }
    SecretBytes out = SecretBytes::copyOf(QByteArrayView(reinterpret_cast<const char*>(der), len));
    OPENSSL_clear_free(der, size_t(len));
    return out;
}

EvpPkeyPtr privateKeyFromPkcs8(const SecretBytes& pkcs8)
{
    const unsigned char* p = pkcs8.data();
    const unsigned char* start = p;
    PKCS8_PRIV_KEY_INFO* info = d2i_PKCS8_PRIV_KEY_INFO(nullptr, &p, long(pkcs8.size()));
    if (!info)
        return {};
    const bool complete = p - start == pkcs8.size();
    EvpPkeyPtr key(complete ? EVP_PKCS82PKEY(info) : nullptr);
    PKCS8_PRIV_KEY_INFO_free(info);
    return key;
}

namespace {
// SEQUENCE { SEQUENCE { id-ecPublicKey, prime256v1 }, BIT STRING (66 bytes) }
constexpr unsigned char kP256SpkiPrefix[]
    = {0x30, 0x59, 0x30, 0x13, 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01,
       0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0x03, 0x42, 0x00};
// PrivateKeyInfo { 0, {id-ecPublicKey, prime256v1}, OCTET STRING { ECPrivateKey { 1, d, [1] pub } } }
constexpr unsigned char kP256Pkcs8Head[]
    = {0x30, 0x81, 0x87, 0x02, 0x01, 0x00, 0x30, 0x13, 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01, 0x06,
       0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0x04, 0x6d, 0x30, 0x6b, 0x02, 0x01, 0x01, 0x04, 0x20};
constexpr unsigned char kP256Pkcs8Mid[] = {0xa1, 0x44, 0x03, 0x42, 0x00};
constexpr qsizetype kPointSize = 65;
constexpr qsizetype kScalarSize = 32;
} // namespace

const EC_GROUP* p256Group()
{
    static const EC_GROUP* group = EC_GROUP_new_by_curve_name(NID_X9_62_prime256v1); // leaked on purpose
    return group;
}

bool isP256Point(QByteArrayView point)
{
    if (point.size() != kPointSize || point[0] != 0x04 || !p256Group())
        return false;
    EC_POINT* p = EC_POINT_new(p256Group());
    // oct2point refuses points that are not on the curve.
    const bool ok = p
        && EC_POINT_oct2point(p256Group(), p, reinterpret_cast<const unsigned char*>(point.data()),
                              size_t(point.size()), nullptr)
            == 1;
    EC_POINT_free(p);
    if (!ok)
        ERR_clear_error();
    return ok;
}

QByteArray p256SpkiFromPoint(QByteArrayView point)
{
    QByteArray out(reinterpret_cast<const char*>(kP256SpkiPrefix), sizeof kP256SpkiPrefix);
    out.append(point.data(), point.size());
    return out;
}

QByteArray p256PointFromSpki(QByteArrayView spki)
{
    const QByteArrayView prefix(reinterpret_cast<const char*>(kP256SpkiPrefix), sizeof kP256SpkiPrefix);
    if (spki.size() != prefix.size() + kPointSize || !spki.startsWith(prefix))
        return {};
    return spki.sliced(prefix.size()).toByteArray();
}

SecretBytes p256Pkcs8(const SecretBytes& scalar, QByteArrayView point)
{
    if (scalar.size() != kScalarSize || point.size() != kPointSize)
        return {};
    SecretBytes out
        = SecretBytes::zeroed(qsizetype(sizeof kP256Pkcs8Head + kScalarSize + sizeof kP256Pkcs8Mid) + kPointSize);
    unsigned char* p = out.data();
    memcpy(p, kP256Pkcs8Head, sizeof kP256Pkcs8Head);
    p += sizeof kP256Pkcs8Head;
    memcpy(p, scalar.data(), kScalarSize);
    p += kScalarSize;
    memcpy(p, kP256Pkcs8Mid, sizeof kP256Pkcs8Mid);
    p += sizeof kP256Pkcs8Mid;
    memcpy(p, point.data(), kPointSize);
    return out;
}

QDateTime asn1TimeToDateTime(const ASN1_TIME* time)
{
    struct tm t { };
    if (!time || ASN1_TIME_to_tm(time, &t) != 1)
        return {};
    return QDateTime(QDate(t.tm_year + 1900, t.tm_mon + 1, t.tm_mday), QTime(t.tm_hour, t.tm_min, t.tm_sec), Qt::UTC);
}

QByteArray digest(const char* algorithm, QByteArrayView data)
{
    EVP_MD* md = EVP_MD_fetch(nullptr, algorithm, nullptr);
    if (!md)
        return {};
    QByteArray out(EVP_MD_get_size(md), Qt::Uninitialized);
    unsigned int len = 0;
    const bool ok
        = EVP_Digest(data.data(), size_t(data.size()), reinterpret_cast<unsigned char*>(out.data()), &len, md, nullptr)
        == 1;
    EVP_MD_free(md);
    if (!ok)
        return {};
    out.resize(qsizetype(len));
    return out;
}

} // namespace lwc::security
