#include "BootstrapReport.h"

#include <QJsonArray>

namespace lwc::bootstrap {

QJsonObject StepReport::toJson() const
{
    QJsonObject o {{QStringLiteral("step"), name}, {QStringLiteral("ok"), ok}, {QStringLiteral("ms"), durationMs}};
    if (!method.isEmpty())
        o.insert(QStringLiteral("method"), method);
    if (!path.isEmpty())
        o.insert(QStringLiteral("path"), path);
    if (contentFormat)
        o.insert(QStringLiteral("contentFormat"), int(*contentFormat));
    if (!code.isEmpty())
        o.insert(QStringLiteral("code"), code);
    if (!message.isEmpty())
        o.insert(QStringLiteral("message"), message);
    if (!errorCode.isEmpty())
        o.insert(QStringLiteral("error"), errorCode);
    if (rule != Rule::None)
        o.insert(QStringLiteral("rule"), ruleId(rule));
    return o;
}

QJsonObject WrittenInstance::toJson() const
{
    QJsonObject o {{QStringLiteral("path"), path}, {QStringLiteral("contentFormat"), int(contentFormat)}};
    if (shortServerId)
        o.insert(QStringLiteral("ssid"), shortServerId);
    if (!securityMode.isEmpty())
        o.insert(QStringLiteral("securityMode"), securityMode);
    if (!uri.isEmpty())
        o.insert(QStringLiteral("uri"), uri);
    if (bootstrapAccount)
        o.insert(QStringLiteral("bootstrapAccount"), true);
    o.insert(QStringLiteral("resources"), QJsonArray::fromStringList(resources));
    return o;
}

QString BootstrapReport::verdictName(Verdict v)
{
    switch (v) {
    case Verdict::Success:
        return QStringLiteral("success");
    case Verdict::Failed:
        return QStringLiteral("failed");
    case Verdict::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

QJsonObject BootstrapReport::toJson() const
{
    QJsonObject o {{QStringLiteral("endpoint"), endpoint},
                   {QStringLiteral("mode"), channelMode},
                   {QStringLiteral("verdict"), verdictName(verdict)},
                   {QStringLiteral("peer"), peer},
                   {QStringLiteral("startedAt"), startedAt.toString(Qt::ISODateWithMs)},
                   {QStringLiteral("totalMs"), totalMs()},
                   {QStringLiteral("insecure"), insecure}};
    if (!cipherSuite.isEmpty()) {
        o.insert(QStringLiteral("suite"), cipherSuite);
        o.insert(QStringLiteral("suiteIana"), cipherSuiteIana);
    }
    if (!pskIdentity.isEmpty())
        o.insert(QStringLiteral("pskIdentity"), pskIdentity);
    if (!lwm2mVersion.isEmpty())
        o.insert(QStringLiteral("lwm2m"), lwm2mVersion);
    if (preferredFormat)
        o.insert(QStringLiteral("pct"), int(*preferredFormat));
    QJsonArray s;
    for (const StepReport& st : steps)
        s.append(st.toJson());
    o.insert(QStringLiteral("steps"), s);
    QJsonArray w;
    for (const WrittenInstance& wi : written)
        w.append(wi.toJson());
    o.insert(QStringLiteral("written"), w);
    if (error) {
        QJsonObject e {{QStringLiteral("code"), error->code}, {QStringLiteral("message"), error->userText}};
        if (!error->details.isEmpty())
            e.insert(QStringLiteral("details"), error->details);
        if (error->hasRule())
            e.insert(QStringLiteral("rule"), ruleId(error->rule));
        if (!failedStep.isEmpty())
            e.insert(QStringLiteral("step"), failedStep);
        o.insert(QStringLiteral("error"), e);
    }
    if (!flags.isEmpty())
        o.insert(QStringLiteral("flags"), QJsonArray::fromStringList(flags));
    return o;
}

} // namespace lwc::bootstrap
