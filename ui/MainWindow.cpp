#include "MainWindow.h"

#include "CertificateDialog.h"
#include "FileDialog.h"
#include "LanguageManager.h"
#include "MessageBox.h"
#include "MessageWidget.h"
#include "SettingsDialog.h"
#include "VaultDialog.h"
#include "Workspace.h"
#include "wizard/CommissioningWizard.h"

#include "common/Log.h"
#include "inventory/DeviceListModel.h"
#include "inventory/Inventory.h"
#include "inventory/JobHistoryModel.h"
#include "receipt/SignedReceipt.h"
#include "vault/Vault.h"
#include "Version.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMetaObject>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace lwc::ui {

namespace {
constexpr std::size_t kMaxLogLines = 5000;
constexpr int kFilterDelayMs = 150; // typing in the filter re-filters once the user pauses
enum { WelcomePage, DevicesPage };
} // namespace

MainWindow::MainWindow(LanguageManager* languages, Workspace* workspace, QWidget* parent)
    : QMainWindow(parent), m_languages(languages), m_workspace(workspace)
{
    setObjectName(QStringLiteral("mainWindow"));
    resize(1100, 720);
    inventory::Inventory* inventory = m_workspace ? m_workspace->inventory() : nullptr;
    m_deviceModel = new inventory::DeviceListModel(inventory, this);
    m_jobModel = new inventory::JobHistoryModel(inventory, this);

    createActions();
    createMenus();
    createCentral();
    createLogDock();
    createStatusBar();
    connectWorkspace();
    retranslateUi();

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray());

    refresh();
    showStartupState();
}

MainWindow::~MainWindow()
{
    if (m_logSinkId)
        removeLogSink(m_logSinkId);
}

void MainWindow::createActions()
{
    auto make = [this](const char* name, const QKeySequence& shortcut = {}) {
        auto* action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        return action;
    };
    m_newCommissioningAction = make("newCommissioningAction", QKeySequence(Qt::CTRL | Qt::Key_N));
    connect(m_newCommissioningAction, &QAction::triggered, this, &MainWindow::openCommissioningWizard);
    m_openCertificateAction = make("openCertificateAction", QKeySequence(Qt::CTRL | Qt::Key_O));
    connect(m_openCertificateAction, &QAction::triggered, this, &MainWindow::openCertificate);
    m_verifyAuditAction = make("verifyAuditAction");
    connect(m_verifyAuditAction, &QAction::triggered, this, &MainWindow::verifyAuditLog);
    m_exportAuditAction = make("exportAuditAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportAuditAction, &QAction::triggered, this, &MainWindow::exportAuditLog);
    // QKeySequence::Preferences is empty on most Linux desktops: say Ctrl+, outright.
    m_settingsAction = make("settingsAction", QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    m_quitAction = make("quitAction", QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_findAction = make("findDeviceAction", QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_pages->setCurrentIndex(DevicesPage);
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    m_refreshAction = make("refreshAction", QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    m_showReceiptAction = make("showReceiptAction", QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_showReceiptAction, &QAction::triggered, this, &MainWindow::showSelectedReceipt);

    m_unlockVaultAction = make("unlockVaultAction", QKeySequence(Qt::CTRL | Qt::Key_U));
    connect(m_unlockVaultAction, &QAction::triggered, this, [this] { runVaultDialog(int(VaultDialog::Mode::Unlock)); });
    m_lockVaultAction = make("lockVaultAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    connect(m_lockVaultAction, &QAction::triggered, this, [this] {
        if (Vault* vault = m_workspace ? m_workspace->vault() : nullptr)
            vault->lock();
    });
    m_createVaultAction = make("createVaultAction");
    connect(m_createVaultAction, &QAction::triggered, this, [this] { runVaultDialog(int(VaultDialog::Mode::Create)); });
    m_changePassphraseAction = make("changePassphraseAction");
    connect(m_changePassphraseAction, &QAction::triggered, this,
            [this] { runVaultDialog(int(VaultDialog::Mode::ChangePassphrase)); });

    m_keychainAction = make("keychainUnlockAction");
    m_keychainAction->setCheckable(true);
    connect(m_keychainAction, &QAction::triggered, this, [this](bool on) { setKeychainUnlock(on); });

    m_aboutAction = make("aboutAction");
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = make("aboutQtAction");
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    for (const QString& code : LanguageManager::availableLanguages()) {
        auto* action = new QAction(LanguageManager::nativeName(code), m_languageGroup);
        action->setObjectName(QStringLiteral("language_%1_Action").arg(code));
        action->setCheckable(true);
        action->setData(code);
        action->setChecked(code == m_languages->language());
        connect(action, &QAction::triggered, this, [this, code] {
            m_languages->setLanguage(code);
            QSettings().setValue(QLatin1String(settings::kLanguage), code);
        });
    }
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_newCommissioningAction);
    m_fileMenu->addAction(m_openCertificateAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_showReceiptAction);
    m_fileMenu->addAction(m_verifyAuditAction);
    m_fileMenu->addAction(m_exportAuditAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_editMenu->addAction(m_findAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_settingsAction);

    m_vaultMenu = menuBar()->addMenu(QString());
    m_vaultMenu->setObjectName(QStringLiteral("vaultMenu"));
    m_vaultMenu->addAction(m_unlockVaultAction);
    m_vaultMenu->addAction(m_lockVaultAction);
    m_vaultMenu->addSeparator();
    m_vaultMenu->addAction(m_createVaultAction);
    m_vaultMenu->addAction(m_changePassphraseAction);
    m_vaultMenu->addAction(m_keychainAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(m_refreshAction);
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->addActions(m_languageGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::createCentral()
{
    auto* central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralWidget"));
    auto* layout = new QVBoxLayout(central);
    m_message = new MessageWidget(central);
    m_message->setObjectName(QStringLiteral("mainMessageWidget"));
    layout->addWidget(m_message);
    m_recoveryMessage = new MessageWidget(central);
    m_recoveryMessage->setObjectName(QStringLiteral("recoveryMessageWidget"));
    layout->addWidget(m_recoveryMessage);
    m_pages = new QStackedWidget(central);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    // Welcome: no device in the inventory yet.
    auto* welcome = new QWidget(m_pages);
    auto* w = new QVBoxLayout(welcome);
    m_welcomeTitle = new QLabel(welcome);
    m_welcomeTitle->setObjectName(QStringLiteral("welcomeTitleLabel"));
    QFont titleFont = m_welcomeTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_welcomeTitle->setFont(titleFont);
    m_welcomeText = new QLabel(welcome);
    m_welcomeText->setObjectName(QStringLiteral("welcomeTextLabel"));
    m_welcomeText->setWordWrap(true);
    m_welcomeText->setTextFormat(Qt::RichText);
    m_welcomeText->setAlignment(Qt::AlignHCenter);
    // A word-wrapped label in a stretch layout shrinks to its narrowest
    // width; give the paragraph a readable measure instead.
    m_welcomeText->setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_welcomeText->setMaximumWidth(fontMetrics().averageCharWidth() * 90);
    m_welcomeStart = new QPushButton(welcome);
    m_welcomeStart->setObjectName(QStringLiteral("welcomeStartPushButton"));
    m_welcomeStart->setDefault(true);
    connect(m_welcomeStart, &QPushButton::clicked, this, &MainWindow::openCommissioningWizard);
    w->addStretch(1);
    w->addWidget(m_welcomeTitle, 0, Qt::AlignHCenter);
    // No alignment flag for the wrapped paragraph: a QLayout alignment
    // sizes it by sizeHint() and cuts lines; centre it with stretches.
    auto* textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(m_welcomeText, 2);
    textRow->addStretch(1);
    w->addLayout(textRow);
    w->addWidget(m_welcomeStart, 0, Qt::AlignHCenter);
    w->addStretch(2);
    m_pages->addWidget(welcome);

    // Devices: filter, list, the selected device's jobs.
    auto* devices = new QWidget(m_pages);
    auto* d = new QVBoxLayout(devices);
    d->setContentsMargins(0, 0, 0, 0);
    auto* filterRow = new QHBoxLayout;
    m_filterLabel = new QLabel(devices);
    m_filter = new QLineEdit(devices);
    m_filter->setObjectName(QStringLiteral("deviceFilterLineEdit"));
    m_filter->setClearButtonEnabled(true);
    m_filterLabel->setBuddy(m_filter);
    m_countLabel = new QLabel(devices);
    m_countLabel->setObjectName(QStringLiteral("deviceCountLabel"));
    filterRow->addWidget(m_filterLabel);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_countLabel);
    d->addLayout(filterRow);

    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(kFilterDelayMs);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, &MainWindow::applyFilter);
    // Enter applies at once and moves into the list.
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        m_filterTimer->stop();
        applyFilter();
        m_deviceView->setFocus(Qt::TabFocusReason);
        if (!m_deviceView->currentIndex().isValid() && m_deviceModel->rowCount() > 0)
            m_deviceView->setCurrentIndex(m_deviceModel->index(0, 0));
    });

    m_splitter = new QSplitter(Qt::Vertical, devices);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_deviceView = new QTableView(m_splitter);
    m_deviceView->setObjectName(QStringLiteral("deviceTableView"));
    m_deviceView->setModel(m_deviceModel);
    m_deviceView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_deviceView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_deviceView->setSortingEnabled(true);
    m_deviceView->sortByColumn(inventory::DeviceListModel::EndpointColumn, Qt::AscendingOrder);
    m_deviceView->verticalHeader()->hide();
    // Uniform rows: no per-row size hints, so 100,000 rows scroll smoothly.
    m_deviceView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_deviceView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + fontMetrics().height() / 2);
    m_deviceView->setWordWrap(false);
    m_deviceView->horizontalHeader()->setStretchLastSection(true);
    // Fixed widths, never ResizeToContents: that measures every row.
    const int ch = fontMetrics().averageCharWidth();
    using DL = inventory::DeviceListModel;
    for (const auto& [column, chars] : {std::pair {int(DL::EndpointColumn), 38}, std::pair {int(DL::ProfileColumn), 16},
                                        std::pair {int(DL::StateColumn), 27}, std::pair {int(DL::LastJobColumn), 24}})
        m_deviceView->horizontalHeader()->resizeSection(column, ch * chars);
    m_deviceView->setAlternatingRowColors(true);
    connect(m_deviceView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::selectedDeviceChanged);
    connect(m_deviceView, &QTableView::activated, this, [this] { m_jobView->setFocus(Qt::TabFocusReason); });

    auto* jobsPane = new QWidget(m_splitter);
    auto* j = new QVBoxLayout(jobsPane);
    j->setContentsMargins(0, 0, 0, 0);
    auto* jobsHeader = new QHBoxLayout;
    m_jobsTitle = new QLabel(jobsPane);
    m_jobsTitle->setObjectName(QStringLiteral("jobsTitleLabel"));
    m_receiptButton = new QPushButton(jobsPane);
    m_receiptButton->setObjectName(QStringLiteral("showReceiptPushButton"));
    connect(m_receiptButton, &QPushButton::clicked, this, &MainWindow::showSelectedReceipt);
    jobsHeader->addWidget(m_jobsTitle, 1);
    jobsHeader->addWidget(m_receiptButton);
    j->addLayout(jobsHeader);
    m_jobView = new QTableView(jobsPane);
    m_jobView->setObjectName(QStringLiteral("jobTableView"));
    m_jobView->setModel(m_jobModel);
    m_jobView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_jobView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_jobView->verticalHeader()->hide();
    m_jobView->horizontalHeader()->setStretchLastSection(true);
    m_jobView->setAlternatingRowColors(true);
    m_jobView->setWordWrap(false);
    m_jobView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + fontMetrics().height() / 2);
    using JH = inventory::JobHistoryModel;
    for (const auto& [column, chars] :
         {std::pair {int(JH::StartedColumn), 24}, std::pair {int(JH::EndpointColumn), 30}, std::pair {int(JH::KindColumn), 12},
          std::pair {int(JH::StateColumn), 16}, std::pair {int(JH::StepsColumn), 10}, std::pair {int(JH::DurationColumn), 12}})
        m_jobView->horizontalHeader()->resizeSection(column, ch * chars);
    j->addWidget(m_jobView);
    connect(m_jobView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::updateJobActions);
    connect(m_jobView, &QTableView::activated, this, &MainWindow::showSelectedReceipt);
    m_splitter->addWidget(m_deviceView);
    m_splitter->addWidget(jobsPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    d->addWidget(m_splitter, 1);
    m_pages->addWidget(devices);
    setTabOrder(m_filter, m_deviceView);
    setTabOrder(m_deviceView, m_jobView);
    setTabOrder(m_jobView, m_receiptButton);
}

void MainWindow::createLogDock()
{
    m_logDock = new QDockWidget(this);
    m_logDock->setObjectName(QStringLiteral("logDockWidget"));
    auto* pane = new QWidget(m_logDock);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    m_logForDevice = new QCheckBox(pane);
    m_logForDevice->setObjectName(QStringLiteral("logForDeviceCheckBox"));
    connect(m_logForDevice, &QCheckBox::toggled, this, &MainWindow::rebuildLogView);
    layout->addWidget(m_logForDevice);
    m_logView = new QPlainTextEdit(pane);
    m_logView->setObjectName(QStringLiteral("logPlainTextEdit"));
    m_logView->setReadOnly(true);
    m_logView->setMaximumBlockCount(int(kMaxLogLines));
    m_logView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_logView, 1);
    m_logDock->setWidget(pane);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    resizeDocks({m_logDock}, {fontMetrics().height() * 9}, Qt::Vertical);
    m_viewMenu->addSeparator();
    QAction* toggle = m_logDock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("toggleLogAction"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_viewMenu->addAction(toggle);

    // Records arrive already redacted (S26), possibly from worker threads.
    QPointer<MainWindow> self(this);
    m_logSinkId = addLogSink([self](const LogRecord& record) {
        LogLine line {record.endpoint,
                      QStringLiteral("%1 %2 %3")
                          .arg(record.time.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz")), record.category,
                               record.message)};
        QMetaObject::invokeMethod(
            qApp,
            [self, line] {
                if (self)
                    self->appendLog(line);
            },
            Qt::QueuedConnection);
    });
}

void MainWindow::createStatusBar()
{
    m_statusHint = new QLabel(this);
    m_statusHint->setObjectName(QStringLiteral("statusHintLabel"));
    statusBar()->addWidget(m_statusHint, 1);
    m_deviceStatus = new QLabel(this);
    m_deviceStatus->setObjectName(QStringLiteral("deviceStatusLabel"));
    statusBar()->addPermanentWidget(m_deviceStatus);
    m_vaultStatus = new QLabel(this);
    m_vaultStatus->setObjectName(QStringLiteral("vaultStatusLabel"));
    statusBar()->addPermanentWidget(m_vaultStatus);
}

void MainWindow::connectWorkspace()
{
    Vault* vault = m_workspace ? m_workspace->vault() : nullptr;
    if (!vault)
        return;
    connect(vault, &Vault::stateChanged, this, [this, previous = vault->state()](Vault::State state) mutable {
        updateVaultState();
        if (previous == Vault::State::NoVault && state != Vault::State::NoVault)
            recordVaultEvent(QStringLiteral("vault.created"));
        else if (state == Vault::State::Unlocked)
            recordVaultEvent(QStringLiteral("vault.unlocked"));
        else if (state == Vault::State::Locked)
            recordVaultEvent(QStringLiteral("vault.locked"));
        previous = state;
    });
    connect(vault, &Vault::unlockFailed, this, [this](int attempts) {
        recordVaultEvent(QStringLiteral("vault.unlockFailed"), {{QStringLiteral("failedAttempts"), attempts}});
    });
    connect(vault, &Vault::autoLocked, this, [this] {
        statusBar()->showMessage(tr("The vault locked itself after a while without use."), 10000);
    });
}

void MainWindow::recordVaultEvent(const QString& action, const QJsonObject& details)
{
    inventory::Inventory* inventory = m_workspace ? m_workspace->inventory() : nullptr;
    if (!inventory)
        return;
    inventory::AuditEvent event;
    event.action = action;
    event.details = details;
    if (m_workspace->vault())
        event.details.insert(QStringLiteral("vault"), m_workspace->vault()->location());
    event.rule = Rule::S26;
    if (auto appended = inventory->audit().append(event); !appended)
        m_message->showError(appended.error());
}

void MainWindow::showStartupState()
{
    if (!m_workspace)
        return;
    if (!m_workspace->openProblems().isEmpty())
        m_message->showError(m_workspace->openProblems().constFirst());
    const QList<jobs::JobRecord>& recovered = m_workspace->recoveredJobs();
    if (recovered.isEmpty())
        return;
    QStringList where;
    for (const jobs::JobRecord& job : recovered) {
        const QString step = job.steps.isEmpty() ? QString() : job.steps.constLast().name;
        where << (step.isEmpty() ? job.endpoint : tr("%1 (at step %2)").arg(job.endpoint, step));
    }
    m_recoveryMessage->showMessage(
        recovered.size() == 1
            ? tr("A commissioning job stopped when the program ended unexpectedly and is recorded as interrupted: "
                 "%1. The audit log holds what was done; commission this device again to finish.")
                  .arg(where.constFirst())
            : tr("%1 commissioning jobs stopped when the program ended unexpectedly and are recorded as "
                 "interrupted: %2. The audit log holds what was done; commission these devices again to finish.")
                  .arg(recovered.size())
                  .arg(where.join(QStringLiteral(", "))),
        MessageWidget::Severity::Warning);
    // Show the first one with its history.
    const int row = m_deviceModel->rowOf(recovered.constFirst().endpoint);
    if (row >= 0)
        m_deviceView->setCurrentIndex(m_deviceModel->index(row, 0));
}

void MainWindow::refresh()
{
    const QString keep = selectedEndpoint();
    if (m_workspace && m_workspace->inventory()) {
        if (const Status s = m_deviceModel->reload(); !s.ok())
            m_message->showError(s.error());
    }
    updatePage();
    updateCounts();
    if (!keep.isEmpty()) {
        const int row = m_deviceModel->rowOf(keep);
        if (row >= 0)
            m_deviceView->setCurrentIndex(m_deviceModel->index(row, 0));
    }
    selectedDeviceChanged();
    updateVaultState();
}

void MainWindow::applyFilter()
{
    m_deviceModel->setFilterText(m_filter->text());
    updateCounts();
    selectedDeviceChanged();
}

void MainWindow::updatePage()
{
    const bool any = m_deviceModel->totalCount() > 0;
    m_pages->setCurrentIndex(any ? DevicesPage : WelcomePage);
}

void MainWindow::updateCounts()
{
    const int total = m_deviceModel->totalCount();
    const int shown = m_deviceModel->rowCount();
    // English has no numerus catalogue: one form per grammatical number
    // (German has the same two; a language with more gets %n forms then).
    const QString devices = total == 1 ? tr("1 device") : tr("%1 devices").arg(total);
    m_countLabel->setText(shown == total ? devices : tr("%1 of %2").arg(shown).arg(devices));
    if (!m_workspace || !m_workspace->inventory())
        m_deviceStatus->setText(tr("No inventory"));
    else
        m_deviceStatus->setText(tr("Inventory: %1").arg(devices));
    m_deviceStatus->setToolTip(m_workspace && m_workspace->inventory() ? m_workspace->inventory()->location()
                                                                       : QString());
}

void MainWindow::updateVaultState()
{
    Vault* vault = m_workspace ? m_workspace->vault() : nullptr;
    const Vault::State state = vault ? vault->state() : Vault::State::NoVault;
    m_unlockVaultAction->setEnabled(vault && state == Vault::State::Locked);
    m_lockVaultAction->setEnabled(vault && state == Vault::State::Unlocked);
    m_createVaultAction->setEnabled(vault && state == Vault::State::NoVault);
    m_changePassphraseAction->setEnabled(vault && state != Vault::State::NoVault);
    // The OS keychain as a second way in: only where the desktop has one,
    // switched while unlocked (the data key must be at hand to wrap it).
    m_keychainAction->setVisible(vault && vault->hasKeychain());
    m_keychainAction->setEnabled(vault && state == Vault::State::Unlocked);
    m_keychainAction->setChecked(vault && vault->keychainUnlockEnabled());
    const bool audit = m_workspace && m_workspace->inventory();
    m_verifyAuditAction->setEnabled(audit);
    m_exportAuditAction->setEnabled(audit);
    switch (state) {
    case Vault::State::NoVault:
        m_vaultStatus->setText(tr("No vault"));
        m_vaultStatus->setToolTip(tr("Secrets are not kept: create a vault (Vault > Create vault…)."));
        break;
    case Vault::State::Locked:
        m_vaultStatus->setText(tr("Vault locked"));
        m_vaultStatus->setToolTip(tr("Unlock it (Ctrl+U) to store server keys and sign receipts with the vault."));
        break;
    case Vault::State::Unlocked:
        m_vaultStatus->setText(tr("Vault unlocked"));
        m_vaultStatus->setToolTip(tr("Lock it (Ctrl+Shift+U) when you leave the laptop."));
        break;
    }
    m_vaultStatus->setAccessibleName(m_vaultStatus->text());
}

QString MainWindow::selectedEndpoint() const
{
    const QModelIndex current = m_deviceView->currentIndex();
    if (!current.isValid())
        return {};
    return current.siblingAtColumn(0).data(inventory::DeviceListModel::EndpointRole).toString();
}

QString MainWindow::selectedJobId() const
{
    const QModelIndex current = m_jobView->currentIndex();
    if (!current.isValid())
        return {};
    return current.data(inventory::JobHistoryModel::JobIdRole).toString();
}

void MainWindow::selectedDeviceChanged()
{
    const QString endpoint = selectedEndpoint();
    m_jobModel->setEndpoint(endpoint);
    if (m_workspace && m_workspace->inventory()) {
        if (const Status s = m_jobModel->reload(); !s.ok())
            m_message->showError(s.error());
    }
    updateJobsTitle();
    // The endpoint column says nothing new when the list is one device's.
    m_jobView->setColumnHidden(inventory::JobHistoryModel::EndpointColumn, !endpoint.isEmpty());
    // The reload reset the current job: selecting the newest updates the
    // actions (currentRowChanged); an empty list needs it done here.
    if (m_jobModel->rowCount() > 0)
        m_jobView->setCurrentIndex(m_jobModel->index(0, 0));
    else
        updateJobActions();
    if (m_logForDevice->isChecked())
        rebuildLogView();
}

void MainWindow::updateJobActions()
{
    // Only a job that has a stored receipt offers one (an interrupted job has none).
    const QString jobId = selectedJobId();
    const bool receipt
        = !jobId.isEmpty() && m_workspace && m_workspace->inventory() && m_workspace->inventory()->receipt(jobId).ok();
    m_showReceiptAction->setEnabled(receipt);
    m_receiptButton->setEnabled(receipt);
}

CommissioningWizard* MainWindow::openCommissioningWizard()
{
    auto* wizard = new CommissioningWizard(m_workspace ? m_workspace->wizardServices() : WizardServices {}, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::NonModal);
    connect(wizard, &CommissioningWizard::jobFinished, this, &MainWindow::jobFinished);
    // The receipt is stored on the wizard's last page, after the job ended.
    connect(wizard, &QDialog::finished, this, &MainWindow::updateJobActions);
    wizard->show();
    return wizard;
}

void MainWindow::jobFinished(const QString& jobId, jobs::JobState state)
{
    // The job's device is new or changed state: show it, selected.
    inventory::Inventory* inventory = m_workspace ? m_workspace->inventory() : nullptr;
    if (!inventory)
        return;
    auto job = inventory->journal().load(jobId);
    if (!job) {
        m_message->showError(job.error());
        return;
    }
    if (const Status s = m_deviceModel->refresh(job->endpoint); !s.ok())
        m_message->showError(s.error());
    updatePage();
    updateCounts();
    const int row = m_deviceModel->rowOf(job->endpoint);
    if (row >= 0) {
        m_deviceView->setCurrentIndex(m_deviceModel->index(row, 0));
        m_deviceView->scrollTo(m_deviceView->currentIndex());
    }
    selectedDeviceChanged();
    statusBar()->showMessage(tr("%1: %2").arg(job->endpoint, inventory::JobHistoryModel::stateText(state)), 10000);
}

void MainWindow::openCertificate()
{
    const QString path = FileDialog::getOpenFileName(
        this, tr("Open a server certificate"), QDir::homePath(),
        tr("Certificates (*.pem *.crt *.cer *.der *.p7b);;All files (*)"));
    if (path.isEmpty())
        return;
    auto chain = CertificateDialog::chainFromFile(path);
    if (!chain) {
        m_message->showError(chain.error());
        return;
    }
    CertificateDialog::Context context;
    context.chain = std::move(chain).value();
    security::TrustDecisionSink* sink
        = m_workspace && m_workspace->inventory() ? &m_workspace->inventory()->trustDecisions() : nullptr;
    auto* dialog = new CertificateDialog(std::move(context), sink, Clock::system(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::verifyAuditLog()
{
    if (!m_workspace || !m_workspace->inventory())
        return;
    auto verification = m_workspace->inventory()->audit().verify();
    if (!verification) {
        m_message->showError(verification.error());
        return;
    }
    if (verification->intact) {
        m_message->showMessage(
            tr("The audit log is intact: %1 records, each chained to the one before.").arg(verification->records),
            MessageWidget::Severity::Positive);
    } else {
        m_message->showError(makeError(QStringLiteral("audit.tampered"),
                                       tr("The audit log was changed after it was written: %1")
                                           .arg(verification->problem),
                                       tr("first broken record: %1").arg(verification->firstBrokenSequence)));
    }
}

void MainWindow::exportAuditLog()
{
    if (!m_workspace || !m_workspace->inventory())
        return;
    const QString suggested = QDir::home().filePath(
        QStringLiteral("audit-%1.jsonl").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    const QString path = FileDialog::getSaveFileName(this, tr("Export the audit log"), suggested,
                                                     tr("JSON lines (*.jsonl);;All files (*)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_message->showError(makeError(QStringLiteral("audit.export.open"),
                                       tr("Cannot write %1: choose another folder.").arg(path), file.errorString()));
        return;
    }
    if (const Status s = m_workspace->inventory()->audit().exportJsonLines(file); !s.ok()) {
        file.cancelWriting();
        m_message->showError(s.error());
        return;
    }
    if (!file.commit()) {
        m_message->showError(makeError(QStringLiteral("audit.export.write"),
                                       tr("Cannot write %1: choose another folder.").arg(path), file.errorString()));
        return;
    }
    m_message->showMessage(tr("Audit log exported to %1.").arg(QDir::toNativeSeparators(path)),
                           MessageWidget::Severity::Positive);
}

void MainWindow::showSelectedReceipt()
{
    const QString jobId = selectedJobId();
    if (jobId.isEmpty() || !m_workspace || !m_workspace->inventory())
        return;
    auto stored = m_workspace->inventory()->receipt(jobId);
    if (!stored) {
        m_message->showError(stored.error());
        return;
    }
    auto parsed = SignedReceipt::parse(*stored);
    if (!parsed) {
        m_message->showError(parsed.error());
        return;
    }
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("receiptDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Commissioning receipt %1").arg(jobId));
    auto* layout = new QVBoxLayout(dialog);
    auto* view = new QTextBrowser(dialog);
    view->setObjectName(QStringLiteral("receiptTextBrowser"));
    view->setAccessibleName(tr("Commissioning receipt"));
    view->setHtml(parsed->toHtml());
    layout->addWidget(view);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 40);
    dialog->open();
}

void MainWindow::openSettings()
{
    auto* dialog = new SettingsDialog(m_languages, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        if (!m_workspace)
            return;
        const Workspace::Locations now = Workspace::locationsFromSettings();
        const Workspace::Locations& open = m_workspace->locations();
        if (now.inventoryPath != open.inventoryPath || now.vaultPath != open.vaultPath
            || now.receiptDirectory != open.receiptDirectory)
            m_message->showMessage(tr("The new storage paths take effect the next time LwM2M Commissioner starts."),
                                   MessageWidget::Severity::Information);
    });
    dialog->open();
}

void MainWindow::runVaultDialog(int mode)
{
    Vault* vault = m_workspace ? m_workspace->vault() : nullptr;
    if (!vault)
        return;
    // Entering a passphrase is a decision the technician makes: a dialog.
    VaultDialog dialog(*vault, VaultDialog::Mode(mode), this);
    if (dialog.exec() == QDialog::Accepted && VaultDialog::Mode(mode) == VaultDialog::Mode::ChangePassphrase)
        recordVaultEvent(QStringLiteral("vault.passphraseChanged"));
    updateVaultState();
}

QCoro::Task<> MainWindow::setKeychainUnlock(bool enabled)
{
    Vault* vault = m_workspace ? m_workspace->vault() : nullptr;
    if (!vault)
        co_return;
    QPointer<MainWindow> self(this);
    m_keychainAction->setEnabled(false);
    // No co_await inside a conditional expression (GCC 12, PLATFORM.md).
    Status done;
    if (enabled)
        done = co_await vault->enableKeychainUnlock();
    else
        done = co_await vault->disableKeychainUnlock();
    if (!self)
        co_return;
    if (!done.ok())
        m_message->showError(done.error());
    else
        recordVaultEvent(enabled ? QStringLiteral("vault.keychainEnabled") : QStringLiteral("vault.keychainDisabled"));
    updateVaultState();
}

void MainWindow::appendLog(const LogLine& line)
{
    m_logLines.push_back(line);
    if (m_logLines.size() > kMaxLogLines)
        m_logLines.pop_front();
    if (!m_logForDevice->isChecked() || line.endpoint == selectedEndpoint())
        m_logView->appendPlainText(line.text);
}

void MainWindow::rebuildLogView()
{
    const bool filtered = m_logForDevice->isChecked();
    const QString endpoint = selectedEndpoint();
    QStringList lines;
    for (const LogLine& line : m_logLines)
        if (!filtered || line.endpoint == endpoint)
            lines << line.text;
    m_logView->setPlainText(lines.join(QLatin1Char('\n')));
    m_logView->moveCursor(QTextCursor::End);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("LwM2M Commissioner"));
    m_welcomeTitle->setText(tr("No devices commissioned yet"));
    m_welcomeText->setText(
        tr("<p>LwM2M Commissioner takes a device from unboxed to uniquely keyed, verified and ready to register.</p>"
           "<p>Press <b>Ctrl+N</b> (File &gt; New commissioning…) to commission a device step by step, or the "
           "built-in demo device if none is at hand. The command-line tool <tt>commissioner-cli</tt> uses the same "
           "core.</p>"));
    m_welcomeStart->setText(tr("&Commission a device…"));
    m_welcomeStart->setAccessibleName(tr("Commission a device"));
    m_filterLabel->setText(tr("&Filter:"));
    m_filter->setPlaceholderText(tr("endpoint, profile or state (e.g. \"interrupted\")"));
    m_filter->setAccessibleName(tr("Filter devices"));
    m_deviceView->setAccessibleName(tr("Devices"));
    m_jobView->setAccessibleName(tr("Jobs of the selected device"));
    m_receiptButton->setText(tr("Show &receipt"));
    m_receiptButton->setAccessibleName(tr("Show the receipt of the selected job"));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_vaultMenu->setTitle(tr("V&ault"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_newCommissioningAction->setText(tr("&New commissioning…"));
    m_newCommissioningAction->setStatusTip(tr("Commission a device, or the built-in demo device, step by step"));
    m_openCertificateAction->setText(tr("&Open certificate…"));
    m_openCertificateAction->setStatusTip(tr("Check a server certificate against the LwM2M rules and decide on trust"));
    m_showReceiptAction->setText(tr("Show &receipt"));
    m_showReceiptAction->setStatusTip(tr("Show the signed receipt of the selected job"));
    m_verifyAuditAction->setText(tr("&Verify audit log"));
    m_verifyAuditAction->setStatusTip(tr("Check that no audit record was changed or removed"));
    m_exportAuditAction->setText(tr("&Export audit log…"));
    m_exportAuditAction->setStatusTip(tr("Save the audit log as JSON lines"));
    m_quitAction->setText(tr("&Quit"));
    m_quitAction->setStatusTip(tr("Close LwM2M Commissioner"));
    m_findAction->setText(tr("&Find device"));
    m_findAction->setStatusTip(tr("Filter the device list"));
    m_settingsAction->setText(tr("&Settings…"));
    m_settingsAction->setStatusTip(tr("Storage paths, content format, PIN policy, language"));
    m_unlockVaultAction->setText(tr("&Unlock…"));
    m_unlockVaultAction->setStatusTip(tr("Unlock the encrypted vault with its passphrase"));
    m_lockVaultAction->setText(tr("&Lock"));
    m_lockVaultAction->setStatusTip(tr("Forget the vault's key until the next unlock"));
    m_createVaultAction->setText(tr("&Create vault…"));
    m_createVaultAction->setStatusTip(tr("Create the encrypted vault for server keys and the local CA's passphrase"));
    m_changePassphraseAction->setText(tr("Change &passphrase…"));
    m_changePassphraseAction->setStatusTip(tr("Protect the vault with a new passphrase"));
    m_keychainAction->setText(tr("Unlock with the OS &keychain too"));
    m_keychainAction->setStatusTip(tr("Let the desktop's keychain unlock the vault without the passphrase"));
    m_refreshAction->setText(tr("&Refresh"));
    m_refreshAction->setStatusTip(tr("Read the inventory again"));
    m_aboutAction->setText(tr("&About LwM2M Commissioner"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_logDock->setWindowTitle(tr("Log"));
    m_logView->setAccessibleName(tr("Application log"));
    m_logForDevice->setText(tr("Only the selected &device"));
    m_logForDevice->setAccessibleName(tr("Show only the selected device's log lines"));
    m_logDock->toggleViewAction()->setText(tr("Show &Log"));
    m_statusHint->setText(tr("Ready"));
    for (QAction* action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == m_languages->language());
    m_deviceModel->retranslate();
    m_jobModel->retranslate();
    updateCounts();
    updateVaultState();
    updateJobsTitle();
}

void MainWindow::updateJobsTitle()
{
    const QString endpoint = selectedEndpoint();
    m_jobsTitle->setText(endpoint.isEmpty() ? tr("Recent jobs, all devices") : tr("Jobs of %1").arg(endpoint));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_welcomeTitle)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // A running job is never abandoned silently: its wizard asks, and the
    // job ends recorded as cancelled before the window closes.
    const QList<CommissioningWizard*> wizards = findChildren<CommissioningWizard*>();
    for (CommissioningWizard* wizard : wizards) {
        if (wizard->isVisible() && wizard->session()->isRunning()) {
            wizard->raise();
            wizard->reject();
            event->ignore();
            return;
        }
    }
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/splitter"), m_splitter->saveState());
    event->accept();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About LwM2M Commissioner"),
                       tr("<h3>LwM2M Commissioner %1</h3>"
                          "<p>Commissions OMA LwM2M devices over CoAPs, serial and smartcards.</p>")
                           .arg(QStringLiteral(LWC_VERSION_STRING)));
}

} // namespace lwc::ui
