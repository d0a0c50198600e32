#include "CredentialFactory.h"

#include <QCoreApplication>

namespace lwc::bootstrap {

Result<AccountKeys> PskCredentialFactory::keysFor(const QString&, const AccountCredentials& account)
{
    AccountKeys keys;
    switch (account.mode) {
    case AccountSecurityMode::NoSec:
        return keys;
    case AccountSecurityMode::Psk: {
        keys.publicKeyOrIdentity = account.pskIdentity; // S21: res 3 = identity (UTF-8)
        if (account.psk.generate) {
            auto psk = SecretBytes::random(account.generateBytes); // S3: CSPRNG, 16 bytes by default
            if (!psk)
                return std::move(psk).error();
            keys.secretKey = std::move(psk).value();
        } else {
            keys.secretKey = account.psk.secret.clone(); // S21: res 5 = key bytes
        }
        return keys;
    }
    default:
        return makeError(QStringLiteral("credentials.unsupported"),
                         QCoreApplication::translate("lwc::bootstrap::CredentialFactory",
                                                     "RPK and certificate accounts need the credential engine."),
                         accountSecurityModeName(account.mode));
    }
}

} // namespace lwc::bootstrap
