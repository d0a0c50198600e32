#pragma once

// Import and export of keys, certificates and PSKs in the encodings devices
// and tools use (S21-S23): auto-detection of PEM, DER, hex and base64
// containers; private keys as PKCS#8, SEC1 or raw 32-byte P-256 scalars;
// public keys as SubjectPublicKeyInfo, raw X||Y (64 bytes) or the
// uncompressed point (65 bytes, 0x04 prefix). Internally every private key is
// PKCS#8 DER in SecretBytes and every public key is SPKI DER.
#include "common/Result.h"
#include "common/SecretBytes.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <vector>

namespace lwc::security {

// The container a file or paste came in.
enum class InputEncoding { Pem, Der, Hex, Base64, Raw };
// How to write bytes out.
enum class OutputEncoding { Der, Pem, Hex, Base64 };

enum class PrivateKeyFormat { Pkcs8, EncryptedPkcs8, Sec1, Pkcs1, Raw };
enum class PublicKeyFormat { Spki, RawXY, Uncompressed };

enum class CredentialType { Certificate, PrivateKey, PublicKey, Psk };
// What the caller expects; Auto classifies by content.
enum class ImportKind { Auto, Certificate, PrivateKey, PublicKey, Psk };

QString inputEncodingName(InputEncoding encoding);
QString privateKeyFormatName(PrivateKeyFormat format);
QString publicKeyFormatName(PublicKeyFormat format);
QString credentialTypeName(CredentialType type);
// "spki" | "xy" | "uncompressed"; "pkcs8" | "sec1" | "raw"; "der" | "pem" | "hex" | "base64".
std::optional<PublicKeyFormat> publicKeyFormatFromName(QStringView name);
std::optional<PrivateKeyFormat> privateKeyFormatFromName(QStringView name);
std::optional<OutputEncoding> outputEncodingFromName(QStringView name);

struct DecodedBlock {
    QString pemLabel; // "CERTIFICATE", "PRIVATE KEY", ... empty unless PEM
    SecretBytes bytes;
};

struct DecodedInput {
    InputEncoding encoding = InputEncoding::Raw;
    std::vector<DecodedBlock> blocks; // one block unless PEM or concatenated DER
};

struct PrivateKey {
    SecretBytes pkcs8; // normalised PKCS#8 PrivateKeyInfo DER
    QByteArray publicKeySpki; // derived public key, SPKI DER
    PrivateKeyFormat sourceFormat = PrivateKeyFormat::Pkcs8;
};

struct PublicKey {
    QByteArray spki;
    PublicKeyFormat sourceFormat = PublicKeyFormat::Spki;
};

struct ImportedCredential {
    CredentialType type = CredentialType::Certificate;
    InputEncoding encoding = InputEncoding::Raw;
    QString format; // "X.509 certificate", "PKCS#8", "raw X||Y (64 bytes)", ...
    QList<QByteArray> certificates; // DER, file order (leaf first for a chain file)
    SecretBytes privateKeyPkcs8; // PrivateKey (and a PEM that bundles a key with its certificate)
    QByteArray publicKeySpki; // PublicKey, PrivateKey (derived), Certificate (the first one's key)
    SecretBytes psk; // Psk
};

class CredentialCodec {
public:
    // Splits and decodes: PEM (one or more blocks), DER (one or more
    // concatenated SEQUENCEs), hex (whitespace, ':' and a 0x prefix allowed),
    // base64 (also base64url), else raw bytes. Text that is both valid hex and
    // valid base64 is read as hex.
    static Result<DecodedInput> decode(QByteArrayView input);

    // PKCS#8 (plain or encrypted; encrypted needs `passphrase`), SEC1,
    // PKCS#1, or a raw 32-byte P-256 scalar.
    static Result<PrivateKey> parsePrivateKey(const SecretBytes& der, const SecretBytes* passphrase = nullptr);
    // SPKI DER, raw X||Y (64 bytes, P-256) or uncompressed point (65 bytes, P-256).
    static Result<PublicKey> parsePublicKey(QByteArrayView bytes);
    // Certificates from DER blocks (decode() first).
    static Result<QList<QByteArray>> parseCertificates(const DecodedInput& input);

    // Decodes and classifies a whole file/paste. PSKs are accepted only when
    // `kind` is Psk or the input is exactly 16 bytes; 32 raw bytes are
    // ambiguous (P-256 scalar or 256-bit PSK) and need an explicit kind.
    static Result<ImportedCredential> import(QByteArrayView input, ImportKind kind = ImportKind::Auto,
                                             const SecretBytes* passphrase = nullptr);

    // Export in a device's encoding (S22). Raw formats exist for P-256 only.
    static Result<SecretBytes> encodePrivateKey(const SecretBytes& pkcs8, PrivateKeyFormat format);
    static Result<QByteArray> encodePublicKey(QByteArrayView spki, PublicKeyFormat format);

    // Wraps bytes for a file: DER = as is, PEM with `pemLabel` (empty label:
    // PEM refused), hex (lower case), base64. Both end with a newline when textual.
    static Result<QByteArray> encodeOutput(QByteArrayView bytes, OutputEncoding encoding, const QString& pemLabel);
    static Result<SecretBytes> encodeSecretOutput(const SecretBytes& bytes, OutputEncoding encoding,
                                                  const QString& pemLabel);

    static QString pemLabelFor(PrivateKeyFormat format);
};

} // namespace lwc::security
