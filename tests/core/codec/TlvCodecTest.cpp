#include "codec/TlvCodec.h"

#include <QTest>

using namespace lwc;
using namespace lwc::lwm2m;
using namespace lwc::codec;

namespace {

QByteArray hex(const char* h)
{
    return QByteArray::fromHex(QByteArray(h));
}

ObjectRegistry typedRegistry()
{
    // Object 40000: one resource per type, 0..8; 9 executable; 10 multiple integer.
    ObjectDefinition def;
    def.id = 40000;
    def.name = QStringLiteral("Types");
    def.multipleInstances = true;
    const ValueType types[]
        = {ValueType::String, ValueType::Integer, ValueType::UnsignedInteger, ValueType::Float,  ValueType::Boolean,
           ValueType::Opaque, ValueType::Time,    ValueType::Objlnk,          ValueType::Corelnk};
    for (quint16 i = 0; i < 9; ++i) {
        ResourceDefinition r;
        r.id = i;
        r.type = types[i];
        r.operations = Operation::Read | Operation::Write;
        def.resources.emplace(i, r);
    }
    ResourceDefinition exec;
    exec.id = 9;
    exec.operations = Operation::Execute;
    def.resources.emplace(9, exec);
    ResourceDefinition multi;
    multi.id = 10;
    multi.type = ValueType::Integer;
    multi.multiple = true;
    def.resources.emplace(10, multi);
    ObjectRegistry r = ObjectRegistry::builtin();
    r.add(def);
    return r;
}

QByteArray encodeOne(const Path& path, const Value& v)
{
    const auto out = TlvCodec::encode(path, {{path, v, {}}});
    if (!out)
        qFatal("%s", qPrintable(out.error().toString()));
    return *out;
}

} // namespace

class TlvCodecTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // A Bootstrap-Write of one Security instance, assembled by hand from TS
    // 1.1 Core 7.4.3: resource TLVs for PUT /0/1, wrapped in an
    // object-instance TLV for PUT /0. Identity and key bytes exactly as given (S21).
    void securityInstanceBytes_S21()
    {
        QByteArray key;
        for (int i = 0; i < 16; ++i)
            key.append(char(i));
        const QList<Record> records {
            {Path(0, 1, 0), Value::string(QStringLiteral("coaps://a:5684")), {}},
            {Path(0, 1, 1), Value::boolean(false), {}},
            {Path(0, 1, 2), Value::integer(0), {}},
            {Path(0, 1, 3), Value::opaque("id"), {}},
            {Path(0, 1, 5), Value::secret(SecretBytes::copyOf(key)), {}},
            {Path(0, 1, 10), Value::integer(101), {}},
        };
        const QByteArray resources = hex("C8000E636F6170733A2F2F613A35363834" // 0: 14-byte string, 8-bit length
                                         "C10100" // 1: false
                                         "C10200" // 2: 0 (PSK)
                                         "C2036964" // 3: "id"
                                         "C80510000102030405060708090A0B0C0D0E0F" // 5: 16-byte key
                                         "C10A65"); // 10: 101
        auto asInstance = TlvCodec::encode(Path(0, 1), records);
        QVERIFY(asInstance.ok());
        QCOMPARE(asInstance->toHex(), resources.toHex());
        auto asObject = TlvCodec::encode(Path(0), records);
        QVERIFY(asObject.ok());
        QCOMPARE(asObject->toHex(), (hex("0801") + char(resources.size()) + resources).toHex());
        wipeByteArray(*asInstance);
        wipeByteArray(*asObject);
    }

    void secretKeyDecodesToSecretValue_S26()
    {
        const auto records
            = TlvCodec::decode(Path(0, 1), hex("C8051000112233445566778899AABBCCDDEEFF"), ObjectRegistry::builtin());
        QVERIFY(records.ok());
        QCOMPARE(records->size(), 1);
        QVERIFY(records->front().value.isSecret());
        QCOMPARE(records->front().value.opaqueView(), QByteArrayView(hex("00112233445566778899AABBCCDDEEFF")));
        QCOMPARE(records->front().value.describe(), QStringLiteral("<secret:16 bytes>"));
    }

    void lengthForms_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("3-bit 0") << 0 << hex("C005");
        QTest::newRow("3-bit 7") << 7 << hex("C705");
        QTest::newRow("8-bit 8") << 8 << hex("C80508");
        QTest::newRow("8-bit 255") << 255 << hex("C805FF");
        QTest::newRow("16-bit 256") << 256 << hex("D0050100");
        QTest::newRow("16-bit 65535") << 65535 << hex("D005FFFF");
        QTest::newRow("24-bit 65536") << 65536 << hex("D805010000");
        QTest::newRow("24-bit 100000") << 100000 << hex("D8050186A0");
    }
    void lengthForms()
    {
        QFETCH(int, size);
        QFETCH(QByteArray, header);
        const QByteArray value(size, '\x5A');
        const QByteArray out = encodeOne(Path(40000, 0, 5), Value::opaque(value));
        QCOMPARE(out.size(), header.size() + size);
        QCOMPARE(out.left(header.size()).toHex(), header.toHex());
        const auto back = TlvCodec::decode(Path(40000, 0), out, typedRegistry());
        QVERIFY(back.ok());
        QCOMPARE(back->front().value, Value::opaque(value));
    }

    void sixteenBitIdentifiers()
    {
        const ObjectRegistry r = typedRegistry();
        // Object instance 300, resource instance 310 of multiple resource 10.
        const QList<Record> records {{Path(40000, 300, 10, 310), Value::integer(1), {}}};
        const auto out = TlvCodec::encode(Path(40000), records);
        QVERIFY(out.ok());
        // Object instance 0b00 1 00 110 (16-bit ID 300, 6 bytes), multiple resource
        // 0b10 0 00 100, resource instance 0b01 1 00 001 (16-bit ID 310).
        QCOMPARE(out->toHex(), hex("26012C840A61013601").toHex());
        const auto back = TlvCodec::decode(Path(40000), *out, r);
        QVERIFY(back.ok());
        QCOMPARE(*back, records);
    }

    void integerWidths_data()
    {
        QTest::addColumn<qint64>("value");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("0") << qint64(0) << hex("00");
        QTest::newRow("127") << qint64(127) << hex("7F");
        QTest::newRow("-128") << qint64(-128) << hex("80");
        QTest::newRow("128") << qint64(128) << hex("0080");
        QTest::newRow("-129") << qint64(-129) << hex("FF7F");
        QTest::newRow("32767") << qint64(32767) << hex("7FFF");
        QTest::newRow("32768") << qint64(32768) << hex("00008000");
        QTest::newRow("-2^31") << qint64(INT32_MIN) << hex("80000000");
        QTest::newRow("2^31") << qint64(2147483648LL) << hex("0000000080000000");
        QTest::newRow("min") << std::numeric_limits<qint64>::min() << hex("8000000000000000");
        QTest::newRow("max") << std::numeric_limits<qint64>::max() << hex("7FFFFFFFFFFFFFFF");
    }
    void integerWidths()
    {
        QFETCH(qint64, value);
        QFETCH(QByteArray, bytes);
        // Header: type byte, 8-bit ID, and an 8-bit length once the value has 8 bytes.
        const qsizetype header = bytes.size() >= 8 ? 3 : 2;
        const QByteArray out = encodeOne(Path(40000, 0, 1), Value::integer(value));
        QCOMPARE(out.size(), header + bytes.size());
        QCOMPARE(out.mid(header).toHex(), bytes.toHex());
        QCOMPARE(TlvCodec::decode(Path(40000, 0, 1), out, typedRegistry())->front().value, Value::integer(value));
        const QByteArray asTime = encodeOne(Path(40000, 0, 6), Value::time(value));
        QCOMPARE(asTime.mid(header).toHex(), bytes.toHex());
        QCOMPARE(TlvCodec::decode(Path(40000, 0, 6), asTime, typedRegistry())->front().value, Value::time(value));
    }

    void unsignedAndFloatWidths_data()
    {
        QTest::addColumn<Value>("value");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("u 255") << Value::unsignedInteger(255) << hex("FF");
        QTest::newRow("u 256") << Value::unsignedInteger(256) << hex("0100");
        QTest::newRow("u 2^32") << Value::unsignedInteger(4294967296ULL) << hex("0000000100000000");
        QTest::newRow("u max") << Value::unsignedInteger(~quint64(0)) << hex("FFFFFFFFFFFFFFFF");
        QTest::newRow("f 1.5") << Value::floating(1.5) << hex("3FC00000");
        QTest::newRow("f -0") << Value::floating(-0.0) << hex("80000000");
        QTest::newRow("f 0.1") << Value::floating(0.1) << hex("3FB999999999999A");
        QTest::newRow("f inf") << Value::floating(qInf()) << hex("7F800000");
        QTest::newRow("objlnk") << Value::objlnk({66, 0}) << hex("00420000");
        QTest::newRow("bool") << Value::boolean(true) << hex("01");
        QTest::newRow("string") << Value::string(QStringLiteral("\u00fc")) << hex("C3BC");
    }
    void unsignedAndFloatWidths()
    {
        QFETCH(Value, value);
        QFETCH(QByteArray, bytes);
        const quint16 rid = value.type() == ValueType::UnsignedInteger ? 2
            : value.type() == ValueType::Float                         ? 3
            : value.type() == ValueType::Objlnk                        ? 7
            : value.type() == ValueType::Boolean                       ? 4
                                                                       : 0;
        const qsizetype header = bytes.size() >= 8 ? 3 : 2;
        const QByteArray out = encodeOne(Path(40000, 0, rid), value);
        QCOMPARE(out.size(), header + bytes.size());
        QCOMPARE(out.mid(header).toHex(), bytes.toHex());
        QCOMPARE(TlvCodec::decode(Path(40000, 0, rid), out, typedRegistry())->front().value, value);
    }

    void payloadShapesPerTarget()
    {
        const ObjectRegistry r = typedRegistry();
        // Resource target with a multiple-resource TLV, or with bare resource instances.
        const QByteArray wrapped = hex("860A410001410102");
        auto a = TlvCodec::decode(Path(40000, 0, 10), wrapped, r);
        QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().toString()));
        const auto b = TlvCodec::decode(Path(40000, 0, 10), hex("410001410102"), r);
        QVERIFY(b.ok());
        QCOMPARE(*a, *b);
        QCOMPARE(a->size(), 2);
        QCOMPARE(a->at(1).path, Path(40000, 0, 10, 1));
        // Encoding /O/I/R with resource instances writes the multiple-resource TLV.
        QCOMPARE(TlvCodec::encode(Path(40000, 0, 10), *a)->toHex(), wrapped.toHex());
        // Resource instance target.
        const auto c = TlvCodec::decode(Path(40000, 0, 10, 1), hex("410102"), r);
        QVERIFY(c.ok());
        QCOMPARE(c->front().value, Value::integer(2));
        QCOMPARE(TlvCodec::encode(Path(40000, 0, 10, 1), *c)->toHex(), QByteArray("410102"));
        // Instance target may carry its own object-instance wrapper.
        const auto d = TlvCodec::decode(Path(40000, 7), hex("0307C10101"), r);
        QVERIFY(d.ok());
        QCOMPARE(d->front().path, Path(40000, 7, 1));
        QCOMPARE(TlvCodec::decode(Path(40000, 8), hex("0307C10101"), r).error().code,
                 QStringLiteral("codec.tlv.unexpectedEntry"));
        // A single-instance object answered without the wrapper (some devices).
        const auto e = TlvCodec::decode(Path(3), hex("C10964"), r);
        QVERIFY(e.ok());
        QCOMPARE(e->front().path, Path(3, 0, 9));
        // ... but not for a multiple-instance object.
        QCOMPARE(TlvCodec::decode(Path(1), hex("C10064"), r).error().code, QStringLiteral("codec.tlv.unexpectedEntry"));
        // Empty payloads are empty.
        QVERIFY(TlvCodec::decode(Path(1), {}, r)->isEmpty());
        QVERIFY(TlvCodec::decode(Path(1, 0, 1), {}, r)->isEmpty());
        // Unknown resources decode as opaque; executables with no value as none.
        QCOMPARE(TlvCodec::decode(Path(40000, 0), hex("C163AB"), r)->front().value, Value::opaque("\xAB"));
        QCOMPARE(TlvCodec::decode(Path(40000, 0), hex("C009"), r)->front().value, Value());
    }

    void rejectsMalformedPayloads_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        QTest::newRow("header cut") << QStringLiteral("/40000/0") << hex("C8") << QStringLiteral("codec.tlv.truncated");
        QTest::newRow("16-bit id cut") << QStringLiteral("/40000/0") << hex("E100")
                                       << QStringLiteral("codec.tlv.truncated");
        QTest::newRow("24-bit length cut")
            << QStringLiteral("/40000/0") << hex("D8050100") << QStringLiteral("codec.tlv.truncated");
        QTest::newRow("value cut") << QStringLiteral("/40000/0") << hex("C40101")
                                   << QStringLiteral("codec.tlv.lengthOverrun");
        QTest::newRow("inner overrun") << QStringLiteral("/40000") << hex("0003C30101")
                                       << QStringLiteral("codec.tlv.lengthOverrun");
        QTest::newRow("reserved id") << QStringLiteral("/40000/0") << hex("E1FFFF00")
                                     << QStringLiteral("codec.tlv.reservedId");
        QTest::newRow("integer 3 bytes") << QStringLiteral("/40000/0") << hex("C301000000")
                                         << QStringLiteral("codec.tlv.valueLength");
        QTest::newRow("integer 0 bytes") << QStringLiteral("/40000/0") << hex("C001")
                                         << QStringLiteral("codec.tlv.valueLength");
        QTest::newRow("unsigned 16 bytes") << QStringLiteral("/40000/0") << hex("C80210") + QByteArray(16, 0)
                                           << QStringLiteral("codec.tlv.valueLength");
        QTest::newRow("float 2 bytes") << QStringLiteral("/40000/0") << hex("C2033F00")
                                       << QStringLiteral("codec.tlv.valueLength");
        QTest::newRow("boolean 2") << QStringLiteral("/40000/0") << hex("C10402")
                                   << QStringLiteral("codec.tlv.booleanValue");
        QTest::newRow("boolean 2 bytes") << QStringLiteral("/40000/0") << hex("C2040001")
                                         << QStringLiteral("codec.tlv.valueLength");
        QTest::newRow("objlnk 3 bytes") << QStringLiteral("/40000/0") << hex("C307000000")
                                        << QStringLiteral("codec.tlv.valueLength");
        QTest::newRow("bad utf-8") << QStringLiteral("/40000/0") << hex("C200C328") << QStringLiteral("codec.tlv.utf8");
        QTest::newRow("surrogate utf-8") << QStringLiteral("/40000/0") << hex("C300EDA080")
                                         << QStringLiteral("codec.tlv.utf8");
        QTest::newRow("instance in instance")
            << QStringLiteral("/40000/0") << hex("00000000") << QStringLiteral("codec.tlv.unexpectedEntry");
        QTest::newRow("resource instance at instance")
            << QStringLiteral("/40000/0") << hex("410001") << QStringLiteral("codec.tlv.unexpectedEntry");
        QTest::newRow("resource in multiple")
            << QStringLiteral("/40000/0") << hex("830AC10001") << QStringLiteral("codec.tlv.unexpectedEntry");
        QTest::newRow("wrong resource id")
            << QStringLiteral("/40000/0/1") << hex("C10201") << QStringLiteral("codec.tlv.unexpectedEntry");
        QTest::newRow("two resources at resource")
            << QStringLiteral("/40000/0/1") << hex("C10101C10101") << QStringLiteral("codec.tlv.unexpectedEntry");
        QTest::newRow("wrong resource instance")
            << QStringLiteral("/40000/0/10/1") << hex("410201") << QStringLiteral("codec.tlv.unexpectedEntry");
        QTest::newRow("root") << QStringLiteral("/") << hex("C10101") << QStringLiteral("codec.tlv.rootTarget");
    }
    void rejectsMalformedPayloads()
    {
        QFETCH(QString, target);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        const auto result = TlvCodec::decode(Path::parse(target).value(), bytes, typedRegistry());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
        QVERIFY(result.error().details.contains(QStringLiteral("byte"))
                || code == QStringLiteral("codec.tlv.rootTarget"));
    }

    void refusesUnencodableRecords_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QList<Record>>("records");
        QTest::addColumn<QString>("code");
        const Value v = Value::integer(1);
        QTest::newRow("root") << QStringLiteral("/") << QList<Record> {{Path(1, 0, 1), v, {}}}
                              << QStringLiteral("codec.tlv.rootTarget");
        QTest::newRow("outside") << QStringLiteral("/1/0") << QList<Record> {{Path(1, 1, 1), v, {}}}
                                 << QStringLiteral("codec.encode.outsideTarget");
        QTest::newRow("instance record") << QStringLiteral("/1") << QList<Record> {{Path(1, 0), v, {}}}
                                         << QStringLiteral("codec.encode.notResource");
        QTest::newRow("no value") << QStringLiteral("/1") << QList<Record> {{Path(1, 0, 1), Value(), {}}}
                                  << QStringLiteral("codec.encode.noValue");
        QTest::newRow("timestamp") << QStringLiteral("/1") << QList<Record> {{Path(1, 0, 1), v, 5.0}}
                                   << QStringLiteral("codec.encode.timeUnsupported");
        QTest::newRow("duplicate") << QStringLiteral("/1")
                                   << QList<Record> {{Path(1, 0, 1), v, {}}, {Path(1, 0, 1), v, {}}}
                                   << QStringLiteral("lwm2m.records.duplicatePath");
        QTest::newRow("mixed") << QStringLiteral("/1")
                               << QList<Record> {{Path(1, 0, 1), v, {}}, {Path(1, 0, 1, 0), v, {}}}
                               << QStringLiteral("lwm2m.records.mixedResource");
    }
    void refusesUnencodableRecords()
    {
        QFETCH(QString, target);
        QFETCH(QList<Record>, records);
        QFETCH(QString, code);
        const auto result = TlvCodec::encode(Path::parse(target).value(), records);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
    }

    void refusesEntriesAbove24Bits()
    {
        const QByteArray big(TlvCodec::kMaxEntryLength + 1, '\0');
        const auto result = TlvCodec::encode(Path(40000, 0), {{Path(40000, 0, 5), Value::opaque(big), {}}});
        QCOMPARE(result.error().code, QStringLiteral("codec.tlv.tooLarge"));
        const QByteArray fits(TlvCodec::kMaxEntryLength, '\0');
        QVERIFY(TlvCodec::encode(Path(40000, 0), {{Path(40000, 0, 5), Value::opaque(fits), {}}}).ok());
    }
};

QTEST_GUILESS_MAIN(TlvCodecTest)
#include "TlvCodecTest.moc"
