#pragma once

#include "CaKeyStore.h"

#include <QString>

namespace lwc::security {

// scrypt cost for the key file. The defaults are those of
// `openssl pkcs8 -topk8 -scrypt` (N=16384, r=8, p=1: 16 MiB, well within
// OpenSSL's 32 MiB decryption limit); tests may lower them.
struct ScryptParameters {
    quint64 n = 16384;
    quint64 r = 8;
    quint64 p = 1;
};

// The local CA in a directory: ca-cert.pem (public) and ca-key.pem, an
// "ENCRYPTED PRIVATE KEY" (PKCS#8 PBES2: scrypt + AES-256-CBC) that any
// OpenSSL can read with the passphrase. Never writes or reads an
// unencrypted key (S26). Files are written atomically, the key with mode 0600
// in a 0700 directory.
class FileCaKeyStore final : public CaKeyStore {
public:
    static constexpr qsizetype kMinPassphraseBytes = 8;

    FileCaKeyStore(QString directory, SecretBytes passphrase, ScryptParameters scrypt = {});

    bool exists() const override;
    Result<CaMaterial> load() override;
    Status save(const CaMaterial& material) override;
    QString describe() const override;

    QString certificatePath() const;
    QString keyPath() const;

    // EncryptedPrivateKeyInfo DER for a PKCS#8 key (PBES2, scrypt, AES-256-CBC).
    static Result<SecretBytes> encryptPkcs8(const SecretBytes& pkcs8, const SecretBytes& passphrase,
                                            const ScryptParameters& scrypt = {});

private:
    QString m_directory;
    SecretBytes m_passphrase;
    ScryptParameters m_scrypt;
};

} // namespace lwc::security
