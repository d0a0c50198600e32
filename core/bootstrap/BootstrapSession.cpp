#include "BootstrapSession.h"

#include "codec/Codec.h"
#include "codec/ContentFormat.h"
#include "common/Log.h"
#include "lwm2m/ObjectRegistry.h"
#include "lwm2m/Record.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>

namespace lwc::bootstrap {

using lwm2m::Path;
using lwm2m::Record;
using lwm2m::Value;

namespace {

constexpr quint16 kTlv = 11542;
constexpr quint16 kLinkFormat = 40;

// Security object resources (published object 0 v1.2; the 2013 change
// request numbers them differently — see lwm2m/BuiltinObjects.cpp).
enum SecurityRes : quint16 {
    SecUri = 0,
    SecIsBootstrap = 1,
    SecMode = 2,
    SecPublicKeyOrIdentity = 3,
    SecServerPublicKey = 4,
    SecSecretKey = 5,
    SecShortServerId = 10,
    SecClientHoldOff = 11,
    SecBootstrapTimeout = 12,
    SecMatchingType = 13,
    SecSni = 14,
    SecCertificateUsage = 15,
};
enum ServerRes : quint16 {
    SrvShortServerId = 0,
    SrvLifetime = 1,
    SrvDefaultMinPeriod = 2,
    SrvDefaultMaxPeriod = 3,
    SrvNotificationStoring = 6,
    SrvBinding = 7,
};

} // namespace

struct BootstrapSession::Account {
    const ServerAccount* server = nullptr; // a server account, or
    const BootstrapAccount* bootstrap = nullptr; // the bootstrap account
    const AccountCredentials* credentials = nullptr;
    AccountKeys keys;
    quint16 securityInstance = 0;
    quint16 serverInstance = 0;
    bool written = false;
};

BootstrapSession::BootstrapSession(coap::CoapEndpoint& endpoint, coap::PeerSession peer, const DevicePlan& plan,
                                   QString endpointName, std::optional<quint16> preferredFormat,
                                   CredentialFactory& credentials, const lwm2m::ObjectRegistry& registry,
                                   Options options, QObject* parent)
    : QObject(parent),
      m_endpoint(endpoint),
      m_peer(std::move(peer)),
      m_plan(plan),
      m_credentials(credentials),
      m_registry(registry),
      m_options(options),
      m_preferredFormat(preferredFormat)
{
    m_report.endpoint = std::move(endpointName);
    m_report.channelMode = coap::securityModeName(m_peer.mode());
    m_report.cipherSuite = m_peer.cipherSuite();
    if (!m_report.cipherSuite.isEmpty())
        m_report.cipherSuiteIana = coap::ianaSuiteName(m_report.cipherSuite);
    m_report.peer = m_peer.peerString();
    m_report.pskIdentity = QString::fromUtf8(m_peer.pskIdentity());
    m_report.preferredFormat = preferredFormat;
    m_report.insecure = m_peer.mode() == coap::SecurityMode::NoSec;
}

BootstrapSession::~BootstrapSession() = default;

void BootstrapSession::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    // Fails the request in flight at once; run() then records the cancel.
    m_endpoint.close(m_peer, coap::CloseReason::Closed, QStringLiteral("cancelled by the user"));
}

void BootstrapSession::addStep(StepReport step)
{
    qCInfo(lcBootstrap).noquote() << m_report.endpoint << step.name << step.method << step.path << step.code
                                  << (step.ok ? "ok" : "FAILED") << step.durationMs << "ms" << step.message;
    m_report.steps << step;
    Q_EMIT stepFinished(step);
}

void BootstrapSession::addFailedStep(StepReport step, const Error& error)
{
    step.message = error.userText;
    step.errorCode = error.code;
    addStep(std::move(step));
}

void BootstrapSession::fail(const QString& step, Error error)
{
    if (m_failed)
        return;
    m_failed = true;
    if (m_cancelled)
        error = makeError(QStringLiteral("bootstrap.cancelled"), tr("The bootstrap was cancelled."), error.details);
    m_report.failedStep = step;
    m_report.error = std::move(error);
}

quint16 BootstrapSession::formatFor(bool carriesKeys) const
{
    quint16 f = m_plan.contentFormat.value_or(m_preferredFormat.value_or(kTlv));
    static const QSet<quint16> writable {kTlv, 110, 112, 11544};
    if (!writable.contains(f))
        f = kTlv;
    // SenML JSON carries opaque values as base64 that devices decode in
    // different ways (base64 vs base64url): keys go as TLV unless the device
    // asked for CBOR.
    if (carriesKeys && f == 110)
        f = kTlv;
    return f;
}

QCoro::Task<Result<coap::Response>> BootstrapSession::send(QString step, coap::Request request, StepReport* out)
{
    out->name = step;
    out->method = coap::methodName(request.method);
    out->path = request.path.isEmpty() ? QStringLiteral("/") : request.path;
    out->contentFormat = request.contentFormat;
    Q_EMIT stepStarted(step, out->path);
    if (m_cancelled) {
        out->message = tr("cancelled");
        co_return makeError(QStringLiteral("bootstrap.cancelled"), tr("The bootstrap was cancelled."), out->path);
    }
    QElapsedTimer t;
    t.start();
    QPointer<BootstrapSession> self(this);
    auto r = co_await m_endpoint.request(m_peer, std::move(request), m_options.requestTimeout);
    if (!self)
        co_return makeError(QStringLiteral("bootstrap.gone"), tr("The bootstrap session was destroyed."));
    out->durationMs = t.elapsed();
    if (r.ok())
        out->code = coap::codeString(r->code);
    co_return r;
}

Status BootstrapSession::prepare()
{
    QElapsedTimer t;
    t.start();
    StepReport step;
    step.name = QStringLiteral("prepare");
    auto add = [&](const ServerAccount* s, const BootstrapAccount* b) -> Status {
        auto a = std::make_unique<Account>();
        a->server = s;
        a->bootstrap = b;
        a->credentials = s ? &s->credentials : &b->credentials;
        auto keys = m_credentials.keysFor(m_report.endpoint, *a->credentials);
        if (!keys)
            return std::move(keys).error().withContext(s ? s->pointer : b->pointer);
        a->keys = std::move(keys).value();
        if (a->credentials->mode == AccountSecurityMode::NoSec)
            m_report.insecure = true;
        m_accounts.push_back(std::move(a));
        return {};
    };
    const auto failed = [&](const Status& s) {
        step.durationMs = t.elapsed();
        step.rule = s.error().rule;
        addFailedStep(step, s.error());
        return s;
    };
    if (m_plan.bootstrapAccount) {
        const Status s = add(nullptr, &*m_plan.bootstrapAccount);
        if (!s.ok())
            return failed(s);
    }
    for (const ServerAccount& server : m_plan.servers) {
        const Status s = add(&server, nullptr);
        if (!s.ok())
            return failed(s);
    }
    step.ok = true;
    step.durationMs = t.elapsed();
    step.message = tr("accounts prepared: %1").arg(m_accounts.size());
    addStep(step);
    return {};
}

QCoro::Task<BootstrapReport> BootstrapSession::run()
{
    QPointer<BootstrapSession> self(this);
    m_report.startedAt = m_options.clock->now();
    LogContextScope logScope(m_report.endpoint);

    auto finishReport = [this]() -> BootstrapReport {
        m_report.finishedAt = m_options.clock->now();
        m_report.verdict = m_failed ? BootstrapReport::Verdict::Failed : BootstrapReport::Verdict::Success;
        // Keys were needed only for the writes (S26).
        for (auto& a : m_accounts)
            a->keys.secretKey.wipe();
        return m_report;
    };

    if (const Status s = prepare(); !s.ok()) {
        fail(QStringLiteral("prepare"), s.error());
        co_return finishReport();
    }
    // The sequence; each stage reports its own steps.
    struct Stage {
        const char* name;
        QCoro::Task<Status> (BootstrapSession::*run)();
        bool enabled;
    };
    const Stage stages[] = {
        {"bootstrap-discover", &BootstrapSession::bootstrapDiscover, m_plan.bootstrapDiscover},
        {"delete", &BootstrapSession::deletePaths, true},
        {"write", &BootstrapSession::writeAccounts, true},
        {"bootstrap-read", &BootstrapSession::bootstrapRead, m_plan.bootstrapRead},
        {"verify", &BootstrapSession::verifyByDiscover, m_plan.verify},
        {"finish", &BootstrapSession::finish, true},
    };
    for (const Stage& stage : stages) {
        if (!stage.enabled)
            continue;
        const Status s = co_await (this->*stage.run)();
        if (!self)
            co_return BootstrapReport {};
        if (!s.ok()) {
            fail(QString::fromLatin1(stage.name), s.error());
            co_return finishReport();
        }
    }
    // Only now is the material the device's: remember it fleet-wide (S5).
    for (auto& a : m_accounts) {
        a->keys.securityPath = QStringLiteral("/0/%1").arg(a->securityInstance);
        const Status s = m_credentials.recordIssued(m_report.endpoint, *a->credentials, a->keys);
        if (!s.ok())
            qCWarning(lcBootstrap).noquote() << "could not record issued credentials:" << s.error().toString();
    }
    co_return finishReport();
}

QCoro::Task<Status> BootstrapSession::bootstrapDiscover()
{
    return discover(false);
}

QCoro::Task<Status> BootstrapSession::verifyByDiscover()
{
    return discover(true);
}

void BootstrapSession::assignInstanceIds()
{
    // Keep the device's Bootstrap-Server account where it is, and never put
    // a server account on top of it.
    QSet<quint16> usedSecurity, usedServer;
    const std::optional<quint16> bsInstance
        = m_discovered && m_discovered->bootstrapInstance ? m_discovered->bootstrapInstance : std::optional<quint16>(0);
    if (bsInstance)
        usedSecurity.insert(*bsInstance);
    for (auto& a : m_accounts) {
        if (a->server && a->server->securityInstance)
            usedSecurity.insert(quint16(*a->server->securityInstance));
        if (a->server && a->server->serverInstance)
            usedServer.insert(quint16(*a->server->serverInstance));
    }
    auto nextFree = [](QSet<quint16>& used, quint16 from) {
        quint16 id = from;
        while (used.contains(id))
            ++id;
        used.insert(id);
        return id;
    };
    for (auto& a : m_accounts) {
        if (a->bootstrap) {
            a->securityInstance
                = a->bootstrap->securityInstance ? quint16(*a->bootstrap->securityInstance) : bsInstance.value_or(0);
            continue;
        }
        a->securityInstance
            = a->server->securityInstance ? quint16(*a->server->securityInstance) : nextFree(usedSecurity, 1);
        a->serverInstance = a->server->serverInstance ? quint16(*a->server->serverInstance) : nextFree(usedServer, 0);
    }
}

QCoro::Task<Status> BootstrapSession::writeAccounts()
{
    QPointer<BootstrapSession> self(this);
    assignInstanceIds();
    for (auto& a : m_accounts) {
        const Status s = co_await writeAccount(*a);
        if (!self || !s.ok())
            co_return s;
    }
    co_return Status {};
}

QCoro::Task<Status> BootstrapSession::discover(bool verification)
{
    QPointer<BootstrapSession> self(this);
    StepReport step;
    coap::Request req {coap::Method::Get, QStringLiteral("/"), {}, {}, kLinkFormat, {}};
    // GCC 12: no temporaries inside a co_await expression (PLATFORM.md).
    QString name = verification ? QStringLiteral("verify") : QStringLiteral("bootstrap-discover");
    auto r = co_await send(std::move(name), std::move(req), &step);
    if (!self)
        co_return Status {};
    if (!r.ok()) {
        addFailedStep(step, r.error());
        co_return std::move(r).error();
    }
    const quint8 code = r->code;
    if (!coap::isSuccess(code)) {
        // A device without Bootstrap-Discover (LwM2M 1.0) answers 4.04,
        // 4.05 or 4.00: continue without it, writes then use default ids.
        if (!verification
            && (code == coap::code::NotFound || code == coap::code::MethodNotAllowed || code == coap::code::BadRequest
                || code == coap::code::NotAcceptable)) {
            step.ok = true;
            step.message = tr("the device does not support Bootstrap-Discover (%1); continuing without it")
                               .arg(coap::codeDescription(code));
            addStep(step);
            co_return Status {};
        }
        if (verification && (code == coap::code::NotFound || code == coap::code::MethodNotAllowed)) {
            step.ok = true;
            step.message = tr("the device cannot be verified by Discover (%1); relying on its write answers")
                               .arg(coap::codeDescription(code));
            addStep(step);
            co_return Status {};
        }
        step.message = coap::codeDescription(code);
        addStep(step);
        co_return makeError(QStringLiteral("bootstrap.discoverFailed"),
                            tr("The device answered Bootstrap-Discover with %1.").arg(coap::codeDescription(code)));
    }
    auto info = parseDiscover(r->payload);
    if (!info.ok()) {
        addFailedStep(step, info.error());
        co_return makeError(QStringLiteral("bootstrap.discoverMalformed"),
                            tr("The device's Bootstrap-Discover answer is not valid link format."),
                            info.error().details);
    }
    if (!verification) {
        m_discovered = info.value();
        m_report.lwm2mVersion = info->lwm2mVersion;
        step.ok = true;
        step.message = info->objects.join(QLatin1Char(','));
        addStep(step);
        co_return Status {};
    }
    // Compare with what we wrote.
    QStringList missing;
    for (const auto& a : m_accounts) {
        if (!a->written)
            continue;
        auto sec = info->security.find(a->securityInstance);
        if (sec == info->security.end()) {
            missing << QStringLiteral("/0/%1").arg(a->securityInstance);
            continue;
        }
        if (a->server) {
            if (sec->second.ssid && *sec->second.ssid != a->server->shortServerId)
                missing << QStringLiteral("/0/%1 ssid=%2 (device says %3)")
                               .arg(a->securityInstance)
                               .arg(a->server->shortServerId)
                               .arg(*sec->second.ssid);
            auto srv = info->server.find(a->serverInstance);
            if (srv == info->server.end())
                missing << QStringLiteral("/1/%1").arg(a->serverInstance);
            else if (srv->second.ssid && *srv->second.ssid != a->server->shortServerId)
                missing << QStringLiteral("/1/%1 ssid=%2").arg(a->serverInstance).arg(a->server->shortServerId);
        }
    }
    if (!missing.isEmpty()) {
        step.message = tr("missing or different on the device: %1").arg(missing.join(QLatin1String(", ")));
        step.errorCode = QStringLiteral("bootstrap.verifyMismatch");
        addStep(step);
        co_return makeError(
            QStringLiteral("bootstrap.verifyMismatch"),
            tr("The device does not hold what was written: %1.").arg(missing.join(QLatin1String(", "))));
    }
    step.ok = true;
    step.message = tr("Discover matches the plan");
    addStep(step);
    co_return Status {};
}

QCoro::Task<Status> BootstrapSession::deletePaths()
{
    QPointer<BootstrapSession> self(this);
    for (const QString& path : m_plan.deletePaths) {
        StepReport step;
        coap::Request req {coap::Method::Delete, path, {}, {}, {}, {}};
        QString name = QStringLiteral("delete");
        auto r = co_await send(std::move(name), std::move(req), &step);
        if (!self)
            co_return Status {};
        if (!r.ok()) {
            addFailedStep(step, r.error());
            co_return std::move(r).error();
        }
        if (r->code == coap::code::Deleted || r->code == coap::code::NotFound) {
            step.ok = true;
            step.message = r->code == coap::code::NotFound ? tr("nothing to delete") : QString();
            addStep(step);
            continue;
        }
        step.message = coap::codeDescription(r->code);
        addStep(step);
        co_return makeError(QStringLiteral("bootstrap.deleteRefused"),
                            tr("The device refused to delete %1 (%2).").arg(path, coap::codeDescription(r->code)));
    }
    co_return Status {};
}

QCoro::Task<Status> BootstrapSession::writeAccount(Account& a)
{
    QPointer<BootstrapSession> self(this);
    const AccountCredentials& cr = *a.credentials;
    const Path secPath(0, a.securityInstance);
    QList<Record> sec;
    auto put = [&](quint16 res, Value v) { sec << Record {secPath.child(res), std::move(v), std::nullopt}; };
    put(SecUri, Value::string(a.server ? a.server->uri : a.bootstrap->uri));
    put(SecIsBootstrap, Value::boolean(a.bootstrap != nullptr));
    put(SecMode, Value::integer(int(cr.mode)));
    put(SecPublicKeyOrIdentity, Value::opaque(a.keys.publicKeyOrIdentity));
    put(SecServerPublicKey, Value::opaque(a.keys.serverPublicKey));
    put(SecSecretKey, a.keys.secretKey.isEmpty() ? Value::opaque({}) : Value::secret(a.keys.secretKey.clone()));
    if (a.server)
        put(SecShortServerId, Value::integer(a.server->shortServerId));
    if (a.bootstrap) {
        put(SecClientHoldOff, Value::integer(a.bootstrap->clientHoldOffTime));
        put(SecBootstrapTimeout, Value::integer(a.bootstrap->accountTimeout));
    }
    if (cr.matchingType)
        put(SecMatchingType, Value::unsignedInteger(quint64(*cr.matchingType)));
    if (!cr.sni.isEmpty())
        put(SecSni, Value::string(cr.sni));
    if (cr.certificateUsage)
        put(SecCertificateUsage, Value::unsignedInteger(quint64(*cr.certificateUsage)));

    struct Item {
        Path path;
        QList<Record> records;
        bool keys;
    };
    QList<Item> items {{secPath, sec, !a.keys.secretKey.isEmpty()}};
    if (a.server) {
        const Path srvPath(1, a.serverInstance);
        QList<Record> srv;
        auto sput = [&](quint16 res, Value v) { srv << Record {srvPath.child(res), std::move(v), std::nullopt}; };
        sput(SrvShortServerId, Value::integer(a.server->shortServerId));
        sput(SrvLifetime, Value::integer(a.server->lifetime));
        if (a.server->defaultMinPeriod)
            sput(SrvDefaultMinPeriod, Value::integer(*a.server->defaultMinPeriod));
        if (a.server->defaultMaxPeriod)
            sput(SrvDefaultMaxPeriod, Value::integer(*a.server->defaultMaxPeriod));
        sput(SrvNotificationStoring, Value::boolean(a.server->notificationStoring));
        sput(SrvBinding, Value::string(a.server->binding));
        items << Item {srvPath, srv, false};
    }

    for (const Item& item : std::as_const(items)) {
        quint16 format = formatFor(item.keys);
        for (int attempt = 0; attempt < 2; ++attempt) {
            auto fmt = codec::contentFormatFromNumber(format);
            auto payload = codec::encode(*fmt, item.path, item.records);
            if (!payload.ok())
                co_return std::move(payload).error().withContext(item.path.toString());
            StepReport step;
            coap::Request req {coap::Method::Put, item.path.toString(), {}, format, {}, payload.value()};
            QString name = QStringLiteral("write");
            auto r = co_await send(std::move(name), std::move(req), &step);
            wipeByteArray(payload.value());
            if (!self)
                co_return Status {};
            if (!r.ok()) {
                addFailedStep(step, r.error());
                co_return std::move(r).error();
            }
            if (r->code == coap::code::Changed || r->code == coap::code::Created) {
                step.ok = true;
                if (attempt > 0)
                    step.message = tr("written as TLV after the device refused %1")
                                       .arg(codec::contentFormatName(codec::ContentFormat(formatFor(item.keys))));
                addStep(step);
                break;
            }
            // pct may name a format the device cannot then parse: record its
            // answer and retry once in TLV, which every 1.0/1.1 device reads.
            const bool formatProblem = r->code == coap::code::UnsupportedContentFormat
                || r->code == coap::code::BadRequest || r->code == coap::code::NotAcceptable;
            step.message = tr("the device answered %1 to %2")
                               .arg(coap::codeDescription(r->code), codec::contentFormatName(*fmt));
            step.errorCode = QStringLiteral("bootstrap.writeRefused");
            addStep(step);
            if (attempt == 0 && formatProblem && format != kTlv) {
                format = kTlv;
                continue;
            }
            co_return makeError(QStringLiteral("bootstrap.writeRefused"),
                                tr("The device refused the write of %1 (%2).")
                                    .arg(item.path.toString(), coap::codeDescription(r->code)));
        }
    }
    a.written = true;

    WrittenInstance w;
    w.path = secPath.toString();
    w.contentFormat = formatFor(true);
    w.shortServerId = a.server ? a.server->shortServerId : 0;
    w.securityMode = accountSecurityModeName(cr.mode);
    w.uri = a.server ? a.server->uri : a.bootstrap->uri;
    w.bootstrapAccount = a.bootstrap != nullptr;
    for (const Record& r : sec)
        w.resources << QStringLiteral("%1=%2").arg(r.path.resourceId()).arg(r.value.describe(false));
    m_report.written << w;
    if (a.server) {
        WrittenInstance s;
        s.path = Path(1, a.serverInstance).toString();
        s.contentFormat = formatFor(false);
        s.shortServerId = a.server->shortServerId;
        s.resources << QStringLiteral("1=%1").arg(a.server->lifetime) << QStringLiteral("7=%1").arg(a.server->binding);
        m_report.written << s;
    }
    co_return Status {};
}

void BootstrapSession::checkForSecrets(const QList<QByteArray>& payloads, quint16 format, const QString& path)
{
    auto fmt = codec::contentFormatFromNumber(format);
    if (!fmt)
        return;
    auto target = Path::parse(path);
    if (!target)
        return;
    for (const QByteArray& p : payloads) {
        auto records = codec::decode(*fmt, *target, p, m_registry);
        if (!records)
            continue;
        for (const Record& r : records.value()) {
            // S20: /0/x/5 must never be readable; flag the device.
            if (r.path.level() >= Path::Resource && r.path.objectId() == 0 && m_registry.isSecret(r.path)) {
                const QString flag = QStringLiteral("S20: the device returned %1 on read").arg(r.path.toString());
                if (!m_report.flags.contains(flag))
                    m_report.flags << flag;
                qCWarning(lcBootstrap).noquote() << m_report.endpoint << flag;
            }
        }
    }
}

QCoro::Task<Status> BootstrapSession::bootstrapRead()
{
    QPointer<BootstrapSession> self(this);
    if (m_discovered && m_discovered->lwm2mVersion == QLatin1String("1.0")) {
        StepReport skipped;
        skipped.name = QStringLiteral("bootstrap-read");
        skipped.ok = true;
        skipped.message = tr("skipped: LwM2M 1.0 devices have no Bootstrap-Read");
        addStep(skipped);
        co_return Status {};
    }
    const quint16 format = formatFor(false);
    StepReport step;
    coap::Request req {coap::Method::Get, QStringLiteral("/1"), {}, {}, format, {}};
    QString name = QStringLiteral("bootstrap-read");
    auto r = co_await send(std::move(name), std::move(req), &step);
    if (!self)
        co_return Status {};
    if (!r.ok()) {
        addFailedStep(step, r.error());
        co_return std::move(r).error();
    }
    if (!coap::isSuccess(r->code)) {
        step.ok = true; // optional operation
        step.message = tr("the device does not support Bootstrap-Read (%1)").arg(coap::codeDescription(r->code));
        addStep(step);
        co_return Status {};
    }
    const quint16 answered = r->contentFormat.value_or(format);
    checkForSecrets({r->payload}, answered, QStringLiteral("/1"));
    auto fmt = codec::contentFormatFromNumber(answered);
    auto records = fmt
        ? codec::decode(*fmt, Path(1), r->payload, m_registry)
        : Result<QList<Record>>(makeError(QStringLiteral("bootstrap.readFormat"), tr("Unknown content format.")));
    wipeByteArray(r->payload);
    if (!records.ok()) {
        addFailedStep(step, records.error());
        co_return makeError(QStringLiteral("bootstrap.readMalformed"),
                            tr("The device's Bootstrap-Read answer could not be decoded."), records.error().details);
    }
    // Every Server instance we wrote is there with its SSID and lifetime.
    QStringList mismatches;
    for (const auto& a : m_accounts) {
        if (!a->server)
            continue;
        const Path base(1, a->serverInstance);
        std::optional<qint64> ssid, lifetime;
        for (const Record& rec : records.value()) {
            if (rec.path == base.child(SrvShortServerId) && rec.value.type() == lwm2m::ValueType::Integer)
                ssid = rec.value.toInteger();
            if (rec.path == base.child(SrvLifetime) && rec.value.type() == lwm2m::ValueType::Integer)
                lifetime = rec.value.toInteger();
        }
        if (ssid != a->server->shortServerId || lifetime != a->server->lifetime)
            mismatches << base.toString();
    }
    if (!mismatches.isEmpty()) {
        step.message = tr("Server instances differ from the plan: %1").arg(mismatches.join(QLatin1String(", ")));
        step.errorCode = QStringLiteral("bootstrap.readMismatch");
        addStep(step);
        co_return makeError(QStringLiteral("bootstrap.readMismatch"),
                            tr("The device's Server object differs from what was written: %1.")
                                .arg(mismatches.join(QLatin1String(", "))));
    }
    step.ok = true;
    step.message = tr("/1 matches the plan");
    addStep(step);
    co_return Status {};
}

QCoro::Task<Status> BootstrapSession::finish()
{
    QPointer<BootstrapSession> self(this);
    StepReport step;
    coap::Request req {coap::Method::Post, QStringLiteral("/bs"), {}, {}, {}, {}};
    QString name = QStringLiteral("finish");
    auto r = co_await send(std::move(name), std::move(req), &step);
    if (!self)
        co_return Status {};
    if (!r.ok()) {
        addFailedStep(step, r.error());
        co_return std::move(r).error();
    }
    if (r->code != coap::code::Changed) {
        step.message = coap::codeDescription(r->code);
        step.errorCode = QStringLiteral("bootstrap.finishRefused");
        addStep(step);
        co_return makeError(
            QStringLiteral("bootstrap.finishRefused"),
            r->code == coap::code::NotAcceptable
                ? tr("The device found its new configuration inconsistent and refused Bootstrap-Finish (4.06).")
                : tr("The device refused Bootstrap-Finish (%1).").arg(coap::codeDescription(r->code)));
    }
    step.ok = true;
    addStep(step);
    co_return Status {};
}

} // namespace lwc::bootstrap
