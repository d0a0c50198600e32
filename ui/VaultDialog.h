#pragma once

#include <QDialog>
#include <QPointer>

#include <QCoro/QCoroTask>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace lwc {
class Vault;
}

namespace lwc::ui {

class MessageWidget;

// Creates, unlocks or re-keys the encrypted vault (S26). Scrypt runs off
// the GUI thread (Vault::*Async); the dialog stays responsive, disables its
// buttons while working and restores them afterwards. A wrong passphrase is
// an inline error that changes nothing; after repeated failures the unlock
// button waits out a growing back-off.
class VaultDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Create, Unlock, ChangePassphrase };
    Q_ENUM(Mode)

    VaultDialog(Vault& vault, Mode mode, QWidget* parent = nullptr);
    ~VaultDialog() override;

    Mode mode() const { return m_mode; }
    // Back-off before the next unlock attempt after `failures` wrong passphrases.
    static int backoffSeconds(int failures);

protected:
    void changeEvent(QEvent* event) override;

private:
    QCoro::Task<> onAccept();
    QCoro::Task<> onKeychain();
    void retranslateUi();
    void setBusy(bool busy, const QString& what = {});
    void updateButtons();
    void startBackoff();

    Vault& m_vault;
    Mode m_mode;
    QLabel* m_intro;
    QLabel* m_oldLabel;
    QLineEdit* m_old;
    QLabel* m_passLabel;
    QLineEdit* m_pass;
    QLabel* m_confirmLabel;
    QLineEdit* m_confirm;
    MessageWidget* m_message;
    QProgressBar* m_busy;
    QDialogButtonBox* m_buttons;
    QPushButton* m_ok;
    QPushButton* m_keychain = nullptr;
    QTimer* m_backoff;
    int m_backoffLeft = 0;
    bool m_working = false;
};

} // namespace lwc::ui
