#include "MainWindow.h"

#include "LanguageManager.h"
#include "MessageWidget.h"
#include "wizard/CommissioningWizard.h"

#include "common/Log.h"
#include "Version.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMetaObject>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSettings>
#include <QStatusBar>
#include <QVBoxLayout>

namespace lwc::ui {

MainWindow::MainWindow(LanguageManager* languages, QWidget* parent) : QMainWindow(parent), m_languages(languages)
{
    setObjectName(QStringLiteral("mainWindow"));
    resize(1100, 720);

    auto* central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralWidget"));
    auto* layout = new QVBoxLayout(central);
    m_message = new MessageWidget(central);
    layout->addWidget(m_message);
    m_welcomeTitle = new QLabel(central);
    m_welcomeTitle->setObjectName(QStringLiteral("welcomeTitleLabel"));
    QFont titleFont = m_welcomeTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_welcomeTitle->setFont(titleFont);
    m_welcomeText = new QLabel(central);
    m_welcomeText->setObjectName(QStringLiteral("welcomeTextLabel"));
    m_welcomeText->setWordWrap(true);
    m_welcomeText->setTextFormat(Qt::RichText);
    m_welcomeText->setAlignment(Qt::AlignHCenter);
    // A word-wrapped label in a stretch layout shrinks to its narrowest
    // width; give the paragraph a readable measure instead.
    m_welcomeText->setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_welcomeText->setMaximumWidth(fontMetrics().averageCharWidth() * 90);
    layout->addStretch(1);
    layout->addWidget(m_welcomeTitle, 0, Qt::AlignHCenter);
    // No alignment flag for the wrapped paragraph: a QLayout alignment
    // sizes it by sizeHint() and cuts lines; centre it with stretches.
    auto* textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(m_welcomeText, 2);
    textRow->addStretch(1);
    layout->addLayout(textRow);
    layout->addStretch(2);
    setCentralWidget(central);

    m_statusHint = new QLabel(this);
    m_statusHint->setObjectName(QStringLiteral("statusHintLabel"));
    statusBar()->addWidget(m_statusHint, 1);

    createActions();
    createMenus();
    createLogDock();
    retranslateUi();

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

MainWindow::~MainWindow()
{
    if (m_logSinkId)
        removeLogSink(m_logSinkId);
}

void MainWindow::createActions()
{
    m_newCommissioningAction = new QAction(this);
    m_newCommissioningAction->setObjectName(QStringLiteral("newCommissioningAction"));
    m_newCommissioningAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    connect(m_newCommissioningAction, &QAction::triggered, this, &MainWindow::openCommissioningWizard);

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setObjectName(QStringLiteral("aboutQtAction"));
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
            QSettings().setValue(QStringLiteral("ui/language"), code);
        });
    }
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_newCommissioningAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->addActions(m_languageGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::createLogDock()
{
    m_logDock = new QDockWidget(this);
    m_logDock->setObjectName(QStringLiteral("logDockWidget"));
    m_logView = new QPlainTextEdit(m_logDock);
    m_logView->setObjectName(QStringLiteral("logPlainTextEdit"));
    m_logView->setReadOnly(true);
    m_logView->setMaximumBlockCount(5000);
    m_logView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_logDock->setWidget(m_logView);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    resizeDocks({m_logDock}, {fontMetrics().height() * 8}, Qt::Vertical);
    m_viewMenu->addSeparator();
    QAction* toggle = m_logDock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("toggleLogAction"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_viewMenu->addAction(toggle);

    // Records arrive already redacted, possibly from worker threads.
    QPointer<MainWindow> self(this);
    m_logSinkId = addLogSink([self](const LogRecord& record) {
        const QString line = QStringLiteral("%1 %2 %3")
                                 .arg(record.time.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz")),
                                      record.category, record.message);
        QMetaObject::invokeMethod(
            qApp,
            [self, line] {
                if (self)
                    self->appendLogLine(line);
            },
            Qt::QueuedConnection);
    });
}

void MainWindow::appendLogLine(const QString& line)
{
    m_logView->appendPlainText(line);
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
    m_statusHint->setText(tr("Ready"));
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_newCommissioningAction->setText(tr("&New commissioning…"));
    m_newCommissioningAction->setStatusTip(tr("Commission a device, or the built-in demo device, step by step"));
    m_quitAction->setText(tr("&Quit"));
    m_quitAction->setStatusTip(tr("Close LwM2M Commissioner"));
    m_aboutAction->setText(tr("&About LwM2M Commissioner"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_logDock->setWindowTitle(tr("Log"));
    m_logView->setAccessibleName(tr("Application log"));
    m_logDock->toggleViewAction()->setText(tr("Show &Log"));
    for (QAction* action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == m_languages->language());
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    event->accept();
}

void MainWindow::openCommissioningWizard()
{
    auto* wizard = new CommissioningWizard({}, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::NonModal);
    wizard->show();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About LwM2M Commissioner"),
                       tr("<h3>LwM2M Commissioner %1</h3>"
                          "<p>Commissions OMA LwM2M devices over CoAPs, serial and smartcards.</p>")
                           .arg(QStringLiteral(LWC_VERSION_STRING)));
}

} // namespace lwc::ui
