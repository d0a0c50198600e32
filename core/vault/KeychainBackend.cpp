#include "KeychainBackend.h"

#if defined(LWC_HAVE_QTKEYCHAIN)
#include "QtKeychainBackend.h"
#endif

namespace lwc {

std::shared_ptr<KeychainBackend> KeychainBackend::platformDefault(const QString& service)
{
#if defined(LWC_HAVE_QTKEYCHAIN)
    return std::make_shared<QtKeychainBackend>(service);
#else
    Q_UNUSED(service);
    return nullptr;
#endif
}

Error KeychainBackend::notFound(const QString& key)
{
    return makeError(QStringLiteral("vault.keychain.notFound"),
                     QCoreApplication::translate("lwc::KeychainBackend",
                                                 "The system keychain has no entry for this vault. Unlock with the "
                                                 "passphrase, then turn keychain unlock on again."),
                     QStringLiteral("no entry '%1'").arg(key));
}

Error KeychainBackend::unavailable(const QString& details)
{
    return makeError(QStringLiteral("vault.keychain.unavailable"),
                     QCoreApplication::translate("lwc::KeychainBackend",
                                                 "No system keychain is available in this session. Unlock with the "
                                                 "passphrase instead."),
                     details);
}

Error KeychainBackend::denied(const QString& details)
{
    return makeError(QStringLiteral("vault.keychain.denied"),
                     QCoreApplication::translate("lwc::KeychainBackend",
                                                 "The system keychain refused access. Allow this program in the "
                                                 "keychain prompt, or unlock with the passphrase."),
                     details);
}

Error KeychainBackend::timedOut(const QString& key, int seconds)
{
    return makeError(QStringLiteral("vault.keychain.timeout"),
                     QCoreApplication::translate("lwc::KeychainBackend",
                                                 "The system keychain did not answer within %1 seconds. Unlock it "
                                                 "(it may be waiting for its own password), or use the passphrase.")
                         .arg(seconds),
                     QStringLiteral("no answer for '%1'").arg(key));
}

Error KeychainBackend::failed(const QString& details)
{
    return makeError(QStringLiteral("vault.keychain.failed"),
                     QCoreApplication::translate("lwc::KeychainBackend",
                                                 "The system keychain reported an error. Unlock with the passphrase "
                                                 "instead; the details name the cause."),
                     details);
}

} // namespace lwc
