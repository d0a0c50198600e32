#pragma once

// The inventory facade: the one object the GUI, the CLI and jobs use to
// record devices, jobs (the JobJournal), the audit log, issued credentials,
// sealed secrets and receipts. SQLite by default; PostgreSQL for a team
// (same schema, portable SQL). This header is the contract between the
// inventory implementation and its users; extend it, do not break it.
#include "inventory/CredentialRegistry.h"
#include "inventory/InventoryDatabase.h"
#include "inventory/TrustDecisionLog.h"
#include "jobs/JobJournal.h"

#include <QDateTime>
#include <QIODevice>
#include <QJsonObject>

#include <memory>
#include <optional>

namespace lwc::inventory {

// Device lifecycle as the technician sees it.
enum class DeviceState { New, InProgress, Commissioned, Failed, Interrupted };
QString deviceStateName(DeviceState state); // "new", "in-progress", "commissioned", "failed", "interrupted"
std::optional<DeviceState> deviceStateFromName(QStringView name);

struct DeviceRow {
    qint64 id = 0;
    QString endpoint;
    QString profile; // device key profile / model name
    DeviceState state = DeviceState::New;
    QString lastJobId;
    QDateTime lastJobAt;
    QDateTime createdAt;
};

// One audit record. Append-only and hash-chained: hash = SHA-256 over the
// previous hash and this record's canonical JSON (without `hash`). Never
// holds a secret.
struct AuditEvent {
    qint64 sequence = 0; // assigned on append, 1..n
    QDateTime at; // UTC
    QString actor; // technician (OS user name by default)
    QString action; // "job.started", "job.step", "job.finished", "trust.decision",
                    // "credential.issued", "vault.unlocked", "vault.unlockFailed", ...
    QString endpoint;
    QString jobId;
    Rule rule = Rule::None;
    QJsonObject details;
    QByteArray previousHash; // raw 32 bytes
    QByteArray hash; // raw 32 bytes
    QJsonObject toJson() const;
};

struct AuditVerification {
    bool intact = true;
    qint64 records = 0;
    qint64 firstBrokenSequence = 0; // 0 if intact
    QString problem; // translated, names the record and what is wrong
};

class AuditLog {
public:
    virtual ~AuditLog() = default;
    // Fills sequence, previousHash and hash; refuses details that look like a
    // live secret (redaction rule) instead of storing them.
    virtual Result<AuditEvent> append(AuditEvent event) = 0;
    virtual Result<AuditVerification> verify() const = 0;
    virtual Status exportJsonLines(QIODevice& out) const = 0;
    virtual Result<QList<AuditEvent>> events(const QString& endpoint = {}, int limit = 1000) const = 0;
};

class Inventory {
public:
    virtual ~Inventory() = default;

    // Opens (and migrates) the database: SQLite file, or QPSQL options.
    static Result<std::unique_ptr<Inventory>> open(const InventoryDatabase::Options& options);
    static Result<std::unique_ptr<Inventory>> openSqlite(const QString& path);
    // Default location: QStandardPaths::AppDataLocation + "/inventory.sqlite".
    static QString defaultSqlitePath();

    virtual InventoryDatabase& database() = 0;

    // Devices
    virtual Result<DeviceRow> ensureDevice(const QString& endpoint, const QString& profile = {}) = 0;
    virtual Result<std::optional<DeviceRow>> device(const QString& endpoint) const = 0;
    virtual Status setDeviceState(const QString& endpoint, DeviceState state, const QString& jobId) = 0;
    virtual Result<qint64> deviceCount() const = 0;

    // Jobs: the SQL JobJournal (jobs + job_steps tables), and history.
    virtual jobs::JobJournal& journal() = 0;
    virtual Result<QList<jobs::JobRecord>> jobs(const QString& endpoint = {}, int limit = 200) const = 0;

    virtual AuditLog& audit() = 0;
    virtual CredentialRegistry& credentials() = 0;
    virtual TrustDecisionLog& trustDecisions() = 0;

    // Secrets at rest (S26): only vault-sealed blobs are stored, keyed by
    // endpoint and purpose ("psk:/0/1", "private-key:/0/1").
    virtual Status storeSealedSecret(const QString& endpoint, const QString& purpose, const QByteArray& sealed) = 0;
    virtual Result<QByteArray> sealedSecret(const QString& endpoint, const QString& purpose) const = 0;

    // Signed receipts (canonical JSON), by job id.
    virtual Status storeReceipt(const QString& jobId, const QByteArray& signedReceiptJson) = 0;
    virtual Result<QByteArray> receipt(const QString& jobId) const = 0;
};

} // namespace lwc::inventory
