#include "VaultDialog.h"
#include "MessageWidget.h"

#include "vault/Vault.h"
#include "vault/VaultStore.h"

#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace lwc;
using namespace lwc::ui;

namespace {

std::unique_ptr<Vault> makeVault(const QString& path)
{
    auto v = std::make_unique<Vault>(std::make_unique<FileVaultStore>(path));
    if (!v->setKdfParams(KdfParams::minimum()).ok()) // fast scrypt for tests
        return nullptr;
    if (!v->load().ok())
        return nullptr;
    return v;
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void type(VaultDialog& d, const char* field, const QString& text)
{
    auto* e = d.findChild<QLineEdit*>(QString::fromLatin1(field));
    QVERIFY(e);
    e->setFocus();
    QTest::keyClicks(e, text);
}

} // namespace

class VaultDialogTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createByKeyboardUnlocksTheVault_S26()
    {
        QTemporaryDir dir;
        auto vault = makeVault(dir.filePath(QStringLiteral("vault.lwcv")));
        QVERIFY(vault);
        QCOMPARE(vault->state(), Vault::State::NoVault);
        VaultDialog d(*vault, VaultDialog::Mode::Create);
        d.show();
        auto* ok = d.findChild<QPushButton*>(QStringLiteral("okPushButton"));
        type(d, "passphraseLineEdit", QStringLiteral("short"));
        type(d, "confirmLineEdit", QStringLiteral("short"));
        QVERIFY(!ok->isEnabled()); // below the minimum length
        d.findChild<QLineEdit*>(QStringLiteral("passphraseLineEdit"))->clear();
        d.findChild<QLineEdit*>(QStringLiteral("confirmLineEdit"))->clear();
        type(d, "passphraseLineEdit", QStringLiteral("correct horse battery"));
        type(d, "confirmLineEdit", QStringLiteral("correct horse battery"));
        QVERIFY(ok->isEnabled());
        QTest::keyClick(d.findChild<QLineEdit*>(QStringLiteral("confirmLineEdit")), Qt::Key_Return);
        QTRY_COMPARE(d.result(), int(QDialog::Accepted));
        QVERIFY(vault->isUnlocked());
        // The fields do not keep the passphrase.
        QVERIFY(d.findChild<QLineEdit*>(QStringLiteral("passphraseLineEdit"))->text().isEmpty());
    }

    void wrongPassphraseChangesNothing_S26()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vault.lwcv"));
        {
            auto v = makeVault(path);
            QVERIFY(v->create(SecretBytes::copyOf("correct horse battery")).ok());
        }
        const QByteArray before = fileBytes(path);
        auto vault = makeVault(path);
        QCOMPARE(vault->state(), Vault::State::Locked);
        VaultDialog d(*vault, VaultDialog::Mode::Unlock);
        d.show();
        type(d, "passphraseLineEdit", QStringLiteral("incorrect horse"));
        QTest::mouseClick(d.findChild<QPushButton*>(QStringLiteral("okPushButton")), Qt::LeftButton);
        auto* message = d.findChild<MessageWidget*>(QStringLiteral("messageWidget"));
        QTRY_VERIFY(message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("Wrong passphrase")));
        QCOMPARE(message->severity(), MessageWidget::Severity::Error);
        QVERIFY(d.isVisible()); // still open for another try
        QCOMPARE(vault->state(), Vault::State::Locked);
        QCOMPARE(fileBytes(path), before);

        type(d, "passphraseLineEdit", QStringLiteral("correct horse battery"));
        QTest::mouseClick(d.findChild<QPushButton*>(QStringLiteral("okPushButton")), Qt::LeftButton);
        QTRY_VERIFY(vault->isUnlocked());
        QCOMPARE(d.result(), int(QDialog::Accepted));
    }

    void repeatedFailuresBackOff()
    {
        QCOMPARE(VaultDialog::backoffSeconds(0), 0);
        QCOMPARE(VaultDialog::backoffSeconds(2), 0);
        QCOMPARE(VaultDialog::backoffSeconds(3), 2);
        QCOMPARE(VaultDialog::backoffSeconds(4), 4);
        QCOMPARE(VaultDialog::backoffSeconds(40), 60);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vault.lwcv"));
        {
            auto v = makeVault(path);
            QVERIFY(v->create(SecretBytes::copyOf("correct horse battery")).ok());
        }
        auto vault = makeVault(path);
        for (int i = 0; i < 3; ++i)
            QVERIFY(!vault->unlock(SecretBytes::copyOf("wrong wrong wrong")).ok());
        VaultDialog d(*vault, VaultDialog::Mode::Unlock);
        d.show();
        type(d, "passphraseLineEdit", QStringLiteral("correct horse battery"));
        auto* ok = d.findChild<QPushButton*>(QStringLiteral("okPushButton"));
        QVERIFY(!ok->isEnabled()); // waiting out the back-off
        QVERIFY(!ok->toolTip().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(ok->isEnabled(), 4000);
    }

    void eventLoopKeepsTickingWhileDerivingTheKey()
    {
        QTemporaryDir dir;
        auto vault = std::make_unique<Vault>(std::make_unique<FileVaultStore>(dir.filePath(QStringLiteral("v.lwcv"))));
        QVERIFY(vault->load().ok()); // default (slow) scrypt parameters
        VaultDialog d(*vault, VaultDialog::Mode::Create);
        d.show();
        type(d, "passphraseLineEdit", QStringLiteral("correct horse battery"));
        type(d, "confirmLineEdit", QStringLiteral("correct horse battery"));
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start(10);
        QTest::mouseClick(d.findChild<QPushButton*>(QStringLiteral("okPushButton")), Qt::LeftButton);
        QVERIFY(d.findChild<QWidget*>(QStringLiteral("busyProgressBar"))->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(vault->isUnlocked(), 20000);
        // scrypt with N=2^17 takes ~0.3 s; the GUI thread kept turning meanwhile.
        QVERIFY2(ticks >= 5, qPrintable(QString::number(ticks)));
    }
};

QTEST_MAIN(VaultDialogTest)
#include "VaultDialogTest.moc"
