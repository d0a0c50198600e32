#pragma once

#include <QWizardPage>

#include <QCoro/QCoroTask>

class QLabel;
class QProgressBar;
class QPushButton;
class QTextBrowser;

namespace lwc::ui {

class CommissioningSession;
class MessageWidget;

// Step 7: the commissioning receipt — built from the job and its report
// (no secrets), signed with the local CA key, saved as JSON, HTML and PDF
// and shown; print it (through the PrintDialog seam) or save a copy. If
// the server account's key was generated here and not sealed into the
// inventory, it can be exported for the LwM2M server's operator.
class ReceiptPage : public QWizardPage {
    Q_OBJECT
public:
    ReceiptPage(CommissioningSession* session, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

public Q_SLOTS:
    QCoro::Task<> produce();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showReceipt();
    void print();
    void saveCopy();
    void exportCredentials();
    void unlockVault();
    void updateUnlockButton(const QString& errorCode = {});

    CommissioningSession* m_session;
    MessageWidget* m_message = nullptr;
    QProgressBar* m_busy = nullptr;
    QTextBrowser* m_view = nullptr;
    QLabel* m_files = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_saveCopy = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_retry = nullptr;
    QPushButton* m_unlock = nullptr;
    bool m_busyNow = false;
};

} // namespace lwc::ui
