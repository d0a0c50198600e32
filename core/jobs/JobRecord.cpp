#include "JobRecord.h"

#include <QJsonArray>

namespace lwc::jobs {

QString jobStateName(JobState state)
{
    switch (state) {
    case JobState::Pending:
        return QStringLiteral("pending");
    case JobState::Running:
        return QStringLiteral("running");
    case JobState::Succeeded:
        return QStringLiteral("succeeded");
    case JobState::Failed:
        return QStringLiteral("failed");
    case JobState::Cancelled:
        return QStringLiteral("cancelled");
    case JobState::Interrupted:
        return QStringLiteral("interrupted");
    }
    return {};
}

std::optional<JobState> jobStateFromName(QStringView name)
{
    for (JobState s : {JobState::Pending, JobState::Running, JobState::Succeeded, JobState::Failed, JobState::Cancelled,
                       JobState::Interrupted})
        if (name == jobStateName(s))
            return s;
    return std::nullopt;
}

QString stepStateName(StepState state)
{
    switch (state) {
    case StepState::Pending:
        return QStringLiteral("pending");
    case StepState::Running:
        return QStringLiteral("running");
    case StepState::Done:
        return QStringLiteral("done");
    case StepState::Failed:
        return QStringLiteral("failed");
    case StepState::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

std::optional<StepState> stepStateFromName(QStringView name)
{
    for (StepState s : {StepState::Pending, StepState::Running, StepState::Done, StepState::Failed, StepState::Skipped})
        if (name == stepStateName(s))
            return s;
    return std::nullopt;
}

QJsonObject JobRecord::toJson() const
{
    QJsonArray steps;
    for (const JobStep& s : this->steps) {
        QJsonObject o {{QStringLiteral("index"), s.index},
                       {QStringLiteral("name"), s.name},
                       {QStringLiteral("state"), stepStateName(s.state)},
                       {QStringLiteral("ms"), s.durationMs}};
        if (!s.detail.isEmpty())
            o.insert(QStringLiteral("detail"), s.detail);
        if (!s.message.isEmpty())
            o.insert(QStringLiteral("message"), s.message);
        if (!s.errorCode.isEmpty())
            o.insert(QStringLiteral("error"), s.errorCode);
        if (s.rule != Rule::None)
            o.insert(QStringLiteral("rule"), ruleId(s.rule));
        steps.append(o);
    }
    QJsonObject o {{QStringLiteral("id"), id},
                   {QStringLiteral("kind"), kind},
                   {QStringLiteral("endpoint"), endpoint},
                   {QStringLiteral("plan"), planName},
                   {QStringLiteral("transport"), transport},
                   {QStringLiteral("technician"), technician},
                   {QStringLiteral("state"), jobStateName(state)},
                   {QStringLiteral("createdAt"), createdAt.toString(Qt::ISODateWithMs)},
                   {QStringLiteral("steps"), steps}};
    if (startedAt.isValid())
        o.insert(QStringLiteral("startedAt"), startedAt.toString(Qt::ISODateWithMs));
    if (finishedAt.isValid())
        o.insert(QStringLiteral("finishedAt"), finishedAt.toString(Qt::ISODateWithMs));
    if (error) {
        QJsonObject e {{QStringLiteral("code"), error->code}, {QStringLiteral("message"), error->userText}};
        if (error->hasRule())
            e.insert(QStringLiteral("rule"), ruleId(error->rule));
        o.insert(QStringLiteral("error"), e);
    }
    if (!result.isEmpty())
        o.insert(QStringLiteral("result"), result);
    return o;
}

} // namespace lwc::jobs
