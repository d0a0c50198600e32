// Runs the real commissioner-cli: decode payloads to JSON and encode them back.
#include "TestPaths.h"

#include "ProcessRunner.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = lwc::test::ProcessRun;

Run run(const QStringList& args, const QByteArray& input = {})
{
    return lwc::test::runProcess(QStringLiteral(LWC_CLI_PATH), args, {input, {}, {}, 30000});
}

QJsonObject vector(const QString& id)
{
    QFile f(lwc::test::dataPath(QStringLiteral("lwm2m/vectors.json")));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("vectors.json");
    for (const QJsonValue& v :
         QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("vectors")).toArray()) {
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    }
    qFatal("no vector");
}

QByteArray vectorBytes(const QString& id)
{
    return QByteArray::fromHex(vector(id).value(QStringLiteral("hex")).toString().toLatin1());
}

QJsonArray records(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object().value(QStringLiteral("records")).toArray();
}

QJsonObject recordAt(const QJsonArray& records, const QString& path)
{
    for (const QJsonValue& r : records) {
        if (r.toObject().value(QStringLiteral("path")).toString() == path)
            return r.toObject();
    }
    return {};
}

const QByteArray kKeyHex = "00112233445566778899aabbccddeeff";

} // namespace

class CodecCliTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void decodesTlvFileToJson()
    {
        const QString file
            = writeFile(QStringLiteral("device.tlv"), vectorBytes(QStringLiteral("tlv-device-object-with-instance")));
        const Run r = run({QStringLiteral("decode"), QStringLiteral("--format"), QStringLiteral("tlv"),
                           QStringLiteral("--path"), QStringLiteral("/3"), file});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(doc.value(QStringLiteral("format")).toString(), QStringLiteral("tlv"));
        QCOMPARE(doc.value(QStringLiteral("path")).toString(), QStringLiteral("/3"));
        const QJsonArray recs = doc.value(QStringLiteral("records")).toArray();
        QCOMPARE(recs.size(), 16);
        QCOMPARE(recordAt(recs, QStringLiteral("/3/0/1")).value(QStringLiteral("value")).toString(),
                 QStringLiteral("Lightweight M2M Client"));
        const QJsonObject time = recordAt(recs, QStringLiteral("/3/0/13"));
        QCOMPARE(time.value(QStringLiteral("type")).toString(), QStringLiteral("time"));
        QCOMPARE(time.value(QStringLiteral("iso")).toString(), QStringLiteral("2013-05-02T10:40:15Z"));
        QCOMPARE(recordAt(recs, QStringLiteral("/3/0/7/1")).value(QStringLiteral("value")).toInt(), 5000);
    }

    // decode | encode gives the same bytes back, in every binary format.
    void decodeThenEncodeIsByteExact_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("tlv device") << QStringLiteral("tlv") << QStringLiteral("/3")
                                    << vectorBytes(QStringLiteral("tlv-device-object-with-instance"));
        QTest::newRow("tlv server") << QStringLiteral("tlv") << QStringLiteral("/1")
                                    << vectorBytes(QStringLiteral("tlv-server-one-instance"));
        QTest::newRow("senml-cbor device") << QStringLiteral("senml-cbor") << QStringLiteral("/3/0")
                                           << vectorBytes(QStringLiteral("senml-cbor-table-7.4.4-2"));
        QTest::newRow("senml-json composite")
            << QStringLiteral("senml-json") << QStringLiteral("/")
            << QByteArray("[{\"n\":\"/3/0/0\",\"vs\":\"Open Mobile "
                          "Alliance\"},{\"n\":\"/3/0/9\",\"v\":95},{\"n\":\"/1/0/1\",\"v\":86400}]");
        QTest::newRow("lwm2m-cbor") << QStringLiteral("lwm2m-cbor") << QStringLiteral("/1/0")
                                    << QByteArray::fromHex("A1820100A4001865011A0001518006F5076155");
        QTest::newRow("text") << QStringLiteral("text") << QStringLiteral("/3/0/9") << QByteArray("95");
        QTest::newRow("link")
            << QStringLiteral("link") << QStringLiteral("/")
            << QByteArray(
                   "</>;lwm2m=1.1,</0/1>;ssid=101;uri=\"coaps://lwm2m.example.net:5684\",</1/0>;ssid=101,</3/0>");
    }
    void decodeThenEncodeIsByteExact()
    {
        QFETCH(QString, format);
        QFETCH(QString, path);
        QFETCH(QByteArray, payload);
        const Run decoded = run({QStringLiteral("decode"), QStringLiteral("--format"), format, QStringLiteral("--path"),
                                 path, QStringLiteral("-")},
                                payload);
        QCOMPARE(decoded.exitCode, 0);
        QVERIFY2(decoded.err.isEmpty(), qPrintable(decoded.err));
        // encode reads format and path from the JSON decode wrote.
        const Run encoded = run({QStringLiteral("encode"), QStringLiteral("-")}, decoded.out);
        QCOMPARE(encoded.exitCode, 0);
        QVERIFY2(encoded.err.isEmpty(), qPrintable(encoded.err));
        QCOMPARE(encoded.out.toHex(), payload.toHex());
    }

    void hexInputAndOutput()
    {
        const Run decoded
            = run({QStringLiteral("decode"), QStringLiteral("--format"), QStringLiteral("tlv"),
                   QStringLiteral("--path"), QStringLiteral("/1"), QStringLiteral("--hex"), QStringLiteral("-")},
                  "08 00 0F C1 00 01 C4 01\n00:01:51:80 C1 06 01 C1 07 55\n");
        QCOMPARE(decoded.exitCode, 0);
        QCOMPARE(recordAt(records(decoded.out), QStringLiteral("/1/0/1")).value(QStringLiteral("value")).toInt(),
                 86400);
        const QString out = m_dir.filePath(QStringLiteral("server.hex"));
        const Run encoded = run(
            {QStringLiteral("encode"), QStringLiteral("--hex"), QStringLiteral("--output"), out, QStringLiteral("-")},
            decoded.out);
        QCOMPARE(encoded.exitCode, 0);
        QVERIFY(encoded.out.isEmpty());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("08000fc10001c40100015180c10601c10755\n"));
        // The same records in another format: --format and --path override the JSON.
        const Run senml = run({QStringLiteral("encode"), QStringLiteral("--format"), QStringLiteral("senml-json"),
                               QStringLiteral("--path"), QStringLiteral("/1/0"), QStringLiteral("-")},
                              decoded.out);
        QCOMPARE(senml.exitCode, 0);
        QCOMPARE(senml.out,
                 QByteArray("[{\"bn\":\"/1/0/\",\"n\":\"0\",\"v\":1},{\"n\":\"1\",\"v\":86400},{\"n\":\"6\","
                            "\"vb\":true},{\"n\":\"7\",\"vs\":\"U\"}]"));
    }

    // Secret values are redacted unless --reveal-secrets is given, and a
    // payload with a secret is only encoded with it (S26).
    void secretsNeedRevealFlag_S26()
    {
        const QByteArray tlv = QByteArray::fromHex("C10200C80510" + kKeyHex);
        const Run redacted = run({QStringLiteral("decode"), QStringLiteral("--format"), QStringLiteral("tlv"),
                                  QStringLiteral("--path"), QStringLiteral("/0/1"), QStringLiteral("-")},
                                 tlv);
        QCOMPARE(redacted.exitCode, 0);
        QVERIFY(!redacted.out.toLower().contains(kKeyHex));
        const QJsonObject key = recordAt(records(redacted.out), QStringLiteral("/0/1/5"));
        QCOMPARE(key.value(QStringLiteral("value")).toString(), QStringLiteral("<secret:16 bytes>"));
        QVERIFY(key.value(QStringLiteral("secret")).toBool());
        // A redacted value cannot be encoded.
        const Run again
            = run({QStringLiteral("encode"), QStringLiteral("--reveal-secrets"), QStringLiteral("-")}, redacted.out);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("codec.payloadJson.redacted")), qPrintable(again.err));

        const Run revealed = run({QStringLiteral("decode"), QStringLiteral("--format"), QStringLiteral("tlv"),
                                  QStringLiteral("--path"), QStringLiteral("/0/1"), QStringLiteral("--reveal-secrets"),
                                  QStringLiteral("-")},
                                 tlv);
        QCOMPARE(revealed.exitCode, 0);
        QCOMPARE(recordAt(records(revealed.out), QStringLiteral("/0/1/5"))
                     .value(QStringLiteral("hex"))
                     .toString()
                     .toLatin1(),
                 kKeyHex);
        const Run refused = run({QStringLiteral("encode"), QStringLiteral("-")}, revealed.out);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.out.isEmpty());
        QVERIFY2(refused.err.contains(QStringLiteral("--reveal-secrets")), qPrintable(refused.err));
        QVERIFY(!refused.err.toLower().contains(QString::fromLatin1(kKeyHex)));
        const Run allowed
            = run({QStringLiteral("encode"), QStringLiteral("--reveal-secrets"), QStringLiteral("-")}, revealed.out);
        QCOMPARE(allowed.exitCode, 0);
        QCOMPARE(allowed.out.toHex(), tlv.toHex());
    }

    // A Security instance written by hand as JSON: types come from the
    // built-in object 0; the 128-byte UTF-8 identity goes as text (S8).
    void encodesHandWrittenSecurityInstance_S8()
    {
        const QString identity
            = QStringLiteral("urn:imei:356938035643809/\u00e4\u00f6\u00fc/") + QString(128 - 32, u'x');
        QCOMPARE(identity.toUtf8().size(), 128);
        QJsonObject doc {
            {QStringLiteral("format"), QStringLiteral("tlv")},
            {QStringLiteral("path"), QStringLiteral("/0")},
            {QStringLiteral("records"),
             QJsonArray {
                 QJsonObject {{QStringLiteral("path"), QStringLiteral("/0/1/0")},
                              {QStringLiteral("value"), QStringLiteral("coaps://lwm2m.example.net:5684")}},
                 QJsonObject {{QStringLiteral("path"), QStringLiteral("/0/1/2")}, {QStringLiteral("value"), 0}},
                 QJsonObject {{QStringLiteral("path"), QStringLiteral("/0/1/3")}, {QStringLiteral("text"), identity}},
                 QJsonObject {{QStringLiteral("path"), QStringLiteral("/0/1/5")},
                              {QStringLiteral("hex"), QString::fromLatin1(kKeyHex)}},
                 QJsonObject {{QStringLiteral("path"), QStringLiteral("/0/1/10")}, {QStringLiteral("value"), 101}},
             }},
        };
        const Run encoded = run({QStringLiteral("encode"), QStringLiteral("--reveal-secrets"), QStringLiteral("-")},
                                QJsonDocument(doc).toJson());
        QCOMPARE(encoded.exitCode, 0);
        QVERIFY2(encoded.err.isEmpty(), qPrintable(encoded.err));
        QVERIFY(encoded.out.startsWith(QByteArray::fromHex("0801")));
        QVERIFY(encoded.out.contains(identity.toUtf8()));
        QVERIFY(encoded.out.contains(QByteArray::fromHex("C80510" + kKeyHex)));
        const Run decoded = run({QStringLiteral("decode"), QStringLiteral("--format"), QStringLiteral("tlv"),
                                 QStringLiteral("--path"), QStringLiteral("/0"), QStringLiteral("-")},
                                encoded.out);
        QCOMPARE(decoded.exitCode, 0);
        const QJsonObject id = recordAt(records(decoded.out), QStringLiteral("/0/1/3"));
        QCOMPARE(id.value(QStringLiteral("text")).toString(), identity);
    }

    void loadsVendorDefinitions()
    {
        const QByteArray payload = vectorBytes(QStringLiteral("tlv-object-link-instance"));
        const QStringList base {QStringLiteral("decode"), QStringLiteral("--format"), QStringLiteral("tlv"),
                                QStringLiteral("--path"), QStringLiteral("/65/0")};
        const Run plain = run(base + QStringList {QStringLiteral("-")}, payload);
        QCOMPARE(plain.exitCode, 0);
        QCOMPARE(recordAt(records(plain.out), QStringLiteral("/65/0/1")).value(QStringLiteral("type")).toString(),
                 QStringLiteral("opaque"));
        const Run typed = run(base
                                  + QStringList {QStringLiteral("--ddf"),
                                                 lwc::test::dataPath(QStringLiteral("lwm2m/ddf/65-66-ts-examples.xml")),
                                                 QStringLiteral("-")},
                              payload);
        QCOMPARE(typed.exitCode, 0);
        const QJsonArray recs = records(typed.out);
        QCOMPARE(recordAt(recs, QStringLiteral("/65/0/0/1")).value(QStringLiteral("value")).toString(),
                 QStringLiteral("66:1"));
        QCOMPARE(recordAt(recs, QStringLiteral("/65/0/1")).value(QStringLiteral("value")).toString(),
                 QStringLiteral("8613800755500"));
        QCOMPARE(recordAt(recs, QStringLiteral("/65/0/2")).value(QStringLiteral("value")).toInt(), 0x12345678);
        const Run broken = run(base
                                   + QStringList {QStringLiteral("--ddf"),
                                                  writeFile(QStringLiteral("bad.xml"), "<LWM2M>"), QStringLiteral("-")},
                               payload);
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.err.contains(QStringLiteral("lwm2m.ddf.xml")), qPrintable(broken.err));
    }

    void failuresExitOneWithTheCause()
    {
        // The TS Server example as printed (instance length 13 instead of 15).
        const Run r = run({QStringLiteral("decode"), QStringLiteral("--format"), QStringLiteral("tlv"),
                           QStringLiteral("--path"), QStringLiteral("/1"), QStringLiteral("-")},
                          vectorBytes(QStringLiteral("tlv-neg-server-printed")));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QStringLiteral("codec.tlv.lengthOverrun")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("byte ")));
        const Run missing
            = run({QStringLiteral("decode"), QStringLiteral("--format"), QStringLiteral("tlv"),
                   QStringLiteral("--path"), QStringLiteral("/1"), m_dir.filePath(QStringLiteral("nope"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("cannot open")));
        const Run notHex
            = run({QStringLiteral("decode"), QStringLiteral("--format"), QStringLiteral("tlv"),
                   QStringLiteral("--path"), QStringLiteral("/1"), QStringLiteral("--hex"), QStringLiteral("-")},
                  "08 0G");
        QCOMPARE(notHex.exitCode, 1);
        const Run badJson
            = run({QStringLiteral("encode"), QStringLiteral("--format"), QStringLiteral("tlv"), QStringLiteral("-")},
                  "{\"records\": [}");
        QCOMPARE(badJson.exitCode, 1);
        QVERIFY2(badJson.err.contains(QStringLiteral("codec.json.syntax")), qPrintable(badJson.err));
        const Run badValue = run({QStringLiteral("encode"), QStringLiteral("--format"), QStringLiteral("tlv"),
                                  QStringLiteral("--path"), QStringLiteral("/1"), QStringLiteral("-")},
                                 "{\"records\": [{\"path\": \"/1/0/1\", \"value\": \"soon\"}]}");
        QCOMPARE(badValue.exitCode, 1);
        QVERIFY2(badValue.err.contains(QStringLiteral("Record 1")), qPrintable(badValue.err));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no format") << QStringList {QStringLiteral("decode"), QStringLiteral("-")}
                                   << QStringLiteral("--format is required");
        QTest::newRow("bad format") << QStringList {QStringLiteral("decode"), QStringLiteral("--format"),
                                                    QStringLiteral("xml"), QStringLiteral("-")}
                                    << QStringLiteral("unknown format 'xml'");
        QTest::newRow("tlv without path") << QStringList {QStringLiteral("decode"), QStringLiteral("--format"),
                                                          QStringLiteral("tlv"), QStringLiteral("-")}
                                          << QStringLiteral("--path is required for tlv");
        QTest::newRow("bad path") << QStringList {QStringLiteral("decode"), QStringLiteral("--format"),
                                                  QStringLiteral("tlv"),    QStringLiteral("--path"),
                                                  QStringLiteral("0/1"),    QStringLiteral("-")}
                                  << QStringLiteral("--path:");
        QTest::newRow("no input") << QStringList {QStringLiteral("decode"), QStringLiteral("--format"),
                                                  QStringLiteral("tlv")}
                                  << QStringLiteral("exactly one input");
        QTest::newRow("unknown option") << QStringList {QStringLiteral("encode"), QStringLiteral("--frob"),
                                                        QStringLiteral("-")}
                                        << QStringLiteral("Unknown option 'frob'");
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("--help")));
    }

    void encodeNeedsAFormat()
    {
        const Run r = run({QStringLiteral("encode"), QStringLiteral("-")}, "[{\"path\":\"/3/0/9\",\"value\":95}]");
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--format is required")));
        const Run ok = run({QStringLiteral("encode"), QStringLiteral("--format"), QStringLiteral("lwm2m-cbor"),
                            QStringLiteral("--hex"), QStringLiteral("-")},
                           "[{\"path\":\"/3/0/9\",\"value\":95}]");
        QCOMPARE(ok.exitCode, 0);
        QCOMPARE(ok.out, QByteArray("a103a100a109185f\n"));
    }

    void helpPerVerb()
    {
        for (const QString& verb : {QStringLiteral("decode"), QStringLiteral("encode")}) {
            const Run r = run({verb, QStringLiteral("--help")});
            QCOMPARE(r.exitCode, 0);
            QVERIFY(r.out.contains("--format"));
            QVERIFY(r.out.contains("--reveal-secrets"));
        }
    }
};

QTEST_GUILESS_MAIN(CodecCliTest)
#include "CodecCliTest.moc"
