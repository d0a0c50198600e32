#pragma once

#include "receipt/CommissioningReceipt.h"

#include "bootstrap/BootstrapPlan.h"
#include "bootstrap/BootstrapReport.h"
#include "jobs/JobRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace lwc {

// Turns a finished commissioning job into a CommissioningReceipt: its steps,
// what the bootstrap wrote (non-secret values by SHA-256, secrets by size
// only, S26), the certificates it trusted, and the verification verdicts.
// The wizard's Verify page shows the same verdicts the receipt signs.
class ReceiptBuilder {
    Q_DECLARE_TR_FUNCTIONS(lwc::ReceiptBuilder)

public:
    struct Context {
        QString deviceProfile;
        QString technician; // empty: the login name
        // Extra verdicts from the technician's checks (certificate dialog).
        QList<VerificationVerdict> extraVerdicts;
    };

    // What the report proves, check by check: the channel's security (S1,
    // S4, S7, S18), Discover after the writes against the plan (S24), the
    // Server object read back, Secret Key never readable (S20), insecure
    // accounts (S1), Bootstrap-Finish, and what was not checked and why.
    static QList<VerificationVerdict> verification(const bootstrap::BootstrapReport& report,
                                                   const bootstrap::DevicePlan* plan);

    // `report` and `plan` may be null (the job ended before the device
    // connected); the receipt then records the steps and the outcome only.
    static CommissioningReceipt build(const jobs::JobRecord& job, const bootstrap::BootstrapReport* report,
                                      const bootstrap::DevicePlan* plan, const Context& context);

    // The written values of one report instance ("5=<secret:16 bytes>",
    // "3=0x6465..." , "0=\"coaps://...\"") as receipt entries.
    static QList<WrittenValue> writtenValues(const bootstrap::WrittenInstance& instance);

    static QString loginName();
};

} // namespace lwc
