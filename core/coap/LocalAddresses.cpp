#include "LocalAddresses.h"

#include <QNetworkInterface>

namespace lwc::coap {

QList<QHostAddress> localIpv4Addresses()
{
    QList<QHostAddress> preferred;
    QList<QHostAddress> linkLocal;
    const auto interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface& iface : interfaces) {
        const auto flags = iface.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp) || !flags.testFlag(QNetworkInterface::IsRunning)
            || flags.testFlag(QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry& entry : iface.addressEntries()) {
            const QHostAddress ip = entry.ip();
            if (ip.protocol() != QAbstractSocket::IPv4Protocol || ip.isLoopback())
                continue;
            (ip.isLinkLocal() ? linkLocal : preferred) << ip;
        }
    }
    return preferred + linkLocal;
}

QHostAddress defaultListenAddress()
{
    const QList<QHostAddress> addresses = localIpv4Addresses();
    return addresses.isEmpty() ? QHostAddress(QHostAddress::LocalHost) : addresses.first();
}

} // namespace lwc::coap
