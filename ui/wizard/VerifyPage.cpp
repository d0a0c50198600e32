#include "VerifyPage.h"

#include "CertificateDialog.h"
#include "CommissioningRun.h"
#include "CommissioningSession.h"
#include "MessageWidget.h"

#include "common/Log.h"
#include "receipt/ReceiptBuilder.h"
#include "security/LocalCa.h"

#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lwc::ui {

namespace {

// Records decisions when the application gave no sink (no inventory yet).
class LoggingTrustSink final : public security::TrustDecisionSink {
public:
    Status record(const security::TrustDecision& d) override
    {
        qCInfo(lcSecurity).noquote() << "trust decision" << security::trustChoiceName(d.choice) << "by" << d.who
                                     << "for" << d.fingerprintSha256;
        return {};
    }
};

QString verdictText(VerificationVerdict::Verdict v)
{
    switch (v) {
    case VerificationVerdict::Verdict::Pass:
        return VerifyPage::tr("passed");
    case VerificationVerdict::Verdict::Fail:
        return VerifyPage::tr("FAILED");
    case VerificationVerdict::Verdict::Warning:
        return VerifyPage::tr("warning");
    case VerificationVerdict::Verdict::Skipped:
        return VerifyPage::tr("not checked");
    }
    return {};
}

} // namespace

VerifyPage::VerifyPage(CommissioningSession* session, QWidget* parent) : QWizardPage(parent), m_session(session)
{
    setObjectName(QStringLiteral("verifyPage"));
    auto* layout = new QVBoxLayout(this);
    m_message = new MessageWidget(this);
    m_message->setObjectName(QStringLiteral("verifyMessageWidget"));
    layout->addWidget(m_message);
    m_checksLabel = new QLabel(this);
    m_checks = new QTreeWidget(this);
    m_checks->setObjectName(QStringLiteral("checksTreeWidget"));
    m_checks->setColumnCount(4);
    m_checks->setRootIsDecorated(false);
    m_checks->setWordWrap(true);
    m_checks->setUniformRowHeights(false);
    m_checks->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_checks->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_checks->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_checksLabel->setBuddy(m_checks);
    layout->addWidget(m_checksLabel);
    layout->addWidget(m_checks, 3);
    auto* row = new QHBoxLayout;
    m_checkCertificate = new QPushButton(this);
    m_checkCertificate->setObjectName(QStringLiteral("checkCertificatePushButton"));
    row->addWidget(m_checkCertificate);
    row->addStretch(1);
    layout->addLayout(row);
    m_writtenLabel = new QLabel(this);
    m_written = new QTreeWidget(this);
    m_written->setObjectName(QStringLiteral("writtenTreeWidget"));
    m_written->setColumnCount(2);
    m_written->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_writtenLabel->setBuddy(m_written);
    layout->addWidget(m_writtenLabel);
    layout->addWidget(m_written, 2);
    connect(m_checkCertificate, &QPushButton::clicked, this, &VerifyPage::checkCertificate);
    retranslateUi();
}

void VerifyPage::initializePage()
{
    showChecks();
}

void VerifyPage::cleanupPage()
{
    m_session->extraVerdicts.clear();
}

QByteArray VerifyPage::serverCertificate() const
{
    const CommissioningRun* run = m_session->run();
    if (!run || !run->job()->report())
        return {};
    for (const bootstrap::WrittenInstance& w : run->job()->report()->written)
        if (w.securityMode == QLatin1String("x509") && !w.bootstrapAccount)
            for (const QString& res : w.resources)
                if (res.startsWith(QLatin1String("4=0x")) && res.size() > 4)
                    return QByteArray::fromHex(res.mid(4).toLatin1());
    return {};
}

void VerifyPage::showChecks()
{
    m_checks->clear();
    m_written->clear();
    const CommissioningRun* run = m_session->run();
    if (!run || !run->job()->report()) {
        m_message->showMessage(tr("There is no bootstrap report to check."), MessageWidget::Severity::Warning);
        return;
    }
    const bootstrap::BootstrapReport& report = *run->job()->report();
    QList<VerificationVerdict> list = ReceiptBuilder::verification(
        report, m_session->plan() ? m_session->plan()->match(m_session->request.endpoint) : nullptr);
    list += m_session->extraVerdicts;
    int failed = 0;
    int warnings = 0;
    for (const VerificationVerdict& v : std::as_const(list)) {
        QStyle::StandardPixmap icon = QStyle::SP_DialogApplyButton;
        switch (v.verdict) {
        case VerificationVerdict::Verdict::Pass:
            break;
        case VerificationVerdict::Verdict::Fail:
            icon = QStyle::SP_MessageBoxCritical;
            ++failed;
            break;
        case VerificationVerdict::Verdict::Warning:
            icon = QStyle::SP_MessageBoxWarning;
            ++warnings;
            break;
        case VerificationVerdict::Verdict::Skipped:
            icon = QStyle::SP_MessageBoxInformation;
            break;
        }
        auto* item = new QTreeWidgetItem(m_checks, {v.check, verdictText(v.verdict), ruleId(v.rule), v.detail});
        item->setIcon(1, style()->standardIcon(icon));
        item->setToolTip(3, v.detail);
    }
    for (const bootstrap::WrittenInstance& w : report.written) {
        auto* item = new QTreeWidgetItem(m_written, {w.path, w.uri});
        for (const QString& res : w.resources) {
            const qsizetype eq = res.indexOf(QLatin1Char('='));
            QString value = res.mid(eq + 1);
            if (value.size() > 80)
                value = value.left(77) + QStringLiteral("… (%1)").arg(tr("%1 characters").arg(value.size()));
            new QTreeWidgetItem(item, {w.path + QLatin1Char('/') + res.left(eq), value});
        }
    }
    m_written->expandAll();
    m_checkCertificate->setVisible(!serverCertificate().isEmpty());
    if (failed)
        m_message->showMessage(
            tr("Checks failed: %1. The device may not work as planned; see the details.").arg(failed),
            MessageWidget::Severity::Error);
    else if (warnings || report.insecure)
        m_message->showMessage(tr("The device holds what was planned. Warnings: %1.").arg(warnings),
                               MessageWidget::Severity::Warning);
    else
        m_message->showMessage(tr("The device holds what was planned."), MessageWidget::Severity::Positive);
}

void VerifyPage::checkCertificate()
{
    const QByteArray certificate = serverCertificate();
    if (certificate.isEmpty())
        return;
    CertificateDialog::Context context;
    context.chain = {certificate};
    context.serverUri = m_session->request.serverUri;
    // A certificate from the local CA chains to it.
    QFile ca(m_session->caProvider().certificatePath());
    if (ca.open(QIODevice::ReadOnly)) {
        auto imported = CertificateDialog::chainFromFile(ca.fileName());
        if (imported.ok())
            context.trustAnchors = imported.value();
    }
    LoggingTrustSink fallback;
    security::TrustDecisionSink* sink
        = m_session->services().trustDecisions ? m_session->services().trustDecisions : &fallback;
    CertificateDialog dialog(context, sink, m_session->clock(), this);
    dialog.setObjectName(QStringLiteral("serverCertificateDialog"));
    dialog.exec(); // a decision: modal on purpose
    const auto& report = dialog.report();
    const auto& decision = dialog.decision();
    if (!report)
        return;
    // One verdict for the receipt: what the dialog found and what was decided.
    QString detail = report->summary();
    if (decision)
        detail += QStringLiteral(" — ")
            + tr("decision: %1 by %2").arg(security::trustChoiceName(decision->choice), decision->who);
    const bool rejected = decision && decision->choice == security::TrustChoice::Reject;
    m_session->extraVerdicts.removeIf(
        [](const VerificationVerdict& v) { return v.rule == Rule::S14 && v.check.contains(QLatin1String("/0/")); });
    m_session->extraVerdicts << VerificationVerdict {tr("Server certificate in /0/x/4"),
                                                     report->trusted && !rejected ? VerificationVerdict::Verdict::Pass
                                                                                  : VerificationVerdict::Verdict::Fail,
                                                     Rule::S14, detail};
    showChecks();
}

void VerifyPage::retranslateUi()
{
    setTitle(tr("Verify"));
    setSubTitle(tr("What the device holds now, compared with the plan."));
    m_checksLabel->setText(tr("&Checks:"));
    m_checks->setHeaderLabels({tr("Check"), tr("Result"), tr("Rule"), tr("Details")});
    m_checks->setAccessibleName(tr("Verification checks"));
    m_writtenLabel->setText(tr("&Written to the device (secrets shown by size only):"));
    m_written->setHeaderLabels({tr("Path"), tr("Value")});
    m_written->setAccessibleName(tr("Written resources"));
    m_checkCertificate->setText(tr("Check the &server certificate…"));
    m_checkCertificate->setAccessibleName(tr("Check the server certificate"));
    if (m_session->run() && !m_session->run()->isRunning())
        showChecks();
}

void VerifyPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

} // namespace lwc::ui
