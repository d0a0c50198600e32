#include "HostnameMatcher.h"

#include "PublicSuffix.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

#ifdef Q_OS_WIN
#include <ws2tcpip.h>
#else
#include <arpa/inet.h>
#endif

namespace lwc::security {

namespace {

bool isAscii(const QString& s)
{
    for (QChar c : s)
        if (c.unicode() > 0x7e || c.unicode() < 0x21)
            return false;
    return true;
}

QString normalizePattern(const QByteArray& raw)
{
    QString p = QString::fromLatin1(raw).toLower();
    if (p.endsWith(QLatin1Char('.')))
        p.chop(1);
    return p;
}

} // namespace

QString HostnameMatcher::normalizeHost(const QString& host)
{
    QString h = host.trimmed();
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    if (ipAddressBytes(h))
        return h.toLower();
    if (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    if (!isAscii(h)) {
        h = QString::fromLatin1(QUrl::toAce(h));
        if (h.isEmpty())
            return {};
    }
    return h.toLower();
}

std::optional<QByteArray> HostnameMatcher::ipAddressBytes(const QString& host)
{
    // inet_pton is strict: no "127.1", no hex or octal forms.
    const QByteArray text = host.toLatin1();
    QByteArray out(16, '\0');
    if (inet_pton(AF_INET, text.constData(), out.data()) == 1)
        return out.left(4);
    if (inet_pton(AF_INET6, text.constData(), out.data()) == 1)
        return out;
    return std::nullopt;
}

HostnameMatcher::WildcardProblem HostnameMatcher::wildcardProblem(const QString& pattern)
{
    if (!pattern.contains(QLatin1Char('*')))
        return WildcardProblem::None;
    if (!isAscii(pattern))
        return WildcardProblem::NonAscii;
    if (pattern == QLatin1String("*"))
        return WildcardProblem::Bare;
    const QString first = pattern.section(QLatin1Char('.'), 0, 0);
    if (pattern.count(QLatin1Char('*')) > 1 || !first.contains(QLatin1Char('*')))
        return WildcardProblem::NotLeftmost;
    if (first != QLatin1String("*"))
        return WildcardProblem::PartialLabel;
    const QString base = pattern.mid(2);
    // S17: "*.com" (or "*.co.uk") would cover every name under a registry.
    if (base.isEmpty() || !base.contains(QLatin1Char('.')) || PublicSuffix::instance().isPublicSuffix(base))
        return WildcardProblem::PublicSuffix;
    return WildcardProblem::None;
}

QString HostnameMatcher::describe(WildcardProblem problem)
{
    switch (problem) {
    case WildcardProblem::None:
        return {};
    case WildcardProblem::Bare:
        return QCoreApplication::translate("lwc::security::HostnameMatcher", "a bare \"*\" would match every host");
    case WildcardProblem::NotLeftmost:
        return QCoreApplication::translate("lwc::security::HostnameMatcher",
                                           "\"*\" is allowed only as the whole leftmost label");
    case WildcardProblem::PartialLabel:
        return QCoreApplication::translate("lwc::security::HostnameMatcher",
                                           "partial-label wildcards such as \"ba*\" are not allowed");
    case WildcardProblem::PublicSuffix:
        return QCoreApplication::translate("lwc::security::HostnameMatcher",
                                           "a wildcard directly under a public suffix or top-level domain is not "
                                           "allowed");
    case WildcardProblem::NonAscii:
        return QCoreApplication::translate("lwc::security::HostnameMatcher", "the name contains non-ASCII characters");
    }
    return {};
}

bool HostnameMatcher::matchesDnsName(const QString& pattern, const QString& host, bool* viaWildcard)
{
    if (viaWildcard)
        *viaWildcard = false;
    if (pattern.isEmpty() || host.isEmpty() || !isAscii(pattern))
        return false;
    if (!pattern.contains(QLatin1Char('*')))
        return pattern == host;
    if (wildcardProblem(pattern) != WildcardProblem::None)
        return false;
    const QString suffix = pattern.mid(1); // ".acme.com"
    if (!host.endsWith(suffix))
        return false;
    const QString label = host.left(host.size() - suffix.size());
    if (label.isEmpty() || label.contains(QLatin1Char('.')))
        return false; // exactly one label
    if (viaWildcard)
        *viaWildcard = true;
    return true;
}

bool HostnameMatcher::coversLoosely(const QString& pattern, const QString& host)
{
    if (!pattern.contains(QLatin1Char('*')))
        return false;
    QStringList parts = pattern.split(QLatin1Char('*'));
    for (QString& part : parts)
        part = QRegularExpression::escape(part);
    const QRegularExpression re(QRegularExpression::anchoredPattern(parts.join(QLatin1String(".*"))));
    return re.match(host).hasMatch();
}

NameMatch HostnameMatcher::match(const CertificateInfo& cert, const QString& rawHost)
{
    NameMatch result;
    const QString host = normalizeHost(rawHost);
    if (host.isEmpty()) {
        result.problem
            = QCoreApplication::translate("lwc::security::HostnameMatcher", "The server URI has no usable host name.");
        return result;
    }
    const std::optional<QByteArray> ip = ipAddressBytes(host);

    const auto considerDns = [&](const QString& pattern, const QString& entryPrefix) {
        bool wildcard = false;
        if (matchesDnsName(pattern, host, &wildcard)) {
            if (!result.matched) {
                result.matched = true;
                result.matchedEntry = entryPrefix + pattern;
                result.viaWildcard = wildcard;
            }
            return;
        }
        const WildcardProblem problem = wildcardProblem(pattern);
        if (problem != WildcardProblem::None && coversLoosely(pattern, host))
            result.refusedWildcards << QStringLiteral("%1%2: %3").arg(entryPrefix, pattern, describe(problem));
        else if (problem == WildcardProblem::None && pattern.startsWith(QLatin1String("*."))
                 && coversLoosely(pattern, host))
            result.refusedWildcards << QStringLiteral("%1%2: %3")
                                           .arg(entryPrefix, pattern,
                                                QCoreApplication::translate("lwc::security::HostnameMatcher",
                                                                            "a wildcard matches exactly one label"));
    };

    if (cert.hasSubjectAltName) {
        if (cert.subjectAltNameMalformed) {
            result.problem = QCoreApplication::translate("lwc::security::HostnameMatcher",
                                                         "The SubjectAltName extension cannot be parsed, so no name "
                                                         "can be trusted.");
            return result;
        }
        for (const SubjectAltName& san : cert.subjectAltNames) {
            if (ip && san.type == SubjectAltName::Type::Ip && san.raw == *ip && !result.matched) {
                result.matched = true;
                result.matchedEntry = QStringLiteral("IP:") + san.value;
            } else if (!ip && san.type == SubjectAltName::Type::Dns) {
                considerDns(normalizePattern(san.raw), QStringLiteral("DNS:"));
            }
        }
        if (!result.matched) {
            result.problem = ip ? QCoreApplication::translate("lwc::security::HostnameMatcher",
                                                              "No iPAddress entry of the SubjectAltName equals %1.")
                                      .arg(host)
                                : QCoreApplication::translate("lwc::security::HostnameMatcher",
                                                              "No dNSName entry of the SubjectAltName matches %1.")
                                      .arg(host);
        }
        return result;
    }

    // No SubjectAltName extension at all: the Subject CN is the fallback.
    for (const QString& cn : cert.subjectCommonNames) {
        if (ip) {
            const auto cnIp = ipAddressBytes(cn.trimmed());
            if (cnIp && *cnIp == *ip && !result.matched) {
                result.matched = true;
                result.matchedEntry = QStringLiteral("CN:") + cn;
            }
        } else {
            considerDns(normalizePattern(cn.toUtf8()), QStringLiteral("CN:"));
        }
    }
    result.viaCommonName = result.matched;
    if (!result.matched) {
        result.problem = cert.subjectCommonNames.isEmpty()
            ? QCoreApplication::translate("lwc::security::HostnameMatcher",
                                          "The certificate has neither a SubjectAltName nor a Subject CN to match "
                                          "%1 against.")
                  .arg(host)
            : QCoreApplication::translate("lwc::security::HostnameMatcher",
                                          "The Subject CN \"%1\" does not match %2 (the certificate has no "
                                          "SubjectAltName).")
                  .arg(cert.subjectCommonNames.join(QLatin1String(", ")), host);
    }
    return result;
}

} // namespace lwc::security
