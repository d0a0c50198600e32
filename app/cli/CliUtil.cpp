#include "CliUtil.h"

#include "CliCommand.h"

#include "bootstrap/BootstrapPlan.h"

#include <QFile>

#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace lwc::cli {

Result<HostPort> parseHostPort(const QString& text)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    auto bad = [&] {
        return makeError(QStringLiteral("cli.hostPort"),
                         QStringLiteral("'%1' is not ADDRESS:PORT (e.g. 127.0.0.1:5684 or [::1]:5684)").arg(text));
    };
    if (colon <= 0)
        return bad();
    QString host = text.left(colon);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return bad();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    HostPort hp;
    hp.port = quint16(port);
    if (host == QLatin1String("localhost"))
        hp.address = QHostAddress::LocalHost;
    else if (!hp.address.setAddress(host))
        return bad();
    return hp;
}

namespace {
int g_signalPipe[2] = {-1, -1};
void writeSignalByte(int)
{
    const char b = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &b, 1);
}
} // namespace

void onInterrupt(QObject* context, std::function<void()> handler)
{
    if (g_signalPipe[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto* notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [handler = std::move(handler)] {
        char b;
        [[maybe_unused]] const auto n = ::read(g_signalPipe[0], &b, 1);
        handler();
    });
    struct sigaction sa { };
    sa.sa_handler = &writeSignalByte;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
}

std::shared_ptr<const bootstrap::BootstrapPlan> loadValidPlan(const QString& path, const QString& verb)
{
    auto loaded = bootstrap::BootstrapPlan::load(path);
    if (!loaded) {
        err() << "commissioner-cli " << verb << ": " << loaded.error().toString() << "\n";
        err().flush();
        return nullptr;
    }
    auto plan = std::make_shared<const bootstrap::BootstrapPlan>(std::move(loaded).value());
    bool planOk = true;
    for (const bootstrap::Verdict& v : plan->validate()) {
        err() << "plan " << v.toString() << "\n";
        planOk &= v.severity != bootstrap::Verdict::Severity::Error;
    }
    return planOk ? plan : nullptr;
}

Result<QByteArray> readInput(const QString& path)
{
    QFile f;
    if (path == QLatin1String("-")) {
        if (!f.open(stdin, QIODevice::ReadOnly))
            return makeError(QStringLiteral("cli.stdin"), QStringLiteral("cannot read standard input"));
    } else {
        f.setFileName(path);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(QStringLiteral("cli.file.read"),
                             QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    }
    return f.readAll();
}

} // namespace lwc::cli
