#include "TextCodec.h"

#include "CodecUtil.h"

#include <QCoreApplication>

#include <charconv>
#include <cmath>

namespace lwc::codec {

using lwm2m::ObjectRegistry;
using lwm2m::Path;
using lwm2m::Record;
using lwm2m::Value;
using lwm2m::ValueType;

namespace {

Status checkSingleTarget(const Path& target, const QString& format)
{
    if (target.hasResource())
        return {};
    return makeError(QStringLiteral("codec.single.target"),
                     QCoreApplication::translate("lwc::codec::TextCodec",
                                                 "%1 carries one resource value; the request path %2 must name a "
                                                 "resource like /3/0/1.")
                         .arg(format, target.toString()),
                     target.toString());
}

Result<const Record*> singleRecord(const Path& target, const QList<Record>& records, const QString& format)
{
    LWC_CHECK(checkSingleTarget(target, format));
    LWC_CHECK(checkRecordsForEncoding(target, records, format, /*allowTime=*/false));
    if (records.size() != 1 || records.front().path != target)
        return makeError(QStringLiteral("codec.single.count"),
                         QCoreApplication::translate("lwc::codec::TextCodec",
                                                     "%1 carries exactly one value, for the request path %2; got %3 "
                                                     "values.")
                             .arg(format, target.toString())
                             .arg(records.size()),
                         target.toString());
    return &records.front();
}

Error textError(const Path& path, const QString& type)
{
    return makeError(
        QStringLiteral("codec.text.invalid"),
        QCoreApplication::translate("lwc::codec::TextCodec", "The text payload for %1 is not a valid %2 value.")
            .arg(path.toString(), type),
        path.toString());
}

bool isAsciiDigits(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

} // namespace

Result<QByteArray> TextCodec::encode(const Path& target, const QList<Record>& records)
{
    LWC_TRY(const Record* record, singleRecord(target, records, QStringLiteral("Plain text")));
    const Value& v = record->value;
    switch (v.type()) {
    case ValueType::String:
    case ValueType::Corelnk:
        return v.toText().toUtf8();
    case ValueType::Integer:
    case ValueType::Time:
        return QByteArray::number(v.toInteger());
    case ValueType::UnsignedInteger:
        return QByteArray::number(v.toUnsigned());
    case ValueType::Float:
        if (!std::isfinite(v.toDouble()))
            return makeError(
                QStringLiteral("codec.text.nonFinite"),
                QCoreApplication::translate("lwc::codec::TextCodec", "Plain text cannot carry NaN or infinity (%1).")
                    .arg(target.toString()),
                target.toString());
        return formatDouble(v.toDouble(), /*fixed=*/true);
    case ValueType::Boolean:
        return QByteArray(v.toBool() ? "1" : "0");
    case ValueType::Objlnk:
        return v.toObjlnk().toString().toLatin1();
    case ValueType::Opaque:
        return makeError(QStringLiteral("codec.text.opaque"),
                         QCoreApplication::translate("lwc::codec::TextCodec",
                                                     "%1 is opaque, which plain text cannot carry; use the opaque "
                                                     "format.")
                             .arg(target.toString()),
                         target.toString());
    case ValueType::None:
        break;
    }
    return makeError(QStringLiteral("codec.encode.noValue"),
                     QCoreApplication::translate("lwc::codec::Codec", "%1 has no value to encode in %2.")
                         .arg(target.toString(), QStringLiteral("Plain text")),
                     target.toString());
}

Result<QList<Record>> TextCodec::decode(const Path& target, QByteArrayView payload, const ObjectRegistry& registry)
{
    LWC_CHECK(checkSingleTarget(target, QStringLiteral("Plain text")));
    const lwm2m::ResourceDefinition* def = registry.resource(target);
    const ValueType type = def ? def->type : ValueType::String;
    const char* b = payload.data();
    const char* e = payload.data() + payload.size();
    Value value;
    switch (type) {
    case ValueType::None:
    case ValueType::String:
    case ValueType::Corelnk: {
        auto text = decodeUtf8(payload);
        if (!text)
            return textError(target, QStringLiteral("UTF-8 text"));
        value = type == ValueType::Corelnk ? Value::corelnk(std::move(*text)) : Value::string(std::move(*text));
        break;
    }
    case ValueType::Integer:
    case ValueType::Time: {
        qint64 v = 0;
        const bool digits = isAsciiDigits(payload.startsWith('-') ? payload.sliced(1) : payload);
        auto [p, ec] = std::from_chars(b, e, v);
        if (!digits || ec != std::errc() || p != e)
            return textError(target, lwm2m::valueTypeName(type));
        value = type == ValueType::Integer ? Value::integer(v) : Value::time(v);
        break;
    }
    case ValueType::UnsignedInteger: {
        quint64 v = 0;
        auto [p, ec] = std::from_chars(b, e, v);
        if (!isAsciiDigits(payload) || ec != std::errc() || p != e)
            return textError(target, lwm2m::valueTypeName(type));
        value = Value::unsignedInteger(v);
        break;
    }
    case ValueType::Float: {
        double v = 0;
        // Decimal notation only: no "inf", "nan", hex floats or spaces.
        bool plain = !payload.isEmpty();
        for (char c : payload)
            plain = plain && ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E');
        auto [p, ec] = std::from_chars(b, e, v);
        if (!plain || ec != std::errc() || p != e)
            return textError(target, lwm2m::valueTypeName(type));
        value = Value::floating(v);
        break;
    }
    case ValueType::Boolean:
        if (payload != QByteArrayView("0") && payload != QByteArrayView("1"))
            return textError(target, lwm2m::valueTypeName(type));
        value = Value::boolean(payload == QByteArrayView("1"));
        break;
    case ValueType::Objlnk: {
        auto text = decodeUtf8(payload);
        auto link = text ? lwm2m::Objlnk::parse(*text) : Result<lwm2m::Objlnk>(textError(target, QString()));
        if (!link)
            return textError(target, lwm2m::valueTypeName(type));
        value = Value::objlnk(*link);
        break;
    }
    case ValueType::Opaque: {
        auto bytes = decodeBase64Any(payload); // LwM2M 1.0: opaque as base64 in plain text
        if (!bytes)
            return textError(target, QStringLiteral("base64"));
        value = registry.isSecret(target) ? Value::secret(SecretBytes::takeFrom(*bytes))
                                          : Value::opaque(std::move(*bytes));
        break;
    }
    }
    return QList<Record> {{target, std::move(value), std::nullopt}};
}

Result<QByteArray> OpaqueCodec::encode(const Path& target, const QList<Record>& records)
{
    LWC_TRY(const Record* record, singleRecord(target, records, QStringLiteral("Opaque")));
    if (record->value.type() != ValueType::Opaque)
        return makeError(QStringLiteral("codec.opaque.type"),
                         QCoreApplication::translate("lwc::codec::TextCodec",
                                                     "The opaque format carries only opaque values; %1 is %2.")
                             .arg(target.toString(), lwm2m::valueTypeName(record->value.type())),
                         target.toString());
    return record->value.opaqueView().toByteArray();
}

Result<QList<Record>> OpaqueCodec::decode(const Path& target, QByteArrayView payload, const ObjectRegistry& registry)
{
    LWC_CHECK(checkSingleTarget(target, QStringLiteral("Opaque")));
    const lwm2m::ResourceDefinition* def = registry.resource(target);
    if (def && def->type != ValueType::Opaque && def->type != ValueType::None)
        return makeError(QStringLiteral("codec.opaque.type"),
                         QCoreApplication::translate("lwc::codec::TextCodec",
                                                     "The opaque format carries only opaque values; %1 is %2.")
                             .arg(target.toString(), lwm2m::valueTypeName(def->type)),
                         target.toString());
    Value value = registry.isSecret(target) ? Value::secret(SecretBytes::copyOf(payload))
                                            : Value::opaque(payload.toByteArray());
    return QList<Record> {{target, std::move(value), std::nullopt}};
}

} // namespace lwc::codec
