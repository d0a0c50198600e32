#include "OpenSslError.h"

#include <QStringList>

#include <openssl/err.h>

namespace lwc {

QString drainOpenSslErrors()
{
    QStringList reasons;
    unsigned long code = 0;
    const char* file = nullptr;
    int line = 0;
    while ((code = ERR_get_error_all(&file, &line, nullptr, nullptr, nullptr)) != 0) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        reasons << QString::fromLatin1(buffer);
    }
    return reasons.join(QLatin1String("; "));
}

void clearOpenSslErrors()
{
    ERR_clear_error();
}

} // namespace lwc
