#include "CoapMessage.h"

namespace lwc::coap {

QString methodName(Method method)
{
    switch (method) {
    case Method::Get:
        return QStringLiteral("GET");
    case Method::Post:
        return QStringLiteral("POST");
    case Method::Put:
        return QStringLiteral("PUT");
    case Method::Delete:
        return QStringLiteral("DELETE");
    case Method::Fetch:
        return QStringLiteral("FETCH");
    case Method::Patch:
        return QStringLiteral("PATCH");
    case Method::IPatch:
        return QStringLiteral("iPATCH");
    }
    return QStringLiteral("?");
}

QString codeString(quint8 c)
{
    return QStringLiteral("%1.%2").arg(c >> 5).arg(c & 0x1f, 2, 10, QLatin1Char('0'));
}

QString codeDescription(quint8 c)
{
    const char* phrase = nullptr;
    switch (c) {
    case code::Created:
        phrase = "Created";
        break;
    case code::Deleted:
        phrase = "Deleted";
        break;
    case code::Changed:
        phrase = "Changed";
        break;
    case code::Content:
        phrase = "Content";
        break;
    case code::BadRequest:
        phrase = "Bad Request";
        break;
    case code::Unauthorized:
        phrase = "Unauthorized";
        break;
    case code::BadOption:
        phrase = "Bad Option";
        break;
    case code::Forbidden:
        phrase = "Forbidden";
        break;
    case code::NotFound:
        phrase = "Not Found";
        break;
    case code::MethodNotAllowed:
        phrase = "Method Not Allowed";
        break;
    case code::NotAcceptable:
        phrase = "Not Acceptable";
        break;
    case code::RequestEntityTooLarge:
        phrase = "Request Entity Too Large";
        break;
    case code::UnsupportedContentFormat:
        phrase = "Unsupported Content-Format";
        break;
    case code::InternalServerError:
        phrase = "Internal Server Error";
        break;
    case code::ServiceUnavailable:
        phrase = "Service Unavailable";
        break;
    default:
        break;
    }
    return phrase ? codeString(c) + QLatin1Char(' ') + QLatin1String(phrase) : codeString(c);
}

std::optional<QString> IncomingRequest::queryValue(QStringView key) const
{
    for (const QString& q : query) {
        const qsizetype eq = q.indexOf(u'=');
        const QStringView k = eq < 0 ? QStringView(q) : QStringView(q).left(eq);
        if (k == key)
            return eq < 0 ? QString() : q.mid(eq + 1);
    }
    return std::nullopt;
}

} // namespace lwc::coap
