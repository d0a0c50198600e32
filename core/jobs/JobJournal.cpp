#include "JobJournal.h"

#include "common/Log.h"

#include <QCoreApplication>

namespace lwc::jobs {

namespace {
Error unknownJob(const QString& id)
{
    return makeError(QStringLiteral("jobs.unknown"),
                     QCoreApplication::translate("lwc::jobs::JobJournal", "The job is not in the journal."), id);
}
} // namespace

Status MemoryJobJournal::create(const JobRecord& job)
{
    if (m_jobs.count(job.id))
        return makeError(QStringLiteral("jobs.duplicate"),
                         QCoreApplication::translate("lwc::jobs::JobJournal", "A job with this id exists already."),
                         job.id);
    m_jobs[job.id] = job;
    return {};
}

Status MemoryJobJournal::updateJob(const JobRecord& job)
{
    auto it = m_jobs.find(job.id);
    if (it == m_jobs.end())
        return unknownJob(job.id);
    QList<JobStep> steps = it->second.steps;
    it->second = job;
    if (job.steps.isEmpty())
        it->second.steps = steps;
    return {};
}

Status MemoryJobJournal::updateStep(const QString& jobId, const JobStep& step)
{
    auto it = m_jobs.find(jobId);
    if (it == m_jobs.end())
        return unknownJob(jobId);
    auto& steps = it->second.steps;
    for (JobStep& s : steps) {
        if (s.index == step.index) {
            s = step;
            return {};
        }
    }
    steps.append(step);
    return {};
}

Result<JobRecord> MemoryJobJournal::load(const QString& jobId)
{
    auto it = m_jobs.find(jobId);
    if (it == m_jobs.end())
        return unknownJob(jobId);
    return it->second;
}

Result<QList<JobRecord>> MemoryJobJournal::unfinished()
{
    QList<JobRecord> list;
    for (const auto& [id, job] : m_jobs)
        if (!isFinal(job.state))
            list << job;
    return list;
}

Result<QList<JobRecord>> recoverInterruptedJobs(JobJournal& journal, const QDateTime& now)
{
    LWC_TRY(QList<JobRecord> open, journal.unfinished());
    QList<JobRecord> recovered;
    for (JobRecord job : open) {
        QString lastStep;
        bool wroteSomething = false;
        bool finished = false;
        for (JobStep& s : job.steps) {
            if (s.state == StepState::Running) {
                // The step never ended: its outcome on the device is unknown.
                s.state = StepState::Failed;
                s.finishedAt = now;
                s.errorCode = QStringLiteral("jobs.interrupted");
                s.message = QCoreApplication::translate("lwc::jobs::JobJournal", "interrupted while running");
                LWC_CHECK(journal.updateStep(job.id, s));
            }
            if (s.state == StepState::Done || s.state == StepState::Failed)
                lastStep = s.name;
            wroteSomething |= (s.name == QLatin1String("delete") || s.name == QLatin1String("write"))
                && s.state != StepState::Pending;
            finished |= s.name == QLatin1String("finish") && s.state == StepState::Done;
        }
        job.state = JobState::Interrupted;
        job.finishedAt = now;
        QString text;
        if (finished)
            text = QCoreApplication::translate(
                "lwc::jobs::JobJournal",
                "The application stopped after Bootstrap-Finish; the device is configured "
                "but the job's verification and receipt are missing. Run the job again to verify.");
        else if (wroteSomething)
            text = QCoreApplication::translate("lwc::jobs::JobJournal",
                                               "The application stopped during \"%1\"; the device may hold a partial "
                                               "configuration and will ask for bootstrap again. Run the job again.")
                       .arg(lastStep);
        else
            text = QCoreApplication::translate("lwc::jobs::JobJournal",
                                               "The application stopped before anything was written to the device. "
                                               "Run the job again.");
        job.error = makeError(finished             ? QStringLiteral("jobs.interruptedAfterFinish")
                                  : wroteSomething ? QStringLiteral("jobs.interruptedPartial")
                                                   : QStringLiteral("jobs.interruptedClean"),
                              text, lastStep);
        LWC_CHECK(journal.updateJob(job));
        qCWarning(lcJobs).noquote() << "job" << job.id << "for" << job.endpoint
                                    << "was interrupted:" << job.error->code;
        recovered << job;
    }
    return recovered;
}

} // namespace lwc::jobs
