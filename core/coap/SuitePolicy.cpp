#include "SuitePolicy.h"

#include <QHash>

#include <openssl/ssl.h>

namespace lwc::coap {

QString securityModeName(SecurityMode mode)
{
    switch (mode) {
    case SecurityMode::NoSec:
        return QStringLiteral("nosec");
    case SecurityMode::Psk:
        return QStringLiteral("psk");
    case SecurityMode::Pin:
        return QStringLiteral("pin");
    case SecurityMode::Certificate:
        return QStringLiteral("x509");
    }
    return {};
}

bool parseSecurityMode(QStringView name, SecurityMode* mode)
{
    for (SecurityMode m : {SecurityMode::NoSec, SecurityMode::Psk, SecurityMode::Pin, SecurityMode::Certificate}) {
        if (name.compare(securityModeName(m), Qt::CaseInsensitive) == 0) {
            *mode = m;
            return true;
        }
    }
    return false;
}

SuitePolicy SuitePolicy::forMode(SecurityMode mode)
{
    SuitePolicy p;
    p.mode = mode;
    switch (mode) {
    case SecurityMode::NoSec:
        break;
    case SecurityMode::Psk:
        // S7 (both mandatory suites) first, then stronger PSK suites that
        // common clients (libcoap defaults to ECDHE-PSK-CHACHA20) negotiate.
        // S3: only with high-entropy keys — the plan validator enforces it.
        p.allowed = {QStringLiteral("PSK-AES128-CCM8"),
                     QStringLiteral("PSK-AES128-CBC-SHA256"),
                     QStringLiteral("ECDHE-PSK-AES128-CBC-SHA256"),
                     QStringLiteral("ECDHE-PSK-CHACHA20-POLY1305"),
                     QStringLiteral("PSK-AES128-GCM-SHA256"),
                     QStringLiteral("PSK-AES256-GCM-SHA384"),
                     QStringLiteral("PSK-AES128-CCM"),
                     QStringLiteral("PSK-CHACHA20-POLY1305")};
        break;
    case SecurityMode::Pin:
        // S4: a low-entropy secret is used only with ECDHE-PSK (RFC 5489).
        p.allowed = {QStringLiteral("ECDHE-PSK-AES128-CBC-SHA256")};
        break;
    case SecurityMode::Certificate:
        p.allowed = {QStringLiteral("ECDHE-ECDSA-AES128-CCM8"),       QStringLiteral("ECDHE-ECDSA-AES128-SHA256"),
                     QStringLiteral("ECDHE-ECDSA-AES128-GCM-SHA256"), QStringLiteral("ECDHE-ECDSA-AES256-GCM-SHA384"),
                     QStringLiteral("ECDHE-ECDSA-CHACHA20-POLY1305"), QStringLiteral("ECDHE-ECDSA-AES128-CCM")};
        break;
    }
    p.cipherList = p.allowed.join(QLatin1Char(':')).toLatin1();
    return p;
}

SuitePolicy SuitePolicy::only(SecurityMode mode, const QStringList& suites)
{
    SuitePolicy full = forMode(mode);
    SuitePolicy p;
    p.mode = mode;
    for (const QString& s : suites)
        if (full.allows(s))
            p.allowed << s;
    p.cipherList = p.allowed.join(QLatin1Char(':')).toLatin1();
    return p;
}

QString ianaSuiteName(const QString& opensslName)
{
    // Building an SSL_CTX costs about a millisecond; do it once.
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> map;
        SSL_CTX* ctx = SSL_CTX_new(DTLS_method());
        SSL* ssl = ctx ? SSL_new(ctx) : nullptr;
        if (ssl && SSL_set_cipher_list(ssl, "ALL:PSK:@SECLEVEL=0")) {
            STACK_OF(SSL_CIPHER)* list = SSL_get_ciphers(ssl);
            for (int i = 0; i < sk_SSL_CIPHER_num(list); ++i) {
                const SSL_CIPHER* c = sk_SSL_CIPHER_value(list, i);
                map.insert(QString::fromLatin1(SSL_CIPHER_get_name(c)),
                           QString::fromLatin1(SSL_CIPHER_standard_name(c)));
            }
        }
        SSL_free(ssl);
        SSL_CTX_free(ctx);
        return map;
    }();
    return names.value(opensslName, opensslName);
}

} // namespace lwc::coap
