#include "ReceiptPage.h"

#include "CommissioningRun.h"
#include "CommissioningSession.h"
#include "FileDialog.h"
#include "MessageWidget.h"
#include "PrintDialog.h"
#include "ReceiptPrinter.h"
#include "VaultDialog.h"

#include "common/Log.h"
#include "vault/Vault.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

namespace lwc::ui {

ReceiptPage::ReceiptPage(CommissioningSession* session, QWidget* parent) : QWizardPage(parent), m_session(session)
{
    setObjectName(QStringLiteral("receiptPage"));
    setFinalPage(true);
    auto* layout = new QVBoxLayout(this);
    m_message = new MessageWidget(this);
    m_message->setObjectName(QStringLiteral("receiptMessageWidget"));
    layout->addWidget(m_message);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("receiptBusyProgressBar"));
    m_busy->setRange(0, 0);
    m_busy->hide();
    layout->addWidget(m_busy);
    m_view = new QTextBrowser(this);
    m_view->setObjectName(QStringLiteral("receiptTextBrowser"));
    m_view->setOpenLinks(false);
    layout->addWidget(m_view, 1);
    m_files = new QLabel(this);
    m_files->setObjectName(QStringLiteral("receiptFilesLabel"));
    m_files->setWordWrap(true);
    m_files->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_files);
    auto* buttons = new QHBoxLayout;
    m_print = new QPushButton(this);
    m_print->setObjectName(QStringLiteral("printPushButton"));
    m_saveCopy = new QPushButton(this);
    m_saveCopy->setObjectName(QStringLiteral("saveCopyPushButton"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportCredentialsPushButton"));
    m_retry = new QPushButton(this);
    m_retry->setObjectName(QStringLiteral("retryReceiptPushButton"));
    m_retry->hide();
    m_unlock = new QPushButton(this);
    m_unlock->setObjectName(QStringLiteral("unlockVaultPushButton"));
    m_unlock->hide();
    buttons->addWidget(m_print);
    buttons->addWidget(m_saveCopy);
    buttons->addWidget(m_export);
    buttons->addStretch(1);
    buttons->addWidget(m_unlock);
    buttons->addWidget(m_retry);
    layout->addLayout(buttons);
    connect(m_print, &QPushButton::clicked, this, &ReceiptPage::print);
    connect(m_saveCopy, &QPushButton::clicked, this, &ReceiptPage::saveCopy);
    connect(m_export, &QPushButton::clicked, this, &ReceiptPage::exportCredentials);
    connect(m_retry, &QPushButton::clicked, this, &ReceiptPage::produce);
    connect(m_unlock, &QPushButton::clicked, this, &ReceiptPage::unlockVault);
    retranslateUi();
}

void ReceiptPage::initializePage()
{
    produce();
}

QCoro::Task<> ReceiptPage::produce()
{
    QPointer<ReceiptPage> self(this);
    try {
        if (m_busyNow)
            co_return;
        m_busyNow = true;
        m_retry->hide();
        m_busy->show();
        m_print->setEnabled(false);
        m_saveCopy->setEnabled(false);
        m_message->showMessage(tr("Signing the receipt with the local CA…"), MessageWidget::Severity::Information);
        Q_EMIT completeChanged();
        const auto restore = qScopeGuard([self] {
            if (!self)
                return;
            self->m_busyNow = false;
            self->m_busy->hide();
            Q_EMIT self->completeChanged();
        });
        const Status produced = co_await m_session->produceReceipt();
        if (!self)
            co_return;
        if (!produced.ok()) {
            m_message->showError(produced.error());
            m_retry->show();
            updateUnlockButton(produced.error().code);
            co_return;
        }
        showReceipt();
    } catch (const std::exception& e) {
        qCCritical(lcUi) << "receipt page:" << e.what();
        if (self)
            self->m_message->showError(makeError(QStringLiteral("wizard.internal"),
                                                 tr("The receipt could not be written because of an internal error."),
                                                 QString::fromUtf8(e.what())));
    }
}

void ReceiptPage::showReceipt()
{
    const auto& receipt = m_session->receipt();
    if (!receipt)
        return;
    m_view->setHtml(receipt->toHtml());
    QStringList names;
    for (const QString& f : m_session->receiptFiles())
        names << QFileInfo(f).fileName();
    QString files = tr("Saved in %1: %2")
                        .arg(QDir::toNativeSeparators(m_session->receiptDirectory()), names.join(QLatin1String(", ")));
    files += QLatin1Char('\n')
        + tr("Check a receipt any time with: commissioner-cli receipt verify FILE --cert %1")
              .arg(QDir::toNativeSeparators(m_session->caProvider().certificatePath()));
    if (m_session->caProvider().protection() == security::LocalCaProvider::Protection::PassphraseFile)
        files += QLatin1Char('\n')
            + tr("The local CA's key is protected by a passphrase file only until you unlock a vault.");
    m_files->setText(files);
    m_print->setEnabled(true);
    m_saveCopy->setEnabled(true);
    const bool succeeded = receipt->receipt().outcome == CommissioningReceipt::Outcome::Succeeded;
    const bool hasKey = m_session->request.accountMode != bootstrap::AccountSecurityMode::NoSec;
    m_export->setVisible(succeeded && hasKey);
    QString text = succeeded ? tr("Commissioned. The receipt is signed by the local CA.")
                             : tr("The job did not succeed; the signed receipt records how far it got.");
    MessageWidget::Severity severity = succeeded ? MessageWidget::Severity::Positive : MessageWidget::Severity::Warning;
    if (succeeded && hasKey && !m_session->serverCredentialsSealed()) {
        // S26: the key exists only in this window now.
        text += QLatin1Char(' ')
            + (m_session->services().inventory && m_session->vaultLocked()
                   ? tr("The server account's key is not stored yet: unlock the vault to store it in the inventory, "
                        "or export it for the LwM2M server before you close this window.")
                   : tr("The server account's key was not stored in an encrypted vault: export it for the LwM2M "
                        "server before you close this window, or it is lost."));
        severity = MessageWidget::Severity::Warning;
    } else if (succeeded && hasKey) {
        text += QLatin1Char(' ') + tr("The server account's key is stored in the inventory, sealed by the vault.");
    }
    m_message->showMessage(text, severity);
    updateUnlockButton();
}

void ReceiptPage::updateUnlockButton(const QString& errorCode)
{
    // The vault is locked and something waits for it: the CA's key (signing)
    // or the server key that should be sealed into the inventory.
    const bool waiting = errorCode == QLatin1String("ca.vaultLocked")
        || (m_session->receipt() && m_session->services().inventory && !m_session->serverCredentialsSealed()
            && m_session->receipt()->receipt().outcome == CommissioningReceipt::Outcome::Succeeded);
    m_unlock->setVisible(m_session->vaultLocked() && waiting);
}

void ReceiptPage::unlockVault()
{
    Vault* vault = m_session->services().vault;
    if (!vault)
        return;
    // Entering a passphrase is a decision the technician makes: a dialog.
    VaultDialog dialog(*vault, VaultDialog::Mode::Unlock, this);
    if (dialog.exec() != QDialog::Accepted || !vault->isUnlocked())
        return;
    m_unlock->hide();
    if (!m_session->receipt()) {
        produce();
        return;
    }
    m_session->sealServerCredentials();
    showReceipt();
}

void ReceiptPage::print()
{
    if (!m_session->receipt())
        return;
    QTextDocument document;
    document.setHtml(m_session->receipt()->toHtml());
    if (PrintDialog::print(document, this))
        m_message->showMessage(tr("The receipt was sent to the printer."), MessageWidget::Severity::Positive);
}

void ReceiptPage::saveCopy()
{
    if (!m_session->receipt())
        return;
    const QString suggestion = m_session->receiptFiles().value(2);
    const QString path = FileDialog::getSaveFileName(this, tr("Save a copy of the receipt"),
                                                     QDir::home().filePath(QFileInfo(suggestion).fileName()),
                                                     tr("PDF (*.pdf);;Signed receipt (*.json);;Web page (*.html)"));
    if (path.isEmpty())
        return;
    Status written;
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) || path.endsWith(QLatin1String(".html"))) {
        const QByteArray data = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
            ? m_session->receipt()->toJson()
            : m_session->receipt()->toHtml().toUtf8();
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            written = makeError(QStringLiteral("wizard.fileWrite"),
                                tr("Could not write %1: %2. Choose another folder.")
                                    .arg(QDir::toNativeSeparators(path), file.errorString()));
    } else {
        written = ReceiptPrinter::writePdf(m_session->receipt()->toHtml(), path,
                                           tr("Commissioning receipt %1").arg(m_session->request.endpoint));
    }
    if (written.ok())
        m_message->showMessage(tr("Saved a copy as %1.").arg(QDir::toNativeSeparators(path)),
                               MessageWidget::Severity::Positive);
    else
        m_message->showError(written.error());
}

void ReceiptPage::exportCredentials()
{
    QString name = m_session->request.endpoint;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("_"));
    const QString path = FileDialog::getSaveFileName(this, tr("Export the server account's credentials"),
                                                     QDir::home().filePath(name + QStringLiteral("-server.json")),
                                                     tr("Credentials (*.json)"));
    if (path.isEmpty())
        return;
    const Status s = m_session->exportServerCredentials(path);
    if (s.ok())
        m_message->showMessage(tr("Exported to %1 (readable only by you). It holds the key in plain text: hand it to "
                                  "the LwM2M server's operator and delete it.")
                                   .arg(QDir::toNativeSeparators(path)),
                               MessageWidget::Severity::Warning);
    else
        m_message->showError(s.error());
}

bool ReceiptPage::isComplete() const
{
    return !m_busyNow;
}

void ReceiptPage::retranslateUi()
{
    setTitle(tr("Receipt"));
    setSubTitle(tr("A signed record of what was done, for the customer and the audit."));
    m_view->setAccessibleName(tr("Commissioning receipt"));
    m_files->setAccessibleName(tr("Receipt files"));
    m_print->setText(tr("&Print…"));
    m_print->setAccessibleName(tr("Print the receipt"));
    m_saveCopy->setText(tr("Save a &copy…"));
    m_saveCopy->setAccessibleName(tr("Save a copy of the receipt"));
    m_export->setText(tr("&Export server credentials…"));
    m_export->setAccessibleName(tr("Export the server account's credentials"));
    m_unlock->setText(tr("&Unlock the vault…"));
    m_unlock->setAccessibleName(tr("Unlock the vault"));
    m_retry->setText(tr("&Try again"));
    m_retry->setAccessibleName(tr("Try to sign the receipt again"));
    m_busy->setAccessibleName(tr("Signing the receipt"));
    if (m_session->receipt() && !m_busyNow)
        showReceipt();
}

void ReceiptPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

} // namespace lwc::ui
