#pragma once

#include "InventoryDatabase.h"

#include "security/TrustDecisionSink.h"

#include <QList>

namespace lwc::inventory {

class SqlAuditLog;

// Trust decisions in the inventory (table trust_decisions, migration 2).
// With an audit log set (the Inventory does), each decision is also a
// "trust.decision" audit record, stored in the same transaction: both or
// neither.
class TrustDecisionLog final : public security::TrustDecisionSink {
public:
    explicit TrustDecisionLog(InventoryDatabase& database, SqlAuditLog* audit = nullptr);
    void setAuditLog(SqlAuditLog* audit) { m_audit = audit; }
    Status record(const security::TrustDecision& decision) override;
    // Newest first; empty fingerprint lists all.
    Result<QList<security::TrustDecision>> decisions(const QString& fingerprintSha256 = {}) const;

private:
    Status insert(const security::TrustDecision& decision);

    InventoryDatabase& m_db;
    SqlAuditLog* m_audit = nullptr;
};

} // namespace lwc::inventory
