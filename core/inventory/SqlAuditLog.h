#pragma once

#include "inventory/AuditLog.h"
#include "inventory/InventoryDatabase.h"

#include "common/Clock.h"

#include <QCoreApplication>

namespace lwc::inventory {

// The audit log in the inventory database (table audit_log, migration 5).
//
// Append-only: there is no update or delete. Each record carries
// hash = SHA-256(previous hash || canonical JSON of the record without
// `hash`), starting from 32 zero bytes; the head (last sequence and hash)
// is kept in inventory_meta as well, so verify() detects an edited,
// deleted, reordered, inserted or truncated record and names the first
// broken sequence. An append that finds the head missing from the table
// (records removed at the end) first records an "audit.truncated" event, so
// the loss stays visible in every later verify().
//
// Records never hold a secret (S26): an event whose text contains a live
// secret (the log redaction rule, lwc::redactSecrets) is refused with
// `audit.secret`, nothing stored.
class SqlAuditLog final : public AuditLog {
    Q_DECLARE_TR_FUNCTIONS(lwc::inventory::SqlAuditLog)
public:
    explicit SqlAuditLog(InventoryDatabase& database, const Clock& clock = Clock::system());

    void setClock(const Clock& clock) { m_clock = &clock; }
    // Used for events that name no actor.
    void setActor(const QString& actor) { m_actor = actor; }
    QString actor() const { return m_actor; }

    Result<AuditEvent> append(AuditEvent event) override;
    // As append(), inside a transaction the caller holds (so a decision and
    // its audit record are stored together or not at all). A conflict error
    // (InventoryDatabase::kConflictCode) asks the caller to retry the whole
    // transaction (inRetryingTransaction).
    Result<AuditEvent> appendInTransaction(AuditEvent event);
    Result<AuditVerification> verify() const override;
    // One canonical JSON object per line (with `hash`), oldest first.
    Status exportJsonLines(QIODevice& out) const override;
    // Newest first; an empty endpoint lists all.
    Result<QList<AuditEvent>> events(const QString& endpoint = {}, int limit = 1000) const override;

    // SHA-256(previousHash || canonical JSON without `hash`), raw 32 bytes.
    static Result<QByteArray> chainHash(const AuditEvent& event);

private:
    Result<AuditEvent> prepare(AuditEvent event) const;
    Result<AuditEvent> insertNext(AuditEvent event, qint64 lastSequence, const QByteArray& lastHash);

    InventoryDatabase& m_db;
    const Clock* m_clock;
    QString m_actor;
};

} // namespace lwc::inventory
