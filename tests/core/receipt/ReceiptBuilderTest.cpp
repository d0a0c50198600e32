// A finished job and its bootstrap report become a receipt: steps, written
// values (secrets by size only), trusted certificates and the verdicts.
#include "receipt/ReceiptBuilder.h"

#include <QCryptographicHash>
#include <QTest>

using namespace lwc;
using namespace lwc::bootstrap;

namespace {

const QString kEndpoint = QStringLiteral("urn:dev:ops:receipt-builder");

BootstrapReport report(const QString& channelMode, const QString& suite)
{
    BootstrapReport r;
    r.endpoint = kEndpoint;
    r.channelMode = channelMode;
    r.cipherSuite = suite;
    r.verdict = BootstrapReport::Verdict::Success;
    auto step = [&r](const QString& name, const QString& code, bool ok = true) {
        StepReport s;
        s.name = name;
        s.code = code;
        s.ok = ok;
        r.steps << s;
    };
    step(QStringLiteral("prepare"), QString());
    step(QStringLiteral("bootstrap-discover"), QStringLiteral("2.05"));
    step(QStringLiteral("write"), QStringLiteral("2.04"));
    step(QStringLiteral("bootstrap-read"), QStringLiteral("2.05"));
    step(QStringLiteral("verify"), QStringLiteral("2.05"));
    step(QStringLiteral("finish"), QStringLiteral("2.04"));
    WrittenInstance w;
    w.path = QStringLiteral("/0/1");
    w.contentFormat = 11542;
    w.shortServerId = 101;
    w.securityMode = QStringLiteral("psk");
    w.uri = QStringLiteral("coaps://lwm2m.example.com:5684");
    w.resources << QStringLiteral("0=\"coaps://lwm2m.example.com:5684\"") << QStringLiteral("2=0")
                << QStringLiteral("3=0x") + QString::fromLatin1(kEndpoint.toUtf8().toHex())
                << QStringLiteral("5=<secret:16 bytes>") << QStringLiteral("10=101");
    r.written << w;
    return r;
}

const VerificationVerdict* find(const QList<VerificationVerdict>& list, Rule rule)
{
    for (const VerificationVerdict& v : list)
        if (v.rule == rule)
            return &v;
    return nullptr;
}

jobs::JobRecord job(jobs::JobState state)
{
    jobs::JobRecord j;
    j.id = QStringLiteral("3f0c2a9e-0000-4000-8000-000000000001");
    j.kind = QStringLiteral("bootstrap");
    j.endpoint = kEndpoint;
    j.state = state;
    j.createdAt = QDateTime(QDate(2026, 3, 14), QTime(9, 0), Qt::UTC);
    j.startedAt = j.createdAt.addMSecs(10);
    j.finishedAt = j.startedAt.addMSecs(1500);
    jobs::JobStep a;
    a.index = 0;
    a.name = QStringLiteral("listen");
    a.state = jobs::StepState::Done;
    a.durationMs = 3;
    jobs::JobStep b;
    b.index = 1;
    b.name = QStringLiteral("write");
    b.detail = QStringLiteral("/0/1");
    b.state = state == jobs::JobState::Succeeded ? jobs::StepState::Done : jobs::StepState::Failed;
    b.durationMs = 40;
    b.rule = state == jobs::JobState::Succeeded ? Rule::None : Rule::S3;
    j.steps << a << b;
    return j;
}

} // namespace

class ReceiptBuilderTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void writtenSecretsBySizeOnly_S26()
    {
        const QList<WrittenValue> values
            = ReceiptBuilder::writtenValues(report(QStringLiteral("psk"), {}).written.first());
        QCOMPARE(values.size(), 5);
        QCOMPARE(values.at(0).path, QStringLiteral("/0/1/0"));
        QCOMPARE(values.at(0).sha256,
                 QCryptographicHash::hash("coaps://lwm2m.example.com:5684", QCryptographicHash::Sha256));
        QCOMPARE(values.at(2).path, QStringLiteral("/0/1/3"));
        QCOMPARE(values.at(2).size, kEndpoint.toUtf8().size());
        QCOMPARE(values.at(2).sha256, QCryptographicHash::hash(kEndpoint.toUtf8(), QCryptographicHash::Sha256));
        const WrittenValue& secret = values.at(3);
        QCOMPARE(secret.path, QStringLiteral("/0/1/5"));
        QVERIFY(secret.secret);
        QCOMPARE(secret.size, qint64(16));
        QVERIFY(secret.sha256.isEmpty());
        QCOMPARE(secret.valueText(), QStringLiteral("<secret:16 bytes>"));
        QCOMPARE(values.at(0).contentFormat, QStringLiteral("application/vnd.oma.lwm2m+tlv"));
    }

    void channelSuiteVerdict_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("suite");
        QTest::addColumn<int>("rule");
        QTest::addColumn<int>("verdict");
        using V = VerificationVerdict::Verdict;
        QTest::newRow("pin over ECDHE-PSK passes S4") << "pin"
                                                      << "ECDHE-PSK-AES128-CBC-SHA256" << int(Rule::S4) << int(V::Pass);
        QTest::newRow("pin over plain PSK fails S4") << "pin"
                                                     << "PSK-AES128-CCM8" << int(Rule::S4) << int(V::Fail);
        QTest::newRow("psk CCM8 passes S7") << "psk"
                                            << "PSK-AES128-CCM8" << int(Rule::S7) << int(V::Pass);
        QTest::newRow("psk with a SHA-1 suite fails S7") << "psk"
                                                         << "PSK-AES128-CBC-SHA" << int(Rule::S7) << int(V::Fail);
        QTest::newRow("nosec is a warning S1") << "nosec"
                                               << "" << int(Rule::S1) << int(V::Warning);
    }
    void channelSuiteVerdict()
    {
        QFETCH(QString, mode);
        QFETCH(QString, suite);
        QFETCH(int, rule);
        QFETCH(int, verdict);
        const auto list = ReceiptBuilder::verification(report(mode, suite), nullptr);
        const VerificationVerdict* v = find(list, Rule(rule));
        QVERIFY(v);
        QCOMPARE(int(v->verdict), verdict);
    }

    void pinChannelWithWrongSuiteFails_S4()
    {
        const auto list
            = ReceiptBuilder::verification(report(QStringLiteral("pin"), QStringLiteral("PSK-AES128-CCM8")), nullptr);
        QCOMPARE(find(list, Rule::S4)->verdict, VerificationVerdict::Verdict::Fail);
    }

    void deviceReturningTheSecretKeyIsFlagged_S20()
    {
        BootstrapReport r = report(QStringLiteral("psk"), QStringLiteral("PSK-AES128-CCM8"));
        QCOMPARE(find(ReceiptBuilder::verification(r, nullptr), Rule::S20)->verdict,
                 VerificationVerdict::Verdict::Pass);
        r.flags << QStringLiteral("S20: the device returned /0/1/5 on read");
        const QList<VerificationVerdict> list = ReceiptBuilder::verification(r, nullptr);
        const VerificationVerdict* v = find(list, Rule::S20);
        QCOMPARE(v->verdict, VerificationVerdict::Verdict::Fail);
        QVERIFY(v->detail.contains(QStringLiteral("/0/1/5")));
    }

    void discoverMismatchFailsAndMissingStepsAreSkipped_S24()
    {
        BootstrapReport r = report(QStringLiteral("psk"), QStringLiteral("PSK-AES128-CCM8"));
        QCOMPARE(find(ReceiptBuilder::verification(r, nullptr), Rule::S24)->verdict,
                 VerificationVerdict::Verdict::Pass);
        r.steps[4].ok = false;
        r.steps[4].message = QStringLiteral("missing or different on the device: /1/0");
        QCOMPARE(find(ReceiptBuilder::verification(r, nullptr), Rule::S24)->verdict,
                 VerificationVerdict::Verdict::Fail);
        r.steps.removeAt(4);
        QCOMPARE(find(ReceiptBuilder::verification(r, nullptr), Rule::S24)->verdict,
                 VerificationVerdict::Verdict::Skipped);
        r.steps.insert(4,
                       StepReport {QStringLiteral("verify"), {}, {}, {}, QStringLiteral("4.04"), 0, true, {}, {}, {}});
        QCOMPARE(find(ReceiptBuilder::verification(r, nullptr), Rule::S24)->verdict,
                 VerificationVerdict::Verdict::Warning);
    }

    void insecureAccountIsMarked_S1()
    {
        BootstrapReport r = report(QStringLiteral("psk"), QStringLiteral("PSK-AES128-CCM8"));
        r.written[0].securityMode = QStringLiteral("nosec");
        const QList<VerificationVerdict> list = ReceiptBuilder::verification(r, nullptr);
        const VerificationVerdict* v = find(list, Rule::S1);
        QVERIFY(v);
        QCOMPARE(v->verdict, VerificationVerdict::Verdict::Warning);
        QVERIFY(v->detail.contains(QStringLiteral("INSECURE")));
    }

    void receiptFromSucceededJob()
    {
        const BootstrapReport r = report(QStringLiteral("psk"), QStringLiteral("PSK-AES128-CCM8"));
        ReceiptBuilder::Context c;
        c.deviceProfile = QStringLiteral("spki");
        c.technician = QStringLiteral("Jo");
        c.extraVerdicts << VerificationVerdict {QStringLiteral("extra"), VerificationVerdict::Verdict::Pass, Rule::S16,
                                                QStringLiteral("host matches")};
        const CommissioningReceipt receipt = ReceiptBuilder::build(job(jobs::JobState::Succeeded), &r, nullptr, c);
        QVERIFY(receipt.validate().ok());
        QCOMPARE(receipt.outcome, CommissioningReceipt::Outcome::Succeeded);
        QCOMPARE(receipt.endpoint, kEndpoint);
        QCOMPARE(receipt.technician, QStringLiteral("Jo"));
        QCOMPARE(receipt.transport, QStringLiteral("coaps"));
        QCOMPARE(receipt.securityMode, QStringLiteral("psk"));
        QCOMPARE(receipt.steps.size(), 2);
        QCOMPARE(receipt.steps.at(1).message, QStringLiteral("/0/1"));
        QCOMPARE(receipt.written.size(), 5);
        QVERIFY(find(receipt.verification, Rule::S16));
        // The receipt survives its own strict parser.
        auto parsed = CommissioningReceipt::fromJson(receipt.toJson());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value(), receipt);
    }

    void receiptFromFailedJobWithoutReport_S3()
    {
        jobs::JobRecord j = job(jobs::JobState::Failed);
        j.error = makeError(QStringLiteral("jobs.deviceTimeout"), QStringLiteral("The device did not connect."));
        const CommissioningReceipt receipt = ReceiptBuilder::build(j, nullptr, nullptr, {});
        QVERIFY(receipt.validate().ok());
        QCOMPARE(receipt.outcome, CommissioningReceipt::Outcome::Failed);
        QCOMPARE(receipt.steps.at(1).status, ReceiptStep::Status::Failed);
        QVERIFY(receipt.steps.at(1).message.startsWith(QStringLiteral("[S3]")));
        QVERIFY(receipt.written.isEmpty());
        QCOMPARE(receipt.verification.size(), 1);
        QCOMPARE(receipt.verification.first().detail, QStringLiteral("The device did not connect."));
        QVERIFY(!receipt.technician.isEmpty());
    }

    void cancelledJobIsCancelled()
    {
        const CommissioningReceipt receipt
            = ReceiptBuilder::build(job(jobs::JobState::Cancelled), nullptr, nullptr, {});
        QCOMPARE(receipt.outcome, CommissioningReceipt::Outcome::Cancelled);
    }
};

QTEST_GUILESS_MAIN(ReceiptBuilderTest)
#include "ReceiptBuilderTest.moc"
