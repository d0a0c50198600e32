#include "common/ProcessHardening.h"

#include <QTest>

using namespace lwc;

class ProcessHardeningTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void disablesCoreDumpsAndPtrace_S26()
    {
        const Status s = hardenProcess();
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
        const HardeningState state = currentHardeningState();
        QVERIFY(state.coreDumpsDisabled);
        QVERIFY(state.notDumpable);
        // Idempotent.
        QVERIFY(hardenProcess().ok());
    }
};

QTEST_GUILESS_MAIN(ProcessHardeningTest)
#include "ProcessHardeningTest.moc"
