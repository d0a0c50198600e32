#include "common/AsyncEvent.h"

#include <QTest>
#include <QTimer>

#include <QCoro/QCoroTask>

using namespace lwc;
using namespace std::chrono_literals;

namespace {
QCoro::Task<int> waitTwice(AsyncEvent* e, int* resumes)
{
    int woken = 0;
    for (int i = 0; i < 2; ++i) {
        e->reset();
        const bool set = co_await e->wait(2s);
        ++*resumes;
        woken += set ? 1 : 0;
    }
    co_return woken;
}

QCoro::Task<bool> waitWithTimeout(AsyncEvent* e, std::chrono::milliseconds t)
{
    co_return co_await e->wait(t);
}
} // namespace

class AsyncEventTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void manySetsResumeOnce()
    {
        AsyncEvent e;
        int resumes = 0;
        // Three sets in one loop turn, then three more: two resumptions, not six.
        QTimer::singleShot(10, [&] {
            e.set();
            e.set();
            e.set();
            QTimer::singleShot(10, [&] {
                e.set();
                e.set();
                e.set();
            });
        });
        QCOMPARE(QCoro::waitFor(waitTwice(&e, &resumes)), 2);
        QCOMPARE(resumes, 2);
        QTest::qWait(50); // no late, duplicate resumption arrives
        QCOMPARE(resumes, 2);
    }

    void timeoutReturnsFalse()
    {
        AsyncEvent e;
        QCOMPARE(QCoro::waitFor(waitWithTimeout(&e, 30ms)), false);
        e.set();
        QCOMPARE(QCoro::waitFor(waitWithTimeout(&e, 30ms)), true); // already set: no wait
    }

    void destroyedEventNeverResumes()
    {
        auto e = std::make_unique<AsyncEvent>();
        auto task = waitWithTimeout(e.get(), -1ms);
        e->set();
        e.reset(); // destroyed before the queued resumption runs
        QTest::qWait(30);
        QVERIFY(!task.isReady());
    }
};

QTEST_GUILESS_MAIN(AsyncEventTest)
#include "AsyncEventTest.moc"
