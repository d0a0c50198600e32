#include "Vault.h"

#include "common/Log.h"

#include <QCoro/QCoroFuture>
#include <QElapsedTimer>
#include <QPointer>
#include <QScopeGuard>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>
#include <type_traits>

namespace lwc {

namespace detail {
struct NewVault {
    VaultHeader header;
    SecretBytes dataKey;
};
} // namespace detail

namespace {

using namespace std::chrono_literals;

constexpr std::chrono::milliseconds kMaxIdleTimeout = 24h;

// Starts `work` on the QtConcurrent pool. `work` must be QObject-free and
// own everything it touches (value captures). The caller co_awaits
// `future` (resuming on its own thread) and then take()s the result.
// Move-only results (SecretBytes) travel through a shared slot because
// QCoro's QFuture awaiter copies results. Deliberately not a coroutine of
// its own: with GCC 12, `auto r = co_await valueReturningCoroutine(lambda)`
// handed back a destroyed (valueless) Result here.
template <typename R> struct PoolJob {
    QFuture<void> future;
    std::shared_ptr<std::optional<R>> slot;
    R take() { return std::move(**slot); }
};

template <typename F> PoolJob<std::invoke_result_t<F&>> startInPool(F work)
{
    using R = std::invoke_result_t<F&>;
    auto slot = std::make_shared<std::optional<R>>();
    QFuture<void> future = QtConcurrent::run([slot, work = std::move(work)]() mutable { slot->emplace(work()); });
    return {std::move(future), std::move(slot)};
}

Error lockedError()
{
    return makeError(QStringLiteral("vault.locked"),
                     QCoreApplication::translate("lwc::Vault",
                                                 "The vault is locked. Unlock it with the passphrase to use the stored "
                                                 "secrets."));
}

Error noVaultError(const QString& location)
{
    return makeError(
        QStringLiteral("vault.noVault"),
        QCoreApplication::translate("lwc::Vault", "No vault exists yet. Create one with a passphrase first."),
        location);
}

Error busyError()
{
    return makeError(QStringLiteral("vault.busy"),
                     QCoreApplication::translate("lwc::Vault",
                                                 "The vault is still busy with the previous operation. Wait for it to "
                                                 "finish, then try again."));
}

Error cancelledError()
{
    return makeError(QStringLiteral("vault.cancelled"),
                     QCoreApplication::translate("lwc::Vault",
                                                 "The operation was cancelled because the vault was locked meanwhile. "
                                                 "Nothing was changed."));
}

Error wrongPassphraseError(const QString& details)
{
    return makeError(QStringLiteral("vault.wrongPassphrase"),
                     QCoreApplication::translate("lwc::Vault",
                                                 "The passphrase is not correct. Nothing was changed; check the "
                                                 "keyboard layout and Caps Lock, then try again."),
                     details);
}

Error tamperedError(const QString& details)
{
    // S26: integrity-protected storage; a blob that fails authentication is never used.
    return makeError(QStringLiteral("vault.tampered"),
                     QCoreApplication::translate("lwc::Vault",
                                                 "A stored secret failed its integrity check: it was modified, "
                                                 "damaged, or belongs to a different record. Enter that secret again."),
                     details, Rule::S26);
}

Status checkPassphrase(const SecretBytes& passphrase)
{
    // S26: the passphrase guards every secret at rest.
    if (passphrase.size() < Vault::kMinPassphraseBytes) {
        return makeError(QStringLiteral("vault.passphraseTooShort"),
                         QCoreApplication::translate("lwc::Vault",
                                                     "The passphrase is too short. Use at least %1 characters; a "
                                                     "sentence of several words is easier to remember.")
                             .arg(Vault::kMinPassphraseBytes),
                         QStringLiteral("%1 bytes").arg(passphrase.size()), Rule::S26);
    }
    return Status::success();
}

// --- the pure, thread-safe steps (run inline or on the pool) ---

Result<detail::NewVault> buildVault(const SecretBytes& passphrase, const KdfParams& params);

Result<SecretBytes> unwrapWithPassphrase(const VaultHeader& header, const SecretBytes& passphrase)
{
    // S26: refuse a downgraded KDF before spending the passphrase on it.
    LWC_CHECK(VaultCrypto::checkKdfParams(header.kdf));
    LWC_TRY(SecretBytes kek, VaultCrypto::deriveKey(passphrase, header.salt, header.kdf));
    auto dataKey
        = VaultHeader::unwrap(kek, header.passphraseWrap, header.associatedData(VaultHeader::WrapSlot::Passphrase));
    if (!dataKey.ok() && dataKey.error().code == VaultCrypto::kAuthenticationFailed)
        return wrongPassphraseError(
            QStringLiteral("passphrase wrap did not authenticate (%1)").arg(header.kdf.describe()));
    return dataKey;
}

Result<VaultHeader> rewrap(VaultHeader header, const SecretBytes& dataKey, const SecretBytes& passphrase,
                           const KdfParams& params)
{
    LWC_TRY(header.salt, VaultCrypto::randomBytes(VaultCrypto::kSaltSize));
    header.kdf = params;
    LWC_TRY(SecretBytes kek, VaultCrypto::deriveKey(passphrase, header.salt, header.kdf));
    LWC_TRY(header.passphraseWrap,
            VaultHeader::wrap(kek, dataKey, header.associatedData(VaultHeader::WrapSlot::Passphrase)));
    return header;
}

Result<detail::NewVault> buildVault(const SecretBytes& passphrase, const KdfParams& params)
{
    LWC_TRY(SecretBytes dataKey, SecretBytes::random(VaultCrypto::kKeySize));
    VaultHeader header;
    LWC_TRY(header.keyId, VaultCrypto::randomBytes(VaultHeader::kKeyIdSize));
    LWC_TRY(header, rewrap(std::move(header), dataKey, passphrase, params));
    return detail::NewVault {std::move(header), std::move(dataKey)};
}

Result<VaultHeader> changeWrap(const VaultHeader& header, const SecretBytes& oldPassphrase,
                               const SecretBytes& newPassphrase, const KdfParams& params)
{
    LWC_TRY(SecretBytes dataKey, unwrapWithPassphrase(header, oldPassphrase));
    return rewrap(header, dataKey, newPassphrase, params);
}

QByteArray blobPrefix(QByteArrayView keyId)
{
    QByteArray prefix;
    prefix.reserve(1 + keyId.size());
    prefix.append(char(Vault::kBlobVersion));
    prefix.append(keyId);
    return prefix;
}

Result<QByteArray> sealBlob(const SecretBytes& key, QByteArrayView keyId, const SecretBytes& secret,
                            QByteArrayView associatedData)
{
    LWC_TRY(QByteArray nonce, VaultCrypto::randomBytes(VaultCrypto::kNonceSize));
    const QByteArray prefix = blobPrefix(keyId);
    QByteArray blob;
    blob.reserve(Vault::kBlobOverhead + secret.size());
    blob.append(prefix);
    blob.append(nonce);
    LWC_CHECK(VaultCrypto::encryptAppend(blob, key, nonce, prefix + associatedData.toByteArray(), secret.view()));
    return blob;
}

Result<SecretBytes> openBlob(const SecretBytes& key, QByteArrayView keyId, QByteArrayView blob,
                             QByteArrayView associatedData)
{
    if (blob.size() < Vault::kBlobOverhead)
        return tamperedError(
            QStringLiteral("blob has %1 bytes, at least %2 expected").arg(blob.size()).arg(Vault::kBlobOverhead));
    if (quint8(blob[0]) != Vault::kBlobVersion) {
        return makeError(
            QStringLiteral("vault.blob.unsupportedVersion"),
            QCoreApplication::translate("lwc::Vault",
                                        "A stored secret was written by a newer or unknown version of this "
                                        "program, or is damaged. Update the program or enter the secret "
                                        "again."),
            QStringLiteral("blob version %1").arg(quint8(blob[0])), Rule::S26);
    }
    const QByteArrayView blobKeyId = blob.sliced(1, VaultHeader::kKeyIdSize);
    if (blobKeyId != keyId) {
        return makeError(QStringLiteral("vault.blob.otherVault"),
                         QCoreApplication::translate("lwc::Vault",
                                                     "A stored secret was sealed by a different vault (for example "
                                                     "one restored from another computer). Open it with that vault, "
                                                     "or enter the secret again."),
                         QStringLiteral("blob key id %1, vault key id %2")
                             .arg(QString::fromLatin1(blobKeyId.toByteArray().toHex()),
                                  QString::fromLatin1(keyId.toByteArray().toHex())),
                         Rule::S26);
    }
    const qsizetype prefixSize = 1 + VaultHeader::kKeyIdSize;
    auto plain = VaultCrypto::decrypt(key, blob.sliced(prefixSize, VaultCrypto::kNonceSize),
                                      blob.first(prefixSize).toByteArray() + associatedData.toByteArray(),
                                      blob.sliced(prefixSize + VaultCrypto::kNonceSize));
    if (!plain.ok() && plain.error().code == VaultCrypto::kAuthenticationFailed)
        return tamperedError(QStringLiteral("GCM tag mismatch (changed blob or associated data)"));
    return plain;
}

} // namespace

Vault::Vault(std::unique_ptr<VaultStore> store, std::shared_ptr<KeychainBackend> keychain, QObject* parent)
    : QObject(parent), m_store(std::move(store)), m_keychain(std::move(keychain)), m_clock(&Clock::system())
{
    Q_ASSERT(m_store);
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &Vault::checkIdle);
}

Vault::~Vault()
{
    m_dataKey.wipe();
}

Status Vault::load()
{
    if (m_busy)
        return busyError();
    lock();
    m_header.reset();
    setState(State::NoVault);
    LWC_TRY(std::optional<QByteArray> stored, m_store->read());
    if (!stored) {
        qCInfo(lcSecurity).noquote() << "no vault at" << location();
        return Status::success();
    }
    auto header = VaultHeader::parse(*stored);
    if (!header.ok())
        return std::move(header).error().withContext(location());
    m_header = std::move(header).value();
    qCInfo(lcSecurity).noquote() << "vault found at" << location() << "key id"
                                 << QString::fromLatin1(m_header->keyId.toHex()) << m_header->kdf.describe()
                                 << (m_header->hasKeychainWrap() ? "keychain unlock on" : "keychain unlock off");
    setState(State::Locked);
    return Status::success();
}

QString Vault::location() const
{
    return m_store->location();
}

KdfParams Vault::storedKdfParams() const
{
    return m_header ? m_header->kdf : m_kdf;
}

Status Vault::setKdfParams(const KdfParams& params)
{
    LWC_CHECK(VaultCrypto::checkKdfParams(params));
    m_kdf = params;
    return Status::success();
}

void Vault::setIdleTimeout(std::chrono::milliseconds timeout)
{
    m_idleTimeout = std::clamp(timeout, std::chrono::milliseconds(0), kMaxIdleTimeout);
    armIdleTimer();
}

void Vault::setClock(const Clock& clock)
{
    m_clock = &clock;
    if (isUnlocked())
        touch();
    armIdleTimer();
}

QString Vault::keychainEntryName() const
{
    return m_header ? QStringLiteral("vault-") + QString::fromLatin1(m_header->keyId.toHex()) : QString();
}

// --- state checks ---

Status Vault::checkNotBusy() const
{
    return m_busy ? Status(busyError()) : Status::success();
}

Status Vault::checkCanCreate(const SecretBytes& passphrase)
{
    LWC_CHECK(checkNotBusy());
    if (m_state != State::NoVault || m_header) {
        return makeError(QStringLiteral("vault.exists"),
                         QCoreApplication::translate(
                             "lwc::Vault", "A vault already exists. Unlock it instead of creating a new one."),
                         location());
    }
    // Never overwrite a file that load() could not read (damaged, newer
    // version): it may be the only copy of the data key.
    LWC_TRY(std::optional<QByteArray> stored, m_store->read());
    if (stored) {
        return makeError(QStringLiteral("vault.exists"),
                         QCoreApplication::translate("lwc::Vault",
                                                     "A vault file already exists at %1 but could not be opened. Move "
                                                     "it away or restore it from a backup before creating a new vault.")
                             .arg(location()),
                         location());
    }
    return checkPassphrase(passphrase);
}

Status Vault::checkCanUnlock() const
{
    LWC_CHECK(checkNotBusy());
    if (m_state == State::NoVault)
        return noVaultError(location());
    if (m_state == State::Unlocked) {
        return makeError(QStringLiteral("vault.alreadyUnlocked"),
                         QCoreApplication::translate("lwc::Vault", "The vault is already unlocked."));
    }
    return Status::success();
}

// --- create / unlock / change / lock ---

Status Vault::create(const SecretBytes& passphrase)
{
    LWC_CHECK(checkCanCreate(passphrase));
    return finishCreate(buildVault(passphrase, m_kdf));
}

QCoro::Task<Status> Vault::createAsync(SecretBytes passphrase)
{
    LWC_CO_CHECK(checkCanCreate(passphrase));
    m_busy = true;
    QPointer<Vault> self(this);
    auto clearBusy = qScopeGuard([self] {
        if (self)
            self->m_busy = false;
    });
    auto job = startInPool(
        [params = m_kdf, passphrase = std::move(passphrase)]() { return buildVault(passphrase, params); });
    co_await job.future;
    if (!self)
        co_return cancelledError();
    co_return finishCreate(job.take());
}

Status Vault::finishCreate(Result<detail::NewVault> created)
{
    if (!created.ok())
        return std::move(created).error();
    detail::NewVault vault = std::move(created).value();
    LWC_CHECK(writeHeader(vault.header));
    m_header = std::move(vault.header);
    m_dataKey = std::move(vault.dataKey);
    m_failedAttempts = 0;
    qCInfo(lcSecurity).noquote() << "vault created at" << location() << "key id"
                                 << QString::fromLatin1(m_header->keyId.toHex()) << m_header->kdf.describe();
    setState(State::Unlocked);
    touch();
    armIdleTimer();
    return Status::success();
}

Status Vault::unlock(const SecretBytes& passphrase)
{
    LWC_CHECK(checkCanUnlock());
    QElapsedTimer timer;
    timer.start();
    auto dataKey = unwrapWithPassphrase(*m_header, passphrase);
    return finishUnlock(std::move(dataKey), QStringLiteral("passphrase, %1 ms").arg(timer.elapsed()));
}

QCoro::Task<Status> Vault::unlockAsync(SecretBytes passphrase)
{
    LWC_CO_CHECK(checkCanUnlock());
    m_busy = true;
    QPointer<Vault> self(this);
    auto clearBusy = qScopeGuard([self] {
        if (self)
            self->m_busy = false;
    });
    const quint64 epoch = m_epoch;
    QElapsedTimer timer;
    timer.start();
    auto job = startInPool([header = *m_header, passphrase = std::move(passphrase)]() {
        return unwrapWithPassphrase(header, passphrase);
    });
    co_await job.future;
    if (!self || self->m_epoch != epoch)
        co_return cancelledError(); // the job's result (maybe the data key) is wiped with the slot
    co_return finishUnlock(job.take(), QStringLiteral("passphrase, %1 ms").arg(timer.elapsed()));
}

Status Vault::finishUnlock(Result<SecretBytes> dataKey, const QString& how)
{
    if (!dataKey.ok()) {
        if (dataKey.error().code == QLatin1String("vault.wrongPassphrase")) {
            ++m_failedAttempts;
            qCWarning(lcSecurity).noquote()
                << "vault unlock refused: wrong passphrase, failed attempts:" << m_failedAttempts;
            Q_EMIT unlockFailed(m_failedAttempts);
        } else {
            qCWarning(lcSecurity).noquote() << "vault unlock failed:" << dataKey.error().toString();
        }
        return std::move(dataKey).error();
    }
    m_dataKey = std::move(dataKey).value();
    m_failedAttempts = 0;
    qCInfo(lcSecurity).noquote() << "vault unlocked (" + how + ")";
    setState(State::Unlocked);
    touch();
    armIdleTimer();
    return Status::success();
}

Status Vault::changePassphrase(const SecretBytes& oldPassphrase, const SecretBytes& newPassphrase)
{
    LWC_CHECK(checkNotBusy());
    if (!m_header)
        return noVaultError(location());
    LWC_CHECK(checkPassphrase(newPassphrase));
    return finishChangePassphrase(changeWrap(*m_header, oldPassphrase, newPassphrase, m_kdf));
}

QCoro::Task<Status> Vault::changePassphraseAsync(SecretBytes oldPassphrase, SecretBytes newPassphrase)
{
    LWC_CO_CHECK(checkNotBusy());
    if (!m_header)
        co_return noVaultError(location());
    LWC_CO_CHECK(checkPassphrase(newPassphrase));
    m_busy = true;
    QPointer<Vault> self(this);
    auto clearBusy = qScopeGuard([self] {
        if (self)
            self->m_busy = false;
    });
    auto job = startInPool([header = *m_header, params = m_kdf, oldPassphrase = std::move(oldPassphrase),
                            newPassphrase = std::move(newPassphrase)]() {
        return changeWrap(header, oldPassphrase, newPassphrase, params);
    });
    co_await job.future;
    if (!self)
        co_return cancelledError();
    co_return finishChangePassphrase(job.take());
}

Status Vault::finishChangePassphrase(Result<VaultHeader> rewrapped)
{
    if (!rewrapped.ok()) {
        if (rewrapped.error().code == QLatin1String("vault.wrongPassphrase")) {
            ++m_failedAttempts;
            qCWarning(lcSecurity).noquote() << "vault passphrase change refused: wrong current passphrase, "
                                               "failed attempts:"
                                            << m_failedAttempts;
            Q_EMIT unlockFailed(m_failedAttempts);
        }
        return std::move(rewrapped).error();
    }
    LWC_CHECK(writeHeader(rewrapped.value()));
    m_header = std::move(rewrapped).value();
    qCInfo(lcSecurity).noquote() << "vault passphrase changed," << m_header->kdf.describe();
    return Status::success();
}

void Vault::lock()
{
    ++m_epoch; // async work started before this point is discarded
    m_idleTimer.stop();
    if (m_state != State::Unlocked)
        return;
    m_dataKey.wipe();
    qCInfo(lcSecurity) << "vault locked, data key wiped";
    setState(State::Locked);
}

// --- keychain ---

QCoro::Task<Status> Vault::unlockWithKeychain()
{
    LWC_CO_CHECK(checkCanUnlock());
    if (!m_keychain)
        co_return KeychainBackend::unavailable(QStringLiteral("this build or session has no keychain backend"));
    if (!m_header->hasKeychainWrap()) {
        co_return makeError(QStringLiteral("vault.keychain.notEnabled"),
                            QCoreApplication::translate("lwc::Vault",
                                                        "Keychain unlock is not turned on for this vault. Unlock with "
                                                        "the passphrase."));
    }
    m_busy = true;
    QPointer<Vault> self(this);
    auto clearBusy = qScopeGuard([self] {
        if (self)
            self->m_busy = false;
    });
    const quint64 epoch = m_epoch;
    const VaultHeader header = *m_header;
    const auto keychain = m_keychain; // keeps the backend alive across the await
    auto keychainKey = co_await keychain->read(keychainEntryName());
    if (!self || self->m_epoch != epoch)
        co_return cancelledError();
    if (!keychainKey.ok()) {
        qCWarning(lcSecurity).noquote() << "vault keychain unlock failed:" << keychainKey.error().toString();
        co_return std::move(keychainKey).error();
    }
    auto dataKey = VaultHeader::unwrap(*keychainKey, header.keychainWrap,
                                       header.associatedData(VaultHeader::WrapSlot::Keychain));
    if (!dataKey.ok() && dataKey.error().code == VaultCrypto::kAuthenticationFailed) {
        dataKey = makeError(QStringLiteral("vault.keychain.keyInvalid"),
                            QCoreApplication::translate("lwc::Vault",
                                                        "The key in the system keychain does not open this vault (it "
                                                        "was replaced or belongs to another vault). Unlock with the "
                                                        "passphrase, then turn keychain unlock on again."),
                            QStringLiteral("keychain wrap did not authenticate"), Rule::S26);
    }
    co_return finishUnlock(std::move(dataKey), QStringLiteral("keychain"));
}

QCoro::Task<Status> Vault::enableKeychainUnlock()
{
    LWC_CO_CHECK(checkNotBusy());
    if (!m_keychain)
        co_return KeychainBackend::unavailable(QStringLiteral("this build or session has no keychain backend"));
    LWC_CO_CHECK(useDataKey());
    LWC_CO_TRY(SecretBytes keychainKey, SecretBytes::random(VaultCrypto::kKeySize));
    LWC_CO_TRY(QByteArray wrapped,
               VaultHeader::wrap(keychainKey, m_dataKey, m_header->associatedData(VaultHeader::WrapSlot::Keychain)));
    m_busy = true;
    QPointer<Vault> self(this);
    auto clearBusy = qScopeGuard([self] {
        if (self)
            self->m_busy = false;
    });
    const QString entry = keychainEntryName();
    const auto keychain = m_keychain;
    // Keychain first: if it fails, the header is untouched.
    const Status stored = co_await keychain->write(entry, std::move(keychainKey));
    if (!stored.ok()) {
        qCWarning(lcSecurity).noquote() << "keychain unlock not enabled:" << stored.error().toString();
        co_return stored;
    }
    if (!self) {
        // The vault is gone: take the new key out of the keychain again.
        const Status removed = co_await keychain->remove(entry);
        if (!removed.ok())
            qCWarning(lcSecurity).noquote()
                << "could not remove orphaned keychain entry:" << removed.error().toString();
        co_return cancelledError();
    }
    VaultHeader header = *m_header;
    header.keychainWrap = wrapped;
    const Status written = writeHeader(header);
    if (!written.ok()) {
        const Status removed = co_await keychain->remove(entry); // best effort: an orphan key unlocks nothing
        if (!removed.ok())
            qCWarning(lcSecurity).noquote()
                << "could not remove orphaned keychain entry:" << removed.error().toString();
        co_return written;
    }
    if (self) {
        self->m_header = std::move(header);
        qCInfo(lcSecurity).noquote() << "vault keychain unlock enabled, entry" << entry;
    }
    co_return Status::success();
}

QCoro::Task<Status> Vault::disableKeychainUnlock()
{
    LWC_CO_CHECK(checkNotBusy());
    if (!m_header)
        co_return noVaultError(location());
    const QString entry = keychainEntryName();
    if (m_header->hasKeychainWrap()) {
        // Header first: once the wrap is gone, the keychain key opens nothing.
        VaultHeader header = *m_header;
        header.keychainWrap.clear();
        LWC_CO_CHECK(writeHeader(header));
        m_header = std::move(header);
        qCInfo(lcSecurity).noquote() << "vault keychain unlock disabled";
    }
    if (!m_keychain)
        co_return Status::success();
    m_busy = true;
    QPointer<Vault> self(this);
    auto clearBusy = qScopeGuard([self] {
        if (self)
            self->m_busy = false;
    });
    const auto keychain = m_keychain;
    const Status removed = co_await keychain->remove(entry);
    if (!removed.ok()) {
        // Not fatal: the header no longer accepts that key.
        qCWarning(lcSecurity).noquote() << "keychain entry" << entry
                                        << "could not be removed (it no longer unlocks the vault):"
                                        << removed.error().toString();
    }
    co_return Status::success();
}

// --- seal / open ---

Result<QByteArray> Vault::seal(const SecretBytes& secret, QByteArrayView associatedData)
{
    LWC_CHECK(useDataKey());
    return sealBlob(m_dataKey, m_header->keyId, secret, associatedData);
}

Result<SecretBytes> Vault::open(QByteArrayView blob, QByteArrayView associatedData)
{
    LWC_CHECK(useDataKey());
    return openBlob(m_dataKey, m_header->keyId, blob, associatedData);
}

QCoro::Task<Result<QByteArray>> Vault::sealAsync(SecretBytes secret, QByteArray associatedData)
{
    if (secret.size() < kAsyncThreshold)
        co_return seal(secret, associatedData);
    LWC_CO_CHECK(useDataKey());
    auto job = startInPool(
        [key = m_dataKey.clone(), keyId = m_header->keyId, secret = std::move(secret),
         associatedData = std::move(associatedData)]() { return sealBlob(key, keyId, secret, associatedData); });
    co_await job.future;
    co_return job.take();
}

QCoro::Task<Result<SecretBytes>> Vault::openAsync(QByteArray blob, QByteArray associatedData)
{
    if (blob.size() < kAsyncThreshold)
        co_return open(blob, associatedData);
    LWC_CO_CHECK(useDataKey());
    QPointer<Vault> self(this);
    const quint64 epoch = m_epoch;
    auto job = startInPool(
        [key = m_dataKey.clone(), keyId = m_header->keyId, blob = std::move(blob),
         associatedData = std::move(associatedData)]() { return openBlob(key, keyId, blob, associatedData); });
    co_await job.future;
    // Locked meanwhile: the caller asked while unlocked, but the user has
    // since locked; do not hand out plaintext after that.
    if (!self || self->m_epoch != epoch)
        co_return lockedError();
    co_return job.take();
}

// --- idle timeout ---

Status Vault::useDataKey()
{
    checkIdle();
    if (m_state == State::NoVault)
        return noVaultError(location());
    if (m_state != State::Unlocked)
        return lockedError();
    touch();
    return Status::success();
}

void Vault::touch()
{
    m_lastUse = m_clock->now();
}

void Vault::checkIdle()
{
    if (m_state != State::Unlocked)
        return;
    if (m_idleTimeout.count() > 0 && m_lastUse.isValid()
        && m_lastUse.msecsTo(m_clock->now()) >= qint64(m_idleTimeout.count())) {
        qCInfo(lcSecurity).noquote() << "vault idle for" << m_idleTimeout.count() / 1000 << "s, locking";
        lock();
        Q_EMIT autoLocked();
        return;
    }
    armIdleTimer();
}

void Vault::armIdleTimer()
{
    if (m_state != State::Unlocked || m_idleTimeout.count() <= 0) {
        m_idleTimer.stop();
        return;
    }
    const qint64 elapsed = m_lastUse.isValid() ? m_lastUse.msecsTo(m_clock->now()) : 0;
    // A clock that went backwards counts as no time passed.
    const qint64 remaining
        = qBound<qint64>(0, qint64(m_idleTimeout.count()) - qMax<qint64>(elapsed, 0), qint64(m_idleTimeout.count()));
    m_idleTimer.start(std::chrono::milliseconds(remaining));
}

// --- storage ---

Status Vault::writeHeader(const VaultHeader& header)
{
    const Status written = m_store->write(header.serialize());
    if (!written.ok())
        qCWarning(lcSecurity).noquote() << "vault header not written:" << written.error().toString();
    return written;
}

void Vault::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace lwc
