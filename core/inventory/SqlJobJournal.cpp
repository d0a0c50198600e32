#include "SqlJobJournal.h"

#include "ProcessIdentity.h"

#include "common/Log.h"

#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace lwc::inventory {

using jobs::JobRecord;
using jobs::JobState;
using jobs::JobStep;
using jobs::StepState;

namespace {

QVariant msOrNull(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime timeOrInvalid(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// S26: the journal keeps no secret. Text is checked against the live
// secrets (the log redaction rule); a hit is stored redacted.
QString scrub(const QString& text, const char* field)
{
    const QString clean = redactSecrets(text);
    if (clean != text)
        qCWarning(lcInventory).noquote() << "job journal: a secret in" << field << "was redacted before storing (S26)";
    return clean;
}

const char* kJobColumns = "SELECT id, kind, endpoint, plan_name, transport, technician, state, created_ms, "
                          "started_ms, finished_ms, error_code, error_text, error_details, error_rule, job_result, "
                          "owner, updated_ms FROM jobs";

JobRecord jobFrom(const QSqlQuery& q)
{
    JobRecord r;
    r.id = q.value(0).toString();
    r.kind = q.value(1).toString();
    r.endpoint = q.value(2).toString();
    r.planName = q.value(3).toString();
    r.transport = q.value(4).toString();
    r.technician = q.value(5).toString();
    r.state = jobs::jobStateFromName(q.value(6).toString()).value_or(JobState::Failed);
    r.createdAt = timeOrInvalid(q.value(7));
    r.startedAt = timeOrInvalid(q.value(8));
    r.finishedAt = timeOrInvalid(q.value(9));
    if (!q.value(10).isNull() && !q.value(10).toString().isEmpty()) {
        r.error = makeError(q.value(10).toString(), q.value(11).toString(), q.value(12).toString(),
                            ruleFromId(q.value(13).toString()).value_or(Rule::None));
    }
    const QString result = q.value(14).toString();
    if (!result.isEmpty())
        r.result = QJsonDocument::fromJson(result.toUtf8()).object();
    return r;
}

void bindJobFields(QSqlQuery& q, const JobRecord& job, const QDateTime& now)
{
    q.addBindValue(job.kind);
    q.addBindValue(job.endpoint);
    q.addBindValue(scrub(job.planName, "plan"));
    q.addBindValue(job.transport);
    q.addBindValue(job.technician);
    q.addBindValue(jobs::jobStateName(job.state));
    q.addBindValue(msOrNull(job.createdAt.isValid() ? job.createdAt : now));
    q.addBindValue(msOrNull(job.startedAt));
    q.addBindValue(msOrNull(job.finishedAt));
    q.addBindValue(job.error ? job.error->code : QString());
    q.addBindValue(job.error ? scrub(job.error->userText, "error") : QString());
    q.addBindValue(job.error ? scrub(job.error->details, "error details") : QString());
    q.addBindValue(job.error ? ruleId(job.error->rule) : QString());
    q.addBindValue(job.result.isEmpty()
                       ? QString()
                       : scrub(QString::fromUtf8(QJsonDocument(job.result).toJson(QJsonDocument::Compact)), "result"));
}

const char* kInsertStep = "INSERT INTO job_steps (name, detail, state, started_ms, finished_ms, duration_ms, message, "
                          "error_code, rule, job_id, step_index) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

// All of a step's columns, in kInsertStep's order (also the UPDATE's: the
// SET list, then the WHERE job_id and step_index).
void bindStep(QSqlQuery& q, const QString& jobId, const JobStep& s)
{
    q.addBindValue(s.name);
    q.addBindValue(scrub(s.detail, "step detail"));
    q.addBindValue(jobs::stepStateName(s.state));
    q.addBindValue(msOrNull(s.startedAt));
    q.addBindValue(msOrNull(s.finishedAt));
    q.addBindValue(s.durationMs);
    q.addBindValue(scrub(s.message, "step message"));
    q.addBindValue(s.errorCode);
    q.addBindValue(ruleId(s.rule));
    q.addBindValue(jobId);
    q.addBindValue(s.index);
}

} // namespace

SqlJobJournal::SqlJobJournal(InventoryDatabase& database, const Clock& clock) : m_db(database), m_clock(&clock)
{
}

Error SqlJobJournal::jobNotSaved(const QSqlQuery& q)
{
    return InventoryDatabase::queryError(QStringLiteral("jobs.journal.write"),
                                         tr("The job could not be saved in the inventory."), q.lastError());
}

Error SqlJobJournal::stepsNotSaved(const QSqlQuery& q)
{
    return InventoryDatabase::queryError(QStringLiteral("jobs.journal.write"),
                                         tr("The job's steps could not be saved in the inventory."), q.lastError());
}

Status SqlJobJournal::writeSteps(const QString& jobId, const QList<JobStep>& steps)
{
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("DELETE FROM job_steps WHERE job_id = ?"));
    q.addBindValue(jobId);
    if (!q.exec())
        return stepsNotSaved(q);
    q.prepare(QString::fromLatin1(kInsertStep));
    for (const JobStep& s : steps) {
        bindStep(q, jobId, s);
        if (!q.exec())
            return stepsNotSaved(q);
    }
    return {};
}

Status SqlJobJournal::touch(const QString& jobId)
{
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("UPDATE jobs SET updated_ms = ? WHERE id = ?"));
    q.addBindValue(m_clock->now().toMSecsSinceEpoch());
    q.addBindValue(jobId);
    if (!q.exec())
        return jobNotSaved(q);
    if (q.numRowsAffected() == 0) {
        return makeError(QStringLiteral("jobs.unknown"), tr("The job is not in the journal."), jobId);
    }
    return {};
}

Status SqlJobJournal::create(const JobRecord& job)
{
    if (job.id.isEmpty()) {
        return makeError(QStringLiteral("jobs.invalid"), tr("A job needs an id before it can be journalled."));
    }
    return m_db.inRetryingTransaction([&]() -> Status {
        QSqlQuery q(m_db.database());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM jobs WHERE id = ?"));
        q.addBindValue(job.id);
        if (!q.exec() || !q.next()) {
            return InventoryDatabase::queryError(QStringLiteral("jobs.journal.read"),
                                                 tr("The job journal could not be read."), q.lastError());
        }
        if (q.value(0).toLongLong() > 0) {
            return makeError(QStringLiteral("jobs.duplicate"), tr("A job with this id exists already."), job.id);
        }
        q.finish();
        q.prepare(QStringLiteral("INSERT INTO jobs (kind, endpoint, plan_name, transport, technician, state, "
                                 "created_ms, started_ms, finished_ms, error_code, error_text, error_details, "
                                 "error_rule, job_result, id, owner, updated_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                 "?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
        bindJobFields(q, job, m_clock->now());
        q.addBindValue(job.id);
        q.addBindValue(ProcessIdentity::current());
        q.addBindValue(m_clock->now().toMSecsSinceEpoch());
        if (!q.exec())
            return jobNotSaved(q);
        if (q.numRowsAffected() == 0) {
            // Created by another writer since the check: look again.
            return makeError(QString::fromLatin1(InventoryDatabase::kConflictCode), {}, job.id);
        }
        return writeSteps(job.id, job.steps);
    });
}

Status SqlJobJournal::updateJob(const JobRecord& job)
{
    return m_db.inRetryingTransaction([&]() -> Status {
        QSqlQuery q(m_db.database());
        q.prepare(QStringLiteral("UPDATE jobs SET kind = ?, endpoint = ?, plan_name = ?, transport = ?, technician = "
                                 "?, state = ?, created_ms = ?, started_ms = ?, finished_ms = ?, error_code = ?, "
                                 "error_text = ?, error_details = ?, error_rule = ?, job_result = ?, updated_ms = ? "
                                 "WHERE id = ?"));
        bindJobFields(q, job, m_clock->now());
        q.addBindValue(m_clock->now().toMSecsSinceEpoch());
        q.addBindValue(job.id);
        if (!q.exec())
            return jobNotSaved(q);
        if (q.numRowsAffected() == 0)
            return makeError(QStringLiteral("jobs.unknown"), tr("The job is not in the journal."), job.id);
        // As MemoryJobJournal: a record without steps keeps the stored ones.
        if (job.steps.isEmpty())
            return {};
        return writeSteps(job.id, job.steps);
    });
}

Status SqlJobJournal::updateStep(const QString& jobId, const JobStep& s)
{
    return m_db.inRetryingTransaction([&]() -> Status {
        LWC_CHECK(touch(jobId));
        QSqlQuery q(m_db.database());
        q.prepare(QStringLiteral("UPDATE job_steps SET name = ?, detail = ?, state = ?, started_ms = ?, finished_ms = "
                                 "?, duration_ms = ?, message = ?, error_code = ?, rule = ? WHERE job_id = ? AND "
                                 "step_index = ?"));
        bindStep(q, jobId, s);
        if (!q.exec())
            return stepsNotSaved(q);
        if (q.numRowsAffected() > 0)
            return {};
        q.prepare(QString::fromLatin1(kInsertStep));
        bindStep(q, jobId, s);
        if (!q.exec())
            return stepsNotSaved(q);
        return {};
    });
}

Status SqlJobJournal::loadSteps(QList<JobRecord>& jobs) const
{
    if (jobs.isEmpty())
        return {};
    QHash<QString, qsizetype> byId;
    for (qsizetype i = 0; i < jobs.size(); ++i)
        byId.insert(jobs.at(i).id, i);
    // In chunks, so the statement stays small for long histories.
    constexpr qsizetype kChunk = 100;
    for (qsizetype from = 0; from < jobs.size(); from += kChunk) {
        const qsizetype n = qMin(kChunk, jobs.size() - from);
        QStringList marks(n, QStringLiteral("?"));
        QSqlQuery q(m_db.database());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT job_id, step_index, name, detail, state, started_ms, finished_ms, "
                                 "duration_ms, message, error_code, rule FROM job_steps WHERE job_id IN (%1) ORDER "
                                 "BY job_id, step_index")
                      .arg(marks.join(QLatin1Char(','))));
        for (qsizetype i = from; i < from + n; ++i)
            q.addBindValue(jobs.at(i).id);
        if (!q.exec()) {
            return InventoryDatabase::sqlError(QStringLiteral("jobs.journal.read"),
                                               tr("The job journal could not be read."), q.lastError());
        }
        while (q.next()) {
            JobStep s;
            s.index = q.value(1).toInt();
            s.name = q.value(2).toString();
            s.detail = q.value(3).toString();
            s.state = jobs::stepStateFromName(q.value(4).toString()).value_or(StepState::Failed);
            s.startedAt = timeOrInvalid(q.value(5));
            s.finishedAt = timeOrInvalid(q.value(6));
            s.durationMs = q.value(7).toLongLong();
            s.message = q.value(8).toString();
            s.errorCode = q.value(9).toString();
            s.rule = ruleFromId(q.value(10).toString()).value_or(Rule::None);
            jobs[byId.value(q.value(0).toString())].steps << s;
        }
    }
    return {};
}

Result<QList<JobRecord>> SqlJobJournal::select(const QString& where, const QVariantList& binds, int limit) const
{
    QSqlQuery q(m_db.database());
    q.setForwardOnly(true);
    QString sql = QString::fromLatin1(kJobColumns);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    sql += QStringLiteral(" ORDER BY created_ms DESC, id DESC");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        return InventoryDatabase::sqlError(QStringLiteral("jobs.journal.read"),
                                           tr("The job journal could not be read."), q.lastError());
    }
    QList<JobRecord> out;
    while (q.next())
        out << jobFrom(q);
    q.finish();
    LWC_CHECK(loadSteps(out));
    return out;
}

Result<JobRecord> SqlJobJournal::load(const QString& jobId)
{
    LWC_TRY(QList<JobRecord> found, select(QStringLiteral("id = ?"), {jobId}, 1));
    if (found.isEmpty())
        return makeError(QStringLiteral("jobs.unknown"), tr("The job is not in the journal."), jobId);
    return found.first();
}

Result<QList<JobRecord>> SqlJobJournal::unfinished()
{
    return select(QStringLiteral("state IN (?, ?)"),
                  {jobs::jobStateName(JobState::Pending), jobs::jobStateName(JobState::Running)}, 0);
}

Result<QList<JobRecord>> SqlJobJournal::orphaned()
{
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("SELECT id, owner, updated_ms FROM jobs WHERE state IN (?, ?)"));
    q.addBindValue(jobs::jobStateName(JobState::Pending));
    q.addBindValue(jobs::jobStateName(JobState::Running));
    if (!q.exec()) {
        return InventoryDatabase::sqlError(QStringLiteral("jobs.journal.read"),
                                           tr("The job journal could not be read."), q.lastError());
    }
    const qint64 now = m_clock->now().toMSecsSinceEpoch();
    const qint64 staleMs = std::chrono::duration_cast<std::chrono::milliseconds>(kStaleAfter).count();
    QStringList ids;
    while (q.next()) {
        const QString owner = q.value(1).toString();
        switch (ProcessIdentity::check(owner)) {
        case ProcessIdentity::Liveness::Dead:
            ids << q.value(0).toString();
            break;
        case ProcessIdentity::Liveness::Alive:
            qCInfo(lcInventory).noquote() << "job" << q.value(0).toString() << "is still running in another program";
            break;
        case ProcessIdentity::Liveness::Unknown:
            if (owner.isEmpty() || now - q.value(2).toLongLong() > staleMs)
                ids << q.value(0).toString();
            else
                qCInfo(lcInventory).noquote() << "job" << q.value(0).toString() << "runs on"
                                              << ProcessIdentity::host(owner) << "; left to that machine";
            break;
        }
    }
    q.finish();
    QList<JobRecord> out;
    for (const QString& id : std::as_const(ids)) {
        LWC_TRY(JobRecord r, load(id));
        out << r;
    }
    return out;
}

Result<QList<JobRecord>> SqlJobJournal::jobs(const QString& endpoint, int limit) const
{
    if (endpoint.isEmpty())
        return select({}, {}, qMax(1, limit));
    return select(QStringLiteral("endpoint = ?"), {endpoint}, qMax(1, limit));
}

} // namespace lwc::inventory
