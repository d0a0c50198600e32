#include "lwm2m/Validator.h"

#include "TestPaths.h"

#include <QTest>

using namespace lwc;
using namespace lwc::lwm2m;

namespace {

QList<Record> pskSecurityInstance(quint16 instance, qsizetype identityBytes = 24)
{
    return {
        {Path(0, instance, 0), Value::string(QStringLiteral("coaps://lwm2m.example.net:5684")), {}},
        {Path(0, instance, 1), Value::boolean(false), {}},
        {Path(0, instance, 2), Value::integer(0), {}},
        {Path(0, instance, 3), Value::opaque(QByteArray(identityBytes, 'i')), {}},
        {Path(0, instance, 4), Value::opaque(QByteArray()), {}},
        {Path(0, instance, 5), Value::secret(SecretBytes::copyOf(QByteArray(16, '\x42'))), {}},
        {Path(0, instance, 10), Value::integer(101), {}},
    };
}

QList<Record> serverInstance()
{
    return {
        {Path(1, 0, 0), Value::integer(101), {}},
        {Path(1, 0, 1), Value::integer(86400), {}},
        {Path(1, 0, 6), Value::boolean(true), {}},
        {Path(1, 0, 7), Value::string(QStringLiteral("U")), {}},
    };
}

QList<Record> replaced(QList<Record> records, const Path& path, const Value& value)
{
    for (Record& r : records) {
        if (r.path == path)
            r.value = value;
    }
    return records;
}

} // namespace

class ValidatorTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void acceptsBootstrapPayload()
    {
        const Validator v;
        QList<Record> all = pskSecurityInstance(1) + serverInstance();
        all.append({Path(0, 1, 16, 0), Value::unsignedInteger(0xC0A8), {}});
        const Status s = v.validate(all, Validator::Mode::ReplaceInstances);
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
    }

    void acceptsLongPskIdentity_S8()
    {
        // Identities of at least 128 bytes must be supported end to end.
        const Validator v;
        QVERIFY(v.validate(pskSecurityInstance(1, 128), Validator::Mode::ReplaceInstances).ok());
        QVERIFY(v.validate(pskSecurityInstance(1, 1024), Validator::Mode::ReplaceInstances).ok());
    }

    void rejectsInvalidValues_data()
    {
        QTest::addColumn<QList<Record>>("records");
        QTest::addColumn<QString>("code");
        const QList<Record> sec = pskSecurityInstance(1);
        QTest::newRow("ssid 0 (S24)") << replaced(sec, Path(0, 1, 10), Value::integer(0))
                                      << QStringLiteral("lwm2m.validate.outOfRange");
        QTest::newRow("ssid 65535 (S24)")
            << replaced(sec, Path(0, 1, 10), Value::integer(65535)) << QStringLiteral("lwm2m.validate.outOfRange");
        QTest::newRow("security mode 5") << replaced(sec, Path(0, 1, 2), Value::integer(5))
                                         << QStringLiteral("lwm2m.validate.outOfRange");
        QTest::newRow("uri 256 bytes") << replaced(sec, Path(0, 1, 0), Value::string(QString(256, u'a')))
                                       << QStringLiteral("lwm2m.validate.lengthOutOfRange");
        QTest::newRow("uri 128 umlauts = 256 bytes")
            << replaced(sec, Path(0, 1, 0), Value::string(QString(128, QChar(0xFC))))
            << QStringLiteral("lwm2m.validate.lengthOutOfRange");
        QTest::newRow("type") << replaced(sec, Path(0, 1, 1), Value::integer(0))
                              << QStringLiteral("lwm2m.validate.typeMismatch");
        QTest::newRow("secret as string") << replaced(sec, Path(0, 1, 5), Value::string(QStringLiteral("key")))
                                          << QStringLiteral("lwm2m.validate.typeMismatch");
        QTest::newRow("sms key 20 bytes")
            << sec + QList<Record> {{Path(0, 1, 8), Value::secret(SecretBytes::copyOf(QByteArray(20, 'k'))), {}}}
            << QStringLiteral("lwm2m.validate.lengthOutOfRange");
        QTest::newRow("ciphersuite as single") << sec + QList<Record> {{Path(0, 1, 16), Value::unsignedInteger(1), {}}}
                                               << QStringLiteral("lwm2m.validate.multipleAsSingle");
        QTest::newRow("uri as multiple") << QList<Record> {{Path(0, 1, 0, 0), Value::string(QStringLiteral("x")), {}}}
                                         << QStringLiteral("lwm2m.validate.singleAsMultiple");
        QTest::newRow("executable") << QList<Record> {{Path(1, 0, 8), Value::integer(1), {}}}
                                    << QStringLiteral("lwm2m.validate.executable");
        QTest::newRow("unknown resource") << QList<Record> {{Path(0, 1, 99), Value::integer(1), {}}}
                                          << QStringLiteral("lwm2m.validate.unknownResource");
        QTest::newRow("unknown object") << QList<Record> {{Path(4242, 0, 0), Value::integer(1), {}}}
                                        << QStringLiteral("lwm2m.validate.unknownObject");
        QTest::newRow("device instance 1")
            << QList<Record> {{Path(3, 1, 13), Value::time(0), {}}} << QStringLiteral("lwm2m.validate.singleInstance");
        QTest::newRow("instance path") << QList<Record> {{Path(0, 1), Value(), {}}}
                                       << QStringLiteral("lwm2m.validate.notResource");
        QTest::newRow("battery 101") << QList<Record> {{Path(3, 0, 9), Value::integer(101), {}}}
                                     << QStringLiteral("lwm2m.validate.outOfRange");
    }
    void rejectsInvalidValues()
    {
        QFETCH(QList<Record>, records);
        QFETCH(QString, code);
        const Status s = Validator().validate(records, Validator::Mode::Partial);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, code);
        QVERIFY(!s.error().userText.isEmpty());
        // Never the key bytes in an error.
        QVERIFY(!s.error().toString().contains(QStringLiteral("BBBB")));
    }

    void replaceNeedsMandatoryResources()
    {
        const Validator v;
        QList<Record> sec = pskSecurityInstance(1);
        sec.removeIf([](const Record& r) { return r.path == Path(0, 1, 4); });
        QVERIFY(v.validate(sec, Validator::Mode::Partial).ok());
        const Status s = v.validate(sec, Validator::Mode::ReplaceInstances);
        QCOMPARE(s.error().code, QStringLiteral("lwm2m.validate.missingMandatory"));
        QVERIFY(s.error().userText.contains(QStringLiteral("/0/1/4")));
        // Executable mandatory resources (Registration Update Trigger /1/x/8) are not expected in a write.
        QVERIFY(v.validate(serverInstance(), Validator::Mode::ReplaceInstances).ok());
        QList<Record> server = serverInstance();
        server.removeLast(); // Binding
        QCOMPARE(v.validate(server, Validator::Mode::ReplaceInstances).error().code,
                 QStringLiteral("lwm2m.validate.missingMandatory"));
    }

    void unknownObjectsCanBeAllowed()
    {
        Validator v;
        const QList<Record> records {{Path(4242, 0, 0), Value::integer(1), {}}};
        QVERIFY(!v.validate(records, Validator::Mode::ReplaceInstances).ok());
        v.setAllowUnknownObjects(true);
        QVERIFY(v.validate(records, Validator::Mode::ReplaceInstances).ok());
    }

    void vendorDefinitionsFromDdf()
    {
        ObjectRegistry r;
        QVERIFY(r.loadDdfFile(test::dataPath(QStringLiteral("lwm2m/ddf/vendor-secret.xml"))).ok());
        const Validator v(r);
        QList<Record> records {
            {Path(33001, 0, 0), Value::unsignedInteger(42), {}},
            {Path(33001, 0, 1), Value::secret(SecretBytes::copyOf(QByteArray(16, 'k'))), {}},
            {Path(33001, 0, 3), Value::floating(-10.5), {}},
        };
        QVERIFY(v.validate(records, Validator::Mode::ReplaceInstances).ok());
        records[2].value = Value::floating(20.5);
        QCOMPARE(v.validate(records, Validator::Mode::Partial).error().code,
                 QStringLiteral("lwm2m.validate.outOfRange"));
        records[2].value = Value::floating(qQNaN());
        QCOMPARE(v.validate(records, Validator::Mode::Partial).error().code,
                 QStringLiteral("lwm2m.validate.outOfRange"));
        records[2].value = Value::floating(0);
        records[1].value = Value::secret(SecretBytes::copyOf(QByteArray(15, 'k')));
        const Status s = v.validate(records, Validator::Mode::Partial);
        QCOMPARE(s.error().code, QStringLiteral("lwm2m.validate.lengthOutOfRange"));
        QVERIFY(s.error().userText.contains(QStringLiteral("15 bytes")));
    }
};

QTEST_GUILESS_MAIN(ValidatorTest)
#include "ValidatorTest.moc"
