#include "lwm2m/Record.h"

#include <QTest>

using namespace lwc;
using namespace lwc::lwm2m;

class RecordTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void groupsAndFlattens()
    {
        const QList<Record> records {
            {Path(1, 0, 7), Value::string(QStringLiteral("U")), {}},
            {Path(0, 1, 16, 1), Value::unsignedInteger(0xC0A8), {}},
            {Path(0, 1, 16, 0), Value::unsignedInteger(0xC0AE), {}},
            {Path(0, 1, 0), Value::string(QStringLiteral("coaps://lwm2m.example:5684")), {}},
            {Path(1, 0, 0), Value::integer(101), {}},
        };
        const auto grouped = groupRecords(records);
        QVERIFY(grouped.ok());
        QCOMPARE(grouped->size(), 2);
        const ObjectInstance& sec = grouped->at(0);
        QCOMPARE(sec.path(), Path(0, 1));
        QCOMPARE(sec.resources.size(), size_t(2));
        QVERIFY(sec.resources.at(16).multiple);
        QCOMPARE(sec.resources.at(16).instances.at(0), Value::unsignedInteger(0xC0AE));
        QCOMPARE(grouped->at(1).resources.at(0).value, Value::integer(101));
        // Flattening gives path order.
        const QList<Record> flat = flattenInstances(*grouped);
        QCOMPARE(flat.size(), records.size());
        QCOMPARE(flat.at(0).path, Path(0, 1, 0));
        QCOMPARE(flat.at(1).path, Path(0, 1, 16, 0));
        QCOMPARE(flat.at(4).path, Path(1, 0, 7));
        QCOMPARE(groupRecords(flat).value(), grouped.value());
    }

    void rejectsInconsistentRecords_data()
    {
        QTest::addColumn<QList<Record>>("records");
        QTest::addColumn<QString>("code");
        const Value v = Value::integer(1);
        QTest::newRow("instance level") << QList<Record> {{Path(0, 1), v, {}}}
                                        << QStringLiteral("lwm2m.records.notResource");
        QTest::newRow("duplicate") << QList<Record> {{Path(0, 1, 2), v, {}}, {Path(0, 1, 2), v, {}}}
                                   << QStringLiteral("lwm2m.records.duplicatePath");
        QTest::newRow("duplicate instance") << QList<Record> {{Path(0, 1, 2, 0), v, {}}, {Path(0, 1, 2, 0), v, {}}}
                                            << QStringLiteral("lwm2m.records.duplicatePath");
        QTest::newRow("single then multiple") << QList<Record> {{Path(0, 1, 2), v, {}}, {Path(0, 1, 2, 0), v, {}}}
                                              << QStringLiteral("lwm2m.records.mixedResource");
        QTest::newRow("multiple then single") << QList<Record> {{Path(0, 1, 2, 0), v, {}}, {Path(0, 1, 2), v, {}}}
                                              << QStringLiteral("lwm2m.records.mixedResource");
    }
    void rejectsInconsistentRecords()
    {
        QFETCH(QList<Record>, records);
        QFETCH(QString, code);
        const auto grouped = groupRecords(records);
        QVERIFY(!grouped.ok());
        QCOMPARE(grouped.error().code, code);
    }
};

QTEST_GUILESS_MAIN(RecordTest)
#include "RecordTest.moc"
