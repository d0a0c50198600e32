#pragma once

#include "coap/CoapMessage.h"
#include "coap/SuitePolicy.h"
#include "common/Result.h"
#include "common/SecretBytes.h"

#include <QHostAddress>
#include <QList>
#include <QObject>

#include <QCoro/QCoroTask>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

struct coap_context_t;
struct coap_session_t;
class QSocketNotifier;
class QTimer;

namespace lwc::coap {

class CoapEndpoint;
struct SessionState;

// Why a session or handshake ended, in terms a technician can act on.
enum class CloseReason {
    None,
    PeerClosed, // DTLS close_notify or the peer went away
    HandshakeFailed, // DTLS alert / error during the handshake
    BadKey, // the peer's Finished did not verify: wrong PSK/PIN
    SuiteRefused, // negotiated suite outside the listener's policy (S4, S7)
    IdentityRefused, // unknown PSK identity or the lookup refused it
    Idle, // libcoap dropped an idle session
    Closed, // we closed it
};
QString closeReasonName(CloseReason reason);

// A handle on one peer session (server side: a device that connected;
// client side: our connection to a server). Cheap to copy; stays valid
// (isOpen() false) after libcoap has freed the session.
class PeerSession {
public:
    PeerSession() = default;

    bool isValid() const { return bool(m_state); }
    bool isOpen() const;
    bool isEstablished() const;
    quint64 id() const;
    QHostAddress peerAddress() const;
    quint16 peerPort() const;
    QString peerString() const; // "127.0.0.1:40123"
    SecurityMode mode() const;
    // PSK identity the peer presented (PSK and PIN modes), UTF-8 bytes.
    QByteArray pskIdentity() const;
    // Negotiated suite, OpenSSL name ("PSK-AES128-CCM8"); empty for NoSec.
    QString cipherSuite() const;
    // X.509 mode: the peer's certificates as DER, leaf first.
    QList<QByteArray> peerCertificates() const;
    CloseReason closeReason() const;
    QString closeDetails() const;

    bool operator==(const PeerSession& other) const { return m_state == other.m_state; }

private:
    friend class CoapEndpoint;
    friend struct CoapCallbacks;
    explicit PeerSession(std::shared_ptr<SessionState> state) : m_state(std::move(state)) { }
    std::shared_ptr<SessionState> m_state;
};

// Looks up the key for a PSK identity during the handshake. Return nullopt
// to refuse the identity (the peer gets an alert at once).
using PskLookup = std::function<std::optional<SecretBytes>(const QByteArray& identity, const PeerSession& peer)>;

struct ListenConfig {
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; // 0: an ephemeral port, see CoapEndpoint::port()
    SecurityMode mode = SecurityMode::Psk;
    std::optional<SuitePolicy> suites; // default SuitePolicy::forMode(mode)
    PskLookup pskLookup; // Psk and Pin modes
    // Certificate mode: our certificate chain (DER, leaf first) and key
    // (PKCS#8 or SEC1 DER). The peer must present a certificate; checking
    // it (chain, CN == endpoint) is the caller's job after the handshake.
    QList<QByteArray> certificateChain;
    SecretBytes privateKey;
    int maxHandshakes = 2000;
};

struct ConnectConfig {
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;
    SecurityMode mode = SecurityMode::Psk;
    QByteArray pskIdentity;
    SecretBytes psk; // Psk: the key; Pin: the PIN's UTF-8 bytes
    QList<QByteArray> certificateChain; // Certificate mode: DER, leaf first
    SecretBytes privateKey; // Certificate mode: PKCS#8/SEC1 DER
    QByteArray cipherList; // offered suites; default from the mode's policy
};

// Handles a request from a peer synchronously (piggybacked response).
using RequestHandler = std::function<Response(const PeerSession& peer, const IncomingRequest& request)>;

// One libcoap context in the Qt event loop: at most one listener (libcoap
// keeps PSK/PKI setup per context, so the suite policy is per endpoint) and
// any number of client sessions. Requests to peers are awaitable.
//
// Event loop (PLATFORM.md): one QSocketNotifier on coap_context_get_coap_fd()
// (an epoll fd that also carries libcoap's timerfd, so retransmits and
// handshake timers wake it); the slot runs coap_io_process(NO_WAIT) while the
// fd stays readable; after libcoap calls made outside that slot the timer is
// re-armed with coap_io_prepare_epoll().
class CoapEndpoint : public QObject {
    Q_OBJECT
public:
    explicit CoapEndpoint(QObject* parent = nullptr);
    ~CoapEndpoint() override;

    // Starts the listener. Fails if one exists already or the port is taken.
    Status listen(ListenConfig config);
    quint16 port() const { return m_port; }
    SecurityMode mode() const { return m_mode; }
    const SuitePolicy& suitePolicy() const { return m_policy; }

    // Starts a client session (handshake runs in the background; requests
    // sent before it completes are queued by libcoap).
    Result<PeerSession> connect(ConnectConfig config);

    void setRequestHandler(RequestHandler handler) { m_handler = std::move(handler); }

    // Sends a confirmable request on `peer` and waits for the response, the
    // timeout, a NACK or the session's end. Payloads larger than one PDU use
    // block-wise transfer (RFC 7959); large responses are reassembled.
    QCoro::Task<Result<Response>> request(PeerSession peer, Request request,
                                          std::chrono::milliseconds timeout = std::chrono::seconds(10));

    // Keeps a server session alive while the caller works with it (libcoap
    // frees idle server sessions otherwise). Released by release() or when
    // the session closes.
    void hold(const PeerSession& peer);
    void release(const PeerSession& peer);
    // Fails pending requests with `reason` and closes the session.
    void close(const PeerSession& peer, CloseReason reason = CloseReason::Closed, const QString& details = {});

    int openSessionCount() const;
    int pendingRequestCount() const;
    // For tests and diagnostics: open server sessions.
    QList<PeerSession> sessions() const;

Q_SIGNALS:
    // Server side: a DTLS handshake completed (suite allowed) or, for NoSec, the first datagram arrived.
    void sessionEstablished(const lwc::coap::PeerSession& peer);
    // A session ended; closeReason() says why (for PIN accounting and reports).
    void sessionClosed(const lwc::coap::PeerSession& peer);

private:
    friend struct CoapCallbacks;

    void onActivated();
    void rearm();
    void deferred(std::function<void()> fn);
    std::shared_ptr<SessionState> stateFor(coap_session_t* session, bool create);
    void markClosed(const std::shared_ptr<SessionState>& state, CloseReason reason, const QString& details);
    void finishClose(const std::shared_ptr<SessionState>& state);
    void failPending(const std::shared_ptr<SessionState>& state, const Error& error);

    struct Private;
    std::unique_ptr<Private> d;
    coap_context_t* m_ctx = nullptr;
    QSocketNotifier* m_notifier = nullptr;
    QTimer* m_pollTimer = nullptr;
    RequestHandler m_handler;
    SuitePolicy m_policy;
    SecurityMode m_mode = SecurityMode::NoSec;
    quint16 m_port = 0;
    bool m_listening = false;
};

} // namespace lwc::coap

Q_DECLARE_METATYPE(lwc::coap::PeerSession)
