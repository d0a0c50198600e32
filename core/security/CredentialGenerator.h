#pragma once

// Fresh, unique credentials for a device: PSKs (S3, S8, S21), PINs for PIN
// jobs (S4) and P-256 key pairs (S11, S22). Everything secret comes from
// OpenSSL's CSPRNG (RAND_priv_bytes) and is returned as SecretBytes.
#include "common/Result.h"
#include "common/SecretBytes.h"

#include <QByteArray>
#include <QString>

#include <qcoro/qcorotask.h>

namespace lwc::security {

// How the PSK identity (/0/x/3 in PSK mode) is formed.
enum class PskIdentityScheme {
    EndpointName, // the endpoint name itself (default)
    PrefixedEndpoint, // prefix + endpoint name, e.g. "bs-" + "urn:imei:..."
    Random, // prefix + 32 random hex digits (for devices that must not reveal their name)
};

struct PskOptions {
    qsizetype keyBytes = 16; // 16 (AES-128 suites, default) or 32
    PskIdentityScheme scheme = PskIdentityScheme::EndpointName;
    QString prefix;
};

struct PskCredential {
    QString identity; // UTF-8 on the wire (S8)
    SecretBytes key;
};

struct KeyPair {
    SecretBytes privateKeyPkcs8; // PKCS#8 PrivateKeyInfo DER
    QByteArray publicKeySpki; // SubjectPublicKeyInfo DER
};

class CredentialGenerator {
public:
    static constexpr qsizetype kDefaultPskBytes = 16;
    // S8 asks for at least 128 bytes; OpenSSL's PSK_MAX_IDENTITY_LEN is 256.
    static constexpr qsizetype kMaxPskIdentityBytes = 256;
    static constexpr qsizetype kMinPskIdentityBytesSupported = 128;
    static constexpr int kDefaultPinLength = 8;
    static constexpr int kMinPinLength = 6;
    static constexpr int kMaxPinLength = 32;

    // S8: non-empty, valid UTF-8, no control characters, at most 256 bytes.
    static Status validatePskIdentity(const QString& identity);
    static Result<QString> pskIdentity(const QString& endpoint, const PskOptions& options = {});

    // S3: a CSPRNG key of 16 (default) or 32 bytes plus its identity.
    static Result<PskCredential> generatePsk(const QString& endpoint, const PskOptions& options = {});

    // S3: rough entropy estimate of a user-supplied PSK, in bits. Typed text
    // counts log2(character pool) per character; binary keys 8 bits per byte
    // unless they repeat or count up.
    static double estimatePskEntropyBits(const SecretBytes& psk);
    // S3/S21: refuses keys under 16 bytes or under 128 bits of estimated entropy.
    static Status checkPskStrength(const SecretBytes& psk);

    // S4: a numeric PIN of `length` digits, uniformly distributed (rejection sampling).
    static Result<SecretBytes> generatePin(int length = kDefaultPinLength);

    // S11/S22: a fresh P-256 key pair.
    static Result<KeyPair> generateP256KeyPair();
    // The same on a worker thread (key generation must not block the UI).
    static QCoro::Task<Result<KeyPair>> generateP256KeyPairAsync();
};

} // namespace lwc::security
