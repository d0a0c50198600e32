#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace lwc::coap {

// How a peer authenticates on a CoAP(s) listener or client session.
enum class SecurityMode { NoSec, Psk, Pin, Certificate };
QString securityModeName(SecurityMode mode); // "nosec", "psk", "pin", "x509"
bool parseSecurityMode(QStringView name, SecurityMode* mode);

// The cipher suites a listener offers and accepts. In DTLS 1.2 the suite is
// chosen before the PSK identity is known, so the policy is per listener,
// not per device (PLATFORM.md). After every handshake the negotiated suite
// is checked against allowed(); a session outside it is dropped.
struct SuitePolicy {
    SecurityMode mode = SecurityMode::Psk;
    QByteArray cipherList; // OpenSSL cipher string offered by the server
    QStringList allowed; // OpenSSL names accepted after the handshake

    // S7: PSK mode offers TLS_PSK_WITH_AES_128_CCM_8 and
    //     TLS_PSK_WITH_AES_128_CBC_SHA256 (plus stronger PSK suites).
    // S4: PIN mode offers exactly TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA256.
    // S9: no suite with SHA-1 or MD5 anywhere.
    // X.509: ECDHE-ECDSA suites with AES-128-CCM8/CBC-SHA256/GCM.
    static SuitePolicy forMode(SecurityMode mode);
    // A narrower policy (tests, interop checks): only `suites`, which must
    // all be allowed by forMode(mode).
    static SuitePolicy only(SecurityMode mode, const QStringList& suites);

    bool allows(const QString& opensslSuiteName) const { return allowed.contains(opensslSuiteName); }
};

// "TLS_PSK_WITH_AES_128_CCM_8" for "PSK-AES128-CCM8" (via OpenSSL); the
// input when unknown.
QString ianaSuiteName(const QString& opensslName);

} // namespace lwc::coap
