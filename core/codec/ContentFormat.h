#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace lwc::codec {

// CoAP Content-Format numbers of the LwM2M data formats.
enum class ContentFormat : quint16 {
    Text = 0, // text/plain; charset=utf-8
    LinkFormat = 40, // application/link-format (RFC 6690)
    Opaque = 42, // application/octet-stream
    SenmlJson = 110, // application/senml+json (RFC 8428)
    SenmlCbor = 112, // application/senml+cbor (RFC 8428)
    Tlv = 11542, // application/vnd.oma.lwm2m+tlv
    Lwm2mCbor = 11544, // application/vnd.oma.lwm2m+cbor (LwM2M 1.2)
};

// "text", "link", "opaque", "senml-json", "senml-cbor", "tlv", "lwm2m-cbor".
QString contentFormatName(ContentFormat format);
// The media type, e.g. "application/vnd.oma.lwm2m+tlv".
QString contentFormatMediaType(ContentFormat format);
// Accepts the short name, the media type or the decimal number ("11542").
std::optional<ContentFormat> contentFormatFromName(QStringView name);
std::optional<ContentFormat> contentFormatFromNumber(quint32 number);
// The short names, for help texts.
QString contentFormatNames();

} // namespace lwc::codec
