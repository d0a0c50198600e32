#include "codec/TextCodec.h"

#include <QTest>

using namespace lwc;
using namespace lwc::lwm2m;
using namespace lwc::codec;

namespace {

ObjectRegistry typedRegistry()
{
    ObjectDefinition def;
    def.id = 40000;
    def.name = QStringLiteral("Types");
    const ValueType types[]
        = {ValueType::String, ValueType::Integer, ValueType::UnsignedInteger, ValueType::Float,  ValueType::Boolean,
           ValueType::Opaque, ValueType::Time,    ValueType::Objlnk,          ValueType::Corelnk};
    for (quint16 i = 0; i < 9; ++i) {
        ResourceDefinition r;
        r.id = i;
        r.type = types[i];
        def.resources.emplace(i, r);
    }
    ObjectRegistry r = ObjectRegistry::builtin();
    r.add(def);
    return r;
}

quint16 resourceFor(ValueType t)
{
    switch (t) {
    case ValueType::String:
        return 0;
    case ValueType::Integer:
        return 1;
    case ValueType::UnsignedInteger:
        return 2;
    case ValueType::Float:
        return 3;
    case ValueType::Boolean:
        return 4;
    case ValueType::Opaque:
        return 5;
    case ValueType::Time:
        return 6;
    case ValueType::Objlnk:
        return 7;
    default:
        return 8;
    }
}

} // namespace

class TextCodecTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void plainText_data()
    {
        QTest::addColumn<Value>("value");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("string") << Value::string(QStringLiteral("Open Mobile Alliance \u00fc"))
                                << QByteArray("Open Mobile Alliance \xc3\xbc");
        QTest::newRow("empty string") << Value::string(QString()) << QByteArray();
        QTest::newRow("integer") << Value::integer(-9223372036854775807LL - 1) << QByteArray("-9223372036854775808");
        QTest::newRow("unsigned") << Value::unsignedInteger(18446744073709551615ULL)
                                  << QByteArray("18446744073709551615");
        QTest::newRow("float") << Value::floating(-123.45) << QByteArray("-123.45");
        QTest::newRow("float integral") << Value::floating(20.0) << QByteArray("20.0");
        QTest::newRow("float tiny") << Value::floating(1e-7) << QByteArray("0.0000001");
        QTest::newRow("boolean") << Value::boolean(true) << QByteArray("1");
        QTest::newRow("time") << Value::time(1367491215) << QByteArray("1367491215");
        QTest::newRow("objlnk") << Value::objlnk({66, 0}) << QByteArray("66:0");
        QTest::newRow("corelnk") << Value::corelnk(QStringLiteral("</3/0>")) << QByteArray("</3/0>");
    }
    void plainText()
    {
        QFETCH(Value, value);
        QFETCH(QByteArray, text);
        const Path path(40000, 0, resourceFor(value.type()));
        const auto out = TextCodec::encode(path, {{path, value, {}}});
        QVERIFY2(out.ok(), qPrintable(out.ok() ? QString() : out.error().toString()));
        QCOMPARE(*out, text);
        const auto back = TextCodec::decode(path, text, typedRegistry());
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
        QCOMPARE(back->front().value, value);
        QCOMPARE(back->front().path, path);
    }

    void rejectsBadText_data()
    {
        QTest::addColumn<int>("resource");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("integer letters") << 1 << QByteArray("12a");
        QTest::newRow("integer plus") << 1 << QByteArray("+12");
        QTest::newRow("integer space") << 1 << QByteArray(" 12");
        QTest::newRow("integer empty") << 1 << QByteArray();
        QTest::newRow("integer overflow") << 1 << QByteArray("9223372036854775808");
        QTest::newRow("unsigned negative") << 2 << QByteArray("-1");
        QTest::newRow("float inf") << 3 << QByteArray("inf");
        QTest::newRow("float hex") << 3 << QByteArray("0x1p3");
        QTest::newRow("boolean true") << 4 << QByteArray("true");
        QTest::newRow("boolean 2") << 4 << QByteArray("2");
        QTest::newRow("opaque not base64") << 5 << QByteArray("*");
        QTest::newRow("objlnk") << 7 << QByteArray("66");
        QTest::newRow("utf8") << 0 << QByteArray("\xff");
    }
    void rejectsBadText()
    {
        QFETCH(int, resource);
        QFETCH(QByteArray, text);
        const auto result = TextCodec::decode(Path(40000, 0, quint16(resource)), text, typedRegistry());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("codec.text.invalid"));
    }

    void opaqueIsNotPlainText()
    {
        const Path path(40000, 0, 5);
        QCOMPARE(TextCodec::encode(path, {{path, Value::opaque("x"), {}}}).error().code,
                 QStringLiteral("codec.text.opaque"));
        // LwM2M 1.0 devices send opaque as base64 in plain text: decoding accepts it.
        QCOMPARE(TextCodec::decode(path, "aGkgCg==", typedRegistry())->front().value, Value::opaque("hi \n"));
        QCOMPARE(TextCodec::encode(path, {{path, Value::floating(qQNaN()), {}}}).error().code,
                 QStringLiteral("codec.text.nonFinite"));
    }

    void singleValueOnly()
    {
        const Path path(3, 0, 9);
        QCOMPARE(TextCodec::encode(Path(3, 0), {{path, Value::integer(1), {}}}).error().code,
                 QStringLiteral("codec.single.target"));
        QCOMPARE(TextCodec::decode(Path(3, 0), "1", ObjectRegistry::builtin()).error().code,
                 QStringLiteral("codec.single.target"));
        QCOMPARE(TextCodec::encode(path, {}).error().code, QStringLiteral("codec.single.count"));
        QCOMPARE(TextCodec::encode(path, {{path, Value::integer(1), {}}, {path, Value::integer(2), {}}}).error().code,
                 QStringLiteral("codec.single.count"));
        QCOMPARE(TextCodec::encode(path, {{Path(3, 0, 9, 0), Value::integer(1), {}}}).error().code,
                 QStringLiteral("codec.single.count"));
        // Unknown resources decode as strings.
        QCOMPARE(TextCodec::decode(Path(4242, 0, 1), "17", ObjectRegistry::builtin())->front().value,
                 Value::string(QStringLiteral("17")));
    }

    void opaqueFormat_S21()
    {
        const Path key(0, 1, 5);
        const QByteArray bytes = QByteArray::fromHex("000102030405060708090A0B0C0D0E0F");
        auto out = OpaqueCodec::encode(key, {{key, Value::secret(SecretBytes::copyOf(bytes)), {}}});
        QVERIFY(out.ok());
        QCOMPARE(*out, bytes); // exactly the key bytes (S21)
        wipeByteArray(*out);
        const auto back = OpaqueCodec::decode(key, bytes, ObjectRegistry::builtin());
        QVERIFY(back->front().value.isSecret());
        QCOMPARE(back->front().value.opaqueView(), QByteArrayView(bytes));
        const auto identity = OpaqueCodec::decode(Path(0, 1, 3), "dev-1", ObjectRegistry::builtin());
        QVERIFY(!identity->front().value.isSecret());
        QCOMPARE(OpaqueCodec::decode(Path(3, 0, 9), "x", ObjectRegistry::builtin()).error().code,
                 QStringLiteral("codec.opaque.type"));
        QCOMPARE(OpaqueCodec::encode(Path(3, 0, 9), {{Path(3, 0, 9), Value::integer(1), {}}}).error().code,
                 QStringLiteral("codec.opaque.type"));
    }
};

QTEST_GUILESS_MAIN(TextCodecTest)
#include "TextCodecTest.moc"
