#pragma once

#include "bootstrap/BootstrapPlan.h"
#include "bootstrap/BootstrapReport.h"
#include "bootstrap/CredentialFactory.h"
#include "bootstrap/PinRegistry.h"
#include "coap/CoapEndpoint.h"
#include "common/Clock.h"

#include <QHostAddress>
#include <QObject>

#include <chrono>
#include <map>
#include <memory>

namespace lwc::lwm2m {
class ObjectRegistry;
}

namespace lwc::bootstrap {

class BootstrapSession;

// Checks a device's certificate chain in X.509 bootstrap (S13, S15, S18):
// chains to one of `trustAnchors` (PEM or DER) at `now`, and the leaf's
// Subject CN equals `endpoint`. The credential engine implements it.
class ClientCertificateVerifier {
public:
    virtual ~ClientCertificateVerifier() = default;
    virtual Status verifyClient(const QList<QByteArray>& chainDer, const QList<QByteArray>& trustAnchors,
                                const QString& endpoint, const QDateTime& now)
        = 0;
};

struct ListenerSpec {
    coap::SecurityMode mode = coap::SecurityMode::Psk;
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;
    // Certificate mode: the bootstrap server's chain (DER, leaf first) and key.
    QList<QByteArray> certificateChain;
    SecretBytes privateKey;
};

// The LwM2M Bootstrap-Server: one CoAP(s) listener per security mode, a
// plan that says what each device gets, and one BootstrapSession per device
// that asks. Slow or misbehaving devices never hold up the others: every
// device runs in its own coroutine on the same event loop.
class BootstrapServer : public QObject {
    Q_OBJECT
public:
    struct Options {
        std::chrono::milliseconds requestTimeout = std::chrono::seconds(10);
        const Clock* clock = &Clock::system();
        CredentialFactory* credentials = nullptr; // default: PSK-only factory
        ClientCertificateVerifier* verifier = nullptr; // needed for X.509 listeners
        const lwm2m::ObjectRegistry* registry = nullptr; // default: builtin objects
    };

    BootstrapServer(std::shared_ptr<const BootstrapPlan> plan, Options options, QObject* parent = nullptr);
    ~BootstrapServer() override;

    // Refuses a plan with error verdicts; registers PINs (S4) and starts
    // every listener.
    Status start(std::vector<ListenerSpec> listeners);
    quint16 port(coap::SecurityMode mode) const;
    // Ends every running bootstrap (recorded as cancelled) and closes the listeners.
    void stop();

    const PinRegistry& pins() const { return m_pins; }
    int activeCount() const { return int(m_active.size()); }

Q_SIGNALS:
    void bootstrapStarted(const QString& endpoint, const QString& peer);
    void stepStarted(const QString& endpoint, const QString& step, const QString& path);
    void stepFinished(const QString& endpoint, const lwc::bootstrap::StepReport& step);
    // Every bootstrap that was answered ends here (success, failed, refused),
    // and so does a device whose handshake failed (verdict refused).
    void bootstrapFinished(const lwc::bootstrap::BootstrapReport& report);

private:
    struct Running;
    coap::Response onRequest(coap::CoapEndpoint* listener, const coap::PeerSession& peer,
                             const coap::IncomingRequest& req);
    std::optional<SecretBytes> lookupPsk(coap::SecurityMode mode, const QByteArray& identity,
                                         const coap::PeerSession& peer);
    void onEstablished(coap::SecurityMode mode, const coap::PeerSession& peer);
    void onClosed(coap::SecurityMode mode, const coap::PeerSession& peer);
    QCoro::Task<> runSession(coap::CoapEndpoint* listener, coap::PeerSession peer, const DevicePlan* plan,
                             QString endpoint, std::optional<quint16> pct);
    void emitRefused(const coap::PeerSession& peer, const QString& endpoint, Error error);

    std::shared_ptr<const BootstrapPlan> m_plan;
    Options m_options;
    std::unique_ptr<CredentialFactory> m_defaultCredentials;
    PinRegistry m_pins;
    std::map<coap::SecurityMode, std::unique_ptr<coap::CoapEndpoint>> m_listeners;
    std::map<quint64, std::unique_ptr<Running>> m_active; // by peer session id
    bool m_stopping = false;
};

} // namespace lwc::bootstrap
