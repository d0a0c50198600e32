#include "lwm2m/Path.h"

#include <QTest>

using namespace lwc;
using lwc::lwm2m::Path;

class PathTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesAndPrints_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("level");
        QTest::newRow("root") << QStringLiteral("/") << 0;
        QTest::newRow("object") << QStringLiteral("/0") << 1;
        QTest::newRow("instance") << QStringLiteral("/0/1") << 2;
        QTest::newRow("resource") << QStringLiteral("/0/1/3") << 3;
        QTest::newRow("resource instance") << QStringLiteral("/3/0/7/1") << 4;
        QTest::newRow("max ids") << QStringLiteral("/65534/65534/65534/65534") << 4;
        QTest::newRow("vendor") << QStringLiteral("/33001/0/5850") << 3;
    }
    void parsesAndPrints()
    {
        QFETCH(QString, text);
        QFETCH(int, level);
        const auto p = Path::parse(text);
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().toString()));
        QCOMPARE(p->level(), level);
        QCOMPARE(p->toString(), text);
        QCOMPARE(p->isRoot(), level == 0);
        QCOMPARE(p->isObject(), level == 1);
        QCOMPARE(p->isInstance(), level == 2);
        QCOMPARE(p->isResource(), level == 3);
        QCOMPARE(p->isResourceInstance(), level == 4);
    }

    void rejectsBadPaths_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QString() << QStringLiteral("lwm2m.path.empty");
        QTest::newRow("no slash") << QStringLiteral("0/1") << QStringLiteral("lwm2m.path.noLeadingSlash");
        QTest::newRow("trailing slash") << QStringLiteral("/0/1/") << QStringLiteral("lwm2m.path.trailingSlash");
        QTest::newRow("double slash") << QStringLiteral("/0//1") << QStringLiteral("lwm2m.path.invalidSegment");
        QTest::newRow("letters") << QStringLiteral("/3/x") << QStringLiteral("lwm2m.path.invalidSegment");
        QTest::newRow("sign") << QStringLiteral("/+3") << QStringLiteral("lwm2m.path.invalidSegment");
        QTest::newRow("negative") << QStringLiteral("/-1") << QStringLiteral("lwm2m.path.invalidSegment");
        QTest::newRow("space") << QStringLiteral("/3 /0") << QStringLiteral("lwm2m.path.invalidSegment");
        QTest::newRow("leading zero") << QStringLiteral("/3/07") << QStringLiteral("lwm2m.path.leadingZero");
        QTest::newRow("65535 reserved") << QStringLiteral("/3/65535") << QStringLiteral("lwm2m.path.outOfRange");
        QTest::newRow("huge") << QStringLiteral("/99999999999999999999") << QStringLiteral("lwm2m.path.outOfRange");
        QTest::newRow("five levels") << QStringLiteral("/1/2/3/4/5") << QStringLiteral("lwm2m.path.tooDeep");
        QTest::newRow("arabic digits") << QStringLiteral("/\u0663") << QStringLiteral("lwm2m.path.invalidSegment");
    }
    void rejectsBadPaths()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        const auto p = Path::parse(text);
        QVERIFY(!p.ok());
        QCOMPARE(p.error().code, code);
        QVERIFY(!p.error().userText.isEmpty());
    }

    void navigation()
    {
        const Path r(3, 0, 7, 1);
        QCOMPARE(r.objectId(), quint16(3));
        QCOMPARE(r.instanceId(), quint16(0));
        QCOMPARE(r.resourceId(), quint16(7));
        QCOMPARE(r.resourceInstanceId(), quint16(1));
        QCOMPARE(r.parent(), Path(3, 0, 7));
        QCOMPARE(r.parent().parent().parent().parent(), Path());
        QCOMPARE(Path().parent(), Path());
        QCOMPARE(Path(3).child(0).child(7), Path(3, 0, 7));
        QCOMPARE(r.truncated(2), Path(3, 0));
        QVERIFY(r.startsWith(Path()));
        QVERIFY(r.startsWith(Path(3, 0)));
        QVERIFY(r.startsWith(r));
        QVERIFY(!r.startsWith(Path(3, 1)));
        QVERIFY(!Path(3, 0).startsWith(r));
        QVERIFY(Path(3, 0).hasInstance());
        QVERIFY(!Path(3, 0).hasResource());
    }

    void ordering()
    {
        QList<Path> paths {Path(1), Path(0, 1), Path(0, 0, 1), Path(), Path(0, 0), Path(0, 0, 0, 5), Path(0, 0, 0)};
        std::sort(paths.begin(), paths.end());
        QStringList texts;
        for (const Path& p : paths)
            texts << p.toString();
        QCOMPARE(texts.join(QLatin1Char(' ')), QStringLiteral("/ /0/0 /0/0/0 /0/0/0/5 /0/0/1 /0/1 /1"));
        QVERIFY(Path(0, 1) != Path(0, 1, 0));
        QCOMPARE(qHash(Path(3, 0)), qHash(Path::parse(u"/3/0").value()));
        QVERIFY(qHash(Path(3, 0)) != qHash(Path(0, 3)));
    }
};

QTEST_GUILESS_MAIN(PathTest)
#include "PathTest.moc"
