#include "FileCaKeyStore.h"

#include "CredentialCodec.h"
#include "OpenSslUtil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

namespace lwc::security {

namespace {

Status writeFileAtomically(const QString& path, QByteArrayView data, QFileDevice::Permissions permissions)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(permissions)
        || file.write(data.data(), data.size()) != data.size() || !file.commit()) {
        return makeError(QStringLiteral("security.ca.write"),
                         QCoreApplication::translate("lwc::security::FileCaKeyStore",
                                                     "Could not write %1: %2. Check the folder's permissions and "
                                                     "free space.")
                             .arg(path, file.errorString()));
    }
    return {};
}

} // namespace

FileCaKeyStore::FileCaKeyStore(QString directory, SecretBytes passphrase, ScryptParameters scrypt)
    : m_directory(std::move(directory)), m_passphrase(std::move(passphrase)), m_scrypt(scrypt)
{
}

QString FileCaKeyStore::certificatePath() const
{
    return QDir(m_directory).filePath(QStringLiteral("ca-cert.pem"));
}

QString FileCaKeyStore::keyPath() const
{
    return QDir(m_directory).filePath(QStringLiteral("ca-key.pem"));
}

bool FileCaKeyStore::exists() const
{
    return QFile::exists(certificatePath()) && QFile::exists(keyPath());
}

QString FileCaKeyStore::describe() const
{
    return QStringLiteral("directory %1 (passphrase-encrypted PKCS#8, scrypt N=%2 r=%3 p=%4, AES-256-CBC)")
        .arg(QDir::toNativeSeparators(m_directory))
        .arg(m_scrypt.n)
        .arg(m_scrypt.r)
        .arg(m_scrypt.p);
}

Result<SecretBytes> FileCaKeyStore::encryptPkcs8(const SecretBytes& pkcs8, const SecretBytes& passphrase,
                                                 const ScryptParameters& scrypt)
{
    ERR_clear_error();
    const unsigned char* p = pkcs8.data();
    PKCS8_PRIV_KEY_INFO* info = d2i_PKCS8_PRIV_KEY_INFO(nullptr, &p, long(pkcs8.size()));
    X509_ALGOR* pbe
        = info ? PKCS5_pbe2_set_scrypt(EVP_aes_256_cbc(), nullptr, 16, nullptr, scrypt.n, scrypt.r, scrypt.p) : nullptr;
    X509_SIG* sig = pbe
        ? PKCS8_set0_pbe(reinterpret_cast<const char*>(passphrase.data()), int(passphrase.size()), info, pbe)
        : nullptr;
    if (!sig)
        X509_ALGOR_free(pbe);
    PKCS8_PRIV_KEY_INFO_free(info);
    if (!sig) {
        return openSslError(
            QStringLiteral("security.ca.encrypt"),
            QCoreApplication::translate("lwc::security::FileCaKeyStore", "The CA key could not be encrypted."));
    }
    unsigned char* der = nullptr;
    const int len = i2d_X509_SIG(sig, &der);
    X509_SIG_free(sig);
    if (len <= 0) {
        return openSslError(
            QStringLiteral("security.ca.encrypt"),
            QCoreApplication::translate("lwc::security::FileCaKeyStore", "The CA key could not be encrypted."));
    }
    SecretBytes out = SecretBytes::copyOf(QByteArrayView(reinterpret_cast<const char*>(der), len));
    OPENSSL_free(der);
    return out;
}

Status FileCaKeyStore::save(const CaMaterial& material)
{
    // S26: the CA key is written only encrypted, under a real passphrase.
    if (m_passphrase.size() < kMinPassphraseBytes) {
        return makeError(QStringLiteral("security.ca.passphraseWeak"),
                         QCoreApplication::translate("lwc::security::FileCaKeyStore",
                                                     "The CA key is never stored unencrypted; give a passphrase of at "
                                                     "least %1 characters.")
                             .arg(kMinPassphraseBytes),
                         {}, Rule::S26);
    }
    QDir dir;
    if (!dir.mkpath(m_directory)
        || !QFile::setPermissions(m_directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
        return makeError(
            QStringLiteral("security.ca.write"),
            QCoreApplication::translate("lwc::security::FileCaKeyStore", "Could not create the CA folder %1.")
                .arg(m_directory));
    }
    LWC_TRY(SecretBytes encrypted, encryptPkcs8(material.privateKeyPkcs8, m_passphrase, m_scrypt));
    LWC_TRY(
        QByteArray keyPem,
        CredentialCodec::encodeOutput(encrypted.view(), OutputEncoding::Pem, QStringLiteral("ENCRYPTED PRIVATE KEY")));
    LWC_TRY(QByteArray certPem,
            CredentialCodec::encodeOutput(material.certificateDer, OutputEncoding::Pem, QStringLiteral("CERTIFICATE")));
    LWC_CHECK(writeFileAtomically(keyPath(), keyPem, QFile::ReadOwner | QFile::WriteOwner));
    LWC_CHECK(writeFileAtomically(certificatePath(), certPem,
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    return {};
}

Result<CaMaterial> FileCaKeyStore::load()
{
    const auto readAll = [](const QString& path) -> Result<QByteArray> {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            return makeError(QStringLiteral("security.ca.read"),
                             QCoreApplication::translate("lwc::security::FileCaKeyStore",
                                                         "Could not read %1: %2. Create or import a CA first.")
                                 .arg(path, f.errorString()));
        }
        return f.readAll();
    };
    LWC_TRY(QByteArray certPem, readAll(certificatePath()));
    LWC_TRY(DecodedInput certBlocks, CredentialCodec::decode(certPem));
    LWC_TRY(QList<QByteArray> certs, CredentialCodec::parseCertificates(certBlocks));

    LWC_TRY(QByteArray keyPem, readAll(keyPath()));
    auto keyBlocks = CredentialCodec::decode(keyPem);
    wipeByteArray(keyPem);
    if (!keyBlocks.ok())
        return std::move(keyBlocks).error();
    if (keyBlocks->encoding != InputEncoding::Pem || keyBlocks->blocks.size() != 1
        || keyBlocks->blocks.front().pemLabel != QLatin1String("ENCRYPTED PRIVATE KEY")) {
        // S26: a plaintext CA key on disk is refused, not silently used.
        return makeError(QStringLiteral("security.ca.keyNotEncrypted"),
                         QCoreApplication::translate("lwc::security::FileCaKeyStore",
                                                     "%1 is not an encrypted private key. Re-import the CA so its "
                                                     "key is stored encrypted.")
                             .arg(keyPath()),
                         {}, Rule::S26);
    }
    LWC_TRY(PrivateKey key, CredentialCodec::parsePrivateKey(keyBlocks->blocks.front().bytes, &m_passphrase));
    return CaMaterial {certs.first(), std::move(key.pkcs8)};
}

} // namespace lwc::security
