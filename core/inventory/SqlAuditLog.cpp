#include "SqlAuditLog.h"

#include "common/Log.h"
#include "receipt/CanonicalJson.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace lwc::inventory {

namespace {

constexpr auto kHeadName = "audit_head";
constexpr qsizetype kHashSize = 32;

QByteArray zeroHash()
{
    return QByteArray(kHashSize, '\0');
}

QString hex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

// "seq:hexhash" in inventory_meta.
struct Head {
    qint64 sequence = 0;
    QByteArray hash;
};

std::optional<Head> parseHead(const QString& text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    bool ok = false;
    Head h;
    h.sequence = text.left(colon).toLongLong(&ok);
    h.hash = QByteArray::fromHex(text.mid(colon + 1).toLatin1());
    if (!ok || h.hash.size() != kHashSize)
        return std::nullopt;
    return h;
}

QString formatHead(qint64 sequence, const QByteArray& hash)
{
    return QString::number(sequence) + QLatin1Char(':') + hex(hash);
}

AuditEvent eventFrom(const QSqlQuery& q, QString* detailsText = nullptr)
{
    // Column order: seq, at_ms, actor, action, endpoint, job_id, rule, details, previous_hash, hash
    AuditEvent e;
    e.sequence = q.value(0).toLongLong();
    e.at = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    e.actor = q.value(2).toString();
    e.action = q.value(3).toString();
    e.endpoint = q.value(4).toString();
    e.jobId = q.value(5).toString();
    e.rule = ruleFromId(q.value(6).toString()).value_or(Rule::None);
    const QString details = q.value(7).toString();
    if (detailsText)
        *detailsText = details;
    e.details = QJsonDocument::fromJson(details.toUtf8()).object();
    e.previousHash = QByteArray::fromHex(q.value(8).toString().toLatin1());
    e.hash = QByteArray::fromHex(q.value(9).toString().toLatin1());
    return e;
}

const char* kSelectColumns = "SELECT seq, at_ms, actor, action, endpoint, job_id, rule, details, previous_hash, hash "
                             "FROM audit_log";

} // namespace

QJsonObject AuditEvent::toJson() const
{
    QJsonObject o {{QStringLiteral("sequence"), sequence},
                   {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)},
                   {QStringLiteral("actor"), actor},
                   {QStringLiteral("action"), action},
                   {QStringLiteral("endpoint"), endpoint},
                   {QStringLiteral("jobId"), jobId},
                   {QStringLiteral("rule"), ruleId(rule)},
                   {QStringLiteral("details"), details},
                   {QStringLiteral("previousHash"), hex(previousHash)}};
    if (!hash.isEmpty())
        o.insert(QStringLiteral("hash"), hex(hash));
    return o;
}

QString AuditLog::defaultActor()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
#ifdef Q_OS_UNIX
    if (name.isEmpty()) {
        if (const passwd* pw = getpwuid(getuid()))
            name = QString::fromLocal8Bit(pw->pw_name);
    }
#endif
    return name.isEmpty() ? QStringLiteral("unknown") : name;
}

SqlAuditLog::SqlAuditLog(InventoryDatabase& database, const Clock& clock)
    : m_db(database), m_clock(&clock), m_actor(AuditLog::defaultActor())
{
}

Result<QByteArray> SqlAuditLog::chainHash(const AuditEvent& event)
{
    QJsonObject o = event.toJson();
    o.remove(QStringLiteral("hash"));
    LWC_TRY(const QByteArray canonical, CanonicalJson::serialize(o));
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(event.previousHash);
    h.addData(canonical);
    return h.result();
}

Result<AuditEvent> SqlAuditLog::prepare(AuditEvent e) const
{
    if (e.action.trimmed().isEmpty()) {
        return makeError(QStringLiteral("audit.invalid"), tr("An audit record needs an action (what happened)."));
    }
    if (!e.at.isValid())
        e.at = m_clock->now();
    // Milliseconds in UTC: exactly what the table keeps, so the hash computed
    // now is the hash verify() computes from the stored row.
    e.at = QDateTime::fromMSecsSinceEpoch(e.at.toMSecsSinceEpoch(), Qt::UTC);
    if (e.actor.trimmed().isEmpty())
        e.actor = m_actor;
    e.sequence = 0;
    e.previousHash.clear();
    e.hash.clear();
    // Details must have a canonical form (integers only, no floating point).
    auto canonical = CanonicalJson::serialize(e.toJson());
    if (!canonical) {
        return makeError(QStringLiteral("audit.details"),
                         tr("The audit record's details cannot be stored: numbers must be whole numbers."),
                         canonical.error().details);
    }
    // S26: never a secret in the audit log. Any live secret (raw, hex, base64)
    // in any field refuses the record; the error itself names no value.
    const QString text = QString::fromUtf8(canonical.value());
    if (redactSecrets(text) != text) {
        return makeError(QStringLiteral("audit.secret"),
                         tr("The audit record \"%1\" was refused because it contains a secret (a key, PSK or PIN). "
                            "Record only fingerprints or identities.")
                             .arg(e.action),
                         {}, Rule::S26);
    }
    return e;
}

Result<AuditEvent> SqlAuditLog::insertNext(AuditEvent e, qint64 lastSequence, const QByteArray& lastHash)
{
    e.sequence = lastSequence + 1;
    e.previousHash = lastHash;
    LWC_TRY(e.hash, chainHash(e));
    LWC_TRY(const QByteArray details, CanonicalJson::serialize(e.details));
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("INSERT INTO audit_log (seq, at_ms, actor, action, endpoint, job_id, rule, details, "
                             "previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (seq) DO "
                             "NOTHING"));
    q.addBindValue(e.sequence);
    q.addBindValue(e.at.toMSecsSinceEpoch());
    q.addBindValue(e.actor);
    q.addBindValue(e.action);
    q.addBindValue(e.endpoint);
    q.addBindValue(e.jobId);
    q.addBindValue(ruleId(e.rule));
    q.addBindValue(QString::fromUtf8(details));
    q.addBindValue(hex(e.previousHash));
    q.addBindValue(hex(e.hash));
    if (!q.exec()) {
        return InventoryDatabase::queryError(
            QStringLiteral("audit.write"), tr("The audit record could not be saved in the inventory."), q.lastError());
    }
    if (q.numRowsAffected() == 0) {
        // Another writer took this sequence number first (PostgreSQL team
        // inventory): read the new head and chain onto it. ON CONFLICT keeps
        // PostgreSQL's transaction usable, so the rollback is clean.
        return makeError(QString::fromLatin1(InventoryDatabase::kConflictCode),
                         tr("Another program wrote to the audit log at the same moment. Try again."),
                         QStringLiteral("audit sequence %1 taken").arg(e.sequence));
    }
    LWC_CHECK(m_db.setMetaValue(QString::fromLatin1(kHeadName), formatHead(e.sequence, e.hash)));
    return e;
}

Result<AuditEvent> SqlAuditLog::appendInTransaction(AuditEvent event)
{
    LWC_TRY(AuditEvent e, prepare(std::move(event)));
    qint64 lastSequence = 0;
    QByteArray lastHash = zeroHash();
    QString headText;
    {
        // The last sequence and the recorded head in one statement: one
        // snapshot, so another writer's commit in between cannot look like
        // a truncated log.
        QSqlQuery q(m_db.database());
        if (!q.exec(QStringLiteral("SELECT (SELECT MAX(seq) FROM audit_log), (SELECT value FROM inventory_meta WHERE "
                                   "name = 'audit_head')"))
            || !q.next()) {
            return InventoryDatabase::queryError(QStringLiteral("audit.read"), tr("The audit log could not be read."),
                                                 q.lastError());
        }
        lastSequence = q.value(0).isNull() ? 0 : q.value(0).toLongLong();
        headText = q.value(1).toString();
        q.finish();
        if (lastSequence > 0) {
            // Records never change once written, so reading the hash separately is safe.
            q.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"));
            q.addBindValue(lastSequence);
            if (!q.exec() || !q.next()) {
                return InventoryDatabase::queryError(QStringLiteral("audit.read"),
                                                     tr("The audit log could not be read."), q.lastError());
            }
            lastHash = QByteArray::fromHex(q.value(0).toString().toLatin1());
        }
    }
    const std::optional<Head> head = parseHead(headText);
    const bool headMissing = !head && lastSequence > 0;
    if (headMissing || (head && (head->sequence != lastSequence || head->hash != lastHash))) {
        // The table does not end where the last append left it: records were
        // removed at the end, or added or replaced outside the program. Say
        // so in the chain itself before continuing from what is there, so
        // every later verify() reports it.
        const qint64 expectedSequence = head ? head->sequence : 0;
        AuditEvent anomaly;
        anomaly.at = e.at;
        anomaly.actor = e.actor;
        anomaly.action = expectedSequence > lastSequence ? QStringLiteral("audit.truncated")
                                                         : QStringLiteral("audit.headMismatch");
        anomaly.rule = Rule::S26;
        anomaly.details = QJsonObject {{QStringLiteral("expectedSequence"), expectedSequence},
                                       {QStringLiteral("expectedHash"), head ? hex(head->hash) : QString()},
                                       {QStringLiteral("foundSequence"), lastSequence}};
        qCCritical(lcInventory).noquote() << "audit log does not end at its recorded head (expected" << expectedSequence
                                          << "found" << lastSequence << "); recording" << anomaly.action;
        LWC_TRY(const AuditEvent written, insertNext(std::move(anomaly), lastSequence, lastHash));
        lastSequence = written.sequence;
        lastHash = written.hash;
    }
    return insertNext(std::move(e), lastSequence, lastHash);
}

Result<AuditEvent> SqlAuditLog::append(AuditEvent event)
{
    // Checked before the transaction too, so a refused record costs no write lock.
    LWC_TRY(AuditEvent prepared, prepare(std::move(event)));
    Result<AuditEvent> out;
    // Every conflict means another writer appended: retrying makes progress,
    // so allow more attempts than the default.
    constexpr int kAttempts = 64;
    const Status s = m_db.inRetryingTransaction(
        [&]() -> Status {
            out = appendInTransaction(prepared);
            if (!out.ok())
                return out.error();
            return {};
        },
        kAttempts);
    if (!s.ok())
        return s.error();
    return out;
}

Result<AuditVerification> SqlAuditLog::verify() const
{
    AuditVerification v;
    auto broken = [&v](qint64 sequence, const QString& problem) {
        v.intact = false;
        v.firstBrokenSequence = sequence;
        v.problem = problem;
        return v;
    };
    QSqlQuery q(m_db.database());
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(kSelectColumns) + QStringLiteral(" ORDER BY seq"))) {
        return InventoryDatabase::sqlError(QStringLiteral("audit.read"), tr("The audit log could not be read."),
                                           q.lastError());
    }
    qint64 expected = 1;
    QByteArray previous = zeroHash();
    while (q.next()) {
        QString detailsText;
        const AuditEvent e = eventFrom(q, &detailsText);
        ++v.records;
        if (e.sequence != expected) {
            if (e.sequence > expected) {
                return broken(expected,
                              tr("Audit record %1 is missing (the next record is %2): records were "
                                 "deleted.")
                                  .arg(expected)
                                  .arg(e.sequence));
            }
            return broken(expected, tr("Audit record %1 is out of order.").arg(e.sequence));
        }
        if (e.previousHash != previous) {
            return broken(e.sequence,
                          tr("Audit record %1 does not follow record %2: records were inserted, "
                             "removed or reordered.")
                              .arg(e.sequence)
                              .arg(e.sequence - 1));
        }
        const auto details = CanonicalJson::serialize(e.details);
        const auto recomputed = chainHash(e);
        if (!details || QString::fromUtf8(details.value()) != detailsText || !recomputed
            || recomputed.value() != e.hash) {
            return broken(e.sequence,
                          tr("Audit record %1 was changed after it was written (its hash does not "
                             "match).")
                              .arg(e.sequence));
        }
        if (e.action == QLatin1String("audit.truncated") || e.action == QLatin1String("audit.headMismatch")) {
            const qint64 wanted = e.details.value(QStringLiteral("expectedSequence")).toInteger();
            const qint64 found = e.details.value(QStringLiteral("foundSequence")).toInteger();
            if (wanted > found) {
                return broken(found + 1,
                              tr("Audit records %1 to %2 were removed; the loss was recorded in record %3.")
                                  .arg(found + 1)
                                  .arg(wanted)
                                  .arg(e.sequence));
            }
            return broken(qMin(wanted + 1, found),
                          tr("Audit records after %1 were added or replaced outside the program; this was recorded "
                             "in record %2.")
                              .arg(wanted)
                              .arg(e.sequence));
        }
        previous = e.hash;
        ++expected;
    }
    q.finish();
    // The head kept beside the table catches records removed at the end.
    LWC_TRY(const QString headText, m_db.metaValue(QString::fromLatin1(kHeadName)));
    const qint64 last = expected - 1;
    if (headText.isEmpty()) {
        if (last > 0)
            return broken(last,
                          tr("The audit log's head record is missing (the log ends at record %1); the log "
                             "was edited outside the program.")
                              .arg(last));
        return v;
    }
    const std::optional<Head> head = parseHead(headText);
    if (!head)
        return broken(last + 1, tr("The audit log's head record is damaged."));
    if (head->sequence > last) {
        return broken(
            last + 1,
            tr("Audit records %1 to %2 were removed from the end of the log.").arg(last + 1).arg(head->sequence));
    }
    if (head->sequence < last) {
        return broken(head->sequence + 1,
                      tr("Audit records %1 to %2 were added outside the program.").arg(head->sequence + 1).arg(last));
    }
    if (head->hash != previous) {
        return broken(last,
                      tr("Audit record %1 was replaced outside the program: it is not the record the log "
                         "ended with.")
                          .arg(last));
    }
    return v;
}

Status SqlAuditLog::exportJsonLines(QIODevice& out) const
{
    QSqlQuery q(m_db.database());
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(kSelectColumns) + QStringLiteral(" ORDER BY seq"))) {
        return InventoryDatabase::sqlError(QStringLiteral("audit.read"), tr("The audit log could not be read."),
                                           q.lastError());
    }
    while (q.next()) {
        LWC_TRY(QByteArray line, CanonicalJson::serialize(eventFrom(q).toJson()));
        line.append('\n');
        if (out.write(line) != line.size()) {
            return makeError(QStringLiteral("audit.export"),
                             tr("The audit log could not be written out: %1").arg(out.errorString()));
        }
    }
    return {};
}

Result<QList<AuditEvent>> SqlAuditLog::events(const QString& endpoint, int limit) const
{
    QSqlQuery q(m_db.database());
    q.setForwardOnly(true);
    QString sql = QString::fromLatin1(kSelectColumns);
    if (!endpoint.isEmpty())
        sql += QStringLiteral(" WHERE endpoint = ?");
    sql += QStringLiteral(" ORDER BY seq DESC LIMIT ?");
    q.prepare(sql);
    if (!endpoint.isEmpty())
        q.addBindValue(endpoint);
    q.addBindValue(qMax(0, limit));
    if (!q.exec()) {
        return InventoryDatabase::sqlError(QStringLiteral("audit.read"), tr("The audit log could not be read."),
                                           q.lastError());
    }
    QList<AuditEvent> out;
    while (q.next())
        out << eventFrom(q);
    return out;
}

} // namespace lwc::inventory
