// The application's local CA: created on first use, its key encrypted at
// rest, the passphrase sealed by the vault when one is unlocked (S26).
#include "security/LocalCaProvider.h"

#include "security/LocalCa.h"
#include "vault/Vault.h"

#include "ResultTestHelpers.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace lwc;
using namespace lwc::security;

namespace {

const ScryptParameters kFastScrypt {1024, 8, 1}; // tests only

LocalCaProvider::Locations locations(const QTemporaryDir& dir)
{
    LocalCaProvider::Locations l;
    l.caDirectory = dir.filePath(QStringLiteral("data/ca"));
    l.passphraseFile = dir.filePath(QStringLiteral("config/ca-passphrase"));
    l.sealedPassphraseFile = dir.filePath(QStringLiteral("data/ca/ca-passphrase.sealed"));
    return l;
}

std::unique_ptr<Vault> unlockedVault(const QTemporaryDir& dir)
{
    auto vault = std::make_unique<Vault>(std::make_unique<FileVaultStore>(dir.filePath(QStringLiteral("vault.lwcv"))));
    [&] {
        QVERIFY(vault->load().ok());
        QVERIFY(vault->setKdfParams(KdfParams::minimum()).ok());
        QVERIFY(vault->create(SecretBytes::copyOf("correct horse battery")).ok());
    }();
    return vault;
}

} // namespace

class LocalCaProviderTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createsOnFirstUseAndLoadsTheSameCa_S26()
    {
        QTemporaryDir dir;
        LocalCaProvider provider(locations(dir), nullptr, Clock::system(), kFastScrypt);
        QCOMPARE(provider.protection(), LocalCaProvider::Protection::None);
        auto first = test::awaitResult(provider.obtain());
        QVERIFY2(first.ok(), test::errorText(first).constData());
        QVERIFY(!first->certificateDer.isEmpty());
        QVERIFY(LocalCa::import(first->certificateDer, first->privateKeyPkcs8.clone()).ok());
        QCOMPARE(provider.protection(), LocalCaProvider::Protection::PassphraseFile);
        // The passphrase file is the user's alone; the key file is encrypted.
        QFile pass(locations(dir).passphraseFile);
        QCOMPARE(pass.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        QFile key(QDir(locations(dir).caDirectory).filePath(QStringLiteral("ca-key.pem")));
        QVERIFY(key.open(QIODevice::ReadOnly));
        QVERIFY(key.readAll().contains("ENCRYPTED PRIVATE KEY"));

        LocalCaProvider again(locations(dir), nullptr, Clock::system(), kFastScrypt);
        auto second = test::awaitResult(again.obtain());
        QVERIFY2(second.ok(), test::errorText(second).constData());
        QCOMPARE(second->certificateDer, first->certificateDer);
        QVERIFY(second->privateKeyPkcs8.equals(first->privateKeyPkcs8));
        QVERIFY(QFile::exists(again.certificatePath()));
    }

    void passphraseSealedByAnUnlockedVault_S26()
    {
        QTemporaryDir dir;
        auto vault = unlockedVault(dir);
        LocalCaProvider provider(locations(dir), vault.get(), Clock::system(), kFastScrypt);
        auto ca = test::awaitResult(provider.obtain());
        QVERIFY2(ca.ok(), test::errorText(ca).constData());
        QCOMPARE(provider.protection(), LocalCaProvider::Protection::Vault);
        QVERIFY(!QFile::exists(locations(dir).passphraseFile));

        vault->lock();
        auto locked = test::awaitResult(provider.obtain());
        QVERIFY(!locked.ok());
        QCOMPARE(locked.error().code, QStringLiteral("ca.vaultLocked"));

        QVERIFY(vault->unlock(SecretBytes::copyOf("correct horse battery")).ok());
        auto again = test::awaitResult(provider.obtain());
        QVERIFY2(again.ok(), test::errorText(again).constData());
        QCOMPARE(again->certificateDer, ca->certificateDer);
    }

    void plainPassphraseMovesIntoTheVault_S26()
    {
        QTemporaryDir dir;
        QByteArray certificate;
        {
            LocalCaProvider provider(locations(dir), nullptr, Clock::system(), kFastScrypt);
            auto ca = test::awaitResult(provider.obtain());
            QVERIFY(ca.ok());
            certificate = ca->certificateDer;
        }
        auto vault = unlockedVault(dir);
        LocalCaProvider provider(locations(dir), vault.get(), Clock::system(), kFastScrypt);
        auto ca = test::awaitResult(provider.obtain());
        QVERIFY2(ca.ok(), test::errorText(ca).constData());
        QCOMPARE(ca->certificateDer, certificate);
        QCOMPARE(provider.protection(), LocalCaProvider::Protection::Vault);
        QVERIFY(!QFile::exists(locations(dir).passphraseFile));
    }

    void missingPassphraseNamesTheFix()
    {
        QTemporaryDir dir;
        {
            LocalCaProvider provider(locations(dir), nullptr, Clock::system(), kFastScrypt);
            QVERIFY(test::awaitResult(provider.obtain()).ok());
        }
        QVERIFY(QFile::remove(locations(dir).passphraseFile));
        LocalCaProvider provider(locations(dir), nullptr, Clock::system(), kFastScrypt);
        auto ca = test::awaitResult(provider.obtain());
        QVERIFY(!ca.ok());
        QCOMPARE(ca.error().code, QStringLiteral("ca.passphraseMissing"));
        QVERIFY(ca.error().userText.contains(QStringLiteral("Restore")));
        // Nothing was overwritten: the CA is still there.
        QVERIFY(QFile::exists(provider.certificatePath()));
    }
};

QTEST_GUILESS_MAIN(LocalCaProviderTest)
#include "LocalCaProviderTest.moc"
