#pragma once

#include "inventory/Inventory.h"
#include "inventory/SqlAuditLog.h"
#include "inventory/SqlJobJournal.h"

#include <QCoreApplication>

namespace lwc::inventory {

// The Inventory on an InventoryDatabase (SQLite or PostgreSQL): devices,
// the SQL job journal, the audit log, credentials, trust decisions (each
// also an audit record), sealed secrets and receipts. Created through
// Inventory::open/openSqlite. Like its connection, it belongs to the thread
// that opened it.
class SqlInventory final : public Inventory {
    Q_DECLARE_TR_FUNCTIONS(lwc::inventory::SqlInventory)
public:
    explicit SqlInventory(std::unique_ptr<InventoryDatabase> database, QString location);
    ~SqlInventory() override;

    InventoryDatabase& database() override { return *m_db; }

    Result<DeviceRow> ensureDevice(const QString& endpoint, const QString& profile = {}) override;
    Result<std::optional<DeviceRow>> device(const QString& endpoint) const override;
    Status setDeviceState(const QString& endpoint, DeviceState state, const QString& jobId) override;
    Result<qint64> deviceCount() const override;
    Result<QList<DeviceRow>> devices() const override;

    jobs::JobJournal& journal() override { return m_journal; }
    SqlJobJournal& sqlJournal() { return m_journal; }
    Result<QList<jobs::JobRecord>> jobs(const QString& endpoint = {}, int limit = 200) const override;

    AuditLog& audit() override { return m_audit; }
    CredentialRegistry& credentials() override { return m_credentials; }
    TrustDecisionLog& trustDecisions() override { return m_trust; }

    Status storeSealedSecret(const QString& endpoint, const QString& purpose, const QByteArray& sealed) override;
    Result<QByteArray> sealedSecret(const QString& endpoint, const QString& purpose) const override;

    Status storeReceipt(const QString& jobId, const QByteArray& signedReceiptJson) override;
    Result<QByteArray> receipt(const QString& jobId) const override;

    Status recordAccounts(const QString& endpoint, const QString& jobId, const QList<AccountRow>& accounts) override;
    Result<QList<AccountRow>> accounts(const QString& endpoint) const override;

    Result<QList<jobs::JobRecord>> recoverInterruptedJobs() override;

    void setClock(const Clock& clock) override;
    void setActor(const QString& actor) override { m_audit.setActor(actor); }
    QString actor() const override { return m_audit.actor(); }
    QString location() const override { return m_location; }

private:
    Result<std::optional<DeviceRow>> findDevice(const QString& endpoint) const;
    Result<DeviceRow> insertDevice(const QString& endpoint, const QString& profile);
    Status checkEndpoint(const QString& endpoint) const;

    std::unique_ptr<InventoryDatabase> m_db;
    QString m_location;
    const Clock* m_clock;
    SqlJobJournal m_journal;
    SqlAuditLog m_audit;
    CredentialRegistry m_credentials;
    TrustDecisionLog m_trust;
};

} // namespace lwc::inventory
