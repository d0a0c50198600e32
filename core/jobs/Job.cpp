#include "Job.h"

#include "common/Log.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUuid>

namespace lwc::jobs {

Job::Job(JobRecord record, JobJournal& journal, const Clock& clock, QObject* parent)
    : QObject(parent), m_record(std::move(record)), m_journal(journal), m_clock(clock)
{
    if (m_record.id.isEmpty())
        m_record.id = newId();
    if (!m_record.createdAt.isValid())
        m_record.createdAt = m_clock.now();
}

Job::~Job() = default;

QString Job::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void Job::persist()
{
    const Status s = m_journal.updateJob(m_record);
    if (!s.ok()) {
        m_journalOk = false;
        qCCritical(lcJobs).noquote() << "journal write failed for job" << m_record.id << ":" << s.error().toString();
    }
}

void Job::persistStep(const JobStep& step)
{
    const Status s = m_journal.updateStep(m_record.id, step);
    if (!s.ok()) {
        m_journalOk = false;
        qCCritical(lcJobs).noquote() << "journal write failed for job" << m_record.id << ":" << s.error().toString();
    }
}

void Job::setState(JobState state)
{
    m_record.state = state;
    if (state == JobState::Running && !m_record.startedAt.isValid())
        m_record.startedAt = m_clock.now();
    if (isFinal(state))
        m_record.finishedAt = m_clock.now();
    persist();
    Q_EMIT stateChanged(state);
}

void Job::setExpectedSteps(int n)
{
    m_expectedSteps = qMax(n, int(m_record.steps.size()));
    int done = 0;
    for (const JobStep& s : std::as_const(m_record.steps))
        done += s.state != StepState::Pending && s.state != StepState::Running;
    Q_EMIT progress(done, m_expectedSteps);
}

int Job::beginStep(const QString& name, const QString& detail)
{
    JobStep step;
    step.index = int(m_record.steps.size());
    step.name = name;
    step.detail = detail;
    step.state = StepState::Running;
    step.startedAt = m_clock.now();
    m_record.steps.append(step);
    // Written before the step touches the device: a crash now leaves "running".
    persistStep(step);
    if (m_record.steps.size() > m_expectedSteps)
        m_expectedSteps = int(m_record.steps.size());
    Q_EMIT stepChanged(step.index);
    return step.index;
}

void Job::endStep(int index, StepState state, const QString& message, const QString& errorCode, Rule rule,
                  std::optional<qint64> durationMs)
{
    if (index < 0 || index >= m_record.steps.size())
        return;
    JobStep& step = m_record.steps[index];
    step.state = state;
    step.finishedAt = m_clock.now();
    step.durationMs = durationMs.value_or(step.startedAt.msecsTo(step.finishedAt));
    step.message = message;
    step.errorCode = errorCode;
    step.rule = rule;
    persistStep(step);
    Q_EMIT stepChanged(index);
    int done = 0;
    for (const JobStep& s : std::as_const(m_record.steps))
        done += s.state != StepState::Pending && s.state != StepState::Running;
    Q_EMIT progress(done, m_expectedSteps);
}

QCoro::Task<JobState> Job::run()
{
    QPointer<Job> self(this);
    m_record.state = JobState::Pending;
    if (const Status s = m_journal.create(m_record); !s.ok()) {
        m_journalOk = false;
        m_record.error = s.error();
        m_record.state = JobState::Failed;
        Q_EMIT finished(JobState::Failed);
        co_return JobState::Failed;
    }
    setState(JobState::Running);
    JobState final = JobState::Failed;
    try {
        final = co_await execute();
    } catch (const std::exception& e) {
        if (!self)
            co_return JobState::Failed;
        m_record.error
            = makeError(QStringLiteral("jobs.internal"),
                        QCoreApplication::translate("lwc::jobs::Job", "The job stopped on an internal error."),
                        QString::fromUtf8(e.what()));
        final = JobState::Failed;
    }
    if (!self)
        co_return final;
    // Steps still running at the end did not finish.
    for (JobStep& s : m_record.steps)
        if (s.state == StepState::Running)
            endStep(s.index, StepState::Failed, QCoreApplication::translate("lwc::jobs::Job", "did not finish"));
    setState(final);
    qCInfo(lcJobs).noquote() << "job" << m_record.id << m_record.kind << m_record.endpoint << jobStateName(final);
    Q_EMIT finished(final);
    co_return final;
}

} // namespace lwc::jobs
