#include "lwm2m/Value.h"

#include <QTest>

using namespace lwc;
using namespace lwc::lwm2m;

class ValueTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void typesAndAccessors()
    {
        QCOMPARE(Value().type(), ValueType::None);
        QVERIFY(Value().isNone());
        QCOMPARE(Value::string(QStringLiteral("x")).toText(), QStringLiteral("x"));
        QCOMPARE(Value::integer(-5).toInteger(), qint64(-5));
        QCOMPARE(Value::unsignedInteger(~quint64(0)).toUnsigned(), ~quint64(0));
        QCOMPARE(Value::floating(1.5).toDouble(), 1.5);
        QCOMPARE(Value::boolean(true).toBool(), true);
        QCOMPARE(Value::time(1367491215).type(), ValueType::Time);
        QCOMPARE(Value::time(1367491215).toInteger(), qint64(1367491215));
        QCOMPARE(Value::objlnk({66, 1}).toObjlnk(), (Objlnk {66, 1}));
        QCOMPARE(Value::corelnk(QStringLiteral("</3/0>")).type(), ValueType::Corelnk);
        QCOMPARE(Value::opaque(QByteArray("\x01\x02", 2)).opaqueSize(), qsizetype(2));
    }

    void equality()
    {
        QVERIFY(Value::integer(1) == Value::integer(1));
        QVERIFY(Value::integer(1) != Value::time(1)); // same number, different type
        QVERIFY(Value::string(QStringLiteral("a")) != Value::corelnk(QStringLiteral("a")));
        QVERIFY(Value::floating(qQNaN()) == Value::floating(qQNaN()));
        QVERIFY(Value::opaque("abc") == Value::secret(SecretBytes::copyOf("abc")));
        QVERIFY(Value::secret(SecretBytes::copyOf("abc")) == Value::secret(SecretBytes::copyOf("abc")));
        QVERIFY(Value::secret(SecretBytes::copyOf("abc")) != Value::secret(SecretBytes::copyOf("abd")));
        QVERIFY(Value::secret(SecretBytes::copyOf("abc")) != Value::secret(SecretBytes::copyOf("abcd")));
    }

    void secretsAreSharedNotCopied_S26()
    {
        const Value a = Value::secret(SecretBytes::copyOf("0123456789abcdef"));
        QVERIFY(a.isSecret());
        const Value b = a; // copy of the handle
        QCOMPARE(b.secretBytes().get(), a.secretBytes().get());
        QCOMPARE(a.secretBytes().use_count(), 2);
        QCOMPARE(a.opaqueView(), QByteArrayView("0123456789abcdef"));
    }

    void describeRedactsSecrets_S26()
    {
        const Value key = Value::secret(SecretBytes::copyOf("0123456789abcdef"));
        QCOMPARE(key.describe(), QStringLiteral("<secret:16 bytes>"));
        QCOMPARE(key.describe(true), QStringLiteral("0x30313233343536373839616263646566"));
        QString printed;
        QDebug(&printed) << key;
        QVERIFY(!printed.contains(QStringLiteral("0123")));
        QVERIFY(printed.contains(QStringLiteral("<secret:16 bytes>")));
        QCOMPARE(Value::opaque("\x01\xff").describe(), QStringLiteral("0x01ff"));
        QCOMPARE(Value::string(QStringLiteral("U")).describe(), QStringLiteral("\"U\""));
    }

    void objlnkParse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("object");
        QTest::addColumn<int>("instance");
        QTest::newRow("plain") << QStringLiteral("66:0") << true << 66 << 0;
        QTest::newRow("no link") << QStringLiteral("65535:65535") << true << 65535 << 65535;
        QTest::newRow("hex no link") << QStringLiteral("FFFF:FFFF") << true << 65535 << 65535;
        QTest::newRow("too big") << QStringLiteral("65536:0") << false << 0 << 0;
        QTest::newRow("no colon") << QStringLiteral("66") << false << 0 << 0;
        QTest::newRow("empty part") << QStringLiteral("66:") << false << 0 << 0;
        QTest::newRow("sign") << QStringLiteral("-1:0") << false << 0 << 0;
        QTest::newRow("leading zero") << QStringLiteral("066:0") << false << 0 << 0;
        QTest::newRow("spaces") << QStringLiteral("66 : 0") << false << 0 << 0;
    }
    void objlnkParse()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        const auto link = Objlnk::parse(text);
        QCOMPARE(link.ok(), ok);
        if (!ok) {
            QCOMPARE(link.error().code, QStringLiteral("lwm2m.objlnk.invalid"));
            return;
        }
        QFETCH(int, object);
        QFETCH(int, instance);
        QCOMPARE(int(link->objectId), object);
        QCOMPARE(int(link->instanceId), instance);
        QCOMPARE(link->isNull(), object == 65535 && instance == 65535);
    }

    void typeNames()
    {
        for (ValueType t :
             {ValueType::None, ValueType::String, ValueType::Integer, ValueType::UnsignedInteger, ValueType::Float,
              ValueType::Boolean, ValueType::Opaque, ValueType::Time, ValueType::Objlnk, ValueType::Corelnk})
            QCOMPARE(valueTypeFromName(valueTypeName(t)), std::optional<ValueType>(t));
        QCOMPARE(valueTypeFromName(u"Unsigned Integer"), std::optional<ValueType>(ValueType::UnsignedInteger));
        QCOMPARE(valueTypeFromName(u"ObjLnk"), std::optional<ValueType>(ValueType::Objlnk));
        QVERIFY(!valueTypeFromName(u"Double").has_value());
    }
};

QTEST_GUILESS_MAIN(ValueTest)
#include "ValueTest.moc"
