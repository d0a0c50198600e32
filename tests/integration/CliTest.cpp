// Runs the real commissioner-cli binary.
#include "ProcessRunner.h"
#include <QJsonDocument>
#include <QJsonObject>

#include <QProcess>
#include <QTest>

class CliTest : public QObject {
    Q_OBJECT

    struct Run {
        int exitCode;
        QString out;
        QString err;
    };
    static Run run(const QStringList& args)
    {
        const auto r = lwc::test::runProcess(QStringLiteral(LWC_CLI_PATH), args, {{}, {}, {}, 30000});
        return {r.exitCode, r.outText(), r.err};
    }

private Q_SLOTS:
    void version()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("commissioner-cli ")));
        QCOMPARE(run({QStringLiteral("-V")}).exitCode, 0);
    }

    void help()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("Usage: commissioner-cli")));
        QVERIFY(r.out.contains(QStringLiteral("Exit codes: 0 ok, 1 failed, 2 usage error.")));
        QVERIFY(r.out.contains(QStringLiteral("info")));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option") << QStringList {QStringLiteral("--frobnicate")}
                                        << QStringLiteral("unknown option '--frobnicate'");
        QTest::newRow("unknown command") << QStringList {QStringLiteral("frobnicate")}
                                         << QStringLiteral("unknown command 'frobnicate'");
        QTest::newRow("no command") << QStringList {} << QStringLiteral("no command given");
        QTest::newRow("verb option") << QStringList {QStringLiteral("info"), QStringLiteral("--nope")}
                                     << QStringLiteral("Unknown option 'nope'");
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("--help")));
    }

    void infoReportsHardening_S26()
    {
        const Run r = run({QStringLiteral("info"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(o.value(QStringLiteral("coreDumpsDisabled")).toBool());
        QVERIFY(o.value(QStringLiteral("notDumpable")).toBool());
        QVERIFY(o.value(QStringLiteral("openssl")).toString().startsWith(QStringLiteral("OpenSSL 3")));
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "CliTest.moc"
