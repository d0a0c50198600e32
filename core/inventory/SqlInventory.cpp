#include "SqlInventory.h"

#include "common/Log.h"
#include "vault/Vault.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSqlError>
#include <QSqlQuery>

namespace lwc::inventory {

using jobs::JobRecord;

namespace {

const char* kDeviceColumns = "SELECT id, endpoint, profile, state, last_job_id, last_job_ms, created_ms FROM devices";

DeviceRow deviceFrom(const QSqlQuery& q)
{
    DeviceRow d;
    d.id = q.value(0).toLongLong();
    d.endpoint = q.value(1).toString();
    d.profile = q.value(2).toString();
    d.state = deviceStateFromName(q.value(3).toString()).value_or(DeviceState::New);
    d.lastJobId = q.value(4).toString();
    if (!q.value(5).isNull())
        d.lastJobAt = QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC);
    d.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
    return d;
}

// The journal, seen through the jobs whose program is gone: what
// jobs::recoverInterruptedJobs must treat as interrupted.
class OrphanedJobs final : public jobs::JobJournal {
public:
    explicit OrphanedJobs(SqlJobJournal& journal) : m_journal(journal) { }
    Status create(const JobRecord& job) override { return m_journal.create(job); }
    Status updateJob(const JobRecord& job) override { return m_journal.updateJob(job); }
    Status updateStep(const QString& jobId, const jobs::JobStep& step) override
    {
        return m_journal.updateStep(jobId, step);
    }
    Result<JobRecord> load(const QString& jobId) override { return m_journal.load(jobId); }
    Result<QList<JobRecord>> unfinished() override { return m_journal.orphaned(); }

private:
    SqlJobJournal& m_journal;
};

} // namespace

SqlInventory::SqlInventory(std::unique_ptr<InventoryDatabase> database, QString location)
    : m_db(std::move(database)),
      m_location(std::move(location)),
      m_clock(&Clock::system()),
      m_journal(*m_db),
      m_audit(*m_db),
      m_credentials(*m_db),
      m_trust(*m_db, &m_audit)
{
    m_credentials.setAuditLog(&m_audit);
}

SqlInventory::~SqlInventory() = default;

void SqlInventory::setClock(const Clock& clock)
{
    m_clock = &clock;
    m_journal.setClock(clock);
    m_audit.setClock(clock);
}

Status SqlInventory::checkEndpoint(const QString& endpoint) const
{
    if (endpoint.trimmed().isEmpty()) {
        return makeError(QStringLiteral("inventory.device.endpoint"),
                         tr("A device needs an endpoint name. Enter the name the device registers with."));
    }
    return {};
}

Result<std::optional<DeviceRow>> SqlInventory::findDevice(const QString& endpoint) const
{
    QSqlQuery q(m_db->database());
    q.prepare(QString::fromLatin1(kDeviceColumns) + QStringLiteral(" WHERE endpoint = ?"));
    q.addBindValue(endpoint);
    if (!q.exec()) {
        return InventoryDatabase::queryError(QStringLiteral("inventory.query"), tr("The inventory could not be read."),
                                             q.lastError());
    }
    if (!q.next())
        return std::optional<DeviceRow>();
    return std::optional<DeviceRow>(deviceFrom(q));
}

Result<DeviceRow> SqlInventory::insertDevice(const QString& endpoint, const QString& profile)
{
    QSqlQuery q(m_db->database());
    // No AUTOINCREMENT/SERIAL (portable SQL): the next id inside the write
    // transaction; two PostgreSQL writers racing for it get a conflict and retry.
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM devices")) || !q.next()) {
        return InventoryDatabase::queryError(QStringLiteral("inventory.query"), tr("The inventory could not be read."),
                                             q.lastError());
    }
    DeviceRow d;
    d.id = q.value(0).toLongLong();
    d.endpoint = endpoint;
    d.profile = profile;
    d.state = DeviceState::New;
    d.createdAt = QDateTime::fromMSecsSinceEpoch(m_clock->now().toMSecsSinceEpoch(), Qt::UTC);
    q.finish();
    q.prepare(QStringLiteral("INSERT INTO devices (id, endpoint, profile, state, created_ms, updated_ms) VALUES (?, ?, "
                             "?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    q.addBindValue(d.id);
    q.addBindValue(d.endpoint);
    q.addBindValue(d.profile);
    q.addBindValue(deviceStateName(d.state));
    q.addBindValue(d.createdAt.toMSecsSinceEpoch());
    q.addBindValue(d.createdAt.toMSecsSinceEpoch());
    if (!q.exec()) {
        return InventoryDatabase::queryError(QStringLiteral("inventory.device.insert"),
                                             tr("The device could not be added to the inventory."), q.lastError());
    }
    if (q.numRowsAffected() == 0) {
        // Another writer added this device or took this id first: look again.
        return makeError(QString::fromLatin1(InventoryDatabase::kConflictCode),
                         tr("Another program changed the inventory at the same moment. Try again."),
                         QStringLiteral("device id %1 or endpoint taken").arg(d.id));
    }
    AuditEvent e;
    e.action = QStringLiteral("device.added");
    e.endpoint = endpoint;
    e.details = QJsonObject {{QStringLiteral("profile"), profile}};
    auto appended = m_audit.appendInTransaction(std::move(e));
    if (!appended.ok())
        return std::move(appended).error();
    return d;
}

Result<DeviceRow> SqlInventory::ensureDevice(const QString& endpoint, const QString& profile)
{
    LWC_CHECK(checkEndpoint(endpoint));
    Result<DeviceRow> out;
    const Status s = m_db->inRetryingTransaction([&]() -> Status {
        LWC_TRY(std::optional<DeviceRow> found, findDevice(endpoint));
        if (!found) {
            out = insertDevice(endpoint, profile);
            return out.ok() ? Status() : Status(out.error());
        }
        if (!profile.isEmpty() && found->profile != profile) {
            QSqlQuery q(m_db->database());
            q.prepare(QStringLiteral("UPDATE devices SET profile = ?, updated_ms = ? WHERE id = ?"));
            q.addBindValue(profile);
            q.addBindValue(m_clock->now().toMSecsSinceEpoch());
            q.addBindValue(found->id);
            if (!q.exec()) {
                return InventoryDatabase::queryError(QStringLiteral("inventory.device.update"),
                                                     tr("The device could not be saved in the inventory."),
                                                     q.lastError());
            }
            found->profile = profile;
        }
        out = *found;
        return {};
    });
    if (!s.ok())
        return s.error();
    return out;
}

Result<std::optional<DeviceRow>> SqlInventory::device(const QString& endpoint) const
{
    return findDevice(endpoint);
}

Status SqlInventory::setDeviceState(const QString& endpoint, DeviceState state, const QString& jobId)
{
    LWC_CHECK(checkEndpoint(endpoint));
    return m_db->inRetryingTransaction([&]() -> Status {
        LWC_TRY(std::optional<DeviceRow> found, findDevice(endpoint));
        if (!found) {
            return makeError(QStringLiteral("inventory.device.unknown"),
                             tr("The device \"%1\" is not in the inventory.").arg(endpoint));
        }
        const qint64 now = m_clock->now().toMSecsSinceEpoch();
        QSqlQuery q(m_db->database());
        if (jobId.isEmpty()) {
            q.prepare(QStringLiteral("UPDATE devices SET state = ?, updated_ms = ? WHERE id = ?"));
            q.addBindValue(deviceStateName(state));
            q.addBindValue(now);
            q.addBindValue(found->id);
        } else {
            q.prepare(QStringLiteral(
                "UPDATE devices SET state = ?, last_job_id = ?, last_job_ms = ?, updated_ms = ? WHERE id = ?"));
            q.addBindValue(deviceStateName(state));
            q.addBindValue(jobId);
            q.addBindValue(now);
            q.addBindValue(now);
            q.addBindValue(found->id);
        }
        if (!q.exec()) {
            return InventoryDatabase::queryError(QStringLiteral("inventory.device.update"),
                                                 tr("The device could not be saved in the inventory."), q.lastError());
        }
        if (found->state == state)
            return {};
        AuditEvent e;
        e.action = QStringLiteral("device.state");
        e.endpoint = endpoint;
        e.jobId = jobId;
        e.details = QJsonObject {{QStringLiteral("from"), deviceStateName(found->state)},
                                 {QStringLiteral("to"), deviceStateName(state)}};
        auto appended = m_audit.appendInTransaction(std::move(e));
        if (!appended.ok())
            return std::move(appended).error();
        return {};
    });
}

Result<qint64> SqlInventory::deviceCount() const
{
    QSqlQuery q(m_db->database());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM devices")) || !q.next()) {
        return InventoryDatabase::sqlError(QStringLiteral("inventory.query"), tr("The inventory could not be read."),
                                           q.lastError());
    }
    return q.value(0).toLongLong();
}

Result<QList<DeviceRow>> SqlInventory::devices() const
{
    QSqlQuery q(m_db->database());
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(kDeviceColumns))) {
        return InventoryDatabase::sqlError(QStringLiteral("inventory.query"), tr("The inventory could not be read."),
                                           q.lastError());
    }
    QList<DeviceRow> out;
    while (q.next())
        out << deviceFrom(q);
    return out;
}

Result<QList<JobRecord>> SqlInventory::jobs(const QString& endpoint, int limit) const
{
    return m_journal.jobs(endpoint, limit);
}

Status SqlInventory::storeSealedSecret(const QString& endpoint, const QString& purpose, const QByteArray& sealed)
{
    LWC_CHECK(checkEndpoint(endpoint));
    if (purpose.trimmed().isEmpty()) {
        return makeError(QStringLiteral("inventory.secret.purpose"),
                         tr("A stored secret needs a purpose such as \"psk:/0/1\"."));
    }
    // S26: only vault blobs (version byte, key id, nonce, AES-256-GCM
    // ciphertext and tag) are stored; anything else, or a blob that holds a
    // live secret in the clear, is refused.
    if (sealed.size() <= Vault::kBlobOverhead || quint8(sealed.at(0)) != Vault::kBlobVersion
        || redactSecrets(QString::fromLatin1(sealed.toHex())) != QString::fromLatin1(sealed.toHex())) {
        return makeError(QStringLiteral("inventory.secret.notSealed"),
                         tr("The secret for \"%1\" was not sealed by the vault and is not stored. Unlock the vault "
                            "and seal it first.")
                             .arg(purpose),
                         QStringLiteral("%1 bytes").arg(sealed.size()), Rule::S26);
    }
    return m_db->inRetryingTransaction([&]() -> Status {
        QSqlQuery q(m_db->database());
        q.prepare(QStringLiteral("DELETE FROM sealed_secrets WHERE endpoint = ? AND purpose = ?"));
        q.addBindValue(endpoint);
        q.addBindValue(purpose);
        const bool deleted = q.exec();
        const bool replaced = deleted && q.numRowsAffected() > 0;
        if (deleted) {
            q.prepare(QStringLiteral(
                "INSERT INTO sealed_secrets (endpoint, purpose, sealed, updated_ms) VALUES (?, ?, ?, ?)"));
            q.addBindValue(endpoint);
            q.addBindValue(purpose);
            q.addBindValue(sealed);
            q.addBindValue(m_clock->now().toMSecsSinceEpoch());
        }
        if (!deleted || !q.exec()) {
            return InventoryDatabase::queryError(QStringLiteral("inventory.secret.write"),
                                                 tr("The sealed secret could not be saved in the inventory."),
                                                 q.lastError());
        }
        AuditEvent e;
        e.action = QStringLiteral("secret.stored");
        e.endpoint = endpoint;
        e.rule = Rule::S26;
        e.details = QJsonObject {{QStringLiteral("purpose"), purpose},
                                 {QStringLiteral("sealedBytes"), sealed.size()},
                                 {QStringLiteral("replaced"), replaced}};
        auto appended = m_audit.appendInTransaction(std::move(e));
        if (!appended.ok())
            return std::move(appended).error();
        return {};
    });
}

Result<QByteArray> SqlInventory::sealedSecret(const QString& endpoint, const QString& purpose) const
{
    QSqlQuery q(m_db->database());
    q.prepare(QStringLiteral("SELECT sealed FROM sealed_secrets WHERE endpoint = ? AND purpose = ?"));
    q.addBindValue(endpoint);
    q.addBindValue(purpose);
    if (!q.exec()) {
        return InventoryDatabase::sqlError(QStringLiteral("inventory.query"), tr("The inventory could not be read."),
                                           q.lastError());
    }
    if (!q.next()) {
        return makeError(QStringLiteral("inventory.secret.missing"),
                         tr("The inventory holds no secret \"%1\" for device \"%2\".").arg(purpose, endpoint));
    }
    return q.value(0).toByteArray();
}

Status SqlInventory::storeReceipt(const QString& jobId, const QByteArray& signedReceiptJson)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(signedReceiptJson, &parseError);
    if (jobId.isEmpty() || parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return makeError(QStringLiteral("inventory.receipt.invalid"),
                         tr("The receipt is not a JSON object for a job and was not stored."),
                         parseError.errorString());
    }
    // S26: a receipt lists what was written, never the secrets themselves.
    const QString text = QString::fromUtf8(signedReceiptJson);
    if (redactSecrets(text) != text) {
        return makeError(QStringLiteral("inventory.receipt.secret"),
                         tr("The receipt contains a secret (a key, PSK or PIN) and was not stored."), {}, Rule::S26);
    }
    const QString digest
        = QString::fromLatin1(QCryptographicHash::hash(signedReceiptJson, QCryptographicHash::Sha256).toHex());
    return m_db->inRetryingTransaction([&]() -> Status {
        QSqlQuery q(m_db->database());
        q.prepare(QStringLiteral("DELETE FROM receipts WHERE job_id = ?"));
        q.addBindValue(jobId);
        const bool deleted = q.exec();
        const bool replaced = deleted && q.numRowsAffected() > 0;
        if (deleted) {
            q.prepare(
                QStringLiteral("INSERT INTO receipts (job_id, signed_json, sha256, stored_ms) VALUES (?, ?, ?, ?)"));
            q.addBindValue(jobId);
            q.addBindValue(signedReceiptJson);
            q.addBindValue(digest);
            q.addBindValue(m_clock->now().toMSecsSinceEpoch());
        }
        if (!deleted || !q.exec()) {
            return InventoryDatabase::queryError(QStringLiteral("inventory.receipt.write"),
                                                 tr("The receipt could not be saved in the inventory."), q.lastError());
        }
        AuditEvent e;
        e.action = QStringLiteral("receipt.stored");
        e.jobId = jobId;
        e.details = QJsonObject {{QStringLiteral("sha256"), digest}, {QStringLiteral("replaced"), replaced}};
        auto appended = m_audit.appendInTransaction(std::move(e));
        if (!appended.ok())
            return std::move(appended).error();
        return {};
    });
}

Result<QByteArray> SqlInventory::receipt(const QString& jobId) const
{
    QSqlQuery q(m_db->database());
    q.prepare(QStringLiteral("SELECT signed_json FROM receipts WHERE job_id = ?"));
    q.addBindValue(jobId);
    if (!q.exec()) {
        return InventoryDatabase::sqlError(QStringLiteral("inventory.query"), tr("The inventory could not be read."),
                                           q.lastError());
    }
    if (!q.next()) {
        return makeError(QStringLiteral("inventory.receipt.missing"),
                         tr("The inventory holds no receipt for job %1.").arg(jobId));
    }
    return q.value(0).toByteArray();
}

Status SqlInventory::recordAccounts(const QString& endpoint, const QString& jobId, const QList<AccountRow>& accounts)
{
    LWC_CHECK(checkEndpoint(endpoint));
    for (const AccountRow& a : accounts) {
        const QString text = a.uri + a.resources.join(QLatin1Char('\n'));
        if (redactSecrets(text) != text) {
            // S26: the description of an account never carries the key itself.
            return makeError(QStringLiteral("inventory.account.secret"),
                             tr("The description of %1 contains a secret and was not stored.").arg(a.path), {},
                             Rule::S26);
        }
    }
    return m_db->inRetryingTransaction([&]() -> Status {
        QSqlQuery q(m_db->database());
        q.prepare(QStringLiteral("DELETE FROM device_accounts WHERE endpoint = ?"));
        q.addBindValue(endpoint);
        if (!q.exec()) {
            return InventoryDatabase::queryError(QStringLiteral("inventory.account.write"),
                                                 tr("The device's accounts could not be saved in the inventory."),
                                                 q.lastError());
        }
        q.prepare(QStringLiteral("INSERT INTO device_accounts (endpoint, object_path, job_id, short_server_id, "
                                 "bootstrap_account, security_mode, server_uri, content_format, resources, "
                                 "written_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        const qint64 now = m_clock->now().toMSecsSinceEpoch();
        for (const AccountRow& a : accounts) {
            q.addBindValue(endpoint);
            q.addBindValue(a.path);
            q.addBindValue(jobId);
            q.addBindValue(a.shortServerId);
            q.addBindValue(a.bootstrapAccount ? 1 : 0);
            q.addBindValue(a.securityMode);
            q.addBindValue(a.uri);
            q.addBindValue(a.contentFormat);
            q.addBindValue(QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(a.resources)).toJson(QJsonDocument::Compact)));
            q.addBindValue(a.writtenAt.isValid() ? a.writtenAt.toMSecsSinceEpoch() : now);
            if (!q.exec()) {
                return InventoryDatabase::queryError(QStringLiteral("inventory.account.write"),
                                                     tr("The device's accounts could not be saved in the inventory."),
                                                     q.lastError());
            }
        }
        return {};
    });
}

Result<QList<AccountRow>> SqlInventory::accounts(const QString& endpoint) const
{
    QSqlQuery q(m_db->database());
    q.prepare(QStringLiteral("SELECT object_path, job_id, short_server_id, bootstrap_account, security_mode, "
                             "server_uri, content_format, resources, written_ms FROM device_accounts WHERE endpoint = "
                             "? ORDER BY object_path"));
    q.addBindValue(endpoint);
    if (!q.exec()) {
        return InventoryDatabase::sqlError(QStringLiteral("inventory.query"), tr("The inventory could not be read."),
                                           q.lastError());
    }
    QList<AccountRow> out;
    while (q.next()) {
        AccountRow a;
        a.endpoint = endpoint;
        a.path = q.value(0).toString();
        a.jobId = q.value(1).toString();
        a.shortServerId = q.value(2).toInt();
        a.bootstrapAccount = q.value(3).toInt() != 0;
        a.securityMode = q.value(4).toString();
        a.uri = q.value(5).toString();
        a.contentFormat = q.value(6).toInt();
        for (const QJsonValue& v : QJsonDocument::fromJson(q.value(7).toString().toUtf8()).array())
            a.resources << v.toString();
        a.writtenAt = QDateTime::fromMSecsSinceEpoch(q.value(8).toLongLong(), Qt::UTC);
        out << a;
    }
    return out;
}

Result<QList<JobRecord>> SqlInventory::recoverInterruptedJobs()
{
    OrphanedJobs orphaned(m_journal);
    LWC_TRY(QList<JobRecord> recovered, jobs::recoverInterruptedJobs(orphaned, m_clock->now()));
    for (const JobRecord& job : std::as_const(recovered)) {
        QString lastStep;
        for (const jobs::JobStep& s : job.steps)
            if (s.state != jobs::StepState::Pending)
                lastStep = s.name;
        AuditEvent e;
        e.action = QStringLiteral("job.interrupted");
        e.endpoint = job.endpoint;
        e.jobId = job.id;
        e.details = QJsonObject {{QStringLiteral("step"), lastStep},
                                 {QStringLiteral("error"), job.error ? job.error->code : QString()}};
        LWC_TRY(const AuditEvent appended, m_audit.append(std::move(e)));
        Q_UNUSED(appended);
        if (job.endpoint.isEmpty())
            continue;
        LWC_TRY(const DeviceRow device, ensureDevice(job.endpoint));
        // A newer job (another machine) may have finished the device since.
        if (device.lastJobId.isEmpty() || device.lastJobId == job.id)
            LWC_CHECK(setDeviceState(job.endpoint, DeviceState::Interrupted, job.id));
    }
    return recovered;
}

} // namespace lwc::inventory
