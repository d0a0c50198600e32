#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace lwc::security {

// SHA-256 fingerprints as people compare them: upper-case hex in colon-
// separated pairs ("AB:CD:..."). SHA-1 and MD5 fingerprints are never shown
// nor accepted (S9).
class Fingerprint {
public:
    // Colon-grouped SHA-256 of `der`.
    static QString sha256(QByteArrayView der);
    // Colon-grouped form of any digest bytes.
    static QString format(QByteArrayView digest);
    // Reads a pasted fingerprint: hex digits with any of ':', ' ', '-'
    // separators, an optional "SHA256:"/"SHA-256 Fingerprint=" prefix. Returns
    // the 32 digest bytes; refuses 16/20-byte (MD5/SHA-1) values with S9.
    static Result<QByteArray> parseSha256(QStringView text);
};

} // namespace lwc::security
