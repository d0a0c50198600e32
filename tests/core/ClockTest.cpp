#include "MockClock.h"

#include <QTest>

using namespace lwc;

class ClockTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void systemClockIsUtcAndNow()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const QDateTime now = Clock::system().now();
        QCOMPARE(now.timeSpec(), Qt::UTC);
        QVERIFY(qAbs(before.msecsTo(now)) < 5000);
    }

    void mockClockMovesOnlyWhenTold()
    {
        test::MockClock clock;
        const Clock& seam = clock;
        const QDateTime t0 = seam.now();
        QCOMPARE(seam.now(), t0);
        clock.advanceSeconds(600);
        QCOMPARE(t0.secsTo(seam.now()), 600);
        clock.advanceDays(1);
        QCOMPARE(t0.secsTo(seam.now()), 600 + 86400);
        clock.set(QDateTime(QDate(2030, 6, 1), QTime(12, 0), Qt::UTC));
        QCOMPARE(seam.now().date().year(), 2030);
    }
};

QTEST_GUILESS_MAIN(ClockTest)
#include "ClockTest.moc"
