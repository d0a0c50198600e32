#pragma once

#include "coap/SuitePolicy.h"
#include "common/Result.h"

#include <QHostAddress>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace lwc::bootstrap {
class BootstrapPlan;
}

namespace lwc::cli {

struct HostPort {
    QHostAddress address;
    quint16 port = 0;
};
// "127.0.0.1:5684", "[::1]:5684", "localhost:5684" (loopback names only).
Result<HostPort> parseHostPort(const QString& text);

// Calls `onInterrupt` from the event loop when SIGINT or SIGTERM arrives
// (self-pipe; the signal handler itself only writes a byte).
void onInterrupt(QObject* context, std::function<void()> onInterrupt);

// Loads a bootstrap plan and prints every verdict of its validation ("plan
// ..." on stderr), so a technician sees warnings (PIN forbidden in 1.1,
// NoSec) before anything runs. Null, with the reason printed, when the plan
// cannot be read or has an error.
std::shared_ptr<const bootstrap::BootstrapPlan> loadValidPlan(const QString& path, const QString& verb);

// Reads a whole file ("-" for stdin). The one file reader of the CLI verbs;
// a file that cannot be opened fails with "cli.file.read".
Result<QByteArray> readInput(const QString& path);

} // namespace lwc::cli
