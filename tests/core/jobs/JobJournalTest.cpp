#include "jobs/JobJournal.h"

#include "MockClock.h"

#include <QTest>

using namespace lwc;
using namespace lwc::jobs;

using StepList = QList<std::pair<QString, StepState>>;
Q_DECLARE_METATYPE(StepList)

namespace {
JobRecord runningJob(const QString& id, StepList steps)
{
    JobRecord r;
    r.id = id;
    r.kind = QStringLiteral("bootstrap");
    r.endpoint = QStringLiteral("dev-") + id;
    r.state = JobState::Running;
    int i = 0;
    for (const auto& [name, state] : steps) {
        JobStep s;
        s.index = i++;
        s.name = name;
        s.state = state;
        r.steps << s;
    }
    return r;
}
} // namespace

class JobJournalTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void interruptedJobsEndInARecordedState_data()
    {
        QTest::addColumn<StepList>("steps");
        QTest::addColumn<QString>("code");
        QTest::newRow("before any write") << StepList {{QStringLiteral("listen"), StepState::Done},
                                                       {QStringLiteral("wait-for-device"), StepState::Running}}
                                          << QStringLiteral("jobs.interruptedClean");
        QTest::newRow("during a write") << StepList {{QStringLiteral("listen"), StepState::Done},
                                                     {QStringLiteral("delete"), StepState::Done},
                                                     {QStringLiteral("write"), StepState::Running}}
                                        << QStringLiteral("jobs.interruptedPartial");
        QTest::newRow("after finish") << StepList {{QStringLiteral("write"), StepState::Done},
                                                   {QStringLiteral("finish"), StepState::Done}}
                                      << QStringLiteral("jobs.interruptedAfterFinish");
    }
    void interruptedJobsEndInARecordedState()
    {
        QFETCH(StepList, steps);
        QFETCH(QString, code);
        test::MockClock clock;
        MemoryJobJournal journal;
        QVERIFY(journal.create(runningJob(QStringLiteral("a"), steps)).ok());
        JobRecord done = runningJob(QStringLiteral("b"), {});
        done.state = JobState::Succeeded;
        QVERIFY(journal.create(done).ok());

        auto recovered = recoverInterruptedJobs(journal, clock.now());
        QVERIFY(recovered.ok());
        QCOMPARE(recovered->size(), 1);
        const JobRecord j = journal.load(QStringLiteral("a")).value();
        QCOMPARE(j.state, JobState::Interrupted);
        QCOMPARE(j.error->code, code);
        for (const JobStep& s : j.steps)
            QVERIFY(s.state != StepState::Running);
        QCOMPARE(journal.load(QStringLiteral("b"))->state, JobState::Succeeded);
        // Nothing is left running: a second start finds nothing to recover.
        QCOMPARE(recoverInterruptedJobs(journal, clock.now())->size(), 0);
    }

    void namesRoundTrip()
    {
        for (JobState s : {JobState::Pending, JobState::Running, JobState::Succeeded, JobState::Failed,
                           JobState::Cancelled, JobState::Interrupted})
            QCOMPARE(jobStateFromName(jobStateName(s)), std::optional<JobState>(s));
        for (StepState s :
             {StepState::Pending, StepState::Running, StepState::Done, StepState::Failed, StepState::Skipped})
            QCOMPARE(stepStateFromName(stepStateName(s)), std::optional<StepState>(s));
        QVERIFY(!jobStateFromName(u"nonsense"));
    }
};

QTEST_GUILESS_MAIN(JobJournalTest)
#include "JobJournalTest.moc"
