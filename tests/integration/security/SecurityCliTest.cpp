// Runs the real commissioner-cli: verify-cert reports the right rule ids for
// the acceptance cases, and the credentials verbs keep secrets out of
// stdout/stderr while enforcing S5.
#include "security/CredentialCodec.h"
#include "security/OpenSslUtil.h"

#include "TestPki.h"

#include "ProcessRunner.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lwc;
using namespace lwc::security;
using namespace lwc::test;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& args, const QString& workDir = {})
{
    // The developer's LWC_CA_PASSPHRASE must not leak into the tests.
    const auto r
        = runProcess(QStringLiteral(LWC_CLI_PATH), args, {{}, workDir, {QStringLiteral("LWC_CA_PASSPHRASE")}, 60000});
    return {r.exitCode, r.outText(), r.err};
}

QJsonObject ruleById(const QJsonObject& report, const QString& id)
{
    for (const QJsonValue& v : report.value(QStringLiteral("rules")).toArray())
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    return {};
}

QStringList failedIds(const QJsonObject& report)
{
    QStringList ids;
    for (const QJsonValue& v : report.value(QStringLiteral("rules")).toArray())
        if (v.toObject().value(QStringLiteral("status")).toString() == QLatin1String("fail"))
            ids << v.toObject().value(QStringLiteral("id")).toString();
    return ids;
}

} // namespace

class SecurityCliTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    TestCert m_root;

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_root = makeCert(caSpec(QStringLiteral("CLI Test Root")));
        write(QStringLiteral("root.pem"), toPem(m_root.der));
    }

    // The "done when" cases, each through the real binary with --json.
    void verifyCertReportsRuleIds_S9_S11_S17_S18_S19_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QStringList>("extraArgs");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("failed");
        QTest::addColumn<QString>("s19");
        QTest::newRow("*.com wildcard") << "wildcard" << QStringList {} << 1 << QStringList {"S16", "S17"} << "pass";
        QTest::newRow("CN != endpoint client certificate")
            << "client" << QStringList {"--endpoint", "urn:dev:other"} << 1 << QStringList {"S18"} << "pass";
        QTest::newRow("CN == endpoint client certificate")
            << "client" << QStringList {"--endpoint", "urn:dev:7"} << 0 << QStringList {} << "pass";
        QTest::newRow("P-192 key") << "p192" << QStringList {} << 1 << QStringList {"S11"} << "pass";
        QTest::newRow("SHA-1 signature") << "sha1" << QStringList {} << 1 << QStringList {"S9"} << "pass";
        QTest::newRow("expired, trusted time")
            << "expired" << QStringList {"--time", "2026-01-01T00:00:00Z"} << 1 << QStringList {"S19"} << "fail";
        QTest::newRow("expired, no trusted time, CA")
            << "expired" << QStringList {"--no-trusted-time"} << 1 << QStringList {"S19"} << "fail";
        QTest::newRow("expired, no trusted time, CA + range")
            << "expired" << QStringList {"--no-trusted-time", "--time-range", "2020-06-01/2020-07-01"} << 0
            << QStringList {} << "pass";
        QTest::newRow("expired, no trusted time, pinned")
            << "expired-pinned" << QStringList {"--no-trusted-time"} << 0 << QStringList {} << "skipped";
        QTest::newRow("expired, trusted time, pinned")
            << "expired-pinned" << QStringList {"--time", "2026-01-01"} << 1 << QStringList {"S19"} << "fail";
        QTest::newRow("valid") << "valid" << QStringList {} << 0 << QStringList {} << "pass";
    }
    void verifyCertReportsRuleIds_S9_S11_S17_S18_S19()
    {
        QFETCH(QString, variant);
        QFETCH(QStringList, extraArgs);
        QFETCH(int, exitCode);
        QFETCH(QStringList, failed);
        QFETCH(QString, s19);

        TestCert cert;
        QString host = QStringLiteral("lwm2m.example.com");
        if (variant == QLatin1String("wildcard")) {
            cert = makeCert(serverSpec(QStringLiteral("wild"), {QStringLiteral("*.com")}), &m_root);
            host = QStringLiteral("example.com");
        } else if (variant == QLatin1String("client")) {
            cert = makeCert(clientSpec(QStringLiteral("urn:dev:7")), &m_root);
        } else if (variant == QLatin1String("p192")) {
            cert = makeCert(serverSpec(QStringLiteral("s"), {host}), makeEcKey("P-192"), &m_root);
        } else if (variant == QLatin1String("sha1")) {
            CertificateSpec spec = serverSpec(QStringLiteral("s"), {host});
            spec.digest = QStringLiteral("SHA1");
            cert = makeCert(spec, &m_root);
        } else if (variant.startsWith(QLatin1String("expired"))) {
            CertificateSpec spec = serverSpec(QStringLiteral("s"), {host});
            spec.notBefore = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
            spec.notAfter = QDateTime(QDate(2021, 1, 1), QTime(0, 0), Qt::UTC);
            cert = variant == QLatin1String("expired-pinned") ? makeCert(spec) : makeCert(spec, &m_root);
        } else {
            cert = makeCert(serverSpec(QStringLiteral("s"), {host}), &m_root);
        }
        const QString certFile = write(variant + QStringLiteral(".pem"), toPem(cert.der));
        QStringList args {QStringLiteral("verify-cert"), QStringLiteral("--cert"), certFile, QStringLiteral("--json")};
        if (variant == QLatin1String("expired-pinned"))
            args << QStringLiteral("--pinned") << certFile;
        else
            args << QStringLiteral("--ca") << m_dir.filePath(QStringLiteral("root.pem"));
        if (variant != QLatin1String("client"))
            args << QStringLiteral("--uri") << QStringLiteral("coaps://%1:5684").arg(host);
        args += extraArgs;

        const Run r = cli(args);
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.out + r.err));
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("trusted")).toBool(), exitCode == 0);
        QCOMPARE(failedIds(report), failed);
        QCOMPARE(ruleById(report, QStringLiteral("S19")).value(QStringLiteral("status")).toString(), s19);
        // Every rule is reported with its id and an explanation.
        for (const QString& id : {QStringLiteral("S9"), QStringLiteral("S11"), QStringLiteral("S13"),
                                  QStringLiteral("S14"), QStringLiteral("S15"), QStringLiteral("S16"),
                                  QStringLiteral("S17"), QStringLiteral("S18"), QStringLiteral("S19")}) {
            QVERIFY2(!ruleById(report, id).value(QStringLiteral("explanation")).toString().isEmpty(), qPrintable(id));
        }
        if (s19 == QLatin1String("skipped"))
            QCOMPARE(report.value(QStringLiteral("skipped")).toArray().size(), 1);
    }

    void verifyCertPinnedByHash_S14()
    {
        const TestCert selfSigned = makeCert(serverSpec(QStringLiteral("dev"), {QStringLiteral("dev.example.com")}));
        const QString certFile = write(QStringLiteral("pinned-leaf.der"), selfSigned.der);
        const QString hashFile
            = write(QStringLiteral("pinned.sha256"), lwc::security::sha256(selfSigned.der).toHex() + "\n");
        Run r = cli({QStringLiteral("verify-cert"), QStringLiteral("--cert"), certFile, QStringLiteral("--pinned"),
                     hashFile, QStringLiteral("--matching-type"), QStringLiteral("1"), QStringLiteral("--uri"),
                     QStringLiteral("coaps://dev.example.com")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QLatin1String("S14 PASS")));
        const QString wrongHash = write(QStringLiteral("wrong.sha256"), QByteArray(64, 'a') + "\n");
        r = cli({QStringLiteral("verify-cert"), QStringLiteral("--cert"), certFile, QStringLiteral("--pinned"),
                 wrongHash, QStringLiteral("--matching-type"), QStringLiteral("1"), QStringLiteral("--uri"),
                 QStringLiteral("coaps://dev.example.com")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains(QLatin1String("S14 FAIL")));
    }

    void verifyCertUsageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no --cert") << QStringList {"--ca", "x", "--uri", "coaps://a"};
        QTest::newRow("no trust") << QStringList {"--cert", "x", "--uri", "coaps://a"};
        QTest::newRow("no --uri for server") << QStringList {"--cert", "x", "--ca", "x"};
        QTest::newRow("time and no-trusted-time") << QStringList {
            "--cert", "x", "--ca", "x", "--uri", "coaps://a", "--time", "2026-01-01", "--no-trusted-time"};
        QTest::newRow("bad matching type")
            << QStringList {"--cert", "x", "--pinned", "x", "--uri", "coaps://a", "--matching-type", "4"};
        QTest::newRow("bad time") << QStringList {"--cert", "x",         "--ca",   "x",
                                                  "--uri",  "coaps://a", "--time", "yesterday"};
        QTest::newRow("usage 1 without ca")
            << QStringList {"--cert", "x", "--pinned", "x", "--usage", "1", "--uri", "coaps://a"};
        QTest::newRow("bad uri") << QStringList {"--cert", "x", "--ca", "x", "--uri", "coaps://"};
        QTest::newRow("unknown option") << QStringList {"--frobnicate"};
    }
    void verifyCertUsageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        const Run r = cli(QStringList {QStringLiteral("verify-cert")} + args);
        QVERIFY2(r.exitCode == 2, qPrintable(r.out + r.err));
        QVERIFY(r.err.contains(QLatin1String("--help")));
    }

    void credentialsKeepSecretsOffTheConsole_S26_S5()
    {
        QTemporaryDir work;
        const QString passFile = work.filePath(QStringLiteral("pass"));
        QFile pass(passFile);
        QVERIFY(pass.open(QIODevice::WriteOnly));
        pass.write("integration passphrase\n");
        pass.close();
        const QString inv = work.filePath(QStringLiteral("inventory.sqlite"));

        Run r = cli({QStringLiteral("credentials"), QStringLiteral("generate"), QStringLiteral("psk"),
                     QStringLiteral("--endpoint"), QStringLiteral("urn:dev:1"), QStringLiteral("--out"),
                     work.filePath(QStringLiteral("dev1.psk")), QStringLiteral("--inventory"), inv});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile pskFile(work.filePath(QStringLiteral("dev1.psk")));
        QVERIFY(pskFile.open(QIODevice::ReadOnly));
        const QByteArray pskHex = pskFile.readAll().trimmed();
        QCOMPARE(pskHex.size(), 32);
        QCOMPARE(pskFile.permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
        QVERIFY(!r.out.contains(QString::fromLatin1(pskHex), Qt::CaseInsensitive));
        QVERIFY(!r.err.contains(QString::fromLatin1(pskHex), Qt::CaseInsensitive));

        // The same PSK imported for another endpoint: S5.
        r = cli({QStringLiteral("credentials"), QStringLiteral("import"), QStringLiteral("--kind"),
                 QStringLiteral("psk"), QStringLiteral("--inventory"), inv, QStringLiteral("--endpoint"),
                 QStringLiteral("urn:dev:2"), work.filePath(QStringLiteral("dev1.psk"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("[S5]")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QString::fromLatin1(pskHex), Qt::CaseInsensitive));

        // Local CA + client certificate; the bootstrap check accepts it for its endpoint only.
        r = cli({QStringLiteral("credentials"), QStringLiteral("generate"), QStringLiteral("ca"),
                 QStringLiteral("--ca-dir"), work.filePath(QStringLiteral("ca")), QStringLiteral("--passphrase-file"),
                 passFile});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({QStringLiteral("credentials"), QStringLiteral("generate"), QStringLiteral("cert"),
                 QStringLiteral("--ca-dir"), work.filePath(QStringLiteral("ca")), QStringLiteral("--passphrase-file"),
                 passFile, QStringLiteral("--endpoint"), QStringLiteral("urn:dev:3"), QStringLiteral("--key-out"),
                 work.filePath(QStringLiteral("dev3.key")), QStringLiteral("--out"),
                 work.filePath(QStringLiteral("dev3.pem")), QStringLiteral("--inventory"), inv});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({QStringLiteral("verify-cert"), QStringLiteral("--cert"), work.filePath(QStringLiteral("dev3.pem")),
                 QStringLiteral("--ca"), work.filePath(QStringLiteral("ca/ca-cert.pem")), QStringLiteral("--endpoint"),
                 QStringLiteral("urn:dev:3")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));

        // Interoperability: OpenSSL reads the encrypted CA key with the passphrase.
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (!openssl.isEmpty()) {
            QProcess p;
            p.start(openssl,
                    {QStringLiteral("pkey"), QStringLiteral("-in"), work.filePath(QStringLiteral("ca/ca-key.pem")),
                     QStringLiteral("-passin"), QStringLiteral("file:") + passFile, QStringLiteral("-noout")});
            QVERIFY(p.waitForFinished(30000));
            QCOMPARE(p.exitCode(), 0);
        }

        // Security object bytes for an RPK device with raw keys (S22).
        r = cli({QStringLiteral("credentials"), QStringLiteral("generate"), QStringLiteral("key"),
                 QStringLiteral("--out"), work.filePath(QStringLiteral("server.key")), QStringLiteral("--public-out"),
                 work.filePath(QStringLiteral("server.pub"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({QStringLiteral("credentials"), QStringLiteral("export"), QStringLiteral("rpk"),
                 QStringLiteral("--key"), work.filePath(QStringLiteral("dev3.key")), QStringLiteral("--server-key"),
                 work.filePath(QStringLiteral("server.pub")), QStringLiteral("--profile"), QStringLiteral("raw"),
                 QStringLiteral("--out-dir"), work.filePath(QStringLiteral("res")), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("res3Bytes")).toInt(), 64);
        QCOMPARE(o.value(QStringLiteral("res5Bytes")).toInt(), 32);
        QCOMPARE(QFileInfo(work.filePath(QStringLiteral("res/res5.bin"))).size(), 32);
        QCOMPARE(QFile(work.filePath(QStringLiteral("res/res5.bin"))).permissions() & QFile::ReadOther,
                 QFile::Permissions());

        // Output files are never silently overwritten.
        r = cli({QStringLiteral("credentials"), QStringLiteral("generate"), QStringLiteral("pin"),
                 QStringLiteral("--out"), work.filePath(QStringLiteral("dev1.psk"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("--force")));
    }

    void credentialsUsageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no action") << QStringList {};
        QTest::newRow("unknown action") << QStringList {"frob"};
        QTest::newRow("generate nothing") << QStringList {"generate"};
        QTest::newRow("psk without --out") << QStringList {"generate", "psk", "--endpoint", "x"};
        QTest::newRow("cert: endpoint and server")
            << QStringList {"generate",   "cert", "--ca-dir",      "d", "--out",     "o",
                            "--endpoint", "e",    "--server-host", "h", "--key-out", "k"};
        QTest::newRow("export unknown") << QStringList {"export", "x"};
        QTest::newRow("import without file") << QStringList {"import"};
    }
    void credentialsUsageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        const Run r = cli(QStringList {QStringLiteral("credentials")} + args);
        QVERIFY2(r.exitCode == 2, qPrintable(r.out + r.err));
    }
};

QTEST_GUILESS_MAIN(SecurityCliTest)
#include "SecurityCliTest.moc"
