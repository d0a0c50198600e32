// N simulated devices bootstrap concurrently over DTLS-PSK against one
// BootstrapServer (this process). The devices run in a second process
// (`commissioner-cli device-sim --count N`), so both cores work as they would
// with real devices. Baseline, same run: N bare DTLS handshakes + one CoAP
// round trip each, against a listener that only answers POST /bs.
//
// Usage: bench_bootstrap [--devices N] [--rounds R]
// Prints devices/s, p50/p99 latency, server peak RSS, and the ratio
// full bootstrap / baseline.
#include "BenchHarness.h"

#include "bootstrap/BootstrapServer.h"
#include "coap/CoapEndpoint.h"
#include "common/Log.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

#include <openssl/rand.h>
#include <sys/resource.h>

using namespace lwc;

namespace {

struct Run {
    int devices = 0;
    int finished = 0;
    double wallSeconds = 0;
    std::vector<qint64> latencies;
    long serverPeakRssKb = 0;
    double serverCpuSeconds = 0;
    double devicesCpuSeconds = 0;
    QString firstError;
};

long peakRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (f.open(QIODevice::ReadOnly))
        for (const QByteArray& line : f.readAll().split('\n'))
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').first().toLong();
    return 0;
}

void resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5"); // resets VmHWM to the current RSS (Linux >= 4.0)
}

QByteArray makePlan(int n, QList<QByteArray>* keysHex)
{
    QJsonArray devices;
    for (int i = 1; i <= n; ++i) {
        unsigned char key[16];
        RAND_bytes(key, sizeof key);
        const QByteArray hex = QByteArray(reinterpret_cast<const char*>(key), 16).toHex();
        keysHex->append(hex);
        const QString ep = QStringLiteral("bench-%1").arg(i, 4, 10, QLatin1Char('0'));
        devices.append(QJsonObject {
            {QStringLiteral("endpoint"), ep},
            {QStringLiteral("bootstrap"),
             QJsonObject {{QStringLiteral("mode"), QStringLiteral("psk")},
                          {QStringLiteral("pskIdentity"), ep},
                          {QStringLiteral("psk"), QJsonObject {{QStringLiteral("hex"), QString::fromLatin1(hex)}}}}},
            {QStringLiteral("servers"),
             QJsonArray {QJsonObject {{QStringLiteral("shortServerId"), 101},
                                      {QStringLiteral("uri"), QStringLiteral("coaps://lwm2m.example.com:5684")},
                                      {QStringLiteral("security"),
                                       QJsonObject {{QStringLiteral("mode"), QStringLiteral("psk")},
                                                    {QStringLiteral("pskIdentity"), ep},
                                                    {QStringLiteral("psk"), QStringLiteral("generate")}}}}}}});
    }
    return QJsonDocument(QJsonObject {{QStringLiteral("version"), 1}, {QStringLiteral("devices"), devices}}).toJson();
}

// Starts the device process and collects its JSON lines while the event
// loop (and the server in it) keeps running.
Run runDevices(const QString& planPath, quint16 port, int n, bool handshakeOnly)
{
    Run run;
    run.devices = n;
    QProcess sim;
    QStringList args {
        QStringLiteral("device-sim"), QStringLiteral("--plan"),   planPath,
        QStringLiteral("--endpoint"), QStringLiteral("bench"),    QStringLiteral("--count"),
        QString::number(n),           QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(port),
        QStringLiteral("--timeout"),  QStringLiteral("180"),      QStringLiteral("--json")};
    if (handshakeOnly)
        args << QStringLiteral("--handshake-only");
    resetPeakRss();
    auto cpu = [](int who) {
        struct rusage u { };
        getrusage(who, &u);
        return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
    };
    const double selfBefore = cpu(RUSAGE_SELF), childBefore = cpu(RUSAGE_CHILDREN);
    QElapsedTimer t;
    t.start();
    sim.start(QStringLiteral(LWC_CLI_PATH), args);
    QEventLoop loop;
    QObject::connect(&sim, &QProcess::finished, &loop, &QEventLoop::quit);
    loop.exec();
    run.wallSeconds = double(t.nsecsElapsed()) / 1e9;
    run.serverPeakRssKb = peakRssKb();
    run.serverCpuSeconds = cpu(RUSAGE_SELF) - selfBefore;
    run.devicesCpuSeconds = cpu(RUSAGE_CHILDREN) - childBefore;
    for (const QByteArray& line : sim.readAllStandardOutput().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.isEmpty())
            continue;
        if (o.value(QStringLiteral("finished")).toBool()) {
            ++run.finished;
            run.latencies.push_back(qint64(o.value(QStringLiteral("ms")).toDouble()));
        } else if (run.firstError.isEmpty()) {
            run.firstError = o.value(QStringLiteral("error")).toString();
        }
    }
    std::sort(run.latencies.begin(), run.latencies.end());
    return run;
}

qint64 percentile(const std::vector<qint64>& v, double p)
{
    if (v.empty())
        return -1;
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

void print(const char* name, const Run& r)
{
    printf("bench %s: %d devices, %d finished, %.2f s wall, %.1f devices/s, p50 %lld ms, p99 %lld ms, server peak RSS "
           "%.1f MB, CPU server %.2f s / devices %.2f s%s%s\n",
           name, r.devices, r.finished, r.wallSeconds, double(r.finished) / r.wallSeconds,
           static_cast<long long>(percentile(r.latencies, 0.50)), static_cast<long long>(percentile(r.latencies, 0.99)),
           double(r.serverPeakRssKb) / 1024.0, r.serverCpuSeconds, r.devicesCpuSeconds,
           r.firstError.isEmpty() ? "" : ", first error: ", qPrintable(r.firstError));
    fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    installLogHandler(LogOptions {false, {}});
    QLoggingCategory::setFilterRules(QStringLiteral("lwc.*.info=false\nlwc.*.warning=false"));
    int n = 200;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i)
        if (args[i] == QLatin1String("--devices"))
            n = args[i + 1].toInt();
    struct rlimit nofile { };
    if (getrlimit(RLIMIT_NOFILE, &nofile) == 0) {
        nofile.rlim_cur = nofile.rlim_max;
        setrlimit(RLIMIT_NOFILE, &nofile);
    }

    QTemporaryDir dir;
    QList<QByteArray> keys;
    const QString planPath = dir.filePath(QStringLiteral("bench-plan.json"));
    {
        QFile f(planPath);
        f.open(QIODevice::WriteOnly);
        f.write(makePlan(n, &keys));
    }

    // Full bootstrap against the BootstrapServer.
    auto plan = bootstrap::BootstrapPlan::load(planPath);
    if (!plan) {
        fprintf(stderr, "plan: %s\n", qPrintable(plan.error().toString()));
        return 1;
    }
    bootstrap::BootstrapServer::Options o;
    o.requestTimeout = std::chrono::seconds(60);
    Run full;
    {
        bootstrap::BootstrapServer server(std::make_shared<const bootstrap::BootstrapPlan>(std::move(plan).value()), o);
        std::vector<bootstrap::ListenerSpec> specs(1);
        specs[0].mode = coap::SecurityMode::Psk;
        if (!server.start(std::move(specs)).ok())
            return 1;
        full = runDevices(planPath, server.port(coap::SecurityMode::Psk), n, false);
    }
    print("full-bootstrap", full);

    // Baseline: DTLS-PSK handshake + one CoAP round trip, libcoap alone.
    Run bare;
    {
        coap::CoapEndpoint listener;
        coap::ListenConfig c;
        c.mode = coap::SecurityMode::Psk;
        QHash<QByteArray, QByteArray> byIdentity;
        for (int i = 0; i < n; ++i)
            byIdentity.insert(QStringLiteral("bench-%1").arg(i + 1, 4, 10, QLatin1Char('0')).toUtf8(),
                              QByteArray::fromHex(keys[i]));
        c.pskLookup = [&](const QByteArray& id, const coap::PeerSession&) -> std::optional<SecretBytes> {
            auto it = byIdentity.find(id);
            if (it == byIdentity.end())
                return std::nullopt;
            return SecretBytes::copyOf(it.value());
        };
        if (!listener.listen(std::move(c)).ok())
            return 1;
        listener.setRequestHandler([](const coap::PeerSession&, const coap::IncomingRequest&) {
            return coap::Response {coap::code::Changed, {}, {}};
        });
        bare = runDevices(planPath, listener.port(), n, true);
    }
    print("baseline-handshake+1rtt", bare);

    const double perDeviceFull = full.wallSeconds / std::max(1, full.finished);
    const double perDeviceBare = bare.wallSeconds / std::max(1, bare.finished);
    printf("ratio full-bootstrap/baseline (wall time per device): %.2fx\n", perDeviceFull / perDeviceBare);
    printf("ratio full-bootstrap/baseline (p50 latency): %.2fx\n",
           double(percentile(full.latencies, 0.5)) / std::max<double>(1.0, double(percentile(bare.latencies, 0.5))));
    printf("failures: %d of %d\n", full.devices - full.finished, full.devices);
    return full.finished == full.devices ? 0 : 1;
}
