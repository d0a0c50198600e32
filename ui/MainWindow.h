#pragma once

#include <QMainWindow>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QPlainTextEdit;

namespace lwc::ui {

class LanguageManager;
class MessageWidget;

// The technician's main window: inventory area, live log pane, menus.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(LanguageManager* languages, QWidget* parent = nullptr);
    ~MainWindow() override;

    MessageWidget* messageWidget() const { return m_message; }

public Q_SLOTS:
    // File > New commissioning… (Ctrl+N): opens the commissioning wizard.
    void openCommissioningWizard();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createLogDock();
    void retranslateUi();
    void appendLogLine(const QString& line);
    void showAbout();

    LanguageManager* m_languages;
    MessageWidget* m_message = nullptr;
    QLabel* m_welcomeTitle = nullptr;
    QLabel* m_welcomeText = nullptr;
    QDockWidget* m_logDock = nullptr;
    QPlainTextEdit* m_logView = nullptr;
    QLabel* m_statusHint = nullptr;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_newCommissioningAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
    QActionGroup* m_languageGroup = nullptr;
    int m_logSinkId = 0;
};

} // namespace lwc::ui
