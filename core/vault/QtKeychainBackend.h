#pragma once

#include "KeychainBackend.h"

#include <chrono>

namespace lwc {

// KeychainBackend over QtKeychain (links QtDBus on Linux, no QtGui).
// Entries are binary, under `service`; the insecure plain-file fallback of
// QtKeychain stays off. Note: QtKeychain hands the secret over in a
// QByteArray of its own, which this class wipes after copying it into
// SecretBytes; copies inside the keychain daemon are outside our reach.
class QtKeychainBackend final : public KeychainBackend {
public:
    static constexpr std::chrono::seconds kDefaultTimeout {60};

    explicit QtKeychainBackend(QString service, std::chrono::milliseconds timeout = kDefaultTimeout);

    QCoro::Task<Result<SecretBytes>> read(QString key) override;
    QCoro::Task<Status> write(QString key, SecretBytes secret) override;
    QCoro::Task<Status> remove(QString key) override;

private:
    QString m_service;
    std::chrono::milliseconds m_timeout;
};

} // namespace lwc
