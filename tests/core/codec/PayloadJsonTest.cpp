#include "codec/PayloadJson.h"

#include <QTest>

using namespace lwc;
using namespace lwc::lwm2m;
using namespace lwc::codec;

class PayloadJsonTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyTypeRoundTrips()
    {
        const QList<Record> records {
            {Path(9, 0, 0), Value::string(QStringLiteral("a\"b\n\u00fc\U0001F600")), {}},
            {Path(9, 0, 1), Value::integer(std::numeric_limits<qint64>::min()), {}},
            {Path(9, 0, 2), Value::unsignedInteger(18446744073709551615ULL), {}},
            {Path(9, 0, 3), Value::floating(0.1), 25462629.5},
            {Path(9, 0, 4), Value::floating(qQNaN()), {}},
            {Path(9, 0, 5), Value::floating(-qInf()), {}},
            {Path(9, 0, 6), Value::boolean(false), {}},
            {Path(9, 0, 7), Value::opaque(QByteArray::fromHex("00FF10")), {}},
            {Path(9, 0, 8), Value::time(-1), {}},
            {Path(9, 0, 9), Value::objlnk({}), {}},
            {Path(9, 0, 10), Value::corelnk(QStringLiteral("</3/0>")), {}},
            {Path(9, 0, 11), Value(), {}},
            {Path(9, 0, 12, 3), Value::opaque("dev-1"), {}},
        };
        const QByteArray json = PayloadJson::fromRecords(ContentFormat::SenmlCbor, Path(9), records, false);
        QVERIFY(json.contains("\"iso\": \"1969-12-31T23:59:59Z\""));
        QVERIFY(json.contains("\"value\": \"NaN\""));
        QVERIFY(json.contains("\"hex\": \"6465762d31\", \"text\": \"dev-1\""));
        QVERIFY(json.contains("\"value\": 18446744073709551615"));
        const auto doc = PayloadJson::parse(json, ObjectRegistry());
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().toString()));
        QCOMPARE(doc->format, std::optional(ContentFormat::SenmlCbor));
        QCOMPARE(doc->path, std::optional(Path(9)));
        QCOMPARE(doc->records, records);
    }

    void secretsAreRedactedUnlessRevealed_S26()
    {
        const QByteArray key = QByteArray::fromHex("00112233445566778899AABBCCDDEEFF");
        const QList<Record> records {{Path(0, 1, 5), Value::secret(SecretBytes::copyOf(key)), {}}};
        QVERIFY(PayloadJson::containsSecret(records));
        const QByteArray redacted = PayloadJson::fromRecords(ContentFormat::Tlv, Path(0, 1), records, false);
        QVERIFY(!redacted.contains(key.toHex()));
        QVERIFY(redacted.contains("\"value\": \"<secret:16 bytes>\""));
        QCOMPARE(PayloadJson::parse(redacted, ObjectRegistry::builtin()).error().code,
                 QStringLiteral("codec.payloadJson.redacted"));
        const QByteArray revealed = PayloadJson::fromRecords(ContentFormat::Tlv, Path(0, 1), records, true);
        QVERIFY(revealed.contains(key.toHex()));
        const auto doc = PayloadJson::parse(revealed, ObjectRegistry::builtin());
        QVERIFY(doc.ok());
        QVERIFY(doc->records.front().value.isSecret());
        QCOMPARE(doc->records.front().value, records.front().value);
    }

    void typesFromDefinitions()
    {
        const auto doc = PayloadJson::parse(
            "[{\"path\":\"/0/1/0\",\"value\":\"coaps://h\"},{\"path\":\"/0/1/5\",\"base64\":\"AAEC\"},"
            "{\"path\":\"/3/0/13\",\"iso\":\"2013-05-02T10:40:15Z\"},{\"path\":\"/0/1/13\",\"value\":\"3\"},"
            "{\"path\":\"/9/9/9\",\"type\":\"opaque\",\"secret\":true,\"hex\":\"0102\"}]",
            ObjectRegistry::builtin());
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().toString()));
        QVERIFY(!doc->format);
        QCOMPARE(doc->records.at(0).value, Value::string(QStringLiteral("coaps://h")));
        QVERIFY(doc->records.at(1).value.isSecret());
        QCOMPARE(doc->records.at(2).value, Value::time(1367491215));
        QCOMPARE(doc->records.at(3).value, Value::unsignedInteger(3));
        QVERIFY(doc->records.at(4).value.isSecret());
    }

    void rejectsBadDocuments_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code");
        QTest::newRow("syntax") << QByteArray("{") << QStringLiteral("codec.json.syntax");
        QTest::newRow("no records") << QByteArray("{}") << QStringLiteral("codec.payloadJson.invalid");
        QTest::newRow("bad format") << QByteArray("{\"format\":\"xml\",\"records\":[]}")
                                    << QStringLiteral("codec.payloadJson.invalid");
        QTest::newRow("bad path") << QByteArray("{\"path\":\"0\",\"records\":[]}")
                                  << QStringLiteral("lwm2m.path.noLeadingSlash");
        QTest::newRow("record path") << QByteArray("[{\"value\":1}]") << QStringLiteral("codec.payloadJson.invalid");
        QTest::newRow("unknown resource, no type")
            << QByteArray("[{\"path\":\"/9/0/1\",\"value\":1}]") << QStringLiteral("codec.payloadJson.invalid");
        QTest::newRow("bad type") << QByteArray("[{\"path\":\"/9/0/1\",\"type\":\"double\",\"value\":1}]")
                                  << QStringLiteral("codec.payloadJson.invalid");
        QTest::newRow("fraction for integer")
            << QByteArray("[{\"path\":\"/3/0/9\",\"value\":1.5}]") << QStringLiteral("codec.payloadJson.invalid");
        QTest::newRow("bad hex") << QByteArray("[{\"path\":\"/0/0/3\",\"hex\":\"0g\"}]")
                                 << QStringLiteral("codec.payloadJson.invalid");
        QTest::newRow("odd hex") << QByteArray("[{\"path\":\"/0/0/3\",\"hex\":\"012\"}]")
                                 << QStringLiteral("codec.payloadJson.invalid");
        QTest::newRow("bad objlnk") << QByteArray("[{\"path\":\"/3/0/22/0\",\"value\":\"x\"}]")
                                    << QStringLiteral("lwm2m.objlnk.invalid");
        QTest::newRow("bad time") << QByteArray("[{\"path\":\"/3/0/9\",\"value\":1,\"t\":\"now\"}]")
                                  << QStringLiteral("codec.payloadJson.invalid");
        QTest::newRow("link without target")
            << QByteArray("{\"links\":[{}]}") << QStringLiteral("codec.payloadJson.invalid");
    }
    void rejectsBadDocuments()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        const auto doc = PayloadJson::parse(json, ObjectRegistry::builtin());
        QVERIFY(!doc.ok());
        QCOMPARE(doc.error().code, code);
    }

    void links()
    {
        const QList<Link> links {{QStringLiteral("/"), {{QStringLiteral("lwm2m"), QStringLiteral("1.1"), true, false}}},
                                 {QStringLiteral("/0/1"),
                                  {{QStringLiteral("ssid"), QStringLiteral("101"), true, false},
                                   {QStringLiteral("uri"), QStringLiteral("coaps://h"), true, true},
                                   {QStringLiteral("obs"), QString(), false, false}}}};
        const auto doc = PayloadJson::parse(PayloadJson::fromLinks(links), ObjectRegistry());
        QVERIFY(doc.ok());
        QVERIFY(doc->hasLinks);
        QCOMPARE(doc->links, links);
        // "quoted" means nothing without a value (found by fuzzing).
        const auto odd = PayloadJson::parse(
            "{\"links\":[{\"target\":\"/1\",\"attributes\":[{\"name\":\"obs\",\"quoted\":true}]}]}", ObjectRegistry());
        QVERIFY(odd.ok());
        QVERIFY(!odd->links.front().attributes.front().quoted);
    }
};

QTEST_GUILESS_MAIN(PayloadJsonTest)
#include "PayloadJsonTest.moc"
