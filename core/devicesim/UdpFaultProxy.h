#pragma once

#include "common/Result.h"

#include <QHostAddress>
#include <QObject>
#include <QRandomGenerator>

#include <map>

class QUdpSocket;

namespace lwc::devicesim {

// A UDP relay between devices and a server that can lose, delay or cut
// traffic — real datagrams on loopback, for fault tests, the benchmark and
// the CLI's --drop options. Each client address gets its own upstream
// socket, so the server sees one peer per device.
class UdpFaultProxy : public QObject {
    Q_OBJECT
public:
    struct Faults {
        double dropRate = 0.0; // probability of losing a datagram (each direction)
        int dropFirstUpstream = 0; // lose the first N datagrams towards the server
        int cutAfter = -1; // after N datagrams (both directions) forward nothing: the device "vanishes"
        int delayMs = 0; // added latency per datagram
        quint32 seed = 1; // losses repeat run to run
    };

    explicit UdpFaultProxy(QObject* parent = nullptr);
    ~UdpFaultProxy() override;

    // Listens on `listen` (port 0: ephemeral) and relays to `target`.
    Status start(const QHostAddress& listen, quint16 port, const QHostAddress& target, quint16 targetPort);
    quint16 port() const;
    void setFaults(const Faults& faults);

    int forwarded() const { return m_forwarded; }
    int dropped() const { return m_dropped; }

private:
    struct Client {
        QHostAddress address;
        quint16 port = 0;
        QUdpSocket* upstream = nullptr;
    };
    void onClientDatagram();
    void onUpstreamDatagram(QUdpSocket* upstream);
    bool shouldDrop(bool towardsServer);
    void send(QUdpSocket* socket, QByteArray data, const QHostAddress& to, quint16 port);

    QUdpSocket* m_listen = nullptr;
    QHostAddress m_target;
    quint16 m_targetPort = 0;
    Faults m_faults;
    QRandomGenerator m_rng;
    std::map<QString, Client> m_clients;
    int m_forwarded = 0;
    int m_dropped = 0;
    int m_seen = 0;
    int m_upstreamSeen = 0;
};

} // namespace lwc::devicesim
