#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace lwc::jobs {

enum class JobState { Pending, Running, Succeeded, Failed, Cancelled, Interrupted };
QString jobStateName(JobState state);
std::optional<JobState> jobStateFromName(QStringView name);
inline bool isFinal(JobState s)
{
    return s == JobState::Succeeded || s == JobState::Failed || s == JobState::Cancelled || s == JobState::Interrupted;
}

enum class StepState { Pending, Running, Done, Failed, Skipped };
QString stepStateName(StepState state);
std::optional<StepState> stepStateFromName(QStringView name);

struct JobStep {
    int index = 0;
    QString name; // "bootstrap-discover", "write", ...
    QString detail; // "/0/1 as TLV"
    StepState state = StepState::Pending;
    QDateTime startedAt;
    QDateTime finishedAt;
    qint64 durationMs = 0;
    QString message;
    QString errorCode;
    Rule rule = Rule::None;
};

// Everything the journal keeps about one commissioning job. Never a secret.
struct JobRecord {
    QString id; // UUID
    QString kind; // "bootstrap"
    QString endpoint; // device endpoint name
    QString planName;
    QString transport; // "coaps+psk://127.0.0.1:5684", "serial:/dev/ttyUSB0", ...
    QString technician;
    JobState state = JobState::Pending;
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime finishedAt;
    QList<JobStep> steps;
    std::optional<Error> error;
    QJsonObject result; // the bootstrap report, receipt reference, ...

    QJsonObject toJson() const;
};

} // namespace lwc::jobs
