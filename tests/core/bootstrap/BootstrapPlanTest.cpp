#include "bootstrap/BootstrapPlan.h"
#include "bootstrap/PlanValidation.h"

#include "TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace lwc;
using namespace lwc::bootstrap;

namespace {

QByteArray readDoc(const QString& name)
{
    QFile f(test::sourcePath(QStringLiteral("docs/") + name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A valid PSK plan; rows patch it with a JSON merge of one device.
QJsonObject basePlan()
{
    const char* json = "{\"version\": 1, \"devices\": [{"
                       "\"endpoint\": \"ep-1\","
                       "\"bootstrap\": {\"mode\": \"psk\", \"pskIdentity\": \"ep-1\","
                       "  \"psk\": {\"hex\": \"9f3c1a7be2d45086c1f0a3e9b7d26c54\"}},"
                       "\"servers\": [{\"shortServerId\": 101, \"uri\": \"coaps://lwm2m.example.com:5684\","
                       "  \"security\": {\"mode\": \"psk\", \"pskIdentity\": \"ep-1\", \"psk\": \"generate\"}}]"
                       "}]}";
    return QJsonDocument::fromJson(json).object();
}

QJsonObject patched(const QString& pointer, const QJsonValue& value)
{
    // Minimal JSON pointer setter for objects and arrays ("-" removes the key).
    QJsonObject root = basePlan();
    const QStringList parts = pointer.split(u'/', Qt::SkipEmptyParts);
    std::function<QJsonValue(QJsonValue, int)> set = [&](QJsonValue node, int i) -> QJsonValue {
        const QString& key = parts[i];
        const bool last = i == parts.size() - 1;
        if (node.isArray()) {
            QJsonArray a = node.toArray();
            const int idx = key.toInt();
            a[idx] = last ? value : set(a[idx], i + 1);
            return a;
        }
        QJsonObject o = node.toObject();
        if (last) {
            if (value.isString() && value.toString() == QLatin1String("-"))
                o.remove(key);
            else
                o[key] = value;
        } else {
            o[key] = set(o.value(key), i + 1);
        }
        return o;
    };
    return set(root, 0).toObject();
}

} // namespace

class BootstrapPlanTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void examplePlansParseAndValidate_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("mode");
        QTest::newRow("psk") << QStringLiteral("plan-psk.json") << int(coap::SecurityMode::Psk);
        QTest::newRow("pin") << QStringLiteral("plan-pin.json") << int(coap::SecurityMode::Pin);
        QTest::newRow("x509") << QStringLiteral("plan-x509.json") << int(coap::SecurityMode::Certificate);
        QTest::newRow("nosec") << QStringLiteral("plan-nosec.json") << int(coap::SecurityMode::NoSec);
    }
    void examplePlansParseAndValidate()
    {
        QFETCH(QString, file);
        QFETCH(int, mode);
        auto plan = BootstrapPlan::load(test::sourcePath(QStringLiteral("docs/") + file));
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().toString()));
        QCOMPARE(int(plan->devices.front().channel.mode), mode);
        const Status s = plan->check();
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
    }

    void pinPlanCarriesPinAsPlainFieldAndWarns_S4()
    {
        auto plan = BootstrapPlan::fromJson(readDoc(QStringLiteral("plan-pin.json")));
        QVERIFY(plan.ok());
        const DevicePlan& d = plan->devices.front();
        QCOMPARE(d.channel.pskIdentity, QByteArray("example-pin-0001"));
        QVERIFY(d.channel.pin.equals(QByteArrayView("482913"))); // PSK on the wire = PIN's UTF-8 bytes
        bool warned = false;
        for (const Verdict& v : plan->validate())
            warned |= v.code == QLatin1String("plan.pinForbiddenIn11") && v.rule == Rule::S4
                && v.severity == Verdict::Severity::Warning && v.message.contains(QStringLiteral("1.1"));
        QVERIFY(warned);
    }

    void noSecPlanIsMarkedInsecure_S1()
    {
        auto plan = BootstrapPlan::fromJson(readDoc(QStringLiteral("plan-nosec.json")));
        QVERIFY(plan.ok());
        int insecure = 0;
        for (const Verdict& v : plan->validate())
            insecure += v.rule == Rule::S1 && v.severity == Verdict::Severity::Warning;
        QVERIFY(insecure >= 2); // channel and account
    }

    void invalidPlansNameTheField_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("rule");
        const QString s0 = QStringLiteral("/devices/0/servers/0");
        QTest::newRow("ssid 0 S24") << s0 + QStringLiteral("/shortServerId") << QJsonValue(0)
                                    << QStringLiteral("plan.ssidRange") << s0 + QStringLiteral("/shortServerId")
                                    << int(Rule::S24);
        QTest::newRow("ssid 65535 S24") << s0 + QStringLiteral("/shortServerId") << QJsonValue(65535)
                                        << QStringLiteral("plan.ssidRange") << s0 + QStringLiteral("/shortServerId")
                                        << int(Rule::S24);
        QTest::newRow("uri http") << s0 + QStringLiteral("/uri") << QJsonValue(QStringLiteral("http://x.example"))
                                  << QStringLiteral("plan.uri") << s0 + QStringLiteral("/uri") << 0;
        QTest::newRow("secure account on coap:// S2")
            << s0 + QStringLiteral("/uri") << QJsonValue(QStringLiteral("coap://x.example:5683"))
            << QStringLiteral("plan.uriScheme") << s0 + QStringLiteral("/uri") << int(Rule::S2);
        QTest::newRow("short psk S3") << s0 + QStringLiteral("/security/psk")
                                      << QJsonValue(
                                             QJsonObject {{QStringLiteral("hex"), QStringLiteral("0011223344556677")}})
                                      << QStringLiteral("plan.pskShort") << s0 + QStringLiteral("/security/psk")
                                      << int(Rule::S3);
        QTest::newRow("guessable psk S3")
            << s0 + QStringLiteral("/security/psk")
            << QJsonValue(QJsonObject {{QStringLiteral("text"), QStringLiteral("passwordpassword")}})
            << QStringLiteral("plan.pskLowEntropy") << s0 + QStringLiteral("/security/psk") << int(Rule::S3);
        QTest::newRow("no identity S21") << s0 + QStringLiteral("/security/pskIdentity")
                                         << QJsonValue(QStringLiteral("-")) << QStringLiteral("plan.pskIdentity")
                                         << s0 + QStringLiteral("/security/pskIdentity") << int(Rule::S21);
        QTest::newRow("nosec account S1")
            << s0 + QStringLiteral("/security")
            << QJsonValue(QJsonObject {{QStringLiteral("mode"), QStringLiteral("nosec")}})
            << QStringLiteral("plan.noSecAccount") << s0 + QStringLiteral("/security/mode") << int(Rule::S1);
        QTest::newRow("nosec channel S1")
            << QStringLiteral("/devices/0/bootstrap")
            << QJsonValue(QJsonObject {{QStringLiteral("mode"), QStringLiteral("nosec")}})
            << QStringLiteral("plan.noSecChannel") << QStringLiteral("/devices/0/bootstrap/mode") << int(Rule::S1);
        QTest::newRow("weak channel psk S3")
            << QStringLiteral("/devices/0/bootstrap/psk")
            << QJsonValue(QJsonObject {{QStringLiteral("text"), QStringLiteral("1234567812345678")}})
            << QStringLiteral("plan.channelPskWeak") << QStringLiteral("/devices/0/bootstrap/psk") << int(Rule::S3);
        QTest::newRow("pin job without next credentials S4")
            << QStringLiteral("/devices/0")
            << QJsonValue(QJsonObject {{QStringLiteral("endpoint"), QStringLiteral("ep-1")},
                                       {QStringLiteral("bootstrap"),
                                        QJsonObject {{QStringLiteral("mode"), QStringLiteral("pin")},
                                                     {QStringLiteral("pskIdentity"), QStringLiteral("id")},
                                                     {QStringLiteral("pin"), QStringLiteral("123456")}}}})
            << QStringLiteral("plan.pinNeedsStrongNext") << QStringLiteral("/devices/0/servers") << int(Rule::S4);
        QTest::newRow("rpk without server key S22")
            << s0 + QStringLiteral("/security")
            << QJsonValue(QJsonObject {{QStringLiteral("mode"), QStringLiteral("rpk")},
                                       {QStringLiteral("clientPrivateKey"), QStringLiteral("generate")}})
            << QStringLiteral("plan.rpkServerKey") << s0 + QStringLiteral("/security/serverPublicKey")
            << int(Rule::S22);
        QTest::newRow("x509 without server cert S23")
            << s0 + QStringLiteral("/security")
            << QJsonValue(QJsonObject {{QStringLiteral("mode"), QStringLiteral("x509")},
                                       {QStringLiteral("clientCertificate"), QStringLiteral("generate")},
                                       {QStringLiteral("clientPrivateKey"), QStringLiteral("generate")}})
            << QStringLiteral("plan.x509Server") << s0 + QStringLiteral("/security/serverCertificate")
            << int(Rule::S23);
        QTest::newRow("delete device object")
            << QStringLiteral("/devices/0/delete") << QJsonValue(QJsonArray {QStringLiteral("/3")})
            << QStringLiteral("plan.deleteDevice") << QStringLiteral("/devices/0/delete/0") << 0;
        QTest::newRow("binding") << s0 + QStringLiteral("/binding") << QJsonValue(QStringLiteral("Q X"))
                                 << QStringLiteral("plan.binding") << s0 + QStringLiteral("/binding") << 0;
    }
    void invalidPlansNameTheField()
    {
        QFETCH(QString, pointer);
        QFETCH(QJsonValue, value);
        QFETCH(QString, code);
        QFETCH(QString, field);
        QFETCH(int, rule);
        auto plan = BootstrapPlan::fromJson(QJsonDocument(patched(pointer, value)).toJson());
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().toString()));
        bool found = false;
        for (const Verdict& v : plan->validate()) {
            if (v.code == code && v.severity == Verdict::Severity::Error) {
                found = true;
                QCOMPARE(v.field, field);
                QCOMPARE(int(v.rule), rule);
                QVERIFY(!v.message.isEmpty());
            }
        }
        QVERIFY2(found, qPrintable(code));
        QVERIFY(!plan->check().ok());
    }

    void duplicateSsidRefused_S24()
    {
        QJsonObject o = basePlan();
        QJsonObject dev = o[QStringLiteral("devices")].toArray()[0].toObject();
        QJsonArray servers = dev[QStringLiteral("servers")].toArray();
        servers.append(servers[0]);
        dev[QStringLiteral("servers")] = servers;
        o[QStringLiteral("devices")] = QJsonArray {dev};
        auto plan = BootstrapPlan::fromJson(QJsonDocument(o).toJson());
        QVERIFY(plan.ok());
        const Status s = plan->check();
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("plan.ssidDuplicate"));
        QCOMPARE(s.error().rule, Rule::S24);
        QCOMPARE(s.error().details, QStringLiteral("/devices/0/servers/1/shortServerId"));
    }

    void credentialsOverNoSecNeedOverride_S2()
    {
        QJsonObject o = patched(QStringLiteral("/devices/0/bootstrap"),
                                QJsonObject {{QStringLiteral("mode"), QStringLiteral("nosec")}});
        auto plan = BootstrapPlan::fromJson(QJsonDocument(o).toJson());
        QVERIFY(plan.ok());
        bool s2 = false;
        for (const Verdict& v : plan->validate())
            s2 |= v.rule == Rule::S2 && v.severity == Verdict::Severity::Error;
        QVERIFY(s2);
        o[QStringLiteral("allowNoSec")] = true;
        auto allowed = BootstrapPlan::fromJson(QJsonDocument(o).toJson());
        QVERIFY(allowed.ok());
        QVERIFY(allowed->check().ok());
    }

    void structuralErrorsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("not json") << QByteArray("{") << QString();
        QTest::newRow("typo")
            << QJsonDocument(patched(QStringLiteral("/devices/0/servers/0/shortServerID"), 1)).toJson()
            << QStringLiteral("/devices/0/servers/0/shortServerID");
        QTest::newRow("version") << QJsonDocument(patched(QStringLiteral("/version"), 2)).toJson()
                                 << QStringLiteral("/version");
        QTest::newRow("bad hex") << QJsonDocument(patched(QStringLiteral("/devices/0/bootstrap/psk"),
                                                          QJsonObject {{QStringLiteral("hex"), QStringLiteral("xyz")}}))
                                        .toJson()
                                 << QStringLiteral("/devices/0/bootstrap/psk/hex");
        QTest::newRow("ssid not a number")
            << QJsonDocument(patched(QStringLiteral("/devices/0/servers/0/shortServerId"), QStringLiteral("101")))
                   .toJson()
            << QStringLiteral("/devices/0/servers/0/shortServerId");
        QTest::newRow("missing key file")
            << QJsonDocument(patched(QStringLiteral("/devices/0/bootstrap/psk"),
                                     QJsonObject {{QStringLiteral("file"), QStringLiteral("/nonexistent/key")}}))
                   .toJson()
            << QStringLiteral("/devices/0/bootstrap/psk/file");
    }
    void structuralErrorsNameTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        auto plan = BootstrapPlan::fromJson(json);
        QVERIFY(!plan.ok());
        if (!field.isEmpty())
            QCOMPARE(plan.error().details, field);
        QVERIFY(!plan.error().userText.isEmpty());
    }

    void identityOf128BytesAccepted_S8()
    {
        const QString id = QString(64, QChar(0x00e9)); // 64 x "é" = 128 UTF-8 bytes
        QJsonObject o = patched(QStringLiteral("/devices/0/servers/0/security/pskIdentity"), id);
        auto plan = BootstrapPlan::fromJson(QJsonDocument(o).toJson());
        QVERIFY(plan.ok());
        QCOMPARE(plan->devices.front().servers.front().credentials.pskIdentity.size(), 128);
        QVERIFY(plan->check().ok());
    }

    void endpointPatternsMatch()
    {
        auto plan = BootstrapPlan::load(test::sourcePath(QStringLiteral("docs/plan-x509.json")));
        QVERIFY(plan.ok());
        QCOMPARE(plan->devices.front().channel.caCertificates.size(), 1);
        QVERIFY(plan->match(QStringLiteral("urn:dev:ops:example-x509-0001")));
        QVERIFY(plan->match(QStringLiteral("urn:dev:ops:example-x509-")));
        QVERIFY(!plan->match(QStringLiteral("urn:dev:ops:example-psk-0001")));
        QVERIFY(!plan->match(QStringLiteral("xurn:dev:ops:example-x509-1")));
    }

    void entropyEstimate_S3_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<bool>("strong");
        QTest::newRow("random 16") << QByteArray::fromHex("9f3c1a7be2d45086c1f0a3e9b7d26c54") << true;
        QTest::newRow("zeros 16") << QByteArray(16, '\0') << false;
        QTest::newRow("sequence") << QByteArray::fromHex("000102030405060708090a0b0c0d0e0f") << false;
        QTest::newRow("repeated 4") << QByteArray::fromHex("a1b2c3d4a1b2c3d4a1b2c3d4a1b2c3d4") << false;
        QTest::newRow("digits 16") << QByteArray("8274619305827461") << false;
        QTest::newRow("hex text 32") << QByteArray("9f3c1a7be2d45086c1f0a3e9b7d26c54") << true;
        QTest::newRow("passphrase 24") << QByteArray("Tr0ub4dor&3-horse-Battery") << true;
    }
    void entropyEstimate_S3()
    {
        QFETCH(QByteArray, key);
        QFETCH(bool, strong);
        QCOMPARE(estimateEntropyBits(key) >= kMinPskEntropyBits, strong);
    }
};

QTEST_GUILESS_MAIN(BootstrapPlanTest)
#include "BootstrapPlanTest.moc"
