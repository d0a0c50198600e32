#pragma once

#include "CredentialCodec.h"

#include "common/Result.h"
#include "common/SecretBytes.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace lwc::security {

// Security Mode, /0/x/2.
enum class SecurityMode : int { Psk = 0, Rpk = 1, Certificate = 2, NoSec = 3 };

// How a device wants its keys in /0/x/3, /0/x/4, /0/x/5 (S22). Devices
// differ; SPKI + PKCS#8 is the default, and the choice is shown to the user.
struct DeviceKeyProfile {
    PublicKeyFormat publicKey = PublicKeyFormat::Spki;
    PrivateKeyFormat privateKey = PrivateKeyFormat::Pkcs8;

    // "SubjectPublicKeyInfo + PKCS#8", ...
    QString describe() const;
    // Presets: "default" (spki + pkcs8), "raw" (X||Y + 32-byte scalar),
    // "uncompressed" (65-byte point + 32-byte scalar), "sec1" (spki + SEC1).
    static std::optional<DeviceKeyProfile> fromName(QStringView name);
};

// The bytes that go into the Security object for one account.
struct SecurityObjectKeys {
    SecurityMode mode = SecurityMode::Psk;
    QByteArray publicKeyOrIdentity; // res 3
    QByteArray serverPublicKey; // res 4 (empty in PSK mode)
    SecretBytes secretKey; // res 5
    QString profile; // what encodings were used, for the user and the log

    // S21: res 3 = identity as UTF-8 (S8), res 5 = the key (at least 16 bytes, S3).
    static Result<SecurityObjectKeys> forPsk(const QString& identity, const SecretBytes& psk);
    // S22: res 3 = client public key, res 4 = server public key, res 5 =
    // client private key, each in the profile's encoding. The server key may
    // come in any supported public-key encoding. Refuses weak keys (S11) and a
    // client key equal to the server key (S12).
    static Result<SecurityObjectKeys> forRpk(const SecretBytes& clientPrivateKeyPkcs8, QByteArrayView serverPublicKey,
                                             const DeviceKeyProfile& profile = {});
    // S23: res 3 = client certificate DER, res 4 = server certificate or
    // trust anchor DER, res 5 = client private key (profile encoding). The key
    // must belong to the certificate.
    static Result<SecurityObjectKeys> forCertificate(QByteArrayView clientCertificateDer,
                                                     const SecretBytes& clientPrivateKeyPkcs8,
                                                     QByteArrayView serverCertificateDer,
                                                     const DeviceKeyProfile& profile = {});
};

} // namespace lwc::security
