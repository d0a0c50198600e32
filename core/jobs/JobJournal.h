#pragma once

#include "jobs/JobRecord.h"

#include <map>

namespace lwc::jobs {

// Where a job writes down every state change as it happens, so that after a
// crash, a closed laptop or a vanished device the job is found on the next
// start in a known state (never silently half-done). The inventory provides
// the SQL implementation; MemoryJobJournal serves tests and the CLI without
// an inventory.
class JobJournal {
public:
    virtual ~JobJournal() = default;

    virtual Status create(const JobRecord& job) = 0;
    virtual Status updateJob(const JobRecord& job) = 0; // state, times, error, result
    virtual Status updateStep(const QString& jobId, const JobStep& step) = 0;
    virtual Result<JobRecord> load(const QString& jobId) = 0;
    // Jobs whose last recorded state is Pending or Running.
    virtual Result<QList<JobRecord>> unfinished() = 0;
};

class MemoryJobJournal final : public JobJournal {
public:
    Status create(const JobRecord& job) override;
    Status updateJob(const JobRecord& job) override;
    Status updateStep(const QString& jobId, const JobStep& step) override;
    Result<JobRecord> load(const QString& jobId) override;
    Result<QList<JobRecord>> unfinished() override;

private:
    std::map<QString, JobRecord> m_jobs;
};

// On start-up: every job the journal still shows as running was interrupted
// (the process died or the laptop slept). Marks each Interrupted, with the
// step it was in and whether the device may hold a partial configuration.
Result<QList<JobRecord>> recoverInterruptedJobs(JobJournal& journal, const QDateTime& now);

} // namespace lwc::jobs
