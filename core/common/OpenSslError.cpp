#include "OpenSslError.h"

#include <QStringList>

#include <openssl/err.h>

namespace lwc {

QString drainOpenSslErrors()
{
    QStringList reasons;
    unsigned long code = 0;
    const char* data = nullptr;
    int flags = 0;
    while ((code = ERR_get_error_all(nullptr, nullptr, nullptr, &data, &flags)) != 0) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        QString reason = QString::fromLatin1(buffer);
        if (data && (flags & ERR_TXT_STRING) && *data)
            reason += QLatin1String(" (") + QString::fromUtf8(data) + QLatin1Char(')');
        reasons << reason;
    }
    return reasons.join(QLatin1String("; "));
}

void clearOpenSslErrors()
{
    ERR_clear_error();
}

} // namespace lwc
