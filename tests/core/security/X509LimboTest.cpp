// Every x509-limbo case (tests/data/x509-limbo, mapped to the LwM2M policy)
// through the verification engine: the overall verdict must equal the
// case's expected result, and a refusal must name the rule the case is
// about (chain -> S13/S15, name -> S16, wildcard -> S16/S17,
// validity -> S19, key-size -> S11, signature-hash -> S9).
#include "security/CertificateVerifier.h"
#include "security/CredentialCodec.h"

#include "TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace lwc;
using namespace lwc::security;

namespace {

QByteArray pemToDer(const QString& pem)
{
    auto decoded = CredentialCodec::decode(pem.toUtf8());
    if (!decoded.ok() || decoded->blocks.size() != 1)
        return {};
    return decoded->blocks.front().bytes.revealCopy();
}

QList<Rule> rulesFor(const QString& lwm2mRule)
{
    if (lwm2mRule == QLatin1String("chain"))
        return {Rule::S13, Rule::S15};
    if (lwm2mRule == QLatin1String("name"))
        return {Rule::S16};
    if (lwm2mRule == QLatin1String("wildcard"))
        return {Rule::S16, Rule::S17};
    if (lwm2mRule == QLatin1String("validity"))
        return {Rule::S19};
    if (lwm2mRule == QLatin1String("key-size"))
        return {Rule::S11};
    if (lwm2mRule == QLatin1String("signature-hash"))
        return {Rule::S9};
    return {};
}

} // namespace

class X509LimboTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void dataFileIsComplete()
    {
        QFile f(test::dataPath(QStringLiteral("x509-limbo/cases.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(root.value(QStringLiteral("schema_version")).toInt(), 1);
        QCOMPARE(root.value(QStringLiteral("cases")).toArray().size(),
                 root.value(QStringLiteral("case_count")).toInt());
        QVERIFY(root.value(QStringLiteral("case_count")).toInt() >= 47);
    }

    void limboCase_S9_S11_S13_S15_S16_S17_S19_data()
    {
        QTest::addColumn<QJsonObject>("testCase");
        QFile f(test::dataPath(QStringLiteral("x509-limbo/cases.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray cases = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("cases")).toArray();
        for (const QJsonValue& v : cases) {
            const QJsonObject c = v.toObject();
            QTest::newRow(qPrintable(c.value(QStringLiteral("id")).toString())) << c;
        }
    }
    void limboCase_S9_S11_S13_S15_S16_S17_S19()
    {
        QFETCH(QJsonObject, testCase);
        VerificationRequest request;
        request.role = PeerRole::Server;
        request.peerChain << pemToDer(testCase.value(QStringLiteral("peer_certificate")).toString());
        QVERIFY(!request.peerChain.first().isEmpty());
        for (const QJsonValue& pem : testCase.value(QStringLiteral("untrusted_intermediates")).toArray())
            request.peerChain << pemToDer(pem.toString());
        for (const QJsonValue& pem : testCase.value(QStringLiteral("trusted_certs")).toArray())
            request.trustAnchors << pemToDer(pem.toString());
        const QJsonObject peerName = testCase.value(QStringLiteral("expected_peer_name")).toObject();
        request.host = peerName.value(QStringLiteral("value")).toString();
        const QString time = testCase.value(QStringLiteral("validation_time")).toString();
        if (!time.isEmpty())
            request.time = TimePolicy::at(QDateTime::fromString(time, Qt::ISODate));

        CertificateVerifier verifier;
        const auto report = verifier.verify(request);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));

        const bool expectTrusted
            = testCase.value(QStringLiteral("expected_result")).toString() == QLatin1String("SUCCESS");
        QStringList verdicts;
        for (const RuleVerdict& rv : report->verdicts)
            verdicts << QStringLiteral("%1=%2 %3 %4")
                            .arg(ruleId(rv.rule), verdictStatusName(rv.status), rv.explanation, rv.details);
        QVERIFY2(report->trusted == expectTrusted, qPrintable(verdicts.join(QLatin1String("\n  "))));
        if (!expectTrusted) {
            const QList<Rule> expected = rulesFor(testCase.value(QStringLiteral("lwm2m_rule")).toString());
            bool named = false;
            for (Rule r : report->failedRules())
                named = named || expected.contains(r);
            QVERIFY2(named,
                     qPrintable(QStringLiteral("refused, but not for the case's rule:\n  ")
                                + verdicts.join(QLatin1String("\n  "))));
        }
    }
};

QTEST_GUILESS_MAIN(X509LimboTest)
#include "X509LimboTest.moc"
