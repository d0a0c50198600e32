#pragma once

#include "common/Result.h"
#include "common/SecretBytes.h"

#include <QCoro/QCoroTask>
#include <QString>

#include <memory>

namespace lwc {

// The OS keychain (Secret Service/KWallet, macOS Keychain, Windows
// Credential Manager) as an optional second way to unlock the vault. The
// vault never needs one: headless machines and CI have none.
//
// Every call is asynchronous (a keychain may ask the user) and ends with a
// timeout. Error codes: vault.keychain.notFound, .unavailable, .denied,
// .timeout, .failed.
class KeychainBackend {
public:
    virtual ~KeychainBackend() = default;
    virtual QCoro::Task<Result<SecretBytes>> read(QString key) = 0;
    virtual QCoro::Task<Status> write(QString key, SecretBytes secret) = 0;
    virtual QCoro::Task<Status> remove(QString key) = 0;

    // The platform keychain through QtKeychain, or nullptr when this build
    // has none. `service` groups the entries ("LwM2M Commissioner").
    static std::shared_ptr<KeychainBackend> platformDefault(const QString& service);

    // Errors with the codes above, translated, for implementations.
    static Error notFound(const QString& key);
    static Error unavailable(const QString& details);
    static Error denied(const QString& details);
    static Error timedOut(const QString& key, int seconds);
    static Error failed(const QString& details);
};

} // namespace lwc
