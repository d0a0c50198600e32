#include "security/HostnameMatcher.h"
#include "security/PublicSuffix.h"

#include "TestPki.h"

#include <QTest>

using namespace lwc;
using namespace lwc::security;
using namespace lwc::test;

class HostnameMatcherTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void publicSuffixListIsLoaded_S17()
    {
        const PublicSuffix& psl = PublicSuffix::instance();
        QVERIFY2(psl.isLoaded(), qPrintable(psl.source()));
        QVERIFY(psl.isPublicSuffix(QStringLiteral("com")));
        QVERIFY(psl.isPublicSuffix(QStringLiteral("co.uk")));
        QVERIFY(!psl.isPublicSuffix(QStringLiteral("acme.com")));
        QVERIFY(!psl.isPublicSuffix(QStringLiteral("github.io"))); // private section does not count
    }

    void wildcardPatterns_S17_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<int>("problem");
        using P = HostnameMatcher::WildcardProblem;
        QTest::newRow("plain name") << "acme.com" << int(P::None);
        QTest::newRow("*.acme.com") << "*.acme.com" << int(P::None);
        QTest::newRow("*.dev.acme.co.uk") << "*.dev.acme.co.uk" << int(P::None);
        QTest::newRow("*.com") << "*.com" << int(P::PublicSuffix);
        QTest::newRow("*.co.uk") << "*.co.uk" << int(P::PublicSuffix);
        QTest::newRow("*.lan") << "*.lan" << int(P::PublicSuffix);
        QTest::newRow("*") << "*" << int(P::Bare);
        QTest::newRow("ba*.acme.com") << "ba*.acme.com" << int(P::PartialLabel);
        QTest::newRow("xn--*.acme.com") << "xn--*.acme.com" << int(P::PartialLabel);
        QTest::newRow("a.*.acme.com") << "a.*.acme.com" << int(P::NotLeftmost);
        QTest::newRow("*.*.acme.com") << "*.*.acme.com" << int(P::NotLeftmost);
    }
    void wildcardPatterns_S17()
    {
        QFETCH(QString, pattern);
        QFETCH(int, problem);
        QCOMPARE(int(HostnameMatcher::wildcardProblem(pattern)), problem);
    }

    void normalizeHost_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("case") << "LwM2M.Example.COM"
                              << "lwm2m.example.com";
        QTest::newRow("trailing dot") << "example.com."
                                      << "example.com";
        QTest::newRow("brackets") << "[2001:DB8::1]"
                                  << "2001:db8::1";
        QTest::newRow("idn") << "bücher.de"
                             << "xn--bcher-kva.de";
    }
    void normalizeHost()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(HostnameMatcher::normalizeHost(in), out);
    }

    void ipLiteralsAreStrict()
    {
        QCOMPARE(HostnameMatcher::ipAddressBytes(QStringLiteral("192.0.2.1")).value(),
                 QByteArray("\xc0\x00\x02\x01", 4));
        QVERIFY(!HostnameMatcher::ipAddressBytes(QStringLiteral("127.1")));
        QVERIFY(!HostnameMatcher::ipAddressBytes(QStringLiteral("0xC0A80101")));
        QCOMPARE(HostnameMatcher::ipAddressBytes(QStringLiteral("::1"))->size(), 16);
    }

    void sanBeatsCommonName_S16()
    {
        const TestCert root = makeCert(caSpec(QStringLiteral("Root")));
        const TestCert withSan
            = makeCert(serverSpec(QStringLiteral("cn.example.com"), {QStringLiteral("san.example.com")}), &root);
        const auto info = CertificateInfo::fromDer(withSan.der).value();
        QVERIFY(HostnameMatcher::match(info, QStringLiteral("san.example.com")).matched);
        const NameMatch cn = HostnameMatcher::match(info, QStringLiteral("cn.example.com"));
        QVERIFY(!cn.matched);
        QVERIFY(!cn.problem.isEmpty());

        const TestCert noSan = makeCert(serverSpec(QStringLiteral("*.example.com")), &root);
        const NameMatch viaCn
            = HostnameMatcher::match(CertificateInfo::fromDer(noSan.der).value(), QStringLiteral("a.example.com"));
        QVERIFY(viaCn.matched);
        QVERIFY(viaCn.viaCommonName);
        QVERIFY(viaCn.viaWildcard);
    }

    void refusedWildcardsAreReported_S17()
    {
        const TestCert root = makeCert(caSpec(QStringLiteral("Root")));
        const TestCert leaf = makeCert(
            serverSpec(QStringLiteral("x"), {QStringLiteral("*.com"), QStringLiteral("*.other.net")}), &root);
        const NameMatch m
            = HostnameMatcher::match(CertificateInfo::fromDer(leaf.der).value(), QStringLiteral("acme.com"));
        QVERIFY(!m.matched);
        QCOMPARE(m.refusedWildcards.size(), 1); // *.other.net does not cover the host
        QVERIFY(m.refusedWildcards.first().startsWith(QLatin1String("DNS:*.com")));
    }
};

QTEST_GUILESS_MAIN(HostnameMatcherTest)
#include "HostnameMatcherTest.moc"
