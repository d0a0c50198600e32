#include "codec/JsonReader.h"

#include <QTest>

using namespace lwc;
using namespace lwc::codec;
using Token = JsonReader::Token;

namespace {

QString tokens(const QByteArray& json)
{
    JsonReader r(json);
    QStringList out;
    while (true) {
        const Token t = r.next();
        switch (t) {
        case Token::BeginArray:
            out << QStringLiteral("[");
            break;
        case Token::EndArray:
            out << QStringLiteral("]");
            break;
        case Token::BeginObject:
            out << QStringLiteral("{");
            break;
        case Token::EndObject:
            out << QStringLiteral("}");
            break;
        case Token::Key:
            out << QStringLiteral("K:") + QString::fromUtf8(r.string());
            break;
        case Token::String:
            out << QStringLiteral("S:") + QString::fromUtf8(r.string());
            break;
        case Token::Number:
            out << QStringLiteral("N:") + QString::fromLatin1(r.numberText().toByteArray())
                    + (r.numberIsIntegral() ? QStringLiteral("i") : QStringLiteral("f"));
            break;
        case Token::True:
            out << QStringLiteral("true");
            break;
        case Token::False:
            out << QStringLiteral("false");
            break;
        case Token::Null:
            out << QStringLiteral("null");
            break;
        case Token::End:
            return out.join(QLatin1Char(' '));
        case Token::Error:
            return QStringLiteral("ERROR ") + r.error().details;
        }
    }
}

} // namespace

class JsonReaderTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tokens_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("array") << QByteArray(" [1, -2.5e3 ,true,false,null] ")
                               << QStringLiteral("[ N:1i N:-2.5e3f true false null ]");
        QTest::newRow("object") << QByteArray("{\"a\" : {\"b\":[]},\"c\":\"d\"}")
                                << QStringLiteral("{ K:a { K:b [ ] } K:c S:d }");
        QTest::newRow("escapes") << QByteArray("[\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00fc\\ud83d\\ude00\"]")
                                 << QStringLiteral("[ S:\"\\/\b\f\n\r\t\u00fc\U0001F600 ]");
        QTest::newRow("utf8") << QByteArray("[\"\xc3\xbc\xe2\x82\xac\"]") << QStringLiteral("[ S:\u00fc\u20ac ]");
        QTest::newRow("big integer") << QByteArray("[18446744073709551616]")
                                     << QStringLiteral("[ N:18446744073709551616i ]");
        QTest::newRow("scalar") << QByteArray("7") << QStringLiteral("N:7i");
        QTest::newRow("empty string") << QByteArray("\"\"") << QStringLiteral("S:");
    }
    void tokens()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QCOMPARE(::tokens(json), expected);
    }

    void errorsCarryOffsets_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("detail");
        QTest::newRow("empty") << QByteArray("") << QStringLiteral("byte 0: unexpected end of text");
        QTest::newRow("leading zero") << QByteArray("[01]") << QStringLiteral("byte 2: ',' or ']' expected");
        QTest::newRow("bare dot") << QByteArray("[1.]") << QStringLiteral("byte 3: digit expected after '.'");
        QTest::newRow("plus") << QByteArray("[+1]") << QStringLiteral("byte 1: unexpected character");
        QTest::newRow("trailing comma") << QByteArray("[1,]") << QStringLiteral("byte 3: unexpected character");
        QTest::newRow("missing colon") << QByteArray("{\"a\" 1}") << QStringLiteral("byte 5: ':' expected");
        QTest::newRow("unquoted key") << QByteArray("{a:1}") << QStringLiteral("byte 1: object key expected");
        QTest::newRow("control char") << QByteArray("[\"a\nb\"]")
                                      << QStringLiteral("byte 3: control character in string");
        QTest::newRow("bad utf8") << QByteArray("[\"a\xc3\x28\"]") << QStringLiteral("byte 2: invalid UTF-8 in string");
        QTest::newRow("overlong utf8") << QByteArray("[\"\xc0\xaf\"]")
                                       << QStringLiteral("byte 2: invalid UTF-8 in string");
        QTest::newRow("lone surrogate") << QByteArray("[\"\\ud800\"]") << QStringLiteral("byte 2: unpaired surrogate");
        QTest::newRow("bad escape") << QByteArray("[\"\\x\"]") << QStringLiteral("byte 2: bad escape");
        QTest::newRow("unterminated") << QByteArray("[\"abc") << QStringLiteral("byte 1: unterminated string");
        QTest::newRow("literal") << QByteArray("[tru]") << QStringLiteral("byte 1: unknown literal");
        QTest::newRow("mismatch") << QByteArray("[1}") << QStringLiteral("byte 2: ',' or ']' expected");
        QTest::newRow("trailing data") << QByteArray("[] x")
                                       << QStringLiteral("byte 3: data after the end of the JSON value");
        QTest::newRow("too deep") << QByteArray(65, '[') << QStringLiteral("byte 64: nested deeper than 64");
    }
    void errorsCarryOffsets()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, detail);
        QCOMPARE(::tokens(json), QStringLiteral("ERROR ") + detail);
    }

    void skipsNestedValues()
    {
        JsonReader r("{\"a\":[1,{\"b\":[2,3]}],\"c\":4}");
        QCOMPARE(r.next(), Token::BeginObject);
        QCOMPARE(r.next(), Token::Key);
        QVERIFY(r.skipValue(r.next()));
        QCOMPARE(r.next(), Token::Key);
        QCOMPARE(r.string(), QByteArray("c"));
        QCOMPARE(r.next(), Token::Number);
        QCOMPARE(r.next(), Token::EndObject);
        QCOMPARE(r.next(), Token::End);
    }

    void writerEscapes()
    {
        QByteArray out;
        JsonWriter::appendString(out, QStringView(u"a\"b\\c\n\x01\u00fc"));
        QCOMPARE(out, QByteArray("\"a\\\"b\\\\c\\n\\u0001\xc3\xbc\""));
        QCOMPARE(::tokens("[" + out + "]"), QStringLiteral("[ S:a\"b\\c\n\x01\u00fc ]"));
    }
};

QTEST_GUILESS_MAIN(JsonReaderTest)
#include "JsonReaderTest.moc"
