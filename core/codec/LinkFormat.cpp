#include "LinkFormat.h"

#include "CodecUtil.h"

#include <QCoreApplication>

namespace lwc::codec {

namespace {

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// RFC 6690: parmname = 1*( ALPHA / DIGIT / "!" / "#" / "$" / "&" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~" )
bool isParmnameChar(char c)
{
    return isAlpha(c) || isDigit(c) || QByteArrayView("!#$&+-.^_`|~").contains(c);
}

// RFC 6690: ptokenchar
bool isPtokenChar(char c)
{
    return isAlpha(c) || isDigit(c) || QByteArrayView("!#$%&'()*+-./:<=>?@[]^_`{|}~").contains(c);
}

// RFC 3986 characters of a URI-reference.
bool isUriChar(char c)
{
    return isAlpha(c) || isDigit(c) || QByteArrayView("-._~:/?#[]@!$&'()*+,;=%").contains(c);
}

Error linkError(const QString& code, const QString& userText, qsizetype offset)
{
    return makeError(code, userText, QStringLiteral("byte %1").arg(offset));
}

} // namespace

std::optional<lwm2m::Path> Link::path() const
{
    auto p = lwm2m::Path::parse(target);
    if (!p)
        return std::nullopt;
    return *p;
}

const LinkAttribute* Link::attribute(QStringView name) const
{
    for (const LinkAttribute& a : attributes) {
        if (a.name == name)
            return &a;
    }
    return nullptr;
}

Result<QList<Link>> LinkFormat::parse(QByteArrayView text)
{
    QList<Link> links;
    const qsizetype n = text.size();
    qsizetype pos = 0;
    const auto skipSpace = [&] {
        while (pos < n && (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '\r' || text[pos] == '\n'))
            ++pos;
    };
    skipSpace();
    if (pos == n)
        return links; // an empty link-value list is valid
    while (true) {
        if (links.size() >= kMaxLinks)
            return linkError(QStringLiteral("codec.link.tooLarge"),
                             QCoreApplication::translate("lwc::codec::LinkFormat",
                                                         "The link format text has more than 65536 links."),
                             pos);
        if (pos >= n || text[pos] != '<')
            return linkError(QStringLiteral("codec.link.expectedLink"),
                             QCoreApplication::translate("lwc::codec::LinkFormat",
                                                         "A link must start with '<' at byte %1, like </3/0>.")
                                 .arg(pos),
                             pos);
        Link link;
        const qsizetype targetStart = ++pos;
        while (pos < n && text[pos] != '>') {
            if (!isUriChar(text[pos]))
                return linkError(QStringLiteral("codec.link.invalidTarget"),
                                 QCoreApplication::translate("lwc::codec::LinkFormat",
                                                             "The link target has a character that is not allowed in "
                                                             "a URI at byte %1.")
                                     .arg(pos),
                                 pos);
            ++pos;
        }
        if (pos >= n)
            return linkError(QStringLiteral("codec.link.unterminatedTarget"),
                             QCoreApplication::translate("lwc::codec::LinkFormat",
                                                         "The link target that starts at byte %1 has no closing '>'.")
                                 .arg(targetStart - 1),
                             targetStart - 1);
        link.target = QString::fromLatin1(text.sliced(targetStart, pos - targetStart));
        ++pos; // '>'
        while (pos < n && text[pos] == ';') {
            ++pos;
            LinkAttribute attr;
            const qsizetype nameStart = pos;
            while (pos < n && isParmnameChar(text[pos]))
                ++pos;
            if (pos == nameStart)
                return linkError(QStringLiteral("codec.link.invalidAttribute"),
                                 QCoreApplication::translate("lwc::codec::LinkFormat",
                                                             "An attribute name is missing or invalid at byte %1.")
                                     .arg(nameStart),
                                 nameStart);
            attr.name = QString::fromLatin1(text.sliced(nameStart, pos - nameStart));
            if (pos < n && text[pos] == '=') {
                ++pos;
                attr.hasValue = true;
                if (pos < n && text[pos] == '"') {
                    attr.quoted = true;
                    const qsizetype quoteStart = pos++;
                    QByteArray value;
                    bool closed = false;
                    while (pos < n) {
                        const char c = text[pos];
                        if (c == '"') {
                            closed = true;
                            ++pos;
                            break;
                        }
                        if (c == '\\') {
                            if (pos + 1 >= n)
                                break;
                            ++pos; // a quoted-pair: the next character stands for itself
                        }
                        const char v = text[pos];
                        if (quint8(v) < 0x20 || v == 0x7F)
                            return linkError(QStringLiteral("codec.link.invalidValue"),
                                             QCoreApplication::translate("lwc::codec::LinkFormat",
                                                                         "The quoted attribute value has a control "
                                                                         "character at byte %1.")
                                                 .arg(pos),
                                             pos);
                        value.append(v);
                        ++pos;
                    }
                    if (!closed)
                        return linkError(QStringLiteral("codec.link.unterminatedQuote"),
                                         QCoreApplication::translate("lwc::codec::LinkFormat",
                                                                     "The quoted attribute value that starts at byte "
                                                                     "%1 has no closing quote.")
                                             .arg(quoteStart),
                                         quoteStart);
                    auto decoded = decodeUtf8(value);
                    if (!decoded)
                        return linkError(QStringLiteral("codec.link.invalidValue"),
                                         QCoreApplication::translate("lwc::codec::LinkFormat",
                                                                     "The quoted attribute value that starts at byte "
                                                                     "%1 is not valid UTF-8.")
                                             .arg(quoteStart),
                                         quoteStart);
                    attr.value = std::move(*decoded);
                } else {
                    const qsizetype valueStart = pos;
                    while (pos < n && isPtokenChar(text[pos]))
                        ++pos;
                    if (pos == valueStart)
                        return linkError(QStringLiteral("codec.link.invalidValue"),
                                         QCoreApplication::translate("lwc::codec::LinkFormat",
                                                                     "The value of attribute \"%1\" is missing or "
                                                                     "invalid at byte %2.")
                                             .arg(attr.name)
                                             .arg(valueStart),
                                         valueStart);
                    attr.value = QString::fromLatin1(text.sliced(valueStart, pos - valueStart));
                }
            }
            link.attributes.append(std::move(attr));
        }
        links.append(std::move(link));
        const qsizetype endOfLink = pos;
        skipSpace();
        if (pos == n)
            return links;
        if (text[pos] != ',')
            return linkError(
                QStringLiteral("codec.link.expectedComma"),
                QCoreApplication::translate("lwc::codec::LinkFormat", "Links must be separated by ',' (byte %1).")
                    .arg(endOfLink),
                endOfLink);
        ++pos;
        skipSpace();
    }
}

Result<QByteArray> LinkFormat::format(const QList<Link>& links)
{
    QByteArray out;
    for (const Link& link : links) {
        if (!out.isEmpty())
            out += ',';
        const QByteArray target = link.target.toUtf8();
        for (char c : target) {
            if (!isUriChar(c) || c == '>')
                return makeError(QStringLiteral("codec.link.invalidTarget"),
                                 QCoreApplication::translate("lwc::codec::LinkFormat",
                                                             "The link target \"%1\" has a character that is not "
                                                             "allowed in a URI.")
                                     .arg(link.target.left(80)));
        }
        out += '<';
        out += target;
        out += '>';
        for (const LinkAttribute& a : link.attributes) {
            const QByteArray name = a.name.toUtf8();
            bool validName = !name.isEmpty();
            for (char c : name)
                validName = validName && isParmnameChar(c);
            if (!validName)
                return makeError(QStringLiteral("codec.link.invalidAttribute"),
                                 QCoreApplication::translate("lwc::codec::LinkFormat",
                                                             "The attribute name \"%1\" is not valid in link "
                                                             "format.")
                                     .arg(a.name.left(40)));
            out += ';';
            out += name;
            if (!a.hasValue)
                continue;
            out += '=';
            const QByteArray value = a.value.toUtf8();
            bool token = !value.isEmpty();
            for (char c : value)
                token = token && isPtokenChar(c);
            if (token && !a.quoted) {
                out += value;
                continue;
            }
            out += '"';
            for (char c : value) {
                if (quint8(c) < 0x20 || c == 0x7F)
                    return makeError(QStringLiteral("codec.link.invalidValue"),
                                     QCoreApplication::translate("lwc::codec::LinkFormat",
                                                                 "The value of attribute \"%1\" has a control "
                                                                 "character.")
                                         .arg(a.name));
                if (c == '"' || c == '\\')
                    out += '\\';
                out += c;
            }
            out += '"';
        }
    }
    return out;
}

} // namespace lwc::codec
