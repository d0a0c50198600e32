#include "VerificationReport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace lwc::security {

QString verdictStatusName(VerdictStatus status)
{
    switch (status) {
    case VerdictStatus::Pass:
        return QStringLiteral("pass");
    case VerdictStatus::Fail:
        return QStringLiteral("fail");
    case VerdictStatus::Warning:
        return QStringLiteral("warning");
    case VerdictStatus::Skipped:
        return QStringLiteral("skipped");
    case VerdictStatus::NotApplicable:
        return QStringLiteral("n/a");
    }
    return {};
}

QString verdictStatusText(VerdictStatus status)
{
    switch (status) {
    case VerdictStatus::Pass:
        return QCoreApplication::translate("lwc::security::VerificationReport", "Passed");
    case VerdictStatus::Fail:
        return QCoreApplication::translate("lwc::security::VerificationReport", "Failed");
    case VerdictStatus::Warning:
        return QCoreApplication::translate("lwc::security::VerificationReport", "Warning");
    case VerdictStatus::Skipped:
        return QCoreApplication::translate("lwc::security::VerificationReport", "Skipped");
    case VerdictStatus::NotApplicable:
        return QCoreApplication::translate("lwc::security::VerificationReport", "Not applicable");
    }
    return {};
}

const RuleVerdict* VerificationReport::verdict(Rule rule) const
{
    for (const RuleVerdict& v : verdicts)
        if (v.rule == rule)
            return &v;
    return nullptr;
}

VerdictStatus VerificationReport::status(Rule rule) const
{
    const RuleVerdict* v = verdict(rule);
    return v ? v->status : VerdictStatus::NotApplicable;
}

QList<Rule> VerificationReport::failedRules() const
{
    QList<Rule> failed;
    for (const RuleVerdict& v : verdicts)
        if (v.status == VerdictStatus::Fail)
            failed << v.rule;
    return failed;
}

QString VerificationReport::summary() const
{
    const QList<Rule> failed = failedRules();
    if (!failed.isEmpty()) {
        QStringList ids;
        for (Rule r : failed)
            ids << ruleId(r);
        return QCoreApplication::translate("lwc::security::VerificationReport", "Not trusted: %1 failed")
            .arg(ids.join(QLatin1String(", ")));
    }
    if (!skippedChecks.isEmpty())
        return QCoreApplication::translate("lwc::security::VerificationReport",
                                           "Trusted, but not every check was made (skipped: %1)")
            .arg(skippedChecks.size());
    return QCoreApplication::translate("lwc::security::VerificationReport", "Trusted");
}

QJsonObject VerificationReport::toJson() const
{
    QJsonArray rules;
    for (const RuleVerdict& v : verdicts) {
        QJsonObject o {
            {QStringLiteral("id"), ruleId(v.rule)},
            {QStringLiteral("check"), v.check},
            {QStringLiteral("status"), verdictStatusName(v.status)},
            {QStringLiteral("explanation"), v.explanation},
        };
        if (!v.details.isEmpty())
            o.insert(QStringLiteral("details"), v.details);
        rules.append(o);
    }
    QJsonArray certs;
    for (const ChainElement& e : chain) {
        QJsonArray sans;
        for (const SubjectAltName& san : e.info.subjectAltNames)
            sans.append(san.typeName() + QLatin1Char(':') + san.value);
        certs.append(QJsonObject {
            {QStringLiteral("subject"), e.info.subject},
            {QStringLiteral("issuer"), e.info.issuer},
            {QStringLiteral("serial"), e.info.serialHex},
            {QStringLiteral("notBefore"), e.info.notBefore.toString(Qt::ISODate)},
            {QStringLiteral("notAfter"), e.info.notAfter.toString(Qt::ISODate)},
            {QStringLiteral("subjectAltNames"), sans},
            {QStringLiteral("key"), e.info.key.description()},
            {QStringLiteral("signature"), e.info.signature.algorithm},
            {QStringLiteral("sha256"), e.info.sha256Text()},
            {QStringLiteral("presented"), e.presented},
            {QStringLiteral("trustAnchor"), e.trustAnchor},
            {QStringLiteral("status"), verdictStatusName(e.status)},
            {QStringLiteral("problems"), QJsonArray::fromStringList(e.problems)},
        });
    }
    QJsonObject o {
        {QStringLiteral("trusted"), trusted},
        {QStringLiteral("summary"), summary()},
        {QStringLiteral("role"), role == PeerRole::Server ? QStringLiteral("server") : QStringLiteral("client")},
        {QStringLiteral("trustMode"),
         mode == TrustMode::Direct ? QStringLiteral("direct") : QStringLiteral("indirect")},
        {QStringLiteral("trustedTime"), trustedTime},
        {QStringLiteral("rules"), rules},
        {QStringLiteral("chain"), certs},
        {QStringLiteral("skipped"), QJsonArray::fromStringList(skippedChecks)},
    };
    if (certificateUsage >= 0)
        o.insert(QStringLiteral("certificateUsage"), certificateUsage);
    if (matchingType >= 0)
        o.insert(QStringLiteral("matchingType"), matchingType);
    if (!host.isEmpty())
        o.insert(QStringLiteral("host"), host);
    if (!endpoint.isEmpty())
        o.insert(QStringLiteral("endpoint"), endpoint);
    if (time.isValid())
        o.insert(QStringLiteral("time"), time.toString(Qt::ISODate));
    return o;
}

} // namespace lwc::security
