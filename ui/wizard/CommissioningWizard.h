#pragma once

#include "CommissioningSession.h"

#include <QWizard>

namespace lwc::ui {

class ConnectPage;
class IdentifyPage;
class ProvisionPage;
class ReceiptPage;
class ReviewPage;
class SecurityPage;
class VerifyPage;

// The guided commissioning wizard: Connect → Identify → Security → Review →
// Provision → Verify → Receipt. Every page is a class; long operations are
// coroutine slots, errors are inline, modal boxes only ask for decisions.
// Fully usable by keyboard (mnemonics on every field, Enter for Next).
class CommissioningWizard : public QWizard {
    Q_OBJECT
public:
    explicit CommissioningWizard(WizardServices services = {}, QWidget* parent = nullptr);
    ~CommissioningWizard() override;

    CommissioningSession* session() const { return m_session; }

public Q_SLOTS:
    // Asks before abandoning a running job; the job then ends as cancelled
    // (recorded) and the wizard closes once it has.
    void reject() override;

Q_SIGNALS:
    // A job ended (for the main window's device list and history).
    void jobFinished(const QString& jobId, lwc::jobs::JobState state);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    CommissioningSession* m_session;
    ConnectPage* m_connect;
    IdentifyPage* m_identify;
    SecurityPage* m_security;
    ReviewPage* m_review;
    ProvisionPage* m_provision;
    VerifyPage* m_verify;
    ReceiptPage* m_receipt;
    bool m_closeWhenStopped = false;
};

} // namespace lwc::ui
