#pragma once

#include <QString>

namespace lwc::inventory {

// Who runs a job: "host/boot-id/pid/start-time". Written into the journal
// when a job is created, so that recovery on start-up can tell a job whose
// process died (interrupted) from a job another program on this machine is
// still running (the GUI and the CLI share one inventory), even after a
// reboot reused the pid.
class ProcessIdentity {
public:
    enum class Liveness { Alive, Dead, Unknown };

    // This process.
    static QString current();
    // Alive/Dead for an owner on this machine; Unknown for another machine
    // (or an owner string this build cannot read).
    static Liveness check(const QString& owner);
    // The host part of an owner string.
    static QString host(const QString& owner);
};

} // namespace lwc::inventory
