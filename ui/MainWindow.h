#pragma once

#include "jobs/JobRecord.h"

#include <QMainWindow>

#include <QCoro/QCoroTask>

#include <deque>

class QAction;
class QActionGroup;
class QCheckBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;

namespace lwc::inventory {
class DeviceListModel;
class JobHistoryModel;
}

namespace lwc::ui {

class CommissioningWizard;
class LanguageManager;
class MessageWidget;
class Workspace;

// The technician's main window: the device list over the inventory (sort,
// filter), the selected device's job history, the live log filtered by
// device, the vault's state in the status bar, and the menus that start a
// commissioning, inspect a certificate, verify or export the audit log and
// open the settings. `workspace` may be null (no inventory: the wizard
// still works, nothing is stored).
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(LanguageManager* languages, Workspace* workspace = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    MessageWidget* messageWidget() const { return m_message; }
    inventory::DeviceListModel* deviceModel() const { return m_deviceModel; }
    inventory::JobHistoryModel* jobModel() const { return m_jobModel; }

public Q_SLOTS:
    // File > New commissioning… (Ctrl+N): opens the commissioning wizard.
    CommissioningWizard* openCommissioningWizard();
    // File > Open certificate… (Ctrl+O): the certificate dialog for a file.
    void openCertificate();
    // File > Verify audit log: walks the hash chain, says what it found.
    void verifyAuditLog();
    // File > Export audit log… : JSON lines.
    void exportAuditLog();
    // Edit > Settings… (Ctrl+,)
    void openSettings();
    // View > Refresh (F5): reads the inventory again.
    void refresh();
    // Shows the stored receipt of the selected job.
    void showSelectedReceipt();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    struct LogLine {
        QString endpoint;
        QString text;
    };

    void createActions();
    void createMenus();
    void createCentral();
    void createLogDock();
    void createStatusBar();
    void connectWorkspace();
    void retranslateUi();
    void appendLog(const LogLine& line);
    void rebuildLogView();
    void showAbout();
    void showStartupState();
    void applyFilter();
    void updatePage();
    void updateJobsTitle();
    void updateCounts();
    void updateVaultState();
    void updateJobActions();
    void selectedDeviceChanged();
    void jobFinished(const QString& jobId, jobs::JobState state);
    void recordVaultEvent(const QString& action, const QJsonObject& details = {});
    void runVaultDialog(int mode);
    QCoro::Task<> setKeychainUnlock(bool enabled);
    QString selectedEndpoint() const;
    QString selectedJobId() const;

    LanguageManager* m_languages;
    Workspace* m_workspace;
    inventory::DeviceListModel* m_deviceModel = nullptr;
    inventory::JobHistoryModel* m_jobModel = nullptr;

    MessageWidget* m_message = nullptr;
    MessageWidget* m_recoveryMessage = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_welcomeTitle = nullptr;
    QLabel* m_welcomeText = nullptr;
    QPushButton* m_welcomeStart = nullptr;
    QLineEdit* m_filter = nullptr;
    QTimer* m_filterTimer = nullptr;
    QLabel* m_filterLabel = nullptr;
    QLabel* m_countLabel = nullptr;
    QTableView* m_deviceView = nullptr;
    QLabel* m_jobsTitle = nullptr;
    QTableView* m_jobView = nullptr;
    QPushButton* m_receiptButton = nullptr;
    QSplitter* m_splitter = nullptr;

    QDockWidget* m_logDock = nullptr;
    QCheckBox* m_logForDevice = nullptr;
    QPlainTextEdit* m_logView = nullptr;
    std::deque<LogLine> m_logLines;
    QLabel* m_statusHint = nullptr;
    QLabel* m_vaultStatus = nullptr;
    QLabel* m_deviceStatus = nullptr;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_vaultMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_newCommissioningAction = nullptr;
    QAction* m_openCertificateAction = nullptr;
    QAction* m_verifyAuditAction = nullptr;
    QAction* m_exportAuditAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_showReceiptAction = nullptr;
    QAction* m_unlockVaultAction = nullptr;
    QAction* m_lockVaultAction = nullptr;
    QAction* m_createVaultAction = nullptr;
    QAction* m_changePassphraseAction = nullptr;
    QAction* m_keychainAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
    QActionGroup* m_languageGroup = nullptr;
    int m_logSinkId = 0;
};

} // namespace lwc::ui
