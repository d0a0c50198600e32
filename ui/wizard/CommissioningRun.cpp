#include "CommissioningRun.h"

#include "common/Log.h"
#include "inventory/Inventory.h"
#include "receipt/ReceiptBuilder.h"
#include "security/BootstrapCredentials.h"

#include <QCoreApplication>

namespace lwc::ui {

CommissioningRun::CommissioningRun(std::shared_ptr<const bootstrap::BootstrapPlan> plan, QString endpoint,
                                   std::vector<bootstrap::ListenerSpec> listeners, jobs::BootstrapJob::Options options,
                                   inventory::Inventory* inventory, const Clock& clock,
                                   std::optional<devicesim::DeviceConfig> demoDevice, QObject* parent)
    : QObject(parent), m_plan(std::move(plan)), m_inventory(inventory), m_technician(ReceiptBuilder::loginName())
{
    jobs::JobJournal* journal = nullptr;
    if (inventory) {
        journal = &inventory->journal();
    } else {
        m_memoryJournal = std::make_unique<jobs::MemoryJobJournal>();
        journal = m_memoryJournal.get();
    }
    // Keys are prepared before the run (no "generate" for certificates), so
    // the engine needs no CA here; the inventory keeps the fleet unique (S5, S12).
    m_credentials
        = std::make_unique<security::EngineCredentialFactory>(nullptr, inventory ? &inventory->credentials() : nullptr);
    m_verifier = std::make_unique<security::EngineClientVerifier>(clock);
    options.server.credentials = m_credentials.get();
    options.server.verifier = m_verifier.get();
    options.server.clock = &clock;
    if (!listeners.empty())
        m_listenAddress = listeners.front().address;
    m_journal = journal;
    m_job = new jobs::BootstrapJob(m_plan, std::move(endpoint), std::move(listeners), options, *journal, clock, this);

    if (demoDevice) {
        m_hasDemo = true;
        m_demo = new devicesim::DemoDevice(std::move(*demoDevice));
        connect(m_demo, &devicesim::DemoDevice::finished, this, [this](const devicesim::DeviceOutcome& outcome) {
            m_demoOutcome = outcome;
            Q_EMIT demoDeviceFinished(outcome);
        });
        // The demo device connects as soon as the job listens (loopback).
        connect(m_job, &jobs::BootstrapJob::listening, this, [this](quint16 port) {
            if (!m_demo)
                return;
            const QHostAddress target = m_listenAddress.isLoopback() || m_listenAddress.isNull()
                ? QHostAddress(QHostAddress::LocalHost)
                : m_listenAddress;
            m_demo->start(target, port);
            Q_EMIT demoDeviceStarted(port);
        });
    }
}

CommissioningRun::~CommissioningRun()
{
    // Not started (or never will be): the demo device goes with us.
    if (m_demo && !m_demo->isRunning())
        m_demo->stop();
}

QCoro::Task<jobs::JobState> CommissioningRun::execute()
{
    QPointer<CommissioningRun> self(this);
    jobs::JobState state = jobs::JobState::Failed;
    if (m_running)
        co_return state;
    m_running = true;
    if (m_inventory) {
        connect(m_job, &jobs::Job::stepChanged, this, &CommissioningRun::recordStep);
        connect(m_job, &jobs::Job::stateChanged, this, [this](jobs::JobState s) {
            if (s != jobs::JobState::Running)
                return;
            // The journal has the job now: the device is in progress.
            const jobs::JobRecord& r = m_job->record();
            const Status st = m_inventory->setDeviceState(r.endpoint, inventory::DeviceState::InProgress, r.id);
            if (!st.ok())
                qCWarning(lcInventory).noquote() << "device state:" << st.error().toString();
            audit(QStringLiteral("job.started"),
                  QJsonObject {{QStringLiteral("kind"), r.kind},
                               {QStringLiteral("plan"), r.planName},
                               {QStringLiteral("transport"), r.transport},
                               {QStringLiteral("demoDevice"), m_hasDemo}});
        });
    }
    try {
        state = co_await m_job->run();
    } catch (const std::exception& e) {
        qCCritical(lcUi) << "commissioning run failed:" << e.what();
    }
    if (!self)
        co_return state;
    m_running = false;
    recordEnd(state);
    // A device left waiting (failure, cancel) is switched off, not left to time out.
    if (state != jobs::JobState::Succeeded && m_demo)
        m_demo->stop();
    Q_EMIT finished(state);
    if (m_abandoned)
        deleteLater();
    co_return state;
}

void CommissioningRun::audit(const QString& action, const QJsonObject& details, Rule rule)
{
    if (!m_inventory)
        return;
    inventory::AuditEvent event;
    event.at = QDateTime::currentDateTimeUtc();
    event.actor = m_technician;
    event.action = action;
    event.endpoint = m_job->record().endpoint;
    event.jobId = m_job->id();
    event.rule = rule;
    event.details = details;
    const auto appended = m_inventory->audit().append(std::move(event));
    if (!appended.ok())
        qCWarning(lcInventory).noquote() << "audit" << action << "not recorded:" << appended.error().toString();
}

void CommissioningRun::recordStep(int index)
{
    const jobs::JobStep step = m_job->record().steps.value(index);
    if (step.state == jobs::StepState::Running || step.state == jobs::StepState::Pending)
        return; // one record per step, when it ends
    QJsonObject details {{QStringLiteral("index"), step.index},
                         {QStringLiteral("step"), step.name},
                         {QStringLiteral("state"), jobs::stepStateName(step.state)},
                         {QStringLiteral("durationMs"), step.durationMs}};
    if (!step.detail.isEmpty())
        details.insert(QStringLiteral("detail"), step.detail);
    if (!step.errorCode.isEmpty())
        details.insert(QStringLiteral("error"), step.errorCode);
    audit(QStringLiteral("job.step"), details, step.rule);
}

void CommissioningRun::recordEnd(jobs::JobState state)
{
    if (!m_inventory)
        return;
    const jobs::JobRecord& r = m_job->record();
    // A job that ended after it started writing leaves the device half-done:
    // "interrupted" (commission it again); before that the device is unchanged.
    bool touched = false;
    for (const jobs::JobStep& s : r.steps)
        touched |= s.name == QLatin1String("delete") || s.name == QLatin1String("write");
    inventory::DeviceState device = inventory::DeviceState::Failed;
    if (state == jobs::JobState::Succeeded)
        device = inventory::DeviceState::Commissioned;
    else if (state == jobs::JobState::Cancelled || state == jobs::JobState::Interrupted)
        device = touched ? inventory::DeviceState::Interrupted : inventory::DeviceState::New;
    const Status st = m_inventory->setDeviceState(r.endpoint, device, r.id);
    if (!st.ok())
        qCWarning(lcInventory).noquote() << "device state:" << st.error().toString();
    QJsonObject details {{QStringLiteral("state"), jobs::jobStateName(state)}};
    if (r.error) {
        details.insert(QStringLiteral("error"), r.error->code);
        details.insert(QStringLiteral("message"), r.error->userText);
    }
    audit(QStringLiteral("job.finished"), details, r.error ? r.error->rule : Rule::None);
}

void CommissioningRun::cancel()
{
    if (m_running)
        m_job->cancel();
}

void CommissioningRun::abandon()
{
    m_abandoned = true;
    setParent(nullptr);
    if (m_running) {
        m_job->cancel();
        return; // execute() deletes us when the job has ended
    }
    deleteLater();
}

} // namespace lwc::ui
