#include "CoapEndpoint.h"

#include "common/Log.h"
#include "common/OpenSslError.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSocketNotifier>
#include <QTimer>

#include <coap3/coap.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <dirent.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <coroutine>
#include <deque>
#include <map>
#include <mutex>

// Exported by libcoap 4.3.1 but not declared in its public headers.
extern "C" unsigned int coap_io_prepare_epoll(coap_context_t* ctx, coap_tick_t now);

namespace lwc::coap {

// ---------------------------------------------------------------------------
// Per-session state shared with PeerSession handles.

struct SessionState {
    CoapEndpoint* owner = nullptr;
    coap_session_t* session = nullptr; // null once libcoap has freed it
    quint64 id = 0;
    bool isServer = true;
    bool established = false;
    bool closed = false;
    bool held = false;
    SecurityMode mode = SecurityMode::NoSec;
    QHostAddress address;
    quint16 port = 0;
    QByteArray identity;
    QString suite;
    QList<QByteArray> certificates;
    CloseReason reason = CloseReason::None;
    QString details;
    // Recently answered requests by message id: a retransmitted request is
    // answered again without running the handler twice.
    std::deque<std::pair<quint16, Response>> recent;
    // Handshake probe (msg callback): did the peer's Finished verify?
    bool sawPeerCcs = false;
    int encryptedHandshakeAfterCcs = 0;
    bool peerFinishedOk = false;
    SSL* ssl = nullptr;
};

QString closeReasonName(CloseReason reason)
{
    switch (reason) {
    case CloseReason::None:
        return QStringLiteral("none");
    case CloseReason::PeerClosed:
        return QStringLiteral("peer-closed");
    case CloseReason::HandshakeFailed:
        return QStringLiteral("handshake-failed");
    case CloseReason::BadKey:
        return QStringLiteral("bad-key");
    case CloseReason::SuiteRefused:
        return QStringLiteral("suite-refused");
    case CloseReason::IdentityRefused:
        return QStringLiteral("identity-refused");
    case CloseReason::Idle:
        return QStringLiteral("idle");
    case CloseReason::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

bool PeerSession::isOpen() const
{
    return m_state && !m_state->closed;
}
bool PeerSession::isEstablished() const
{
    return m_state && m_state->established && !m_state->closed;
}
quint64 PeerSession::id() const
{
    return m_state ? m_state->id : 0;
}
QHostAddress PeerSession::peerAddress() const
{
    return m_state ? m_state->address : QHostAddress();
}
quint16 PeerSession::peerPort() const
{
    return m_state ? m_state->port : 0;
}
QString PeerSession::peerString() const
{
    if (!m_state)
        return {};
    const QString host = m_state->address.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]").arg(m_state->address.toString())
        : m_state->address.toString();
    return host + QLatin1Char(':') + QString::number(m_state->port);
}
SecurityMode PeerSession::mode() const
{
    return m_state ? m_state->mode : SecurityMode::NoSec;
}
QByteArray PeerSession::pskIdentity() const
{
    return m_state ? m_state->identity : QByteArray();
}
QString PeerSession::cipherSuite() const
{
    return m_state ? m_state->suite : QString();
}
QList<QByteArray> PeerSession::peerCertificates() const
{
    return m_state ? m_state->certificates : QList<QByteArray>();
}
CloseReason PeerSession::closeReason() const
{
    return m_state ? m_state->reason : CloseReason::None;
}
QString PeerSession::closeDetails() const
{
    return m_state ? m_state->details : QString();
}

// ---------------------------------------------------------------------------
// Pending requests and their awaiter.

namespace {

struct PendingRequest {
    std::weak_ptr<SessionState> session;
    QByteArray token;
    coap_mid_t mid = COAP_INVALID_MID;
    std::optional<Result<Response>> result;
    std::coroutine_handle<> waiter;
    QTimer* timer = nullptr;
    QString what; // "PUT /0/1" for errors and logs
};

struct ResponseAwaiter {
    std::shared_ptr<PendingRequest> pending;
    bool await_ready() const noexcept { return pending->result.has_value(); }
    void await_suspend(std::coroutine_handle<> h) noexcept { pending->waiter = h; }
    Result<Response> await_resume() { return std::move(*pending->result); }
    ResponseAwaiter(std::shared_ptr<PendingRequest> p) : pending(std::move(p)) { }
    ResponseAwaiter(ResponseAwaiter&&) = default;
    ~ResponseAwaiter()
    {
        // The awaiting coroutine was destroyed (cancelled): never resume it.
        if (pending && !pending->result)
            pending->waiter = nullptr;
    }
};

int g_probeIndex = -1;

QHostAddress toQHostAddress(const coap_address_t* a, quint16* port)
{
    QHostAddress host;
    host.setAddress(&a->addr.sa);
    *port = coap_address_get_port(a);
    return host;
}

bool toCoapAddress(const QHostAddress& host, quint16 port, coap_address_t* out)
{
    coap_address_init(out);
    if (host.protocol() == QAbstractSocket::IPv4Protocol) {
        out->addr.sin.sin_family = AF_INET;
        out->addr.sin.sin_addr.s_addr = htonl(host.toIPv4Address());
        out->addr.sin.sin_port = htons(port);
        out->size = sizeof(out->addr.sin);
        return true;
    }
    if (host.protocol() == QAbstractSocket::IPv6Protocol) {
        out->addr.sin6.sin6_family = AF_INET6;
        const Q_IPV6ADDR v6 = host.toIPv6Address();
        memcpy(&out->addr.sin6.sin6_addr, v6.c, 16);
        out->addr.sin6.sin6_port = htons(port);
        out->size = sizeof(out->addr.sin6);
        return true;
    }
    return false;
}

// A burst of devices (a site powering up) sends hundreds of ClientHellos
// at once; the default UDP receive buffer (~200 KB, about 270 small
// datagrams with kernel overhead) drops the rest and each dropped device
// waits out DTLS retransmission back-off (1, 2, 4, 8 s). libcoap 4.3.1 does
// not expose the listening socket, so find it by its bound port.
void enlargeReceiveBuffer(quint16 port)
{
    DIR* dir = opendir("/proc/self/fd");
    if (!dir)
        return;
    const int wanted = 8 * 1024 * 1024;
    while (dirent* e = readdir(dir)) {
        const int fd = atoi(e->d_name);
        if (fd <= 2)
            continue;
        int type = 0;
        socklen_t len = sizeof type;
        if (getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &len) != 0 || type != SOCK_DGRAM)
            continue;
        sockaddr_storage addr {};
        socklen_t alen = sizeof addr;
        if (getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &alen) != 0)
            continue;
        quint16 bound = 0;
        if (addr.ss_family == AF_INET)
            bound = ntohs(reinterpret_cast<sockaddr_in*>(&addr)->sin_port);
        else if (addr.ss_family == AF_INET6)
            bound = ntohs(reinterpret_cast<sockaddr_in6*>(&addr)->sin6_port);
        if (bound != port)
            continue;
        // SO_RCVBUFFORCE passes net.core.rmem_max when privileged; else the
        // kernel caps SO_RCVBUF at rmem_max.
        if (setsockopt(fd, SOL_SOCKET, SO_RCVBUFFORCE, &wanted, sizeof wanted) != 0)
            setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &wanted, sizeof wanted);
        int got = 0;
        len = sizeof got;
        getsockopt(fd, SOL_SOCKET, SO_RCVBUF, &got, &len);
        qCDebug(lcCoap) << "receive buffer of port" << port << "is" << got << "bytes";
    }
    closedir(dir);
}

void libcoapLog(coap_log_t level, const char* message)
{
    QString text = QString::fromLocal8Bit(message).trimmed();
    if (level <= LOG_ERR)
        qCWarning(lcCoap).noquote() << "libcoap:" << text;
    else if (level <= LOG_NOTICE)
        qCInfo(lcCoap).noquote() << "libcoap:" << text;
    else
        qCDebug(lcCoap).noquote() << "libcoap:" << text;
}

void ensureLibcoap()
{
    static std::once_flag once;
    std::call_once(once, [] {
        coap_startup();
        coap_set_log_handler(&libcoapLog);
        // libcoap's debug output includes key material in hex at LOG_DEBUG;
        // never go below LOG_INFO here (S26). Warnings are enough by default.
        coap_set_log_level(lcCoap().isDebugEnabled() ? LOG_INFO : LOG_WARNING);
        coap_dtls_set_log_level(LOG_WARNING);
        g_probeIndex = SSL_get_ex_new_index(0, nullptr, nullptr, nullptr, nullptr);
    });
}

std::optional<quint16> uintOption(const coap_pdu_t* pdu, coap_option_num_t number)
{
    coap_opt_iterator_t it;
    if (coap_opt_t* opt = coap_check_option(pdu, number, &it))
        return quint16(coap_decode_var_bytes(coap_opt_value(opt), coap_opt_length(opt)));
    return std::nullopt;
}

QByteArray bodyOf(const coap_pdu_t* pdu)
{
    size_t len = 0, offset = 0, total = 0;
    const uint8_t* data = nullptr;
    if (coap_get_data_large(pdu, &len, &data, &offset, &total) && data)
        return QByteArray(reinterpret_cast<const char*>(data), qsizetype(len));
    return {};
}

// Owned copy of an outgoing body until libcoap has sent every block.
void releaseBody(coap_session_t*, void* app)
{
    auto* body = static_cast<QByteArray*>(app);
    wipeByteArray(*body);
    delete body;
}

} // namespace

// ---------------------------------------------------------------------------

struct CoapEndpoint::Private {
    std::map<coap_session_t*, std::shared_ptr<SessionState>> sessions;
    std::vector<std::shared_ptr<SessionState>> clientSessions;
    std::vector<std::shared_ptr<PendingRequest>> pending;
    PskLookup pskLookup;
    // Key handed to libcoap from the identity callback; libcoap copies it,
    // we wipe ours after the I/O round (S26).
    SecretBytes lastKey;
    coap_bin_const_t lastKeyBin {0, nullptr};
    SecretBytes defaultKey;
    QList<QByteArray> chain;
    SecretBytes privateKey;
    quint64 nextId = 1;
    bool inIo = false;
    bool rearmPending = false;
};

struct CoapCallbacks {
    static CoapEndpoint* endpointOf(coap_session_t* s)
    {
        return static_cast<CoapEndpoint*>(coap_get_app_data(coap_session_get_context(s)));
    }

    static void fillTlsDetails(SessionState& st)
    {
        if (!st.session)
            return;
        coap_tls_library_t type;
        auto* ssl = static_cast<SSL*>(coap_session_get_tls(st.session, &type));
        if (!ssl || type != COAP_TLS_LIBRARY_OPENSSL)
            return;
        if (const SSL_CIPHER* c = SSL_get_current_cipher(ssl))
            st.suite = QString::fromLatin1(SSL_CIPHER_get_name(c));
        if (const coap_bin_const_t* id = coap_session_get_psk_identity(st.session); id && id->length)
            st.identity = QByteArray(reinterpret_cast<const char*>(id->s), qsizetype(id->length));
        st.certificates.clear();
        if (X509* leaf = SSL_get1_peer_certificate(ssl)) {
            unsigned char* der = nullptr;
            const int n = i2d_X509(leaf, &der);
            if (n > 0)
                st.certificates << QByteArray(reinterpret_cast<const char*>(der), n);
            OPENSSL_free(der);
            STACK_OF(X509)* chain = SSL_get_peer_cert_chain(ssl);
            for (int i = 0; chain && i < sk_X509_num(chain); ++i) {
                X509* c = sk_X509_value(chain, i);
                if (X509_cmp(c, leaf) == 0)
                    continue; // clients' chains repeat the leaf
                der = nullptr;
                const int m = i2d_X509(c, &der);
                if (m > 0)
                    st.certificates << QByteArray(reinterpret_cast<const char*>(der), m);
                OPENSSL_free(der);
            }
            X509_free(leaf);
        }
    }

    // Unhooks the handshake probe from the session's SSL, if that SSL still
    // exists (libcoap frees it on disconnect, before the session itself).
    static void detachProbe(SessionState& st)
    {
        if (st.ssl && st.session) {
            coap_tls_library_t type;
            if (coap_session_get_tls(st.session, &type) == st.ssl)
                SSL_set_ex_data(st.ssl, g_probeIndex, nullptr);
        }
        st.ssl = nullptr;
    }

    static int onEvent(coap_session_t* s, const coap_event_t event)
    {
        CoapEndpoint* ep = endpointOf(s);
        if (!ep)
            return 0;
        switch (event) {
        case COAP_EVENT_SERVER_SESSION_NEW: {
            auto st = ep->stateFor(s, true);
            if (ep->m_mode == SecurityMode::NoSec) {
                st->established = true;
                ep->deferred([ep, st] { Q_EMIT ep->sessionEstablished(PeerSession(st)); });
            }
            break;
        }
        case COAP_EVENT_DTLS_CONNECTED: {
            auto st = ep->stateFor(s, true);
            fillTlsDetails(*st);
            if (st->isServer) {
                // Drop a session whose suite or credentials do not fit the
                // listener (S4 for PIN listeners, S7 for PSK).
                const bool needsIdentity = ep->m_mode == SecurityMode::Psk || ep->m_mode == SecurityMode::Pin;
                if (!ep->m_policy.allows(st->suite)) {
                    ep->markClosed(st, CloseReason::SuiteRefused,
                                   QStringLiteral("negotiated %1, listener allows %2")
                                       .arg(st->suite, ep->m_policy.allowed.join(QLatin1Char(','))));
                    break;
                }
                if (needsIdentity && st->identity.isEmpty()) {
                    ep->markClosed(st, CloseReason::IdentityRefused,
                                   QStringLiteral("no PSK identity on a PSK listener"));
                    break;
                }
                if (ep->m_mode == SecurityMode::Certificate && st->certificates.isEmpty()) {
                    ep->markClosed(st, CloseReason::HandshakeFailed, QStringLiteral("no client certificate"));
                    break;
                }
            }
            st->established = true;
            qCDebug(lcCoap).noquote() << "DTLS established with" << PeerSession(st).peerString() << "suite"
                                      << st->suite;
            ep->deferred([ep, st] {
                if (!st->closed)
                    Q_EMIT ep->sessionEstablished(PeerSession(st));
            });
            break;
        }
        case COAP_EVENT_DTLS_CLOSED:
        case COAP_EVENT_DTLS_ERROR: {
            auto st = ep->stateFor(s, false);
            if (!st)
                break;
            CloseReason reason = CloseReason::PeerClosed;
            QString details
                = event == COAP_EVENT_DTLS_ERROR ? QStringLiteral("DTLS error") : QStringLiteral("DTLS closed");
            if (!st->established) {
                reason = st->reason == CloseReason::IdentityRefused ? CloseReason::IdentityRefused
                                                                    : CloseReason::HandshakeFailed;
                if (st->encryptedHandshakeAfterCcs > 0 && !st->peerFinishedOk)
                    reason = CloseReason::BadKey;
                const QString ssl = drainOpenSslErrors();
                if (!ssl.isEmpty())
                    details += QLatin1String(": ") + ssl;
            }
            ep->markClosed(st, reason, details);
            break;
        }
        case COAP_EVENT_SERVER_SESSION_DEL: {
            auto st = ep->stateFor(s, false);
            if (!st)
                break;
            if (!st->closed) {
                CloseReason reason = st->established ? CloseReason::Idle : CloseReason::HandshakeFailed;
                if (!st->established && st->encryptedHandshakeAfterCcs > 0 && !st->peerFinishedOk)
                    reason = CloseReason::BadKey;
                ep->markClosed(st, reason, QStringLiteral("session removed by libcoap"));
            }
            detachProbe(*st);
            st->session = nullptr;
            st->held = false; // libcoap only deletes sessions nobody references
            ep->d->sessions.erase(s);
            break;
        }
        default:
            break;
        }
        return 0;
    }

    static const coap_bin_const_t* onValidateId(coap_bin_const_t* identity, coap_session_t* s, void* arg)
    {
        auto* ep = static_cast<CoapEndpoint*>(arg);
        auto st = ep->stateFor(s, true);
        st->identity = QByteArray(reinterpret_cast<const char*>(identity->s), qsizetype(identity->length));
        coap_tls_library_t type;
        if (auto* ssl = static_cast<SSL*>(coap_session_get_tls(s, &type)); ssl && type == COAP_TLS_LIBRARY_OPENSSL) {
            st->ssl = ssl;
            SSL_set_ex_data(ssl, g_probeIndex, st.get());
        }
        std::optional<SecretBytes> key;
        if (ep->d->pskLookup)
            key = ep->d->pskLookup(st->identity, PeerSession(st));
        if (!key || key->isEmpty()) {
            st->reason = CloseReason::IdentityRefused;
            st->details = QStringLiteral("PSK identity refused");
            qCInfo(lcCoap).noquote() << "refused PSK identity from" << PeerSession(st).peerString();
            return nullptr;
        }
        ep->d->lastKey = std::move(*key);
        ep->d->lastKeyBin.s = ep->d->lastKey.data();
        ep->d->lastKeyBin.length = size_t(ep->d->lastKey.size());
        return &ep->d->lastKeyBin;
    }

    // Watches handshake records so a wrong PSK/PIN is detected when the
    // peer's Finished arrives and fails to verify — DTLS drops such records
    // silently, so without this the server only notices after ~31 s.
    static void onTlsMessage(int writeP, int, int contentType, const void* buf, size_t len, SSL* ssl, void*)
    {
        if (writeP)
            return;
        auto* st = static_cast<SessionState*>(SSL_get_ex_data(ssl, g_probeIndex));
        if (!st)
            return;
        const auto* b = static_cast<const unsigned char*>(buf);
        if (contentType == SSL3_RT_CHANGE_CIPHER_SPEC) {
            st->sawPeerCcs = true;
        } else if (contentType == SSL3_RT_HEADER && len >= 13 && st->sawPeerCcs && b[0] == SSL3_RT_HANDSHAKE) {
            const int epoch = (b[3] << 8) | b[4];
            if (epoch >= 1)
                ++st->encryptedHandshakeAfterCcs;
        } else if (contentType == SSL3_RT_HANDSHAKE && len >= 1 && b[0] == SSL3_MT_FINISHED && st->sawPeerCcs) {
            st->peerFinishedOk = true;
        }
    }

    // True if `ssl` offers exactly the policy's suites (inherited from the
    // SSL_CTX), so the cipher string need not be parsed again.
    static bool hasCipherList(SSL* ssl, const SuitePolicy& policy)
    {
        STACK_OF(SSL_CIPHER)* list = SSL_get_ciphers(ssl);
        if (!list)
            return false;
        int count = 0;
        for (int i = 0; i < sk_SSL_CIPHER_num(list); ++i) {
            const SSL_CIPHER* c = sk_SSL_CIPHER_value(list, i);
            if (qstrcmp(SSL_CIPHER_get_version(c), "TLSv1.3") == 0)
                continue; // TLS 1.3 suites are listed too; DTLS 1.2 never uses them
            if (!policy.allows(QString::fromLatin1(SSL_CIPHER_get_name(c))))
                return false;
            ++count;
        }
        return count == policy.allowed.size();
    }

    static int acceptAnyCertificate(int, X509_STORE_CTX*)
    {
        // The bootstrap layer verifies the chain itself after the handshake
        // (S13, S18) with its own trust anchors and clock; OpenSSL has only
        // checked that the peer holds the key of the certificate it sent.
        return 1;
    }

    static int onTlsSetup(void* tls, coap_dtls_pki_t* setup)
    {
        auto* ssl = static_cast<SSL*>(tls);
        auto* ep = static_cast<CoapEndpoint*>(setup->cn_call_back_arg);
        if (!ssl || !ep)
            return 1;
        if (!ep->m_policy.cipherList.isEmpty() && !hasCipherList(ssl, ep->m_policy)) {
            // Parsing a cipher string is costly; put it on the shared
            // SSL_CTX once so later sessions inherit it, and on this SSL.
            SSL_CTX_set_cipher_list(SSL_get_SSL_CTX(ssl), ep->m_policy.cipherList.constData());
            if (SSL_set_cipher_list(ssl, ep->m_policy.cipherList.constData()) != 1) {
                qCWarning(lcCoap).noquote() << "cannot set cipher list:" << drainOpenSslErrors();
                return 0;
            }
        }
        SSL_set_msg_callback(ssl, &onTlsMessage);
        if (ep->m_mode == SecurityMode::Certificate)
            SSL_set_verify(ssl, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, &acceptAnyCertificate);
        return 1;
    }

    static int onValidateCn(const char*, const uint8_t*, size_t, coap_session_t*, unsigned, int, void*)
    {
        return 1; // see acceptAnyCertificate
    }

    static void onRequest(coap_resource_t* resource, coap_session_t* s, const coap_pdu_t* req,
                          const coap_string_t* query, coap_pdu_t* resp)
    {
        CoapEndpoint* ep = endpointOf(s);
        if (!ep)
            return;
        auto st = ep->stateFor(s, true);
        const quint16 mid = quint16(coap_pdu_get_mid(req));

        Response response;
        bool replay = false;
        for (const auto& [m, r] : st->recent) {
            if (m == mid) {
                response = r;
                replay = true;
                break;
            }
        }
        if (!replay) {
            IncomingRequest in;
            in.method = Method(coap_pdu_get_code(req));
            in.messageId = mid;
            if (coap_string_t* path = coap_get_uri_path(req)) {
                in.path = QLatin1Char('/')
                    + QString::fromUtf8(reinterpret_cast<const char*>(path->s), qsizetype(path->length));
                coap_delete_string(path);
            } else {
                in.path = QStringLiteral("/");
            }
            coap_opt_iterator_t it;
            coap_option_iterator_init(req, &it, COAP_OPT_ALL);
            while (coap_opt_t* opt = coap_option_next(&it)) {
                if (it.number == COAP_OPTION_URI_QUERY)
                    in.query << QString::fromUtf8(reinterpret_cast<const char*>(coap_opt_value(opt)),
                                                  qsizetype(coap_opt_length(opt)));
            }
            in.contentFormat = uintOption(req, COAP_OPTION_CONTENT_FORMAT);
            in.accept = uintOption(req, COAP_OPTION_ACCEPT);
            in.payload = bodyOf(req);

            if (st->closed || (st->isServer && !st->established)) {
                response.code = code::Forbidden;
            } else if (!ep->m_handler) {
                response.code = code::NotFound;
            } else {
                response = ep->m_handler(PeerSession(st), in);
            }
            wipeByteArray(in.payload);
            st->recent.emplace_back(mid, response);
            while (st->recent.size() > 16)
                st->recent.pop_front();
        } else {
            qCDebug(lcCoap) << "duplicate request mid" << mid << "from" << PeerSession(st).peerString() << "- replayed";
        }

        coap_pdu_set_code(resp, coap_pdu_code_t(response.code));
        if (!response.payload.isEmpty()) {
            auto* body = new QByteArray(response.payload);
            coap_add_data_large_response(resource, s, req, resp, query, response.contentFormat.value_or(42), -1, 0,
                                         size_t(body->size()), reinterpret_cast<const uint8_t*>(body->constData()),
                                         &releaseBody, body);
        } else if (response.contentFormat) {
            uint8_t buf[4];
            coap_add_option(resp, COAP_OPTION_CONTENT_FORMAT,
                            coap_encode_var_safe(buf, sizeof buf, *response.contentFormat), buf);
        }
    }

    static std::shared_ptr<PendingRequest> takePending(CoapEndpoint* ep, SessionState* st,
                                                       const coap_bin_const_t& token, coap_mid_t mid)
    {
        auto& list = ep->d->pending;
        for (auto it = list.begin(); it != list.end(); ++it) {
            auto p = *it;
            auto ps = p->session.lock();
            if (ps.get() != st)
                continue;
            const bool tokenMatch = token.length
                && p->token == QByteArray(reinterpret_cast<const char*>(token.s), qsizetype(token.length));
            if (tokenMatch || (!token.length && p->mid == mid)) {
                list.erase(it);
                return p;
            }
        }
        return {};
    }

    static coap_response_t onResponse(coap_session_t* s, const coap_pdu_t*, const coap_pdu_t* received,
                                      const coap_mid_t mid)
    {
        CoapEndpoint* ep = endpointOf(s);
        if (!ep)
            return COAP_RESPONSE_OK;
        auto st = ep->stateFor(s, false);
        if (!st)
            return COAP_RESPONSE_OK;
        auto p = takePending(ep, st.get(), coap_pdu_get_token(received), mid);
        if (!p)
            return COAP_RESPONSE_OK; // late (after a timeout) or unsolicited
        Response r;
        r.code = quint8(coap_pdu_get_code(received));
        r.contentFormat = uintOption(received, COAP_OPTION_CONTENT_FORMAT);
        r.payload = bodyOf(received);
        ep->d->pending.push_back(p); // complete() removes it again
        complete(ep, p, std::move(r));
        return COAP_RESPONSE_OK;
    }

    static void onNack(coap_session_t* s, const coap_pdu_t* sent, const coap_nack_reason_t reason, const coap_mid_t mid)
    {
        CoapEndpoint* ep = endpointOf(s);
        if (!ep)
            return;
        auto st = ep->stateFor(s, false);
        if (!st)
            return;
        coap_bin_const_t token {0, nullptr};
        if (sent)
            token = coap_pdu_get_token(sent);
        auto p = takePending(ep, st.get(), token, mid);
        if (!p)
            return;
        QString why;
        QString text;
        switch (reason) {
        case COAP_NACK_TOO_MANY_RETRIES:
            why = QStringLiteral("coap.noResponse");
            text = QCoreApplication::translate(
                "lwc::coap::CoapEndpoint", "The device did not answer (no acknowledgement after all retransmissions).");
            break;
        case COAP_NACK_RST:
            why = QStringLiteral("coap.reset");
            text = QCoreApplication::translate("lwc::coap::CoapEndpoint",
                                               "The device rejected the message (CoAP reset).");
            break;
        case COAP_NACK_TLS_FAILED:
            why = QStringLiteral("coap.dtlsFailed");
            text = QCoreApplication::translate("lwc::coap::CoapEndpoint",
                                               "The secure (DTLS) connection to the device failed.");
            break;
        case COAP_NACK_NOT_DELIVERABLE:
        case COAP_NACK_ICMP_ISSUE:
        default:
            why = QStringLiteral("coap.notDeliverable");
            text = QCoreApplication::translate(
                "lwc::coap::CoapEndpoint", "The message could not be delivered to the device (network unreachable).");
            break;
        }
        ep->d->pending.push_back(p);
        complete(ep, p, makeError(why, text, p->what));
    }

    static void complete(CoapEndpoint* ep, const std::shared_ptr<PendingRequest>& p, Result<Response> result)
    {
        auto& list = ep->d->pending;
        list.erase(std::remove(list.begin(), list.end(), p), list.end());
        if (p->result)
            return;
        p->result.emplace(std::move(result));
        if (p->timer) {
            p->timer->stop();
            p->timer->deleteLater();
            p->timer = nullptr;
        }
        // Resume on the next loop turn, never from inside libcoap.
        QTimer::singleShot(0, QCoreApplication::instance(), [p] {
            if (auto h = std::exchange(p->waiter, nullptr))
                h.resume();
        });
    }
};

// ---------------------------------------------------------------------------

CoapEndpoint::CoapEndpoint(QObject* parent) : QObject(parent), d(std::make_unique<Private>())
{
    ensureLibcoap();
    m_ctx = coap_new_context(nullptr);
    Q_ASSERT(m_ctx);
    coap_set_app_data(m_ctx, this);
    coap_context_set_block_mode(m_ctx, COAP_BLOCK_USE_LIBCOAP | COAP_BLOCK_SINGLE_BODY);
    coap_register_event_handler(m_ctx, &CoapCallbacks::onEvent);
    coap_register_response_handler(m_ctx, &CoapCallbacks::onResponse);
    coap_register_nack_handler(m_ctx, &CoapCallbacks::onNack);
    coap_context_set_session_timeout(m_ctx, 120);

    // Every path and method goes to m_handler; unknown paths such as
    // GET /bspack are answered by the handler (4.04 at once) rather than
    // left to time out in the client.
    coap_resource_t* unknown = coap_resource_unknown_init2(&CoapCallbacks::onRequest, 0);
    for (auto m : {COAP_REQUEST_GET, COAP_REQUEST_POST, COAP_REQUEST_DELETE, COAP_REQUEST_FETCH, COAP_REQUEST_PATCH,
                   COAP_REQUEST_IPATCH})
        coap_register_request_handler(unknown, m, &CoapCallbacks::onRequest);
    coap_add_resource(m_ctx, unknown);

    const int fd = coap_context_get_coap_fd(m_ctx);
    if (fd >= 0 && qEnvironmentVariableIsEmpty("LWC_COAP_POLL_TIMER")) {
        m_notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
        QObject::connect(m_notifier, &QSocketNotifier::activated, this, &CoapEndpoint::onActivated);
    } else {
        // libcoap without epoll (macOS, Windows builds) has no single fd that
        // also carries its retransmit timer: poll it from a QTimer instead.
        // LWC_COAP_POLL_TIMER forces this path so Linux tests cover it.
        m_pollTimer = new QTimer(this);
        m_pollTimer->setInterval(5);
        QObject::connect(m_pollTimer, &QTimer::timeout, this, &CoapEndpoint::onActivated);
        m_pollTimer->start();
        qCInfo(lcCoap) << "libcoap I/O polled by a 5 ms timer (no epoll fd)";
    }
}

CoapEndpoint::~CoapEndpoint()
{
    // Fail whatever still waits; the awaiting coroutines resume later and
    // must not touch this endpoint any more.
    const auto pending = d->pending;
    for (const auto& p : pending)
        CoapCallbacks::complete(this, p,
                                makeError(QStringLiteral("coap.endpointClosed"),
                                          tr("The connection was shut down before the device answered."), p->what));
    // libcoap aborts if a context is freed while we hold session references.
    for (auto& [s, st] : d->sessions) {
        if (st->held && st->session)
            coap_session_release(st->session);
        st->held = false;
        CoapCallbacks::detachProbe(*st);
        st->closed = true;
        st->session = nullptr;
    }
    for (auto& st : d->clientSessions) {
        if (st->session)
            coap_session_release(st->session);
        st->session = nullptr;
        st->closed = true;
    }
    coap_set_app_data(m_ctx, nullptr);
    coap_free_context(m_ctx);
}

void CoapEndpoint::onActivated()
{
    d->inIo = true;
    const int fd = m_notifier ? coap_context_get_coap_fd(m_ctx) : -1;
    for (int round = 0; round < 1000; ++round) {
        coap_io_process(m_ctx, COAP_IO_NO_WAIT);
        if (fd < 0)
            break; // timer-polled: one round per tick
        pollfd p {fd, POLLIN, 0};
        if (poll(&p, 1, 0) <= 0 || !(p.revents & POLLIN))
            break;
    }
    d->inIo = false;
    d->lastKey.wipe();
    d->lastKeyBin = {0, nullptr};

    // Sessions whose peer sent an encrypted Finished we could not verify:
    // wrong PSK/PIN. Close now instead of waiting for the handshake timeout.
    for (auto& [s, st] : d->sessions) {
        if (!st->closed && !st->established && st->encryptedHandshakeAfterCcs > 0 && !st->peerFinishedOk) {
            markClosed(st, CloseReason::BadKey,
                       QStringLiteral("the peer's Finished message did not verify: wrong key"));
        }
    }
}

void CoapEndpoint::rearm()
{
    // coap_io_prepare_epoll() walks every session (O(n)); with many devices
    // sending from resumed coroutines, re-arm once per event loop turn.
    if (d->inIo || d->rearmPending)
        return;
    d->rearmPending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            d->rearmPending = false;
            if (d->inIo)
                return;
            coap_tick_t now;
            coap_ticks(&now);
            coap_io_prepare_epoll(m_ctx, now);
        },
        Qt::QueuedConnection);
}

void CoapEndpoint::deferred(std::function<void()> fn)
{
    QPointer<CoapEndpoint> self(this);
    QTimer::singleShot(0, this, [self, fn = std::move(fn)] {
        if (self)
            fn();
    });
}

std::shared_ptr<SessionState> CoapEndpoint::stateFor(coap_session_t* session, bool create)
{
    auto it = d->sessions.find(session);
    if (it != d->sessions.end())
        return it->second;
    for (auto& st : d->clientSessions)
        if (st->session == session)
            return st;
    if (!create)
        return {};
    auto st = std::make_shared<SessionState>();
    st->owner = this;
    st->session = session;
    st->id = d->nextId++;
    st->isServer = true;
    st->mode = m_mode;
    if (const coap_address_t* remote = coap_session_get_addr_remote(session))
        st->address = toQHostAddress(remote, &st->port);
    d->sessions[session] = st;
    return st;
}

void CoapEndpoint::markClosed(const std::shared_ptr<SessionState>& st, CloseReason reason, const QString& details)
{
    if (st->closed)
        return;
    CoapCallbacks::detachProbe(*st);
    st->closed = true;
    st->reason = reason;
    st->details = details;
    qCInfo(lcCoap).noquote() << "session" << PeerSession(st).peerString() << "closed:" << closeReasonName(reason)
                             << (details.isEmpty() ? QString() : QStringLiteral("(%1)").arg(details));
    QString text;
    QString code;
    switch (reason) {
    case CloseReason::BadKey:
        code = QStringLiteral("dtls.badKey");
        text = tr("The secure connection failed: the device used a different key or PIN.");
        break;
    case CloseReason::SuiteRefused:
        code = QStringLiteral("dtls.suiteRefused");
        text = tr("The device negotiated a cipher suite this listener does not allow.");
        break;
    case CloseReason::IdentityRefused:
        code = QStringLiteral("dtls.identityRefused");
        text = tr("The device's PSK identity is not known or no longer valid.");
        break;
    case CloseReason::HandshakeFailed:
        code = QStringLiteral("dtls.handshakeFailed");
        text = tr("The secure (DTLS) handshake with the device failed.");
        break;
    default:
        code = QStringLiteral("coap.sessionClosed");
        text = tr("The connection to the device was closed.");
        break;
    }
    failPending(st, makeError(code, text, details));
    deferred([this, st] { finishClose(st); });
}

void CoapEndpoint::finishClose(const std::shared_ptr<SessionState>& st)
{
    if (st->session) {
        if (st->isServer) {
            // Force the DTLS session down for sessions we refused; for
            // sessions the peer closed libcoap does this itself.
            if (st->reason == CloseReason::SuiteRefused || st->reason == CloseReason::BadKey
                || st->reason == CloseReason::Closed || st->reason == CloseReason::IdentityRefused)
                coap_session_disconnected(st->session, COAP_NACK_TLS_FAILED);
            if (st->held) {
                st->held = false;
                coap_session_release(st->session); // may free it: DEL event clears st->session
            }
        }
        rearm();
    }
    Q_EMIT sessionClosed(PeerSession(st));
}

void CoapEndpoint::failPending(const std::shared_ptr<SessionState>& st, const Error& error)
{
    const auto pending = d->pending;
    for (const auto& p : pending) {
        if (p->session.lock() == st) {
            Error e = error;
            e.details = p->what + (e.details.isEmpty() ? QString() : QLatin1String(": ") + e.details);
            CoapCallbacks::complete(this, p, std::move(e));
        }
    }
}

Status CoapEndpoint::listen(ListenConfig config)
{
    if (m_listening)
        return makeError(QStringLiteral("coap.alreadyListening"), tr("This endpoint already has a listener."));
    m_mode = config.mode;
    m_policy = config.suites.value_or(SuitePolicy::forMode(config.mode));
    d->pskLookup = std::move(config.pskLookup);

    coap_proto_t proto = COAP_PROTO_UDP;
    if (m_mode != SecurityMode::NoSec) {
        proto = COAP_PROTO_DTLS;
        if (!coap_dtls_is_supported())
            return makeError(QStringLiteral("coap.noDtls"), tr("This libcoap build has no DTLS support."));

        coap_dtls_pki_t pki {};
        pki.version = COAP_DTLS_PKI_SETUP_VERSION;
        pki.additional_tls_setup_call_back = &CoapCallbacks::onTlsSetup;
        pki.validate_cn_call_back = &CoapCallbacks::onValidateCn;
        pki.cn_call_back_arg = this;

        if (m_mode == SecurityMode::Psk || m_mode == SecurityMode::Pin) {
            if (!d->pskLookup)
                return makeError(QStringLiteral("coap.noPskLookup"), tr("A PSK listener needs a key lookup."));
            // libcoap treats PSK clients as certificate clients unless a
            // default key exists; this random one matches no device.
            auto dflt = SecretBytes::random(32);
            if (!dflt)
                return std::move(dflt).error();
            d->defaultKey = std::move(dflt).value();
            coap_dtls_spsk_t spsk {};
            spsk.version = COAP_DTLS_SPSK_SETUP_VERSION;
            spsk.validate_id_call_back = &CoapCallbacks::onValidateId;
            spsk.id_call_back_arg = this;
            spsk.psk_info.key.s = d->defaultKey.data();
            spsk.psk_info.key.length = size_t(d->defaultKey.size());
            if (!coap_context_set_psk2(m_ctx, &spsk))
                return makeError(QStringLiteral("coap.pskSetup"), tr("Could not set up PSK security."),
                                 drainOpenSslErrors());
            // PKI without a certificate, only for the hook that sets the
            // listener's cipher list before the suite is chosen (PLATFORM.md).
            pki.pki_key.key_type = COAP_PKI_KEY_PEM_BUF;
        } else {
            if (config.certificateChain.isEmpty() || config.privateKey.isEmpty())
                return makeError(QStringLiteral("coap.noCertificate"),
                                 tr("A certificate listener needs the server certificate and its private key."));
            d->chain = config.certificateChain;
            d->privateKey = std::move(config.privateKey);
            pki.verify_peer_cert = 1;
            pki.check_common_ca = 0;
            pki.allow_self_signed = 1;
            pki.allow_expired_certs = 1; // time is checked with the Clock seam afterwards
            pki.allow_bad_md_hash = 1; // S9 is judged by the verifier, with a clear verdict
            pki.allow_short_rsa_length = 1;
            pki.pki_key.key_type = COAP_PKI_KEY_ASN1;
            pki.pki_key.key.asn1.public_cert = reinterpret_cast<const uint8_t*>(d->chain.first().constData());
            pki.pki_key.key.asn1.public_cert_len = size_t(d->chain.first().size());
            pki.pki_key.key.asn1.private_key = d->privateKey.data();
            pki.pki_key.key.asn1.private_key_len = size_t(d->privateKey.size());
            pki.pki_key.key.asn1.private_key_type = COAP_ASN1_PKEY_EC;
            if (d->chain.size() > 1) {
                pki.pki_key.key.asn1.ca_cert = reinterpret_cast<const uint8_t*>(d->chain.last().constData());
                pki.pki_key.key.asn1.ca_cert_len = size_t(d->chain.last().size());
            }
        }
        if (!coap_context_set_pki(m_ctx, &pki))
            return makeError(QStringLiteral("coap.pkiSetup"), tr("Could not set up the DTLS listener."),
                             drainOpenSslErrors());
        coap_context_set_max_handshake_sessions(m_ctx, unsigned(qMax(1, config.maxHandshakes)));
    }

    coap_address_t addr;
    if (!toCoapAddress(config.address, config.port, &addr))
        return makeError(QStringLiteral("coap.badAddress"), tr("The listen address is not an IP address."),
                         config.address.toString());
    coap_endpoint_t* endpoint = coap_new_endpoint(m_ctx, &addr, proto);
    if (!endpoint)
        return makeError(QStringLiteral("coap.listenFailed"),
                         tr("Could not listen on %1 port %2 (in use or not permitted).")
                             .arg(config.address.toString())
                             .arg(config.port));
    // coap_endpoint_str() gives "addr:port"; the only way to learn an ephemeral port in 4.3.1.
    const QString str = QString::fromLatin1(coap_endpoint_str(endpoint));
    m_port = str.section(QLatin1Char(':'), -1).section(QLatin1Char(' '), 0, 0).toUShort();
    if (m_port == 0)
        m_port = config.port;
    enlargeReceiveBuffer(m_port);
    m_listening = true;
    rearm();
    qCInfo(lcCoap).noquote() << "listening on" << str << "mode" << securityModeName(m_mode);
    return {};
}

Result<PeerSession> CoapEndpoint::connect(ConnectConfig config)
{
    coap_address_t dst;
    if (!toCoapAddress(config.address, config.port, &dst))
        return makeError(QStringLiteral("coap.badAddress"), tr("The server address is not an IP address."),
                         config.address.toString());
    coap_session_t* s = nullptr;
    QByteArray cipherList = config.cipherList;
    if (cipherList.isEmpty() && config.mode != SecurityMode::NoSec)
        cipherList = SuitePolicy::forMode(config.mode).cipherList;
    switch (config.mode) {
    case SecurityMode::NoSec:
        s = coap_new_client_session(m_ctx, nullptr, &dst, COAP_PROTO_UDP);
        break;
    case SecurityMode::Psk:
    case SecurityMode::Pin: {
        coap_dtls_cpsk_t cpsk {};
        cpsk.version = COAP_DTLS_CPSK_SETUP_VERSION;
        cpsk.psk_info.identity.s = reinterpret_cast<const uint8_t*>(config.pskIdentity.constData());
        cpsk.psk_info.identity.length = size_t(config.pskIdentity.size());
        cpsk.psk_info.key.s = config.psk.data();
        cpsk.psk_info.key.length = size_t(config.psk.size());
        s = coap_new_client_session_psk2(m_ctx, nullptr, &dst, COAP_PROTO_DTLS, &cpsk);
        break;
    }
    case SecurityMode::Certificate: {
        if (config.certificateChain.isEmpty() || config.privateKey.isEmpty())
            return makeError(QStringLiteral("coap.noCertificate"),
                             tr("A certificate client needs a certificate and key."));
        coap_dtls_pki_t pki {};
        pki.version = COAP_DTLS_PKI_SETUP_VERSION;
        pki.verify_peer_cert = 0; // the simulated device trusts its bootstrap server by configuration
        pki.pki_key.key_type = COAP_PKI_KEY_ASN1;
        pki.pki_key.key.asn1.public_cert
            = reinterpret_cast<const uint8_t*>(config.certificateChain.first().constData());
        pki.pki_key.key.asn1.public_cert_len = size_t(config.certificateChain.first().size());
        pki.pki_key.key.asn1.private_key = config.privateKey.data();
        pki.pki_key.key.asn1.private_key_len = size_t(config.privateKey.size());
        pki.pki_key.key.asn1.private_key_type = COAP_ASN1_PKEY_EC;
        s = coap_new_client_session_pki(m_ctx, nullptr, &dst, COAP_PROTO_DTLS, &pki);
        break;
    }
    }
    if (!s)
        return makeError(QStringLiteral("coap.connectFailed"),
                         tr("Could not start a session to %1 port %2.").arg(config.address.toString()).arg(config.port),
                         drainOpenSslErrors());
    if (config.mode != SecurityMode::NoSec) {
        // The ClientHello after HelloVerifyRequest uses this list (PLATFORM.md).
        coap_tls_library_t type;
        if (auto* ssl = static_cast<SSL*>(coap_session_get_tls(s, &type)); ssl && type == COAP_TLS_LIBRARY_OPENSSL) {
            if (SSL_set_cipher_list(ssl, cipherList.constData()) != 1) {
                coap_session_release(s);
                return makeError(QStringLiteral("coap.cipherList"),
                                 tr("The requested cipher suites are not available."),
                                 QString::fromLatin1(cipherList) + QLatin1String(": ") + drainOpenSslErrors());
            }
        }
    }
    auto st = std::make_shared<SessionState>();
    st->owner = this;
    st->session = s;
    st->id = d->nextId++;
    st->isServer = false;
    st->mode = config.mode;
    st->address = config.address;
    st->port = config.port;
    st->identity = config.pskIdentity;
    st->established = config.mode == SecurityMode::NoSec;
    d->clientSessions.push_back(st);
    rearm();
    return PeerSession(st);
}

QCoro::Task<Result<Response>> CoapEndpoint::request(PeerSession peer, Request req, std::chrono::milliseconds timeout)
{
    const QString what = methodName(req.method) + QLatin1Char(' ')
        + (req.path.startsWith(QLatin1Char('/')) ? req.path : QLatin1Char('/') + req.path);
    auto st = peer.m_state;
    if (!st || st->owner != this || st->closed || !st->session) {
        wipeByteArray(req.payload);
        co_return makeError(QStringLiteral("coap.sessionClosed"), tr("The connection to the device is closed."), what);
    }
    // coap_send() on a server session that is not established would start a
    // DTLS *client* handshake towards the device (PLATFORM.md).
    if (st->isServer && !st->established) {
        wipeByteArray(req.payload);
        co_return makeError(QStringLiteral("coap.notEstablished"),
                            tr("The device's secure session is not established."), what);
    }
    coap_session_t* s = st->session;
    coap_pdu_t* pdu = coap_pdu_init(COAP_MESSAGE_CON, coap_pdu_code_t(req.method), coap_new_message_id(s),
                                    coap_session_max_pdu_size(s));
    if (!pdu) {
        wipeByteArray(req.payload);
        co_return makeError(QStringLiteral("coap.noMemory"), tr("Could not build the CoAP message."), what);
    }
    uint8_t token[8];
    size_t tokenLength = 0;
    coap_session_new_token(s, &tokenLength, token);
    coap_add_token(pdu, tokenLength, token);

    // Options in ascending number: Uri-Path 11, Content-Format 12, Uri-Query 15, Accept 17.
    const QStringList segments = req.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString& seg : segments) {
        const QByteArray b = seg.toUtf8();
        coap_add_option(pdu, COAP_OPTION_URI_PATH, size_t(b.size()), reinterpret_cast<const uint8_t*>(b.constData()));
    }
    uint8_t buf[4];
    if (req.contentFormat)
        coap_add_option(pdu, COAP_OPTION_CONTENT_FORMAT, coap_encode_var_safe(buf, sizeof buf, *req.contentFormat),
                        buf);
    for (const QString& q : std::as_const(req.query)) {
        const QByteArray b = q.toUtf8();
        coap_add_option(pdu, COAP_OPTION_URI_QUERY, size_t(b.size()), reinterpret_cast<const uint8_t*>(b.constData()));
    }
    if (req.accept)
        coap_add_option(pdu, COAP_OPTION_ACCEPT, coap_encode_var_safe(buf, sizeof buf, *req.accept), buf);
    if (!req.payload.isEmpty()) {
        auto* body = new QByteArray(req.payload);
        body->detach();
        if (!coap_add_data_large_request(s, pdu, size_t(body->size()),
                                         reinterpret_cast<const uint8_t*>(body->constData()), &releaseBody, body)) {
            releaseBody(s, body);
            coap_delete_pdu(pdu);
            wipeByteArray(req.payload);
            co_return makeError(QStringLiteral("coap.payloadTooLarge"), tr("The payload could not be sent."), what);
        }
    }
    wipeByteArray(req.payload);

    auto p = std::make_shared<PendingRequest>();
    p->session = st;
    p->token = QByteArray(reinterpret_cast<const char*>(token), qsizetype(tokenLength));
    p->what = what;
    p->mid = coap_send(s, pdu);
    rearm();
    if (p->mid == COAP_INVALID_MID)
        co_return makeError(QStringLiteral("coap.sendFailed"), tr("The message could not be sent to the device."),
                            what);
    d->pending.push_back(p);

    p->timer = new QTimer(this);
    p->timer->setSingleShot(true);
    QObject::connect(p->timer, &QTimer::timeout, this, [this, p, timeout] {
        CoapCallbacks::complete(
            this, p,
            makeError(QStringLiteral("coap.timeout"),
                      tr("The device did not answer within %1 seconds.").arg(double(timeout.count()) / 1000.0),
                      p->what));
    });
    p->timer->start(timeout);
    qCDebug(lcCoap).noquote() << "->" << what << "to" << peer.peerString();

    co_return co_await ResponseAwaiter(p);
}

void CoapEndpoint::hold(const PeerSession& peer)
{
    auto st = peer.m_state;
    if (!st || st->owner != this || !st->session || st->held || !st->isServer || st->closed)
        return;
    coap_session_reference(st->session);
    st->held = true;
}

void CoapEndpoint::release(const PeerSession& peer)
{
    auto st = peer.m_state;
    if (!st || st->owner != this || !st->held || !st->session)
        return;
    auto doRelease = [this, st] {
        if (!st->held || !st->session)
            return; // already released (session closed, or the destructor did it)
        st->held = false;
        // The DEL event (if libcoap frees it now) clears our state.
        coap_session_release(st->session);
        rearm();
    };
    if (d->inIo)
        deferred(doRelease); // never free a session under libcoap's feet
    else
        doRelease();
}

void CoapEndpoint::close(const PeerSession& peer, CloseReason reason, const QString& details)
{
    auto st = peer.m_state;
    if (!st || st->owner != this || st->closed)
        return;
    if (!st->isServer) {
        markClosed(st, reason, details);
        coap_session_t* s = std::exchange(st->session, nullptr);
        if (s) {
            d->clientSessions.erase(std::remove(d->clientSessions.begin(), d->clientSessions.end(), st),
                                    d->clientSessions.end());
            deferred([this, s] {
                coap_session_release(s);
                rearm();
            });
        }
        return;
    }
    markClosed(st, reason, details);
}

int CoapEndpoint::openSessionCount() const
{
    int n = 0;
    for (const auto& [s, st] : d->sessions)
        n += st->closed ? 0 : 1;
    for (const auto& st : d->clientSessions)
        n += st->closed ? 0 : 1;
    return n;
}

int CoapEndpoint::pendingRequestCount() const
{
    return int(d->pending.size());
}

QList<PeerSession> CoapEndpoint::sessions() const
{
    QList<PeerSession> list;
    for (const auto& [s, st] : d->sessions)
        if (!st->closed)
            list << PeerSession(st);
    return list;
}

} // namespace lwc::coap
