#include "codec/SenmlCodec.h"

#include <QTest>

using namespace lwc;
using namespace lwc::lwm2m;
using namespace lwc::codec;

namespace {

ObjectRegistry floatRegistry()
{
    ObjectDefinition def;
    def.id = 40001;
    def.name = QStringLiteral("Floats");
    def.multipleInstances = true;
    ResourceDefinition f;
    f.id = 0;
    f.type = ValueType::Float;
    def.resources.emplace(0, f);
    ResourceDefinition u;
    u.id = 1;
    u.type = ValueType::UnsignedInteger;
    def.resources.emplace(1, u);
    ResourceDefinition c;
    c.id = 2;
    c.type = ValueType::Corelnk;
    def.resources.emplace(2, c);
    ObjectRegistry r = ObjectRegistry::builtin();
    r.add(def);
    return r;
}

} // namespace

class SenmlCodecTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Devices differ: base64 or base64url, padded or not, all decode the same.
    void binaryValuesInAnyBase64Form_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("base64 padded") << QByteArray("+/8=");
        QTest::newRow("base64 unpadded") << QByteArray("+/8");
        QTest::newRow("base64url padded") << QByteArray("-_8=");
        QTest::newRow("base64url unpadded") << QByteArray("-_8");
    }
    void binaryValuesInAnyBase64Form()
    {
        QFETCH(QByteArray, text);
        const QByteArray json = "[{\"n\":\"/0/1/3\",\"vd\":\"" + text + "\"}]";
        const auto records = SenmlCodec::decodeJson(Path(), json, ObjectRegistry::builtin());
        QVERIFY2(records.ok(), qPrintable(records.ok() ? QString() : records.error().toString()));
        QCOMPARE(records->front().value, Value::opaque(QByteArray::fromHex("FBFF")));
    }

    void encodesBase64UrlWithoutPadding()
    {
        const QList<Record> records {{Path(0, 1, 3), Value::opaque(QByteArray::fromHex("FBFF")), {}}};
        QCOMPARE(*SenmlCodec::encodeJson(Path(0, 1, 3), records), QByteArray("[{\"bn\":\"/0/1/3\",\"vd\":\"-_8\"}]"));
        const QList<Record> empty {{Path(0, 1, 3), Value::opaque(QByteArray()), {}}};
        QCOMPARE(*SenmlCodec::encodeJson(Path(0, 1, 3), empty), QByteArray("[{\"bn\":\"/0/1/3\",\"vd\":\"\"}]"));
    }

    void secretKeyDecodesToSecretValue_S26()
    {
        const QByteArray json = "[{\"bn\":\"/0/1/\",\"n\":\"5\",\"vd\":\"ABEiM0RVZneImaq7zN3u_w\"}]";
        const auto records = SenmlCodec::decodeJson(Path(0, 1), json, ObjectRegistry::builtin());
        QVERIFY(records.ok());
        QVERIFY(records->front().value.isSecret());
        QCOMPARE(records->front().value.opaqueView(),
                 QByteArrayView(QByteArray::fromHex("00112233445566778899AABBCCDDEEFF")));
        const auto cbor = SenmlCodec::encodeCbor(Path(0, 1), *records);
        QVERIFY(cbor.ok());
        const auto back = SenmlCodec::decodeCbor(Path(0, 1), *cbor, ObjectRegistry::builtin());
        QVERIFY(back->front().value.isSecret());
        QCOMPARE(*back, *records);
    }

    void baseNameRules()
    {
        const QList<Record> instance {
            {Path(3, 0, 0), Value::string(QStringLiteral("OMA")), {}},
            {Path(3, 0, 6, 1), Value::integer(5), {}},
        };
        QCOMPARE(*SenmlCodec::encodeJson(Path(3, 0), instance),
                 QByteArray("[{\"bn\":\"/3/0/\",\"n\":\"0\",\"vs\":\"OMA\"},{\"n\":\"6/1\",\"v\":5}]"));
        QCOMPARE(*SenmlCodec::encodeJson(Path(), instance),
                 QByteArray("[{\"n\":\"/3/0/0\",\"vs\":\"OMA\"},{\"n\":\"/3/0/6/1\",\"v\":5}]"));
        QCOMPARE(*SenmlCodec::encodeJson(Path(3), instance),
                 QByteArray("[{\"bn\":\"/3/\",\"n\":\"0/0\",\"vs\":\"OMA\"},{\"n\":\"0/6/1\",\"v\":5}]"));
        // A value at the request path itself: bn only; deeper values continue it.
        const QList<Record> resource {
            {Path(3, 0, 6), Value(), {}},
            {Path(3, 0, 6, 0), Value::integer(1), {}},
        };
        QCOMPARE(*SenmlCodec::encodeJson(Path(3, 0, 6), resource),
                 QByteArray("[{\"bn\":\"/3/0/6\"},{\"n\":\"/0\",\"v\":1}]"));
        QCOMPARE(SenmlCodec::encodeJson(Path(1), instance).error().code, QStringLiteral("codec.encode.outsideTarget"));
    }

    void timesAndNumbers()
    {
        const ObjectRegistry r = floatRegistry();
        const QList<Record> records {
            {Path(40001, 0, 0), Value::floating(20.0), 1700000000.0},
            {Path(40001, 0, 0), Value::floating(22.4), 1700000000.5},
            {Path(40001, 0, 1), Value::unsignedInteger(18446744073709551615ULL), {}},
            {Path(40001, 0, 2), Value::corelnk(QStringLiteral("</3/0>;rt=\"x\"")), {}},
        };
        const auto json = SenmlCodec::encodeJson(Path(40001, 0), records);
        QVERIFY(json.ok());
        QCOMPARE(*json,
                 QByteArray("[{\"bn\":\"/40001/0/\",\"n\":\"0\",\"v\":20.0,\"t\":1700000000},"
                            "{\"n\":\"0\",\"v\":22.4,\"t\":1700000000.5},"
                            "{\"n\":\"1\",\"v\":18446744073709551615},"
                            "{\"n\":\"2\",\"vs\":\"</3/0>;rt=\\\"x\\\"\"}]"));
        QCOMPARE(*SenmlCodec::decodeJson(Path(40001, 0), *json, r), records);
        const auto cbor = SenmlCodec::encodeCbor(Path(40001, 0), records);
        QVERIFY(cbor.ok());
        QCOMPARE(*SenmlCodec::decodeCbor(Path(40001, 0), *cbor, r), records);
        // Without definitions numbers take their natural type.
        const auto natural = SenmlCodec::decodeJson(Path(), *json, ObjectRegistry());
        QCOMPARE(natural->at(0).value, Value::floating(20.0));
        QCOMPARE(natural->at(2).value, Value::unsignedInteger(18446744073709551615ULL));
        QCOMPARE(natural->at(3).value.type(), ValueType::String);
        // Base time plus relative time.
        const auto rel = SenmlCodec::decodeJson(
            Path(), "[{\"bn\":\"/40001/0/0\",\"bt\":1000,\"v\":1.5,\"t\":-5},{\"v\":2,\"t\":0.25}]", r);
        QVERIFY(rel.ok());
        QCOMPARE(*rel->at(0).time, 995.0);
        QCOMPARE(*rel->at(1).time, 1000.25);
        QCOMPARE(rel->at(1).value, Value::floating(2.0));
    }

    void shortestCborFloats()
    {
        const auto bytesOf = [](double d) {
            return SenmlCodec::encodeCbor(Path(), {{Path(40001, 0, 0), Value::floating(d), {}}})->toHex();
        };
        // [ {0: "/40001/0/0", 2: <float>} ]
        const QByteArray prefix = "81a2006a2f34303030312f302f3002";
        QCOMPARE(bytesOf(1.5), prefix + "f93e00");
        QCOMPARE(bytesOf(100000.0), prefix + "fa47c35000");
        QCOMPARE(bytesOf(0.1), prefix + "fb3fb999999999999a");
        QCOMPARE(bytesOf(qQNaN()), prefix + "f97e00");
        QCOMPARE(bytesOf(-qInf()), prefix + "f9fc00");
        QCOMPARE(SenmlCodec::encodeJson(Path(), {{Path(40001, 0, 0), Value::floating(qInf()), {}}}).error().code,
                 QStringLiteral("codec.senml.nonFinite"));
    }

    void ignoresUnknownLabelsButNotMustUnderstand()
    {
        const auto ok = SenmlCodec::decodeJson(
            Path(), "[{\"n\":\"/3/0/9\",\"u\":\"%\",\"xyz\":{\"a\":[1,2,{\"b\":null}]},\"v\":95}]",
            ObjectRegistry::builtin());
        QVERIFY(ok.ok());
        QCOMPARE(ok->front().value, Value::integer(95));
        const auto bad
            = SenmlCodec::decodeJson(Path(), "[{\"n\":\"/3/0/9\",\"v\":95,\"xyz_\":1}]", ObjectRegistry::builtin());
        QCOMPARE(bad.error().code, QStringLiteral("codec.senml.mustUnderstand"));
    }

    void rejectsMalformedJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code");
        QTest::newRow("syntax") << QByteArray("[{\"n\":\"/3/0/9\",\"v\":95") << QStringLiteral("codec.json.syntax");
        QTest::newRow("trailing") << QByteArray("[] []") << QStringLiteral("codec.json.syntax");
        QTest::newRow("object") << QByteArray("{\"n\":\"/3/0/9\"}") << QStringLiteral("codec.senml.notArray");
        QTest::newRow("record type") << QByteArray("[1]") << QStringLiteral("codec.senml.recordNotObject");
        QTest::newRow("duplicate label") << QByteArray("[{\"n\":\"/3/0/9\",\"v\":1,\"v\":2}]")
                                         << QStringLiteral("codec.senml.duplicateLabel");
        QTest::newRow("label type") << QByteArray("[{\"n\":9}]") << QStringLiteral("codec.senml.labelType");
        QTest::newRow("vb type") << QByteArray("[{\"n\":\"/3/0/9\",\"vb\":1}]")
                                 << QStringLiteral("codec.senml.labelType");
        QTest::newRow("two values") << QByteArray("[{\"n\":\"/3/0/9\",\"v\":1,\"vs\":\"a\"}]")
                                    << QStringLiteral("codec.senml.multipleValues");
        QTest::newRow("no name") << QByteArray("[{\"v\":1}]") << QStringLiteral("codec.senml.noName");
        QTest::newRow("version") << QByteArray("[{\"bver\":11,\"n\":\"/3/0/9\",\"v\":1}]")
                                 << QStringLiteral("codec.senml.version");
        QTest::newRow("not a path") << QByteArray("[{\"n\":\"urn:dev:x\",\"v\":1}]")
                                    << QStringLiteral("codec.senml.name");
        QTest::newRow("value on instance")
            << QByteArray("[{\"n\":\"/3/0\",\"v\":1}]") << QStringLiteral("codec.senml.notResource");
        QTest::newRow("string for integer")
            << QByteArray("[{\"n\":\"/3/0/9\",\"vs\":\"95\"}]") << QStringLiteral("codec.senml.typeMismatch");
        QTest::newRow("fraction for integer")
            << QByteArray("[{\"n\":\"/3/0/9\",\"v\":9.5}]") << QStringLiteral("codec.senml.numberRange");
        QTest::newRow("negative unsigned")
            << QByteArray("[{\"n\":\"/0/0/13\",\"v\":-1}]") << QStringLiteral("codec.senml.numberRange");
        QTest::newRow("huge number") << QByteArray("[{\"n\":\"/3/0/9\",\"v\":1e999}]")
                                     << QStringLiteral("codec.senml.numberRange");
        QTest::newRow("bad base64") << QByteArray("[{\"n\":\"/0/0/3\",\"vd\":\"a*b\"}]")
                                    << QStringLiteral("codec.senml.base64");
        QTest::newRow("mixed base64") << QByteArray("[{\"n\":\"/0/0/3\",\"vd\":\"+_8\"}]")
                                      << QStringLiteral("codec.senml.base64");
        QTest::newRow("base64 length") << QByteArray("[{\"n\":\"/0/0/3\",\"vd\":\"abcde\"}]")
                                       << QStringLiteral("codec.senml.base64");
        QTest::newRow("bad objlnk") << QByteArray("[{\"n\":\"/9/0/1\",\"vlo\":\"1-2\"}]")
                                    << QStringLiteral("lwm2m.objlnk.invalid");
    }
    void rejectsMalformedJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        const auto result = SenmlCodec::decodeJson(Path(), json, ObjectRegistry::builtin());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
    }

    void rejectsMalformedCbor_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QByteArray("") << QStringLiteral("codec.cbor.syntax");
        QTest::newRow("map") << QByteArray("a0") << QStringLiteral("codec.senml.notArray");
        QTest::newRow("truncated") << QByteArray("81a2006a2f34") << QStringLiteral("codec.cbor.syntax");
        QTest::newRow("trailing") << QByteArray("8000") << QStringLiteral("codec.cbor.trailingData");
        QTest::newRow("record type") << QByteArray("8101") << QStringLiteral("codec.senml.recordNotObject");
        QTest::newRow("key type") << QByteArray("81a1f401") << QStringLiteral("codec.senml.labelType");
        QTest::newRow("vd text") << QByteArray("81a200662f302f302f330861") << QStringLiteral("codec.senml.labelType");
        QTest::newRow("duplicate") << QByteArray("81a3006a2f34303030312f302f3002010202")
                                   << QStringLiteral("codec.senml.duplicateLabel");
        QTest::newRow("must understand") << QByteArray("81a2006a2f34303030312f302f30626b5f01")
                                         << QStringLiteral("codec.senml.mustUnderstand");
        QTest::newRow("bad utf8") << QByteArray("81a10062c328") << QStringLiteral("codec.cbor.syntax");
    }
    void rejectsMalformedCbor()
    {
        QFETCH(QByteArray, hex);
        QFETCH(QString, code);
        const auto result = SenmlCodec::decodeCbor(Path(), QByteArray::fromHex(hex), floatRegistry());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
    }

    void cborAcceptsIndefiniteLengthsAndChunks()
    {
        // [_ {_ 0: "/0/0/3", 8: (_ h'FB', h'FF')} ]
        const QByteArray hex = "9fbf00662f302f302f33085f41fb41ffffffff";
        const auto records = SenmlCodec::decodeCbor(Path(), QByteArray::fromHex(hex), ObjectRegistry::builtin());
        QVERIFY2(records.ok(), qPrintable(records.ok() ? QString() : records.error().toString()));
        QCOMPARE(records->front().value, Value::opaque(QByteArray::fromHex("FBFF")));
    }
};

QTEST_GUILESS_MAIN(SenmlCodecTest)
#include "SenmlCodecTest.moc"
