#pragma once

#include "bootstrap/BootstrapPlan.h"
#include "bootstrap/PlanBuilder.h"
#include "common/Clock.h"
#include "devicesim/DemoDevice.h"
#include "jobs/JobRecord.h"
#include "receipt/CommissioningReceipt.h"
#include "receipt/SignedReceipt.h"
#include "security/LocalCaProvider.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>

#include <QCoro/QCoroTask>

#include <chrono>
#include <memory>
#include <optional>

namespace lwc {
class Vault;
}
namespace lwc::inventory {
class Inventory;
}
namespace lwc::security {
class TrustDecisionSink;
}

namespace lwc::ui {

class CommissioningRun;

// What the wizard needs from the application. Everything is optional: with
// no inventory the job is journalled in memory and nothing is stored; with
// no (or a locked) vault secrets are not sealed and the local CA's
// passphrase stays in its file (LocalCaProvider).
struct WizardServices {
    inventory::Inventory* inventory = nullptr;
    Vault* vault = nullptr;
    security::TrustDecisionSink* trustDecisions = nullptr;
    const Clock* clock = nullptr; // default: the system clock
    security::LocalCaProvider::Locations ca = security::LocalCaProvider::defaultLocations();
    security::ScryptParameters caScrypt; // tests lower the cost
    QString receiptDirectory; // default: AppDataLocation/receipts
    std::chrono::milliseconds waitForDevice = std::chrono::minutes(10);
    std::chrono::milliseconds requestTimeout = std::chrono::seconds(10);
};

// The wizard's pages, in order (QWizard page ids).
enum WizardPageId {
    ConnectPageId,
    IdentifyPageId,
    SecurityPageId,
    ReviewPageId,
    ProvisionPageId,
    VerifyPageId,
    ReceiptPageId
};

// Settings the wizard reads (QSettings keys; the settings dialog writes them).
namespace settings {
inline constexpr const char* kPinLength = "security/pinLength"; // digits, 6..32, default 8
inline constexpr const char* kUseDemo = "wizard/useDemoDevice"; // last choice
inline constexpr const char* kListenPort = "wizard/listenPort";
inline constexpr const char* kServerUri = "wizard/serverUri";
inline constexpr const char* kPinExpiryMinutes = "security/pinExpiryMinutes"; // 1..1440, default 10
// Content format for the writes: "auto" (the device's preference), "tlv",
// "senml-json", "senml-cbor" or "lwm2m-cbor" (the plan's names).
inline constexpr const char* kContentFormat = "wizard/contentFormat";
// The content format the settings ask for; nullopt for "auto" or anything unknown.
std::optional<quint16> contentFormatSetting();
} // namespace settings

// The state the wizard's pages build up, page by page, and the actions
// they trigger: demo factory data, the plan (PlanBuilder, one format with
// the CLI), the commissioning run, the signed receipt. Pages read and write
// it; it never shows anything itself.
class CommissioningSession : public QObject {
    Q_OBJECT
public:
    explicit CommissioningSession(WizardServices services, QObject* parent = nullptr);
    ~CommissioningSession() override;

    const WizardServices& services() const { return m_services; }
    const Clock& clock() const { return *m_services.clock; }

    // Connect page
    QString transport = QStringLiteral("network");
    bool useDemo = false;
    QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 listenPort = 0; // 0: any free port (demo)

    // Identify page
    QString profileName = QStringLiteral("default"); // DeviceKeyProfile preset

    // Security page: everything the plan needs (endpoint and secrets included).
    bootstrap::PlanRequest request;
    // X.509 channel: a CA file the technician imported (empty: the local CA).
    QByteArray channelCaFile;

    // The demo device's factory data (created on first use).
    Result<const devicesim::DemoDevice::FactoryData*> demoFactory();
    // A fresh PIN of the configured length into request.pin (S4).
    Status newPin();
    static int pinLength();
    // The PIN grouped for reading aloud and typing ("4829 1375").
    QString pinForDisplay() const;

    // Review page: builds the plan from `request` (issuing X.509 material
    // from the local CA where needed) and validates it.
    QCoro::Task<Status> preparePlan();
    const std::shared_ptr<const bootstrap::BootstrapPlan>& plan() const { return m_plan; }
    const QList<bootstrap::Verdict>& verdicts() const { return m_verdicts; }
    bool planHasErrors() const;
    QByteArray displayJson() const { return m_displayJson; }

    // Provision page: a new run of the job (each try is a new job id).
    Result<CommissioningRun*> newRun();
    CommissioningRun* run() const;
    bool isRunning() const;

    // After the run: verification verdicts from the Verify page's checks.
    QList<VerificationVerdict> extraVerdicts;

    // Receipt page: builds, signs (local CA) and saves the receipt as JSON,
    // HTML and PDF; stores it in the inventory if there is one.
    QCoro::Task<Status> produceReceipt();
    const std::optional<SignedReceipt>& receipt() const { return m_receipt; }
    QStringList receiptFiles() const { return m_receiptFiles; }
    security::LocalCaProvider& caProvider() { return *m_caProvider; }
    QString receiptDirectory() const;

    // Writes the server account's credentials (the generated key included)
    // to `path` for the LwM2M server's operator, 0600. Only on request.
    Status exportServerCredentials(const QString& path) const;
    bool serverCredentialsSealed() const { return m_secretsSealed; }
    // Seals them now (after the vault was unlocked late); true if stored.
    bool sealServerCredentials();
    // A vault is configured but locked (the Receipt page offers to unlock it).
    bool vaultLocked() const;

Q_SIGNALS:
    void runFinished(lwc::jobs::JobState state);

private:
    QCoro::Task<Status> prepareX509();
    bool sealSecrets();
    void onRunFinished(lwc::jobs::JobState state);

    WizardServices m_services;
    std::unique_ptr<security::LocalCaProvider> m_caProvider;
    std::optional<devicesim::DemoDevice::FactoryData> m_demo;
    std::shared_ptr<const bootstrap::BootstrapPlan> m_plan;
    QList<bootstrap::Verdict> m_verdicts;
    QByteArray m_displayJson;
    // X.509 channel: the listener's certificate chain and key; the demo's factory certificate.
    QList<QByteArray> m_listenerChain;
    SecretBytes m_listenerKey;
    QList<QByteArray> m_demoChain;
    SecretBytes m_demoKey;
    QPointer<CommissioningRun> m_run;
    std::optional<SignedReceipt> m_receipt;
    QStringList m_receiptFiles;
    bool m_secretsSealed = false;

    friend class CommissioningRun;
};

} // namespace lwc::ui
