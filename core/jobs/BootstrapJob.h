#pragma once

#include "bootstrap/BootstrapServer.h"
#include "common/AsyncEvent.h"
#include "jobs/Job.h"

#include <chrono>
#include <memory>

namespace lwc::jobs {

// Commissioning one device over the network: this machine listens as the
// device's Bootstrap-Server, waits for the device (the technician powers it
// or points it here), runs the bootstrap sequence and records each step.
class BootstrapJob : public Job {
    Q_OBJECT
public:
    struct Options {
        bootstrap::BootstrapServer::Options server;
        std::chrono::milliseconds waitForDevice = std::chrono::minutes(10);
    };

    BootstrapJob(std::shared_ptr<const bootstrap::BootstrapPlan> plan, QString endpoint,
                 std::vector<bootstrap::ListenerSpec> listeners, Options options, JobJournal& journal,
                 const Clock& clock, QObject* parent = nullptr);
    ~BootstrapJob() override;

    void cancel() override;
    // The listener's port for the device's mode, once listening.
    quint16 port() const;
    const std::optional<bootstrap::BootstrapReport>& report() const { return m_report; }

Q_SIGNALS:
    void listening(quint16 port);
    void deviceConnected(const QString& peer);

protected:
    QCoro::Task<JobState> execute() override;

private:
    std::shared_ptr<const bootstrap::BootstrapPlan> m_plan;
    std::vector<bootstrap::ListenerSpec> m_listeners;
    coap::SecurityMode m_mode = coap::SecurityMode::Psk;
    Options m_options;
    std::unique_ptr<bootstrap::BootstrapServer> m_server;
    std::optional<bootstrap::BootstrapReport> m_report;
    bool m_cancelled = false;
    AsyncEvent m_wake;
};

} // namespace lwc::jobs
