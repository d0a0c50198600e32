#pragma once

#include "InventoryDatabase.h"

#include "security/TrustDecisionSink.h"

#include <QList>

namespace lwc::inventory {

// Trust decisions in the inventory (table trust_decisions, migration 2).
// The audit log (later) can take the same TrustDecision records.
class TrustDecisionLog final : public security::TrustDecisionSink {
public:
    explicit TrustDecisionLog(InventoryDatabase& database);
    Status record(const security::TrustDecision& decision) override;
    // Newest first; empty fingerprint lists all.
    Result<QList<security::TrustDecision>> decisions(const QString& fingerprintSha256 = {}) const;

private:
    InventoryDatabase& m_db;
};

} // namespace lwc::inventory
