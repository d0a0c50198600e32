#pragma once

#include "common/Result.h"
#include "common/SecretBytes.h"

#include <QByteArray>
#include <QString>

namespace lwc::security {

// The local CA as it is kept at rest: its certificate (public) and its
// private key (PKCS#8 DER, secret).
struct CaMaterial {
    QByteArray certificateDer;
    SecretBytes privateKeyPkcs8;
};

// Where the local CA lives. The vault (core/vault) implements this later;
// FileCaKeyStore is the file-based implementation. Implementations must
// keep the key encrypted and authenticated at rest (S26) and must refuse to
// write it otherwise. Calls may be slow (key derivation): run them off the
// UI thread.
class CaKeyStore {
public:
    virtual ~CaKeyStore() = default;
    virtual bool exists() const = 0;
    virtual Result<CaMaterial> load() = 0;
    virtual Status save(const CaMaterial& material) = 0;
    // "directory /home/x/.local/share/.../ca (passphrase-encrypted PKCS#8, scrypt)"
    virtual QString describe() const = 0;
};

} // namespace lwc::security
