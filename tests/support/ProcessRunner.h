#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace lwc::test {

// Runs a program to its end (for tests that drive the real CLI).
struct ProcessRun {
    int exitCode = -1; // -1 timeout, -2 crash, -3 did not start
    QByteArray out;
    QString err;
    QString outText() const { return QString::fromUtf8(out); }
};

struct ProcessOptions {
    QByteArray input; // written to stdin, which is then closed
    QString workingDirectory;
    QStringList unsetEnvironment; // e.g. LWC_CA_PASSPHRASE, so a developer's shell cannot leak in
    int timeoutMs = 60000;
};

inline ProcessRun runProcess(const QString& program, const QStringList& args, const ProcessOptions& options = {})
{
    QProcess p;
    if (!options.workingDirectory.isEmpty())
        p.setWorkingDirectory(options.workingDirectory);
    if (!options.unsetEnvironment.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString& name : options.unsetEnvironment)
            env.remove(name);
        p.setProcessEnvironment(env);
    }
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return {-3, {}, QStringLiteral("did not start")};
    if (!options.input.isEmpty())
        p.write(options.input);
    p.closeWriteChannel();
    if (!p.waitForFinished(options.timeoutMs)) {
        p.kill();
        p.waitForFinished(3000);
        return {-1, {}, QStringLiteral("timeout")};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace lwc::test
