// The vault end to end on a real header file in a temporary folder, with the
// keychain test double (S26: every secret at rest encrypted and authenticated).
#include "vault/Vault.h"
#include "FreedMemoryWatch.h"

#include "FakeKeychain.h"
#include "LogCapture.h"
#include "MockClock.h"
#include "ResultTestHelpers.h"

#include <QCoro/QCoroTask>
#include <QCryptographicHash>
#include <QFile>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdlib>
#include <set>

#include <sys/stat.h>

using namespace lwc;
using namespace std::chrono_literals;

namespace {

SecretBytes pass(const char* text)
{
    return SecretBytes::copyOf(QByteArrayView(text));
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

// Recomputes the trailing SHA-256 after an edit, as a deliberate attacker would.
QByteArray withChecksum(QByteArray header)
{
    header.chop(32);
    return header + QCryptographicHash::hash(header, QCryptographicHash::Sha256);
}

std::set<const void*> liveSecretPointers()
{
    std::set<const void*> out;
    detail::forEachLiveSecret(
        [](QByteArrayView s, void* ctx) { static_cast<std::set<const void*>*>(ctx)->insert(s.data()); }, &out);
    return out;
}

struct SecretCopy {
    const void* data;
    QByteArray bytes;
};
std::vector<SecretCopy> liveSecrets()
{
    std::vector<SecretCopy> out;
    detail::forEachLiveSecret(
        [](QByteArrayView s, void* ctx) {
            static_cast<std::vector<SecretCopy>*>(ctx)->push_back({s.data(), s.toByteArray()});
        },
        &out);
    return out;
}

// A store whose writes can be made to fail (a full disk, a vanished share).
class FlakyStore final : public VaultStore {
public:
    explicit FlakyStore(QString path, bool* failWrites) : m_file(std::move(path)), m_failWrites(failWrites) { }
    Result<std::optional<QByteArray>> read() const override { return m_file.read(); }
    Status write(const QByteArray& header) override
    {
        if (*m_failWrites)
            return makeError(QStringLiteral("vault.store.write"), QStringLiteral("disk full (test)"));
        return m_file.write(header);
    }
    QString location() const override { return m_file.location(); }

private:
    FileVaultStore m_file;
    bool* m_failWrites;
};

} // namespace

class VaultTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("vault-%1/vault.lwcv").arg(++m_counter)); }

    // The KDF floor keeps the suite fast (~0.08 s per derivation); one test
    // uses the defaults.
    std::unique_ptr<Vault> makeVault(const QString& path, std::shared_ptr<test::FakeKeychain> keychain = {})
    {
        auto vault = std::make_unique<Vault>(std::make_unique<FileVaultStore>(path), std::move(keychain));
        if (!vault->setKdfParams(KdfParams::minimum()).ok())
            qFatal("minimum KDF parameters refused");
        return vault;
    }

    std::unique_ptr<Vault> createdVault(const QString& path, std::shared_ptr<test::FakeKeychain> keychain = {})
    {
        auto vault = makeVault(path, std::move(keychain));
        const Status loaded = vault->load();
        const Status created = vault->create(pass("correct horse battery staple"));
        if (!loaded.ok() || !created.ok())
            qFatal("could not create a vault: %s",
                   qPrintable(created.ok() ? loaded.error().toString() : created.error().toString()));
        return vault;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void createLockUnlockRoundTrip()
    {
        const QString path = newPath();
        auto vault = makeVault(path);
        QVERIFY(vault->load().ok());
        QCOMPARE(vault->state(), Vault::State::NoVault);
        QSignalSpy states(vault.get(), &Vault::stateChanged);

        QVERIFY(vault->create(pass("correct horse battery staple")).ok());
        QCOMPARE(vault->state(), Vault::State::Unlocked);
        QVERIFY(QFile::exists(path));

        const SecretBytes psk = SecretBytes::copyOf(QByteArray::fromHex("000102030405060708090a0b0c0d0e0f"));
        auto blob = vault->seal(psk, "credential:urn:dev:ops:1:psk");
        QVERIFY2(blob.ok(), test::errorText(blob).constData());
        QCOMPARE(blob->size(), psk.size() + Vault::kBlobOverhead);
        QVERIFY(!blob->contains(psk.view())); // not stored in the clear

        vault->lock();
        QCOMPARE(vault->state(), Vault::State::Locked);
        auto locked = vault->open(*blob, "credential:urn:dev:ops:1:psk");
        QVERIFY(!locked.ok());
        QCOMPARE(locked.error().code, QStringLiteral("vault.locked"));
        QCOMPARE(vault->seal(psk, "x").error().code, QStringLiteral("vault.locked"));

        // A second process: load the header from disk and unlock.
        auto again = makeVault(path);
        QVERIFY(again->load().ok());
        QCOMPARE(again->state(), Vault::State::Locked);
        QCOMPARE(again->storedKdfParams(), KdfParams::minimum());
        const Status unlocked = again->unlock(pass("correct horse battery staple"));
        QVERIFY2(unlocked.ok(), test::errorText(unlocked).constData());
        auto opened = again->open(*blob, "credential:urn:dev:ops:1:psk");
        QVERIFY2(opened.ok(), test::errorText(opened).constData());
        QVERIFY(opened->equals(psk));

        QCOMPARE(states.size(), 2); // NoVault -> Unlocked -> Locked
        QCOMPARE(states.at(0).at(0).value<Vault::State>(), Vault::State::Unlocked);
        QCOMPARE(states.at(1).at(0).value<Vault::State>(), Vault::State::Locked);
    }

    void sealIsRandomizedAndHandlesEmptyAndLargeSecrets_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("empty") << 0;
        QTest::newRow("psk") << 16;
        QTest::newRow("private key") << 138;
        QTest::newRow("1 MiB session state") << (1 << 20);
    }
    void sealIsRandomizedAndHandlesEmptyAndLargeSecrets()
    {
        QFETCH(int, size);
        auto vault = createdVault(newPath());
        QByteArray raw(size, Qt::Uninitialized);
        for (int i = 0; i < size; ++i)
            raw[i] = char(i * 7 + 3);
        const SecretBytes secret = SecretBytes::takeFrom(raw);
        auto a = vault->seal(secret, "ctx");
        auto b = vault->seal(secret, "ctx");
        QVERIFY(a.ok() && b.ok());
        QVERIFY(*a != *b); // fresh nonce each time
        auto opened = vault->open(*a, "ctx");
        QVERIFY(opened.ok());
        QCOMPARE(opened->size(), qsizetype(size));
        QVERIFY(opened->equals(secret));
    }

    void headerFileIsOwnerOnly_S26()
    {
        const QString path = newPath();
        auto vault = createdVault(path);
        struct stat st { };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        // Rewrites (passphrase change) keep it.
        QVERIFY(vault->changePassphrase(pass("correct horse battery staple"), pass("new passphrase 2")).ok());
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
    }

    void wrongPassphraseChangesNothing_S26()
    {
        const QString path = newPath();
        createdVault(path);
        const QByteArray before = readFile(path);
        QVERIFY(!before.isEmpty());

        auto vault = makeVault(path);
        QVERIFY(vault->load().ok());
        QSignalSpy failed(vault.get(), &Vault::unlockFailed);
        QSignalSpy states(vault.get(), &Vault::stateChanged);
        for (int attempt = 1; attempt <= 3; ++attempt) {
            const Status s = vault->unlock(pass("correct horse battery stapler"));
            QVERIFY(!s.ok());
            QCOMPARE(s.error().code, QStringLiteral("vault.wrongPassphrase"));
            QVERIFY(s.error().userText.contains(QStringLiteral("passphrase")));
            QVERIFY(!s.error().toString().contains(QStringLiteral("stapler")));
            QCOMPARE(vault->failedUnlockAttempts(), attempt);
            QCOMPARE(vault->state(), Vault::State::Locked);
            QCOMPARE(readFile(path), before);
        }
        QCOMPARE(failed.size(), 3);
        QCOMPARE(failed.last().at(0).toInt(), 3);
        QCOMPARE(states.size(), 0);

        // A wrong current passphrase in a change is refused the same way.
        const Status change = vault->changePassphrase(pass("not the passphrase"), pass("another passphrase"));
        QCOMPARE(change.error().code, QStringLiteral("vault.wrongPassphrase"));
        QCOMPARE(vault->failedUnlockAttempts(), 4);
        QCOMPARE(readFile(path), before);

        QVERIFY(vault->unlock(pass("correct horse battery staple")).ok());
        QCOMPARE(vault->failedUnlockAttempts(), 0);
        QCOMPARE(readFile(path), before); // unlocking writes nothing either
    }

    void shortPassphraseRefused_S26_data()
    {
        QTest::addColumn<QByteArray>("passphrase");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("7 bytes") << QByteArray("1234567");
    }
    void shortPassphraseRefused_S26()
    {
        QFETCH(QByteArray, passphrase);
        const QString path = newPath();
        auto vault = makeVault(path);
        QVERIFY(vault->load().ok());
        const Status s = vault->create(SecretBytes::copyOf(passphrase));
        QCOMPARE(s.error().code, QStringLiteral("vault.passphraseTooShort"));
        QCOMPARE(s.error().rule, Rule::S26);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(vault->state(), Vault::State::NoVault);

        auto created = createdVault(newPath());
        QCOMPARE(created->changePassphrase(pass("correct horse battery staple"), SecretBytes::copyOf(passphrase))
                     .error()
                     .code,
                 QStringLiteral("vault.passphraseTooShort"));
    }

    void headerTamperDetected_S26_data()
    {
        QTest::addColumn<int>("offset"); // byte to flip; -1: truncate, -2: append
        QTest::addColumn<QString>("code");
        QTest::newRow("magic") << 0 << QStringLiteral("vault.header.corrupt");
        QTest::newRow("format version") << 8 << QStringLiteral("vault.header.unsupportedVersion");
        QTest::newRow("kdf log2N") << 10 << QStringLiteral("vault.header.tampered");
        QTest::newRow("salt") << 20 << QStringLiteral("vault.header.tampered");
        QTest::newRow("key id") << 36 << QStringLiteral("vault.header.tampered");
        QTest::newRow("wrapped key") << 60 << QStringLiteral("vault.header.tampered");
        QTest::newRow("flags") << 103 << QStringLiteral("vault.header.tampered");
        QTest::newRow("checksum") << 110 << QStringLiteral("vault.header.tampered");
        QTest::newRow("truncated") << -1 << QStringLiteral("vault.header.corrupt");
        QTest::newRow("appended") << -2 << QStringLiteral("vault.header.corrupt");
    }
    void headerTamperDetected_S26()
    {
        QFETCH(int, offset);
        QFETCH(QString, code);
        const QString path = newPath();
        createdVault(path);
        QByteArray bytes = readFile(path);
        if (offset >= 0)
            bytes[offset] = char(bytes[offset] ^ 0x01);
        else if (offset == -1)
            bytes.chop(1);
        else
            bytes.append('\0');
        writeFile(path, bytes);

        auto vault = makeVault(path);
        const Status loaded = vault->load();
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, code);
        QVERIFY(loaded.error().details.contains(path)); // names the file
        QCOMPARE(vault->state(), Vault::State::NoVault);
        QCOMPARE(vault->unlock(pass("correct horse battery staple")).error().code, QStringLiteral("vault.noVault"));
        // Never overwrite what could be the only copy of the data key.
        QCOMPARE(vault->create(pass("a fresh passphrase")).error().code, QStringLiteral("vault.exists"));
        QCOMPARE(readFile(path), bytes);
    }

    // An attacker who also fixes the checksum: the AEAD tag still refuses.
    void headerEditWithFixedChecksumRefused_S26_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("value"); // XOR mask
        QTest::newRow("r 8 -> 9") << 14 << 0x01;
        QTest::newRow("p 1 -> 3") << 18 << 0x02;
        QTest::newRow("N 2^15 -> 2^16") << 10 << 0x1f; // 15 ^ 0x1f = 16
        QTest::newRow("salt") << 19 << 0x80;
        QTest::newRow("key id") << 35 << 0x01;
        QTest::newRow("nonce") << 43 << 0x01;
        QTest::newRow("wrapped key") << 60 << 0x01;
        QTest::newRow("tag") << 102 << 0x01;
    }
    void headerEditWithFixedChecksumRefused_S26()
    {
        QFETCH(int, offset);
        QFETCH(int, value);
        const QString path = newPath();
        createdVault(path);
        QByteArray bytes = readFile(path);
        bytes[offset] = char(bytes[offset] ^ value);
        bytes = withChecksum(bytes);
        writeFile(path, bytes);

        auto vault = makeVault(path);
        QVERIFY(vault->load().ok());
        const Status s = vault->unlock(pass("correct horse battery staple"));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("vault.wrongPassphrase"));
        QCOMPARE(vault->state(), Vault::State::Locked);
        QCOMPARE(readFile(path), bytes);
    }

    void kdfDowngradeRefused_S26_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<QByteArray>("replacement");
        QTest::addColumn<QString>("code");
        QTest::newRow("N 2^14") << 10 << QByteArray("\x0e", 1) << QStringLiteral("vault.kdfDowngrade");
        QTest::newRow("N 2^1") << 10 << QByteArray("\x01", 1) << QStringLiteral("vault.kdfDowngrade");
        QTest::newRow("r 1") << 11 << QByteArray("\x00\x00\x00\x01", 4) << QStringLiteral("vault.kdfDowngrade");
        QTest::newRow("p 0") << 15 << QByteArray("\x00\x00\x00\x00", 4) << QStringLiteral("vault.kdfDowngrade");
        QTest::newRow("N 2^30") << 10 << QByteArray("\x1e", 1) << QStringLiteral("vault.kdfUnsupported");
        QTest::newRow("p 2^31") << 15 << QByteArray("\x80\x00\x00\x00", 4) << QStringLiteral("vault.kdfUnsupported");
    }
    void kdfDowngradeRefused_S26()
    {
        QFETCH(int, offset);
        QFETCH(QByteArray, replacement);
        QFETCH(QString, code);
        const QString path = newPath();
        createdVault(path);
        QByteArray bytes = readFile(path);
        bytes.replace(offset, replacement.size(), replacement);
        bytes = withChecksum(bytes);
        writeFile(path, bytes);

        auto vault = makeVault(path);
        QVERIFY(vault->load().ok()); // readable, but refused before any derivation
        const Status s = vault->unlock(pass("correct horse battery staple"));
        QCOMPARE(s.error().code, code);
        if (code == QLatin1String("vault.kdfDowngrade"))
            QCOMPARE(s.error().rule, Rule::S26);
        QCOMPARE(vault->failedUnlockAttempts(), 0); // not a wrong passphrase
        QCOMPARE(readFile(path), bytes);

        // The application cannot ask for weak parameters either.
        QCOMPARE(vault->setKdfParams({14, 8, 1}).error().code, QStringLiteral("vault.kdfDowngrade"));
        QCOMPARE(vault->setKdfParams({15, 4, 1}).error().code, QStringLiteral("vault.kdfDowngrade"));
        QCOMPARE(vault->kdfParams(), KdfParams::minimum());
    }

    void blobTamperDetected_S26_data()
    {
        QTest::addColumn<int>("offset"); // -1 truncate by one, -2 only the header part, -3 empty
        QTest::addColumn<QString>("code");
        QTest::newRow("version") << 0 << QStringLiteral("vault.blob.unsupportedVersion");
        QTest::newRow("key id") << 3 << QStringLiteral("vault.blob.otherVault");
        QTest::newRow("nonce") << 12 << QStringLiteral("vault.tampered");
        QTest::newRow("ciphertext") << 25 << QStringLiteral("vault.tampered");
        QTest::newRow("tag") << 16 + Vault::kBlobOverhead - 1 << QStringLiteral("vault.tampered");
        QTest::newRow("truncated") << -1 << QStringLiteral("vault.tampered");
        QTest::newRow("no ciphertext") << -2 << QStringLiteral("vault.tampered");
        QTest::newRow("empty") << -3 << QStringLiteral("vault.tampered");
    }
    void blobTamperDetected_S26()
    {
        QFETCH(int, offset);
        QFETCH(QString, code);
        auto vault = createdVault(newPath());
        const SecretBytes psk = SecretBytes::copyOf("0123456789abcdef");
        auto blob = vault->seal(psk, "credential:ep1:psk");
        QVERIFY(blob.ok());
        QByteArray bad = *blob;
        if (offset >= 0)
            bad[offset] = char(bad[offset] ^ 0x40);
        else if (offset == -1)
            bad.chop(1);
        else if (offset == -2)
            bad.truncate(Vault::kBlobOverhead - 1);
        else
            bad.clear();
        auto opened = vault->open(bad, "credential:ep1:psk");
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, code);
        QCOMPARE(opened.error().rule, Rule::S26);
        QVERIFY(vault->open(*blob, "credential:ep1:psk").ok()); // the original still opens
    }

    void aadMismatchRefused_S26_data()
    {
        QTest::addColumn<QByteArray>("sealedFor");
        QTest::addColumn<QByteArray>("openedAs");
        QTest::newRow("other endpoint") << QByteArray("credential:ep1:psk") << QByteArray("credential:ep2:psk");
        QTest::newRow("other field") << QByteArray("credential:ep1:psk") << QByteArray("credential:ep1:privateKey");
        QTest::newRow("prefix") << QByteArray("credential:ep1:psk") << QByteArray("credential:ep1:ps");
        QTest::newRow("none") << QByteArray("credential:ep1:psk") << QByteArray();
        QTest::newRow("added") << QByteArray() << QByteArray("credential:ep1:psk");
    }
    void aadMismatchRefused_S26()
    {
        QFETCH(QByteArray, sealedFor);
        QFETCH(QByteArray, openedAs);
        auto vault = createdVault(newPath());
        auto blob = vault->seal(SecretBytes::copyOf("psk-of-device-one"), sealedFor);
        QVERIFY(blob.ok());
        auto swapped = vault->open(*blob, openedAs);
        QVERIFY(!swapped.ok());
        QCOMPARE(swapped.error().code, QStringLiteral("vault.tampered"));
        QVERIFY(vault->open(*blob, sealedFor).ok());
    }

    void blobFromAnotherVaultRefused()
    {
        auto first = createdVault(newPath());
        auto second = createdVault(newPath());
        auto blob = first->seal(SecretBytes::copyOf("device secret"), "ctx");
        QVERIFY(blob.ok());
        auto opened = second->open(*blob, "ctx");
        QCOMPARE(opened.error().code, QStringLiteral("vault.blob.otherVault"));
    }

    void changePassphraseKeepsBlobsReadable()
    {
        const QString path = newPath();
        auto vault = createdVault(path);
        auto blob = vault->seal(SecretBytes::copyOf("private key bytes"), "credential:ep:key");
        QVERIFY(blob.ok());
        const QByteArray before = readFile(path);

        QVERIFY(vault->changePassphrase(pass("correct horse battery staple"), pass("tr0ub4dor&3 plus more")).ok());
        QCOMPARE(vault->state(), Vault::State::Unlocked); // unchanged
        QVERIFY(readFile(path) != before);
        QVERIFY(vault->open(*blob, "credential:ep:key").ok());

        vault->lock();
        QCOMPARE(vault->unlock(pass("correct horse battery staple")).error().code,
                 QStringLiteral("vault.wrongPassphrase"));
        QVERIFY(vault->unlock(pass("tr0ub4dor&3 plus more")).ok());
        auto opened = vault->open(*blob, "credential:ep:key");
        QVERIFY(opened.ok());
        QVERIFY(opened->equals(QByteArrayView("private key bytes")));

        // While locked, a change works too and keeps the vault locked; it
        // also upgrades the KDF parameters to the current ones.
        vault->lock();
        QVERIFY(vault->setKdfParams({16, 8, 1}).ok());
        QVERIFY(vault->changePassphrase(pass("tr0ub4dor&3 plus more"), pass("third passphrase")).ok());
        QCOMPARE(vault->state(), Vault::State::Locked);
        QCOMPARE(vault->storedKdfParams(), (KdfParams {16, 8, 1}));
        auto reloaded = makeVault(path);
        QVERIFY(reloaded->load().ok());
        QVERIFY(reloaded->unlock(pass("third passphrase")).ok());
        QVERIFY(reloaded->open(*blob, "credential:ep:key").ok());
    }

    void failedWriteChangesNothing()
    {
        const QString path = newPath();
        bool failWrites = false;
        auto vault = std::make_unique<Vault>(std::make_unique<FlakyStore>(path, &failWrites));
        QVERIFY(vault->setKdfParams(KdfParams::minimum()).ok());
        QVERIFY(vault->load().ok());
        failWrites = true;
        QCOMPARE(vault->create(pass("correct horse battery staple")).error().code, QStringLiteral("vault.store.write"));
        QCOMPARE(vault->state(), Vault::State::NoVault);
        failWrites = false;
        QVERIFY(vault->create(pass("correct horse battery staple")).ok());
        const QByteArray before = readFile(path);
        failWrites = true;
        QCOMPARE(vault->changePassphrase(pass("correct horse battery staple"), pass("new passphrase")).error().code,
                 QStringLiteral("vault.store.write"));
        QCOMPARE(readFile(path), before);
        vault->lock();
        QVERIFY(vault->unlock(pass("correct horse battery staple")).ok()); // old one still valid
    }

    void stateErrorsNameTheState()
    {
        const QString path = newPath();
        auto vault = makeVault(path);
        QVERIFY(vault->load().ok());
        QCOMPARE(vault->unlock(pass("whatever passphrase")).error().code, QStringLiteral("vault.noVault"));
        QCOMPARE(vault->seal(SecretBytes::copyOf("x"), "a").error().code, QStringLiteral("vault.noVault"));
        QCOMPARE(vault->changePassphrase(pass("whatever one"), pass("whatever two")).error().code,
                 QStringLiteral("vault.noVault"));
        QVERIFY(vault->create(pass("correct horse battery staple")).ok());
        QCOMPARE(vault->create(pass("correct horse battery staple")).error().code, QStringLiteral("vault.exists"));
        QCOMPARE(vault->unlock(pass("correct horse battery staple")).error().code,
                 QStringLiteral("vault.alreadyUnlocked"));
        auto other = makeVault(path); // not loaded: still refuses to overwrite the file
        QCOMPARE(other->create(pass("correct horse battery staple")).error().code, QStringLiteral("vault.exists"));
    }

    void keychainUnlockViaTestDouble()
    {
        const QString path = newPath();
        auto keychain = std::make_shared<test::FakeKeychain>();
        auto vault = createdVault(path, keychain);
        auto blob = vault->seal(SecretBytes::copyOf("device psk 16 by"), "credential:ep:psk");
        QVERIFY(blob.ok());
        QVERIFY(!vault->keychainUnlockEnabled());

        const Status enabled = test::awaitResult(vault->enableKeychainUnlock());
        QVERIFY2(enabled.ok(), test::errorText(enabled).constData());
        QVERIFY(vault->keychainUnlockEnabled());
        QVERIFY(keychain->contains(vault->keychainEntryName()));
        QVERIFY(vault->keychainEntryName().startsWith(QStringLiteral("vault-")));
        const SecretBytes* stored = keychain->entry(vault->keychainEntryName());
        QCOMPARE(stored->size(), VaultCrypto::kKeySize);
        QVERIFY(!readFile(path).contains(stored->view())); // the keychain key is not in the header

        vault->lock();
        const Status unlocked = test::awaitResult(vault->unlockWithKeychain());
        QVERIFY2(unlocked.ok(), test::errorText(unlocked).constData());
        QCOMPARE(vault->state(), Vault::State::Unlocked);
        QVERIFY(vault->open(*blob, "credential:ep:psk").ok());

        // A passphrase change leaves keychain unlock working.
        QVERIFY(vault->changePassphrase(pass("correct horse battery staple"), pass("changed passphrase")).ok());
        vault->lock();
        auto reloaded = makeVault(path, keychain);
        QVERIFY(reloaded->load().ok());
        QVERIFY(reloaded->keychainUnlockEnabled());
        QVERIFY(test::awaitResult(reloaded->unlockWithKeychain()).ok());
        QVERIFY(reloaded->open(*blob, "credential:ep:psk").ok());

        // Off again: the wrap leaves the header, the entry the keychain.
        const QByteArray withWrap = readFile(path);
        QVERIFY(test::awaitResult(reloaded->disableKeychainUnlock()).ok());
        QVERIFY(!reloaded->keychainUnlockEnabled());
        QCOMPARE(keychain->size(), std::size_t(0));
        QVERIFY(readFile(path).size() < withWrap.size());
        reloaded->lock();
        QCOMPARE(test::awaitResult(reloaded->unlockWithKeychain()).error().code,
                 QStringLiteral("vault.keychain.notEnabled"));
        QVERIFY(reloaded->unlock(pass("changed passphrase")).ok());
    }

    void keychainFailuresLeaveVaultUnchanged_data()
    {
        QTest::addColumn<int>("scenario");
        QTest::addColumn<QString>("code");
        QTest::newRow("keychain unavailable on enable") << 0 << QStringLiteral("vault.keychain.unavailable");
        QTest::newRow("keychain denies on unlock") << 1 << QStringLiteral("vault.keychain.denied");
        QTest::newRow("entry gone") << 2 << QStringLiteral("vault.keychain.notFound");
        QTest::newRow("entry replaced") << 3 << QStringLiteral("vault.keychain.keyInvalid");
        QTest::newRow("no backend") << 4 << QStringLiteral("vault.keychain.unavailable");
        QTest::newRow("enable while locked") << 5 << QStringLiteral("vault.locked");
    }
    void keychainFailuresLeaveVaultUnchanged()
    {
        QFETCH(int, scenario);
        QFETCH(QString, code);
        const QString path = newPath();
        auto keychain = std::make_shared<test::FakeKeychain>();
        auto vault = createdVault(path, scenario == 4 ? nullptr : keychain);
        if (scenario == 0) {
            keychain->setMode(test::FakeKeychain::Mode::Unavailable);
            const QByteArray before = readFile(path);
            QCOMPARE(test::awaitResult(vault->enableKeychainUnlock()).error().code, code);
            QCOMPARE(readFile(path), before);
            QVERIFY(!vault->keychainUnlockEnabled());
            return;
        }
        if (scenario == 4) {
            QVERIFY(!vault->hasKeychain());
            QCOMPARE(test::awaitResult(vault->enableKeychainUnlock()).error().code, code);
            return;
        }
        if (scenario == 5) {
            vault->lock();
            QCOMPARE(test::awaitResult(vault->enableKeychainUnlock()).error().code, code);
            QCOMPARE(keychain->size(), std::size_t(0));
            return;
        }
        QVERIFY(test::awaitResult(vault->enableKeychainUnlock()).ok());
        const QString entry = vault->keychainEntryName();
        vault->lock();
        if (scenario == 1)
            keychain->setMode(test::FakeKeychain::Mode::Denied);
        else if (scenario == 2)
            QVERIFY(test::awaitResult(keychain->remove(entry)).ok());
        else
            keychain->overwrite(entry, std::move(SecretBytes::random(32).value()));
        const QByteArray before = readFile(path);
        const Status s = test::awaitResult(vault->unlockWithKeychain());
        QCOMPARE(s.error().code, code);
        QCOMPARE(vault->state(), Vault::State::Locked);
        QCOMPARE(vault->failedUnlockAttempts(), 0); // keychain trouble is not passphrase guessing
        QCOMPARE(readFile(path), before);
        QVERIFY(vault->unlock(pass("correct horse battery staple")).ok()); // the passphrase still works
    }

    void lockWipesDataKey_S26()
    {
        auto vault = createdVault(newPath());
        vault->lock();
        const SecretBytes passphrase = pass("correct horse battery staple");
        const qsizetype liveBefore = detail::liveSecretCount();
        const std::set<const void*> before = liveSecretPointers();
        QVERIFY(vault->unlock(passphrase).ok());

        // The data key is the one new live secret: 32 bytes, not all zero.
        QCOMPARE(detail::liveSecretCount(), liveBefore + 1);
        const void* keyData = nullptr;
        for (const SecretCopy& s : liveSecrets()) {
            if (!before.count(s.data)) {
                QCOMPARE(s.bytes.size(), VaultCrypto::kKeySize);
                QVERIFY(s.bytes != QByteArray(32, '\0'));
                keyData = s.data;
            }
        }
        QVERIFY(keyData);
        test::FreedMemoryWatch::watch(keyData, size_t(VaultCrypto::kKeySize));

        vault->lock();
        QVERIFY(test::FreedMemoryWatch::freed()); // the buffer was released ...
        QCOMPARE(test::FreedMemoryWatch::seenAtFree(), QByteArray(32, '\0')); // ... zeroed
        QCOMPARE(detail::liveSecretCount(), liveBefore);
    }

    void idleTimeoutLocksOnTheClock_data()
    {
        QTest::addColumn<int>("timeoutMinutes");
        QTest::newRow("default 15 min") << 0;
        QTest::newRow("configured 5 min") << 5;
    }
    void idleTimeoutLocksOnTheClock()
    {
        QFETCH(int, timeoutMinutes);
        test::MockClock clock;
        auto vault = createdVault(newPath());
        vault->setClock(clock);
        if (timeoutMinutes > 0)
            vault->setIdleTimeout(std::chrono::minutes(timeoutMinutes));
        else
            QCOMPARE(vault->idleTimeout(), std::chrono::milliseconds(15min));
        const qint64 timeout = std::chrono::duration_cast<std::chrono::seconds>(vault->idleTimeout()).count();
        QSignalSpy autoLocked(vault.get(), &Vault::autoLocked);
        auto blob = vault->seal(SecretBytes::copyOf("a secret value"), "ctx");
        QVERIFY(blob.ok());

        clock.advanceSeconds(timeout - 60);
        QVERIFY(vault->open(*blob, "ctx").ok()); // use resets the idle time
        clock.advanceSeconds(timeout - 60);
        vault->checkIdle();
        QCOMPARE(vault->state(), Vault::State::Unlocked);
        QCOMPARE(autoLocked.size(), 0);

        clock.advanceSeconds(61);
        // Even before the timer fires (e.g. right after a system resume), a
        // use finds the vault locked.
        QCOMPARE(vault->open(*blob, "ctx").error().code, QStringLiteral("vault.locked"));
        QCOMPARE(vault->state(), Vault::State::Locked);
        QCOMPARE(autoLocked.size(), 1);
    }

    void idleTimerFiresByItself()
    {
        auto vault = createdVault(newPath());
        QSignalSpy autoLocked(vault.get(), &Vault::autoLocked);
        vault->setIdleTimeout(50ms);
        QTRY_COMPARE(vault->state(), Vault::State::Locked);
        QCOMPARE(autoLocked.size(), 1);

        // 0 turns auto-lock off.
        QVERIFY(vault->unlock(pass("correct horse battery staple")).ok());
        vault->setIdleTimeout(0ms);
        QTest::qWait(120);
        QCOMPARE(vault->state(), Vault::State::Unlocked);
    }

    void asyncUnlockKeepsEventLoopResponsive()
    {
        const QString path = newPath();
        {
            auto vault = std::make_unique<Vault>(std::make_unique<FileVaultStore>(path));
            QCOMPARE(vault->kdfParams(), KdfParams::defaults());
            QVERIFY(vault->load().ok());
            const Status created = test::awaitResult(vault->createAsync(pass("correct horse battery staple")));
            QVERIFY2(created.ok(), test::errorText(created).constData());
            QCOMPARE(vault->storedKdfParams(), KdfParams::defaults());
        }
        Vault vault(std::make_unique<FileVaultStore>(path));
        QVERIFY(vault.load().ok());
        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start();
        // scrypt with the defaults takes ~0.3 s (~60 ticks); were it on this
        // thread, the ticker could fire at most once. 3 leaves room for a
        // loaded CI machine.
        const Status unlocked = test::awaitResult(vault.unlockAsync(pass("correct horse battery staple")));
        ticker.stop();
        QVERIFY2(unlocked.ok(), test::errorText(unlocked).constData());
        QVERIFY2(ticks >= 3, qPrintable(QStringLiteral("only %1 event-loop ticks during unlock").arg(ticks)));
    }

    void asyncVariantsMatchBlockingOnes()
    {
        const QString path = newPath();
        auto vault = makeVault(path);
        QVERIFY(vault->load().ok());
        QVERIFY(test::awaitResult(vault->createAsync(pass("correct horse battery staple"))).ok());
        QByteArray big(2 * Vault::kAsyncThreshold, 'k');
        const SecretBytes secret = SecretBytes::takeFrom(big);
        auto blob = test::awaitResult(vault->sealAsync(secret.clone(), "credential:big"));
        QVERIFY(blob.ok());
        auto syncOpened = vault->open(*blob, "credential:big");
        QVERIFY(syncOpened.ok() && syncOpened->equals(secret));
        auto small = test::awaitResult(vault->sealAsync(SecretBytes::copyOf("small one"), "credential:small"));
        QVERIFY(small.ok());

        QVERIFY(
            test::awaitResult(vault->changePassphraseAsync(pass("correct horse battery staple"), pass("async pass 2")))
                .ok());
        QCOMPARE(test::awaitResult(vault->changePassphraseAsync(pass("wrong passphrase"), pass("async pass 3")))
                     .error()
                     .code,
                 QStringLiteral("vault.wrongPassphrase"));
        vault->lock();
        QCOMPARE(test::awaitResult(vault->unlockAsync(pass("correct horse battery staple"))).error().code,
                 QStringLiteral("vault.wrongPassphrase"));
        QCOMPARE(vault->failedUnlockAttempts(), 2);
        QVERIFY(test::awaitResult(vault->unlockAsync(pass("async pass 2"))).ok());
        auto opened = test::awaitResult(vault->openAsync(*blob, "credential:big"));
        QVERIFY(opened.ok() && opened->equals(secret));
        QCOMPARE(test::awaitResult(vault->openAsync(*blob, "credential:other")).error().code,
                 QStringLiteral("vault.tampered"));
        auto smallOpened = test::awaitResult(vault->openAsync(*small, "credential:small"));
        QVERIFY(smallOpened.ok() && smallOpened->equals(QByteArrayView("small one")));
    }

    void lockDuringAsyncUnlockWins()
    {
        const QString path = newPath();
        createdVault(path);
        auto vault = makeVault(path);
        QVERIFY(vault->load().ok());
        // QCoro tasks start eagerly and suspend at the pool hand-off.
        auto unlocking = vault->unlockAsync(pass("correct horse battery staple"));
        QCOMPARE(vault->unlock(pass("correct horse battery staple")).error().code, QStringLiteral("vault.busy"));
        QCOMPARE(vault->changePassphrase(pass("correct horse battery staple"), pass("something else")).error().code,
                 QStringLiteral("vault.busy"));
        vault->lock();
        const Status s = test::awaitResult(std::move(unlocking));
        QCOMPARE(s.error().code, QStringLiteral("vault.cancelled"));
        QCOMPARE(vault->state(), Vault::State::Locked);
        QVERIFY(vault->unlock(pass("correct horse battery staple")).ok()); // not busy any more
    }

    void logNeverContainsSecrets_S26()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("lwc.*.debug=true"));
        test::LogCapture log;
        const QString path = newPath();
        auto keychain = std::make_shared<test::FakeKeychain>();
        QList<QByteArray> secrets;
        {
            const SecretBytes first = pass("first passphrase with words");
            const SecretBytes second = pass("second passphrase with words");
            const SecretBytes psk = SecretBytes::copyOf(QByteArray::fromHex("a1b2c3d4e5f60718293a4b5c6d7e8f90"));
            secrets << first.revealCopy() << second.revealCopy() << psk.revealCopy();

            auto vault = makeVault(path, keychain);
            QVERIFY(vault->load().ok());
            QVERIFY(vault->create(first).ok());
            for (const SecretCopy& s : liveSecrets())
                if (s.bytes.size() == VaultCrypto::kKeySize)
                    secrets << s.bytes; // the data key
            auto blob = vault->seal(psk, "credential:ep:psk");
            QVERIFY(blob.ok());
            QVERIFY(test::awaitResult(vault->enableKeychainUnlock()).ok());
            secrets << keychain->entry(vault->keychainEntryName())->revealCopy();
            vault->lock();
            QVERIFY(!vault->unlock(second).ok());
            QVERIFY(test::awaitResult(vault->unlockAsync(first.clone())).ok());
            QVERIFY(!vault->open(*blob, "credential:other").ok());
            QVERIFY(vault->open(*blob, "credential:ep:psk").ok());
            QVERIFY(!vault->changePassphrase(second, first).ok());
            QVERIFY(vault->changePassphrase(first, second).ok());
            vault->lock();
            QVERIFY(test::awaitResult(vault->unlockWithKeychain()).ok());
            QVERIFY(test::awaitResult(vault->disableKeychainUnlock()).ok());
            vault->lock();
        }
        QLoggingCategory::setFilterRules(QString());
        const QString text = log.text();
        QVERIFY2(text.contains(QStringLiteral("vault created")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("wrong passphrase")));
        QVERIFY(secrets.size() >= 5);
        // Nothing was even redacted: the vault never tried to log a secret.
        QVERIFY2(!text.contains(QStringLiteral("<redacted>")), "the vault logged a live secret");
        for (const QByteArray& s : std::as_const(secrets)) {
            for (const QByteArray& form : {s, s.toHex(), s.toHex().toUpper(), s.toBase64()})
                QVERIFY2(!text.toUtf8().contains(form), "a secret reached the log");
        }
    }
};

QTEST_GUILESS_MAIN(VaultTest)
#include "VaultTest.moc"
