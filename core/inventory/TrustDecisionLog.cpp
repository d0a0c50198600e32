#include "TrustDecisionLog.h"

#include "SqlAuditLog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace lwc::inventory {

using security::TrustChoice;
using security::TrustDecision;

TrustDecisionLog::TrustDecisionLog(InventoryDatabase& database, SqlAuditLog* audit) : m_db(database), m_audit(audit)
{
}

Status TrustDecisionLog::record(const TrustDecision& d)
{
    if (d.who.trimmed().isEmpty() || !d.when.isValid() || d.fingerprintSha256.isEmpty()) {
        return makeError(QStringLiteral("inventory.trust.incomplete"),
                         QCoreApplication::translate("lwc::inventory::TrustDecisionLog",
                                                     "A trust decision needs who made it, when, and the certificate's "
                                                     "fingerprint."));
    }
    if (!m_audit)
        return insert(d);
    // The decision and its audit record: both or neither.
    AuditEvent e;
    e.at = d.when;
    e.actor = d.who;
    e.action = QStringLiteral("trust.decision");
    for (const QString& id : d.failedRules) {
        if (const auto rule = ruleFromId(id)) {
            e.rule = *rule; // the first rule that failed when the decision was taken
            break;
        }
    }
    e.details = QJsonObject {{QStringLiteral("choice"), security::trustChoiceName(d.choice)},
                             {QStringLiteral("fingerprintSha256"), d.fingerprintSha256},
                             {QStringLiteral("subject"), d.subject},
                             {QStringLiteral("host"), d.host},
                             {QStringLiteral("certificateUsage"), d.certificateUsage},
                             {QStringLiteral("matchingType"), d.matchingType},
                             {QStringLiteral("serverNameIndication"), d.serverNameIndication},
                             {QStringLiteral("caFingerprintSha256"), d.caFingerprintSha256},
                             {QStringLiteral("failedRules"), QJsonArray::fromStringList(d.failedRules)},
                             {QStringLiteral("summary"), d.summary}};
    return m_db.inRetryingTransaction([&]() -> Status {
        LWC_CHECK(insert(d));
        auto appended = m_audit->appendInTransaction(e);
        if (!appended.ok())
            return std::move(appended).error();
        return {};
    });
}

Status TrustDecisionLog::insert(const TrustDecision& d)
{
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("INSERT INTO trust_decisions (decided_at, operator, choice, fingerprint, subject, host, "
                             "certificate_usage, matching_type, sni, ca_fingerprint, failed_rules, summary) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(d.when.toUTC().toString(Qt::ISODate));
    q.addBindValue(d.who);
    q.addBindValue(security::trustChoiceName(d.choice));
    q.addBindValue(d.fingerprintSha256);
    q.addBindValue(d.subject);
    q.addBindValue(d.host);
    q.addBindValue(d.certificateUsage);
    q.addBindValue(d.matchingType);
    q.addBindValue(d.serverNameIndication);
    q.addBindValue(d.caFingerprintSha256);
    q.addBindValue(d.failedRules.join(u','));
    q.addBindValue(d.summary);
    if (!q.exec()) {
        return InventoryDatabase::queryError(
            QStringLiteral("inventory.trust.insert"),
            QCoreApplication::translate("lwc::inventory::TrustDecisionLog", "The trust decision could not be saved."),
            q.lastError());
    }
    return {};
}

Result<QList<TrustDecision>> TrustDecisionLog::decisions(const QString& fingerprintSha256) const
{
    QSqlQuery q(m_db.database());
    QString sql = QStringLiteral("SELECT decided_at, operator, choice, fingerprint, subject, host, certificate_usage, "
                                 "matching_type, sni, ca_fingerprint, failed_rules, summary FROM trust_decisions");
    if (!fingerprintSha256.isEmpty())
        sql += QStringLiteral(" WHERE fingerprint = ?");
    sql += QStringLiteral(" ORDER BY decided_at DESC");
    q.prepare(sql);
    if (!fingerprintSha256.isEmpty())
        q.addBindValue(fingerprintSha256);
    if (!q.exec()) {
        return InventoryDatabase::sqlError(
            QStringLiteral("inventory.query"),
            QCoreApplication::translate("lwc::inventory::TrustDecisionLog", "Trust decisions could not be read."),
            q.lastError());
    }
    QList<TrustDecision> out;
    while (q.next()) {
        TrustDecision d;
        d.when = QDateTime::fromString(q.value(0).toString(), Qt::ISODate);
        d.who = q.value(1).toString();
        const QString choice = q.value(2).toString();
        for (TrustChoice c :
             {TrustChoice::PinCertificate, TrustChoice::PinSha256, TrustChoice::TrustCa, TrustChoice::Reject})
            if (security::trustChoiceName(c) == choice)
                d.choice = c;
        d.fingerprintSha256 = q.value(3).toString();
        d.subject = q.value(4).toString();
        d.host = q.value(5).toString();
        d.certificateUsage = q.value(6).toInt();
        d.matchingType = q.value(7).toInt();
        d.serverNameIndication = q.value(8).toString();
        d.caFingerprintSha256 = q.value(9).toString();
        d.failedRules = q.value(10).toString().split(u',', Qt::SkipEmptyParts);
        d.summary = q.value(11).toString();
        out << d;
    }
    return out;
}

} // namespace lwc::inventory
