// The receipt value type and its JSON form.
#include "receipt/CommissioningReceipt.h"
#include "receipt/CanonicalJson.h"

#include "ResultTestHelpers.h"
#include "SampleReceipt.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace lwc;

class CommissioningReceiptTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void jsonRoundTrip()
    {
        const CommissioningReceipt r = test::sampleReceipt();
        QVERIFY(r.validate().ok());
        auto back = CommissioningReceipt::fromJson(r.toJson());
        QVERIFY2(back.ok(), test::errorText(back).constData());
        QVERIFY(*back == r);
        QCOMPARE(back->startedAt.time().msec(), 589);
    }

    // A fixed receipt has one fixed byte form; a change of serialisation
    // would break every signature made so far, so it must be deliberate.
    void canonicalFormIsStable()
    {
        CommissioningReceipt r;
        r.jobId = QStringLiteral("j1");
        r.endpoint = QStringLiteral("ep \"1\"");
        r.deviceProfile = QStringLiteral("p");
        r.transport = QStringLiteral("coaps");
        r.securityMode = QStringLiteral("psk");
        r.technician = QStringLiteral("T\u00fc");
        r.toolVersion = QStringLiteral("v");
        r.startedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
        r.finishedAt = r.startedAt.addSecs(1);
        r.addStep(QStringLiteral("s"), ReceiptStep::Status::Skipped, 7, QStringLiteral("m"));
        r.addWrittenValue(QStringLiteral("/0/0/0"), QStringLiteral("text/plain"), "abc");
        r.addWrittenSecret(QStringLiteral("/0/0/5"), QStringLiteral("opaque"), SecretBytes::copyOf("0123456789abcdef"));
        r.addTrustedCertificate(QStringLiteral("c"), "der");
        r.addVerdict(QStringLiteral("v"), VerificationVerdict::Verdict::Warning, Rule::S16, QStringLiteral("d"));
        r.outcome = CommissioningReceipt::Outcome::Cancelled;
        auto bytes = CanonicalJson::serialize(r.toJson());
        QVERIFY(bytes.ok());
        const QByteArray expected
            = "{\"deviceProfile\":\"p\",\"endpoint\":\"ep \\\"1\\\"\",\"finishedAt\":\"2026-01-02T03:04:06.006Z\","
              "\"jobId\":\"j1\",\"outcome\":\"cancelled\",\"securityMode\":\"psk\",\"startedAt\":"
              "\"2026-01-02T03:04:05.006Z\",\"steps\":[{\"durationMs\":7,\"message\":\"m\",\"name\":\"s\",\"status\":"
              "\"skipped\"}],\"technician\":\"T\xc3\xbc\",\"toolVersion\":\"v\",\"transport\":\"coaps\",\"trusted\":[{"
              "\"kind\":\"certificate\",\"label\":\"c\",\"sha256\":"
              "\""
            + QCryptographicHash::hash("der", QCryptographicHash::Sha256).toHex()
            + "\"}],"
              "\"verification\":[{\"check\":\"v\",\"detail\":\"d\",\"rule\":\"S16\",\"verdict\":\"warning\"}],"
              "\"written\":[{\"contentFormat\":\"text/plain\",\"path\":\"/0/0/0\",\"size\":3,\"value\":\"sha256:"
              "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"},{\"contentFormat\":\"opaque\","
              "\"path\":\"/0/0/5\",\"size\":16,\"value\":\"<secret:16 bytes>\"}]}";
        QCOMPARE(*bytes, expected);
    }

    void secretsAreOnlyMarkers_S26()
    {
        const CommissioningReceipt r = test::sampleReceipt();
        const QByteArray json = QJsonDocument(r.toJson()).toJson();
        const QByteArray psk = test::samplePsk();
        QVERIFY(json.contains("<secret:19 bytes>"));
        for (const QByteArray& form :
             {psk, psk.toHex(), psk.toBase64(), QCryptographicHash::hash(psk, QCryptographicHash::Sha256).toHex()})
            QVERIFY2(!json.contains(form), "secret or its hash in the receipt JSON");
        QCOMPARE(r.written[2].valueText(), QStringLiteral("<secret:19 bytes>"));
        QVERIFY(r.written[2].sha256.isEmpty());
    }

    void fromJsonIsStrict_data()
    {
        QTest::addColumn<QString>("field"); // dotted path into the JSON
        QTest::addColumn<QJsonValue>("value"); // Undefined: remove the field
        QTest::newRow("unknown field") << QStringLiteral("extra") << QJsonValue(QStringLiteral("x"));
        QTest::newRow("missing jobId") << QStringLiteral("jobId") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("empty endpoint") << QStringLiteral("endpoint") << QJsonValue(QString());
        QTest::newRow("number as string") << QStringLiteral("technician") << QJsonValue(5);
        QTest::newRow("local time") << QStringLiteral("startedAt") << QJsonValue(QStringLiteral("2026-03-14T09:26:53"));
        QTest::newRow("finished before started")
            << QStringLiteral("finishedAt") << QJsonValue(QStringLiteral("2026-03-14T09:00:00.000Z"));
        QTest::newRow("unknown outcome") << QStringLiteral("outcome") << QJsonValue(QStringLiteral("maybe"));
        QTest::newRow("steps not array") << QStringLiteral("steps") << QJsonValue(QJsonObject());
    }
    void fromJsonIsStrict()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject o = test::sampleReceipt().toJson();
        if (value.isUndefined())
            o.remove(field);
        else
            o.insert(field, value);
        auto r = CommissioningReceipt::fromJson(o);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("receipt.malformed"));
        QVERIFY2(r.error().details.contains(field), qPrintable(r.error().details));
    }

    void fromJsonChecksNestedValues_data()
    {
        QTest::addColumn<QString>("array");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("step status") << QStringLiteral("steps") << QStringLiteral("status")
                                     << QJsonValue(QStringLiteral("done"));
        QTest::newRow("negative duration") << QStringLiteral("steps") << QStringLiteral("durationMs") << QJsonValue(-1);
        QTest::newRow("fractional duration")
            << QStringLiteral("steps") << QStringLiteral("durationMs") << QJsonValue(1.5);
        QTest::newRow("hash not hex") << QStringLiteral("written") << QStringLiteral("value")
                                      << QJsonValue(QStringLiteral("sha256:zz"));
        QTest::newRow("raw value") << QStringLiteral("written") << QStringLiteral("value")
                                   << QJsonValue(QStringLiteral("coaps://x"));
        QTest::newRow("fingerprint upper case")
            << QStringLiteral("trusted") << QStringLiteral("sha256") << QJsonValue(QString(64, u'A'));
        QTest::newRow("rule S27") << QStringLiteral("verification") << QStringLiteral("rule")
                                  << QJsonValue(QStringLiteral("S27"));
        QTest::newRow("rule s4") << QStringLiteral("verification") << QStringLiteral("rule")
                                 << QJsonValue(QStringLiteral("s4"));
    }
    void fromJsonChecksNestedValues()
    {
        QFETCH(QString, array);
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QJsonObject o = test::sampleReceipt().toJson();
        QJsonArray a = o.value(array).toArray();
        QJsonObject first = a.at(0).toObject();
        first.insert(key, value);
        a.replace(0, first);
        o.insert(array, a);
        auto r = CommissioningReceipt::fromJson(o);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("receipt.malformed"));
    }

    void secretMarkerMustMatchSize()
    {
        QJsonObject o = test::sampleReceipt().toJson();
        QJsonArray a = o.value(QStringLiteral("written")).toArray();
        QJsonObject secret = a.at(2).toObject();
        secret.insert(QStringLiteral("size"), 20);
        a.replace(2, secret);
        o.insert(QStringLiteral("written"), a);
        QCOMPARE(CommissioningReceipt::fromJson(o).error().code, QStringLiteral("receipt.malformed"));
    }
};

QTEST_GUILESS_MAIN(CommissioningReceiptTest)
#include "CommissioningReceiptTest.moc"
