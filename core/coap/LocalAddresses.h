#pragma once

#include <QHostAddress>
#include <QList>

namespace lwc::coap {

// Addresses a device on the local network can reach this computer on, for
// the bootstrap listener: the IPv4 addresses of interfaces that are up and
// running, not loopback, in interface order. Link-local (169.254/16)
// addresses come last. Empty when the machine has no network.
QList<QHostAddress> localIpv4Addresses();

// The listen address a real device should be pointed at: the first of
// localIpv4Addresses(), or 127.0.0.1 when there is none.
QHostAddress defaultListenAddress();

} // namespace lwc::coap
