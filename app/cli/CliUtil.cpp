#include "CliUtil.h"

#include <QFile>

#include <cstdio>

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

Result<QByteArray> readInput(const QString& path)
{
    QFile f;
    if (path == QLatin1String("-")) {
        if (!f.open(stdin, QIODevice::ReadOnly))
            return makeError(QStringLiteral("cli.stdin"), QStringLiteral("cannot read standard input"));
    } else {
        f.setFileName(path);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(QStringLiteral("cli.read"),
                             QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    }
    return f.readAll();
}

} // namespace lwc::cli
