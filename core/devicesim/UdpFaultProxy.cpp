#include "UdpFaultProxy.h"

#include "common/Log.h"

#include <QCoreApplication>
#include <QNetworkDatagram>
#include <QPointer>
#include <QTimer>
#include <QUdpSocket>

namespace lwc::devicesim {

UdpFaultProxy::UdpFaultProxy(QObject* parent) : QObject(parent), m_rng(1)
{
}

UdpFaultProxy::~UdpFaultProxy() = default;

Status UdpFaultProxy::start(const QHostAddress& listen, quint16 port, const QHostAddress& target, quint16 targetPort)
{
    m_listen = new QUdpSocket(this);
    if (!m_listen->bind(listen, port))
        return makeError(
            QStringLiteral("proxy.bind"),
            QCoreApplication::translate("lwc::devicesim::UdpFaultProxy", "Could not bind the UDP relay: %1")
                .arg(m_listen->errorString()));
    m_target = target;
    m_targetPort = targetPort;
    connect(m_listen, &QUdpSocket::readyRead, this, &UdpFaultProxy::onClientDatagram);
    return {};
}

quint16 UdpFaultProxy::port() const
{
    return m_listen ? m_listen->localPort() : 0;
}

void UdpFaultProxy::setFaults(const Faults& faults)
{
    m_faults = faults;
    m_rng.seed(faults.seed);
}

bool UdpFaultProxy::shouldDrop(bool towardsServer)
{
    ++m_seen;
    if (m_faults.cutAfter >= 0 && m_seen > m_faults.cutAfter)
        return true;
    if (towardsServer && ++m_upstreamSeen <= m_faults.dropFirstUpstream)
        return true;
    return m_faults.dropRate > 0 && m_rng.generateDouble() < m_faults.dropRate;
}

void UdpFaultProxy::send(QUdpSocket* socket, QByteArray data, const QHostAddress& to, quint16 port)
{
    ++m_forwarded;
    if (m_faults.delayMs <= 0) {
        socket->writeDatagram(data, to, port);
        return;
    }
    QPointer<QUdpSocket> s(socket);
    QTimer::singleShot(m_faults.delayMs, this, [s, data, to, port] {
        if (s)
            s->writeDatagram(data, to, port);
    });
}

void UdpFaultProxy::onClientDatagram()
{
    while (m_listen->hasPendingDatagrams()) {
        const QNetworkDatagram d = m_listen->receiveDatagram();
        const QString key = d.senderAddress().toString() + QLatin1Char('|') + QString::number(d.senderPort());
        auto it = m_clients.find(key);
        if (it == m_clients.end()) {
            Client c;
            c.address = d.senderAddress();
            c.port = quint16(d.senderPort());
            c.upstream = new QUdpSocket(this);
            c.upstream->bind(m_target.protocol() == QAbstractSocket::IPv6Protocol ? QHostAddress::LocalHostIPv6
                                                                                  : QHostAddress::LocalHost,
                             0);
            QUdpSocket* up = c.upstream;
            connect(up, &QUdpSocket::readyRead, this, [this, up] { onUpstreamDatagram(up); });
            it = m_clients.emplace(key, c).first;
        }
        if (shouldDrop(true)) {
            ++m_dropped;
            continue;
        }
        send(it->second.upstream, d.data(), m_target, m_targetPort);
    }
}

void UdpFaultProxy::onUpstreamDatagram(QUdpSocket* upstream)
{
    const Client* client = nullptr;
    for (const auto& [k, c] : m_clients)
        if (c.upstream == upstream)
            client = &c;
    while (upstream->hasPendingDatagrams()) {
        const QNetworkDatagram d = upstream->receiveDatagram();
        if (!client || shouldDrop(false)) {
            ++m_dropped;
            continue;
        }
        send(m_listen, d.data(), client->address, client->port);
    }
}

} // namespace lwc::devicesim
