#pragma once

#include "inventory/InventoryDatabase.h"

#include "common/Clock.h"
#include "jobs/JobJournal.h"

#include <QCoreApplication>

class QSqlQuery;

#include <chrono>

namespace lwc::inventory {

// The job journal in the inventory database (tables jobs and job_steps,
// migration 3): the same contract as jobs::MemoryJobJournal, persistent.
// Every call is its own transaction, committed before it returns, so a job
// killed at any moment is found on the next start exactly as far as it got.
//
// Never a secret (S26): text that contains a live secret (the log redaction
// rule) is stored redacted.
class SqlJobJournal final : public jobs::JobJournal {
    Q_DECLARE_TR_FUNCTIONS(lwc::inventory::SqlJobJournal)
public:
    // A job of another machine not written to for this long is taken for
    // interrupted by orphaned() (its own machine would have recovered it).
    static constexpr std::chrono::hours kStaleAfter {24};

    explicit SqlJobJournal(InventoryDatabase& database, const Clock& clock = Clock::system());
    void setClock(const Clock& clock) { m_clock = &clock; }

    Status create(const jobs::JobRecord& job) override;
    Status updateJob(const jobs::JobRecord& job) override;
    Status updateStep(const QString& jobId, const jobs::JobStep& step) override;
    Result<jobs::JobRecord> load(const QString& jobId) override;
    Result<QList<jobs::JobRecord>> unfinished() override;

    // The unfinished jobs whose program is gone: started by a process on
    // this machine that no longer runs, or by another machine and not
    // written to for kStaleAfter. A job another live program (the GUI next
    // to the CLI) is running is not among them.
    Result<QList<jobs::JobRecord>> orphaned();
    // History, newest first; an empty endpoint lists every device's jobs.
    Result<QList<jobs::JobRecord>> jobs(const QString& endpoint = {}, int limit = 200) const;

private:
    Result<QList<jobs::JobRecord>> select(const QString& where, const QVariantList& binds, int limit) const;
    Status loadSteps(QList<jobs::JobRecord>& jobs) const;
    Status writeSteps(const QString& jobId, const QList<jobs::JobStep>& steps);
    Status touch(const QString& jobId);
    // The "jobs.journal.write" errors of a failed statement.
    static Error jobNotSaved(const QSqlQuery& q);
    static Error stepsNotSaved(const QSqlQuery& q);

    InventoryDatabase& m_db;
    const Clock* m_clock;
};

} // namespace lwc::inventory
