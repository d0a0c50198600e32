#include "SimulatedDevice.h"

#include "codec/Codec.h"
#include "codec/ContentFormat.h"
#include "common/Log.h"
#include "lwm2m/ObjectRegistry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>

#include <QCoro/QCoroSignal>

namespace lwc::devicesim {

using lwm2m::ObjectInstance;
using lwm2m::Path;
using lwm2m::Record;
using lwm2m::Value;

namespace {

constexpr quint16 kTlv = 11542;

coap::Response code(quint8 c)
{
    return coap::Response {c, {}, {}};
}

void setResource(ObjectInstance& inst, quint16 id, Value v)
{
    lwm2m::Resource r;
    r.id = id;
    r.value = std::move(v);
    inst.resources[id] = std::move(r);
}

bool isBootstrapAccount(const ObjectInstance& inst)
{
    auto it = inst.resources.find(1);
    return inst.objectId == 0 && it != inst.resources.end() && it->second.value.type() == lwm2m::ValueType::Boolean
        && it->second.value.toBool();
}

std::optional<qint64> intResource(const ObjectInstance& inst, quint16 id)
{
    auto it = inst.resources.find(id);
    if (it == inst.resources.end() || it->second.value.type() != lwm2m::ValueType::Integer)
        return std::nullopt;
    return it->second.value.toInteger();
}

} // namespace

DeviceFleet::DeviceFleet(QObject* parent) : QObject(parent), m_endpoint(std::make_unique<coap::CoapEndpoint>())
{
    m_endpoint->setRequestHandler([this](const coap::PeerSession& peer, const coap::IncomingRequest& req) {
        auto it = m_devices.find(peer.id());
        if (it == m_devices.end())
            return coap::Response {coap::code::NotFound, {}, {}};
        return it->second->handle(peer, req);
    });
}

DeviceFleet::~DeviceFleet() = default;

SimulatedDevice::SimulatedDevice(DeviceConfig config, DeviceFleet* fleet, QObject* parent)
    : QObject(parent), m_config(std::move(config)), m_fleet(fleet)
{
    if (!m_fleet) {
        m_ownFleet = std::make_unique<DeviceFleet>();
        m_fleet = m_ownFleet.get();
    }
    seedFactoryState();
}

SimulatedDevice::~SimulatedDevice()
{
    if (m_session.isValid())
        m_fleet->detach(m_session.id());
}

void SimulatedDevice::seedFactoryState()
{
    // /0/0: the Bootstrap-Server account the device left the factory with.
    ObjectInstance bs {0, 0, {}};
    const QString scheme
        = m_config.mode == coap::SecurityMode::NoSec ? QStringLiteral("coap") : QStringLiteral("coaps");
    setResource(bs, 0,
                Value::string(QStringLiteral("%1://%2:%3").arg(scheme, m_config.server.toString()).arg(m_config.port)));
    setResource(bs, 1, Value::boolean(true));
    const int mode = m_config.mode == coap::SecurityMode::NoSec ? 3
        : m_config.mode == coap::SecurityMode::Certificate      ? 2
                                                                : 0;
    setResource(bs, 2, Value::integer(mode));
    setResource(bs, 3,
                Value::opaque(m_config.mode == coap::SecurityMode::Certificate && !m_config.certificateChain.isEmpty()
                                  ? m_config.certificateChain.first()
                                  : m_config.pskIdentity));
    setResource(bs, 4, Value::opaque({}));
    setResource(bs, 5, m_config.psk.isEmpty() ? Value::opaque({}) : Value::secret(m_config.psk.clone()));
    setResource(bs, 11, Value::integer(0));
    m_objects[Path(0, 0)] = std::move(bs);

    if (m_config.factoryServerAccount) {
        ObjectInstance sec {0, 1, {}};
        setResource(sec, 0, Value::string(QStringLiteral("coap://factory.invalid:5683")));
        setResource(sec, 1, Value::boolean(false));
        setResource(sec, 2, Value::integer(3));
        setResource(sec, 3, Value::opaque({}));
        setResource(sec, 4, Value::opaque({}));
        setResource(sec, 5, Value::opaque({}));
        setResource(sec, 10, Value::integer(1));
        m_objects[Path(0, 1)] = std::move(sec);
        ObjectInstance srv {1, 0, {}};
        setResource(srv, 0, Value::integer(1));
        setResource(srv, 1, Value::integer(60));
        setResource(srv, 6, Value::boolean(false));
        setResource(srv, 7, Value::string(QStringLiteral("U")));
        m_objects[Path(1, 0)] = std::move(srv);
    }

    ObjectInstance dev {3, 0, {}};
    setResource(dev, 0, Value::string(QStringLiteral("LwM2M Commissioner")));
    setResource(dev, 1, Value::string(QStringLiteral("Simulated device")));
    setResource(dev, 2, Value::string(m_config.endpoint));
    setResource(dev, 3, Value::string(QStringLiteral("1.0.0")));
    setResource(dev, 16, Value::string(QStringLiteral("U")));
    m_objects[Path(3, 0)] = std::move(dev);
}

QList<ObjectInstance> SimulatedDevice::instancesOf(quint16 objectId) const
{
    QList<ObjectInstance> list;
    for (const auto& [p, inst] : m_objects)
        if (inst.objectId == objectId)
            list << inst;
    return list;
}

QCoro::Task<DeviceOutcome> SimulatedDevice::bootstrap()
{
    DeviceOutcome out;
    QPointer<SimulatedDevice> self(this);
    QElapsedTimer t;
    t.start();
    coap::ConnectConfig c;
    c.address = m_config.server;
    c.port = m_config.port;
    c.mode = m_config.mode;
    c.pskIdentity = m_config.pskIdentity;
    c.psk = m_config.psk.clone();
    c.certificateChain = m_config.certificateChain;
    c.privateKey = m_config.privateKey.clone();
    c.cipherList = m_config.cipherList;
    if (m_stopped) {
        out.error = makeError(QStringLiteral("devicesim.stopped"), tr("The simulated device was switched off."));
        co_return out;
    }
    auto session = m_fleet->endpoint().connect(std::move(c));
    if (!session) {
        out.error = session.error();
        co_return out;
    }
    m_session = session.value();
    m_fleet->attach(m_session.id(), this);
    coap::CoapEndpoint& ep = m_fleet->endpoint();

    if (m_config.lwm2mVersion == QLatin1String("1.2")) {
        // LwM2M 1.2 clients ask for a Bootstrap-Pack first.
        QElapsedTimer p;
        p.start();
        coap::Request req {coap::Method::Get, QStringLiteral("/bspack"), {}, {}, kTlv, {}};
        auto pack = co_await ep.request(m_session, std::move(req), m_config.timeout);
        if (!self)
            co_return out;
        out.bspackMs = p.elapsed();
        if (pack.ok() && coap::isSuccess(pack->code)) {
            out.error
                = makeError(QStringLiteral("devicesim.bspackUnexpected"), tr("The server served a Bootstrap-Pack."));
            co_return out;
        }
        if (!pack.ok()) {
            out.error = pack.error();
            co_return out;
        }
    }

    coap::Request bs {
        coap::Method::Post, QStringLiteral("/bs"), {QStringLiteral("ep=") + m_config.endpoint}, {}, {}, {}};
    if (m_config.preferredFormat)
        bs.query << QStringLiteral("pct=%1").arg(*m_config.preferredFormat);
    auto r = co_await ep.request(m_session, std::move(bs), m_config.timeout);
    if (!self)
        co_return out;
    out.negotiatedSuite = m_session.cipherSuite();
    if (!r.ok()) {
        out.error = r.error();
        co_return out;
    }
    if (r->code != coap::code::Changed) {
        out.error = makeError(QStringLiteral("devicesim.bootstrapRefused"),
                              tr("The bootstrap server answered %1 to POST /bs.").arg(coap::codeDescription(r->code)));
        co_return out;
    }
    if (m_config.handshakeOnly) {
        out.finished = true;
        out.connectToFinishMs = t.elapsed();
        co_return out;
    }
    if (!m_finished) {
        const qint64 left = qMax<qint64>(1, m_config.timeout.count() - t.elapsed());
        auto done = co_await qCoro(this, &SimulatedDevice::finished, std::chrono::milliseconds(left));
        if (!self)
            co_return out;
        if (m_stopped && !m_finished) {
            out.error = makeError(QStringLiteral("devicesim.stopped"), tr("The simulated device was switched off."));
            out.requestsServed = m_served;
            co_return out;
        }
        if (!done && !m_finished) {
            out.error
                = makeError(QStringLiteral("devicesim.timeout"),
                            tr("Bootstrap-Finish did not arrive within %1 s.").arg(m_config.timeout.count() / 1000));
            out.requestsServed = m_served;
            co_return out;
        }
    }
    out.finished = true;
    out.connectToFinishMs = t.elapsed();
    out.requestsServed = m_served;
    co_return out;
}

coap::Response SimulatedDevice::handle(const coap::PeerSession& peer, const coap::IncomingRequest& req)
{
    Q_UNUSED(peer);
    ++m_served;
    m_requestLog << QStringLiteral("%1 %2%3").arg(coap::methodName(req.method), req.path,
                                                  req.contentFormat ? QStringLiteral(" %1").arg(*req.contentFormat)
                                                                    : QString());
    if (m_config.closeAfterRequests >= 0 && m_served > m_config.closeAfterRequests) {
        // The device reboots mid-sequence: its session is gone.
        qCInfo(lcCoap).noquote() << "simulated device" << m_config.endpoint << "drops its session";
        m_fleet->endpoint().close(m_session, coap::CloseReason::Closed, QStringLiteral("simulated reboot"));
        return code(coap::code::ServiceUnavailable);
    }
    if (req.path == QLatin1String("/bs") && req.method == coap::Method::Post)
        return finish();
    auto path = req.path == QLatin1String("/") ? Result<Path>(Path()) : Path::parse(req.path);
    if (!path)
        return code(coap::code::NotFound);
    switch (req.method) {
    case coap::Method::Get:
        if (path->isRoot() || (req.accept && *req.accept == 40))
            return discover();
        return read(*path, req.accept);
    case coap::Method::Put:
        return write(*path, req);
    case coap::Method::Delete:
        return remove(*path);
    default:
        return code(coap::code::MethodNotAllowed);
    }
}

coap::Response SimulatedDevice::discover() const
{
    if (m_config.lwm2mVersion == QLatin1String("1.0"))
        return code(coap::code::NotFound);
    if (m_config.malformedDiscover)
        return coap::Response {coap::code::Content, quint16(40),
                               QByteArray("</>;lwm2m=1.1,<</0/0>;ssid=,\"unterminated")};
    QStringList links {QStringLiteral("</>;lwm2m=%1").arg(m_config.lwm2mVersion)};
    for (const auto& [p, inst] : m_objects) {
        QString link = QStringLiteral("<%1>").arg(p.toString());
        if (inst.objectId == 0) {
            if (!isBootstrapAccount(inst)) {
                if (auto ssid = intResource(inst, 10))
                    link += QStringLiteral(";ssid=%1").arg(*ssid);
            }
            auto uri = inst.resources.find(0);
            if (uri != inst.resources.end() && uri->second.value.type() == lwm2m::ValueType::String)
                link += QStringLiteral(";uri=\"%1\"").arg(uri->second.value.toText());
        } else if (inst.objectId == 1) {
            if (auto ssid = intResource(inst, 0))
                link += QStringLiteral(";ssid=%1").arg(*ssid);
        }
        links << link;
    }
    return coap::Response {coap::code::Content, quint16(40), links.join(QLatin1Char(',')).toUtf8()};
}

coap::Response SimulatedDevice::read(const Path& path, std::optional<quint16> accept) const
{
    if (m_config.lwm2mVersion == QLatin1String("1.0"))
        return code(coap::code::MethodNotAllowed);
    // S20: the Security object is not readable, and /0/x/5 never is.
    if (path.objectId() == 0 && !m_config.leakSecretOnRead)
        return code(coap::code::Unauthorized);
    quint16 format = accept.value_or(kTlv);
    if (!m_config.acceptedFormats.contains(format))
        return code(coap::code::NotAcceptable);
    QList<ObjectInstance> instances;
    for (const auto& [p, inst] : m_objects)
        if (p.startsWith(path))
            instances << inst;
    Path target = path;
    if (m_config.leakSecretOnRead && path.objectId() != 0) {
        // The faulty device adds its Security object, keys included, to a
        // SenML answer about another object.
        for (const auto& [p, inst] : m_objects)
            if (inst.objectId == 0)
                instances << inst;
        format = 110;
        target = Path();
    }
    auto fmt = codec::contentFormatFromNumber(format);
    if (!fmt)
        return code(coap::code::NotAcceptable);
    auto payload = codec::encode(*fmt, target, lwm2m::flattenInstances(instances));
    if (!payload)
        return code(coap::code::InternalServerError);
    return coap::Response {coap::code::Content, format, payload.value()};
}

coap::Response SimulatedDevice::write(const Path& path, const coap::IncomingRequest& req)
{
    const quint16 format = req.contentFormat.value_or(kTlv);
    if (!m_config.acceptedFormats.contains(format) || (m_config.refuseNonTlv && format != kTlv))
        return code(coap::code::UnsupportedContentFormat);
    if (path.isRoot() || path.level() > 2 || (path.objectId() != 0 && path.objectId() != 1))
        return code(coap::code::MethodNotAllowed);
    auto fmt = codec::contentFormatFromNumber(format);
    if (!fmt)
        return code(coap::code::UnsupportedContentFormat);
    auto records = codec::decode(*fmt, path, req.payload, lwm2m::ObjectRegistry::builtin());
    if (!records) {
        qCInfo(lcCoap).noquote() << "simulated device" << m_config.endpoint << "cannot decode" << path.toString() << ":"
                                 << records.error().toString();
        return code(coap::code::BadRequest);
    }
    auto instances = lwm2m::groupRecords(records.value());
    if (!instances)
        return code(coap::code::BadRequest);
    for (ObjectInstance& inst : instances.value()) {
        ObjectInstance& stored = m_objects[inst.path()];
        stored.objectId = inst.objectId;
        stored.instanceId = inst.instanceId;
        for (auto& [id, res] : inst.resources)
            stored.resources[id] = res;
    }
    return code(coap::code::Changed);
}

coap::Response SimulatedDevice::remove(const Path& path)
{
    if (path.level() > 2)
        return code(coap::code::BadRequest);
    for (auto it = m_objects.begin(); it != m_objects.end();) {
        const ObjectInstance& inst = it->second;
        const bool keep = inst.objectId == 3 || isBootstrapAccount(inst) || !it->first.startsWith(path);
        it = keep ? std::next(it) : m_objects.erase(it);
    }
    return code(coap::code::Deleted);
}

coap::Response SimulatedDevice::finish()
{
    if (m_config.refuseFinish)
        return code(coap::code::NotAcceptable);
    // Every server account needs its Server instance (same SSID).
    for (const auto& [p, inst] : m_objects) {
        if (inst.objectId != 0 || isBootstrapAccount(inst))
            continue;
        const auto ssid = intResource(inst, 10);
        bool found = false;
        for (const auto& [q, srv] : m_objects)
            found |= srv.objectId == 1 && intResource(srv, 0) == ssid;
        if (!ssid || !found)
            return code(coap::code::NotAcceptable);
    }
    if (!m_finished) {
        m_finished = true;
        if (!m_wakeQueued) {
            m_wakeQueued = true;
            QMetaObject::invokeMethod(this, &SimulatedDevice::finished, Qt::QueuedConnection);
        }
    }
    return code(coap::code::Changed);
}

void SimulatedDevice::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    // Fails a request in flight (POST /bs) at once.
    if (m_session.isValid())
        m_fleet->endpoint().close(m_session, coap::CloseReason::Closed, QStringLiteral("device switched off"));
    // Wakes a bootstrap() waiting for Bootstrap-Finish (one emission only:
    // a second would resume a finished coroutine).
    if (!m_wakeQueued) {
        m_wakeQueued = true;
        QMetaObject::invokeMethod(this, &SimulatedDevice::finished, Qt::QueuedConnection);
    }
}

} // namespace lwc::devicesim
