#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace lwc::ui {

class CommissioningSession;
class MessageWidget;

// Step 6: what the device holds now. Discover after the writes against the
// plan, the Server object read back, S20 (Secret Key never readable), the
// channel's security, and — for certificate accounts — the server
// certificate written into /0/x/4 in the certificate dialog.
class VerifyPage : public QWizardPage {
    Q_OBJECT
public:
    VerifyPage(CommissioningSession* session, QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showChecks();
    void checkCertificate();
    QByteArray serverCertificate() const;

    CommissioningSession* m_session;
    MessageWidget* m_message = nullptr;
    QLabel* m_checksLabel = nullptr;
    QTreeWidget* m_checks = nullptr;
    QLabel* m_writtenLabel = nullptr;
    QTreeWidget* m_written = nullptr;
    QPushButton* m_checkCertificate = nullptr;
};

} // namespace lwc::ui
