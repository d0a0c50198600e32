// Generated rule cases for the verification engine: one data-driven table
// per rule, certificates built with OpenSSL at run time (TestPki).
#include "security/CertificateVerifier.h"
#include "security/Fingerprint.h"
#include "security/OpenSslUtil.h"

#include "MockClock.h"
#include "TestPki.h"

#include <QJsonArray>
#include <QTest>

#include <qcoro/qcorotask.h>

using namespace lwc;
using namespace lwc::security;
using namespace lwc::test;

namespace {

const QDateTime kNow(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);

QString describe(const VerificationReport& r)
{
    QStringList lines;
    for (const RuleVerdict& v : r.verdicts)
        lines
            << QStringLiteral("%1=%2 %3 %4").arg(ruleId(v.rule), verdictStatusName(v.status), v.explanation, v.details);
    return lines.join(QLatin1String("\n  "));
}

VerificationRequest serverRequest(const TestCert& leaf, const TestCert& root, const QString& host,
                                  QList<QByteArray> intermediates = {})
{
    VerificationRequest r;
    r.role = PeerRole::Server;
    r.peerChain << leaf.der << intermediates;
    r.trustAnchors << root.der;
    r.host = host;
    r.time = TimePolicy::at(kNow);
    return r;
}

VerificationReport mustVerify(const VerificationRequest& request, const Clock& clock = Clock::system())
{
    CertificateVerifier verifier(clock);
    auto result = verifier.verify(request);
    if (!result.ok())
        qFatal("verify() refused the request: %s", qPrintable(result.error().toString()));
    return std::move(result).value();
}

// QCoro::waitFor needs a default-constructible result; Result<T> is not.
QCoro::Task<std::shared_ptr<Result<VerificationReport>>> verifyInTask(const CertificateVerifier* verifier,
                                                                      VerificationRequest request)
{
    auto result = co_await verifier->verifyAsync(std::move(request));
    co_return std::make_shared<Result<VerificationReport>>(std::move(result));
}

} // namespace

class CertificateVerifierTest : public QObject {
    Q_OBJECT

    TestCert m_root;
    TestCert m_intermediate;

private Q_SLOTS:
    void initTestCase()
    {
        m_root = makeCert(caSpec(QStringLiteral("Test Root")));
        m_intermediate = makeCert(caSpec(QStringLiteral("Test Intermediate")), &m_root);
    }

    void validChainIsTrusted_S13_S15_S16()
    {
        const TestCert leaf = makeCert(serverSpec(QStringLiteral("lwm2m.acme.com"), {QStringLiteral("lwm2m.acme.com")}),
                                       &m_intermediate);
        const auto r = mustVerify(serverRequest(leaf, m_root, QStringLiteral("lwm2m.acme.com"), {m_intermediate.der}));
        QVERIFY2(r.trusted, qPrintable(describe(r)));
        QCOMPARE(r.status(Rule::S13), VerdictStatus::Pass);
        QCOMPARE(r.status(Rule::S15), VerdictStatus::Pass);
        QCOMPARE(r.status(Rule::S16), VerdictStatus::Pass);
        QCOMPARE(r.status(Rule::S14), VerdictStatus::NotApplicable);
        QCOMPARE(r.chain.size(), 3);
        QVERIFY(r.chain.last().trustAnchor);
        QVERIFY(!r.chain.last().presented);
        QVERIFY(r.chain.first().presented);
        QCOMPARE(r.mode, TrustMode::Indirect);
    }

    void keySize_S11_data()
    {
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<QString>("where");
        QTest::addColumn<bool>("trusted");
        QTest::newRow("leaf P-256") << "P-256"
                                    << "leaf" << true;
        QTest::newRow("leaf P-384") << "P-384"
                                    << "leaf" << true;
        QTest::newRow("leaf P-192") << "P-192"
                                    << "leaf" << false;
        QTest::newRow("leaf P-224") << "P-224"
                                    << "leaf" << false;
        QTest::newRow("leaf RSA-2048") << "RSA-2048"
                                       << "leaf" << true;
        QTest::newRow("leaf RSA-1024") << "RSA-1024"
                                       << "leaf" << false;
        QTest::newRow("root P-192") << "P-192"
                                    << "root" << false;
        QTest::newRow("root RSA-1024") << "RSA-1024"
                                       << "root" << false;
    }
    void keySize_S11()
    {
        QFETCH(QString, algorithm);
        QFETCH(QString, where);
        QFETCH(bool, trusted);
        const auto key = [&] {
            return algorithm.startsWith(QLatin1String("RSA")) ? makeRsaKey(algorithm.mid(4).toInt())
                                                              : makeEcKey(algorithm.toLatin1().constData());
        };
        const TestCert root = where == QLatin1String("root") ? makeCert(caSpec(QStringLiteral("Root")), key())
                                                             : makeCert(caSpec(QStringLiteral("Root")));
        const TestCert leaf = where == QLatin1String("leaf")
            ? makeCert(serverSpec(QStringLiteral("a.example.com"), {QStringLiteral("a.example.com")}), key(), &root)
            : makeCert(serverSpec(QStringLiteral("a.example.com"), {QStringLiteral("a.example.com")}), &root);
        const auto r = mustVerify(serverRequest(leaf, root, QStringLiteral("a.example.com")));
        QVERIFY2(r.trusted == trusted, qPrintable(describe(r)));
        QCOMPARE(r.status(Rule::S11), trusted ? VerdictStatus::Pass : VerdictStatus::Fail);
        if (!trusted)
            QCOMPARE(r.failedRules(), QList<Rule> {Rule::S11});
    }

    void signatureHash_S9_data()
    {
        QTest::addColumn<QString>("digest");
        QTest::addColumn<QString>("signedCert");
        QTest::addColumn<bool>("trusted");
        QTest::newRow("leaf SHA-256") << "SHA256"
                                      << "leaf" << true;
        QTest::newRow("leaf SHA-384") << "SHA384"
                                      << "leaf" << true;
        QTest::newRow("leaf SHA-512") << "SHA512"
                                      << "leaf" << true;
        QTest::newRow("leaf SHA-1") << "SHA1"
                                    << "leaf" << false;
        QTest::newRow("leaf SHA-224") << "SHA224"
                                      << "leaf" << false;
        QTest::newRow("leaf MD5 (RSA)") << "MD5"
                                        << "leaf" << false;
        QTest::newRow("intermediate SHA-1") << "SHA1"
                                            << "intermediate" << false;
        // A trust anchor's self-signature is never relied on.
        QTest::newRow("root self-signature SHA-1") << "SHA1"
                                                   << "root" << true;
    }
    void signatureHash_S9()
    {
        QFETCH(QString, digest);
        QFETCH(QString, signedCert);
        QFETCH(bool, trusted);
        const bool rsa = digest == QLatin1String("MD5");
        CertificateSpec rootSpec = caSpec(QStringLiteral("Root"));
        if (signedCert == QLatin1String("root"))
            rootSpec.digest = digest;
        const TestCert root = rsa ? makeCert(rootSpec, makeRsaKey(2048)) : makeCert(rootSpec);
        CertificateSpec icaSpec = caSpec(QStringLiteral("ICA"));
        if (signedCert == QLatin1String("intermediate"))
            icaSpec.digest = digest;
        const TestCert ica = makeCert(icaSpec, rsa ? makeRsaKey(2048) : makeEcKey(), &root);
        CertificateSpec leafSpec = serverSpec(QStringLiteral("a.example.com"), {QStringLiteral("a.example.com")});
        if (signedCert == QLatin1String("leaf"))
            leafSpec.digest = digest;
        const TestCert leaf = makeCert(leafSpec, &ica);
        const auto r = mustVerify(serverRequest(leaf, root, QStringLiteral("a.example.com"), {ica.der}));
        QVERIFY2(r.trusted == trusted, qPrintable(describe(r)));
        QCOMPARE(r.status(Rule::S9), trusted ? VerdictStatus::Pass : VerdictStatus::Fail);
        if (!trusted)
            QCOMPARE(r.failedRules(), QList<Rule> {Rule::S9});
    }

    void wildcard_S16_S17_data()
    {
        QTest::addColumn<QString>("sanDns");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("s16");
        QTest::addColumn<int>("s17");
        const int pass = int(VerdictStatus::Pass), fail = int(VerdictStatus::Fail),
                  na = int(VerdictStatus::NotApplicable);
        QTest::newRow("*.acme.com allowed") << "*.acme.com"
                                            << "dev.acme.com" << pass << pass;
        QTest::newRow("*.com refused") << "*.com"
                                       << "example.com" << fail << fail;
        QTest::newRow("*.co.uk refused") << "*.co.uk"
                                         << "acme.co.uk" << fail << fail;
        QTest::newRow("*.lan (unknown TLD) refused") << "*.lan"
                                                     << "printer.lan" << fail << fail;
        QTest::newRow("*.github.io (private suffix) allowed") << "*.github.io"
                                                              << "me.github.io" << pass << pass;
        QTest::newRow("two labels refused") << "*.acme.com"
                                            << "a.b.acme.com" << fail << fail;
        QTest::newRow("partial label refused") << "f*.acme.com"
                                               << "foo.acme.com" << fail << fail;
        QTest::newRow("not leftmost refused") << "dev.*.com"
                                              << "dev.acme.com" << fail << fail;
        QTest::newRow("bare * refused") << "*"
                                        << "acme" << fail << fail;
        QTest::newRow("apex not covered") << "*.acme.com"
                                          << "acme.com" << fail << na;
        QTest::newRow("case-insensitive exact") << "LwM2M.Acme.COM"
                                                << "lwm2m.acme.com" << pass << na;
        QTest::newRow("trailing dot") << "lwm2m.acme.com."
                                      << "lwm2m.acme.com" << pass << na;
        QTest::newRow("IP host never matches dNSName") << "192.0.2.7"
                                                       << "192.0.2.7" << fail << na;
    }
    void wildcard_S16_S17()
    {
        QFETCH(QString, sanDns);
        QFETCH(QString, host);
        QFETCH(int, s16);
        QFETCH(int, s17);
        const TestCert leaf = makeCert(serverSpec(QStringLiteral("server"), {sanDns}), &m_root);
        const auto r = mustVerify(serverRequest(leaf, m_root, host));
        QVERIFY2(int(r.status(Rule::S16)) == s16, qPrintable(describe(r)));
        QVERIFY2(int(r.status(Rule::S17)) == s17, qPrintable(describe(r)));
        QCOMPARE(r.trusted, s16 == int(VerdictStatus::Pass));
    }

    void ipAddresses_S16_data()
    {
        QTest::addColumn<QString>("sanIp");
        QTest::addColumn<QString>("uri");
        QTest::addColumn<bool>("trusted");
        QTest::newRow("IPv4") << "192.0.2.10"
                              << "coaps://192.0.2.10:5684" << true;
        QTest::newRow("IPv4 other") << "192.0.2.10"
                                    << "coaps://192.0.2.11:5684" << false;
        QTest::newRow("IPv6 compressed") << "2001:db8::1"
                                         << "coaps://[2001:DB8:0:0:0:0:0:1]:5684" << true;
        QTest::newRow("IPv4 vs IPv6") << "192.0.2.10"
                                      << "coaps://[::ffff:192.0.2.10]:5684" << false;
    }
    void ipAddresses_S16()
    {
        QFETCH(QString, sanIp);
        QFETCH(QString, uri);
        QFETCH(bool, trusted);
        const TestCert leaf = makeCert(serverSpec(QStringLiteral("server"), {}, {sanIp}), &m_root);
        const auto host = CertificateVerifier::hostFromServerUri(uri);
        QVERIFY(host.ok());
        const auto r = mustVerify(serverRequest(leaf, m_root, *host));
        QVERIFY2(r.trusted == trusted, qPrintable(describe(r)));
    }

    void commonNameOnlyWithoutSan_S16()
    {
        // No SAN at all: CN is the fallback.
        const TestCert cnOnly = makeCert(serverSpec(QStringLiteral("lwm2m.acme.com")), &m_root);
        auto r = mustVerify(serverRequest(cnOnly, m_root, QStringLiteral("lwm2m.acme.com")));
        QVERIFY2(r.trusted, qPrintable(describe(r)));
        QVERIFY(r.verdict(Rule::S16)->explanation.contains(QLatin1String("CN")));
        // A SAN (even an IP-only one) disables the CN fallback.
        const TestCert withIpSan
            = makeCert(serverSpec(QStringLiteral("lwm2m.acme.com"), {}, {QStringLiteral("192.0.2.1")}), &m_root);
        r = mustVerify(serverRequest(withIpSan, m_root, QStringLiteral("lwm2m.acme.com")));
        QVERIFY(!r.trusted);
        QCOMPARE(r.failedRules(), QList<Rule> {Rule::S16});
    }

    void validityWithTrustedTime_S19_data()
    {
        QTest::addColumn<QDateTime>("time");
        QTest::addColumn<bool>("trusted");
        QTest::newRow("inside") << QDateTime(QDate(2030, 6, 1), QTime(12, 0), Qt::UTC) << true;
        QTest::newRow("notBefore inclusive") << QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC) << true;
        QTest::newRow("one second early") << QDateTime(QDate(2019, 12, 31), QTime(23, 59, 59), Qt::UTC) << false;
        QTest::newRow("expired") << QDateTime(QDate(2040, 1, 1), QTime(0, 0, 1), Qt::UTC) << false;
    }
    void validityWithTrustedTime_S19()
    {
        QFETCH(QDateTime, time);
        QFETCH(bool, trusted);
        const TestCert leaf = makeCert(serverSpec(QStringLiteral("s"), {QStringLiteral("s.example.com")}), &m_root);
        // The Clock is the trusted time source.
        test::MockClock clock(time);
        VerificationRequest request = serverRequest(leaf, m_root, QStringLiteral("s.example.com"));
        request.time = TimePolicy::clock();
        const auto r = mustVerify(request, clock);
        QVERIFY2(r.trusted == trusted, qPrintable(describe(r)));
        QCOMPARE(r.status(Rule::S19), trusted ? VerdictStatus::Pass : VerdictStatus::Fail);
        QCOMPARE(r.time, time);
    }

    void expiredPinnedWithoutTrustedTimeSkipsValidity_S19_S14()
    {
        CertificateSpec spec = serverSpec(QStringLiteral("old"), {QStringLiteral("old.example.com")});
        spec.notBefore = QDateTime(QDate(2015, 1, 1), QTime(0, 0), Qt::UTC);
        spec.notAfter = QDateTime(QDate(2016, 1, 1), QTime(0, 0), Qt::UTC);
        const TestCert selfSigned = makeCert(spec);
        VerificationRequest request;
        request.peerChain << selfSigned.der;
        request.pinned = PinnedTrust {selfSigned.der, MatchingType::Exact, CertificateUsage::DomainIssuedCertificate};
        request.host = QStringLiteral("old.example.com");

        request.time = TimePolicy::at(kNow); // trusted time: expired
        auto r = mustVerify(request);
        QVERIFY(!r.trusted);
        QCOMPARE(r.failedRules(), QList<Rule> {Rule::S19});

        request.time = TimePolicy::untrusted(); // no trusted time: direct trust ignores validity
        r = mustVerify(request);
        QVERIFY2(r.trusted, qPrintable(describe(r)));
        QCOMPARE(r.status(Rule::S19), VerdictStatus::Skipped);
        QCOMPARE(r.status(Rule::S14), VerdictStatus::Pass);
        QCOMPARE(r.skippedChecks.size(), 1);
        QVERIFY(!r.trustedTime);
        QVERIFY(!r.time.isValid());
    }

    void indirectWithoutTrustedTimeNeedsRange_S19_data()
    {
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<QDateTime>("to");
        QTest::addColumn<bool>("trusted");
        QTest::newRow("no range") << QDateTime() << QDateTime() << false;
        QTest::newRow("range inside validity")
            << QDateTime(QDate(2025, 1, 1), QTime(), Qt::UTC) << QDateTime(QDate(2027, 1, 1), QTime(), Qt::UTC) << true;
        QTest::newRow("range reaches past notAfter") << QDateTime(QDate(2039, 1, 1), QTime(), Qt::UTC)
                                                     << QDateTime(QDate(2041, 1, 1), QTime(), Qt::UTC) << false;
        QTest::newRow("range starts before notBefore") << QDateTime(QDate(2019, 1, 1), QTime(), Qt::UTC)
                                                       << QDateTime(QDate(2021, 1, 1), QTime(), Qt::UTC) << false;
        QTest::newRow("reversed range") << QDateTime(QDate(2027, 1, 1), QTime(), Qt::UTC)
                                        << QDateTime(QDate(2025, 1, 1), QTime(), Qt::UTC) << false;
    }
    void indirectWithoutTrustedTimeNeedsRange_S19()
    {
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, to);
        QFETCH(bool, trusted);
        const TestCert leaf = makeCert(serverSpec(QStringLiteral("s"), {QStringLiteral("s.example.com")}), &m_root);
        VerificationRequest request = serverRequest(leaf, m_root, QStringLiteral("s.example.com"));
        request.time = TimePolicy::untrusted(from, to);
        const auto r = mustVerify(request);
        QVERIFY2(r.trusted == trusted, qPrintable(describe(r)));
        QCOMPARE(r.status(Rule::S19), trusted ? VerdictStatus::Pass : VerdictStatus::Fail);
    }

    void clientCommonNameEqualsEndpoint_S18_data()
    {
        QTest::addColumn<QString>("cn");
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<bool>("trusted");
        QTest::newRow("equal") << "urn:imei:490154203237518"
                               << "urn:imei:490154203237518" << true;
        QTest::newRow("different") << "urn:imei:490154203237518"
                                   << "urn:imei:490154203237519" << false;
        QTest::newRow("case differs") << "Sensor-1"
                                      << "sensor-1" << false;
        QTest::newRow("no CN") << ""
                               << "sensor-1" << false;
        QTest::newRow("UTF-8") << "Zähler-7"
                               << "Zähler-7" << true;
    }
    void clientCommonNameEqualsEndpoint_S18()
    {
        QFETCH(QString, cn);
        QFETCH(QString, endpoint);
        QFETCH(bool, trusted);
        const TestCert client = makeCert(clientSpec(cn), &m_intermediate);
        CertificateVerifier verifier;
        const auto r = verifier.verifyClientCertificate({client.der, m_intermediate.der}, {m_root.der}, endpoint,
                                                        TimePolicy::at(kNow));
        QVERIFY(r.ok());
        QVERIFY2(r->trusted == trusted, qPrintable(describe(*r)));
        QCOMPARE(r->status(Rule::S18), trusted ? VerdictStatus::Pass : VerdictStatus::Fail);
        QCOMPARE(r->status(Rule::S16), VerdictStatus::NotApplicable);
        QCOMPARE(r->role, PeerRole::Client);
    }

    void clientFromOtherCaRefused_S15()
    {
        const TestCert otherRoot = makeCert(caSpec(QStringLiteral("Other Root")));
        const TestCert client = makeCert(clientSpec(QStringLiteral("ep-1")), &otherRoot);
        CertificateVerifier verifier;
        const auto r = verifier.verifyClientCertificate({client.der}, {m_root.der}, QStringLiteral("ep-1"),
                                                        TimePolicy::at(kNow));
        QVERIFY(r.ok());
        QVERIFY(!r->trusted);
        QCOMPARE(r->failedRules(), QList<Rule> {Rule::S15});
        QCOMPARE(r->chain.first().status, VerdictStatus::Fail);
    }

    void tamperedSignatureRefused_S13()
    {
        const TestCert leaf = makeCert(serverSpec(QStringLiteral("s"), {QStringLiteral("s.example.com")}), &m_root);
        QByteArray broken = leaf.der;
        broken[broken.size() - 5] = char(broken[broken.size() - 5] ^ 0x5a); // inside the signature
        VerificationRequest request = serverRequest(leaf, m_root, QStringLiteral("s.example.com"));
        request.peerChain[0] = broken;
        const auto r = mustVerify(request);
        QVERIFY(!r.trusted);
        QVERIFY2(r.failedRules().contains(Rule::S13), qPrintable(describe(r)));
    }

    void leafMustAllowItsRole_S13()
    {
        const TestCert clientOnly = makeCert(clientSpec(QStringLiteral("s.example.com")), &m_root);
        const auto r = mustVerify(serverRequest(clientOnly, m_root, QStringLiteral("s.example.com")));
        QVERIFY(!r.trusted);
        QCOMPARE(r.failedRules(), QList<Rule> {Rule::S13});
    }

    void version1PeerRefused_S13()
    {
        CertificateSpec spec = serverSpec(QStringLiteral("s.example.com"));
        spec.version = 1;
        const TestCert v1 = makeCert(spec, &m_root);
        const auto r = mustVerify(serverRequest(v1, m_root, QStringLiteral("s.example.com")));
        QVERIFY(!r.trusted);
        QVERIFY2(r.failedRules().contains(Rule::S13), qPrintable(describe(r)));
    }

    void unparsablePeerRefused_S13()
    {
        VerificationRequest request = serverRequest(m_root, m_root, QStringLiteral("x"));
        request.peerChain = {QByteArray("not a certificate")};
        const auto r = mustVerify(request);
        QVERIFY(!r.trusted);
        QCOMPARE(r.failedRules(), QList<Rule> {Rule::S13});
    }

    void directTrustMatching_S14_data()
    {
        QTest::addColumn<int>("matching");
        QTest::addColumn<bool>("samePin");
        QTest::addColumn<bool>("trusted");
        for (int m = 0; m <= 3; ++m) {
            QTest::addRow("matching %d, same certificate", m) << m << true << true;
            QTest::addRow("matching %d, other certificate", m) << m << false << false;
        }
    }
    void directTrustMatching_S14()
    {
        QFETCH(int, matching);
        QFETCH(bool, samePin);
        QFETCH(bool, trusted);
        const TestCert presented = makeCert(serverSpec(QStringLiteral("dev"), {QStringLiteral("dev.example.com")}));
        const TestCert other = makeCert(serverSpec(QStringLiteral("dev"), {QStringLiteral("dev.example.com")}));
        VerificationRequest request;
        request.peerChain << presented.der;
        request.host = QStringLiteral("dev.example.com");
        request.time = TimePolicy::at(kNow);
        const auto type = MatchingType(matching);
        request.pinned = PinnedTrust {CertificateVerifier::pinnedValue(samePin ? presented.der : other.der, type), type,
                                      CertificateUsage::DomainIssuedCertificate};
        const auto r = mustVerify(request);
        QVERIFY2(r.trusted == trusted, qPrintable(describe(r)));
        QCOMPARE(r.status(Rule::S14), trusted ? VerdictStatus::Pass : VerdictStatus::Fail);
        QCOMPARE(r.status(Rule::S13), VerdictStatus::NotApplicable);
        QCOMPARE(r.mode, TrustMode::Direct);
        QCOMPARE(r.matchingType, matching);
    }

    void certificateUsages_S14_S15_data()
    {
        QTest::addColumn<int>("usage");
        QTest::addColumn<int>("matching");
        QTest::addColumn<QString>("pin"); // "root", "intermediate", "leaf", "stranger"
        QTest::addColumn<bool>("anchors"); // also give --ca root
        QTest::addColumn<bool>("trusted");
        QTest::newRow("0 CA constraint: intermediate in path") << 0 << 0 << "intermediate" << true << true;
        QTest::newRow("0 CA constraint: root hash in path") << 0 << 1 << "root" << true << true;
        QTest::newRow("0 CA constraint: stranger") << 0 << 0 << "stranger" << true << false;
        QTest::newRow("1 service cert: leaf + PKIX") << 1 << 1 << "leaf" << true << true;
        QTest::newRow("1 service cert: wrong leaf") << 1 << 1 << "stranger" << true << false;
        QTest::newRow("2 trust anchor: root exact") << 2 << 0 << "root" << false << true;
        QTest::newRow("2 trust anchor: intermediate hash") << 2 << 1 << "intermediate" << false << true;
        QTest::newRow("2 trust anchor: root hash not sent") << 2 << 2 << "root" << false << false;
        QTest::newRow("2 trust anchor: stranger") << 2 << 0 << "stranger" << false << false;
        QTest::newRow("3 domain-issued: leaf sha512") << 3 << 3 << "leaf" << false << true;
    }
    void certificateUsages_S14_S15()
    {
        QFETCH(int, usage);
        QFETCH(int, matching);
        QFETCH(QString, pin);
        QFETCH(bool, anchors);
        QFETCH(bool, trusted);
        const TestCert leaf
            = makeCert(serverSpec(QStringLiteral("s"), {QStringLiteral("s.example.com")}), &m_intermediate);
        const TestCert stranger = makeCert(caSpec(QStringLiteral("Stranger")));
        const QByteArray pinned = pin == QLatin1String("root") ? m_root.der
            : pin == QLatin1String("intermediate")             ? m_intermediate.der
            : pin == QLatin1String("leaf")                     ? leaf.der
                                                               : stranger.der;
        VerificationRequest request
            = serverRequest(leaf, m_root, QStringLiteral("s.example.com"), {m_intermediate.der});
        if (!anchors)
            request.trustAnchors.clear();
        request.pinned = PinnedTrust {CertificateVerifier::pinnedValue(pinned, MatchingType(matching)),
                                      MatchingType(matching), CertificateUsage(usage)};
        const auto r = mustVerify(request);
        QVERIFY2(r.trusted == trusted, qPrintable(describe(r)));
        if (!trusted)
            QVERIFY2(r.failedRules().contains(Rule::S14) || r.failedRules().contains(Rule::S15),
                     qPrintable(describe(r)));
        QCOMPARE(r.certificateUsage, usage);
    }

    void pinnedNameMismatchIsOnlyAWarning_S14_S16()
    {
        const TestCert selfSigned = makeCert(serverSpec(QStringLiteral("device-a"), {QStringLiteral("a.example.com")}));
        VerificationRequest request;
        request.peerChain << selfSigned.der;
        request.host = QStringLiteral("192.0.2.50");
        request.time = TimePolicy::at(kNow);
        request.pinned = PinnedTrust {selfSigned.der, MatchingType::Exact, CertificateUsage::DomainIssuedCertificate};
        const auto r = mustVerify(request);
        QVERIFY2(r.trusted, qPrintable(describe(r)));
        QCOMPARE(r.status(Rule::S16), VerdictStatus::Warning);
    }

    void requestErrorsNameTheProblem_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("code");
        QTest::newRow("no certificate") << "no-cert"
                                        << "security.verify.noCertificate";
        QTest::newRow("no trust") << "no-trust"
                                  << "security.verify.noTrust";
        QTest::newRow("hash length") << "bad-hash"
                                     << "security.verify.pinnedLength";
        QTest::newRow("usage 1 without anchors") << "usage1"
                                                 << "security.verify.usageNeedsAnchors";
        QTest::newRow("bad anchor") << "bad-anchor"
                                    << "security.verify.anchorUnparsable";
    }
    void requestErrorsNameTheProblem()
    {
        QFETCH(QString, what);
        QFETCH(QString, code);
        VerificationRequest request = serverRequest(m_root, m_root, QStringLiteral("x"));
        if (what == QLatin1String("no-cert"))
            request.peerChain.clear();
        if (what == QLatin1String("no-trust"))
            request.trustAnchors.clear();
        if (what == QLatin1String("bad-hash"))
            request.pinned
                = PinnedTrust {QByteArray(20, 'x'), MatchingType::Sha256, CertificateUsage::DomainIssuedCertificate};
        if (what == QLatin1String("usage1")) {
            request.trustAnchors.clear();
            request.pinned
                = PinnedTrust {m_root.der, MatchingType::Exact, CertificateUsage::ServiceCertificateConstraint};
        }
        if (what == QLatin1String("bad-anchor"))
            request.trustAnchors = {QByteArray("junk")};
        CertificateVerifier verifier;
        const auto r = verifier.verify(request);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QVERIFY(!r.error().userText.isEmpty());
    }

    void hostFromServerUri_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("host");
        QTest::newRow("dns") << "coaps://LwM2M.Example.com:5684"
                             << "lwm2m.example.com";
        QTest::newRow("ipv6") << "coaps://[2001:db8::1]:5684"
                              << "2001:db8::1";
        QTest::newRow("idn") << "coaps://bücher.example:5684"
                             << "xn--bcher-kva.example";
        QTest::newRow("no host") << "coaps://:5684"
                                 << "";
        QTest::newRow("garbage") << "not a uri"
                                 << "";
    }
    void hostFromServerUri()
    {
        QFETCH(QString, uri);
        QFETCH(QString, host);
        const auto r = CertificateVerifier::hostFromServerUri(uri);
        QCOMPARE(r.ok(), !host.isEmpty());
        if (r.ok())
            QCOMPARE(*r, host);
    }

    void jsonNamesEveryRule()
    {
        const TestCert leaf = makeCert(serverSpec(QStringLiteral("s"), {QStringLiteral("*.com")}), &m_root);
        const auto r = mustVerify(serverRequest(leaf, m_root, QStringLiteral("acme.com")));
        const QJsonObject json = r.toJson();
        QCOMPARE(json.value(QStringLiteral("trusted")).toBool(), false);
        QStringList ids;
        for (const QJsonValue& v : json.value(QStringLiteral("rules")).toArray())
            ids << v.toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(ids,
                 (QStringList {QStringLiteral("S9"), QStringLiteral("S11"), QStringLiteral("S13"),
                               QStringLiteral("S14"), QStringLiteral("S15"), QStringLiteral("S16"),
                               QStringLiteral("S17"), QStringLiteral("S18"), QStringLiteral("S19")}));
        QCOMPARE(
            json.value(QStringLiteral("chain")).toArray().first().toObject().value(QStringLiteral("sha256")).toString(),
            Fingerprint::sha256(leaf.der));
        QVERIFY(r.summary().contains(QLatin1String("S17")));
    }

    void verifyAsyncRunsOffTheCallingThread()
    {
        const TestCert leaf = makeCert(serverSpec(QStringLiteral("s"), {QStringLiteral("s.example.com")}), &m_root);
        CertificateVerifier verifier;
        const auto r
            = QCoro::waitFor(verifyInTask(&verifier, serverRequest(leaf, m_root, QStringLiteral("s.example.com"))));
        QVERIFY(r->ok());
        QVERIFY(r->value().trusted);
    }
};

QTEST_GUILESS_MAIN(CertificateVerifierTest)
#include "CertificateVerifierTest.moc"
