#include "BootstrapServer.h"

#include "BootstrapSession.h"

#include "common/Log.h"
#include "lwm2m/ObjectRegistry.h"

#include <QCoreApplication>
#include <QTimer>

namespace lwc::bootstrap {

struct BootstrapServer::Running {
    coap::CoapEndpoint* listener = nullptr;
    coap::PeerSession peer;
    QString endpoint;
    BootstrapSession* session = nullptr;
};

BootstrapServer::BootstrapServer(std::shared_ptr<const BootstrapPlan> plan, Options options, QObject* parent)
    : QObject(parent), m_plan(std::move(plan)), m_options(options), m_pins(*options.clock)
{
    if (!m_options.credentials) {
        m_defaultCredentials = std::make_unique<PskCredentialFactory>();
        m_options.credentials = m_defaultCredentials.get();
    }
    if (!m_options.registry)
        m_options.registry = &lwm2m::ObjectRegistry::builtin();
}

BootstrapServer::~BootstrapServer()
{
    stop();
}

Status BootstrapServer::start(std::vector<ListenerSpec> listeners)
{
    LWC_CHECK(m_plan->check());
    if (listeners.empty())
        return makeError(QStringLiteral("bootstrap.noListener"), tr("No listener address was given."));

    for (const DevicePlan& d : m_plan->devices) {
        if (d.channel.mode != coap::SecurityMode::Pin)
            continue;
        // S4: single use, short-lived, few attempts.
        LWC_CHECK(m_pins.add(d.channel.pskIdentity, d.channel.pin.clone(),
                             std::chrono::minutes(d.channel.pinExpiryMinutes), d.channel.pinMaxFailures));
    }

    for (ListenerSpec& spec : listeners) {
        if (m_listeners.count(spec.mode))
            return makeError(
                QStringLiteral("bootstrap.duplicateListener"),
                tr("Two listeners for the same security mode (%1).").arg(coap::securityModeName(spec.mode)));
        if (spec.mode == coap::SecurityMode::Certificate && !m_options.verifier)
            return makeError(QStringLiteral("bootstrap.noVerifier"),
                             tr("X.509 bootstrap needs the certificate verifier."), {}, Rule::S13);
        auto ep = std::make_unique<coap::CoapEndpoint>(this);
        coap::CoapEndpoint* raw = ep.get();
        coap::ListenConfig c;
        c.address = spec.address;
        c.port = spec.port;
        c.mode = spec.mode;
        const coap::SecurityMode mode = spec.mode;
        c.pskLookup = [this, mode](const QByteArray& identity, const coap::PeerSession& peer) {
            return lookupPsk(mode, identity, peer);
        };
        c.certificateChain = spec.certificateChain;
        c.privateKey = std::move(spec.privateKey);
        LWC_CHECK(raw->listen(std::move(c)));
        raw->setRequestHandler([this, raw](const coap::PeerSession& peer, const coap::IncomingRequest& req) {
            return onRequest(raw, peer, req);
        });
        connect(raw, &coap::CoapEndpoint::sessionEstablished, this,
                [this, mode](const coap::PeerSession& peer) { onEstablished(mode, peer); });
        connect(raw, &coap::CoapEndpoint::sessionClosed, this,
                [this, mode](const coap::PeerSession& peer) { onClosed(mode, peer); });
        m_listeners[spec.mode] = std::move(ep);
        qCInfo(lcBootstrap).noquote() << "bootstrap server listening," << coap::securityModeName(spec.mode) << "on"
                                      << spec.address.toString() << "port" << raw->port();
    }
    return {};
}

quint16 BootstrapServer::port(coap::SecurityMode mode) const
{
    auto it = m_listeners.find(mode);
    return it == m_listeners.end() ? 0 : it->second->port();
}

void BootstrapServer::stop()
{
    m_stopping = true;
    for (auto& [id, r] : m_active)
        if (r->session)
            r->session->cancel();
}

std::optional<SecretBytes> BootstrapServer::lookupPsk(coap::SecurityMode mode, const QByteArray& identity,
                                                      const coap::PeerSession& peer)
{
    if (m_stopping)
        return std::nullopt;
    if (mode == coap::SecurityMode::Pin)
        return m_pins.beginHandshake(identity, peer.id());
    for (const DevicePlan& d : m_plan->devices)
        if (d.channel.mode == coap::SecurityMode::Psk && d.channel.pskIdentity == identity)
            return d.channel.psk.clone();
    return std::nullopt;
}

void BootstrapServer::onEstablished(coap::SecurityMode mode, const coap::PeerSession& peer)
{
    if (mode == coap::SecurityMode::Pin)
        m_pins.handshakeSucceeded(peer.pskIdentity(), peer.id());
}

void BootstrapServer::onClosed(coap::SecurityMode mode, const coap::PeerSession& peer)
{
    const coap::CloseReason reason = peer.closeReason();
    const bool handshakeFailure = reason == coap::CloseReason::BadKey || reason == coap::CloseReason::HandshakeFailed
        || reason == coap::CloseReason::IdentityRefused || reason == coap::CloseReason::SuiteRefused;
    if (mode == coap::SecurityMode::Pin) {
        if (reason == coap::CloseReason::BadKey || reason == coap::CloseReason::HandshakeFailed)
            m_pins.handshakeFailed(peer.pskIdentity(), peer.id());
        else if (!handshakeFailure)
            m_pins.consume(peer.pskIdentity()); // the session that used the PIN is over
    }
    if (!handshakeFailure || m_active.count(peer.id()))
        return;
    // Tell the technician which device failed and why, although it never
    // reached POST /bs.
    QString endpoint;
    for (const DevicePlan& d : m_plan->devices)
        if (!peer.pskIdentity().isEmpty() && d.channel.pskIdentity == peer.pskIdentity())
            endpoint = d.displayName();
    Error error;
    switch (reason) {
    case coap::CloseReason::BadKey:
        error = makeError(QStringLiteral("dtls.badKey"),
                          mode == coap::SecurityMode::Pin ? tr("The device used a wrong PIN.")
                                                          : tr("The device's PSK does not match the plan."),
                          peer.closeDetails(), mode == coap::SecurityMode::Pin ? Rule::S4 : Rule::S3);
        break;
    case coap::CloseReason::IdentityRefused:
        error = makeError(
            QStringLiteral("dtls.identityRefused"),
            mode == coap::SecurityMode::Pin
                ? tr("The PIN for this identity is not usable (%1).").arg(m_pins.refusalReason(peer.pskIdentity()))
                : tr("The device's PSK identity is not in the plan."),
            QString::fromUtf8(peer.pskIdentity()), mode == coap::SecurityMode::Pin ? Rule::S4 : Rule::S8);
        break;
    case coap::CloseReason::SuiteRefused:
        error = makeError(QStringLiteral("dtls.suiteRefused"),
                          tr("The device negotiated a cipher suite this listener refuses."), peer.closeDetails(),
                          mode == coap::SecurityMode::Pin ? Rule::S4 : Rule::S7);
        break;
    default:
        error = makeError(QStringLiteral("dtls.handshakeFailed"), tr("The DTLS handshake with the device failed."),
                          peer.closeDetails());
        break;
    }
    emitRefused(peer, endpoint, std::move(error));
}

void BootstrapServer::emitRefused(const coap::PeerSession& peer, const QString& endpoint, Error error)
{
    BootstrapReport r;
    r.endpoint = endpoint;
    r.channelMode = coap::securityModeName(peer.mode());
    r.peer = peer.peerString();
    r.pskIdentity = QString::fromUtf8(peer.pskIdentity());
    r.cipherSuite = peer.cipherSuite();
    if (!r.cipherSuite.isEmpty())
        r.cipherSuiteIana = coap::ianaSuiteName(r.cipherSuite);
    r.startedAt = r.finishedAt = m_options.clock->now();
    r.verdict = BootstrapReport::Verdict::Refused;
    r.insecure = peer.mode() == coap::SecurityMode::NoSec;
    r.failedStep = QStringLiteral("admission");
    qCWarning(lcBootstrap).noquote() << "refused" << (endpoint.isEmpty() ? r.peer : endpoint) << ":"
                                     << error.toString();
    r.error = std::move(error);
    Q_EMIT bootstrapFinished(r);
}

coap::Response BootstrapServer::onRequest(coap::CoapEndpoint* listener, const coap::PeerSession& peer,
                                          const coap::IncomingRequest& req)
{
    using coap::Response;
    // LwM2M 1.2 Bootstrap-Pack-Request: not served; answer at once so the
    // client falls back to POST /bs instead of waiting for a timeout.
    if (req.path == QLatin1String("/bspack"))
        return Response {coap::code::NotFound, {}, {}};
    if (req.path != QLatin1String("/bs"))
        return Response {coap::code::NotFound, {}, {}};
    if (req.method != coap::Method::Post)
        return Response {coap::code::MethodNotAllowed, {}, {}};
    if (m_stopping)
        return Response {coap::code::ServiceUnavailable, {}, {}};

    const QString endpoint = req.queryValue(u"ep").value_or(QString());
    if (endpoint.isEmpty()) {
        emitRefused(peer, {},
                    makeError(QStringLiteral("bootstrap.noEndpoint"), tr("The device sent POST /bs without ep=.")));
        return Response {coap::code::BadRequest, {}, {}};
    }
    // A second POST /bs (new message id) while one runs: same answer, no new sequence.
    if (m_active.count(peer.id()))
        return Response {coap::code::Changed, {}, {}};

    std::optional<quint16> pct;
    if (auto p = req.queryValue(u"pct")) {
        bool ok = false;
        const uint n = p->toUInt(&ok);
        if (ok && n <= 0xffff)
            pct = quint16(n);
    }

    const DevicePlan* plan = m_plan->match(endpoint);
    if (!plan) {
        emitRefused(peer, endpoint,
                    makeError(QStringLiteral("bootstrap.unknownEndpoint"),
                              tr("No plan entry for endpoint \"%1\".").arg(endpoint)));
        return Response {coap::code::NotFound, {}, {}};
    }
    if (plan->channel.mode != peer.mode()) {
        emitRefused(peer, endpoint,
                    makeError(QStringLiteral("bootstrap.wrongChannel"),
                              tr("The device connected with %1 but its plan requires %2.")
                                  .arg(coap::securityModeName(peer.mode()), coap::securityModeName(plan->channel.mode)),
                              {}, peer.mode() == coap::SecurityMode::NoSec ? Rule::S2 : Rule::None));
        return Response {coap::code::Forbidden, {}, {}};
    }
    if ((peer.mode() == coap::SecurityMode::Psk || peer.mode() == coap::SecurityMode::Pin)
        && peer.pskIdentity() != plan->channel.pskIdentity) {
        emitRefused(peer, endpoint,
                    makeError(QStringLiteral("bootstrap.identityMismatch"),
                              tr("The PSK identity the device used belongs to another plan entry."),
                              QString::fromUtf8(peer.pskIdentity()), Rule::S8));
        return Response {coap::code::Forbidden, {}, {}};
    }
    if (peer.mode() == coap::SecurityMode::Certificate) {
        // S13/S18: chain to the plan's CA and CN == ep, else 4.03.
        const Status s = m_options.verifier->verifyClient(peer.peerCertificates(), plan->channel.caCertificates,
                                                          endpoint, m_options.clock->now());
        if (!s.ok()) {
            emitRefused(peer, endpoint, s.error());
            return Response {coap::code::Forbidden, {}, {}};
        }
    }

    auto running = std::make_unique<Running>();
    running->listener = listener;
    running->peer = peer;
    running->endpoint = endpoint;
    m_active[peer.id()] = std::move(running);
    listener->hold(peer);
    // Start on the next loop turn: the 2.04 must leave first.
    QTimer::singleShot(
        0, this, [this, listener, peer, plan, endpoint, pct] { runSession(listener, peer, plan, endpoint, pct); });
    return Response {coap::code::Changed, {}, {}};
}

QCoro::Task<> BootstrapServer::runSession(coap::CoapEndpoint* listener, coap::PeerSession peer, const DevicePlan* plan,
                                          QString endpoint, std::optional<quint16> pct)
{
    // Detached coroutine: nothing may escape it.
    try {
        auto it = m_active.find(peer.id());
        if (it == m_active.end())
            co_return;
        BootstrapSession::Options o;
        o.requestTimeout = m_options.requestTimeout;
        o.clock = m_options.clock;
        auto* session = new BootstrapSession(*listener, peer, *plan, endpoint, pct, *m_options.credentials,
                                             *m_options.registry, o, this);
        it->second->session = session;
        connect(
            session, &BootstrapSession::stepStarted, this,
            [this, endpoint](const QString& name, const QString& path) { Q_EMIT stepStarted(endpoint, name, path); });
        connect(session, &BootstrapSession::stepFinished, this,
                [this, endpoint](const StepReport& s) { Q_EMIT stepFinished(endpoint, s); });
        Q_EMIT bootstrapStarted(endpoint, peer.peerString());
        QPointer<BootstrapServer> self(this);
        BootstrapReport report = co_await session->run();
        if (!self)
            co_return;
        if (peer.mode() == coap::SecurityMode::Pin)
            m_pins.consume(peer.pskIdentity()); // S4: single use, success or not
        listener->release(peer);
        m_active.erase(peer.id());
        session->deleteLater();
        Q_EMIT bootstrapFinished(report);
    } catch (const std::exception& e) {
        qCCritical(lcBootstrap) << "bootstrap session aborted:" << e.what();
        m_active.erase(peer.id());
    }
}

} // namespace lwc::bootstrap
