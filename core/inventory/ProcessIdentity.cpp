#include "ProcessIdentity.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <unistd.h>
#endif

namespace lwc::inventory {

namespace {

QString bootId()
{
#ifdef Q_OS_LINUX
    QFile f(QStringLiteral("/proc/sys/kernel/random/boot_id"));
    if (f.open(QIODevice::ReadOnly))
        return QString::fromLatin1(f.readAll().trimmed());
#endif
    return QStringLiteral("-");
}

// Start time of a process in clock ticks after boot (field 22 of
// /proc/PID/stat), or empty where there is no procfs or no such process.
QString startTime(qint64 pid)
{
#ifdef Q_OS_LINUX
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray stat = f.readAll();
    // The command name (field 2) is in parentheses and may hold spaces.
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return {};
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    // fields[0] is field 3 (state); field 22 is fields[19].
    return fields.size() > 19 ? QString::fromLatin1(fields.at(19)) : QString();
#else
    Q_UNUSED(pid);
    return QStringLiteral("-");
#endif
}

} // namespace

QString ProcessIdentity::current()
{
    const qint64 pid = QCoreApplication::applicationPid();
    return QStringList {QSysInfo::machineHostName(), bootId(), QString::number(pid), startTime(pid)}.join(u'/');
}

QString ProcessIdentity::host(const QString& owner)
{
    return owner.section(QLatin1Char('/'), 0, 0);
}

ProcessIdentity::Liveness ProcessIdentity::check(const QString& owner)
{
    const QStringList parts = owner.split(QLatin1Char('/'));
    if (parts.size() != 4 || parts.at(0) != QSysInfo::machineHostName())
        return Liveness::Unknown;
    if (parts.at(1) != bootId())
        return Liveness::Dead; // the machine restarted since
    bool ok = false;
    const qint64 pid = parts.at(2).toLongLong(&ok);
    if (!ok || pid <= 0)
        return Liveness::Unknown;
#ifdef Q_OS_UNIX
    if (::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
        return Liveness::Dead;
#endif
#ifdef Q_OS_LINUX
    // Same pid, other process (pid reuse): compare start times.
    const QString started = startTime(pid);
    if (started.isEmpty() || started != parts.at(3))
        return Liveness::Dead;
    return Liveness::Alive;
#else
    return Liveness::Unknown;
#endif
}

} // namespace lwc::inventory
