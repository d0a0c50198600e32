#pragma once

// Small RAII and conversion helpers around OpenSSL 3, shared by the security
// domain. Nothing here knows LwM2M; it only keeps ownership and error
// handling in one place (OpenSSL's ERR queue is drained into Error::details).
#include "common/OpenSslError.h"
#include "common/Result.h"
#include "common/SecretBytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <openssl/asn1.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace lwc::security {

template <typename T, void (*Free)(T*)> struct OpenSslDeleter {
    void operator()(T* p) const noexcept
    {
        if (p)
            Free(p);
    }
};

using EvpPkeyPtr = std::unique_ptr<EVP_PKEY, OpenSslDeleter<EVP_PKEY, EVP_PKEY_free>>;
using EvpPkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, OpenSslDeleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;
using EvpMdCtxPtr = std::unique_ptr<EVP_MD_CTX, OpenSslDeleter<EVP_MD_CTX, EVP_MD_CTX_free>>;
using X509Ptr = std::unique_ptr<X509, OpenSslDeleter<X509, X509_free>>;
using X509StorePtr = std::unique_ptr<X509_STORE, OpenSslDeleter<X509_STORE, X509_STORE_free>>;
using X509StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, OpenSslDeleter<X509_STORE_CTX, X509_STORE_CTX_free>>;
using X509NamePtr = std::unique_ptr<X509_NAME, OpenSslDeleter<X509_NAME, X509_NAME_free>>;
using X509ExtensionPtr = std::unique_ptr<X509_EXTENSION, OpenSslDeleter<X509_EXTENSION, X509_EXTENSION_free>>;
using GeneralNamesPtr = std::unique_ptr<GENERAL_NAMES, OpenSslDeleter<GENERAL_NAMES, GENERAL_NAMES_free>>;
using BignumPtr = std::unique_ptr<BIGNUM, OpenSslDeleter<BIGNUM, BN_clear_free>>;
using Asn1IntegerPtr = std::unique_ptr<ASN1_INTEGER, OpenSslDeleter<ASN1_INTEGER, ASN1_INTEGER_free>>;
using Asn1TimePtr = std::unique_ptr<ASN1_TIME, OpenSslDeleter<ASN1_TIME, ASN1_TIME_free>>;

void freeX509Stack(STACK_OF(X509) * stack);
using X509StackPtr = std::unique_ptr<STACK_OF(X509), OpenSslDeleter<STACK_OF(X509), freeX509Stack>>;

// makeError(...) with the drained OpenSSL queue appended to `details`.
Error openSslError(QString code, QString userText, QString details = {}, Rule rule = Rule::None);

// DER <-> X509. x509FromDer refuses trailing bytes after the certificate.
X509Ptr x509FromDer(QByteArrayView der);
QByteArray x509ToDer(const X509* cert);

// DER SubjectPublicKeyInfo of a key (public part only).
QByteArray publicKeyToSpki(const EVP_PKEY* key);
EvpPkeyPtr publicKeyFromSpki(QByteArrayView spki);

// PKCS#8 PrivateKeyInfo DER of a key, in SecretBytes; the OpenSSL buffer is cleansed.
Result<SecretBytes> privateKeyToPkcs8(const EVP_PKEY* key);
// Parses unencrypted PKCS#8 DER.
EvpPkeyPtr privateKeyFromPkcs8(const SecretBytes& pkcs8);

// P-256 fast paths. OpenSSL 3's encoder/decoder framework costs ~100 us per
// call; P-256 keys have a fixed DER layout, so these build (and check) it
// directly. Tests compare the output byte for byte with OpenSSL's encoders.
// The shared group object, never freed.
const EC_GROUP* p256Group();
// True if `point` is an uncompressed point (0x04 || X || Y) on P-256.
bool isP256Point(QByteArrayView point);
// SubjectPublicKeyInfo DER of an uncompressed P-256 point (not checked).
QByteArray p256SpkiFromPoint(QByteArrayView point);
// The uncompressed point if `spki` is a P-256 SubjectPublicKeyInfo, else empty.
QByteArray p256PointFromSpki(QByteArrayView spki);
// PKCS#8 PrivateKeyInfo DER (as OpenSSL writes it: SEC1 inside, with the
// public key, without parameters) for a P-256 scalar and its point.
SecretBytes p256Pkcs8(const SecretBytes& scalar, QByteArrayView point);

// ASN1_TIME as UTC QDateTime (invalid QDateTime if unparsable).
QDateTime asn1TimeToDateTime(const ASN1_TIME* time);

// Message digests by name: "SHA256", "SHA384", "SHA512".
QByteArray digest(const char* algorithm, QByteArrayView data);
inline QByteArray sha256(QByteArrayView data)
{
    return digest("SHA256", data);
}

} // namespace lwc::security
