#include "CommissioningWizard.h"

#include "CommissioningRun.h"
#include "ConnectPage.h"
#include "IdentifyPage.h"
#include "ProvisionPage.h"
#include "ReceiptPage.h"
#include "ReviewPage.h"
#include "SecurityPage.h"
#include "VerifyPage.h"

#include <QAbstractButton>
#include <QEvent>

namespace lwc::ui {

CommissioningWizard::CommissioningWizard(WizardServices services, QWidget* parent)
    : QWizard(parent),
      m_session(new CommissioningSession(std::move(services), this)),
      m_connect(new ConnectPage(m_session, this)),
      m_identify(new IdentifyPage(m_session, this)),
      m_security(new SecurityPage(m_session, this)),
      m_review(new ReviewPage(m_session, this)),
      m_provision(new ProvisionPage(m_session, this)),
      m_verify(new VerifyPage(m_session, this)),
      m_receipt(new ReceiptPage(m_session, this))
{
    setObjectName(QStringLiteral("commissioningWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(ConnectPageId, m_connect);
    setPage(IdentifyPageId, m_identify);
    setPage(SecurityPageId, m_security);
    setPage(ReviewPageId, m_review);
    setPage(ProvisionPageId, m_provision);
    setPage(VerifyPageId, m_verify);
    setPage(ReceiptPageId, m_receipt);
    setStartId(ConnectPageId);
    // Room for the step timeline and the receipt without scrolling.
    const QFontMetrics fm = fontMetrics();
    resize(qMax(960, fm.averageCharWidth() * 150), qMax(720, fm.height() * 50));
    for (auto [which, name] :
         {std::pair {QWizard::BackButton, "backButton"}, std::pair {QWizard::NextButton, "nextButton"},
          std::pair {QWizard::CommitButton, "commitButton"}, std::pair {QWizard::FinishButton, "finishButton"},
          std::pair {QWizard::CancelButton, "cancelButton"}})
        button(which)->setObjectName(QString::fromLatin1(name));

    connect(m_session, &CommissioningSession::runFinished, this, [this](jobs::JobState state) {
        if (m_session->run())
            Q_EMIT jobFinished(m_session->run()->job()->id(), state);
        if (m_closeWhenStopped)
            QWizard::reject();
    });
    retranslateUi();
}

CommissioningWizard::~CommissioningWizard() = default;

void CommissioningWizard::reject()
{
    if (m_closeWhenStopped)
        return;
    if (m_provision->isRunning()) {
        if (!m_provision->askToCancel())
            return;
        // Closes once the job has recorded its end (runFinished).
        m_closeWhenStopped = true;
        return;
    }
    QWizard::reject();
}

void CommissioningWizard::retranslateUi()
{
    setWindowTitle(tr("New commissioning"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    button(QWizard::BackButton)->setAccessibleName(tr("Back"));
    button(QWizard::NextButton)->setAccessibleName(tr("Next"));
    button(QWizard::CommitButton)->setAccessibleName(tr("Start commissioning"));
    button(QWizard::FinishButton)->setAccessibleName(tr("Finish"));
    button(QWizard::CancelButton)->setAccessibleName(tr("Cancel"));
}

void CommissioningWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

} // namespace lwc::ui
