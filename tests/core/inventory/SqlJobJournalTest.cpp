// The SQL job journal behaves as jobs::MemoryJobJournal does (the same
// cases run against memory, SQLite and PostgreSQL), keeps no secret (S26),
// and tells a crashed program's job from a live one.
#include "inventory/SqlJobJournal.h"
#include "inventory/Inventory.h"
#include "inventory/ProcessIdentity.h"
#include "inventory/SqlInventory.h"

#include "MockClock.h"
#include "PostgresServer.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTest>

using namespace lwc;
using namespace lwc::inventory;
using namespace lwc::jobs;

using StepList = QList<std::pair<QString, StepState>>;
Q_DECLARE_METATYPE(StepList)

namespace {

// A journal of the row's kind: memory, sqlite or postgresql.
struct JournalUnderTest {
    std::unique_ptr<test::TestDatabase> tdb;
    std::unique_ptr<Inventory> inventory;
    MemoryJobJournal memory;
    JobJournal* journal = nullptr;
    QString problem;
    bool skipped = false;

    explicit JournalUnderTest(const QString& kind, const Clock& clock)
    {
        if (kind == QLatin1String("memory")) {
            journal = &memory;
            return;
        }
        tdb = std::make_unique<test::TestDatabase>(kind);
        skipped = tdb->skipped();
        if (!tdb->ok()) {
            problem = tdb->problem();
            return;
        }
        auto inv = Inventory::open(tdb->options());
        if (!inv.ok()) {
            problem = inv.error().toString();
            return;
        }
        inventory = std::move(inv).value();
        inventory->setClock(clock);
        journal = &inventory->journal();
    }
};

#define LWC_JOURNAL(var, kind, clock)                                                                                  \
    JournalUnderTest var(kind, clock);                                                                                 \
    if (var.skipped)                                                                                                   \
        QSKIP(qPrintable(var.problem));                                                                                \
    QVERIFY2(var.journal, qPrintable(var.problem))

void addJournalColumn()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("memory") << QStringLiteral("memory");
    for (const QString& b : test::backends())
        QTest::newRow(qPrintable(b)) << b;
}

QDateTime at(int second)
{
    return QDateTime(QDate(2026, 2, 3), QTime(4, 5, second, 678), Qt::UTC);
}

JobRecord fullJob(const QString& id)
{
    JobRecord r;
    r.id = id;
    r.kind = QStringLiteral("bootstrap");
    r.endpoint = QStringLiteral("urn:dev:ops:") + id;
    r.planName = QStringLiteral("Field plan ä");
    r.transport = QStringLiteral("coaps+psk://127.0.0.1:5684");
    r.technician = QStringLiteral("jo");
    r.state = JobState::Failed;
    r.createdAt = at(1);
    r.startedAt = at(2);
    r.finishedAt = at(9);
    for (int i = 0; i < 3; ++i) {
        JobStep s;
        s.index = i;
        s.name = i == 2 ? QStringLiteral("write") : QStringLiteral("listen");
        s.detail = QStringLiteral("/0/%1").arg(i);
        s.state = i == 2 ? StepState::Failed : StepState::Done;
        s.startedAt = at(3 + i);
        s.finishedAt = at(4 + i);
        s.durationMs = 1000 + i;
        s.message = QStringLiteral("message %1").arg(i);
        s.errorCode = i == 2 ? QStringLiteral("bootstrap.refused") : QString();
        s.rule = i == 2 ? Rule::S4 : Rule::None;
        r.steps << s;
    }
    r.error = makeError(QStringLiteral("bootstrap.refused"), QStringLiteral("Refused."), QStringLiteral("details"),
                        Rule::S4);
    r.result = QJsonObject {{QStringLiteral("verdict"), QStringLiteral("failed")}, {QStringLiteral("totalMs"), 7000}};
    return r;
}

void compareJobs(const JobRecord& actual, const JobRecord& expected)
{
    QCOMPARE(actual.toJson(), expected.toJson());
    QCOMPARE(actual.createdAt, expected.createdAt);
    QCOMPARE(actual.startedAt, expected.startedAt);
    QCOMPARE(actual.finishedAt, expected.finishedAt);
    QCOMPARE(actual.error.has_value(), expected.error.has_value());
    if (expected.error) {
        QCOMPARE(actual.error->details, expected.error->details);
        QCOMPARE(actual.error->rule, expected.error->rule);
    }
    QCOMPARE(actual.steps.size(), expected.steps.size());
    for (qsizetype i = 0; i < expected.steps.size(); ++i) {
        QCOMPARE(actual.steps.at(i).startedAt, expected.steps.at(i).startedAt);
        QCOMPARE(actual.steps.at(i).finishedAt, expected.steps.at(i).finishedAt);
        QCOMPARE(actual.steps.at(i).rule, expected.steps.at(i).rule);
    }
}

JobRecord runningJob(const QString& id, StepList steps)
{
    JobRecord r;
    r.id = id;
    r.kind = QStringLiteral("bootstrap");
    r.endpoint = QStringLiteral("dev-") + id;
    r.state = JobState::Running;
    r.createdAt = at(0);
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

class SqlJobJournalTest : public QObject {
    Q_OBJECT

    test::MockClock m_clock;

private Q_SLOTS:
    void storesEveryField_data() { addJournalColumn(); }
    void storesEveryField()
    {
        QFETCH(QString, kind);
        LWC_JOURNAL(j, kind, m_clock);
        const JobRecord r = fullJob(QStringLiteral("a"));
        QVERIFY(j.journal->create(r).ok());
        compareJobs(j.journal->load(r.id).value(), r);
        JobRecord changed = r;
        changed.state = JobState::Succeeded;
        changed.error.reset();
        changed.result = QJsonObject {{QStringLiteral("verdict"), QStringLiteral("success")}};
        changed.steps.removeLast();
        const Status updated = j.journal->updateJob(changed);
        QVERIFY2(updated.ok(), qPrintable(updated.ok() ? QString() : updated.error().toString()));
        compareJobs(j.journal->load(r.id).value(), changed);
    }

    void refusesDuplicatesAndUnknownJobs_data() { addJournalColumn(); }
    void refusesDuplicatesAndUnknownJobs()
    {
        QFETCH(QString, kind);
        LWC_JOURNAL(j, kind, m_clock);
        QVERIFY(j.journal->create(fullJob(QStringLiteral("a"))).ok());
        QCOMPARE(j.journal->create(fullJob(QStringLiteral("a"))).error().code, QStringLiteral("jobs.duplicate"));
        QCOMPARE(j.journal->updateJob(fullJob(QStringLiteral("x"))).error().code, QStringLiteral("jobs.unknown"));
        QCOMPARE(j.journal->updateStep(QStringLiteral("x"), JobStep {}).error().code, QStringLiteral("jobs.unknown"));
        QCOMPARE(j.journal->load(QStringLiteral("x")).error().code, QStringLiteral("jobs.unknown"));
    }

    void stepsAreAddedAndReplaced_data() { addJournalColumn(); }
    void stepsAreAddedAndReplaced()
    {
        QFETCH(QString, kind);
        LWC_JOURNAL(j, kind, m_clock);
        JobRecord r = runningJob(QStringLiteral("s"), {});
        QVERIFY(j.journal->create(r).ok());
        JobStep s;
        s.index = 0;
        s.name = QStringLiteral("listen");
        s.state = StepState::Running;
        s.startedAt = at(1);
        QVERIFY(j.journal->updateStep(r.id, s).ok());
        s.state = StepState::Done;
        s.finishedAt = at(2);
        s.durationMs = 1000;
        QVERIFY(j.journal->updateStep(r.id, s).ok());
        JobStep second = s;
        second.index = 1;
        second.name = QStringLiteral("wait-for-device");
        second.state = StepState::Running;
        QVERIFY(j.journal->updateStep(r.id, second).ok());
        // A record without steps leaves the stored steps alone.
        r.state = JobState::Running;
        r.steps.clear();
        QVERIFY(j.journal->updateJob(r).ok());
        const JobRecord loaded = j.journal->load(r.id).value();
        QCOMPARE(loaded.steps.size(), 2);
        QCOMPARE(loaded.steps.at(0).state, StepState::Done);
        QCOMPARE(loaded.steps.at(0).durationMs, qint64(1000));
        QCOMPARE(loaded.steps.at(1).name, QStringLiteral("wait-for-device"));
        QCOMPARE(loaded.steps.at(1).state, StepState::Running);
    }

    void unfinishedListsPendingAndRunning_data() { addJournalColumn(); }
    void unfinishedListsPendingAndRunning()
    {
        QFETCH(QString, kind);
        LWC_JOURNAL(j, kind, m_clock);
        JobRecord pending = runningJob(QStringLiteral("p"), {});
        pending.state = JobState::Pending;
        QVERIFY(j.journal->create(pending).ok());
        QVERIFY(j.journal->create(runningJob(QStringLiteral("r"), {})).ok());
        for (JobState s : {JobState::Succeeded, JobState::Failed, JobState::Cancelled, JobState::Interrupted}) {
            JobRecord done = runningJob(jobStateName(s), {});
            done.state = s;
            QVERIFY(j.journal->create(done).ok());
        }
        QStringList ids;
        const QList<JobRecord> unfinished = j.journal->unfinished().value();
        for (const JobRecord& r : unfinished)
            ids << r.id;
        ids.sort();
        QCOMPARE(ids, (QStringList {QStringLiteral("p"), QStringLiteral("r")}));
    }

    // The JobJournalTest table, on every journal.
    void interruptedJobsEndInARecordedState_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<StepList>("steps");
        QTest::addColumn<QString>("code");
        const QList<std::tuple<const char*, StepList, const char*>> cases {
            {"before any write",
             {{QStringLiteral("listen"), StepState::Done}, {QStringLiteral("wait-for-device"), StepState::Running}},
             "jobs.interruptedClean"},
            {"during a write",
             {{QStringLiteral("listen"), StepState::Done},
              {QStringLiteral("delete"), StepState::Done},
              {QStringLiteral("write"), StepState::Running}},
             "jobs.interruptedPartial"},
            {"after finish",
             {{QStringLiteral("write"), StepState::Done}, {QStringLiteral("finish"), StepState::Done}},
             "jobs.interruptedAfterFinish"},
        };
        for (const QString& k : {QStringLiteral("memory"), QStringLiteral("sqlite"), QStringLiteral("postgresql")})
            for (const auto& [name, steps, code] : cases)
                QTest::addRow("%s %s", qPrintable(k), name) << k << steps << QString::fromLatin1(code);
    }
    void interruptedJobsEndInARecordedState()
    {
        QFETCH(QString, kind);
        QFETCH(StepList, steps);
        QFETCH(QString, code);
        LWC_JOURNAL(j, kind, m_clock);
        QVERIFY(j.journal->create(runningJob(QStringLiteral("a"), steps)).ok());
        JobRecord done = runningJob(QStringLiteral("b"), {});
        done.state = JobState::Succeeded;
        QVERIFY(j.journal->create(done).ok());
        auto recovered = recoverInterruptedJobs(*j.journal, m_clock.now());
        QVERIFY(recovered.ok());
        QCOMPARE(recovered->size(), 1);
        const JobRecord a = j.journal->load(QStringLiteral("a")).value();
        QCOMPARE(a.state, JobState::Interrupted);
        QCOMPARE(a.error->code, code);
        QCOMPARE(a.finishedAt, m_clock.now());
        for (const JobStep& s : a.steps)
            QVERIFY(s.state != StepState::Running);
        QCOMPARE(j.journal->load(QStringLiteral("b"))->state, JobState::Succeeded);
        QCOMPARE(recoverInterruptedJobs(*j.journal, m_clock.now())->size(), 0);
    }

    void journalKeepsNoSecret_S26_data() { test::addBackendColumn(); }
    void journalKeepsNoSecret_S26()
    {
        QFETCH(QString, backend);
        LWC_JOURNAL(j, backend, m_clock);
        const SecretBytes psk = SecretBytes::random(16).value();
        QByteArray plain = psk.revealCopy();
        const QString hex = QString::fromLatin1(plain.toHex());
        wipeByteArray(plain);
        JobRecord r = runningJob(QStringLiteral("secret"), {{QStringLiteral("write"), StepState::Running}});
        r.steps[0].message = QStringLiteral("wrote key ") + hex;
        r.error = makeError(QStringLiteral("x"), QStringLiteral("oops ") + hex, hex);
        r.result = QJsonObject {{QStringLiteral("psk"), hex}};
        QVERIFY(j.journal->create(r).ok());
        JobStep s = r.steps.first();
        s.detail = hex;
        QVERIFY(j.journal->updateStep(r.id, s).ok());
        const JobRecord loaded = j.journal->load(r.id).value();
        const QString everything = QString::fromUtf8(QJsonDocument(loaded.toJson()).toJson()) + loaded.error->details
            + loaded.steps.first().detail;
        QVERIFY(!everything.contains(hex));
        QVERIFY(everything.contains(QLatin1String("<redacted>")));
        if (backend == QLatin1String("sqlite")) {
            QFile f(j.tdb->options().databaseName);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(!f.readAll().contains(hex.toLatin1()));
        }
    }

    // Recovery on start-up takes only jobs whose program is gone.
    void orphanedTellsDeadFromLive_data() { test::addBackendColumn(); }
    void orphanedTellsDeadFromLive()
    {
        QFETCH(QString, backend);
        LWC_JOURNAL(j, backend, m_clock);
        auto* inv = static_cast<SqlInventory*>(j.inventory.get());
        m_clock.set(QDateTime::currentDateTimeUtc());
        for (const char* id : {"live", "dead", "reused", "remote-fresh", "remote-stale", "no-owner"})
            QVERIFY(j.journal->create(runningJob(QString::fromLatin1(id), {})).ok());
        // A process that has ended: its pid (and start time) are no longer running.
        QProcess gone;
        gone.start(QStringLiteral("true"));
        QVERIFY(gone.waitForStarted(5000));
        const qint64 gonePid = gone.processId();
        QVERIFY(gone.waitForFinished(5000));
        const QStringList me = ProcessIdentity::current().split(QLatin1Char('/'));
        const QString dead = QStringList {me.at(0), me.at(1), QString::number(gonePid), me.at(3)}.join(u'/');
        const QString reused = QStringList {me.at(0), me.at(1), me.at(2), QStringLiteral("1")}.join(u'/');
        const QString remote = QStringLiteral("other-host.example/boot/1234/5678");
        const qint64 now = m_clock.now().toMSecsSinceEpoch();
        auto setOwner = [&](const char* id, const QString& owner, qint64 updated) {
            QSqlQuery q(inv->database().database());
            q.prepare(QStringLiteral("UPDATE jobs SET owner = ?, updated_ms = ? WHERE id = ?"));
            q.addBindValue(owner);
            q.addBindValue(updated);
            q.addBindValue(QString::fromLatin1(id));
            return q.exec();
        };
        QVERIFY(setOwner("dead", dead, now));
        QVERIFY(setOwner("reused", reused, now)); // this pid, another start time: pid reuse
        QVERIFY(setOwner("remote-fresh", remote, now - 60 * 1000));
        QVERIFY(setOwner("remote-stale", remote, now - 25LL * 3600 * 1000));
        QVERIFY(setOwner("no-owner", QString(), now));
        QCOMPARE(ProcessIdentity::check(ProcessIdentity::current()), ProcessIdentity::Liveness::Alive);
        QCOMPARE(ProcessIdentity::check(dead), ProcessIdentity::Liveness::Dead);
        QCOMPARE(ProcessIdentity::check(remote), ProcessIdentity::Liveness::Unknown);

        QStringList ids;
        const QList<JobRecord> orphaned = inv->sqlJournal().orphaned().value();
        for (const JobRecord& r : orphaned)
            ids << r.id;
        ids.sort();
        QCOMPARE(ids,
                 (QStringList {QStringLiteral("dead"), QStringLiteral("no-owner"), QStringLiteral("remote-stale"),
                               QStringLiteral("reused")}));
        // unfinished() is still the plain contract: every pending or running job.
        QCOMPARE(j.journal->unfinished()->size(), 6);
    }
};

QTEST_GUILESS_MAIN(SqlJobJournalTest)
#include "SqlJobJournalTest.moc"
