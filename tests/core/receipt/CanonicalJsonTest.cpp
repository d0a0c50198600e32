// The byte form that gets signed. (No raw string literals here: moc 6.4
// stops seeing the test class after one.)
#include "receipt/CanonicalJson.h"

#include "ResultTestHelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace lwc;

class CanonicalJsonTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void serializes_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("sorted keys, no whitespace") << QByteArray("{ \"b\" : 1, \"a\" : [ true, false, null ] }")
                                                    << QByteArray("{\"a\":[true,false,null],\"b\":1}");
        QTest::newRow("nested") << QByteArray("{\"z\":{\"y\":2,\"x\":{\"b\":\"\",\"a\":-3}}}")
                                << QByteArray("{\"z\":{\"x\":{\"a\":-3,\"b\":\"\"},\"y\":2}}");
        // UTF-16 code unit order (RFC 8785): U+1F600 is the surrogate pair
        // D83D DE00 and sorts before U+FF21, although its code point is larger.
        QTest::newRow("utf16 key order") << QByteArray("{\"\xef\xbc\xa1\":1,\"\xf0\x9f\x98\x80\":2,\"a\":3}")
                                         << QByteArray("{\"a\":3,\"\xf0\x9f\x98\x80\":2,\"\xef\xbc\xa1\":1}");
        QTest::newRow("escapes") << QByteArray("{\"s\":\"q\\\" b\\\\ n\\n t\\t c\\u0001 s/ u\\u00fc\"}")
                                 << QByteArray("{\"s\":\"q\\\" b\\\\ n\\n t\\t c\\u0001 s/ u\xc3\xbc\"}");
        QTest::newRow("short and hex control escapes")
            << QByteArray("[\"\\b\\f\\r\\u001f\\u007f\"]") << QByteArray("[\"\\b\\f\\r\\u001f\x7f\"]");
        QTest::newRow("integers") << QByteArray("[0, -1, 1e3, 9007199254740992]")
                                  << QByteArray("[0,-1,1000,9007199254740992]");
    }
    void serializes()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        const QJsonDocument doc = QJsonDocument::fromJson(input);
        QVERIFY(!doc.isNull());
        const QJsonValue value = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
        auto out = CanonicalJson::serialize(value);
        QVERIFY2(out.ok(), test::errorText(out).constData());
        QCOMPARE(*out, expected);
        // Idempotent: the canonical form of the canonical form is itself.
        const QJsonDocument again = QJsonDocument::fromJson(*out);
        QCOMPARE(*CanonicalJson::serialize(again.isObject() ? QJsonValue(again.object()) : QJsonValue(again.array())),
                 expected);
    }

    void refusesFractionsAndHugeNumbers_data()
    {
        QTest::addColumn<double>("number");
        QTest::newRow("fraction") << 1.5;
        QTest::newRow("2^53 + 2") << 9007199254740994.0;
        QTest::newRow("negative huge") << -1e300;
    }
    void refusesFractionsAndHugeNumbers()
    {
        QFETCH(double, number);
        auto out = CanonicalJson::serialize(QJsonObject {{QStringLiteral("n"), number}});
        QVERIFY(!out.ok());
        QCOMPARE(out.error().code, QStringLiteral("receipt.malformed"));
        QVERIFY(out.error().details.contains(QStringLiteral("$.n")));
    }
};

QTEST_GUILESS_MAIN(CanonicalJsonTest)
#include "CanonicalJsonTest.moc"
