#include "Fingerprint.h"

#include "OpenSslUtil.h"

#include <QCoreApplication>

namespace lwc::security {

QString Fingerprint::sha256(QByteArrayView der)
{
    return format(security::sha256(der));
}

QString Fingerprint::format(QByteArrayView digest)
{
    return QString::fromLatin1(digest.toByteArray().toHex(':').toUpper());
}

Result<QByteArray> Fingerprint::parseSha256(QStringView text)
{
    QString s = text.trimmed().toString();
    const int eq = s.indexOf(QLatin1Char('='));
    if (eq >= 0)
        s = s.mid(eq + 1);
    for (const QLatin1String prefix : {QLatin1String("SHA256:"), QLatin1String("SHA-256:")}) {
        if (s.startsWith(prefix, Qt::CaseInsensitive))
            s = s.mid(prefix.size());
    }
    QByteArray hex;
    for (QChar c : s) {
        if (c.isSpace() || c == u':' || c == u'-')
            continue;
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F'))) {
            return makeError(QStringLiteral("security.fingerprint.syntax"),
                             QCoreApplication::translate("lwc::security::Fingerprint",
                                                         "The fingerprint contains \"%1\"; only hexadecimal digits "
                                                         "and ':' separators are expected.")
                                 .arg(c));
        }
        hex += char(c.unicode());
    }
    const QByteArray bytes = QByteArray::fromHex(hex);
    if (hex.size() % 2 == 0 && (bytes.size() == 20 || bytes.size() == 16)) {
        // S9: SHA-1 and MD5 fingerprints are not accepted.
        return makeError(QStringLiteral("security.fingerprint.weakHash"),
                         QCoreApplication::translate("lwc::security::Fingerprint",
                                                     "This is a %1 fingerprint; only SHA-256 fingerprints are "
                                                     "compared. Ask for the SHA-256 fingerprint.")
                             .arg(bytes.size() == 20 ? QStringLiteral("SHA-1") : QStringLiteral("MD5")),
                         {}, Rule::S9);
    }
    if (hex.size() != 64) {
        return makeError(QStringLiteral("security.fingerprint.length"),
                         QCoreApplication::translate("lwc::security::Fingerprint",
                                                     "A SHA-256 fingerprint has 64 hexadecimal digits; this one has "
                                                     "%1.")
                             .arg(hex.size()));
    }
    return bytes;
}

} // namespace lwc::security
