// The PIN listener against a peer that is not libcoap: `openssl s_client`.
// S4: a PIN job's listener offers and accepts exactly
// TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA256.
#include "coap/CoapEndpoint.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace lwc;
using namespace lwc::coap;

namespace {

const QByteArray kPin("482913");

struct ClientRun {
    bool finished = false;
    int exitCode = -1;
    QString output;
};

// Starts s_client, waits until it either reports a negotiated cipher or
// exits, then closes its stdin so it quits.
ClientRun runClient(quint16 port, const QString& cipher, const QByteArray& pin)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"),
            {QStringLiteral("s_client"), QStringLiteral("-dtls1_2"), QStringLiteral("-connect"),
             QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("-psk_identity"), QStringLiteral("pin-device"),
             QStringLiteral("-psk"), QString::fromLatin1(pin.toHex()), QStringLiteral("-cipher"), cipher,
             QStringLiteral("-timeout"), QStringLiteral("-no_ign_eof")});
    ClientRun r;
    if (!p.waitForStarted(5000))
        return r;
    QString out;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 10000 && p.state() == QProcess::Running && !out.contains(QStringLiteral("Cipher is"))) {
        QTest::qWait(20); // the listener lives in this event loop
        out += QString::fromUtf8(p.readAll());
    }
    p.closeWriteChannel();
    if (p.state() == QProcess::Running) {
        QElapsedTimer wait;
        wait.start();
        while (p.state() == QProcess::Running && wait.elapsed() < 5000)
            QTest::qWait(20);
    }
    if (p.state() == QProcess::Running) {
        p.kill();
        p.waitForFinished(2000);
    }
    out += QString::fromUtf8(p.readAll());
    r.finished = true;
    r.exitCode = p.exitCode();
    r.output = out;
    return r;
}

} // namespace

class OpensslPeerTest : public QObject {
    Q_OBJECT

    std::unique_ptr<CoapEndpoint> pinListener(QList<PeerSession>* closed, QList<PeerSession>* established)
    {
        auto ep = std::make_unique<CoapEndpoint>();
        ListenConfig c;
        c.mode = SecurityMode::Pin;
        c.pskLookup = [](const QByteArray& id, const PeerSession&) -> std::optional<SecretBytes> {
            if (id == "pin-device")
                return SecretBytes::copyOf(kPin);
            return std::nullopt;
        };
        if (!ep->listen(std::move(c)).ok())
            return nullptr;
        connect(ep.get(), &CoapEndpoint::sessionClosed, this, [closed](const PeerSession& p) { *closed << p; });
        connect(ep.get(), &CoapEndpoint::sessionEstablished, this,
                [established](const PeerSession& p) { *established << p; });
        return ep;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QFAIL("openssl is not installed (scripts/install-deps.sh installs it)");
    }

    void pinListenerRefusesPskCcm8FromOpenssl_S4()
    {
        QList<PeerSession> closed, established;
        auto ep = pinListener(&closed, &established);
        QVERIFY(ep);
        const ClientRun r = runClient(ep->port(), QStringLiteral("PSK-AES128-CCM8"), kPin);
        QVERIFY(r.finished);
        QVERIFY2(!r.output.contains(QStringLiteral("Cipher is PSK-AES128-CCM8")), qPrintable(r.output));
        QVERIFY2(r.output.contains(QStringLiteral("handshake failure")) || r.output.contains(QStringLiteral("alert")),
                 qPrintable(r.output));
        QVERIFY(established.isEmpty());
    }

    void pinListenerRefusesPlainPskCbcFromOpenssl_S4()
    {
        QList<PeerSession> closed, established;
        auto ep = pinListener(&closed, &established);
        QVERIFY(ep);
        const ClientRun r = runClient(ep->port(), QStringLiteral("PSK-AES128-CBC-SHA256"), kPin);
        QVERIFY(!r.output.contains(QStringLiteral("Cipher is PSK-AES128-CBC-SHA256")));
        QVERIFY(established.isEmpty());
    }

    void pinListenerAcceptsEcdhePskFromOpenssl_S4()
    {
        QList<PeerSession> closed, established;
        auto ep = pinListener(&closed, &established);
        QVERIFY(ep);
        const ClientRun r = runClient(ep->port(), QStringLiteral("ECDHE-PSK-AES128-CBC-SHA256"), kPin);
        QVERIFY2(r.output.contains(QStringLiteral("Cipher is ECDHE-PSK-AES128-CBC-SHA256")), qPrintable(r.output));
        QVERIFY2(!r.output.contains(QStringLiteral("alert")), qPrintable(r.output));
        QTRY_COMPARE(established.size(), 1);
        QCOMPARE(established.first().cipherSuite(), QStringLiteral("ECDHE-PSK-AES128-CBC-SHA256"));
        QCOMPARE(established.first().pskIdentity(), QByteArray("pin-device"));
    }

    void wrongPinFromOpensslIsABadKey_S4()
    {
        QList<PeerSession> closed, established;
        auto ep = pinListener(&closed, &established);
        QVERIFY(ep);
        const ClientRun r = runClient(ep->port(), QStringLiteral("ECDHE-PSK-AES128-CBC-SHA256"), QByteArray("000000"));
        // s_client prints the pending suite even when the handshake fails; the
        // server's "bad record mac" alert is what the device sees.
        QVERIFY2(r.output.contains(QStringLiteral("alert bad record mac")), qPrintable(r.output));
        QTRY_VERIFY_WITH_TIMEOUT(!closed.isEmpty(), 5000);
        QCOMPARE(closed.first().closeReason(), CloseReason::BadKey);
        QVERIFY(established.isEmpty());
    }
};

QTEST_GUILESS_MAIN(OpensslPeerTest)
#include "OpensslPeerTest.moc"
