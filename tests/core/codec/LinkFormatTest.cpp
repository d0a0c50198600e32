#include "codec/LinkFormat.h"

#include <QTest>

using namespace lwc;
using namespace lwc::codec;

class LinkFormatTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesBootstrapDiscover()
    {
        const QByteArray text = "</>;lwm2m=1.1,</0/0>;uri=\"coaps://bs.example.net:5684\",</0/1>;ssid=101;"
                                "uri=\"coaps://lwm2m.example.net:5684\",</1>,</1/0>;ssid=101,</3/0>";
        const auto links = LinkFormat::parse(text);
        QVERIFY2(links.ok(), qPrintable(links.ok() ? QString() : links.error().toString()));
        QCOMPARE(links->size(), 6);
        QCOMPARE(links->at(0).target, QStringLiteral("/"));
        QVERIFY(links->at(0).path()->isRoot());
        const LinkAttribute* version = links->at(0).attribute(u"lwm2m");
        QVERIFY(version);
        QCOMPARE(version->value, QStringLiteral("1.1"));
        QVERIFY(version->hasValue && !version->quoted);
        const Link& server = links->at(2);
        QCOMPARE(*server.path(), lwm2m::Path(0, 1));
        QCOMPARE(server.attribute(u"ssid")->value, QStringLiteral("101"));
        QCOMPARE(server.attribute(u"uri")->value, QStringLiteral("coaps://lwm2m.example.net:5684"));
        QVERIFY(server.attribute(u"uri")->quoted);
        QVERIFY(!server.attribute(u"pmin"));
        QCOMPARE(*links->at(3).path(), lwm2m::Path(1));
        QVERIFY(links->at(5).attributes.isEmpty());
        // Written back byte for byte.
        QCOMPARE(*LinkFormat::format(*links), text);
    }

    void parsesDiscoverAttributes()
    {
        const auto links
            = LinkFormat::parse("</3/0>;pmin=10;pmax=60,</3/0/1>,</3/0/7>;dim=2;obs,</5>;rt=\"a \\\"b\\\"\"");
        QVERIFY(links.ok());
        QCOMPARE(links->size(), 4);
        QCOMPARE(links->at(2).attribute(u"dim")->value, QStringLiteral("2"));
        const LinkAttribute* obs = links->at(2).attribute(u"obs");
        QVERIFY(obs && !obs->hasValue);
        QCOMPARE(links->at(3).attribute(u"rt")->value, QStringLiteral("a \"b\""));
        QCOMPARE(*LinkFormat::format(*links),
                 QByteArray("</3/0>;pmin=10;pmax=60,</3/0/1>,</3/0/7>;dim=2;obs,</5>;rt=\"a \\\"b\\\"\""));
    }

    void toleratesWhitespaceBetweenLinks()
    {
        const auto links = LinkFormat::parse("  </1/0>;ssid=101,\n  </3/0>\n");
        QVERIFY(links.ok());
        QCOMPARE(links->size(), 2);
        QVERIFY(LinkFormat::parse("")->isEmpty());
        QVERIFY(!LinkFormat::parse("</1/0> ;ssid=1").ok());
        // A target that is not an LwM2M path is still a link.
        const auto other = LinkFormat::parse("</rd/abc>;ct=40");
        QVERIFY(other.ok());
        QVERIFY(!other->front().path().has_value());
    }

    void errorsNameTheOffset_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("offset");
        QTest::newRow("no bracket") << QByteArray("/3/0") << QStringLiteral("codec.link.expectedLink") << 0;
        QTest::newRow("quote in target") << QByteArray("</3/0\"x>") << QStringLiteral("codec.link.invalidTarget") << 5;
        QTest::newRow("unterminated target")
            << QByteArray("</3/0;ct=1") << QStringLiteral("codec.link.unterminatedTarget") << 0;
        QTest::newRow("open target") << QByteArray("</3/0") << QStringLiteral("codec.link.unterminatedTarget") << 0;
        QTest::newRow("space in target") << QByteArray("</3 /0>") << QStringLiteral("codec.link.invalidTarget") << 3;
        QTest::newRow("empty attribute") << QByteArray("</3/0>;=1") << QStringLiteral("codec.link.invalidAttribute")
                                         << 7;
        QTest::newRow("missing value") << QByteArray("</3/0>;ssid=") << QStringLiteral("codec.link.invalidValue") << 12;
        QTest::newRow("bad token") << QByteArray("</3/0>;ssid=a\"b") << QStringLiteral("codec.link.expectedComma")
                                   << 13;
        QTest::newRow("open quote") << QByteArray("</0/1>;uri=\"coaps://x")
                                    << QStringLiteral("codec.link.unterminatedQuote") << 11;
        QTest::newRow("control in quote")
            << QByteArray("</0/1>;uri=\"a\x01\"") << QStringLiteral("codec.link.invalidValue") << 13;
        QTest::newRow("missing comma") << QByteArray("</1/0></3/0>") << QStringLiteral("codec.link.expectedComma") << 6;
        QTest::newRow("trailing comma") << QByteArray("</1/0>,") << QStringLiteral("codec.link.expectedLink") << 7;
        QTest::newRow("escaped control in quote")
            << QByteArray("</5>;rt=\"a \\\x1e\"") << QStringLiteral("codec.link.invalidValue") << 12;
        QTest::newRow("bad utf8 in quote")
            << QByteArray("</0/1>;uri=\"\xff\"") << QStringLiteral("codec.link.invalidValue") << 11;
    }
    void errorsNameTheOffset()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, code);
        QFETCH(int, offset);
        const auto links = LinkFormat::parse(text);
        QVERIFY(!links.ok());
        QCOMPARE(links.error().code, code);
        QCOMPARE(links.error().details, QStringLiteral("byte %1").arg(offset));
    }

    void formatQuotesWhenNeeded()
    {
        QList<Link> links {{QStringLiteral("/0/1"),
                            {{QStringLiteral("uri"), QStringLiteral("coaps://h:1"), true, false},
                             {QStringLiteral("ep"), QStringLiteral("a b"), true, false}}}};
        QCOMPARE(*LinkFormat::format(links), QByteArray("</0/1>;uri=coaps://h:1;ep=\"a b\""));
        links[0].attributes[0].quoted = true;
        QCOMPARE(*LinkFormat::format(links), QByteArray("</0/1>;uri=\"coaps://h:1\";ep=\"a b\""));
        links[0].target = QStringLiteral("/0 1");
        QCOMPARE(LinkFormat::format(links).error().code, QStringLiteral("codec.link.invalidTarget"));
    }
};

QTEST_GUILESS_MAIN(LinkFormatTest)
#include "LinkFormatTest.moc"
