#include "TlvCodec.h"

#include "CodecUtil.h"

#include "common/Log.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace lwc::codec {

using lwm2m::ObjectRegistry;
using lwm2m::Path;
using lwm2m::Record;
using lwm2m::Value;
using lwm2m::ValueType;

namespace {

enum class Kind : quint8 { ObjectInstance = 0, ResourceInstance = 1, MultipleResource = 2, Resource = 3 };

QString kindName(Kind k)
{
    switch (k) {
    case Kind::ObjectInstance:
        return QStringLiteral("object instance");
    case Kind::ResourceInstance:
        return QStringLiteral("resource instance");
    case Kind::MultipleResource:
        return QStringLiteral("multiple resource");
    case Kind::Resource:
        return QStringLiteral("resource");
    }
    return {};
}

// ---------------------------------------------------------------- decoding

struct Entry {
    Kind kind;
    quint16 id;
    qsizetype header; // offset of the type byte in the payload
    qsizetype offset; // offset of the value
    qsizetype length;
};

Error malformed(const QString& code, const QString& userText, qsizetype offset, const QString& what)
{
    return makeError(code, userText, QStringLiteral("byte %1: %2").arg(offset).arg(what));
}

// Parses the entries that exactly fill payload[begin, end).
Result<QList<Entry>> parseEntries(QByteArrayView payload, qsizetype begin, qsizetype end)
{
    QList<Entry> out;
    const auto* p = reinterpret_cast<const quint8*>(payload.data());
    qsizetype pos = begin;
    while (pos < end) {
        const qsizetype header = pos;
        const quint8 type = p[pos++];
        const Kind kind = Kind(type >> 6);
        const int idBytes = (type & 0x20) ? 2 : 1;
        const int lengthType = (type >> 3) & 0x3;
        const qsizetype need = idBytes + lengthType;
        if (end - pos < need)
            return malformed(QStringLiteral("codec.tlv.truncated"),
                             QCoreApplication::translate("lwc::codec::TlvCodec",
                                                         "The TLV payload is cut off in the header of the entry at "
                                                         "byte %1.")
                                 .arg(header),
                             header, QStringLiteral("header needs %1 more bytes, %2 left").arg(need).arg(end - pos));
        quint32 id = p[pos++];
        if (idBytes == 2)
            id = (id << 8) | p[pos++];
        qsizetype length = 0;
        if (lengthType == 0) {
            length = type & 0x7;
        } else {
            for (int i = 0; i < lengthType; ++i)
                length = (length << 8) | p[pos++];
        }
        if (id > Path::kMaxId)
            return malformed(QStringLiteral("codec.tlv.reservedId"),
                             QCoreApplication::translate("lwc::codec::TlvCodec",
                                                         "The TLV entry at byte %1 uses the reserved ID 65535.")
                                 .arg(header),
                             header, QStringLiteral("id 65535"));
        if (length > end - pos)
            return malformed(QStringLiteral("codec.tlv.lengthOverrun"),
                             QCoreApplication::translate("lwc::codec::TlvCodec",
                                                         "The TLV entry at byte %1 announces %2 bytes, but only %3 "
                                                         "remain in the enclosing entry; the payload is malformed.")
                                 .arg(header)
                                 .arg(length)
                                 .arg(end - pos),
                             header, QStringLiteral("%1 %2").arg(kindName(kind)).arg(id));
        out.append({kind, quint16(id), header, pos, length});
        pos += length;
    }
    return out;
}

Error unexpected(const Entry& e, const Path& target, const QString& expected)
{
    return malformed(QStringLiteral("codec.tlv.unexpectedEntry"),
                     QCoreApplication::translate("lwc::codec::TlvCodec",
                                                 "The TLV entry at byte %1 is a %2 with ID %3, which does not fit a "
                                                 "payload for %4 (expected: %5).")
                         .arg(e.header)
                         .arg(kindName(e.kind))
                         .arg(e.id)
                         .arg(target.toString(), expected),
                     e.header, QStringLiteral("kind %1").arg(int(e.kind)));
}

Result<Value> decodeTlvValue(const Path& path, QByteArrayView bytes, qsizetype offset, const ObjectRegistry& registry)
{
    const lwm2m::ResourceDefinition* def = registry.resource(path);
    ValueType type = def ? def->type : ValueType::Opaque;
    if (type == ValueType::None)
        type = bytes.isEmpty() ? ValueType::None : ValueType::Opaque;
    const auto* p = reinterpret_cast<const quint8*>(bytes.data());
    const qsizetype n = bytes.size();
    const auto badLength = [&](const QString& allowed) {
        return malformed(QStringLiteral("codec.tlv.valueLength"),
                         QCoreApplication::translate("lwc::codec::TlvCodec",
                                                     "%1 is a %2 value of %3 bytes at byte %4; TLV allows %5 bytes.")
                             .arg(path.toString(), lwm2m::valueTypeName(type))
                             .arg(n)
                             .arg(offset)
                             .arg(allowed),
                         offset, path.toString());
    };
    switch (type) {
    case ValueType::None:
        return Value();
    case ValueType::String:
    case ValueType::Corelnk: {
        auto text = decodeUtf8(bytes);
        if (!text)
            return malformed(
                QStringLiteral("codec.tlv.utf8"),
                QCoreApplication::translate("lwc::codec::TlvCodec", "%1 at byte %2 is not valid UTF-8 text.")
                    .arg(path.toString())
                    .arg(offset),
                offset, path.toString());
        return type == ValueType::String ? Value::string(std::move(*text)) : Value::corelnk(std::move(*text));
    }
    case ValueType::Integer:
    case ValueType::Time: {
        if (n != 1 && n != 2 && n != 4 && n != 8)
            return badLength(QStringLiteral("1, 2, 4, 8"));
        quint64 u = 0;
        for (qsizetype i = 0; i < n; ++i)
            u = (u << 8) | p[i];
        // Sign-extend from n bytes.
        const int shift = int(64 - 8 * n);
        const qint64 v = qint64(u << shift) >> shift;
        return type == ValueType::Integer ? Value::integer(v) : Value::time(v);
    }
    case ValueType::UnsignedInteger: {
        if (n != 1 && n != 2 && n != 4 && n != 8)
            return badLength(QStringLiteral("1, 2, 4, 8"));
        quint64 u = 0;
        for (qsizetype i = 0; i < n; ++i)
            u = (u << 8) | p[i];
        return Value::unsignedInteger(u);
    }
    case ValueType::Float: {
        if (n == 4) {
            const quint32 bits = quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | p[3];
            float f;
            std::memcpy(&f, &bits, 4);
            return Value::floating(double(f));
        }
        if (n == 8) {
            quint64 bits = 0;
            for (int i = 0; i < 8; ++i)
                bits = (bits << 8) | p[i];
            double d;
            std::memcpy(&d, &bits, 8);
            return Value::floating(d);
        }
        return badLength(QStringLiteral("4, 8"));
    }
    case ValueType::Boolean:
        if (n != 1)
            return badLength(QStringLiteral("1"));
        if (p[0] > 1)
            return malformed(QStringLiteral("codec.tlv.booleanValue"),
                             QCoreApplication::translate("lwc::codec::TlvCodec",
                                                         "%1 at byte %2 holds %3, but a TLV boolean is 0 or 1.")
                                 .arg(path.toString())
                                 .arg(offset)
                                 .arg(p[0]),
                             offset, path.toString());
        return Value::boolean(p[0] == 1);
    case ValueType::Objlnk:
        if (n != 4)
            return badLength(QStringLiteral("4"));
        return Value::objlnk({quint16(p[0] << 8 | p[1]), quint16(p[2] << 8 | p[3])});
    case ValueType::Opaque:
        if (registry.isSecret(path))
            return Value::secret(SecretBytes::copyOf(bytes));
        return Value::opaque(bytes.toByteArray());
    }
    return Value();
}

struct Decoder {
    QByteArrayView payload;
    const ObjectRegistry& registry;
    QList<Record> records;

    QByteArrayView valueOf(const Entry& e) const { return payload.sliced(e.offset, e.length); }

    Status addValue(const Path& path, const Entry& e)
    {
        LWC_TRY(Value v, decodeTlvValue(path, valueOf(e), e.offset, registry));
        records.append({path, std::move(v), std::nullopt});
        return {};
    }

    Status resourceInstances(const Path& resource, const QList<Entry>& entries)
    {
        for (const Entry& ri : entries) {
            if (ri.kind != Kind::ResourceInstance)
                return unexpected(ri, resource, QStringLiteral("resource instance"));
            LWC_CHECK(addValue(resource.child(ri.id), ri));
        }
        return {};
    }

    Status resource(const Path& instance, const Entry& e)
    {
        const Path path = instance.child(e.id);
        if (e.kind == Kind::Resource)
            return addValue(path, e);
        if (e.kind == Kind::MultipleResource) {
            LWC_TRY(const QList<Entry> inner, parseEntries(payload, e.offset, e.offset + e.length));
            return resourceInstances(path, inner);
        }
        return unexpected(e, instance, QStringLiteral("resource, multiple resource"));
    }

    Status resources(const Path& instance, const QList<Entry>& entries)
    {
        for (const Entry& e : entries)
            LWC_CHECK(resource(instance, e));
        return {};
    }

    Status instance(const Path& path, const Entry& e)
    {
        LWC_TRY(const QList<Entry> inner, parseEntries(payload, e.offset, e.offset + e.length));
        return resources(path, inner);
    }
};

bool allOfKind(const QList<Entry>& entries, std::initializer_list<Kind> kinds)
{
    return std::all_of(entries.begin(), entries.end(),
                       [&](const Entry& e) { return std::find(kinds.begin(), kinds.end(), e.kind) != kinds.end(); });
}

// ---------------------------------------------------------------- encoding

struct Node {
    Kind kind;
    quint16 id;
    const Value* value = nullptr; // leaf
    QByteArray text; // UTF-8 of String/Corelnk leaves
    QList<Node> children;
    qsizetype length = 0; // value length
};

qsizetype headerSize(quint16 id, qsizetype length)
{
    qsizetype h = 1 + (id > 0xFF ? 2 : 1);
    if (length >= 8)
        h += length <= 0xFF ? 1 : length <= 0xFFFF ? 2 : 3;
    return h;
}

int integerWidth(qint64 v)
{
    if (v >= -128 && v <= 127)
        return 1;
    if (v >= -32768 && v <= 32767)
        return 2;
    if (v >= INT32_MIN && v <= INT32_MAX)
        return 4;
    return 8;
}

int unsignedWidth(quint64 v)
{
    return v <= 0xFF ? 1 : v <= 0xFFFF ? 2 : v <= 0xFFFFFFFFu ? 4 : 8;
}

bool fitsFloat32(double d)
{
    return std::isnan(d) || double(float(d)) == d;
}

Result<qsizetype> leafLength(Node& node, const Path& path)
{
    const Value& v = *node.value;
    switch (v.type()) {
    case ValueType::None:
        return qsizetype(0);
    case ValueType::String:
    case ValueType::Corelnk:
        node.text = v.toText().toUtf8();
        return node.text.size();
    case ValueType::Integer:
    case ValueType::Time:
        return qsizetype(integerWidth(v.toInteger()));
    case ValueType::UnsignedInteger:
        return qsizetype(unsignedWidth(v.toUnsigned()));
    case ValueType::Float:
        return qsizetype(fitsFloat32(v.toDouble()) ? 4 : 8);
    case ValueType::Boolean:
        return qsizetype(1);
    case ValueType::Objlnk:
        return qsizetype(4);
    case ValueType::Opaque:
        return v.opaqueSize();
    }
    Q_UNUSED(path);
    return qsizetype(0);
}

Result<qsizetype> computeLength(Node& node, const Path& path)
{
    qsizetype length = 0;
    if (node.value) {
        LWC_TRY(length, leafLength(node, path));
    } else {
        for (Node& child : node.children) {
            LWC_TRY(const qsizetype inner, computeLength(child, path));
            length += inner;
        }
    }
    if (length > TlvCodec::kMaxEntryLength)
        return makeError(QStringLiteral("codec.tlv.tooLarge"),
                         QCoreApplication::translate("lwc::codec::TlvCodec",
                                                     "The TLV entry for %1 would be %2 bytes; TLV entries hold at "
                                                     "most 16777215 bytes.")
                             .arg(path.toString())
                             .arg(length),
                         path.toString());
    node.length = length;
    return length + headerSize(node.id, length);
}

void putBigEndian(char*& out, quint64 v, int width)
{
    for (int i = width - 1; i >= 0; --i)
        *out++ = char((v >> (8 * i)) & 0xFF);
}

void writeNode(const Node& node, char*& out)
{
    quint8 type = quint8(quint8(node.kind) << 6);
    if (node.id > 0xFF)
        type |= 0x20;
    int lengthBytes = 0;
    if (node.length < 8) {
        type |= quint8(node.length);
    } else {
        lengthBytes = node.length <= 0xFF ? 1 : node.length <= 0xFFFF ? 2 : 3;
        type |= quint8(lengthBytes << 3);
    }
    *out++ = char(type);
    putBigEndian(out, node.id, node.id > 0xFF ? 2 : 1);
    putBigEndian(out, quint64(node.length), lengthBytes);
    if (!node.value) {
        for (const Node& child : node.children)
            writeNode(child, out);
        return;
    }
    const Value& v = *node.value;
    switch (v.type()) {
    case ValueType::None:
        break;
    case ValueType::String:
    case ValueType::Corelnk:
        std::memcpy(out, node.text.constData(), size_t(node.text.size()));
        out += node.text.size();
        break;
    case ValueType::Integer:
    case ValueType::Time:
        putBigEndian(out, quint64(v.toInteger()), int(node.length));
        break;
    case ValueType::UnsignedInteger:
        putBigEndian(out, v.toUnsigned(), int(node.length));
        break;
    case ValueType::Float:
        if (node.length == 4) {
            const float f = float(v.toDouble());
            quint32 bits;
            std::memcpy(&bits, &f, 4);
            putBigEndian(out, bits, 4);
        } else {
            const double d = v.toDouble();
            quint64 bits;
            std::memcpy(&bits, &d, 8);
            putBigEndian(out, bits, 8);
        }
        break;
    case ValueType::Boolean:
        *out++ = v.toBool() ? 1 : 0;
        break;
    case ValueType::Objlnk:
        putBigEndian(out, v.toObjlnk().objectId, 2);
        putBigEndian(out, v.toObjlnk().instanceId, 2);
        break;
    case ValueType::Opaque: {
        const QByteArrayView bytes = v.opaqueView();
        if (!bytes.isEmpty())
            std::memcpy(out, bytes.data(), size_t(bytes.size()));
        out += bytes.size();
        break;
    }
    }
}

Node resourceNode(const lwm2m::Resource& res)
{
    Node node;
    node.id = res.id;
    if (res.multiple) {
        node.kind = Kind::MultipleResource;
        for (const auto& [riid, value] : res.instances)
            node.children.append(Node {Kind::ResourceInstance, riid, &value, {}, {}, 0});
    } else {
        node.kind = Kind::Resource;
        node.value = &res.value;
    }
    return node;
}

} // namespace

Result<QByteArray> TlvCodec::encode(const Path& target, const QList<Record>& records)
{
    if (target.isRoot())
        return makeError(QStringLiteral("codec.tlv.rootTarget"),
                         QCoreApplication::translate("lwc::codec::TlvCodec",
                                                     "A TLV payload needs a request path of at least an object, like "
                                                     "/0; the root path / cannot be encoded in TLV."));
    LWC_CHECK(checkRecordsForEncoding(target, records, QStringLiteral("TLV"), /*allowTime=*/false));
    LWC_TRY(const QList<lwm2m::ObjectInstance> instances, lwm2m::groupRecords(records));

    QList<Node> top;
    if (target.isObject()) {
        for (const lwm2m::ObjectInstance& inst : instances) {
            Node node {Kind::ObjectInstance, inst.instanceId, nullptr, {}, {}, 0};
            for (const auto& [rid, res] : inst.resources)
                node.children.append(resourceNode(res));
            top.append(std::move(node));
        }
    } else if (target.isInstance() || target.isResource()) {
        for (const lwm2m::ObjectInstance& inst : instances) {
            for (const auto& [rid, res] : inst.resources)
                top.append(resourceNode(res));
        }
    } else { // resource instance
        for (const Record& r : records)
            top.append(Node {Kind::ResourceInstance, r.path.resourceInstanceId(), &r.value, {}, {}, 0});
    }

    qsizetype total = 0;
    for (Node& node : top) {
        LWC_TRY(const qsizetype size, computeLength(node, target));
        total += size;
    }
    // Exact size up front: the buffer never reallocates, so no stray copy of
    // a secret is left behind in freed memory.
    QByteArray out(total, Qt::Uninitialized);
    char* cursor = out.data();
    for (const Node& node : top)
        writeNode(node, cursor);
    Q_ASSERT(cursor == out.constData() + total);
    qCDebug(lcCodec) << "TLV encoded" << records.size() << "values for" << target.toString() << "in" << total
                     << "bytes";
    return out;
}

Result<QList<Record>> TlvCodec::decode(const Path& target, QByteArrayView payload, const ObjectRegistry& registry)
{
    if (target.isRoot())
        return makeError(QStringLiteral("codec.tlv.rootTarget"),
                         QCoreApplication::translate("lwc::codec::TlvCodec",
                                                     "A TLV payload needs a request path of at least an object, like "
                                                     "/0; the root path / cannot be encoded in TLV."));
    LWC_TRY(const QList<Entry> top, parseEntries(payload, 0, payload.size()));
    Decoder d {payload, registry, {}};
    switch (target.level()) {
    case Path::Object:
        if (allOfKind(top, {Kind::ObjectInstance})) {
            for (const Entry& e : top)
                LWC_CHECK(d.instance(Path(target.objectId(), e.id), e));
            break;
        }
        // Some devices answer a Read of a single-instance object with the
        // resources of instance 0 and no object-instance wrapper.
        if (const auto* def = registry.find(target.objectId());
            def && !def->multipleInstances && allOfKind(top, {Kind::Resource, Kind::MultipleResource})) {
            LWC_CHECK(d.resources(Path(target.objectId(), 0), top));
            break;
        }
        for (const Entry& e : top) {
            if (e.kind != Kind::ObjectInstance)
                return unexpected(e, target, QStringLiteral("object instance"));
        }
        break;
    case Path::Instance:
        if (top.size() == 1 && top.front().kind == Kind::ObjectInstance) {
            if (top.front().id != target.instanceId())
                return unexpected(top.front(), target, QStringLiteral("object instance %1").arg(target.instanceId()));
            LWC_CHECK(d.instance(target, top.front()));
            break;
        }
        LWC_CHECK(d.resources(target, top));
        break;
    case Path::Resource:
        if (allOfKind(top, {Kind::ResourceInstance})) {
            LWC_CHECK(d.resourceInstances(target, top));
            break;
        }
        if (top.size() != 1 || top.front().id != target.resourceId())
            return unexpected(top.size() > 1 ? top.at(1) : top.front(), target,
                              QStringLiteral("one resource with ID %1").arg(target.resourceId()));
        LWC_CHECK(d.resource(target.parent(), top.front()));
        break;
    case Path::ResourceInstance:
        if (top.size() != 1 || top.front().kind != Kind::ResourceInstance
            || top.front().id != target.resourceInstanceId()) {
            if (top.isEmpty())
                break;
            return unexpected(top.front(), target,
                              QStringLiteral("one resource instance with ID %1").arg(target.resourceInstanceId()));
        }
        LWC_CHECK(d.addValue(target, top.front()));
        break;
    default:
        break;
    }
    qCDebug(lcCodec) << "TLV decoded" << d.records.size() << "values for" << target.toString() << "from"
                     << payload.size() << "bytes";
    return std::move(d.records);
}

} // namespace lwc::codec
