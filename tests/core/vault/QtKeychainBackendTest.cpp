// The real QtKeychain backend. CI has no keychain service (PLATFORM.md), so
// this proves the failure path: a clean vault.keychain.* error, no hang, no
// crash. On a desktop with a keychain, the random entry name is not found.
#include "vault/QtKeychainBackend.h"

#include "ResultTestHelpers.h"

#include <QCoro/QCoroTask>
#include <QElapsedTimer>
#include <QTest>
#include <QUuid>

using namespace lwc;
using namespace std::chrono_literals;

class QtKeychainBackendTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void platformDefaultExists()
    {
        QVERIFY(KeychainBackend::platformDefault(QStringLiteral("LwM2M Commissioner test")) != nullptr);
    }

    void readOfMissingEntryFailsCleanly()
    {
        QtKeychainBackend backend(QStringLiteral("LwM2M Commissioner test"), 10s);
        const QString key = QStringLiteral("missing-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QElapsedTimer timer;
        timer.start();
        auto read = test::awaitResult(backend.read(key));
        QVERIFY(!read.ok());
        QVERIFY2(read.error().code.startsWith(QStringLiteral("vault.keychain.")), test::errorText(read).constData());
        QVERIFY(!read.error().userText.isEmpty());
        qInfo() << "keychain answered" << read.error().code << "in" << timer.elapsed() << "ms";
    }
};

QTEST_GUILESS_MAIN(QtKeychainBackendTest)
#include "QtKeychainBackendTest.moc"
