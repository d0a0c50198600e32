#include "VaultDialog.h"

#include "MessageWidget.h"

#include "common/Log.h"
#include "common/SecretBytes.h"
#include "vault/Vault.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QTimer>
#include <QVBoxLayout>

namespace lwc::ui {

namespace {
// Takes the text out of a password field into SecretBytes and clears the field.
SecretBytes takePassphrase(QLineEdit* edit)
{
    QString text = edit->text();
    edit->clear();
    return SecretBytes::takeUtf8(text);
}
} // namespace

VaultDialog::VaultDialog(Vault& vault, Mode mode, QWidget* parent)
    : QDialog(parent),
      m_vault(vault),
      m_mode(mode),
      m_intro(new QLabel(this)),
      m_oldLabel(new QLabel(this)),
      m_old(new QLineEdit(this)),
      m_passLabel(new QLabel(this)),
      m_pass(new QLineEdit(this)),
      m_confirmLabel(new QLabel(this)),
      m_confirm(new QLineEdit(this)),
      m_message(new MessageWidget(this)),
      m_busy(new QProgressBar(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_backoff(new QTimer(this))
{
    setObjectName(QStringLiteral("vaultDialog"));
    m_intro->setObjectName(QStringLiteral("introLabel"));
    m_intro->setWordWrap(true);
    m_old->setObjectName(QStringLiteral("oldPassphraseLineEdit"));
    m_pass->setObjectName(QStringLiteral("passphraseLineEdit"));
    m_confirm->setObjectName(QStringLiteral("confirmLineEdit"));
    for (QLineEdit* e : {m_old, m_pass, m_confirm}) {
        e->setEchoMode(QLineEdit::Password);
        e->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
        connect(e, &QLineEdit::textChanged, this, &VaultDialog::updateButtons);
    }
    m_oldLabel->setBuddy(m_old);
    m_passLabel->setBuddy(m_pass);
    m_confirmLabel->setBuddy(m_confirm);
    m_busy->setObjectName(QStringLiteral("busyProgressBar"));
    m_busy->setRange(0, 0);
    m_busy->hide();
    m_ok = m_buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okPushButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelPushButton"));
    if (m_mode == Mode::Unlock && m_vault.keychainUnlockEnabled()) {
        m_keychain = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
        m_keychain->setObjectName(QStringLiteral("keychainPushButton"));
        connect(m_keychain, &QPushButton::clicked, this, [this] { onKeychain(); });
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { onAccept(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(m_oldLabel, m_old);
    form->addRow(m_passLabel, m_pass);
    form->addRow(m_confirmLabel, m_confirm);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);

    const bool showOld = m_mode == Mode::ChangePassphrase;
    const bool showConfirm = m_mode != Mode::Unlock;
    m_oldLabel->setVisible(showOld);
    m_old->setVisible(showOld);
    m_confirmLabel->setVisible(showConfirm);
    m_confirm->setVisible(showConfirm);

    m_backoff->setInterval(1000);
    connect(m_backoff, &QTimer::timeout, this, [this] {
        if (--m_backoffLeft <= 0)
            m_backoff->stop();
        updateButtons();
    });
    retranslateUi();
    updateButtons();
    (showOld ? m_old : m_pass)->setFocus();
    if (m_mode == Mode::Unlock && m_vault.failedUnlockAttempts() > 0)
        startBackoff();
}

VaultDialog::~VaultDialog() = default;

int VaultDialog::backoffSeconds(int failures)
{
    // Three quick tries, then 2, 4, 8 ... up to 60 s between attempts.
    if (failures < 3)
        return 0;
    return qMin(60, 1 << qMin(failures - 2, 6));
}

void VaultDialog::retranslateUi()
{
    switch (m_mode) {
    case Mode::Create:
        setWindowTitle(tr("Create the vault"));
        m_intro->setText(tr("Every key this tool generates is stored encrypted in the vault. Choose a passphrase of "
                            "at least %1 characters; without it the stored keys cannot be recovered.")
                             .arg(Vault::kMinPassphraseBytes));
        m_ok->setText(tr("&Create"));
        break;
    case Mode::Unlock:
        setWindowTitle(tr("Unlock the vault"));
        m_intro->setText(tr("The vault holds the keys of commissioned devices. Enter its passphrase to unlock it."));
        m_ok->setText(tr("&Unlock"));
        break;
    case Mode::ChangePassphrase:
        setWindowTitle(tr("Change the vault passphrase"));
        m_intro->setText(tr("The stored keys stay as they are; only the passphrase that unlocks them changes."));
        m_ok->setText(tr("&Change"));
        break;
    }
    m_oldLabel->setText(tr("&Current passphrase:"));
    m_passLabel->setText(m_mode == Mode::ChangePassphrase ? tr("&New passphrase:") : tr("&Passphrase:"));
    m_confirmLabel->setText(tr("&Repeat:"));
    m_old->setAccessibleName(tr("Current passphrase"));
    m_pass->setAccessibleName(m_mode == Mode::ChangePassphrase ? tr("New passphrase") : tr("Passphrase"));
    m_confirm->setAccessibleName(tr("Repeat passphrase"));
    m_busy->setAccessibleName(tr("Working"));
    if (m_keychain) {
        m_keychain->setText(tr("Unlock with the &system keychain"));
        m_keychain->setAccessibleName(m_keychain->text().remove(QLatin1Char('&')));
    }
    updateButtons();
}

void VaultDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void VaultDialog::updateButtons()
{
    const qsizetype len = m_pass->text().toUtf8().size();
    bool ok = !m_working && len > 0;
    if (m_mode != Mode::Unlock)
        ok = ok && len >= Vault::kMinPassphraseBytes && m_pass->text() == m_confirm->text();
    if (m_mode == Mode::ChangePassphrase)
        ok = ok && !m_old->text().isEmpty();
    if (m_mode == Mode::Unlock && m_backoffLeft > 0) {
        ok = false;
        m_ok->setToolTip(tr("Wait %n second(s) after the failed attempts.", nullptr, m_backoffLeft));
    } else {
        m_ok->setToolTip({});
    }
    m_ok->setEnabled(ok);
    if (m_keychain)
        m_keychain->setEnabled(!m_working);
}

void VaultDialog::setBusy(bool busy, const QString& what)
{
    m_working = busy;
    m_busy->setVisible(busy);
    m_busy->setFormat(what);
    for (QLineEdit* e : {m_old, m_pass, m_confirm})
        e->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    updateButtons();
}

void VaultDialog::startBackoff()
{
    m_backoffLeft = backoffSeconds(m_vault.failedUnlockAttempts());
    if (m_backoffLeft > 0)
        m_backoff->start();
    updateButtons();
}

QCoro::Task<> VaultDialog::onAccept()
{
    // A coroutine slot nobody awaits: nothing may escape it.
    try {
        if (m_working || !m_ok->isEnabled())
            co_return;
        QPointer<VaultDialog> self(this);
        setBusy(true, tr("Deriving the key…"));
        const auto restore = qScopeGuard([self] {
            if (self)
                self->setBusy(false);
        });
        m_message->hideMessage();
        Status result;
        switch (m_mode) {
        case Mode::Create: {
            SecretBytes pass = takePassphrase(m_pass);
            m_confirm->clear();
            result = co_await m_vault.createAsync(std::move(pass));
            break;
        }
        case Mode::Unlock: {
            SecretBytes pass = takePassphrase(m_pass);
            result = co_await m_vault.unlockAsync(std::move(pass));
            break;
        }
        case Mode::ChangePassphrase: {
            SecretBytes oldPass = takePassphrase(m_old);
            SecretBytes newPass = takePassphrase(m_pass);
            m_confirm->clear();
            result = co_await m_vault.changePassphraseAsync(std::move(oldPass), std::move(newPass));
            break;
        }
        }
        if (!self)
            co_return;
        if (result.ok()) {
            accept();
            co_return;
        }
        // Inline, nothing changed on disk; the field keeps focus for a retry.
        m_message->showError(result.error());
        if (m_mode == Mode::Unlock && result.error().code == QLatin1String("vault.wrongPassphrase")) {
            m_message->showMessage(tr("Wrong passphrase (attempt %1). Nothing was changed; check the keyboard layout "
                                      "and Caps Lock, then try again.")
                                       .arg(m_vault.failedUnlockAttempts()),
                                   MessageWidget::Severity::Error);
            startBackoff();
        }
        (m_mode == Mode::ChangePassphrase ? m_old : m_pass)->setFocus();
    } catch (const std::exception& e) {
        qCCritical(lcUi) << "vault dialog:" << e.what();
    }
}

QCoro::Task<> VaultDialog::onKeychain()
{
    try {
        if (m_working)
            co_return;
        QPointer<VaultDialog> self(this);
        setBusy(true, tr("Asking the system keychain…"));
        const auto restore = qScopeGuard([self] {
            if (self)
                self->setBusy(false);
        });
        const Status result = co_await m_vault.unlockWithKeychain();
        if (!self)
            co_return;
        if (result.ok())
            accept();
        else
            m_message->showError(result.error());
    } catch (const std::exception& e) {
        qCCritical(lcUi) << "vault dialog:" << e.what();
    }
}

} // namespace lwc::ui
