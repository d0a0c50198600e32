#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

namespace lwc::coap {

enum class Method : quint8 { Get = 1, Post = 2, Put = 3, Delete = 4, Fetch = 5, Patch = 6, IPatch = 7 };
QString methodName(Method method);

// CoAP response codes as class.detail in one byte (RFC 7252 §12.1).
namespace code {
constexpr quint8 make(int cls, int detail)
{
    return quint8((cls << 5) | detail);
}
constexpr quint8 Created = make(2, 1);
constexpr quint8 Deleted = make(2, 2);
constexpr quint8 Changed = make(2, 4);
constexpr quint8 Content = make(2, 5);
constexpr quint8 BadRequest = make(4, 0);
constexpr quint8 Unauthorized = make(4, 1);
constexpr quint8 BadOption = make(4, 2);
constexpr quint8 Forbidden = make(4, 3);
constexpr quint8 NotFound = make(4, 4);
constexpr quint8 MethodNotAllowed = make(4, 5);
constexpr quint8 NotAcceptable = make(4, 6);
constexpr quint8 RequestEntityTooLarge = make(4, 13);
constexpr quint8 UnsupportedContentFormat = make(4, 15);
constexpr quint8 InternalServerError = make(5, 0);
constexpr quint8 ServiceUnavailable = make(5, 3);
} // namespace code

// "2.05", "4.04"
QString codeString(quint8 code);
// "2.05 Content"
QString codeDescription(quint8 code);
inline bool isSuccess(quint8 code)
{
    return (code >> 5) == 2;
}

struct Request {
    Method method = Method::Get;
    QString path; // "/0/1" or "bs"; leading slash optional
    QStringList query; // each "k=v", one Uri-Query option per entry
    std::optional<quint16> contentFormat;
    std::optional<quint16> accept;
    QByteArray payload; // may hold a key: the sender wipes it after use
};

struct Response {
    quint8 code = code::Content;
    std::optional<quint16> contentFormat;
    QByteArray payload;
};

// A request received from a peer.
struct IncomingRequest {
    Method method = Method::Get;
    QString path; // "/bs", "/0/1"
    QStringList query; // decoded Uri-Query options
    std::optional<quint16> contentFormat;
    std::optional<quint16> accept;
    QByteArray payload;
    quint16 messageId = 0;

    // Value of the first "key=value" query option, or nullopt.
    std::optional<QString> queryValue(QStringView key) const;
};

} // namespace lwc::coap
