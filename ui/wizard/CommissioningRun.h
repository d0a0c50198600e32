#pragma once

#include "bootstrap/BootstrapServer.h"
#include "devicesim/DemoDevice.h"
#include "jobs/BootstrapJob.h"

#include <QObject>
#include <QPointer>

#include <QCoro/QCoroTask>

#include <memory>
#include <optional>

namespace lwc::inventory {
class Inventory;
class JobRecorder;
} // namespace lwc::inventory
namespace lwc::security {
class EngineClientVerifier;
class EngineCredentialFactory;
} // namespace lwc::security

namespace lwc::ui {

// One try at commissioning a device: a jobs::BootstrapJob (the same job
// code as the CLI) with everything it needs — the journal (the inventory's,
// or one in memory), the credential engine (fleet uniqueness through the
// inventory, S5/S12) — and the demo device, started once the job listens.
//
// A running job is never destroyed under its coroutine: if the wizard goes
// away mid-run, abandon() cancels the job and the run deletes itself once
// the job has recorded how it ended.
class CommissioningRun : public QObject {
    Q_OBJECT
public:
    CommissioningRun(std::shared_ptr<const bootstrap::BootstrapPlan> plan, QString endpoint,
                     std::vector<bootstrap::ListenerSpec> listeners, jobs::BootstrapJob::Options options,
                     inventory::Inventory* inventory, const Clock& clock,
                     std::optional<devicesim::DeviceConfig> demoDevice, QString profile = {},
                     QObject* parent = nullptr);
    ~CommissioningRun() override;

    jobs::BootstrapJob* job() const { return m_job; }
    // Where the job is journalled (the inventory's, or the run's own in memory).
    jobs::JobJournal& journal() const { return *m_journal; }
    const std::shared_ptr<const bootstrap::BootstrapPlan>& plan() const { return m_plan; }
    bool isRunning() const { return m_running; }
    bool hasDemoDevice() const { return m_hasDemo; }
    const std::optional<devicesim::DeviceOutcome>& demoOutcome() const { return m_demoOutcome; }

    // Runs the job to its end (journalled step by step) and stops the demo
    // device if the job did not succeed. Never throws.
    QCoro::Task<jobs::JobState> execute();
    void cancel();
    // The owner is going away: cancel, finish in the background, delete self.
    void abandon();

Q_SIGNALS:
    void demoDeviceStarted(quint16 port);
    void demoDeviceFinished(const lwc::devicesim::DeviceOutcome& outcome);
    void finished(lwc::jobs::JobState state);
    // Recording in the inventory failed (the job goes on); translated text.
    void recordingFailed(const QString& userText);

private:
    std::shared_ptr<const bootstrap::BootstrapPlan> m_plan;
    inventory::Inventory* m_inventory = nullptr;
    QString m_technician;
    std::unique_ptr<jobs::MemoryJobJournal> m_memoryJournal;
    jobs::JobJournal* m_journal = nullptr;
    std::unique_ptr<security::EngineCredentialFactory> m_credentials;
    std::unique_ptr<security::EngineClientVerifier> m_verifier;
    jobs::BootstrapJob* m_job = nullptr;
    std::unique_ptr<inventory::JobRecorder> m_recorder;
    QPointer<devicesim::DemoDevice> m_demo;
    std::optional<devicesim::DeviceOutcome> m_demoOutcome;
    QHostAddress m_listenAddress;
    bool m_hasDemo = false;
    bool m_running = false;
    bool m_abandoned = false;
};

} // namespace lwc::ui
