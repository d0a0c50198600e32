#include "bootstrap/PinRegistry.h"

#include "LogCapture.h"
#include "MockClock.h"

#include <QTest>

using namespace lwc;
using namespace lwc::bootstrap;
using namespace std::chrono_literals;

class PinRegistryTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pinIsSingleUse_S4()
    {
        test::MockClock clock;
        PinRegistry r(clock);
        QVERIFY(r.add("id", SecretBytes::copyOf("482913"), 10min, 3).ok());
        auto pin = r.beginHandshake("id", 1);
        QVERIFY(pin && pin->equals(QByteArrayView("482913")));
        r.handshakeSucceeded("id", 1);
        QCOMPARE(r.state("id"), PinRegistry::State::InUse);
        QVERIFY(!r.beginHandshake("id", 2)); // nobody else, not even the same device again
        r.consume("id");
        QCOMPARE(r.state("id"), PinRegistry::State::Consumed);
        QVERIFY(!r.beginHandshake("id", 3));
        QCOMPARE(r.refusalReason("id"), QStringLiteral("consumed"));
        // A new PIN may be issued once the old one is finished.
        QVERIFY(r.add("id", SecretBytes::copyOf("771204"), 10min, 3).ok());
    }

    void pinExpires_S4()
    {
        test::MockClock clock;
        PinRegistry r(clock);
        QVERIFY(r.add("id", SecretBytes::copyOf("482913"), 10min, 3).ok());
        clock.advanceSeconds(9 * 60 + 59);
        QCOMPARE(r.state("id"), PinRegistry::State::Fresh);
        clock.advanceSeconds(1);
        QCOMPARE(r.state("id"), PinRegistry::State::Expired);
        QVERIFY(!r.beginHandshake("id", 1));
        QCOMPARE(r.refusalReason("id"), QStringLiteral("expired"));
    }

    void bruteForceBurnsPinWithBackoff_S4()
    {
        test::LogCapture log;
        test::MockClock clock;
        PinRegistry r(clock);
        QVERIFY(r.add("id", SecretBytes::copyOf("482913"), 10min, 3).ok());
        QVERIFY(r.beginHandshake("id", 1));
        r.handshakeFailed("id", 1);
        QCOMPARE(r.failures("id"), 1);
        // Rate limited: an immediate retry is refused without counting.
        QVERIFY(!r.beginHandshake("id", 2));
        QCOMPARE(r.refusalReason("id"), QStringLiteral("rate-limited"));
        QCOMPARE(r.failures("id"), 1);
        clock.advanceSeconds(1);
        QVERIFY(r.beginHandshake("id", 3));
        r.handshakeFailed("id", 3);
        clock.advanceSeconds(1);
        QVERIFY(!r.beginHandshake("id", 4)); // back-off doubled to 2 s
        clock.advanceSeconds(1);
        QVERIFY(r.beginHandshake("id", 5));
        r.handshakeFailed("id", 5);
        QCOMPARE(r.state("id"), PinRegistry::State::Burnt);
        clock.advanceSeconds(3600);
        QVERIFY(!r.beginHandshake("id", 6));
        QVERIFY(log.contains(u"burnt after 3 failed handshakes"));
        QVERIFY(!log.contains(u"482913")); // failed attempts are logged, the PIN never
    }

    void concurrentHandshakeRefused_S4()
    {
        test::MockClock clock;
        PinRegistry r(clock);
        QVERIFY(r.add("id", SecretBytes::copyOf("482913"), 10min, 3).ok());
        QVERIFY(r.beginHandshake("id", 1));
        QVERIFY(!r.beginHandshake("id", 2));
        QVERIFY(r.beginHandshake("id", 1)); // the same handshake asking again is fine
        QVERIFY(!r.add("id", SecretBytes::copyOf("111111"), 10min, 3).ok());
    }

    void unknownIdentity()
    {
        PinRegistry r;
        QVERIFY(!r.beginHandshake("nobody", 1));
        QCOMPARE(r.state("nobody"), PinRegistry::State::Unknown);
    }
};

QTEST_GUILESS_MAIN(PinRegistryTest)
#include "PinRegistryTest.moc"
