#pragma once

#include "security/CaKeyStore.h"
#include "security/FileCaKeyStore.h"

#include "common/Clock.h"
#include "common/Result.h"

#include <QPointer>
#include <QString>

#include <qcoro/qcorotask.h>

namespace lwc {
class Vault;
}

namespace lwc::security {

// The application's local CA (it signs receipts and issues X.509
// credentials), created on first use without asking the technician
// anything, so a first commissioning works on a fresh laptop.
//
// Where the key lives: a FileCaKeyStore directory (ca-cert.pem and an
// scrypt/AES-256 encrypted ca-key.pem — the layout `commissioner-cli
// --ca-dir` reads, so receipts verify with `receipt verify --cert
// <dir>/ca-cert.pem`). The key's passphrase is 32 random bytes:
//   - sealed by the vault (AES-256-GCM, S26) when a vault is unlocked;
//   - otherwise in a file readable only by the user (0600) in the settings
//     folder. That protects the key file when it is copied on its own, not
//     against someone with the user's account; the first use with an
//     unlocked vault moves the passphrase into the vault and wipes the file.
// Once the passphrase is in the vault, the CA needs the vault unlocked.
class LocalCaProvider {
public:
    struct Locations {
        QString caDirectory;
        QString passphraseFile; // plain passphrase (no vault)
        QString sealedPassphraseFile; // vault-sealed passphrase
    };
    // AppDataLocation/ca, AppConfigLocation/ca-passphrase, AppDataLocation/ca/ca-passphrase.sealed
    static Locations defaultLocations();

    enum class Protection { None, PassphraseFile, Vault };

    // `vault` may be null or locked (see above). Test builds may lower the
    // scrypt cost of the key file.
    LocalCaProvider(Locations locations, Vault* vault, const Clock& clock = Clock::system(),
                    ScryptParameters scrypt = {});

    // The CA's certificate and key, creating the CA on first use. Key
    // derivation and key generation run on the thread pool.
    QCoro::Task<Result<CaMaterial>> obtain();

    // How the key's passphrase is kept right now.
    Protection protection() const;
    QString certificatePath() const;
    const Locations& locations() const { return m_locations; }

    static constexpr const char* kSealedAssociatedData = "local-ca:passphrase";

private:
    Result<SecretBytes> passphrase();
    Status storePassphrase(const SecretBytes& passphrase);

    Locations m_locations;
    QPointer<Vault> m_vault;
    const Clock& m_clock;
    ScryptParameters m_scrypt;
};

} // namespace lwc::security
