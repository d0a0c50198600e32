// The main window over a real workspace: a SQLite inventory and a vault
// file in a temporary folder, the demo device commissioned from the main
// window, the device list, job history, receipt, audit verify/export, the
// per-device log, the vault menu (S26), the settings dialog, and the crash
// test (a job killed mid-provision is shown interrupted on the next start).
#include "LanguageManager.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "MessageWidget.h"
#include "SettingsDialog.h"
#include "FileDialog.h"
#include "VaultDialog.h"
#include "Workspace.h"
#include "wizard/CommissioningWizard.h"

#include "common/Log.h"
#include "devicesim/DemoDevice.h"
#include "inventory/DeviceListModel.h"
#include "inventory/Inventory.h"
#include "inventory/JobHistoryModel.h"
#include "vault/Vault.h"

#include "FakeKeychain.h"
#include "ResultTestHelpers.h"
#include "VaultTypist.h"
#include "WizardDriver.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace lwc;
using namespace lwc::ui;
using test::child;

namespace {
const QByteArray kPassphrase = "correct horse battery";
}

class MainWindowWorkspaceTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    QString newBase() { return m_dir.filePath(QString::number(++m_counter)); }

    static Workspace::Locations locations(const QString& base)
    {
        return {base + QStringLiteral("/inventory.sqlite"), base + QStringLiteral("/vault.lwcv"),
                base + QStringLiteral("/receipts")};
    }

    static void openWorkspace(Workspace& workspace, const QString& base)
    {
        workspace.setWizardDefaults(test::wizardServices(base));
        workspace.open(locations(base));
    }

    static QList<inventory::AuditEvent> auditEvents(Workspace& workspace, const QString& action)
    {
        QList<inventory::AuditEvent> found;
        const auto events = workspace.inventory()->audit().events();
        if (events)
            for (const inventory::AuditEvent& e : *events)
                if (e.action == action)
                    found << e;
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        installLogHandler();
    }

    void init()
    {
        QSettings().clear();
        QSettings().setValue(QLatin1String(settings::kUseDemo), true);
    }

    void cleanup() { QTRY_COMPARE_WITH_TIMEOUT(devicesim::DemoDevice::liveCount(), 0, 10000); }

    void commissionsTheDemoDeviceFromTheMainWindow_S26()
    {
        const QString base = newBase();
        Workspace workspace;
        openWorkspace(workspace, base);
        QVERIFY(workspace.openProblems().isEmpty());
        QVERIFY(workspace.inventory());
        QCOMPARE(workspace.vault()->state(), Vault::State::NoVault);
        QVERIFY(workspace.vault()->setKdfParams(KdfParams::minimum()).ok());
        QVERIFY(workspace.vault()->create(SecretBytes::copyOf(kPassphrase)).ok());

        LanguageManager languages;
        MainWindow window(&languages, &workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* pages = window.findChild<QStackedWidget*>();
        QCOMPARE(pages->currentIndex(), 0); // welcome: nothing commissioned yet
        QCOMPARE(child<QLabel>(window, "vaultStatusLabel")->text(), QStringLiteral("Vault unlocked"));

        QTest::mouseClick(child<QPushButton>(window, "welcomeStartPushButton"), Qt::LeftButton);
        auto* wizard = window.findChild<CommissioningWizard*>();
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        QSignalSpy finished(wizard, &CommissioningWizard::jobFinished);
        for (int i = 0; i < 4; ++i)
            QVERIFY(test::next(*wizard));
        QVERIFY(test::waitForProvision(*wizard));
        QCOMPARE(finished.size(), 1);
        const QString endpoint = wizard->session()->request.endpoint;
        const QString jobId = finished.at(0).at(0).toString();
        QVERIFY(test::next(*wizard)); // Provision
        QVERIFY(test::next(*wizard)); // Verify
        QTRY_VERIFY_WITH_TIMEOUT(wizard->session()->receipt().has_value(), test::kJobTimeoutMs);
        QVERIFY(test::next(*wizard)); // Finish
        QTRY_VERIFY(!window.findChild<CommissioningWizard*>());

        // The device list shows the device, selected, with its job.
        QCOMPARE(pages->currentIndex(), 1);
        inventory::DeviceListModel* devices = window.deviceModel();
        QCOMPARE(devices->totalCount(), 1);
        const int row = devices->rowOf(endpoint);
        QVERIFY(row >= 0);
        QCOMPARE(devices->deviceAt(row).state, inventory::DeviceState::Commissioned);
        auto* deviceView = child<QTableView>(window, "deviceTableView");
        QCOMPARE(deviceView->currentIndex().row(), row);
        QCOMPARE(window.jobModel()->rowCount(), 1);
        QCOMPARE(window.jobModel()->jobAt(0).id, jobId);
        QCOMPARE(window.jobModel()->jobAt(0).state, jobs::JobState::Succeeded);
        QVERIFY(child<QLabel>(window, "deviceStatusLabel")->text().contains(QStringLiteral("1 device")));

        // The server key went into the vault, sealed (S26).
        QVERIFY(workspace.inventory()->sealedSecret(endpoint, QStringLiteral("psk:/0/1")).ok());

        // The stored receipt, shown from the job history.
        auto* receiptButton = child<QPushButton>(window, "showReceiptPushButton");
        QVERIFY(receiptButton->isEnabled());
        QTest::mouseClick(receiptButton, Qt::LeftButton);
        QDialog* receipt = nullptr;
        QTRY_VERIFY((receipt = window.findChild<QDialog*>(QStringLiteral("receiptDialog"))));
        const QString html = receipt->findChild<QTextBrowser*>()->toPlainText();
        QVERIFY(html.contains(endpoint));
        QVERIFY(html.contains(QStringLiteral("SUCCEEDED")));
        receipt->close();

        // The audit log: intact, and exported as JSON lines without a secret.
        window.findChild<QAction*>(QStringLiteral("verifyAuditAction"))->trigger();
        auto* message = window.messageWidget();
        QCOMPARE(message->severity(), MessageWidget::Severity::Positive);
        QVERIFY2(message->text().contains(QStringLiteral("intact")), qPrintable(message->text()));
        const QString exported = base + QStringLiteral("/audit.jsonl");
        FileDialog::setNextAnswer(exported);
        window.findChild<QAction*>(QStringLiteral("exportAuditAction"))->trigger();
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        int lines = 0;
        bool jobFinishedSeen = false;
        for (const QByteArray& line : file.readAll().split('\n')) {
            if (line.isEmpty())
                continue;
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            QVERIFY(!o.isEmpty());
            jobFinishedSeen |= o.value(QStringLiteral("action")).toString() == QLatin1String("job.finished")
                && o.value(QStringLiteral("jobId")).toString() == jobId;
            ++lines;
        }
        QVERIFY(lines >= 3);
        QVERIFY(jobFinishedSeen);
    }

    void filterAndPerDeviceLog()
    {
        const QString base = newBase();
        Workspace workspace;
        openWorkspace(workspace, base);
        inventory::Inventory* inv = workspace.inventory();
        QVERIFY(inv);
        for (int i = 1; i <= 300; ++i)
            QVERIFY(inv->ensureDevice(QStringLiteral("urn:dev:ops:meter-%1").arg(i), QStringLiteral("meter")).ok());
        QVERIFY(inv->ensureDevice(QStringLiteral("urn:dev:ops:valve-1"), QStringLiteral("valve")).ok());
        QVERIFY(inv->setDeviceState(QStringLiteral("urn:dev:ops:valve-1"), inventory::DeviceState::Interrupted, {})
                    .ok());

        LanguageManager languages;
        MainWindow window(&languages, &workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.deviceModel()->rowCount(), 301);
        // Natural order: meter-2 before meter-10.
        QCOMPARE(window.deviceModel()->deviceAt(1).endpoint, QStringLiteral("urn:dev:ops:meter-2"));

        // Keyboard: Ctrl+F focuses the filter; typing filters once the user pauses.
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        auto* filter = child<QLineEdit>(window, "deviceFilterLineEdit");
        QTRY_VERIFY(filter->hasFocus());
        QTest::keyClicks(filter, QStringLiteral("interrupted"));
        QTRY_COMPARE(window.deviceModel()->rowCount(), 1);
        QCOMPARE(child<QLabel>(window, "deviceCountLabel")->text(), QStringLiteral("1 of 301 devices"));
        QTest::keyClick(filter, Qt::Key_Return);
        auto* view = child<QTableView>(window, "deviceTableView");
        QVERIFY(view->hasFocus());
        QCOMPARE(view->currentIndex().row(), 0);

        // The log pane, filtered by the selected device.
        {
            LogContextScope scope(QStringLiteral("urn:dev:ops:valve-1"));
            qCInfo(lcUi) << "line for the valve";
        }
        {
            LogContextScope scope(QStringLiteral("urn:dev:ops:meter-7"));
            qCInfo(lcUi) << "line for a meter";
        }
        auto* log = child<QPlainTextEdit>(window, "logPlainTextEdit");
        QTRY_VERIFY(log->toPlainText().contains(QStringLiteral("line for a meter")));
        child<QCheckBox>(window, "logForDeviceCheckBox")->setChecked(true);
        QVERIFY(log->toPlainText().contains(QStringLiteral("line for the valve")));
        QVERIFY(!log->toPlainText().contains(QStringLiteral("line for a meter")));
        {
            LogContextScope scope(QStringLiteral("urn:dev:ops:meter-7"));
            qCInfo(lcUi) << "another meter line";
        }
        QTest::qWait(50);
        QVERIFY(!log->toPlainText().contains(QStringLiteral("another meter line")));

        filter->clear();
        QTRY_COMPARE(window.deviceModel()->rowCount(), 301);
    }

    void vaultMenuFollowsTheVaultAndAuditsIt_S26()
    {
        const QString base = newBase();
        Workspace workspace;
        openWorkspace(workspace, base);
        Vault* vault = workspace.vault();
        QVERIFY(vault->setKdfParams(KdfParams::minimum()).ok());
        LanguageManager languages;
        MainWindow window(&languages, &workspace);
        window.show();
        auto* unlock = window.findChild<QAction*>(QStringLiteral("unlockVaultAction"));
        auto* lock = window.findChild<QAction*>(QStringLiteral("lockVaultAction"));
        auto* create = window.findChild<QAction*>(QStringLiteral("createVaultAction"));
        auto* status = child<QLabel>(window, "vaultStatusLabel");
        QCOMPARE(status->text(), QStringLiteral("No vault"));
        QVERIFY(create->isEnabled() && !unlock->isEnabled() && !lock->isEnabled());

        QVERIFY(vault->create(SecretBytes::copyOf(kPassphrase)).ok());
        QCOMPARE(status->text(), QStringLiteral("Vault unlocked"));
        QVERIFY(lock->isEnabled() && !create->isEnabled());
        lock->trigger();
        QCOMPARE(vault->state(), Vault::State::Locked);
        QCOMPARE(status->text(), QStringLiteral("Vault locked"));
        QVERIFY(unlock->isEnabled());

        // Vault > Unlock: one wrong passphrase (nothing changes), then the right one.
        test::VaultTypist typist(*vault, QStringLiteral("wrong horse battery"), QString::fromUtf8(kPassphrase));
        unlock->trigger();
        QCOMPARE(typist.attempts(), 2);
        QVERIFY(vault->isUnlocked());
        QCOMPARE(status->text(), QStringLiteral("Vault unlocked"));

        QCOMPARE(auditEvents(workspace, QStringLiteral("vault.created")).size(), 1);
        QCOMPARE(auditEvents(workspace, QStringLiteral("vault.locked")).size(), 1);
        QCOMPARE(auditEvents(workspace, QStringLiteral("vault.unlockFailed")).size(), 1);
        QCOMPARE(auditEvents(workspace, QStringLiteral("vault.unlocked")).size(), 1);
        for (const inventory::AuditEvent& e : auditEvents(workspace, QStringLiteral("vault.unlockFailed"))) {
            QCOMPARE(e.rule, Rule::S26);
            const QByteArray json = QJsonDocument(e.toJson()).toJson();
            QVERIFY(!json.contains("horse")); // never the passphrase, right or wrong
        }
        QVERIFY(workspace.inventory()->audit().verify()->intact);
    }

    void keychainUnlockIsSwitchedFromTheVaultMenu_S26()
    {
        const QString base = newBase();
        auto keychain = std::make_shared<test::FakeKeychain>();
        Workspace workspace;
        workspace.setWizardDefaults(test::wizardServices(base));
        workspace.open(locations(base), keychain);
        Vault* vault = workspace.vault();
        QVERIFY(vault->setKdfParams(KdfParams::minimum()).ok());
        LanguageManager languages;
        MainWindow window(&languages, &workspace);
        auto* action = window.findChild<QAction*>(QStringLiteral("keychainUnlockAction"));
        QVERIFY(action->isVisible());
        QVERIFY(!action->isEnabled()); // no vault yet
        QVERIFY(vault->create(SecretBytes::copyOf(kPassphrase)).ok());
        QVERIFY(action->isEnabled() && !action->isChecked());
        action->trigger();
        QTRY_VERIFY(vault->keychainUnlockEnabled());
        QTRY_VERIFY(action->isChecked() && action->isEnabled());
        vault->lock();
        QVERIFY(!action->isEnabled());
        QVERIFY(test::awaitResult(vault->unlockWithKeychain()).ok());
        QVERIFY(vault->isUnlocked());
        QCOMPARE(auditEvents(workspace, QStringLiteral("vault.keychainEnabled")).size(), 1);
        action->trigger();
        QTRY_VERIFY(!vault->keychainUnlockEnabled());
        QTRY_COMPARE(auditEvents(workspace, QStringLiteral("vault.keychainDisabled")).size(), 1);
    }

    void settingsDialogStoresWhatTheWizardReads()
    {
        LanguageManager languages;
        SettingsDialog dialog(&languages);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* uri = child<QLineEdit>(dialog, "serverUriLineEdit");
        auto* message = child<MessageWidget>(dialog, "settingsMessageWidget");
        uri->setText(QStringLiteral("http://lwm2m.example.com"));
        QVERIFY(!dialog.apply());
        QCOMPARE(message->severity(), MessageWidget::Severity::Error);
        QVERIFY(message->text().contains(QStringLiteral("coaps://")));
        QVERIFY(!QSettings().contains(QLatin1String(settings::kServerUri)));

        auto* inventoryPath = child<QLineEdit>(dialog, "inventoryPathLineEdit");
        inventoryPath->setText(QStringLiteral("relative/inventory.sqlite"));
        uri->setText(QStringLiteral("coaps://lwm2m.example.com:5684"));
        QVERIFY(!dialog.apply());
        QVERIFY(message->text().contains(QStringLiteral("absolute path")));

        const QString base = newBase();
        inventoryPath->setText(base + QStringLiteral("/team.sqlite"));
        auto* format = child<QComboBox>(dialog, "contentFormatComboBox");
        format->setCurrentIndex(format->findData(QStringLiteral("lwm2m-cbor")));
        child<QSpinBox>(dialog, "pinLengthSpinBox")->setValue(12);
        child<QSpinBox>(dialog, "pinExpirySpinBox")->setValue(30);
        child<QCheckBox>(dialog, "demoDeviceCheckBox")->setChecked(false);
        QVERIFY(dialog.apply());
        QCOMPARE(settings::contentFormatSetting(), std::optional<quint16>(11544));
        QCOMPARE(CommissioningSession::pinLength(), 12);
        QCOMPARE(QSettings().value(QLatin1String(settings::kPinExpiryMinutes)).toInt(), 30);
        QCOMPARE(QSettings().value(QLatin1String(settings::kServerUri)).toString(),
                 QStringLiteral("coaps://lwm2m.example.com:5684"));
        QCOMPARE(QSettings().value(QLatin1String(settings::kUseDemo)).toBool(), false);
        QCOMPARE(Workspace::locationsFromSettings().inventoryPath, base + QStringLiteral("/team.sqlite"));

        // The language applies at once.
        auto* language = child<QComboBox>(dialog, "languageComboBox");
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        QVERIFY(dialog.apply());
        QCOMPARE(languages.language(), QStringLiteral("de"));
        QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("Einstellungen"));
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
    }

    void killedMidProvisionShowsInterruptedOnNextStart()
    {
        const QString base = newBase();
        const QString endpoint = QStringLiteral("urn:dev:ops:crash-0001");
        QProcess crashed;
        crashed.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        crashed.start(QStringLiteral(LWC_CRASH_CHILD), {base, endpoint});
        QVERIFY(crashed.waitForStarted());
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += crashed.readAllStandardOutput()).contains('\n'), 60000);
        const QList<QByteArray> words = out.trimmed().split(' ');
        QCOMPARE(words.size(), 3);
        QCOMPARE(words.at(0), QByteArray("waiting"));
        const QString jobId = QString::fromLatin1(words.at(1));
        crashed.kill(); // SIGKILL: no chance to record anything
        QVERIFY(crashed.waitForFinished());

        Workspace workspace;
        openWorkspace(workspace, base);
        QVERIFY(workspace.openProblems().isEmpty());
        QCOMPARE(workspace.recoveredJobs().size(), 1);
        QCOMPARE(workspace.recoveredJobs().constFirst().id, jobId);

        LanguageManager languages;
        MainWindow window(&languages, &workspace);
        window.show();
        auto* banner = child<MessageWidget>(window, "recoveryMessageWidget");
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->severity(), MessageWidget::Severity::Warning);
        QVERIFY(banner->text().contains(endpoint));
        QVERIFY(banner->text().contains(QStringLiteral("wait-for-device")));
        const int row = window.deviceModel()->rowOf(endpoint);
        QVERIFY(row >= 0);
        QCOMPARE(window.deviceModel()->deviceAt(row).state, inventory::DeviceState::Interrupted);
        QCOMPARE(window.jobModel()->rowCount(), 1);
        QCOMPARE(window.jobModel()->jobAt(0).id, jobId);
        QCOMPARE(window.jobModel()->jobAt(0).state, jobs::JobState::Interrupted);
        QVERIFY(!child<QPushButton>(window, "showReceiptPushButton")->isEnabled()); // no receipt to show
        QCOMPARE(auditEvents(workspace, QStringLiteral("job.interrupted")).size(), 1);
        QVERIFY(workspace.inventory()->audit().verify()->intact);

        // A second start finds nothing more to recover.
        Workspace again;
        openWorkspace(again, base);
        QVERIFY(again.recoveredJobs().isEmpty());
    }
};

QTEST_MAIN(MainWindowWorkspaceTest)
#include "MainWindowWorkspaceTest.moc"
