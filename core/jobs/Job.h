#pragma once

#include "common/Clock.h"
#include "jobs/JobJournal.h"
#include "jobs/JobRecord.h"

#include <QObject>

#include <QCoro/QCoroTask>

namespace lwc::jobs {

// One commissioning job: ordered steps with progress events, cancel, and a
// journal entry for every change, so the GUI and the CLI show the same thing
// and a crash leaves a recorded state. Subclasses implement execute().
class Job : public QObject {
    Q_OBJECT
public:
    Job(JobRecord record, JobJournal& journal, const Clock& clock, QObject* parent = nullptr);
    ~Job() override;

    const JobRecord& record() const { return m_record; }
    QString id() const { return m_record.id; }
    JobState state() const { return m_record.state; }
    // Steps expected in total (for progress); grows if the job learns more.
    int expectedSteps() const { return m_expectedSteps; }

    // Creates the journal entry and runs the job to its end; never throws.
    QCoro::Task<JobState> run();
    // Asks the job to stop; it ends Cancelled with what was done recorded.
    virtual void cancel() = 0;

    // A fresh job id (UUID without braces).
    static QString newId();
    // Who runs the job (kept in the journal and the audit log); set before run().
    void setTechnician(const QString& name) { m_record.technician = name; }

Q_SIGNALS:
    void stateChanged(lwc::jobs::JobState state);
    void stepChanged(int index);
    void progress(int done, int total);
    void finished(lwc::jobs::JobState state);

protected:
    // The job's work: record steps with beginStep()/endStep(); return the
    // final state (Succeeded, Failed or Cancelled) and set error() on failure.
    virtual QCoro::Task<JobState> execute() = 0;

    int beginStep(const QString& name, const QString& detail = {});
    void endStep(int index, StepState state, const QString& message = {}, const QString& errorCode = {},
                 Rule rule = Rule::None, std::optional<qint64> durationMs = std::nullopt);
    void setExpectedSteps(int n);
    void setError(Error error) { m_record.error = std::move(error); }
    void setResult(QJsonObject result) { m_record.result = std::move(result); }
    const Clock& clock() const { return m_clock; }
    // False once the journal refused a write: the job must stop touching the device.
    bool journalOk() const { return m_journalOk; }

private:
    void persist();
    void persistStep(const JobStep& step);
    void setState(JobState state);

    JobRecord m_record;
    JobJournal& m_journal;
    const Clock& m_clock;
    int m_expectedSteps = 1;
    bool m_journalOk = true;
};

} // namespace lwc::jobs
