// The commissioning wizard driven by objectName, headless, against the
// built-in demo device: PSK and PIN walks, cancel mid-provision with the
// recorded state checked, the event loop ticking during a bootstrap, a
// keyboard-only walk and a German walk with a runtime language switch.
#include "wizard/CommissioningWizard.h"
#include "CertificateDialog.h"
#include "LanguageManager.h"
#include "MessageBox.h"
#include "MessageWidget.h"
#include "VaultDialog.h"
#include "wizard/CommissioningRun.h"
#include "wizard/ProvisionPage.h"
#include "wizard/SecretClipboard.h"

#include "devicesim/DemoDevice.h"
#include "inventory/Inventory.h"
#include "receipt/SignedReceipt.h"
#include "security/LocalCaProvider.h"
#include "vault/Vault.h"

#include "ResultTestHelpers.h"
#include "VaultTypist.h"
#include "WizardDriver.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace lwc;
using namespace lwc::ui;
using namespace std::chrono_literals;

using test::child;
using test::forwardButton;
using test::kJobTimeoutMs;
using test::next;
using test::waitForProvision;

class CommissioningWizardTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    WizardServices services() { return test::wizardServices(m_dir.filePath(QString::number(++m_counter))); }
    int m_counter = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init() { QSettings().setValue(QLatin1String(settings::kUseDemo), true); }

    void cleanup()
    {
        // No demo device outlives a test (their coroutines end before exit).
        QTRY_COMPARE_WITH_TIMEOUT(devicesim::DemoDevice::liveCount(), 0, 10000);
    }

    void demoPskWalkThrough()
    {
        CommissioningWizard wizard(services());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(child<QCheckBox>(wizard, "demoDeviceCheckBox")->isChecked());
        QVERIFY(next(wizard)); // Connect
        QCOMPARE(wizard.currentId(), int(IdentifyPageId));
        const QString endpoint = child<QLineEdit>(wizard, "endpointLineEdit")->text();
        QVERIFY(endpoint.startsWith(QStringLiteral("urn:dev:demo:")));
        QVERIFY(next(wizard)); // Identify
        QCOMPARE(wizard.currentId(), int(SecurityPageId));
        QCOMPARE(child<QComboBox>(wizard, "channelModeComboBox")->currentIndex(), 0); // PSK
        QVERIFY(child<QLineEdit>(wizard, "channelKeyLineEdit")->isReadOnly());
        QVERIFY(next(wizard)); // Security
        QCOMPARE(wizard.currentId(), int(ReviewPageId));
        QVERIFY(next(wizard)); // Review: "Start commissioning"
        QCOMPARE(wizard.currentId(), int(ProvisionPageId));
        QVERIFY(waitForProvision(wizard));
        auto* provision = child<ProvisionPage>(wizard, "provisionPage");
        QCOMPARE(provision->finalState(), jobs::JobState::Succeeded);
        QVERIFY(next(wizard)); // Provision
        QCOMPARE(wizard.currentId(), int(VerifyPageId));
        auto* checks = child<QTreeWidget>(wizard, "checksTreeWidget");
        QVERIFY(checks->topLevelItemCount() >= 5);
        for (int i = 0; i < checks->topLevelItemCount(); ++i)
            QVERIFY2(checks->topLevelItem(i)->text(2) != QLatin1String("S20")
                         || checks->topLevelItem(i)->text(1) == QLatin1String("passed"),
                     "S20 must pass against the demo device");
        QVERIFY(next(wizard)); // Verify
        QCOMPARE(wizard.currentId(), int(ReceiptPageId));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.session()->receipt().has_value(), kJobTimeoutMs);
        const SignedReceipt receipt = *wizard.session()->receipt();
        QCOMPARE(receipt.receipt().endpoint, endpoint);
        QCOMPARE(receipt.receipt().outcome, CommissioningReceipt::Outcome::Succeeded);
        QCOMPARE(receipt.receipt().securityMode, QStringLiteral("psk"));
        // Saved as JSON, HTML and PDF; the JSON verifies against the local CA.
        const QStringList files = wizard.session()->receiptFiles();
        QCOMPARE(files.size(), 3);
        for (const QString& f : files)
            QVERIFY2(QFile(f).size() > 0, qPrintable(f));
        QFile json(files.first());
        QVERIFY(json.open(QIODevice::ReadOnly));
        QFile ca(wizard.session()->caProvider().certificatePath());
        QVERIFY(ca.open(QIODevice::ReadOnly));
        const QByteArray signedJson = json.readAll();
        QVERIFY(SignedReceipt::verify(signedJson, ca.readAll()).ok());
        // No secret written to the device appears in the receipt (S26).
        QVERIFY(!signedJson.contains(wizard.session()->request.accountPsk.view().toByteArray().toHex()));
        QVERIFY(!signedJson.contains(wizard.session()->request.channelPsk.view().toByteArray().toHex()));
        QVERIFY(child<QPushButton>(wizard, "exportCredentialsPushButton")->isVisible());
        QVERIFY(next(wizard)); // Finish
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
    }

    void demoPinWalkThrough_S4()
    {
        CommissioningWizard wizard(services());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(next(wizard));
        QVERIFY(next(wizard));
        auto* mode = child<QComboBox>(wizard, "channelModeComboBox");
        mode->setCurrentIndex(1); // PIN
        auto* warning = child<MessageWidget>(wizard, "pinWarningMessageWidget");
        QVERIFY(warning->isVisible());
        QCOMPARE(warning->severity(), MessageWidget::Severity::Warning);
        QVERIFY(warning->text().contains(QStringLiteral("S4")));
        QVERIFY(warning->text().contains(QStringLiteral("1.1")));
        // The PIN shown to the technician: the configured number of digits.
        const QString shown = child<QLabel>(wizard, "pinLabel")->text();
        QString digits = shown;
        digits.remove(QLatin1Char(' '));
        QCOMPARE(digits.size(), CommissioningSession::pinLength());
        for (QChar c : std::as_const(digits))
            QVERIFY(c.isDigit());
        // The simulated device "types" what is shown.
        QCOMPARE(QString::fromUtf8(wizard.session()->request.pin.view().toByteArray()), digits);
        QVERIFY(next(wizard)); // Security
        QVERIFY(next(wizard)); // Review
        QTRY_VERIFY(child<QLabel>(wizard, "pinReminderLabel")->text().contains(shown));
        QVERIFY(waitForProvision(wizard));
        QCOMPARE(child<ProvisionPage>(wizard, "provisionPage")->finalState(), jobs::JobState::Succeeded);
        const auto& report = wizard.session()->run()->job()->report();
        QVERIFY(report.has_value());
        QCOMPARE(report->channelMode, QStringLiteral("pin"));
        QCOMPARE(report->cipherSuite, QStringLiteral("ECDHE-PSK-AES128-CBC-SHA256")); // S4
        bool bootstrapAccountWritten = false;
        for (const auto& w : report->written)
            bootstrapAccountWritten |= w.bootstrapAccount; // the PIN does not stay the credential
        QVERIFY(bootstrapAccountWritten);
        QVERIFY(next(wizard));
        auto* checks = child<QTreeWidget>(wizard, "checksTreeWidget");
        bool s4 = false;
        for (int i = 0; i < checks->topLevelItemCount(); ++i)
            s4 |= checks->topLevelItem(i)->text(2) == QLatin1String("S4")
                && checks->topLevelItem(i)->text(1) == QLatin1String("passed");
        QVERIFY(s4);
        QVERIFY(next(wizard));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.session()->receipt().has_value(), kJobTimeoutMs);
        QCOMPARE(wizard.session()->receipt()->receipt().securityMode, QStringLiteral("pin"));
        QVERIFY(!wizard.session()->receipt()->toJson().contains(digits.toUtf8()));
    }

    void demoX509WalkThrough_S18()
    {
        CommissioningWizard wizard(services());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(next(wizard));
        QVERIFY(next(wizard));
        child<QComboBox>(wizard, "channelModeComboBox")->setCurrentIndex(2); // X.509 channel
        child<QComboBox>(wizard, "accountModeComboBox")->setCurrentIndex(1); // X.509 account
        QVERIFY(next(wizard)); // Security
        // Review: the local CA is created, the listener, the demo device and
        // the account get certificates from it.
        QVERIFY(next(wizard));
        QVERIFY(waitForProvision(wizard));
        QCOMPARE(child<ProvisionPage>(wizard, "provisionPage")->finalState(), jobs::JobState::Succeeded);
        const auto& report = wizard.session()->run()->job()->report();
        QCOMPARE(report->channelMode, QStringLiteral("x509"));
        bool x509Account = false;
        for (const auto& w : report->written)
            x509Account |= w.securityMode == QLatin1String("x509");
        QVERIFY(x509Account);
        QVERIFY(next(wizard));
        QVERIFY(child<QPushButton>(wizard, "checkCertificatePushButton")->isVisible());
        auto* checks = child<QTreeWidget>(wizard, "checksTreeWidget");
        bool s18 = false;
        for (int i = 0; i < checks->topLevelItemCount(); ++i)
            s18 |= checks->topLevelItem(i)->text(2) == QLatin1String("S18");
        QVERIFY(s18);
        // The certificate dialog on /0/x/4: the test answers it like a
        // technician once its verdict is on screen.
        bool answered = false;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&] {
            auto* dialog = qobject_cast<CertificateDialog*>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVerified() || answered)
                return;
            answered = true;
            QVERIFY(dialog->report()->trusted);
            MessageBox::setNextAnswer(QMessageBox::Yes); // "fingerprint not compared: trust anyway?"
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("trustPushButton")), Qt::LeftButton);
        });
        answer.start(20);
        QTest::mouseClick(child<QPushButton>(wizard, "checkCertificatePushButton"), Qt::LeftButton);
        answer.stop();
        QVERIFY(answered);
        QCOMPARE(wizard.session()->extraVerdicts.size(), 1);
        QCOMPARE(wizard.session()->extraVerdicts.first().rule, Rule::S14);
        QCOMPARE(wizard.session()->extraVerdicts.first().verdict, VerificationVerdict::Verdict::Pass);
        QVERIFY(next(wizard));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.session()->receipt().has_value(), kJobTimeoutMs);
        // The server certificate written into /0/x/4 is listed as trusted,
        // and the technician's check is in the signed verdicts.
        const CommissioningReceipt& r = wizard.session()->receipt()->receipt();
        QVERIFY(!r.trusted.isEmpty());
        QVERIFY(r.verification.contains(wizard.session()->extraVerdicts.first()));
    }

    void lockedVaultIsUnlockedToSignTheReceipt_S26()
    {
        // A CA whose passphrase the vault sealed, then the vault locked.
        WizardServices s = services();
        const QString vaultPath = QFileInfo(s.receiptDirectory).absolutePath() + QStringLiteral("/vault.lwcv");
        Vault vault(std::make_unique<FileVaultStore>(vaultPath));
        QVERIFY(vault.load().ok());
        QVERIFY(vault.setKdfParams(KdfParams::minimum()).ok());
        QVERIFY(vault.create(SecretBytes::copyOf("correct horse battery")).ok());
        {
            security::LocalCaProvider provider(s.ca, &vault, Clock::system(), s.caScrypt);
            QVERIFY(test::awaitResult(provider.obtain()).ok());
            QCOMPARE(provider.protection(), security::LocalCaProvider::Protection::Vault);
        }
        vault.lock();
        s.vault = &vault;
        CommissioningWizard wizard(std::move(s));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        for (int i = 0; i < 4; ++i)
            QVERIFY(next(wizard));
        QVERIFY(waitForProvision(wizard));
        QVERIFY(next(wizard)); // Provision
        QVERIFY(next(wizard)); // Verify
        QCOMPARE(wizard.currentId(), int(ReceiptPageId));
        auto* message = child<MessageWidget>(wizard, "receiptMessageWidget");
        auto* unlock = child<QPushButton>(wizard, "unlockVaultPushButton");
        QTRY_VERIFY(unlock->isVisible());
        QCOMPARE(message->severity(), MessageWidget::Severity::Error);
        QVERIFY(message->toolTip().contains(QStringLiteral("ca.vaultLocked")));
        QVERIFY(!wizard.session()->receipt().has_value());

        // The technician mistypes once (nothing changes), then unlocks.
        test::VaultTypist typist(vault, QStringLiteral("wrong horse battery"), QStringLiteral("correct horse battery"));
        QTest::mouseClick(unlock, Qt::LeftButton);
        QCOMPARE(typist.attempts(), 2);
        QVERIFY(vault.isUnlocked());
        QTRY_VERIFY_WITH_TIMEOUT(wizard.session()->receipt().has_value(), kJobTimeoutMs);
        QFile ca(wizard.session()->caProvider().certificatePath());
        QVERIFY(ca.open(QIODevice::ReadOnly));
        QVERIFY(SignedReceipt::verify(wizard.session()->receipt()->toJson(), ca.readAll()).ok());
        QVERIFY(!unlock->isVisible());
    }

    void inventoryRecordsTheJobAndSealsTheKey_S26()
    {
        WizardServices s = services();
        const QString base = QFileInfo(s.receiptDirectory).absolutePath();
        QVERIFY(QDir().mkpath(base));
        auto opened = inventory::Inventory::openSqlite(base + QStringLiteral("/inventory.sqlite"));
        QVERIFY2(opened.ok(), test::errorText(opened).constData());
        std::unique_ptr<inventory::Inventory> inv = std::move(opened).value();
        Vault vault(std::make_unique<FileVaultStore>(base + QStringLiteral("/vault.lwcv")));
        QVERIFY(vault.load().ok());
        QVERIFY(vault.setKdfParams(KdfParams::minimum()).ok());
        QVERIFY(vault.create(SecretBytes::copyOf("correct horse battery")).ok());
        s.inventory = inv.get();
        s.vault = &vault;
        QString endpoint;
        QString jobId;
        {
            CommissioningWizard wizard(s);
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            for (int i = 0; i < 4; ++i)
                QVERIFY(next(wizard));
            QVERIFY(waitForProvision(wizard));
            QCOMPARE(child<ProvisionPage>(wizard, "provisionPage")->finalState(), jobs::JobState::Succeeded);
            endpoint = wizard.session()->request.endpoint;
            jobId = wizard.session()->run()->job()->id();
            QVERIFY(next(wizard));
            QVERIFY(next(wizard));
            QTRY_VERIFY_WITH_TIMEOUT(wizard.session()->receipt().has_value(), kJobTimeoutMs);
            QVERIFY(wizard.session()->serverCredentialsSealed());
            QVERIFY(child<MessageWidget>(wizard, "receiptMessageWidget")->text().contains(QStringLiteral("sealed")));

            // The key the device holds, sealed by the vault and bound to its record (S26).
            const QString purpose = QStringLiteral("psk:/0/1");
            auto blob = inv->sealedSecret(endpoint, purpose);
            QVERIFY2(blob.ok(), test::errorText(blob).constData());
            QVERIFY(!blob->contains(wizard.session()->request.accountPsk.view().toByteArray()));
            const QByteArray bound = QStringLiteral("inventory:%1:%2").arg(endpoint, purpose).toUtf8();
            auto key = vault.open(blob.value(), bound);
            QVERIFY(key.ok());
            QVERIFY(key->equals(wizard.session()->request.accountPsk));
            QVERIFY(!vault.open(blob.value(), QByteArrayLiteral("inventory:other:psk:/0/1")).ok());
            // The signed receipt is in the inventory too.
            auto stored = inv->receipt(jobId);
            QVERIFY(stored.ok());
            QCOMPARE(stored.value(), wizard.session()->receipt()->toJson());
        }
        // The job is in the SQL journal, the device commissioned, the audit chain intact.
        auto job = inv->journal().load(jobId);
        QVERIFY(job.ok());
        QCOMPARE(job->state, jobs::JobState::Succeeded);
        QVERIFY(!job->technician.isEmpty());
        auto device = inv->device(endpoint);
        QVERIFY(device.ok() && device->has_value());
        QCOMPARE((*device)->state, inventory::DeviceState::Commissioned);
        QCOMPARE((*device)->profile, QStringLiteral("default"));
        auto events = inv->audit().events(endpoint);
        QVERIFY(events.ok());
        QStringList actions;
        for (const inventory::AuditEvent& e : events.value())
            actions << e.action;
        QVERIFY2(actions.contains(QStringLiteral("job.started")), qPrintable(actions.join(QLatin1Char(','))));
        QVERIFY(actions.contains(QStringLiteral("job.step")));
        QVERIFY(actions.contains(QStringLiteral("job.finished")));
        auto verified = inv->audit().verify();
        QVERIFY(verified.ok());
        QVERIFY(verified->intact);

        // The same endpoint again: the Identify page wants an explicit re-commission.
        QSettings().setValue(QLatin1String(settings::kUseDemo), false);
        CommissioningWizard again(s);
        again.show();
        child<QComboBox>(again, "listenAddressComboBox")->setEditText(QStringLiteral("127.0.0.1"));
        QVERIFY(next(again));
        QTest::keyClicks(child<QLineEdit>(again, "endpointLineEdit"), endpoint);
        auto* recommission = child<QCheckBox>(again, "recommissionCheckBox");
        QVERIFY(recommission->isVisible());
        QVERIFY(!forwardButton(again)->isEnabled());
        QVERIFY(child<QLabel>(again, "endpointHintLabel")->text().contains(QStringLiteral("commissioned")));
        recommission->setChecked(true);
        QVERIFY(forwardButton(again)->isEnabled());
    }

    void pinCopyCarriesPasswordHintAndIsCleared_S4()
    {
        SecretClipboard clipboard;
        clipboard.setTimeout(50ms);
        QSignalSpy cleared(&clipboard, &SecretClipboard::cleared);
        clipboard.copy(QStringLiteral("48291375"));
        const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
        QVERIFY(mime);
        QCOMPARE(mime->text(), QStringLiteral("48291375"));
        QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArrayLiteral("secret"));
        QTRY_COMPARE(cleared.size(), 1);
        QVERIFY(QGuiApplication::clipboard()->text() != QStringLiteral("48291375"));
    }

    void cancelMidProvisionRecordsCancelled()
    {
        CommissioningWizard wizard(services());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        for (int i = 0; i < 3; ++i)
            QVERIFY(next(wizard));
        QCOMPARE(wizard.currentId(), int(ReviewPageId));
        QVERIFY(next(wizard));
        auto* provision = child<ProvisionPage>(wizard, "provisionPage");
        QTRY_VERIFY(wizard.session()->run() && provision->isRunning());
        jobs::BootstrapJob* job = wizard.session()->run()->job();
        bool cancelled = false;
        // Cancel while the device is being written to: at the first delete.
        connect(job, &jobs::Job::stepChanged, this, [&](int i) {
            if (!cancelled && job->record().steps.value(i).name == QLatin1String("delete")) {
                cancelled = true;
                MessageBox::setNextAnswer(QMessageBox::Yes);
                QTest::mouseClick(child<QPushButton>(wizard, "cancelJobPushButton"), Qt::LeftButton);
            }
        });
        QVERIFY(waitForProvision(wizard));
        QVERIFY(cancelled);
        QVERIFY(MessageBox::lastText().contains(wizard.session()->request.endpoint));
        QCOMPARE(provision->finalState(), jobs::JobState::Cancelled);
        // The journal holds a final, recorded state: nothing left running.
        const auto stored = wizard.session()->run()->journal().load(job->id());
        QVERIFY(stored.ok());
        QCOMPARE(stored->state, jobs::JobState::Cancelled);
        QVERIFY(stored->error.has_value());
        QCOMPARE(stored->error->code, QStringLiteral("bootstrap.cancelled"));
        QVERIFY(!stored->steps.isEmpty());
        for (const jobs::JobStep& s : stored->steps)
            QVERIFY2(s.state != jobs::StepState::Running, qPrintable(s.name));
        QVERIFY(child<QPushButton>(wizard, "retryPushButton")->isEnabled());
        // A cancelled job still gets a signed receipt saying so.
        QVERIFY(next(wizard));
        QCOMPARE(wizard.currentId(), int(ReceiptPageId));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.session()->receipt().has_value(), kJobTimeoutMs);
        QCOMPARE(wizard.session()->receipt()->receipt().outcome, CommissioningReceipt::Outcome::Cancelled);
    }

    void eventLoopKeepsTickingWhileWaitingForTheDevice()
    {
        QSettings().setValue(QLatin1String(settings::kUseDemo), false);
        WizardServices s = services();
        CommissioningWizard wizard(std::move(s));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(!child<QCheckBox>(wizard, "demoDeviceCheckBox")->isChecked());
        child<QComboBox>(wizard, "listenAddressComboBox")->setEditText(QStringLiteral("127.0.0.1"));
        child<QSpinBox>(wizard, "listenPortSpinBox")->setValue(0);
        QVERIFY(next(wizard));
        auto* endpoint = child<QLineEdit>(wizard, "endpointLineEdit");
        endpoint->clear();
        QTest::keyClicks(endpoint, QStringLiteral("urn:dev:ops:tick-0001"));
        QVERIFY(next(wizard));
        QTest::keyClicks(child<QLineEdit>(wizard, "channelKeyLineEdit"),
                         QStringLiteral("9f3c1a7be2d45086c1f0a3e9b7d26c54"));
        child<QLineEdit>(wizard, "serverUriLineEdit")->setText(QStringLiteral("coaps://lwm2m.example.com:5684"));
        QVERIFY(next(wizard));
        QVERIFY(next(wizard));
        auto* provision = child<ProvisionPage>(wizard, "provisionPage");
        QTRY_VERIFY(provision->isRunning() && wizard.session()->run()->job()->port() != 0);

        // The job's coroutine is suspended waiting for a device that never comes;
        // a 5 ms timer must keep firing and the page must keep repainting.
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(5);
        auto* elapsed = child<QLabel>(wizard, "elapsedLabel");
        const QString before = elapsed->text();
        QTest::qWait(500);
        ticker.stop();
        QVERIFY2(ticks >= 25, qPrintable(QStringLiteral("only %1 ticks in 500 ms").arg(ticks)));
        QVERIFY(provision->isRunning());
        QVERIFY(elapsed->text() != before);

        // Closing the wizard asks, cancels, and closes once the job has recorded its end.
        const QString jobId = wizard.session()->run()->job()->id();
        jobs::JobJournal& journal = wizard.session()->run()->journal();
        QSignalSpy finished(&wizard, &CommissioningWizard::jobFinished);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        wizard.reject();
        QTRY_COMPARE(finished.size(), 1);
        QTRY_VERIFY(!wizard.isVisible());
        QCOMPARE(wizard.result(), int(QDialog::Rejected));
        const auto stored = journal.load(jobId);
        QVERIFY(stored.ok());
        QCOMPARE(stored->state, jobs::JobState::Cancelled);
        QCOMPARE(stored->steps.last().name, QStringLiteral("wait-for-device"));
        QCOMPARE(stored->steps.last().state, jobs::StepState::Failed);
    }

    void keyboardOnlyWalkThrough()
    {
        CommissioningWizard wizard(services());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QApplication::setActiveWindow(&wizard);
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        auto enter = [&wizard] {
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &wizard, Qt::Key_Return);
        };
        auto waitEnabled = [&wizard] {
            return QTest::qWaitFor(
                [&] {
                    auto* b = forwardButton(wizard);
                    return b && b->isEnabled();
                },
                kJobTimeoutMs);
        };
        // Connect: Alt+D toggles the demo device off and on again.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_D, Qt::AltModifier);
        // (a mnemonic "animates" the click: it lands a moment later)
        QTRY_VERIFY(!child<QCheckBox>(wizard, "demoDeviceCheckBox")->isChecked());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_D, Qt::AltModifier);
        QTRY_VERIFY(child<QCheckBox>(wizard, "demoDeviceCheckBox")->isChecked());
        enter();
        QTRY_COMPARE(wizard.currentId(), int(IdentifyPageId));
        // Identify: Alt+E reaches the endpoint name.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_E, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(wizard, "endpointLineEdit"));
        enter();
        QTRY_COMPARE(wizard.currentId(), int(SecurityPageId));
        // Security: Alt+M, arrow down: PIN; then back up to PSK.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_M, Qt::AltModifier);
        auto* mode = child<QComboBox>(wizard, "channelModeComboBox");
        QCOMPARE(QApplication::focusWidget(), mode);
        QTest::keyClick(mode, Qt::Key_Down);
        QCOMPARE(mode->currentIndex(), 1);
        QVERIFY(child<QLabel>(wizard, "pinLabel")->isVisible());
        QTest::keyClick(mode, Qt::Key_Up);
        QCOMPARE(mode->currentIndex(), 0);
        enter();
        QTRY_COMPARE(wizard.currentId(), int(ReviewPageId));
        QVERIFY(waitEnabled());
        enter(); // Start commissioning
        QTRY_COMPARE(wizard.currentId(), int(ProvisionPageId));
        QVERIFY(waitForProvision(wizard));
        QVERIFY(waitEnabled());
        enter();
        QTRY_COMPARE(wizard.currentId(), int(VerifyPageId));
        enter();
        QTRY_COMPARE(wizard.currentId(), int(ReceiptPageId));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.session()->receipt().has_value(), kJobTimeoutMs);
        QVERIFY(waitEnabled());
        enter(); // Finish
        QTRY_VERIFY(!wizard.isVisible());
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
    }

    void germanWalkAndRuntimeSwitch()
    {
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("de")));
        {
            CommissioningWizard wizard(services());
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            QCOMPARE(wizard.windowTitle(), QStringLiteral("Neue Inbetriebnahme"));
            QCOMPARE(wizard.currentPage()->title(), QStringLiteral("Verbinden"));
            QCOMPARE(child<QAbstractButton>(wizard, "nextButton")->text(), QStringLiteral("&Weiter >"));
            QVERIFY(next(wizard));
            QCOMPARE(wizard.currentPage()->title(), QStringLiteral("Gerät identifizieren"));
            QVERIFY(next(wizard));
            QCOMPARE(wizard.currentPage()->title(), QStringLiteral("Sicherheit"));
            QVERIFY(next(wizard));
            QCOMPARE(wizard.currentPage()->title(), QStringLiteral("Überblick"));
            QVERIFY(next(wizard));
            QCOMPARE(wizard.currentPage()->title(), QStringLiteral("Einrichten"));
            QVERIFY(waitForProvision(wizard));
            QCOMPARE(child<ProvisionPage>(wizard, "provisionPage")->finalState(), jobs::JobState::Succeeded);
            QVERIFY(next(wizard));
            QCOMPARE(wizard.currentPage()->title(), QStringLiteral("Überprüfen"));
            auto* checks = child<QTreeWidget>(wizard, "checksTreeWidget");
            QCOMPARE(checks->headerItem()->text(0), QStringLiteral("Prüfpunkt"));
            QVERIFY(next(wizard));
            QCOMPARE(wizard.currentPage()->title(), QStringLiteral("Nachweis"));
            QTRY_VERIFY_WITH_TIMEOUT(wizard.session()->receipt().has_value(), kJobTimeoutMs);
            // Runtime switch back to English: the open page retranslates.
            QVERIFY(languages.setLanguage(QStringLiteral("en")));
            QTRY_COMPARE(wizard.currentPage()->title(), QStringLiteral("Receipt"));
            QCOMPARE(child<QAbstractButton>(wizard, "finishButton")->text(), QStringLiteral("&Finish"));
        }
    }

    void noSecNeedsTheExplicitOverride_S1()
    {
        CommissioningWizard wizard(services());
        wizard.show();
        QVERIFY(next(wizard));
        QVERIFY(next(wizard));
        child<QComboBox>(wizard, "channelModeComboBox")->setCurrentIndex(3); // NoSec
        auto* allow = child<QCheckBox>(wizard, "allowInsecureCheckBox");
        QVERIFY(allow->isVisible());
        QVERIFY(child<QLabel>(wizard, "insecureBadgeLabel")->text().contains(QStringLiteral("INSECURE")));
        QVERIFY(!forwardButton(wizard)->isEnabled());
        allow->setChecked(true);
        QVERIFY(forwardButton(wizard)->isEnabled());
        // Still a secure server account over an insecure channel: the plan says S2.
        QVERIFY(next(wizard));
        auto* verdicts = child<QTreeWidget>(wizard, "verdictTreeWidget");
        QTRY_VERIFY(verdicts->topLevelItemCount() > 0);
        QStringList rules;
        for (int i = 0; i < verdicts->topLevelItemCount(); ++i)
            rules << verdicts->topLevelItem(i)->text(1);
        QVERIFY2(rules.contains(QStringLiteral("S1")), qPrintable(rules.join(QLatin1Char(','))));
        QVERIFY(rules.contains(QStringLiteral("S2")));
    }

    void weakChannelKeyIsRefusedInline_S3()
    {
        QSettings().setValue(QLatin1String(settings::kUseDemo), false);
        CommissioningWizard wizard(services());
        wizard.show();
        child<QComboBox>(wizard, "listenAddressComboBox")->setEditText(QStringLiteral("127.0.0.1"));
        child<QSpinBox>(wizard, "listenPortSpinBox")->setValue(0);
        QVERIFY(next(wizard));
        QTest::keyClicks(child<QLineEdit>(wizard, "endpointLineEdit"), QStringLiteral("urn:dev:ops:weak"));
        QVERIFY(next(wizard));
        QTest::keyClicks(child<QLineEdit>(wizard, "channelKeyLineEdit"),
                         QStringLiteral("00000000000000000000000000000000"));
        child<QLineEdit>(wizard, "serverUriLineEdit")->setText(QStringLiteral("coaps://lwm2m.example.com:5684"));
        QVERIFY(child<QLabel>(wizard, "channelKeyHintLabel")->text().startsWith(QStringLiteral("[S3]")));
        QVERIFY(next(wizard)); // enabled: 16 bytes; refused on Next with the reason
        QCOMPARE(wizard.currentId(), int(SecurityPageId));
        auto* message = child<MessageWidget>(wizard, "securityMessageWidget");
        QVERIFY(message->isVisible());
        QCOMPARE(message->severity(), MessageWidget::Severity::Error);
        QVERIFY(message->text().contains(QStringLiteral("[S3]")));
    }
};

QTEST_MAIN(CommissioningWizardTest)
#include "CommissioningWizardTest.moc"
