#include "ContentFormat.h"

#include <QStringList>

namespace lwc::codec {

namespace {

struct Entry {
    ContentFormat format;
    const char* name;
    const char* mediaType;
};

constexpr Entry kFormats[] = {
    {ContentFormat::Tlv, "tlv", "application/vnd.oma.lwm2m+tlv"},
    {ContentFormat::SenmlJson, "senml-json", "application/senml+json"},
    {ContentFormat::SenmlCbor, "senml-cbor", "application/senml+cbor"},
    {ContentFormat::Lwm2mCbor, "lwm2m-cbor", "application/vnd.oma.lwm2m+cbor"},
    {ContentFormat::LinkFormat, "link", "application/link-format"},
    {ContentFormat::Text, "text", "text/plain;charset=utf-8"},
    {ContentFormat::Opaque, "opaque", "application/octet-stream"},
};

const Entry* entry(ContentFormat format)
{
    for (const Entry& e : kFormats) {
        if (e.format == format)
            return &e;
    }
    return nullptr;
}

} // namespace

QString contentFormatName(ContentFormat format)
{
    const Entry* e = entry(format);
    return e ? QString::fromLatin1(e->name) : QString::number(quint16(format));
}

QString contentFormatMediaType(ContentFormat format)
{
    const Entry* e = entry(format);
    return e ? QString::fromLatin1(e->mediaType) : QString();
}

std::optional<ContentFormat> contentFormatFromName(QStringView name)
{
    const QString n = name.trimmed().toString().toLower().remove(QLatin1Char(' '));
    for (const Entry& e : kFormats) {
        if (n == QLatin1String(e.name) || n == QLatin1String(e.mediaType))
            return e.format;
    }
    if (n == QLatin1String("text/plain"))
        return ContentFormat::Text;
    bool ok = false;
    const uint number = n.toUInt(&ok, 10);
    if (ok)
        return contentFormatFromNumber(number);
    return std::nullopt;
}

std::optional<ContentFormat> contentFormatFromNumber(quint32 number)
{
    for (const Entry& e : kFormats) {
        if (quint32(e.format) == number)
            return e.format;
    }
    return std::nullopt;
}

QString contentFormatNames()
{
    QStringList names;
    for (const Entry& e : kFormats)
        names << QString::fromLatin1(e.name);
    return names.join(QLatin1Char('|'));
}

} // namespace lwc::codec
