#include "JobRecorder.h"

#include "common/Log.h"

#include <QJsonArray>

namespace lwc::inventory {

using jobs::JobRecord;
using jobs::JobState;
using jobs::JobStep;
using jobs::StepState;

namespace {

bool wroteToDevice(const JobRecord& job)
{
    // The same test as jobs::recoverInterruptedJobs: a delete or write that
    // started may have changed the device.
    for (const JobStep& s : job.steps)
        if ((s.name == QLatin1String("delete") || s.name == QLatin1String("write")) && s.state != StepState::Pending)
            return true;
    return false;
}

} // namespace

JobRecorder::JobRecorder(Inventory& inventory, jobs::Job& job, QString profile, QObject* parent)
    : QObject(parent), m_inventory(inventory), m_job(&job), m_profile(std::move(profile))
{
    const QString endpoint = job.record().endpoint;
    if (!endpoint.isEmpty()) {
        auto device = m_inventory.ensureDevice(endpoint, m_profile);
        if (device.ok())
            m_before = device->state;
        else
            check(device.error());
    }
    connect(&job, &jobs::Job::stateChanged, this, &JobRecorder::onStateChanged);
    connect(&job, &jobs::Job::stepChanged, this, &JobRecorder::onStepChanged);
    connect(&job, &jobs::Job::finished, this, &JobRecorder::onFinished);
}

JobRecorder::~JobRecorder() = default;

void JobRecorder::check(const Status& status)
{
    if (status.ok())
        return;
    qCCritical(lcInventory).noquote() << "recording the job in the inventory failed:" << status.error().toString();
    m_errors << status.error();
    Q_EMIT recordingFailed(status.error().userText);
}

void JobRecorder::append(AuditEvent event)
{
    auto appended = m_inventory.audit().append(std::move(event));
    if (!appended.ok())
        check(appended.error());
}

DeviceState JobRecorder::stateAfter(const JobRecord& job, DeviceState before)
{
    switch (job.state) {
    case JobState::Pending:
    case JobState::Running:
        return DeviceState::InProgress;
    case JobState::Succeeded:
        return DeviceState::Commissioned;
    case JobState::Failed:
        return DeviceState::Failed;
    case JobState::Interrupted:
        return DeviceState::Interrupted;
    case JobState::Cancelled:
        // Nothing reached the device: it is as it was before the job.
        if (!wroteToDevice(job))
            return before == DeviceState::InProgress ? DeviceState::New : before;
        return DeviceState::Failed;
    }
    return DeviceState::Failed;
}

QList<AccountRow> JobRecorder::accountsFrom(const JobRecord& job)
{
    QList<AccountRow> out;
    for (const QJsonValue& v : job.result.value(QStringLiteral("written")).toArray()) {
        const QJsonObject o = v.toObject();
        AccountRow a;
        a.endpoint = job.endpoint;
        a.jobId = job.id;
        a.path = o.value(QStringLiteral("path")).toString();
        a.contentFormat = o.value(QStringLiteral("contentFormat")).toInt();
        a.shortServerId = o.value(QStringLiteral("ssid")).toInt();
        a.securityMode = o.value(QStringLiteral("securityMode")).toString();
        a.uri = o.value(QStringLiteral("uri")).toString();
        a.bootstrapAccount = o.value(QStringLiteral("bootstrapAccount")).toBool();
        for (const QJsonValue& r : o.value(QStringLiteral("resources")).toArray())
            a.resources << r.toString();
        a.writtenAt = job.finishedAt;
        if (!a.path.isEmpty())
            out << a;
    }
    return out;
}

void JobRecorder::onStateChanged(JobState state)
{
    if (!m_job || state != JobState::Running || m_started)
        return;
    m_started = true;
    const JobRecord& r = m_job->record();
    check(m_inventory.setDeviceState(r.endpoint, DeviceState::InProgress, r.id));
    AuditEvent e;
    e.action = QStringLiteral("job.started");
    e.endpoint = r.endpoint;
    e.jobId = r.id;
    if (!r.technician.isEmpty())
        e.actor = r.technician;
    e.details = QJsonObject {{QStringLiteral("kind"), r.kind},
                             {QStringLiteral("plan"), r.planName},
                             {QStringLiteral("transport"), r.transport}};
    append(std::move(e));
}

void JobRecorder::onStepChanged(int index)
{
    if (!m_job || m_stepsRecorded.contains(index))
        return;
    const JobRecord& r = m_job->record();
    if (index < 0 || index >= r.steps.size())
        return;
    const JobStep& s = r.steps.at(index);
    if (s.state == StepState::Pending || s.state == StepState::Running)
        return;
    m_stepsRecorded.insert(index);
    AuditEvent e;
    e.action = QStringLiteral("job.step");
    e.endpoint = r.endpoint;
    e.jobId = r.id;
    e.rule = s.rule;
    if (!r.technician.isEmpty())
        e.actor = r.technician;
    e.details
        = QJsonObject {{QStringLiteral("index"), s.index},    {QStringLiteral("name"), s.name},
                       {QStringLiteral("detail"), s.detail},  {QStringLiteral("state"), jobs::stepStateName(s.state)},
                       {QStringLiteral("ms"), s.durationMs},  {QStringLiteral("message"), s.message},
                       {QStringLiteral("error"), s.errorCode}};
    append(std::move(e));
}

void JobRecorder::onFinished(JobState state)
{
    if (!m_job)
        return;
    // Steps ended by Job::run() itself after execute() returned.
    for (int i = 0; i < m_job->record().steps.size(); ++i)
        onStepChanged(i);
    const JobRecord& r = m_job->record();
    const DeviceState after = stateAfter(r, m_before);
    if (!r.endpoint.isEmpty())
        check(m_inventory.setDeviceState(r.endpoint, after, r.id));
    if (state == JobState::Succeeded && !r.endpoint.isEmpty())
        check(m_inventory.recordAccounts(r.endpoint, r.id, accountsFrom(r)));
    AuditEvent e;
    e.action = QStringLiteral("job.finished");
    e.endpoint = r.endpoint;
    e.jobId = r.id;
    if (!r.technician.isEmpty())
        e.actor = r.technician;
    if (r.error)
        e.rule = r.error->rule;
    QJsonObject details {{QStringLiteral("state"), jobs::jobStateName(state)},
                         {QStringLiteral("deviceState"), deviceStateName(after)},
                         {QStringLiteral("steps"), int(r.steps.size())}};
    if (r.error) {
        details.insert(QStringLiteral("error"), r.error->code);
        details.insert(QStringLiteral("message"), r.error->userText);
    }
    const QString verdict = r.result.value(QStringLiteral("verdict")).toString();
    if (!verdict.isEmpty())
        details.insert(QStringLiteral("verdict"), verdict);
    const QString suite = r.result.value(QStringLiteral("suite")).toString();
    if (!suite.isEmpty())
        details.insert(QStringLiteral("cipherSuite"), suite);
    e.details = details;
    append(std::move(e));
}

} // namespace lwc::inventory
