#include "BootstrapJob.h"

#include "common/Log.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QScopeGuard>

namespace lwc::jobs {

BootstrapJob::BootstrapJob(std::shared_ptr<const bootstrap::BootstrapPlan> plan, QString endpoint,
                           std::vector<bootstrap::ListenerSpec> listeners, Options options, JobJournal& journal,
                           const Clock& clock, QObject* parent)
    : Job(
        [&] {
            JobRecord r;
            r.kind = QStringLiteral("bootstrap");
            r.endpoint = endpoint;
            r.planName = plan ? plan->name : QString();
            QStringList t;
            for (const auto& l : listeners)
                t << QStringLiteral("coaps+%1://%2:%3")
                         .arg(coap::securityModeName(l.mode), l.address.toString())
                         .arg(l.port);
            r.transport = t.join(QLatin1Char(' '));
            return r;
        }(),
        journal, clock, parent),
      m_plan(std::move(plan)),
      m_listeners(std::move(listeners)),
      m_options(options)
{
    if (!m_options.server.clock)
        m_options.server.clock = &clock;
}

BootstrapJob::~BootstrapJob() = default;

quint16 BootstrapJob::port() const
{
    return m_server ? m_server->port(m_mode) : 0;
}

void BootstrapJob::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    if (m_server)
        m_server->stop();
    m_wake.set();
}

QCoro::Task<JobState> BootstrapJob::execute()
{
    QPointer<BootstrapJob> self(this);
    const QString ep = record().endpoint;
    const bootstrap::DevicePlan* device = m_plan ? m_plan->match(ep) : nullptr;
    if (m_listeners.empty()) {
        setError(makeError(QStringLiteral("jobs.noListener"), tr("The job has no listener address.")));
        co_return JobState::Failed;
    }
    if (!device) {
        setError(makeError(QStringLiteral("jobs.noPlan"), tr("The plan has no entry for this device.")));
        co_return JobState::Failed;
    }
    // listen, wait, prepare, discover, deletes, writes, read, verify, finish
    int expected = 3 + (device->bootstrapDiscover ? 1 : 0) + int(device->deletePaths.size())
        + 2 * int(device->servers.size()) + (device->bootstrapAccount ? 1 : 0) + (device->bootstrapRead ? 1 : 0)
        + (device->verify ? 1 : 0) + 1;
    setExpectedSteps(expected);

    const int listen = beginStep(QStringLiteral("listen"));
    m_server = std::make_unique<bootstrap::BootstrapServer>(m_plan, m_options.server);
    m_mode = m_listeners.front().mode;
    if (const Status s = m_server->start(std::move(m_listeners)); !s.ok()) {
        endStep(listen, StepState::Failed, s.error().userText, s.error().code, s.error().rule);
        setError(s.error());
        co_return JobState::Failed;
    }
    endStep(listen, StepState::Done, tr("listening on port %1").arg(port()));
    Q_EMIT listening(port());

    // The lambdas below capture this coroutine's locals: cut them off when it ends.
    const auto disconnectServer = qScopeGuard([this] {
        if (m_server)
            QObject::disconnect(m_server.get(), nullptr, this, nullptr);
    });
    std::optional<bootstrap::BootstrapReport> finishedReport;
    QString connectedPeer;
    QStringList refusals;
    int current = -1;
    connect(m_server.get(), &bootstrap::BootstrapServer::bootstrapStarted, this,
            [&](const QString& endpoint, const QString& peer) {
                if (endpoint != ep)
                    return;
                connectedPeer = peer;
                m_wake.set();
            });
    connect(m_server.get(), &bootstrap::BootstrapServer::stepStarted, this,
            [&, ep](const QString& endpoint, const QString& name, const QString& path) {
                if (endpoint == ep)
                    current = beginStep(name, path);
            });
    connect(m_server.get(), &bootstrap::BootstrapServer::stepFinished, this,
            [&, ep](const QString& endpoint, const bootstrap::StepReport& step) {
                if (endpoint != ep)
                    return;
                if (current < 0 || record().steps.value(current).name != step.name)
                    current = beginStep(step.name, step.path); // steps without a start (prepare)
                QString message = step.message;
                if (!step.code.isEmpty())
                    message = message.isEmpty() ? step.code : step.code + QStringLiteral(" — ") + message;
                endStep(current, step.ok ? StepState::Done : StepState::Failed, message, step.errorCode, step.rule,
                        step.durationMs);
                current = -1;
            });
    connect(m_server.get(), &bootstrap::BootstrapServer::bootstrapFinished, this,
            [&](const bootstrap::BootstrapReport& r) {
                if (r.endpoint != ep
                    && !(r.endpoint.isEmpty() && r.verdict == bootstrap::BootstrapReport::Verdict::Refused))
                    return;
                if (r.verdict == bootstrap::BootstrapReport::Verdict::Refused) {
                    // A failed attempt (wrong key, wrong suite): keep waiting; the device may retry.
                    refusals << (r.error ? r.error->toString() : QStringLiteral("refused"));
                    const int i = beginStep(QStringLiteral("handshake"), r.peer);
                    endStep(i, StepState::Failed, r.error ? r.error->userText : QString(),
                            r.error ? r.error->code : QString(), r.error ? r.error->rule : Rule::None, 0);
                } else {
                    finishedReport = r;
                }
                m_wake.set();
            });

    // Wait for the device.
    const int wait = beginStep(QStringLiteral("wait-for-device"), tr("port %1").arg(port()));
    QElapsedTimer waited;
    waited.start();
    while (connectedPeer.isEmpty() && !finishedReport && !m_cancelled) {
        const qint64 left = m_options.waitForDevice.count() - waited.elapsed();
        if (left <= 0)
            break;
        m_wake.reset();
        co_await m_wake.wait(std::chrono::milliseconds(left));
        if (!self)
            co_return JobState::Cancelled;
    }
    if (m_cancelled) {
        endStep(wait, StepState::Failed, tr("cancelled"), QStringLiteral("jobs.cancelled"));
        setError(makeError(QStringLiteral("jobs.cancelled"), tr("The job was cancelled before the device connected.")));
        co_return JobState::Cancelled;
    }
    if (connectedPeer.isEmpty() && !finishedReport) {
        endStep(wait, StepState::Failed, tr("no device within %1 s").arg(m_options.waitForDevice.count() / 1000),
                QStringLiteral("jobs.deviceTimeout"));
        setError(makeError(QStringLiteral("jobs.deviceTimeout"),
                           refusals.isEmpty()
                               ? tr("The device did not connect. Check that it is powered, on this network and "
                                    "configured for this computer's address and port.")
                               : tr("The device connected but was refused: %1").arg(refusals.last())));
        co_return JobState::Failed;
    }
    endStep(wait, StepState::Done, connectedPeer);
    Q_EMIT deviceConnected(connectedPeer);

    while (!finishedReport) {
        m_wake.reset();
        co_await m_wake.wait();
        if (!self)
            co_return JobState::Cancelled;
    }
    m_report = finishedReport;
    setResult(finishedReport->toJson());
    m_server->stop();
    if (finishedReport->verdict == bootstrap::BootstrapReport::Verdict::Success)
        co_return JobState::Succeeded;
    if (finishedReport->error)
        setError(*finishedReport->error);
    if (m_cancelled || (finishedReport->error && finishedReport->error->code == QLatin1String("bootstrap.cancelled")))
        co_return JobState::Cancelled;
    co_return JobState::Failed;
}

} // namespace lwc::jobs
