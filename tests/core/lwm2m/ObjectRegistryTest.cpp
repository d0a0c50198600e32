#include "lwm2m/ObjectRegistry.h"

#include "TestPaths.h"

#include <QTemporaryDir>
#include <QTest>

using namespace lwc;
using namespace lwc::lwm2m;

namespace {

QByteArray ddfWith(const QByteArray& objectBody)
{
    return "<?xml version=\"1.0\"?>\n<LWM2M><Object ObjectType=\"MODefinition\">" + objectBody + "</Object></LWM2M>";
}

const QByteArray kGoodObject = "<Name>X</Name><ObjectID>40000</ObjectID><MultipleInstances>Single</MultipleInstances>"
                               "<Mandatory>Optional</Mandatory><Resources>"
                               "<Item ID=\"0\"><Name>A</Name><Operations>RW</Operations>"
                               "<MultipleInstances>Single</MultipleInstances><Mandatory>Mandatory</Mandatory>"
                               "<Type>Integer</Type><RangeEnumeration>0..10</RangeEnumeration></Item>"
                               "</Resources>";

} // namespace

class ObjectRegistryTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // The published Security object v1.2 numbering, not the 2013 draft's
    // (which puts Short Server ID at 6): S24 links /0/x/10 to /1/y/0.
    void securityObjectFollowsPublishedNumbering_data()
    {
        QTest::addColumn<int>("id");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("type");
        QTest::addColumn<bool>("mandatory");
        QTest::addColumn<bool>("multiple");
        QTest::addColumn<QString>("range");
        const auto row
            = [](int id, const char* name, ValueType type, bool mandatory, bool multiple, const char* range) {
                  QTest::newRow(name) << id << QString::fromLatin1(name) << int(type) << mandatory << multiple
                                      << QString::fromLatin1(range);
              };
        row(0, "LWM2M Server URI", ValueType::String, true, false, "0..255 bytes");
        row(1, "Bootstrap-Server", ValueType::Boolean, true, false, "");
        row(2, "Security Mode", ValueType::Integer, true, false, "0..4");
        row(3, "Public Key or Identity", ValueType::Opaque, true, false, "");
        row(4, "Server Public Key", ValueType::Opaque, true, false, "");
        row(5, "Secret Key", ValueType::Opaque, true, false, "");
        row(6, "SMS Security Mode", ValueType::Integer, false, false, "0..255");
        row(7, "SMS Binding Key Parameters", ValueType::Opaque, false, false, "6 bytes");
        row(8, "SMS Binding Secret Key(s)", ValueType::Opaque, false, false, "16,32,48 bytes");
        row(9, "LwM2M Server SMS Number", ValueType::String, false, false, "");
        row(10, "Short Server ID", ValueType::Integer, false, false, "1..65534");
        row(11, "Client Hold Off Time", ValueType::Integer, false, false, "");
        row(12, "Bootstrap-Server Account Timeout", ValueType::Integer, false, false, "");
        row(13, "Matching Type", ValueType::UnsignedInteger, false, false, "0..3");
        row(14, "SNI", ValueType::String, false, false, "");
        row(15, "Certificate Usage", ValueType::UnsignedInteger, false, false, "0..3");
        row(16, "DTLS/TLS Ciphersuite", ValueType::UnsignedInteger, false, true, "");
    }
    void securityObjectFollowsPublishedNumbering()
    {
        QFETCH(int, id);
        QFETCH(QString, name);
        QFETCH(int, type);
        QFETCH(bool, mandatory);
        QFETCH(bool, multiple);
        QFETCH(QString, range);
        const ObjectDefinition* obj = ObjectRegistry::builtin().find(0);
        QVERIFY(obj);
        QCOMPARE(obj->version, QStringLiteral("1.2"));
        QVERIFY(obj->multipleInstances);
        const ResourceDefinition* res = obj->resource(quint16(id));
        QVERIFY(res);
        QCOMPARE(res->name, name);
        QCOMPARE(int(res->type), type);
        QCOMPARE(res->mandatory, mandatory);
        QCOMPARE(res->multiple, multiple);
        QCOMPARE(res->range.text, range);
        QVERIFY(res->operations == Operations {}); // only a Bootstrap-Server writes object 0 (S20)
    }

    void keyingMaterialIsSecret_S20()
    {
        const ObjectRegistry& r = ObjectRegistry::builtin();
        QVERIFY(r.isSecret(Path(0, 1, 5)));
        QVERIFY(r.isSecret(Path(0, 7, 8)));
        QVERIFY(!r.isSecret(Path(0, 1, 3))); // the PSK identity is not secret
        QVERIFY(!r.isSecret(Path(0, 1, 9)));
        QVERIFY(!r.isSecret(Path(0, 1)));
        QVERIFY(!r.isSecret(Path(1, 0, 5)));
        // Even an empty registry (or a DDF that redefines object 0) keeps them secret.
        QVERIFY(ObjectRegistry().isSecret(Path(0, 0, 5)));
        ObjectRegistry replaced = ObjectRegistry::builtin();
        ObjectDefinition plain = securityObjectDefinition();
        plain.resources[5].secret = false;
        replaced.add(plain);
        QVERIFY(replaced.isSecret(Path(0, 0, 5)));
    }

    void serverAndDeviceObjects()
    {
        const ObjectRegistry& r = ObjectRegistry::builtin();
        QCOMPARE(r.objectIds(), (QList<quint16> {0, 1, 3}));
        const ObjectDefinition* server = r.find(1);
        QVERIFY(server);
        QList<quint16> mandatory;
        for (const auto& [id, res] : server->resources) {
            if (res.mandatory)
                mandatory << id;
        }
        QCOMPARE(mandatory, (QList<quint16> {0, 1, 6, 7, 8}));
        QCOMPARE(server->resource(0)->range.text, QStringLiteral("1..65534"));
        QVERIFY(server->resource(8)->isExecutable());
        QCOMPARE(server->resource(24)->name, QStringLiteral("Alternate APN Links"));
        const ObjectDefinition* device = r.find(3);
        QVERIFY(device && !device->multipleInstances);
        QCOMPARE(device->resource(13)->type, ValueType::Time);
        QVERIFY(device->resource(11)->multiple && device->resource(11)->mandatory);
        QVERIFY(!r.find(2));
        QCOMPARE(r.resource(Path(3, 0, 9))->range.text, QStringLiteral("0..100"));
        QVERIFY(!r.resource(Path(3, 0)));
    }

    void rangeParsing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("understood");
        QTest::addColumn<QList<double>>("inside");
        QTest::addColumn<QList<double>>("outside");
        QTest::newRow("dotted") << QStringLiteral("0..255") << true << QList<double> {0, 255}
                                << QList<double> {-1, 256};
        QTest::newRow("bytes") << QStringLiteral("0..255 bytes") << true << QList<double> {0, 255}
                               << QList<double> {256};
        QTest::newRow("dashed") << QStringLiteral("1-65534") << true << QList<double> {1, 65534}
                                << QList<double> {0, 65535};
        QTest::newRow("list") << QStringLiteral("16,32,48") << true << QList<double> {16, 32, 48}
                              << QList<double> {17, 0};
        QTest::newRow("single") << QStringLiteral("6") << true << QList<double> {6} << QList<double> {5, 7};
        QTest::newRow("negative float") << QStringLiteral("-10.5..20") << true << QList<double> {-10.5, 0, 20}
                                        << QList<double> {-10.6, 20.1};
        QTest::newRow("free text") << QStringLiteral("16-bit") << false << QList<double> {-1e9, 1e9}
                                   << QList<double> {};
        QTest::newRow("empty") << QString() << true << QList<double> {1e9} << QList<double> {};
        QTest::newRow("reversed") << QStringLiteral("10..1") << false << QList<double> {0} << QList<double> {};
    }
    void rangeParsing()
    {
        QFETCH(QString, text);
        QFETCH(bool, understood);
        QFETCH(QList<double>, inside);
        QFETCH(QList<double>, outside);
        const ValueRange r = ValueRange::parse(text);
        QCOMPARE(r.understood, understood);
        for (double v : inside)
            QVERIFY2(r.contains(v), qPrintable(QString::number(v)));
        for (double v : outside)
            QVERIFY2(!r.contains(v), qPrintable(QString::number(v)));
    }

    void loadsDdfFiles()
    {
        ObjectRegistry r = ObjectRegistry::builtin();
        auto ids = r.loadDdfFile(test::dataPath(QStringLiteral("lwm2m/ddf/65-66-ts-examples.xml")));
        QVERIFY2(ids.ok(), qPrintable(ids.ok() ? QString() : ids.error().toString()));
        QCOMPARE(*ids, (QList<quint16> {65, 66}));
        QCOMPARE(r.resource(65, 0)->type, ValueType::Objlnk);
        QVERIFY(r.resource(65, 0)->multiple);
        QCOMPARE(r.resource(66, 1)->type, ValueType::String);
        ids = r.loadDdfFile(test::dataPath(QStringLiteral("lwm2m/ddf/2-access-control.xml")));
        QVERIFY(ids.ok());
        const ObjectDefinition* acl = r.find(2);
        QVERIFY(acl);
        QCOMPARE(acl->name, QStringLiteral("LwM2M Access Control"));
        QCOMPARE(acl->urn, QStringLiteral("urn:oma:lwm2m:oma:2"));
        QCOMPARE(acl->version, QStringLiteral("1.0"));
        QVERIFY(acl->multipleInstances && !acl->mandatory);
        QVERIFY(acl->resource(2)->operations == (Operation::Read | Operation::Write));
        QVERIFY(!acl->resource(2)->range.understood); // "16-bit": kept, not enforced
        QCOMPARE(r.objectIds(), (QList<quint16> {0, 1, 2, 3, 65, 66}));
        // builtin() itself is untouched.
        QVERIFY(!ObjectRegistry::builtin().find(2));
    }

    void ddfSecretExtension()
    {
        ObjectRegistry r;
        QVERIFY(r.loadDdfFile(test::dataPath(QStringLiteral("lwm2m/ddf/vendor-secret.xml"))).ok());
        QVERIFY(r.isSecret(Path(33001, 0, 1)));
        QVERIFY(!r.isSecret(Path(33001, 0, 0)));
        QCOMPARE(r.resource(33001, 0)->type, ValueType::UnsignedInteger);
        QCOMPARE(r.resource(33001, 2)->type, ValueType::None);
        QVERIFY(r.resource(33001, 2)->isExecutable());
        r.markSecret(33001, 3);
        QVERIFY(r.isSecret(Path(33001, 0, 3)));
    }

    void rejectsMalformedDdf_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("lwm2m.ddf.xml");
        QTest::newRow("not xml") << QByteArray("hello") << QStringLiteral("lwm2m.ddf.xml");
        QTest::newRow("unclosed") << QByteArray("<LWM2M><Object><Name>X</Name>") << QStringLiteral("lwm2m.ddf.xml");
        QTest::newRow("mismatched tag") << ddfWith(kGoodObject + "<Name>a</Nme>") << QStringLiteral("lwm2m.ddf.xml");
        QTest::newRow("wrong root") << QByteArray("<html><Object/></html>") << QStringLiteral("lwm2m.ddf.notDdf");
        QTest::newRow("no object") << QByteArray("<LWM2M></LWM2M>") << QStringLiteral("lwm2m.ddf.noObject");
        QTest::newRow("two roots") << ddfWith(kGoodObject) + "<LWM2M/>" << QStringLiteral("lwm2m.ddf.xml");
        QTest::newRow("no object id") << ddfWith(QByteArray(kGoodObject).replace("<ObjectID>40000</ObjectID>", ""))
                                      << QStringLiteral("lwm2m.ddf.missingElement");
        QTest::newRow("bad object id") << ddfWith(QByteArray(kGoodObject).replace("40000", "65535"))
                                       << QStringLiteral("lwm2m.ddf.invalidId");
        QTest::newRow("text object id") << ddfWith(QByteArray(kGoodObject).replace("40000", "abc"))
                                        << QStringLiteral("lwm2m.ddf.invalidId");
        QTest::newRow("no item id") << ddfWith(QByteArray(kGoodObject).replace(" ID=\"0\"", ""))
                                    << QStringLiteral("lwm2m.ddf.invalidId");
        QTest::newRow("unknown type") << ddfWith(QByteArray(kGoodObject).replace("<Type>Integer", "<Type>Double"))
                                      << QStringLiteral("lwm2m.ddf.invalidType");
        QTest::newRow("no type, not executable") << ddfWith(QByteArray(kGoodObject).replace("<Type>Integer", "<Type>"))
                                                 << QStringLiteral("lwm2m.ddf.invalidType");
        QTest::newRow("bad operations") << ddfWith(QByteArray(kGoodObject).replace(">RW<", ">RX<"))
                                        << QStringLiteral("lwm2m.ddf.invalidValue");
        QTest::newRow("bad multiple") << ddfWith(QByteArray(kGoodObject).replace(">Single<", ">Many<"))
                                      << QStringLiteral("lwm2m.ddf.invalidValue");
        QTest::newRow("no resources") << ddfWith(
            QByteArray(kGoodObject).replace(QByteArray(kGoodObject).mid(kGoodObject.indexOf("<Resources>")), ""))
                                      << QStringLiteral("lwm2m.ddf.missingElement");
        QTest::newRow("duplicate resource")
            << ddfWith(QByteArray(kGoodObject)
                           .replace("</Resources>",
                                    kGoodObject.mid(kGoodObject.indexOf("<Item"),
                                                    kGoodObject.indexOf("</Resources>") - kGoodObject.indexOf("<Item"))
                                        + "</Resources>"))
            << QStringLiteral("lwm2m.ddf.duplicateResource");
        QTest::newRow("duplicate object")
            << QByteArray("<LWM2M><Object>" + kGoodObject + "</Object><Object>" + kGoodObject + "</Object></LWM2M>")
            << QStringLiteral("lwm2m.ddf.duplicateObject");
        QTest::newRow("element in name") << ddfWith(
            QByteArray(kGoodObject).replace("<Name>X</Name>", "<Name>X<b/></Name>"))
                                         << QStringLiteral("lwm2m.ddf.xml");
        QTest::newRow("entity bomb") << QByteArray(
            "<?xml version=\"1.0\"?><!DOCTYPE LWM2M [<!ENTITY a \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">"
            "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
            "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
            "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>"
            "<LWM2M><Object><Name>&d;</Name></Object></LWM2M>")
                                     << QStringLiteral("lwm2m.ddf.dtd");
        QTest::newRow("external entity") << QByteArray(
            "<?xml version=\"1.0\"?><!DOCTYPE LWM2M [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            "<LWM2M><Object><Name>&x;</Name></Object></LWM2M>")
                                         << QStringLiteral("lwm2m.ddf.dtd");
    }
    void rejectsMalformedDdf()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, code);
        ObjectRegistry r = ObjectRegistry::builtin();
        const auto result = r.loadDdf(xml, QStringLiteral("broken.xml"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
        QVERIFY(result.error().userText.contains(QStringLiteral("broken.xml"))
                || code == QStringLiteral("lwm2m.ddf.tooLarge"));
        QVERIFY(result.error().details.contains(QStringLiteral("line")));
        // All or nothing: nothing was added.
        QCOMPARE(r.objectIds(), (QList<quint16> {0, 1, 3}));
    }

    void acceptsGoodInlineDdf()
    {
        ObjectRegistry r;
        const auto ids = r.loadDdf(ddfWith(kGoodObject));
        QVERIFY2(ids.ok(), qPrintable(ids.ok() ? QString() : ids.error().toString()));
        QCOMPARE(*ids, QList<quint16> {40000});
        QVERIFY(r.resource(40000, 0)->range.contains(10));
        QVERIFY(!r.resource(40000, 0)->range.contains(11));
    }

    void refusesHugeDdfAndMissingFiles()
    {
        ObjectRegistry r;
        const QByteArray huge(ObjectRegistry::kMaxDdfBytes + 1, ' ');
        QCOMPARE(r.loadDdf(huge).error().code, QStringLiteral("lwm2m.ddf.tooLarge"));
        const auto missing = r.loadDdfFile(QStringLiteral("/nonexistent/dir/5.xml"));
        QCOMPARE(missing.error().code, QStringLiteral("lwm2m.ddf.file"));
        QVERIFY(missing.error().userText.contains(QStringLiteral("5.xml")));
    }
};

QTEST_GUILESS_MAIN(ObjectRegistryTest)
#include "ObjectRegistryTest.moc"
