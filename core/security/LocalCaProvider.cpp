#include "LocalCaProvider.h"

#include "security/CoroutineAttributes.h"
#include "security/LocalCa.h"
#include "vault/Vault.h"

#include "common/Log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include <QCoro/QCoroFuture>

#include <memory>
#include <optional>

namespace lwc::security {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("lwc::security::LocalCaProvider", text);
}

Status writePrivateFile(const QString& path, QByteArrayView data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(data.data(), data.size()) != data.size() || !file.commit())
        return makeError(QStringLiteral("ca.passphraseWrite"),
                         tr("Could not write %1: %2. Check the folder's permissions and free space.")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

Result<QByteArray> readSmallFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("ca.passphraseRead"),
                         tr("Could not read %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.size() > 4096)
        return makeError(QStringLiteral("ca.passphraseRead"),
                         tr("%1 is not a passphrase file (too large).").arg(QDir::toNativeSeparators(path)));
    return file.readAll();
}

// Overwrites the plaintext passphrase before removing the file.
void shredFile(const QString& path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadWrite)) {
        const QByteArray zeros(file.size(), '\0');
        file.write(zeros);
        file.flush();
        file.close();
    }
    QFile::remove(path);
}

} // namespace

LocalCaProvider::Locations LocalCaProvider::defaultLocations()
{
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString config = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    Locations l;
    l.caDirectory = QDir(data).filePath(QStringLiteral("ca"));
    l.passphraseFile = QDir(config).filePath(QStringLiteral("ca-passphrase"));
    l.sealedPassphraseFile = QDir(l.caDirectory).filePath(QStringLiteral("ca-passphrase.sealed"));
    return l;
}

LocalCaProvider::LocalCaProvider(Locations locations, Vault* vault, const Clock& clock, ScryptParameters scrypt)
    : m_locations(std::move(locations)), m_vault(vault), m_clock(clock), m_scrypt(scrypt)
{
}

QString LocalCaProvider::certificatePath() const
{
    return QDir(m_locations.caDirectory).filePath(QStringLiteral("ca-cert.pem"));
}

LocalCaProvider::Protection LocalCaProvider::protection() const
{
    if (QFile::exists(m_locations.sealedPassphraseFile))
        return Protection::Vault;
    if (QFile::exists(m_locations.passphraseFile))
        return Protection::PassphraseFile;
    return Protection::None;
}

Status LocalCaProvider::storePassphrase(const SecretBytes& passphrase)
{
    if (m_vault && m_vault->isUnlocked()) {
        // S26: sealed with the vault's data key, bound to its purpose.
        LWC_TRY(const QByteArray blob, m_vault->seal(passphrase, QByteArrayView(kSealedAssociatedData)));
        LWC_CHECK(writePrivateFile(m_locations.sealedPassphraseFile, blob));
        if (QFile::exists(m_locations.passphraseFile)) {
            shredFile(m_locations.passphraseFile);
            qCInfo(lcSecurity) << "local CA passphrase moved into the vault";
        }
        return {};
    }
    QByteArray text = passphrase.view().toByteArray();
    const Status written = writePrivateFile(m_locations.passphraseFile, text);
    wipeByteArray(text);
    return written;
}

Result<SecretBytes> LocalCaProvider::passphrase()
{
    if (QFile::exists(m_locations.sealedPassphraseFile)) {
        if (!m_vault || !m_vault->isUnlocked())
            return makeError(QStringLiteral("ca.vaultLocked"),
                             tr("The local CA's key is protected by the vault, which is locked. Unlock the vault, "
                                "then try again."));
        LWC_TRY(const QByteArray blob, readSmallFile(m_locations.sealedPassphraseFile));
        return m_vault->open(blob, QByteArrayView(kSealedAssociatedData));
    }
    if (QFile::exists(m_locations.passphraseFile)) {
        LWC_TRY(QByteArray text, readSmallFile(m_locations.passphraseFile));
        SecretBytes secret = SecretBytes::takeFrom(text);
        if (secret.size() < FileCaKeyStore::kMinPassphraseBytes)
            return makeError(QStringLiteral("ca.passphraseInvalid"),
                             tr("The local CA's passphrase file %1 is damaged. Restore it from a backup.")
                                 .arg(QDir::toNativeSeparators(m_locations.passphraseFile)));
        if (m_vault && m_vault->isUnlocked()) {
            // Upgrade: the vault protects the passphrase from now on.
            const Status moved = storePassphrase(secret);
            if (!moved.ok())
                qCWarning(lcSecurity).noquote()
                    << "could not move the CA passphrase into the vault:" << moved.error().toString();
        }
        return secret;
    }
    FileCaKeyStore probe(m_locations.caDirectory, SecretBytes::copyOf("placeholder"));
    if (probe.exists())
        return makeError(QStringLiteral("ca.passphraseMissing"),
                         tr("The local CA in %1 exists, but its passphrase is missing. Restore %2 from a backup, or "
                            "move the CA folder away to create a new CA.")
                             .arg(QDir::toNativeSeparators(m_locations.caDirectory),
                                  QDir::toNativeSeparators(m_locations.passphraseFile)));
    // First use: a random passphrase (base64url of 32 CSPRNG bytes).
    LWC_TRY(SecretBytes raw, SecretBytes::random(32));
    QByteArray encoded
        = raw.view().toByteArray().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    SecretBytes secret = SecretBytes::takeFrom(encoded);
    LWC_CHECK(storePassphrase(secret));
    return secret;
}

LWC_CORO_NO_COVERAGE QCoro::Task<Result<CaMaterial>> LocalCaProvider::obtain()
{
    auto pass = passphrase();
    if (!pass.ok())
        co_return std::move(pass).error();
    // Work on the pool: value captures only, no QObject.
    auto slot = std::make_shared<std::optional<Result<CaMaterial>>>();
    const QString directory = m_locations.caDirectory;
    const ScryptParameters scrypt = m_scrypt;
    const Clock* clock = &m_clock;
    QFuture<void> work = QtConcurrent::run([slot, directory, scrypt, clock, key = std::move(pass).value()]() mutable {
        FileCaKeyStore store(directory, std::move(key), scrypt);
        if (store.exists()) {
            slot->emplace(store.load());
            return;
        }
        auto created = LocalCa::create({}, *clock);
        if (!created.ok()) {
            slot->emplace(std::move(created).error());
            return;
        }
        if (const Status saved = created->save(store); !saved.ok()) {
            slot->emplace(saved.error());
            return;
        }
        qCInfo(lcSecurity).noquote() << "created the local CA in" << store.describe();
        slot->emplace(store.load());
    });
    co_await work;
    co_return std::move(**slot);
}

} // namespace lwc::security
