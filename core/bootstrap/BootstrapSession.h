#pragma once

#include "bootstrap/BootstrapPlan.h"
#include "bootstrap/BootstrapReport.h"
#include "bootstrap/CredentialFactory.h"
#include "coap/CoapEndpoint.h"
#include "common/Clock.h"

#include <QObject>
#include <QPointer>

#include <QCoro/QCoroTask>

#include <chrono>
#include <map>
#include <optional>

namespace lwc::lwm2m {
class ObjectRegistry;
}

namespace lwc::bootstrap {

// What Bootstrap-Discover told us about the device.
struct DiscoverInfo {
    QString lwm2mVersion; // "1.1", empty if the device did not say
    struct Instance {
        quint16 id = 0;
        std::optional<int> ssid;
        QString uri;
    };
    std::map<quint16, Instance> security; // /0/x
    std::map<quint16, Instance> server; // /1/x
    std::optional<quint16> bootstrapInstance; // the /0/x without ssid
    QStringList objects; // every link target, for the report
};
// Parses a Bootstrap-Discover answer (CoRE link format).
Result<DiscoverInfo> parseDiscover(QByteArrayView payload);

// One client-initiated bootstrap, after the device's POST /bs was answered:
// Bootstrap-Discover, Delete, Write /0 and /1, optional Bootstrap-Read,
// Discover again to verify, Bootstrap-Finish. Every step is reported with
// its timing; a failure names the step and a cause a technician can act on.
class BootstrapSession : public QObject {
    Q_OBJECT
public:
    struct Options {
        std::chrono::milliseconds requestTimeout = std::chrono::seconds(10);
        const Clock* clock = &Clock::system();
    };

    BootstrapSession(coap::CoapEndpoint& endpoint, coap::PeerSession peer, const DevicePlan& plan, QString endpointName,
                     std::optional<quint16> preferredFormat, CredentialFactory& credentials,
                     const lwm2m::ObjectRegistry& registry, Options options, QObject* parent = nullptr);
    ~BootstrapSession() override;

    // Runs the sequence to its end; never throws. The report is complete
    // whatever happens (cancel, timeout, device gone).
    QCoro::Task<BootstrapReport> run();
    // Stops at the next step boundary and closes the device's session; the
    // report ends "failed" with code bootstrap.cancelled.
    void cancel();

    const BootstrapReport& report() const { return m_report; }

Q_SIGNALS:
    void stepStarted(const QString& name, const QString& path);
    void stepFinished(const lwc::bootstrap::StepReport& step);

private:
    struct Account;
    QCoro::Task<Result<coap::Response>> send(QString step, coap::Request request, StepReport* out);
    QCoro::Task<Status> bootstrapDiscover();
    QCoro::Task<Status> verifyByDiscover();
    QCoro::Task<Status> discover(bool verification);
    QCoro::Task<Status> writeAccounts();
    void assignInstanceIds();
    QCoro::Task<Status> deletePaths();
    QCoro::Task<Status> writeAccount(Account& account);
    QCoro::Task<Status> bootstrapRead();
    QCoro::Task<Status> finish();
    Status prepare();
    void checkForSecrets(const QList<QByteArray>& payloads, quint16 format, const QString& path);
    quint16 formatFor(bool carriesKeys) const;
    void fail(const QString& step, Error error);
    void addStep(StepReport step);
    // addStep() with the error's text and code as the step's message.
    void addFailedStep(StepReport step, const Error& error);

    coap::CoapEndpoint& m_endpoint;
    coap::PeerSession m_peer;
    const DevicePlan& m_plan;
    CredentialFactory& m_credentials;
    const lwm2m::ObjectRegistry& m_registry;
    Options m_options;
    std::optional<quint16> m_preferredFormat;
    BootstrapReport m_report;
    std::vector<std::unique_ptr<Account>> m_accounts;
    std::optional<DiscoverInfo> m_discovered;
    bool m_cancelled = false;
    bool m_failed = false;
};

} // namespace lwc::bootstrap
