// Job history model over the SQL journal (SQLite and PostgreSQL), checked
// by QAbstractItemModelTester.
#include "inventory/JobHistoryModel.h"
#include "inventory/Inventory.h"

#include "MockClock.h"
#include "PostgresServer.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace lwc;
using namespace lwc::inventory;
using namespace lwc::jobs;

namespace {

JobRecord job(const QString& id, const QString& endpoint, JobState state, const QDateTime& created)
{
    JobRecord r;
    r.id = id;
    r.kind = QStringLiteral("bootstrap");
    r.endpoint = endpoint;
    r.state = state;
    r.createdAt = created;
    r.startedAt = created.addSecs(1);
    if (isFinal(state))
        r.finishedAt = created.addMSecs(1000 + 1234);
    for (int i = 0; i < 3; ++i) {
        JobStep s;
        s.index = i;
        s.name = QStringLiteral("step-%1").arg(i);
        s.state = i < 2 ? StepState::Done : (state == JobState::Succeeded ? StepState::Done : StepState::Failed);
        r.steps << s;
    }
    if (state == JobState::Failed)
        r.error = makeError(QStringLiteral("jobs.deviceTimeout"), QStringLiteral("The device did not connect."), {},
                            Rule::S4);
    return r;
}

QStringList ids(const QAbstractItemModel& m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, 0).data(JobHistoryModel::JobIdRole).toString();
    return out;
}

} // namespace

class JobHistoryModelTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void showsJobsNewestFirst_data() { test::addBackendColumn(); }
    void showsJobsNewestFirst()
    {
        QFETCH(QString, backend);
        LWC_TEST_DATABASE(tdb, backend);
        auto opened = Inventory::open(tdb.options());
        QVERIFY(opened.ok());
        Inventory& inv = **opened;
        const QDateTime t0(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC);
        QVERIFY(inv.journal().create(job(QStringLiteral("a1"), QStringLiteral("dev-a"), JobState::Failed, t0)).ok());
        QVERIFY(inv.journal()
                    .create(job(QStringLiteral("b1"), QStringLiteral("dev-b"), JobState::Succeeded, t0.addSecs(60)))
                    .ok());
        QVERIFY(inv.journal()
                    .create(job(QStringLiteral("a2"), QStringLiteral("dev-a"), JobState::Succeeded, t0.addSecs(120)))
                    .ok());

        JobHistoryModel model(&inv);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload().ok());
        QCOMPARE(ids(model), (QStringList {"a2", "b1", "a1"}));
        model.setEndpoint(QStringLiteral("dev-a"));
        QVERIFY(model.reload().ok());
        QCOMPARE(ids(model), (QStringList {"a2", "a1"}));
        model.setLimit(1);
        QVERIFY(model.reload().ok());
        QCOMPARE(ids(model), (QStringList {"a2"}));
        model.setLimit(10);
        QVERIFY(model.reload().ok());

        const int failed = model.rowOf(QStringLiteral("a1"));
        QCOMPARE(model.index(failed, JobHistoryModel::StateColumn).data().toString(), QStringLiteral("Unsuccessful"));
        QCOMPARE(model.index(failed, JobHistoryModel::StepsColumn).data().toString(), QStringLiteral("2/3"));
        QCOMPARE(model.index(failed, JobHistoryModel::DurationColumn).data().toString(), QStringLiteral("1234 ms"));
        QCOMPARE(model.index(failed, JobHistoryModel::ResultColumn).data().toString(),
                 QStringLiteral("The device did not connect."));
        QCOMPARE(model.index(failed, 0).data(JobHistoryModel::ErrorCodeRole).toString(),
                 QStringLiteral("jobs.deviceTimeout"));
        QCOMPARE(model.index(failed, 0).data(JobHistoryModel::RuleRole).toString(), QStringLiteral("S4"));
        QCOMPARE(model.index(failed, 0).data(JobHistoryModel::JobStateNameRole).toString(), QStringLiteral("failed"));
        QCOMPARE(model.index(failed, 0).data(JobHistoryModel::CreatedAtRole).toDateTime(), t0);
        QCOMPARE(model.jobAt(failed).endpoint, QStringLiteral("dev-a"));
        QCOMPARE(model.headerData(JobHistoryModel::ResultColumn, Qt::Horizontal).toString(), QStringLiteral("Result"));
    }

    // A running job shown live: updated in place, new jobs on top.
    void followsARunningJob()
    {
        JobHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime t0(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC);
        model.setEndpoint(QStringLiteral("dev-a"));
        model.setLimit(2);
        model.setJobs({job(QStringLiteral("old"), QStringLiteral("dev-a"), JobState::Failed, t0)});
        JobRecord running = job(QStringLiteral("new"), QStringLiteral("dev-a"), JobState::Running, t0.addSecs(10));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.update(running);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(ids(model), (QStringList {"new", "old"}));
        QCOMPARE(model.index(0, JobHistoryModel::StateColumn).data().toString(), QStringLiteral("Running"));
        QCOMPARE(model.index(0, JobHistoryModel::DurationColumn).data().toString(), QString());
        running.state = JobState::Succeeded;
        running.finishedAt = running.startedAt.addSecs(42);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.update(running);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0, JobHistoryModel::StateColumn).data().toString(), QStringLiteral("Succeeded"));
        QCOMPARE(model.index(0, JobHistoryModel::DurationColumn).data().toString(), QStringLiteral("42 s"));
        // Another device's job is not this list's business; the limit holds.
        model.update(job(QStringLiteral("other"), QStringLiteral("dev-b"), JobState::Running, t0.addSecs(20)));
        QCOMPARE(model.rowCount(), 2);
        model.update(job(QStringLiteral("newest"), QStringLiteral("dev-a"), JobState::Running, t0.addSecs(30)));
        QCOMPARE(ids(model), (QStringList {"newest", "new"}));
    }
};

QTEST_GUILESS_MAIN(JobHistoryModelTest)
#include "JobHistoryModelTest.moc"
