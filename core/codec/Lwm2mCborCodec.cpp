#include "Lwm2mCborCodec.h"

#include "CodecUtil.h"

#include "common/Log.h"

#include <QCborStreamReader>
#include <QCborStreamWriter>
#include <QCoreApplication>
#include <QSet>

#include <cmath>

namespace lwc::codec {

using lwm2m::ObjectRegistry;
using lwm2m::Path;
using lwm2m::Record;
using lwm2m::Value;
using lwm2m::ValueType;

namespace {

Error cborError(QCborStreamReader& reader, const QString& what = {})
{
    const QCborError e = reader.lastError();
    const QString detail = e.c != QCborError::NoError ? e.toString() : what;
    return makeError(QStringLiteral("codec.cbor.syntax"),
                     QCoreApplication::translate("lwc::codec::Lwm2mCborCodec", "The CBOR data is not valid at byte %1.")
                         .arg(reader.currentOffset()),
                     QStringLiteral("byte %1: %2").arg(reader.currentOffset()).arg(detail));
}

Error structureError(const QString& code, const QString& userText, qsizetype offset)
{
    return makeError(code, userText, QStringLiteral("byte %1").arg(offset));
}

Error typeMismatch(const Path& path, const QString& got, ValueType expected, qsizetype offset)
{
    return structureError(QStringLiteral("codec.lwm2mcbor.typeMismatch"),
                          QCoreApplication::translate("lwc::codec::Lwm2mCborCodec",
                                                      "The LwM2M CBOR value of %1 is a %2, but the object definition "
                                                      "says %3.")
                              .arg(path.toString(), got, lwm2m::valueTypeName(expected)),
                          offset);
}

struct Decoder {
    QCborStreamReader& reader;
    const ObjectRegistry& registry;
    QList<Record> records;
    QSet<Path> seen;

    // One path ID from a key.
    Result<quint16> readId()
    {
        const qsizetype at = reader.currentOffset();
        if (!reader.isUnsignedInteger())
            return structureError(QStringLiteral("codec.lwm2mcbor.invalidKey"),
                                  QCoreApplication::translate("lwc::codec::Lwm2mCborCodec",
                                                              "An LwM2M CBOR key at byte %1 is not a path ID (an "
                                                              "unsigned integer or an array of them).")
                                      .arg(at),
                                  at);
        const quint64 id = reader.toUnsignedInteger();
        if (id > Path::kMaxId)
            return structureError(QStringLiteral("codec.lwm2mcbor.invalidKey"),
                                  QCoreApplication::translate("lwc::codec::Lwm2mCborCodec",
                                                              "The LwM2M CBOR path ID %1 at byte %2 is above 65534.")
                                      .arg(id)
                                      .arg(at),
                                  at);
        reader.next();
        return quint16(id);
    }

    Result<Path> readKey(const Path& parent)
    {
        const qsizetype at = reader.currentOffset();
        QList<quint16> ids;
        if (reader.isArray()) {
            if (!reader.enterContainer())
                return cborError(reader);
            while (reader.lastError() == QCborError::NoError && reader.hasNext()) {
                LWC_TRY(const quint16 id, readId());
                ids.append(id);
                if (ids.size() > Path::kMaxLevel)
                    break;
            }
            if (ids.size() <= Path::kMaxLevel
                && (reader.lastError() != QCborError::NoError || !reader.leaveContainer()))
                return cborError(reader);
        } else {
            LWC_TRY(const quint16 id, readId());
            ids.append(id);
        }
        if (ids.isEmpty())
            return structureError(QStringLiteral("codec.lwm2mcbor.invalidKey"),
                                  QCoreApplication::translate("lwc::codec::Lwm2mCborCodec",
                                                              "The LwM2M CBOR key at byte %1 is an empty array.")
                                      .arg(at),
                                  at);
        if (parent.level() + ids.size() > Path::kMaxLevel)
            return structureError(QStringLiteral("codec.lwm2mcbor.pathTooDeep"),
                                  QCoreApplication::translate("lwc::codec::Lwm2mCborCodec",
                                                              "The LwM2M CBOR keys at byte %1 nest deeper than a "
                                                              "resource instance.")
                                      .arg(at),
                                  at);
        Path p = parent;
        for (quint16 id : ids)
            p = p.child(id);
        return p;
    }

    Result<Value> readValue(const Path& path)
    {
        const qsizetype at = reader.currentOffset();
        const lwm2m::ResourceDefinition* def = registry.resource(path);
        const ValueType type = def && def->type != ValueType::None ? def->type : ValueType::None;
        if (reader.isTag()) {
            const QCborTag tag = reader.toTag();
            reader.next();
            if (tag != QCborTag(QCborKnownTags::UnixTime_t)
                || !(reader.isInteger() || reader.isFloat16() || reader.isFloat() || reader.isDouble()))
                return structureError(QStringLiteral("codec.lwm2mcbor.unsupportedValue"),
                                      QCoreApplication::translate("lwc::codec::Lwm2mCborCodec",
                                                                  "The LwM2M CBOR value of %1 at byte %2 uses an "
                                                                  "unsupported tag; only tag 1 (time) is allowed.")
                                          .arg(path.toString())
                                          .arg(at),
                                      at);
            if (type != ValueType::None && type != ValueType::Time)
                return typeMismatch(path, QStringLiteral("time"), type, at);
            double seconds = 0;
            if (reader.isUnsignedInteger()) {
                const quint64 u = reader.toUnsignedInteger();
                if (u > quint64(std::numeric_limits<qint64>::max()))
                    return typeMismatch(path, QStringLiteral("time"), ValueType::Time, at);
                reader.next();
                return Value::time(qint64(u));
            }
            if (reader.isNegativeInteger()) {
                const quint64 m = quint64(reader.toNegativeInteger());
                if (m == 0 || m > quint64(std::numeric_limits<qint64>::max()))
                    return typeMismatch(path, QStringLiteral("time"), ValueType::Time, at);
                reader.next();
                return Value::time(-qint64(m));
            }
            seconds = reader.isFloat16() ? double(float(reader.toFloat16()))
                : reader.isFloat()       ? double(reader.toFloat())
                                         : reader.toDouble();
            reader.next();
            if (!std::isfinite(seconds) || seconds < -9.2e18 || seconds > 9.2e18)
                return typeMismatch(path, QStringLiteral("time"), ValueType::Time, at);
            return Value::time(qint64(std::floor(seconds)));
        }
        switch (reader.type()) {
        case QCborStreamReader::UnsignedInteger: {
            const quint64 u = reader.toUnsignedInteger();
            reader.next();
            const bool fits = u <= quint64(std::numeric_limits<qint64>::max());
            switch (type) {
            case ValueType::None:
                return fits ? Value::integer(qint64(u)) : Value::unsignedInteger(u);
            case ValueType::UnsignedInteger:
                return Value::unsignedInteger(u);
            case ValueType::Integer:
            case ValueType::Time:
                if (!fits)
                    return typeMismatch(path, QStringLiteral("integer above 2^63"), type, at);
                return type == ValueType::Integer ? Value::integer(qint64(u)) : Value::time(qint64(u));
            case ValueType::Float:
                return Value::floating(double(u));
            default:
                return typeMismatch(path, QStringLiteral("integer"), type, at);
            }
        }
        case QCborStreamReader::NegativeInteger: {
            const quint64 m = quint64(reader.toNegativeInteger()); // absolute value, 0 = -2^64
            reader.next();
            const bool fits = m != 0 && m <= quint64(std::numeric_limits<qint64>::max()) + 1;
            const double asDouble = m == 0 ? -18446744073709551616.0 : -double(m);
            switch (type) {
            case ValueType::None:
                return fits ? Value::integer(qint64(0 - m)) : Value::floating(asDouble);
            case ValueType::Integer:
            case ValueType::Time:
                if (!fits)
                    return typeMismatch(path, QStringLiteral("integer below -2^63"), type, at);
                return type == ValueType::Integer ? Value::integer(qint64(0 - m)) : Value::time(qint64(0 - m));
            case ValueType::Float:
                return Value::floating(asDouble);
            default:
                return typeMismatch(path, QStringLiteral("negative integer"), type, at);
            }
        }
        case QCborStreamReader::Float16:
        case QCborStreamReader::Float:
        case QCborStreamReader::Double: {
            const double d = reader.isFloat16() ? double(float(reader.toFloat16()))
                : reader.isFloat()              ? double(reader.toFloat())
                                                : reader.toDouble();
            reader.next();
            if (type != ValueType::None && type != ValueType::Float)
                return typeMismatch(path, QStringLiteral("float"), type, at);
            return Value::floating(d);
        }
        case QCborStreamReader::SimpleType:
            if (reader.isBool()) {
                const bool b = reader.toBool();
                reader.next();
                if (type != ValueType::None && type != ValueType::Boolean)
                    return typeMismatch(path, QStringLiteral("boolean"), type, at);
                return Value::boolean(b);
            }
            if (reader.isNull()) {
                reader.next();
                return Value();
            }
            break;
        case QCborStreamReader::String: {
            QString text;
            if (!readCborText(reader, text))
                return cborError(reader);
            switch (type) {
            case ValueType::None:
            case ValueType::String:
                return Value::string(std::move(text));
            case ValueType::Corelnk:
                return Value::corelnk(std::move(text));
            case ValueType::Objlnk: {
                LWC_TRY(const lwm2m::Objlnk link, lwm2m::Objlnk::parse(text));
                return Value::objlnk(link);
            }
            default:
                return typeMismatch(path, QStringLiteral("text string"), type, at);
            }
        }
        case QCborStreamReader::ByteArray: {
            QByteArray bytes;
            if (!readCborBytes(reader, bytes))
                return cborError(reader);
            if (type != ValueType::None && type != ValueType::Opaque) {
                wipeByteArray(bytes);
                return typeMismatch(path, QStringLiteral("byte string"), type, at);
            }
            if (registry.isSecret(path))
                return Value::secret(SecretBytes::takeFrom(bytes));
            return Value::opaque(std::move(bytes));
        }
        default:
            break;
        }
        return structureError(QStringLiteral("codec.lwm2mcbor.unsupportedValue"),
                              QCoreApplication::translate("lwc::codec::Lwm2mCborCodec",
                                                          "The LwM2M CBOR value of %1 at byte %2 has an unsupported "
                                                          "CBOR type.")
                                  .arg(path.toString())
                                  .arg(at),
                              at);
    }

    Status map(const Path& parent, int nesting)
    {
        if (nesting > Lwm2mCborCodec::kMaxNesting)
            return structureError(QStringLiteral("codec.lwm2mcbor.pathTooDeep"),
                                  QCoreApplication::translate("lwc::codec::Lwm2mCborCodec",
                                                              "The LwM2M CBOR maps nest too deep at byte %1.")
                                      .arg(reader.currentOffset()),
                                  reader.currentOffset());
        if (!reader.enterContainer())
            return cborError(reader);
        while (reader.lastError() == QCborError::NoError && reader.hasNext()) {
            LWC_TRY(const Path path, readKey(parent));
            if (reader.lastError() != QCborError::NoError || !reader.hasNext())
                return cborError(reader, QStringLiteral("map key without value"));
            const qsizetype at = reader.currentOffset();
            if (reader.isMap()) {
                if (path.isResourceInstance())
                    return structureError(QStringLiteral("codec.lwm2mcbor.pathTooDeep"),
                                          QCoreApplication::translate("lwc::codec::Lwm2mCborCodec",
                                                                      "The LwM2M CBOR keys at byte %1 nest deeper than "
                                                                      "a resource instance.")
                                              .arg(at),
                                          at);
                LWC_CHECK(map(path, nesting + 1));
                continue;
            }
            if (!path.hasResource())
                return structureError(QStringLiteral("codec.lwm2mcbor.valueAbovePath"),
                                      QCoreApplication::translate("lwc::codec::Lwm2mCborCodec",
                                                                  "The LwM2M CBOR payload has a value for %1 at byte "
                                                                  "%2; values belong to resources like /3/0/1.")
                                          .arg(path.toString())
                                          .arg(at),
                                      at);
            if (seen.contains(path))
                return structureError(QStringLiteral("codec.lwm2mcbor.duplicatePath"),
                                      QCoreApplication::translate("lwc::codec::Lwm2mCborCodec",
                                                                  "The LwM2M CBOR payload contains %1 twice (byte %2).")
                                          .arg(path.toString())
                                          .arg(at),
                                      at);
            seen.insert(path);
            LWC_TRY(Value value, readValue(path));
            if (reader.lastError() != QCborError::NoError)
                return cborError(reader);
            records.append({path, std::move(value), std::nullopt});
        }
        if (reader.lastError() != QCborError::NoError || !reader.leaveContainer())
            return cborError(reader);
        return {};
    }
};

void appendFloat(QCborStreamWriter& w, double d)
{
    if (std::isnan(d))
        w.append(qfloat16(std::numeric_limits<float>::quiet_NaN()));
    else if (double(float(qfloat16(float(d)))) == d)
        w.append(qfloat16(float(d)));
    else if (double(float(d)) == d)
        w.append(float(d));
    else
        w.append(d);
}

void appendValue(QCborStreamWriter& w, const Value& v)
{
    switch (v.type()) {
    case ValueType::None:
        w.appendNull();
        break;
    case ValueType::String:
    case ValueType::Corelnk:
        w.append(QStringView(v.toText()));
        break;
    case ValueType::Integer:
    case ValueType::Time:
        w.append(v.toInteger());
        break;
    case ValueType::UnsignedInteger:
        w.append(v.toUnsigned());
        break;
    case ValueType::Float:
        appendFloat(w, v.toDouble());
        break;
    case ValueType::Boolean:
        w.append(v.toBool());
        break;
    case ValueType::Opaque: {
        const QByteArrayView bytes = v.opaqueView();
        w.appendByteString(bytes.data(), bytes.size());
        break;
    }
    case ValueType::Objlnk:
        w.append(QStringView(v.toObjlnk().toString()));
        break;
    }
}

// Writes records[begin, end) (sorted, sharing the first `level` IDs) as one map.
Status writeLevel(QCborStreamWriter& w, const std::vector<const Record*>& records, size_t begin, size_t end, int level)
{
    quint64 groups = 0;
    for (size_t i = begin; i < end; ++i) {
        if (i == begin || records[i]->path.id(level) != records[i - 1]->path.id(level))
            ++groups;
    }
    w.startMap(groups);
    size_t i = begin;
    while (i < end) {
        const quint16 id = records[i]->path.id(level);
        size_t j = i + 1;
        while (j < end && records[j]->path.id(level) == id)
            ++j;
        w.append(quint64(id));
        const Record& first = *records[i];
        if (first.path.level() == level + 1) {
            if (j - i > 1)
                return makeError(QStringLiteral("lwm2m.records.mixedResource"),
                                 QCoreApplication::translate("lwc::lwm2m::Record",
                                                             "Resource %1 is given both as a single value and as "
                                                             "resource instances.")
                                     .arg(first.path.toString()),
                                 first.path.toString());
            appendValue(w, first.value);
        } else {
            LWC_CHECK(writeLevel(w, records, i, j, level + 1));
        }
        i = j;
    }
    w.endMap();
    return {};
}

} // namespace

Result<QByteArray> Lwm2mCborCodec::encode(const Path& target, const QList<Record>& records)
{
    LWC_CHECK(checkRecordsForEncoding(target, records, QStringLiteral("LwM2M CBOR"), /*allowTime=*/false,
                                      /*allowNone=*/true));
    std::vector<const Record*> sorted;
    sorted.reserve(size_t(records.size()));
    for (const Record& r : records)
        sorted.push_back(&r);
    std::stable_sort(sorted.begin(), sorted.end(), [](const Record* a, const Record* b) { return a->path < b->path; });
    for (size_t i = 1; i < sorted.size(); ++i) {
        if (sorted[i]->path == sorted[i - 1]->path)
            return makeError(
                QStringLiteral("lwm2m.records.duplicatePath"),
                QCoreApplication::translate("lwc::lwm2m::Record", "The payload contains %1 more than once.")
                    .arg(sorted[i]->path.toString()),
                sorted[i]->path.toString());
    }
    QByteArray out;
    out.reserve(estimateEncodedSize(records));
    {
        QCborStreamWriter w(&out);
        if (target.isRoot()) {
            LWC_CHECK(writeLevel(w, sorted, 0, sorted.size(), 0));
        } else if (sorted.empty()) {
            w.startMap(0);
            w.endMap();
        } else {
            w.startMap(1);
            if (target.level() == 1) {
                w.append(quint64(target.objectId()));
            } else {
                w.startArray(quint64(target.level()));
                for (int i = 0; i < target.level(); ++i)
                    w.append(quint64(target.id(i)));
                w.endArray();
            }
            if (sorted.front()->path == target) {
                if (sorted.size() > 1)
                    return makeError(QStringLiteral("lwm2m.records.mixedResource"),
                                     QCoreApplication::translate("lwc::lwm2m::Record",
                                                                 "Resource %1 is given both as a single value and as "
                                                                 "resource instances.")
                                         .arg(target.toString()),
                                     target.toString());
                appendValue(w, sorted.front()->value);
            } else {
                LWC_CHECK(writeLevel(w, sorted, 0, sorted.size(), target.level()));
            }
            w.endMap();
        }
    }
    qCDebug(lcCodec) << "LwM2M CBOR encoded" << records.size() << "values in" << out.size() << "bytes";
    return out;
}

Result<QList<Record>> Lwm2mCborCodec::decode(const Path& target, QByteArrayView payload, const ObjectRegistry& registry)
{
    Q_UNUSED(target); // paths in LwM2M CBOR are absolute
    QCborStreamReader reader(QByteArray::fromRawData(payload.data(), payload.size()));
    if (reader.lastError() != QCborError::NoError)
        return cborError(reader);
    if (!reader.isMap())
        return structureError(QStringLiteral("codec.lwm2mcbor.notMap"),
                              QCoreApplication::translate("lwc::codec::Lwm2mCborCodec",
                                                          "An LwM2M CBOR payload must be a CBOR map keyed by path "
                                                          "IDs."),
                              0);
    Decoder d {reader, registry, {}, {}};
    // On an error, records decoded so far go with `d`; secret values are
    // wiped when their last handle goes.
    LWC_CHECK(d.map(Path(), 0));
    if (reader.currentOffset() != payload.size())
        return makeError(QStringLiteral("codec.cbor.trailingData"),
                         QCoreApplication::translate("lwc::codec::Lwm2mCborCodec",
                                                     "There are %1 unexpected bytes after the end of the CBOR data.")
                             .arg(payload.size() - reader.currentOffset()),
                         QStringLiteral("byte %1").arg(reader.currentOffset()));
    return std::move(d.records);
}

} // namespace lwc::codec
