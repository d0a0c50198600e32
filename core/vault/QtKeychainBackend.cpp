#include "QtKeychainBackend.h"

#include "common/Log.h"

#include <QCoro/QCoroSignal>

#include <qt6keychain/keychain.h>

#include <memory>

namespace lwc {

namespace {

struct DeleteLater {
    void operator()(QObject* o) const { o->deleteLater(); }
};
template <typename Job> using JobPtr = std::unique_ptr<Job, DeleteLater>;

Error mapError(const QKeychain::Job& job)
{
    const QString details = QStringLiteral("QtKeychain error %1: %2").arg(int(job.error())).arg(job.errorString());
    switch (job.error()) {
    case QKeychain::NoError:
        break;
    case QKeychain::EntryNotFound:
        return KeychainBackend::notFound(job.key());
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return KeychainBackend::denied(details);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return KeychainBackend::unavailable(details);
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return KeychainBackend::failed(details);
}

template <typename Job> JobPtr<Job> makeJob(const QString& service, const QString& key)
{
    JobPtr<Job> job(new Job(service));
    job->setAutoDelete(false);
    job->setInsecureFallback(false); // never a plain-text file instead of the keychain
    job->setKey(key);
    return job;
}

// Starts `job` and waits for finished() up to `timeout`; true if it finished.
QCoro::Task<bool> runJob(QKeychain::Job* job, std::chrono::milliseconds timeout)
{
    job->start();
    const auto finished = co_await qCoro(job, &QKeychain::Job::finished, timeout);
    co_return finished.has_value();
}

int seconds(std::chrono::milliseconds ms)
{
    return int(std::chrono::duration_cast<std::chrono::seconds>(ms).count());
}

} // namespace

QtKeychainBackend::QtKeychainBackend(QString service, std::chrono::milliseconds timeout)
    : m_service(std::move(service)), m_timeout(timeout)
{
}

QCoro::Task<Result<SecretBytes>> QtKeychainBackend::read(QString key)
{
    auto job = makeJob<QKeychain::ReadPasswordJob>(m_service, key);
    if (!co_await runJob(job.get(), m_timeout))
        co_return timedOut(key, seconds(m_timeout));
    if (job->error() != QKeychain::NoError)
        co_return mapError(*job);
    QByteArray data = job->binaryData();
    co_return SecretBytes::takeFrom(data);
}

QCoro::Task<Status> QtKeychainBackend::write(QString key, SecretBytes secret)
{
    auto job = makeJob<QKeychain::WritePasswordJob>(m_service, key);
    QByteArray data = secret.revealCopy();
    job->setBinaryData(data);
    wipeByteArray(data);
    secret.wipe();
    if (!co_await runJob(job.get(), m_timeout))
        co_return timedOut(key, seconds(m_timeout));
    if (job->error() != QKeychain::NoError)
        co_return mapError(*job);
    qCInfo(lcSecurity).noquote() << "keychain entry written:" << m_service << key;
    co_return Status::success();
}

QCoro::Task<Status> QtKeychainBackend::remove(QString key)
{
    auto job = makeJob<QKeychain::DeletePasswordJob>(m_service, key);
    if (!co_await runJob(job.get(), m_timeout))
        co_return timedOut(key, seconds(m_timeout));
    if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
        co_return mapError(*job);
    qCInfo(lcSecurity).noquote() << "keychain entry removed:" << m_service << key;
    co_return Status::success();
}

} // namespace lwc
