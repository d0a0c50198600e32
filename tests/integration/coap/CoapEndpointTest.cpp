// Real libcoap DTLS/UDP on 127.0.0.1: two CoapEndpoints in one Qt event loop.
#include "coap/CoapEndpoint.h"

#include "LogCapture.h"

#include <QCoro/QCoroTask>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

using namespace lwc;
using namespace lwc::coap;
using namespace std::chrono_literals;

namespace {

const QByteArray kIdentity("device-001");

SecretBytes key16()
{
    return SecretBytes::copyOf(QByteArray::fromHex("00112233445566778899aabbccddeeff"));
}

Result<Response> run(QCoro::Task<Result<Response>> task)
{
    return QCoro::waitFor(std::move(task));
}

struct Pair {
    std::unique_ptr<CoapEndpoint> server = std::make_unique<CoapEndpoint>();
    std::unique_ptr<CoapEndpoint> client = std::make_unique<CoapEndpoint>();
    PeerSession clientSession;
    QList<PeerSession> established;
    QList<PeerSession> closed;
    Pair()
    {
        QObject::connect(server.get(), &CoapEndpoint::sessionEstablished, server.get(),
                         [this](const PeerSession& p) { established << p; });
        QObject::connect(server.get(), &CoapEndpoint::sessionClosed, server.get(),
                         [this](const PeerSession& p) { closed << p; });
    }
};

ListenConfig pskListen(SecurityMode mode)
{
    ListenConfig c;
    c.mode = mode;
    c.pskLookup = [](const QByteArray& id, const PeerSession&) -> std::optional<SecretBytes> {
        if (id == kIdentity)
            return key16();
        if (id == "pin-device")
            return SecretBytes::copyOf("493027");
        return std::nullopt;
    };
    return c;
}

} // namespace

class CoapEndpointTest : public QObject {
    Q_OBJECT

    void echoHandler(CoapEndpoint& ep)
    {
        ep.setRequestHandler([](const PeerSession&, const IncomingRequest& r) {
            Response resp;
            resp.code = code::Content;
            resp.contentFormat = 0;
            resp.payload = (methodName(r.method) + QLatin1Char(' ') + r.path + QLatin1Char('?') + r.query.join(u'&')
                            + QLatin1Char(' ') + QString::number(r.payload.size()))
                               .toUtf8();
            return resp;
        });
    }

private Q_SLOTS:
    void noSecRoundTripBothDirections_S1()
    {
        Pair p;
        QVERIFY(
            p.server->listen(ListenConfig {QHostAddress::LocalHost, 0, SecurityMode::NoSec, {}, {}, {}, {}, 100}).ok());
        QVERIFY(p.server->port() != 0);
        echoHandler(*p.server);
        echoHandler(*p.client);
        auto s = p.client->connect(
            ConnectConfig {QHostAddress::LocalHost, p.server->port(), SecurityMode::NoSec, {}, {}, {}, {}, {}});
        QVERIFY(s.ok());
        Request req {
            Method::Post, QStringLiteral("/bs"), {QStringLiteral("ep=dev1"), QStringLiteral("pct=11542")}, {}, {}, {}};
        auto r = run(p.client->request(*s, req));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->code, code::Content);
        QCOMPARE(r->payload, QByteArray("POST /bs?ep=dev1&pct=11542 0"));

        // Server-initiated request back to the device on the same session.
        QTRY_COMPARE(p.established.size(), 1);
        const PeerSession device = p.established.first();
        p.server->hold(device);
        Request put {Method::Put, QStringLiteral("/0/1"), {}, quint16(11542), {}, QByteArray(40, 'x')};
        auto back = run(p.server->request(device, put));
        QVERIFY(back.ok());
        QCOMPARE(back->payload, QByteArray("PUT /0/1? 40"));
        p.server->release(device);
    }

    void blockwiseTransferBothWays()
    {
        Pair p;
        QVERIFY(p.server->listen(pskListen(SecurityMode::Psk)).ok());
        p.server->setRequestHandler([](const PeerSession&, const IncomingRequest& r) {
            Response resp;
            resp.contentFormat = 42;
            resp.payload = r.payload.isEmpty()
                ? QByteArray(5000, 'b')
                : QByteArray::number(r.payload.size()) + ':' + QByteArray::number(qChecksum(r.payload));
            return resp;
        });
        auto s = p.client->connect(ConnectConfig {
            QHostAddress::LocalHost, p.server->port(), SecurityMode::Psk, kIdentity, key16(), {}, {}, {}});
        QVERIFY(s.ok());
        QByteArray big(7000, '\0');
        for (int i = 0; i < big.size(); ++i)
            big[i] = char(i * 7);
        auto up = run(p.client->request(*s, Request {Method::Put, QStringLiteral("/0/1/4"), {}, quint16(42), {}, big}));
        QVERIFY2(up.ok(), qPrintable(up.ok() ? QString() : up.error().toString()));
        QCOMPARE(up->payload, QByteArray::number(big.size()) + ':' + QByteArray::number(qChecksum(big)));
        auto down = run(p.client->request(*s, Request {Method::Get, QStringLiteral("/big"), {}, {}, {}, {}}));
        QVERIFY(down.ok());
        QCOMPARE(down->payload, QByteArray(5000, 'b'));
    }

    void pskBothMandatorySuitesHandshake_S7_data()
    {
        QTest::addColumn<QString>("suite");
        QTest::newRow("TLS_PSK_WITH_AES_128_CCM_8") << QStringLiteral("PSK-AES128-CCM8");
        QTest::newRow("TLS_PSK_WITH_AES_128_CBC_SHA256") << QStringLiteral("PSK-AES128-CBC-SHA256");
    }
    void pskBothMandatorySuitesHandshake_S7()
    {
        QFETCH(QString, suite);
        Pair p;
        QVERIFY(p.server->listen(pskListen(SecurityMode::Psk)).ok());
        echoHandler(*p.server);
        auto s = p.client->connect(ConnectConfig {QHostAddress::LocalHost,
                                                  p.server->port(),
                                                  SecurityMode::Psk,
                                                  kIdentity,
                                                  key16(),
                                                  {},
                                                  {},
                                                  suite.toLatin1()});
        QVERIFY(s.ok());
        auto r = run(
            p.client->request(*s, Request {Method::Post, QStringLiteral("bs"), {QStringLiteral("ep=x")}, {}, {}, {}}));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QTRY_COMPARE(p.established.size(), 1);
        QCOMPARE(p.established.first().cipherSuite(), suite);
        QCOMPARE(p.established.first().pskIdentity(), kIdentity);
        QCOMPARE(ianaSuiteName(suite).startsWith(QStringLiteral("TLS_PSK_WITH_AES_128_")), true);
    }

    void pinListenerRefusesPskCcm8_S4()
    {
        Pair p;
        QVERIFY(p.server->listen(pskListen(SecurityMode::Pin)).ok());
        echoHandler(*p.server);
        auto s = p.client->connect(ConnectConfig {QHostAddress::LocalHost,
                                                  p.server->port(),
                                                  SecurityMode::Pin,
                                                  "pin-device",
                                                  SecretBytes::copyOf("493027"),
                                                  {},
                                                  {},
                                                  "PSK-AES128-CCM8"});
        QVERIFY(s.ok());
        auto r = run(p.client->request(*s, Request {Method::Post, QStringLiteral("bs"), {}, {}, {}, {}}, 8s));
        QVERIFY(!r.ok());
        QVERIFY(p.established.isEmpty());
    }

    void pinListenerAcceptsOnlyEcdhePsk_S4()
    {
        Pair p;
        QVERIFY(p.server->listen(pskListen(SecurityMode::Pin)).ok());
        QCOMPARE(p.server->suitePolicy().allowed, QStringList {QStringLiteral("ECDHE-PSK-AES128-CBC-SHA256")});
        echoHandler(*p.server);
        // The client offers several suites; the listener must pick ECDHE-PSK.
        auto s = p.client->connect(
            ConnectConfig {QHostAddress::LocalHost,
                           p.server->port(),
                           SecurityMode::Pin,
                           "pin-device",
                           SecretBytes::copyOf("493027"),
                           {},
                           {},
                           "PSK-AES128-CCM8:ECDHE-PSK-CHACHA20-POLY1305:ECDHE-PSK-AES128-CBC-SHA256"});
        QVERIFY(s.ok());
        auto r = run(p.client->request(*s, Request {Method::Post, QStringLiteral("bs"), {}, {}, {}, {}}));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QTRY_COMPARE(p.established.size(), 1);
        QCOMPARE(p.established.first().cipherSuite(), QStringLiteral("ECDHE-PSK-AES128-CBC-SHA256"));
    }

    void wrongKeyIsDetectedAtOnce_S3()
    {
        test::LogCapture log;
        Pair p;
        QVERIFY(p.server->listen(pskListen(SecurityMode::Psk)).ok());
        echoHandler(*p.server);
        SecretBytes wrong = SecretBytes::copyOf(QByteArray::fromHex("ffeeddccbbaa99887766554433221100"));
        auto s = p.client->connect(ConnectConfig {
            QHostAddress::LocalHost, p.server->port(), SecurityMode::Psk, kIdentity, std::move(wrong), {}, {}, {}});
        QVERIFY(s.ok());
        auto task = p.client->request(*s, Request {Method::Post, QStringLiteral("bs"), {}, {}, {}, {}}, 5s);
        QTRY_COMPARE_WITH_TIMEOUT(p.closed.size(), 1, 4000);
        QCOMPARE(p.closed.first().closeReason(), CloseReason::BadKey);
        QVERIFY(p.established.isEmpty());
        QVERIFY(!QCoro::waitFor(std::move(task)).ok());
        // Neither key reaches the log (S26).
        QVERIFY(!log.text().contains(QStringLiteral("00112233445566778899aabbccddeeff")));
        QVERIFY(!log.text().contains(QStringLiteral("ffeeddccbbaa99887766554433221100")));
    }

    void unknownIdentityIsRefused_S8()
    {
        Pair p;
        QVERIFY(p.server->listen(pskListen(SecurityMode::Psk)).ok());
        echoHandler(*p.server);
        auto s = p.client->connect(ConnectConfig {
            QHostAddress::LocalHost, p.server->port(), SecurityMode::Psk, QByteArray(128, 'i'), key16(), {}, {}, {}});
        QVERIFY(s.ok());
        auto task = p.client->request(*s, Request {Method::Post, QStringLiteral("bs"), {}, {}, {}, {}}, 5s);
        QTRY_VERIFY_WITH_TIMEOUT(!p.closed.isEmpty(), 6000);
        QCOMPARE(p.closed.first().closeReason(), CloseReason::IdentityRefused);
        QCOMPARE(p.closed.first().pskIdentity(), QByteArray(128, 'i'));
        QVERIFY(!QCoro::waitFor(std::move(task)).ok());
    }

    void timeoutWhenPeerIsSilent()
    {
        // A plain UDP socket that swallows everything stands in for a dead device.
        QUdpSocket sink;
        QVERIFY(sink.bind(QHostAddress::LocalHost, 0));
        CoapEndpoint client;
        auto s = client.connect(
            ConnectConfig {QHostAddress::LocalHost, sink.localPort(), SecurityMode::NoSec, {}, {}, {}, {}, {}});
        QVERIFY(s.ok());
        auto r = run(client.request(*s, Request {Method::Get, QStringLiteral("/3/0"), {}, {}, {}, {}}, 700ms));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("coap.timeout"));
        QVERIFY(r.error().details.contains(QStringLiteral("GET /3/0")));
        QCOMPARE(client.pendingRequestCount(), 0);
    }

    void retransmittedRequestRunsHandlerOnce()
    {
        CoapEndpoint server;
        QVERIFY(
            server.listen(ListenConfig {QHostAddress::LocalHost, 0, SecurityMode::NoSec, {}, {}, {}, {}, 100}).ok());
        int calls = 0;
        server.setRequestHandler([&](const PeerSession&, const IncomingRequest&) {
            ++calls;
            return Response {code::Changed, {}, {}};
        });
        QUdpSocket raw;
        QVERIFY(raw.bind(QHostAddress::LocalHost, 0));
        // CON POST /bs, MID 0x1234, token 0xAB, Uri-Path "bs", Uri-Query "ep=x"
        const QByteArray dgram = QByteArray::fromHex("4102"
                                                     "1234"
                                                     "ab"
                                                     "b2"
                                                     "6273"
                                                     "44"
                                                     "65703d78");
        raw.writeDatagram(dgram, QHostAddress::LocalHost, server.port());
        QTRY_VERIFY(raw.hasPendingDatagrams());
        QByteArray first(int(raw.pendingDatagramSize()), '\0');
        raw.readDatagram(first.data(), first.size());
        raw.writeDatagram(dgram, QHostAddress::LocalHost, server.port());
        QTRY_VERIFY(raw.hasPendingDatagrams());
        QByteArray second(int(raw.pendingDatagramSize()), '\0');
        raw.readDatagram(second.data(), second.size());
        QCOMPARE(calls, 1);
        QCOMPARE(quint8(first.at(1)), code::Changed);
        QCOMPARE(second, first);
    }

    void malformedDatagramsAreIgnored()
    {
        Pair p;
        QVERIFY(
            p.server->listen(ListenConfig {QHostAddress::LocalHost, 0, SecurityMode::NoSec, {}, {}, {}, {}, 100}).ok());
        echoHandler(*p.server);
        QUdpSocket raw;
        for (const QByteArray& junk :
             {QByteArray("\xff\xff"), QByteArray::fromHex("41"), QByteArray::fromHex("4102123401"),
              QByteArray(2000, '\x41'), QByteArray::fromHex("7f000000")})
            raw.writeDatagram(junk, QHostAddress::LocalHost, p.server->port());
        QTest::qWait(100);
        auto s = p.client->connect(
            ConnectConfig {QHostAddress::LocalHost, p.server->port(), SecurityMode::NoSec, {}, {}, {}, {}, {}});
        QVERIFY(s.ok());
        auto r = run(p.client->request(*s, Request {Method::Get, QStringLiteral("/ok"), {}, {}, {}, {}}));
        QVERIFY(r.ok());
        QCOMPARE(r->payload, QByteArray("GET /ok? 0"));
    }

    void droppedTaskCompletesWithoutTheCaller()
    {
        QUdpSocket sink;
        QVERIFY(sink.bind(QHostAddress::LocalHost, 0));
        CoapEndpoint client;
        auto s = client.connect(
            ConnectConfig {QHostAddress::LocalHost, sink.localPort(), SecurityMode::NoSec, {}, {}, {}, {}, {}});
        QVERIFY(s.ok());
        {
            auto task = client.request(*s, Request {Method::Get, QStringLiteral("/3/0"), {}, {}, {}, {}}, 200ms);
            Q_UNUSED(task); // dropped while suspended: QCoro keeps the frame until it finishes
        }
        QTest::qWait(400); // the timeout fires and completes the orphaned frame
        QCOMPARE(client.pendingRequestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(CoapEndpointTest)
#include "CoapEndpointTest.moc"
