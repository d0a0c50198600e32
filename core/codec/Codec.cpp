#include "Codec.h"

#include "Lwm2mCborCodec.h"
#include "SenmlCodec.h"
#include "TextCodec.h"
#include "TlvCodec.h"

#include <QCoreApplication>

namespace lwc::codec {

namespace {

Error linkFormatError()
{
    return makeError(QStringLiteral("codec.link.notRecords"),
                     QCoreApplication::translate("lwc::codec::Codec",
                                                 "The link format carries links (Discover results), not resource "
                                                 "values."));
}

} // namespace

bool carriesRecords(ContentFormat format)
{
    return format != ContentFormat::LinkFormat;
}

Result<QByteArray> encode(ContentFormat format, const lwm2m::Path& target, const QList<lwm2m::Record>& records)
{
    switch (format) {
    case ContentFormat::Tlv:
        return TlvCodec::encode(target, records);
    case ContentFormat::SenmlJson:
        return SenmlCodec::encodeJson(target, records);
    case ContentFormat::SenmlCbor:
        return SenmlCodec::encodeCbor(target, records);
    case ContentFormat::Lwm2mCbor:
        return Lwm2mCborCodec::encode(target, records);
    case ContentFormat::Text:
        return TextCodec::encode(target, records);
    case ContentFormat::Opaque:
        return OpaqueCodec::encode(target, records);
    case ContentFormat::LinkFormat:
        return linkFormatError();
    }
    return linkFormatError();
}

Result<QList<lwm2m::Record>> decode(ContentFormat format, const lwm2m::Path& target, QByteArrayView payload,
                                    const lwm2m::ObjectRegistry& registry)
{
    switch (format) {
    case ContentFormat::Tlv:
        return TlvCodec::decode(target, payload, registry);
    case ContentFormat::SenmlJson:
        return SenmlCodec::decodeJson(target, payload, registry);
    case ContentFormat::SenmlCbor:
        return SenmlCodec::decodeCbor(target, payload, registry);
    case ContentFormat::Lwm2mCbor:
        return Lwm2mCborCodec::decode(target, payload, registry);
    case ContentFormat::Text:
        return TextCodec::decode(target, payload, registry);
    case ContentFormat::Opaque:
        return OpaqueCodec::decode(target, payload, registry);
    case ContentFormat::LinkFormat:
        return linkFormatError();
    }
    return linkFormatError();
}

} // namespace lwc::codec
