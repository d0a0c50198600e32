// The wizard's choices become plan JSON in the documented format and go
// through BootstrapPlan::fromJson and validate() like a CLI plan.
#include "bootstrap/PlanBuilder.h"

#include "ResultTestHelpers.h"

#include <QTest>

using namespace lwc;
using namespace lwc::bootstrap;

namespace {

const QByteArray kChannelKey = QByteArray::fromHex("3a91c5e07d2b4f68a1e0c93d57b2f4e6");
const QByteArray kAccountKey = QByteArray::fromHex("9f3c1a7be2d45086c1f0a3e9b7d26c54");

PlanRequest pskRequest()
{
    PlanRequest r;
    r.name = QStringLiteral("wizard");
    r.endpoint = QStringLiteral("urn:dev:ops:plan-builder");
    r.channelMode = coap::SecurityMode::Psk;
    r.channelIdentity = r.endpoint;
    r.channelPsk = SecretBytes::copyOf(kChannelKey);
    r.serverUri = QStringLiteral("coaps://lwm2m.example.com:5684");
    r.accountIdentity = r.endpoint;
    r.accountPsk = SecretBytes::copyOf(kAccountKey);
    return r;
}

QStringList codes(const QList<Verdict>& verdicts, Verdict::Severity severity)
{
    QStringList list;
    for (const Verdict& v : verdicts)
        if (v.severity == severity)
            list << v.code;
    return list;
}

} // namespace

class PlanBuilderTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pskPlanParsesWithTheGivenKeys_S21()
    {
        const PlanRequest r = pskRequest();
        auto plan = PlanBuilder::build(r);
        QVERIFY2(plan.ok(), test::errorText(plan).constData());
        QCOMPARE(plan->devices.size(), size_t(1));
        const DevicePlan* d = plan->match(r.endpoint);
        QVERIFY(d);
        QCOMPARE(d->channel.mode, coap::SecurityMode::Psk);
        QCOMPARE(d->channel.pskIdentity, r.endpoint.toUtf8());
        QVERIFY(d->channel.psk.equals(kChannelKey));
        QCOMPARE(d->servers.size(), size_t(1));
        const ServerAccount& a = d->servers.front();
        QCOMPARE(a.shortServerId, 101);
        QCOMPARE(a.uri, r.serverUri);
        QCOMPARE(a.credentials.mode, AccountSecurityMode::Psk);
        QVERIFY(!a.credentials.psk.generate);
        QVERIFY(a.credentials.psk.secret.equals(kAccountKey));
        QVERIFY(d->bootstrapRead);
        QVERIFY(d->verify);
        QVERIFY(codes(plan->validate(), Verdict::Severity::Error).isEmpty());
    }

    void displayJsonShowsNoSecret_S26()
    {
        PlanRequest r = pskRequest();
        r.bootstrapUri = QStringLiteral("coaps://bs.example.com:5784");
        r.bootstrapIdentity = r.endpoint;
        r.bootstrapPsk = SecretBytes::copyOf(QByteArray(32, '\x5a'));
        const QByteArray shown = PlanBuilder::displayJson(r);
        for (const QByteArray& secret : {kChannelKey, kAccountKey, QByteArray(32, '\x5a')}) {
            QVERIFY(!shown.contains(secret.toHex()));
            QVERIFY(!shown.toLower().contains(secret.toHex().toLower()));
            QVERIFY(!shown.contains(secret.toBase64()));
        }
        QVERIFY(shown.contains("<secret:16 bytes>"));
        QVERIFY(shown.contains("<secret:32 bytes>"));
        QVERIFY(shown.contains("coaps://lwm2m.example.com:5684"));
    }

    void generatedAccountKeyWhenNoneGiven_S3()
    {
        PlanRequest r = pskRequest();
        r.accountPsk = SecretBytes();
        r.generatePskBytes = 32;
        auto plan = PlanBuilder::build(r);
        QVERIFY2(plan.ok(), test::errorText(plan).constData());
        const AccountCredentials& c = plan->devices.front().servers.front().credentials;
        QVERIFY(c.psk.generate);
        QCOMPARE(c.generateBytes, 32);
    }

    void pinPlanWarnsAndRewritesTheBootstrapAccount_S4()
    {
        PlanRequest r = pskRequest();
        r.channelMode = coap::SecurityMode::Pin;
        r.channelPsk = SecretBytes();
        r.pin = SecretBytes::copyOf("48291375");
        r.bootstrapUri = QStringLiteral("coaps://127.0.0.1:5684");
        r.bootstrapIdentity = r.endpoint;
        r.bootstrapPsk = SecretBytes::copyOf(
            QByteArray::fromHex("0f1e2d3c4b5a69788796a5b4c3d2e1f00112233445566778899aabbccddeeff0"));
        auto plan = PlanBuilder::build(r);
        QVERIFY2(plan.ok(), test::errorText(plan).constData());
        const DevicePlan& d = plan->devices.front();
        QCOMPARE(d.channel.mode, coap::SecurityMode::Pin);
        QVERIFY(d.channel.pin.equals(QByteArrayView("48291375")));
        QVERIFY(d.bootstrapAccount.has_value());
        QCOMPARE(d.bootstrapAccount->uri, r.bootstrapUri);
        const QList<Verdict> verdicts = plan->validate();
        QVERIFY(codes(verdicts, Verdict::Severity::Error).isEmpty());
        QVERIFY(codes(verdicts, Verdict::Severity::Warning).contains(QStringLiteral("plan.pinForbiddenIn11")));
        QVERIFY(!PlanBuilder::displayJson(r).contains("48291375"));
    }

    void pinThatIsNotPlainDigitsIsEscaped_S4()
    {
        PlanRequest r = pskRequest();
        r.channelMode = coap::SecurityMode::Pin;
        r.channelPsk = SecretBytes();
        r.pin = SecretBytes::copyOf("12\"34\\56");
        auto plan = PlanBuilder::build(r);
        QVERIFY2(plan.ok(), test::errorText(plan).constData());
        QVERIFY(plan->devices.front().channel.pin.equals(QByteArrayView("12\"34\\56")));
    }

    void insecureModesNeedTheExplicitOverride_S1_data()
    {
        QTest::addColumn<bool>("channelNoSec");
        QTest::addColumn<bool>("accountNoSec");
        QTest::addColumn<bool>("allow");
        QTest::addColumn<QString>("errorCode"); // empty: no error
        QTest::addColumn<QString>("warningCode");
        QTest::newRow("channel refused") << true << false << false << QStringLiteral("plan.noSecChannel") << QString();
        QTest::newRow("channel allowed") << true << false << true << QString() << QStringLiteral("plan.noSecChannel");
        QTest::newRow("account refused") << false << true << false << QStringLiteral("plan.noSecAccount") << QString();
        QTest::newRow("account allowed") << false << true << true << QString() << QStringLiteral("plan.noSecAccount");
    }
    void insecureModesNeedTheExplicitOverride_S1()
    {
        QFETCH(bool, channelNoSec);
        QFETCH(bool, accountNoSec);
        QFETCH(bool, allow);
        QFETCH(QString, errorCode);
        QFETCH(QString, warningCode);
        PlanRequest r = pskRequest();
        r.allowInsecure = allow;
        if (channelNoSec) {
            r.channelMode = coap::SecurityMode::NoSec;
            r.channelPsk = SecretBytes();
            r.accountMode = AccountSecurityMode::NoSec;
            r.serverUri = QStringLiteral("coap://127.0.0.1:5683");
        }
        if (accountNoSec) {
            r.accountMode = AccountSecurityMode::NoSec;
            r.serverUri = QStringLiteral("coap://127.0.0.1:5683");
        }
        auto plan = PlanBuilder::build(r);
        QVERIFY2(plan.ok(), test::errorText(plan).constData());
        const QList<Verdict> verdicts = plan->validate();
        const QStringList errors = codes(verdicts, Verdict::Severity::Error);
        if (errorCode.isEmpty())
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char(','))));
        else
            QVERIFY2(errors.contains(errorCode), qPrintable(errors.join(QLatin1Char(','))));
        if (!warningCode.isEmpty())
            QVERIFY(codes(verdicts, Verdict::Severity::Warning).contains(warningCode));
        for (const Verdict& v : verdicts)
            if (v.code == errorCode || v.code == warningCode)
                QCOMPARE(v.rule, Rule::S1);
    }

    void weakImportedKeyIsAnError_S3()
    {
        PlanRequest r = pskRequest();
        r.accountPsk = SecretBytes::copyOf("aaaaaaaaaaaaaaaa");
        auto plan = PlanBuilder::build(r);
        QVERIFY2(plan.ok(), test::errorText(plan).constData());
        QVERIFY(codes(plan->validate(), Verdict::Severity::Error).contains(QStringLiteral("plan.pskLowEntropy")));
    }

    void emptyEndpointIsRefusedByTheParser()
    {
        PlanRequest r = pskRequest();
        r.endpoint.clear();
        auto plan = PlanBuilder::build(r);
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().code, QStringLiteral("plan.invalid"));
    }

    void longIdentitiesSurvive_S8()
    {
        PlanRequest r = pskRequest();
        r.endpoint = QStringLiteral("urn:dev:") + QString(150, QLatin1Char('x'));
        r.channelIdentity = r.endpoint;
        r.accountIdentity = r.endpoint;
        auto plan = PlanBuilder::build(r);
        QVERIFY2(plan.ok(), test::errorText(plan).constData());
        QCOMPARE(plan->devices.front().servers.front().credentials.pskIdentity.size(), qsizetype(158));
        QVERIFY(codes(plan->validate(), Verdict::Severity::Error).isEmpty());
    }
};

QTEST_GUILESS_MAIN(PlanBuilderTest)
#include "PlanBuilderTest.moc"
