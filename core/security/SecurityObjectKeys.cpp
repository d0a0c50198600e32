#include "SecurityObjectKeys.h"

#include "CredentialGenerator.h"
#include "KeyPolicy.h"
#include "OpenSslUtil.h"

#include <QCoreApplication>

#include <openssl/err.h>

namespace lwc::security {

namespace {

Error sameKeyError()
{
    // S12: client and server SHALL use different key pairs.
    return makeError(QStringLiteral("security.keys.clientEqualsServer"),
                     QCoreApplication::translate(
                         "lwc::security::SecurityObjectKeys",
                         "The client key pair is the server's key pair; every client needs its own key pair."),
                     {}, Rule::S12);
}

} // namespace

QString DeviceKeyProfile::describe() const
{
    return QStringLiteral("%1 + %2").arg(publicKeyFormatName(publicKey), privateKeyFormatName(privateKey));
}

std::optional<DeviceKeyProfile> DeviceKeyProfile::fromName(QStringView name)
{
    if (name == u"default" || name == u"spki")
        return DeviceKeyProfile {PublicKeyFormat::Spki, PrivateKeyFormat::Pkcs8};
    if (name == u"raw")
        return DeviceKeyProfile {PublicKeyFormat::RawXY, PrivateKeyFormat::Raw};
    if (name == u"uncompressed")
        return DeviceKeyProfile {PublicKeyFormat::Uncompressed, PrivateKeyFormat::Raw};
    if (name == u"sec1")
        return DeviceKeyProfile {PublicKeyFormat::Spki, PrivateKeyFormat::Sec1};
    return std::nullopt;
}

Result<SecurityObjectKeys> SecurityObjectKeys::forPsk(const QString& identity, const SecretBytes& psk)
{
    LWC_CHECK(CredentialGenerator::validatePskIdentity(identity));
    LWC_CHECK(CredentialGenerator::checkPskStrength(psk));
    SecurityObjectKeys keys;
    keys.mode = SecurityMode::Psk;
    keys.publicKeyOrIdentity = identity.toUtf8(); // S21/S8: UTF-8
    keys.secretKey = psk.clone();
    keys.profile = QStringLiteral("PSK identity UTF-8 (%1 bytes), key %2 bytes")
                       .arg(keys.publicKeyOrIdentity.size())
                       .arg(psk.size());
    return keys;
}

Result<SecurityObjectKeys> SecurityObjectKeys::forRpk(const SecretBytes& clientPrivateKeyPkcs8,
                                                      QByteArrayView serverPublicKey, const DeviceKeyProfile& profile)
{
    ERR_clear_error();
    EvpPkeyPtr client = privateKeyFromPkcs8(clientPrivateKeyPkcs8);
    if (!client)
        return openSslError(
            QStringLiteral("security.key.unrecognized"),
            QCoreApplication::translate("lwc::security::SecurityObjectKeys", "The client private key cannot be read."));
    LWC_CHECK(KeyPolicy::checkKeyStrength(
        client.get(), QCoreApplication::translate("lwc::security::SecurityObjectKeys", "The client key")));
    LWC_TRY(PublicKey server, CredentialCodec::parsePublicKey(serverPublicKey));
    EvpPkeyPtr serverKey = publicKeyFromSpki(server.spki);
    LWC_CHECK(KeyPolicy::checkKeyStrength(
        serverKey.get(), QCoreApplication::translate("lwc::security::SecurityObjectKeys", "The server key")));
    const QByteArray clientSpki = publicKeyToSpki(client.get());
    if (clientSpki == server.spki)
        return sameKeyError();

    SecurityObjectKeys keys;
    keys.mode = SecurityMode::Rpk;
    LWC_TRY(keys.publicKeyOrIdentity, CredentialCodec::encodePublicKey(clientSpki, profile.publicKey));
    LWC_TRY(keys.serverPublicKey, CredentialCodec::encodePublicKey(server.spki, profile.publicKey));
    LWC_TRY(keys.secretKey, CredentialCodec::encodePrivateKey(clientPrivateKeyPkcs8, profile.privateKey));
    keys.profile = profile.describe();
    return keys;
}

Result<SecurityObjectKeys> SecurityObjectKeys::forCertificate(QByteArrayView clientCertificateDer,
                                                              const SecretBytes& clientPrivateKeyPkcs8,
                                                              QByteArrayView serverCertificateDer,
                                                              const DeviceKeyProfile& profile)
{
    ERR_clear_error();
    X509Ptr clientCert = x509FromDer(clientCertificateDer);
    X509Ptr serverCert = x509FromDer(serverCertificateDer);
    if (!clientCert || !serverCert) {
        return openSslError(QStringLiteral("security.cert.unparsable"),
                            clientCert
                                ? QCoreApplication::translate("lwc::security::SecurityObjectKeys",
                                                              "The server certificate is not a valid DER certificate.")
                                : QCoreApplication::translate("lwc::security::SecurityObjectKeys",
                                                              "The client certificate is not a valid DER certificate."),
                            {}, Rule::S23);
    }
    EvpPkeyPtr client = privateKeyFromPkcs8(clientPrivateKeyPkcs8);
    if (!client)
        return openSslError(
            QStringLiteral("security.key.unrecognized"),
            QCoreApplication::translate("lwc::security::SecurityObjectKeys", "The client private key cannot be read."));
    if (EVP_PKEY_eq(X509_get0_pubkey(clientCert.get()), client.get()) != 1) {
        ERR_clear_error();
        return makeError(QStringLiteral("security.keys.certificateKeyMismatch"),
                         QCoreApplication::translate("lwc::security::SecurityObjectKeys",
                                                     "The private key does not belong to the client certificate."),
                         {}, Rule::S23);
    }
    LWC_CHECK(KeyPolicy::checkKeyStrength(
        client.get(), QCoreApplication::translate("lwc::security::SecurityObjectKeys", "The client key")));
    LWC_CHECK(KeyPolicy::checkSignatureDigest(
        clientCert.get(), QCoreApplication::translate("lwc::security::SecurityObjectKeys", "The client certificate")));
    if (EVP_PKEY_eq(X509_get0_pubkey(serverCert.get()), client.get()) == 1)
        return sameKeyError();

    SecurityObjectKeys keys;
    keys.mode = SecurityMode::Certificate;
    keys.publicKeyOrIdentity = x509ToDer(clientCert.get()); // S23: DER out
    keys.serverPublicKey = x509ToDer(serverCert.get());
    LWC_TRY(keys.secretKey, CredentialCodec::encodePrivateKey(clientPrivateKeyPkcs8, profile.privateKey));
    keys.profile = QStringLiteral("X.509 DER + %1").arg(privateKeyFormatName(profile.privateKey));
    return keys;
}

} // namespace lwc::security
