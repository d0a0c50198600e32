// `commissioner-cli device-sim`: a simulated LwM2M device (or many) that
// bootstraps against a bootstrap server, optionally misbehaving.
#include "CliCommand.h"
#include "CliUtil.h"

#include "bootstrap/BootstrapPlan.h"
#include "codec/ContentFormat.h"
#include "devicesim/SimulatedDevice.h"
#include "devicesim/UdpFaultProxy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QCoro/QCoroTask>

#include <sys/resource.h>

namespace lwc::cli {
namespace {

const char* kVerb = "device-sim";

QJsonObject outcomeJson(const devicesim::SimulatedDevice& d, const devicesim::DeviceOutcome& o)
{
    QJsonObject j {{QStringLiteral("endpoint"), d.config().endpoint},
                   {QStringLiteral("finished"), o.finished},
                   {QStringLiteral("ms"), o.connectToFinishMs},
                   {QStringLiteral("requests"), o.requestsServed}};
    if (!o.negotiatedSuite.isEmpty())
        j.insert(QStringLiteral("suite"), o.negotiatedSuite);
    if (o.bspackMs >= 0)
        j.insert(QStringLiteral("bspackMs"), o.bspackMs);
    if (o.error)
        j.insert(QStringLiteral("error"), o.error->toString());
    QJsonArray objects;
    for (quint16 obj : {quint16(0), quint16(1)}) {
        for (const lwm2m::ObjectInstance& inst : d.instancesOf(obj)) {
            QJsonObject i {{QStringLiteral("path"), inst.path().toString()}};
            for (const auto& [id, res] : inst.resources)
                i.insert(QString::number(id), res.value.describe(false)); // secrets stay <secret:N bytes>
            objects.append(i);
        }
    }
    j.insert(QStringLiteral("objects"), objects);
    return j;
}

QCoro::Task<int> runDevices(std::vector<std::unique_ptr<devicesim::SimulatedDevice>>* devices, bool json)
{
    std::vector<QCoro::Task<devicesim::DeviceOutcome>> tasks;
    tasks.reserve(devices->size());
    for (auto& d : *devices)
        tasks.push_back(d->bootstrap());
    int failed = 0;
    for (size_t i = 0; i < tasks.size(); ++i) {
        const devicesim::DeviceOutcome o = co_await std::move(tasks[i]);
        failed += o.finished ? 0 : 1;
        if (json)
            out() << QJsonDocument(outcomeJson(*(*devices)[i], o)).toJson(QJsonDocument::Compact) << "\n";
        else
            out() << (*devices)[i]->config().endpoint << ": "
                  << (o.finished
                          ? QStringLiteral("bootstrapped in %1 ms").arg(o.connectToFinishMs)
                          : QStringLiteral("FAILED: %1").arg(o.error ? o.error->toString() : QStringLiteral("?")))
                  << "\n";
        out().flush();
    }
    co_return failed == 0 ? int(ExitOk) : int(ExitFailed);
}

int run(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Run a simulated LwM2M device that bootstraps against SERVER. Credentials come from the device's entry in a "
        "bootstrap plan (--plan), or from the options."));
    p.addHelpOption();
    QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Bootstrap server ADDR:PORT."),
                              QStringLiteral("addr"));
    QCommandLineOption plan(QStringLiteral("plan"), QStringLiteral("Take endpoint and credentials from this plan."),
                            QStringLiteral("file"));
    QCommandLineOption endpoint(QStringLiteral("endpoint"), QStringLiteral("Endpoint name (ep=)."),
                                QStringLiteral("name"));
    QCommandLineOption mode(QStringLiteral("mode"), QStringLiteral("psk, pin, x509 or nosec (without --plan)."),
                            QStringLiteral("mode"));
    QCommandLineOption identity(QStringLiteral("identity"), QStringLiteral("PSK identity (without --plan)."),
                                QStringLiteral("id"));
    QCommandLineOption pskFile(QStringLiteral("psk-file"), QStringLiteral("File with the PSK as hex (without --plan)."),
                               QStringLiteral("file"));
    QCommandLineOption pinFile(QStringLiteral("pin-file"), QStringLiteral("File with the PIN (without --plan)."),
                               QStringLiteral("file"));
    QCommandLineOption cert(QStringLiteral("cert"), QStringLiteral("X.509: client certificate (PEM)."),
                            QStringLiteral("file"));
    QCommandLineOption key(QStringLiteral("key"), QStringLiteral("X.509: client private key (PEM)."),
                           QStringLiteral("file"));
    QCommandLineOption pct(
        QStringLiteral("pct"),
        QStringLiteral("Preferred content format to announce (%1).").arg(codec::contentFormatNames()),
        QStringLiteral("format"));
    QCommandLineOption version(QStringLiteral("lwm2m"),
                               QStringLiteral("LwM2M version to behave as: 1.0, 1.1 (default) or 1.2."),
                               QStringLiteral("version"), QStringLiteral("1.1"));
    QCommandLineOption cipher(QStringLiteral("cipher"), QStringLiteral("OpenSSL cipher list to offer."),
                              QStringLiteral("list"));
    QCommandLineOption count(QStringLiteral("count"),
                             QStringLiteral("Run N devices at once (endpoint and identity get -0001 ... suffixes)."),
                             QStringLiteral("n"), QStringLiteral("1"));
    QCommandLineOption timeout(QStringLiteral("timeout"),
                               QStringLiteral("Seconds to wait for Bootstrap-Finish (default 30)."),
                               QStringLiteral("seconds"), QStringLiteral("30"));
    QCommandLineOption closeAfter(QStringLiteral("close-after"),
                                  QStringLiteral("Fault: drop the session after N server requests."),
                                  QStringLiteral("n"));
    QCommandLineOption leak(QStringLiteral("leak-secret"),
                            QStringLiteral("Fault: return /0/x/5 on reads (S20 violation)."));
    QCommandLineOption malformed(QStringLiteral("malformed-discover"),
                                 QStringLiteral("Fault: answer Bootstrap-Discover with broken link format."));
    QCommandLineOption refuseFinish(QStringLiteral("refuse-finish"),
                                    QStringLiteral("Fault: answer Bootstrap-Finish with 4.06."));
    QCommandLineOption refuseNonTlv(QStringLiteral("refuse-non-tlv"),
                                    QStringLiteral("Fault: 4.15 for every format but TLV."));
    QCommandLineOption dropRate(QStringLiteral("drop-rate"),
                                QStringLiteral("Fault: lose this fraction of datagrams (0..1)."), QStringLiteral("p"));
    QCommandLineOption cutAfter(QStringLiteral("cut-after"), QStringLiteral("Fault: vanish after N datagrams."),
                                QStringLiteral("n"));
    QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON line per device."));
    QCommandLineOption handshakeOnly(
        QStringLiteral("handshake-only"),
        QStringLiteral("Benchmark baseline: DTLS handshake and POST /bs only, no bootstrap."));
    p.addOptions({server,    plan,         endpoint,     mode,     identity, pskFile, pinFile,      cert,
                  key,       pct,          version,      cipher,   count,    timeout, closeAfter,   leak,
                  malformed, refuseFinish, refuseNonTlv, dropRate, cutAfter, json,    handshakeOnly});
    if (const auto rc = parseArguments(p, args, QString::fromLatin1(kVerb)))
        return *rc;
    const QString verb = QString::fromLatin1(kVerb);
    if (!p.isSet(server))
        return usageError(verb, QStringLiteral("--server is required"));
    auto hp = parseHostPort(p.value(server));
    if (!hp)
        return usageError(verb, hp.error().userText);
    bool ok = false;
    const int n = p.value(count).toInt(&ok);
    if (!ok || n < 1 || n > 100000)
        return usageError(verb, QStringLiteral("--count needs 1..100000"));
    const double seconds = p.value(timeout).toDouble(&ok);
    if (!ok || seconds <= 0)
        return usageError(verb, QStringLiteral("--timeout needs a positive number"));
    const QString lwm2mVersion = p.value(version);
    if (lwm2mVersion != QLatin1String("1.0") && lwm2mVersion != QLatin1String("1.1")
        && lwm2mVersion != QLatin1String("1.2"))
        return usageError(verb, QStringLiteral("--lwm2m is 1.0, 1.1 or 1.2"));

    devicesim::DeviceConfig base;
    base.server = hp->address;
    base.port = hp->port;
    base.lwm2mVersion = lwm2mVersion;
    base.timeout = std::chrono::milliseconds(qint64(seconds * 1000));
    base.cipherList = p.value(cipher).toLatin1();
    if (p.isSet(pct)) {
        auto f = codec::contentFormatFromName(p.value(pct));
        if (!f)
            return usageError(verb, QStringLiteral("unknown --pct '%1'").arg(p.value(pct)));
        base.preferredFormat = quint16(*f);
    }
    if (p.isSet(closeAfter))
        base.closeAfterRequests = p.value(closeAfter).toInt();
    base.leakSecretOnRead = p.isSet(leak);
    base.malformedDiscover = p.isSet(malformed);
    base.refuseFinish = p.isSet(refuseFinish);
    base.refuseNonTlv = p.isSet(refuseNonTlv);

    base.handshakeOnly = p.isSet(handshakeOnly);
    std::optional<bootstrap::BootstrapPlan> planData;
    if (p.isSet(plan)) {
        auto loaded = bootstrap::BootstrapPlan::load(p.value(plan));
        if (!loaded) {
            err() << "commissioner-cli device-sim: " << loaded.error().toString() << "\n";
            return ExitFailed;
        }
        const bootstrap::DevicePlan* d = nullptr;
        if (p.isSet(endpoint))
            d = loaded->match(p.value(endpoint));
        else if (loaded->devices.size() == 1)
            d = &loaded->devices.front();
        // With --count, --endpoint is a prefix: each device takes the plan
        // entry named prefix-0001, prefix-0002, ...
        const bool fleetFromPlan = n > 1 && p.isSet(endpoint);
        if (!d && !fleetFromPlan)
            return usageError(verb, QStringLiteral("give --endpoint: which device of the plan to simulate"));
        base.endpoint = p.isSet(endpoint) ? p.value(endpoint) : d->endpoint;
        if (base.endpoint.isEmpty())
            return usageError(verb, QStringLiteral("the plan entry is a pattern; give --endpoint"));
        if (d) {
            base.mode = d->channel.mode;
            base.pskIdentity = d->channel.pskIdentity;
            base.psk = base.mode == coap::SecurityMode::Pin ? d->channel.pin.clone() : d->channel.psk.clone();
        }
        planData = std::move(loaded).value();
    } else {
        if (!p.isSet(endpoint) || !p.isSet(mode))
            return usageError(verb, QStringLiteral("without --plan, give --endpoint and --mode"));
        base.endpoint = p.value(endpoint);
        if (!coap::parseSecurityMode(p.value(mode), &base.mode))
            return usageError(verb, QStringLiteral("unknown --mode '%1'").arg(p.value(mode)));
        base.pskIdentity = p.value(identity).toUtf8();
        if (p.isSet(pskFile)) {
            auto hex = readInput(p.value(pskFile));
            if (!hex)
                return usageError(verb, hex.error().userText);
            QByteArray raw = QByteArray::fromHex(hex->trimmed());
            wipeByteArray(hex.value());
            base.psk = SecretBytes::takeFrom(raw);
        }
        if (p.isSet(pinFile)) {
            auto pin = readInput(p.value(pinFile));
            if (!pin)
                return usageError(verb, pin.error().userText);
            QByteArray trimmed = pin->trimmed();
            wipeByteArray(pin.value());
            base.psk = SecretBytes::takeFrom(trimmed);
        }
    }
    if (base.mode == coap::SecurityMode::Certificate) {
        if (!p.isSet(cert) || !p.isSet(key))
            return usageError(verb, QStringLiteral("x509 mode needs --cert and --key"));
        auto pem = readInput(p.value(cert));
        auto k = readInput(p.value(key));
        if (!pem || !k)
            return usageError(verb, QStringLiteral("cannot read --cert or --key"));
        auto derOf = [](const QByteArray& data, const QByteArray& label) {
            const QByteArray b = "-----BEGIN " + label + "-----", e = "-----END " + label + "-----";
            const qsizetype from = data.indexOf(b), to = data.indexOf(e);
            return from >= 0 && to > from
                ? QByteArray::fromBase64(data.mid(from + b.size(), to - from - b.size()).trimmed())
                : QByteArray();
        };
        base.certificateChain = {derOf(pem.value(), "CERTIFICATE")};
        QByteArray der = derOf(k.value(), "PRIVATE KEY");
        wipeByteArray(k.value());
        base.privateKey = SecretBytes::takeFrom(der);
        if (base.certificateChain.first().isEmpty() || base.privateKey.isEmpty())
            return usageError(verb, QStringLiteral("--cert/--key must be PEM (CERTIFICATE / PRIVATE KEY)"));
    }

    // Many devices: lift the descriptor limit (one socket per device).
    struct rlimit nofile { };
    if (getrlimit(RLIMIT_NOFILE, &nofile) == 0 && nofile.rlim_cur < nofile.rlim_max) {
        nofile.rlim_cur = nofile.rlim_max;
        setrlimit(RLIMIT_NOFILE, &nofile);
    }

    std::unique_ptr<devicesim::UdpFaultProxy> proxy;
    if (p.isSet(dropRate) || p.isSet(cutAfter)) {
        proxy = std::make_unique<devicesim::UdpFaultProxy>();
        devicesim::UdpFaultProxy::Faults f;
        f.dropRate = p.value(dropRate).toDouble();
        f.cutAfter = p.isSet(cutAfter) ? p.value(cutAfter).toInt() : -1;
        proxy->setFaults(f);
        const Status s = proxy->start(QHostAddress::LocalHost, 0, base.server, base.port);
        if (!s.ok()) {
            err() << "commissioner-cli device-sim: " << s.error().toString() << "\n";
            return ExitFailed;
        }
        base.server = QHostAddress::LocalHost;
        base.port = proxy->port();
    }

    devicesim::DeviceFleet fleet;
    std::vector<std::unique_ptr<devicesim::SimulatedDevice>> devices;
    for (int i = 0; i < n; ++i) {
        devicesim::DeviceConfig c;
        const QString suffix = QStringLiteral("-%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        c.endpoint = n == 1 ? base.endpoint : base.endpoint + suffix;
        c.server = base.server;
        c.port = base.port;
        c.mode = base.mode;
        c.pskIdentity = n == 1 ? base.pskIdentity : base.pskIdentity + suffix.toUtf8();
        c.psk = base.psk.clone();
        // Many devices from one plan: each takes its own entry's credentials.
        if (n > 1 && planData) {
            if (const bootstrap::DevicePlan* d = planData->match(c.endpoint); d && d->endpoint == c.endpoint) {
                c.mode = d->channel.mode;
                c.pskIdentity = d->channel.pskIdentity;
                c.psk = c.mode == coap::SecurityMode::Pin ? d->channel.pin.clone() : d->channel.psk.clone();
            }
        }
        c.handshakeOnly = base.handshakeOnly;
        c.certificateChain = base.certificateChain;
        c.privateKey = base.privateKey.clone();
        c.cipherList = base.cipherList;
        c.preferredFormat = base.preferredFormat;
        c.lwm2mVersion = base.lwm2mVersion;
        c.timeout = base.timeout;
        c.closeAfterRequests = base.closeAfterRequests;
        c.leakSecretOnRead = base.leakSecretOnRead;
        c.malformedDiscover = base.malformedDiscover;
        c.refuseFinish = base.refuseFinish;
        c.refuseNonTlv = base.refuseNonTlv;
        devices.push_back(std::make_unique<devicesim::SimulatedDevice>(std::move(c), &fleet));
    }
    return QCoro::waitFor(runDevices(&devices, p.isSet(json)));
}

} // namespace

LWC_CLI_COMMAND(deviceSim, "device-sim", "Run a simulated LwM2M device against a bootstrap server", run);

} // namespace lwc::cli
