#include "SenmlCodec.h"

#include "CodecUtil.h"

#include "common/Log.h"

#include <QCoreApplication>
#include <QScopeGuard>

#include <cmath>

namespace lwc::codec {

using lwm2m::ObjectRegistry;
using lwm2m::Path;
using lwm2m::Record;
using lwm2m::Value;
using lwm2m::ValueType;
using Kind = SenmlPack::ValueKind;

namespace {

QString kindName(Kind k)
{
    switch (k) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Number:
        return QStringLiteral("number (v)");
    case Kind::String:
        return QStringLiteral("string (vs)");
    case Kind::Boolean:
        return QStringLiteral("boolean (vb)");
    case Kind::Data:
        return QStringLiteral("data (vd)");
    case Kind::ObjectLink:
        return QStringLiteral("object link (vlo)");
    }
    return {};
}

Error typeMismatch(const Path& path, Kind got, ValueType expected, qsizetype offset)
{
    return makeError(QStringLiteral("codec.senml.typeMismatch"),
                     QCoreApplication::translate("lwc::codec::SenmlCodec",
                                                 "The SenML value of %1 is a %2, but the object definition says %3.")
                         .arg(path.toString(), kindName(got), lwm2m::valueTypeName(expected)),
                     QStringLiteral("byte %1").arg(offset));
}

Error numberMismatch(const Path& path, ValueType expected, qsizetype offset)
{
    return makeError(QStringLiteral("codec.senml.numberRange"),
                     QCoreApplication::translate("lwc::codec::SenmlCodec",
                                                 "The number for %1 does not fit its type %2 (whole number and range).")
                         .arg(path.toString(), lwm2m::valueTypeName(expected)),
                     QStringLiteral("byte %1").arg(offset));
}

std::optional<qint64> asInt64(const SenmlPack::Number& n)
{
    if (const auto* i = std::get_if<qint64>(&n.v))
        return *i;
    if (std::holds_alternative<quint64>(n.v))
        return std::nullopt;
    const double d = std::get<double>(n.v);
    if (std::isfinite(d) && std::trunc(d) == d && d >= -9223372036854775808.0 && d < 9223372036854775808.0)
        return qint64(d);
    return std::nullopt;
}

std::optional<quint64> asUint64(const SenmlPack::Number& n)
{
    if (const auto* i = std::get_if<qint64>(&n.v))
        return *i >= 0 ? std::optional<quint64>(quint64(*i)) : std::nullopt;
    if (const auto* u = std::get_if<quint64>(&n.v))
        return *u;
    const double d = std::get<double>(n.v);
    if (std::isfinite(d) && std::trunc(d) == d && d >= 0 && d < 18446744073709551616.0)
        return quint64(d);
    return std::nullopt;
}

Result<Value> toValue(const Path& path, SenmlPack::Record& rec, const ObjectRegistry& registry)
{
    const lwm2m::ResourceDefinition* def = registry.resource(path);
    // Executable resources have no type; their (unexpected) value decodes
    // naturally and validation reports it.
    const ValueType type = def && def->type != ValueType::None ? def->type : ValueType::None;
    switch (rec.kind) {
    case Kind::None:
        return Value();
    case Kind::Number:
        switch (type) {
        case ValueType::None: // no definition: the natural type
            if (const auto* i = std::get_if<qint64>(&rec.number.v))
                return Value::integer(*i);
            if (const auto* u = std::get_if<quint64>(&rec.number.v))
                return Value::unsignedInteger(*u);
            return Value::floating(std::get<double>(rec.number.v));
        case ValueType::Integer:
        case ValueType::Time:
            if (const auto i = asInt64(rec.number))
                return type == ValueType::Integer ? Value::integer(*i) : Value::time(*i);
            return numberMismatch(path, type, rec.offset);
        case ValueType::UnsignedInteger:
            if (const auto u = asUint64(rec.number))
                return Value::unsignedInteger(*u);
            return numberMismatch(path, type, rec.offset);
        case ValueType::Float:
            return Value::floating(rec.number.toDouble());
        default:
            return typeMismatch(path, rec.kind, type, rec.offset);
        }
    case Kind::String:
        if (type == ValueType::None || type == ValueType::String)
            return Value::string(rec.text);
        if (type == ValueType::Corelnk)
            return Value::corelnk(rec.text);
        return typeMismatch(path, rec.kind, type, rec.offset);
    case Kind::Boolean:
        if (type == ValueType::None || type == ValueType::Boolean)
            return Value::boolean(rec.boolean);
        return typeMismatch(path, rec.kind, type, rec.offset);
    case Kind::Data:
        if (type != ValueType::None && type != ValueType::Opaque)
            return typeMismatch(path, rec.kind, type, rec.offset);
        if (registry.isSecret(path))
            return Value::secret(SecretBytes::takeFrom(rec.data));
        return Value::opaque(std::exchange(rec.data, QByteArray()));
    case Kind::ObjectLink: {
        if (type != ValueType::None && type != ValueType::Objlnk)
            return typeMismatch(path, rec.kind, type, rec.offset);
        LWC_TRY(const lwm2m::Objlnk link, lwm2m::Objlnk::parse(rec.text));
        return Value::objlnk(link);
    }
    }
    return Value();
}

} // namespace

Result<QList<SenmlPack::WireRecord>> SenmlCodec::toWire(const Path& target, const QList<Record>& records)
{
    for (const Record& r : records) {
        if (!r.path.startsWith(target) || r.path.isRoot() || (!r.value.isNone() && !r.path.hasResource()))
            LWC_CHECK(checkRecordsForEncoding(target, {r}, QStringLiteral("SenML"), true, true));
    }
    bool atTarget = false;
    for (const Record& r : records)
        atTarget = atTarget || r.path == target;
    QList<SenmlPack::WireRecord> wire;
    wire.reserve(records.size());
    const QString targetText = target.toString();
    for (const Record& r : records) {
        SenmlPack::WireRecord w;
        const QString full = r.path.toString();
        if (target.isRoot()) {
            w.name = full;
        } else if (atTarget) {
            // bn is the request path itself; deeper records continue it with "/".
            if (wire.isEmpty())
                w.baseName = targetText;
            if (r.path != target)
                w.name = full.mid(targetText.size());
        } else {
            if (wire.isEmpty())
                w.baseName = targetText + QLatin1Char('/');
            w.name = full.mid(targetText.size() + 1);
        }
        const Value& v = r.value;
        switch (v.type()) {
        case ValueType::None:
            break;
        case ValueType::String:
        case ValueType::Corelnk:
            w.kind = Kind::String;
            w.text = v.toText();
            break;
        case ValueType::Integer:
        case ValueType::Time:
            w.kind = Kind::Number;
            w.number.v = v.toInteger();
            break;
        case ValueType::UnsignedInteger:
            w.kind = Kind::Number;
            w.number.v = v.toUnsigned();
            break;
        case ValueType::Float:
            w.kind = Kind::Number;
            w.number.v = v.toDouble();
            w.numberIsFloat = true;
            break;
        case ValueType::Boolean:
            w.kind = Kind::Boolean;
            w.boolean = v.toBool();
            break;
        case ValueType::Opaque:
            w.kind = Kind::Data;
            w.data = v.opaqueView(); // valid while `records` lives
            break;
        case ValueType::Objlnk:
            w.kind = Kind::ObjectLink;
            w.text = v.toObjlnk().toString();
            break;
        }
        w.time = r.time;
        wire.append(std::move(w));
    }
    return wire;
}

Result<QList<Record>> SenmlCodec::fromPack(QList<SenmlPack::Record>& pack, const ObjectRegistry& registry)
{
    // Whatever happens, no decoded data (possibly a key) stays behind unwiped.
    const auto wipe = qScopeGuard([&] {
        for (SenmlPack::Record& rec : pack)
            wipeByteArray(rec.data);
    });
    QList<Record> out;
    out.reserve(pack.size());
    for (SenmlPack::Record& rec : pack) {
        auto path = Path::parse(rec.name);
        if (!path || (path->isRoot() && rec.kind != Kind::None))
            return makeError(
                QStringLiteral("codec.senml.name"),
                QCoreApplication::translate("lwc::codec::SenmlCodec",
                                            "The SenML record name \"%1\" is not an LwM2M path like "
                                            "/3/0/1.")
                    .arg(rec.name.left(80)),
                QStringLiteral("byte %1: %2").arg(rec.offset).arg(path ? QString() : path.error().details));
        if (rec.kind != Kind::None && !path->hasResource())
            return makeError(QStringLiteral("codec.senml.notResource"),
                             QCoreApplication::translate("lwc::codec::SenmlCodec",
                                                         "The SenML record for %1 has a value, but values belong to "
                                                         "resources like /3/0/1.")
                                 .arg(path->toString()),
                             QStringLiteral("byte %1").arg(rec.offset));
        LWC_TRY(Value value, toValue(*path, rec, registry));
        out.append({*path, std::move(value), rec.time});
    }
    return out;
}

Result<QByteArray> SenmlCodec::encodeJson(const Path& target, const QList<Record>& records)
{
    LWC_TRY(const QList<SenmlPack::WireRecord> wire, toWire(target, records));
    auto out = SenmlPack::writeJson(wire, estimateEncodedSize(records));
    if (out)
        qCDebug(lcCodec) << "SenML JSON encoded" << records.size() << "values in" << out->size() << "bytes";
    return out;
}

Result<QByteArray> SenmlCodec::encodeCbor(const Path& target, const QList<Record>& records)
{
    LWC_TRY(const QList<SenmlPack::WireRecord> wire, toWire(target, records));
    auto out = SenmlPack::writeCbor(wire, estimateEncodedSize(records));
    if (out)
        qCDebug(lcCodec) << "SenML CBOR encoded" << records.size() << "values in" << out->size() << "bytes";
    return out;
}

Result<QList<Record>> SenmlCodec::decodeJson(const Path& target, QByteArrayView payload, const ObjectRegistry& registry)
{
    Q_UNUSED(target); // SenML names are absolute
    LWC_TRY(QList<SenmlPack::Record> pack, SenmlPack::parseJson(payload));
    return fromPack(pack, registry);
}

Result<QList<Record>> SenmlCodec::decodeCbor(const Path& target, QByteArrayView payload, const ObjectRegistry& registry)
{
    Q_UNUSED(target);
    LWC_TRY(QList<SenmlPack::Record> pack, SenmlPack::parseCbor(payload));
    return fromPack(pack, registry);
}

} // namespace lwc::codec
