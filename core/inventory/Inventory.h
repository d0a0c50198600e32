#pragma once

// The inventory facade: the one object the GUI, the CLI and jobs use to
// record devices, jobs (the JobJournal), the audit log, issued credentials,
// sealed secrets and receipts. SQLite by default; PostgreSQL for a team
// (same schema, portable SQL). This header is the contract between the
// inventory implementation and its users; extend it, do not break it.
#include "common/Clock.h"
#include "inventory/AuditLog.h"
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

// A Security (/0/x) or Server (/1/x) instance a job wrote to a device, as
// the inventory keeps it: what the device holds now, never a secret (S26;
// secret resources appear as "5=<secret:16 bytes>").
struct AccountRow {
    QString endpoint;
    QString path; // "/0/1", "/1/0"
    QString jobId;
    int shortServerId = 0;
    bool bootstrapAccount = false;
    QString securityMode; // psk, rpk, x509, nosec (Security instances)
    QString uri;
    int contentFormat = 0;
    QStringList resources; // "0=coaps://...", "3=<identity>", "5=<secret:16 bytes>"
    QDateTime writtenAt;
};

class Inventory {
public:
    virtual ~Inventory() = default;

    // Opens (and migrates) the database: SQLite file, or QPSQL options.
    static Result<std::unique_ptr<Inventory>> open(const InventoryDatabase::Options& options);
    static Result<std::unique_ptr<Inventory>> openSqlite(const QString& path);
    // Default location: QStandardPaths::AppDataLocation + "/inventory.sqlite".
    static QString defaultSqlitePath();
    // The vault file the GUI and the CLI use by default: next to the default
    // inventory ("vault.lwcv").
    static QString defaultVaultPath();

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

    // --- Added by the inventory implementation ---

    // Every device, in no particular order (DeviceListModel sorts and filters in memory).
    virtual Result<QList<DeviceRow>> devices() const = 0;

    // What a device holds after a job: replaces the accounts recorded for
    // `endpoint` (called after a successful job; refuses text with a live secret, S26).
    virtual Status recordAccounts(const QString& endpoint, const QString& jobId, const QList<AccountRow>& accounts) = 0;
    virtual Result<QList<AccountRow>> accounts(const QString& endpoint) const = 0;

    // Run on start-up by the GUI and the CLI: every job whose program died
    // while it ran (the journal still says running) ends Interrupted with the
    // step it was in (jobs::recoverInterruptedJobs), its device becomes
    // "interrupted" and the audit log gets a "job.interrupted" record. Jobs
    // another live program on this machine is running, or that another
    // machine runs, are left alone. Returns the recovered jobs.
    virtual Result<QList<jobs::JobRecord>> recoverInterruptedJobs() = 0;

    // Time source for what the inventory stamps itself (device and journal
    // times, audit records without a time). Default: Clock::system().
    virtual void setClock(const Clock& clock) = 0;
    // Recorded in audit events that name no actor (default: the OS user name).
    virtual void setActor(const QString& actor) = 0;
    virtual QString actor() const = 0;
    // For messages: the SQLite file, or "PostgreSQL <db> on <host>".
    virtual QString location() const = 0;
};

} // namespace lwc::inventory
