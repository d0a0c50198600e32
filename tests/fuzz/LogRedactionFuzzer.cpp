// The log redaction rule (S26) on arbitrary text with live secrets: never
// crashes, and never lets a live secret through.
#include "common/Log.h"
#include "common/SecretBytes.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 5)
        return 0;
    // First byte: secret length; then the secret; the rest is the log text,
    // which also gets the secret spliced in.
    const size_t secretLen = 4 + data[0] % 28;
    if (size < 1 + secretLen)
        return 0;
    const QByteArray secretBytes(reinterpret_cast<const char*>(data + 1), qsizetype(secretLen));
    lwc::SecretBytes secret = lwc::SecretBytes::copyOf(secretBytes);
    const QByteArray rest(reinterpret_cast<const char*>(data + 1 + secretLen), qsizetype(size - 1 - secretLen));
    const QString text = QString::fromUtf8(rest) + QString::fromUtf8(secretBytes.toHex()) + QString::fromUtf8(rest);
    const QString redacted = lwc::redactSecrets(text);
    if (redacted.contains(QString::fromUtf8(secretBytes.toHex())))
        abort();
    return 0;
}
