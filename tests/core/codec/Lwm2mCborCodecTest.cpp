// LwM2M CBOR (11544). No public byte vectors exist in tests/data; the
// expected bytes here are assembled by hand from the LwM2M 1.2 TS 7.4.6
// structure (nested maps keyed by path IDs, request path as the first key)
// and RFC 8949 encodings, each annotated.
#include "codec/Lwm2mCborCodec.h"

#include <QTest>

using namespace lwc;
using namespace lwc::lwm2m;
using namespace lwc::codec;

namespace {

QByteArray hex(const char* h)
{
    return QByteArray::fromHex(QByteArray(h));
}

QList<Record> deviceRecords()
{
    return {
        {Path(3, 0, 0), Value::string(QStringLiteral("OMA")), {}},
        {Path(3, 0, 6, 0), Value::integer(1), {}},
        {Path(3, 0, 6, 1), Value::integer(5), {}},
        {Path(3, 0, 9), Value::integer(95), {}},
    };
}

} // namespace

class Lwm2mCborCodecTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void encodesByteExact_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QList<Record>>("records");
        QTest::addColumn<QByteArray>("expected");
        // {[3, 0]: {0: "OMA", 6: {0: 1, 1: 5}, 9: 95}}
        QTest::newRow("instance") << QStringLiteral("/3/0") << deviceRecords()
                                  << hex("A1"
                                         "820300"
                                         "A3"
                                         "00634F4D41"
                                         "06A200010105"
                                         "09185F");
        // {3: {0: {0: "OMA", 6: {0: 1, 1: 5}, 9: 95}}}
        QTest::newRow("object") << QStringLiteral("/3") << deviceRecords()
                                << hex("A1"
                                       "03"
                                       "A1"
                                       "00"
                                       "A3"
                                       "00634F4D41"
                                       "06A200010105"
                                       "09185F");
        // {3: {0: {...}}} from the root: the same bytes
        QTest::newRow("root") << QStringLiteral("/") << deviceRecords()
                              << hex("A1"
                                     "03"
                                     "A1"
                                     "00"
                                     "A3"
                                     "00634F4D41"
                                     "06A200010105"
                                     "09185F");
        // {[3, 0, 0]: "OMA"}
        QTest::newRow("single resource") << QStringLiteral("/3/0/0") << QList<Record> {deviceRecords().front()}
                                         << hex("A1"
                                                "83030000"
                                                "634F4D41");
        // {[3, 0, 6, 1]: 5}
        QTest::newRow("resource instance") << QStringLiteral("/3/0/6/1") << QList<Record> {deviceRecords().at(2)}
                                           << hex("A1"
                                                  "8403000601"
                                                  "05");
        // {[1, 0]: {0: 101, 1: 86400, 6: true, 7: "U"}}
        QTest::newRow("server") << QStringLiteral("/1/0")
                                << QList<Record> {{Path(1, 0, 0), Value::integer(101), {}},
                                                  {Path(1, 0, 1), Value::integer(86400), {}},
                                                  {Path(1, 0, 6), Value::boolean(true), {}},
                                                  {Path(1, 0, 7), Value::string(QStringLiteral("U")), {}}}
                                << hex("A1"
                                       "820100"
                                       "A4"
                                       "001865"
                                       "011A00015180"
                                       "06F5"
                                       "076155");
        // Types: opaque as byte string, objlnk as text, time as integer, float shortest, null, negative.
        QTest::newRow("types") << QStringLiteral("/9/0")
                               << QList<Record> {{Path(9, 0, 1), Value::opaque("\x01\x02"), {}},
                                                 {Path(9, 0, 2), Value::objlnk({66, 1}), {}},
                                                 {Path(9, 0, 3), Value::time(1367491215), {}},
                                                 {Path(9, 0, 4), Value::floating(1.5), {}},
                                                 {Path(9, 0, 5), Value(), {}},
                                                 {Path(9, 0, 6), Value::integer(-500), {}},
                                                 {Path(9, 0, 7), Value::unsignedInteger(~quint64(0)), {}}}
                               << hex("A1"
                                      "820900"
                                      "A7"
                                      "01420102"
                                      "026436363A31"
                                      "031A5182428F"
                                      "04F93E00"
                                      "05F6"
                                      "063901F3"
                                      "071BFFFFFFFFFFFFFFFF");
        QTest::newRow("empty") << QStringLiteral("/3/0") << QList<Record> {} << hex("A0");
    }
    void encodesByteExact()
    {
        QFETCH(QString, target);
        QFETCH(QList<Record>, records);
        QFETCH(QByteArray, expected);
        const auto out = Lwm2mCborCodec::encode(Path::parse(target).value(), records);
        QVERIFY2(out.ok(), qPrintable(out.ok() ? QString() : out.error().toString()));
        QCOMPARE(out->toHex().toUpper(), expected.toHex().toUpper());
        // And back, with natural types (objects 9 and 3 partly unknown).
        ObjectRegistry r;
        ObjectDefinition def;
        def.id = 9;
        def.name = QStringLiteral("Types");
        const ValueType types[] = {ValueType::None,  ValueType::Opaque, ValueType::Objlnk,  ValueType::Time,
                                   ValueType::Float, ValueType::String, ValueType::Integer, ValueType::UnsignedInteger};
        for (quint16 i = 1; i < 8; ++i) {
            ResourceDefinition res;
            res.id = i;
            res.type = types[i];
            def.resources.emplace(i, res);
        }
        r.add(def);
        r.add(deviceObjectDefinition());
        r.add(serverObjectDefinition());
        const auto back = Lwm2mCborCodec::decode(Path(), *out, r);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
        QCOMPARE(*back, records);
    }

    void decodesAlternativeForms_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QList<Record>>("expected");
        const QList<Record> battery {{Path(3, 0, 9), Value::integer(95), {}}};
        QTest::newRow("full array key") << hex("A1"
                                               "83030009"
                                               "185F")
                                        << battery;
        QTest::newRow("nested") << hex("A1 03 A1 00 A1 09 185F") << battery;
        QTest::newRow("mixed") << hex("A1 03 A1 820009 185F") << battery;
        QTest::newRow("indefinite maps") << hex("BF 03 BF 00 BF 09 185F FF FF FF") << battery;
        QTest::newRow("indefinite array key") << hex("A1 9F030009FF 185F") << battery;
        QTest::newRow("tag 1 time") << hex("A1 8303000D C11A5182428F")
                                    << QList<Record> {{Path(3, 0, 13), Value::time(1367491215), {}}};
        QTest::newRow("tag 1 float time (floor)")
            << hex("A1 8303000D C1FB41D46090A3E00000") << QList<Record> {{Path(3, 0, 13), Value::time(1367491215), {}}};
        QTest::newRow("null") << hex("A1 8303000E F6") << QList<Record> {{Path(3, 0, 14), Value(), {}}};
        QTest::newRow("objlnk") << hex("A1 84030016 00 6436363A30")
                                << QList<Record> {{Path(3, 0, 22, 0), Value::objlnk({66, 0}), {}}};
        QTest::newRow("chunked text") << hex("A1 83030000 7F 624F4D 6141 FF")
                                      << QList<Record> {{Path(3, 0, 0), Value::string(QStringLiteral("OMA")), {}}};
        QTest::newRow("two objects") << hex("A2 01 A1 00 A1 00 1865 03 A1 00 A1 09 185F")
                                     << QList<Record> {{Path(1, 0, 0), Value::integer(101), {}},
                                                       {Path(3, 0, 9), Value::integer(95), {}}};
    }
    void decodesAlternativeForms()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QList<Record>, expected);
        const auto records = Lwm2mCborCodec::decode(Path(), bytes, ObjectRegistry::builtin());
        QVERIFY2(records.ok(), qPrintable(records.ok() ? QString() : records.error().toString()));
        QCOMPARE(*records, expected);
    }

    void secretKeyDecodesToSecretValue_S26()
    {
        const auto records = Lwm2mCborCodec::decode(Path(), hex("A1 83000105 50 00112233445566778899AABBCCDDEEFF"),
                                                    ObjectRegistry::builtin());
        QVERIFY(records.ok());
        QVERIFY(records->front().value.isSecret());
        QCOMPARE(records->front().value.opaqueSize(), qsizetype(16));
    }

    void rejectsMalformedPayloads_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("codec.cbor.syntax");
        QTest::newRow("array root") << hex("80") << QStringLiteral("codec.lwm2mcbor.notMap");
        QTest::newRow("text key") << hex("A1 6133 00") << QStringLiteral("codec.lwm2mcbor.invalidKey");
        QTest::newRow("negative key") << hex("A1 20 00") << QStringLiteral("codec.lwm2mcbor.invalidKey");
        QTest::newRow("65535 key") << hex("A1 19FFFF 00") << QStringLiteral("codec.lwm2mcbor.invalidKey");
        QTest::newRow("empty array key") << hex("A1 80 00") << QStringLiteral("codec.lwm2mcbor.invalidKey");
        QTest::newRow("five levels") << hex("A1 850300060101 05") << QStringLiteral("codec.lwm2mcbor.pathTooDeep");
        QTest::newRow("map below resource instance")
            << hex("A1 8403000601 A0") << QStringLiteral("codec.lwm2mcbor.pathTooDeep");
        QTest::newRow("value at instance") << hex("A1 820300 05") << QStringLiteral("codec.lwm2mcbor.valueAbovePath");
        QTest::newRow("duplicate path") << hex("A2 83030009 01 03 A1 00 A1 09 02")
                                        << QStringLiteral("codec.lwm2mcbor.duplicatePath");
        QTest::newRow("array value") << hex("A1 83030009 8101") << QStringLiteral("codec.lwm2mcbor.unsupportedValue");
        QTest::newRow("other tag") << hex("A1 83030009 C201") << QStringLiteral("codec.lwm2mcbor.unsupportedValue");
        QTest::newRow("undefined") << hex("A1 83030009 F7") << QStringLiteral("codec.lwm2mcbor.unsupportedValue");
        QTest::newRow("text for integer") << hex("A1 83030009 6139") << QStringLiteral("codec.lwm2mcbor.typeMismatch");
        QTest::newRow("float for integer")
            << hex("A1 83030009 F93E00") << QStringLiteral("codec.lwm2mcbor.typeMismatch");
        QTest::newRow("bytes for string") << hex("A1 83030000 4100") << QStringLiteral("codec.lwm2mcbor.typeMismatch");
        QTest::newRow("negative unsigned") << hex("A1 8300000D 20") << QStringLiteral("codec.lwm2mcbor.typeMismatch");
        QTest::newRow("bad objlnk") << hex("A1 84030016 00 6136") << QStringLiteral("lwm2m.objlnk.invalid");
        QTest::newRow("truncated") << hex("A1 83030009") << QStringLiteral("codec.cbor.syntax");
        QTest::newRow("trailing") << hex("A0 00") << QStringLiteral("codec.cbor.trailingData");
        QTest::newRow("bad utf8") << hex("A1 83030000 62C328") << QStringLiteral("codec.cbor.syntax");
    }
    void rejectsMalformedPayloads()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        const auto result = Lwm2mCborCodec::decode(Path(), bytes, ObjectRegistry::builtin());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
    }

    void refusesUnencodableRecords()
    {
        const Value v = Value::integer(1);
        QCOMPARE(Lwm2mCborCodec::encode(Path(3, 0), {{Path(3, 0, 6), v, {}}, {Path(3, 0, 6, 0), v, {}}}).error().code,
                 QStringLiteral("lwm2m.records.mixedResource"));
        QCOMPARE(Lwm2mCborCodec::encode(Path(3, 0), {{Path(3, 0, 6), v, {}}, {Path(3, 0, 6), v, {}}}).error().code,
                 QStringLiteral("lwm2m.records.duplicatePath"));
        QCOMPARE(
            Lwm2mCborCodec::encode(Path(3, 0, 6), {{Path(3, 0, 6), v, {}}, {Path(3, 0, 6, 0), v, {}}}).error().code,
            QStringLiteral("lwm2m.records.mixedResource"));
        QCOMPARE(Lwm2mCborCodec::encode(Path(3, 0), {{Path(3, 0, 6), v, 1.0}}).error().code,
                 QStringLiteral("codec.encode.timeUnsupported"));
        QCOMPARE(Lwm2mCborCodec::encode(Path(3, 0), {{Path(3, 1, 6), v, {}}}).error().code,
                 QStringLiteral("codec.encode.outsideTarget"));
    }
};

QTEST_GUILESS_MAIN(Lwm2mCborCodecTest)
#include "Lwm2mCborCodecTest.moc"
