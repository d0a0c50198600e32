#pragma once

// Types into the modal VaultDialog while a test's code blocks in exec():
// first a wrong passphrase, then (once the vault has counted the failure
// and the dialog is ready again) the right one, like a technician who
// mistypes once.
#include "VaultDialog.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

namespace lwc::test {

class VaultTypist {
public:
    VaultTypist(Vault& vault, QString wrong, QString right)
        : m_vault(vault), m_wrong(std::move(wrong)), m_right(std::move(right))
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
        m_timer.start(20);
    }
    int attempts() const { return m_attempts; }

private:
    void tick()
    {
        auto* dialog = qobject_cast<ui::VaultDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto* pass = dialog->findChild<QLineEdit*>(QStringLiteral("passphraseLineEdit"));
        auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("okPushButton"));
        // The second try only once the first has failed (and the dialog said so).
        if (!pass || !ok || m_attempts >= 2 || (m_attempts == 1 && m_vault.failedUnlockAttempts() < 1))
            return;
        pass->setText(m_attempts == 0 ? m_wrong : m_right);
        if (!ok->isEnabled())
            return;
        ++m_attempts;
        QTest::mouseClick(ok, Qt::LeftButton);
    }

    Vault& m_vault;
    QString m_wrong;
    QString m_right;
    QTimer m_timer;
    int m_attempts = 0;
};

} // namespace lwc::test
