#pragma once

#include "common/SecretBytes.h"

#include <QWizardPage>

#include <optional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

namespace lwc::ui {

class CommissioningSession;
class MessageWidget;
class SecretClipboard;

// Step 3: security. How the device authenticates to this computer's
// bootstrap listener (PSK / PIN / X.509 / NoSec) and the LwM2M server
// account written to it (a generated PSK by default, S3). PIN mode shows the
// LwM2M 1.1 warning (S4) and a CSPRNG PIN to type into the device; NoSec
// needs an explicit "allow insecure" and is marked insecure (S1, S2).
class SecurityPage : public QWizardPage {
    Q_OBJECT
public:
    SecurityPage(CommissioningSession* session, QWidget* parent = nullptr);
    ~SecurityPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // Hex (spaces and colons allowed) or base64; nullopt if neither.
    static std::optional<SecretBytes> parseKey(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildChannelPsk();
    QWidget* buildChannelPin();
    QWidget* buildChannelX509();
    QWidget* buildChannelNoSec();
    QWidget* buildAccountPsk();
    QWidget* buildAccountX509();
    QWidget* buildAccountNoSec();
    void retranslateUi();
    void updateState();
    void showPin();
    void importFile(QLineEdit* target, const QString& caption, bool secret);
    bool channelNoSec() const;
    bool accountNoSec() const;

    CommissioningSession* m_session;
    SecretClipboard* m_clipboard = nullptr;
    MessageWidget* m_message = nullptr;

    QGroupBox* m_channelGroup = nullptr;
    QLabel* m_channelModeLabel = nullptr;
    QComboBox* m_channelMode = nullptr;
    QStackedWidget* m_channelStack = nullptr;
    // PSK channel
    QLabel* m_channelIdentityLabel = nullptr;
    QLineEdit* m_channelIdentity = nullptr;
    QLabel* m_channelKeyLabel = nullptr;
    QLineEdit* m_channelKey = nullptr;
    QCheckBox* m_showChannelKey = nullptr;
    QPushButton* m_importChannelKey = nullptr;
    QLabel* m_channelKeyHint = nullptr;
    // PIN channel
    MessageWidget* m_pinWarning = nullptr;
    QLabel* m_pinCaption = nullptr;
    QLabel* m_pin = nullptr;
    QPushButton* m_copyPin = nullptr;
    QPushButton* m_newPin = nullptr;
    QLabel* m_pinIdentityLabel = nullptr;
    QLineEdit* m_pinIdentity = nullptr;
    QLabel* m_pinExpiryLabel = nullptr;
    QSpinBox* m_pinExpiry = nullptr;
    QLabel* m_nextBootstrapLabel = nullptr;
    QLineEdit* m_nextBootstrapUri = nullptr;
    QLabel* m_pinHint = nullptr;
    // X.509 channel
    QRadioButton* m_caLocal = nullptr;
    QRadioButton* m_caFile = nullptr;
    QLineEdit* m_caFilePath = nullptr;
    QPushButton* m_browseCa = nullptr;
    QLabel* m_x509ChannelHint = nullptr;
    // NoSec channel
    QLabel* m_channelNoSecText = nullptr;

    QGroupBox* m_accountGroup = nullptr;
    QLabel* m_serverUriLabel = nullptr;
    QLineEdit* m_serverUri = nullptr;
    QLabel* m_ssidLabel = nullptr;
    QSpinBox* m_ssid = nullptr;
    QLabel* m_lifetimeLabel = nullptr;
    QSpinBox* m_lifetime = nullptr;
    QLabel* m_accountModeLabel = nullptr;
    QComboBox* m_accountMode = nullptr;
    QStackedWidget* m_accountStack = nullptr;
    // PSK account
    QRadioButton* m_generatePsk = nullptr;
    QRadioButton* m_importPsk = nullptr;
    QLineEdit* m_accountKey = nullptr;
    QLabel* m_accountKeyHint = nullptr;
    QLabel* m_accountIdentityLabel = nullptr;
    QLineEdit* m_accountIdentity = nullptr;
    // X.509 account
    QLabel* m_x509AccountText = nullptr;
    QLabel* m_serverCertLabel = nullptr;
    QLineEdit* m_serverCertPath = nullptr;
    QPushButton* m_browseServerCert = nullptr;
    // NoSec account
    QLabel* m_accountNoSecText = nullptr;

    QCheckBox* m_allowInsecure = nullptr;
    QLabel* m_insecureBadge = nullptr;

    QByteArray m_caFileBytes;
    QByteArray m_serverCertBytes;
    bool m_initialized = false;
};

} // namespace lwc::ui
