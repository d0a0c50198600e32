#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace lwc::ui {

class LanguageManager;
class MessageWidget;

// Settings > Preferences (Ctrl+,): where the inventory, vault and receipts
// live (takes effect on the next start), how the wizard commissions (content
// format, PIN policy, listener, server URI, demo device) and the language
// (at once). Reads and writes QSettings under the keys the wizard and
// Workspace read; nothing is written until OK, and OK refuses values that
// would not work, naming the field.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(LanguageManager* languages, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    // Checks and stores; false (with the reason shown inline) if a value is wrong.
    bool apply();

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void load();
    void retranslateUi();
    QWidget* pathRow(QLineEdit* edit, QToolButton* browse);
    void browse(QLineEdit* edit, bool directory);

    LanguageManager* m_languages;
    MessageWidget* m_message;

    QGroupBox* m_storageGroup;
    QLabel* m_storageNote;
    QLabel* m_inventoryLabel;
    QLineEdit* m_inventoryPath;
    QToolButton* m_inventoryBrowse;
    QLabel* m_vaultLabel;
    QLineEdit* m_vaultPath;
    QToolButton* m_vaultBrowse;
    QLabel* m_receiptLabel;
    QLineEdit* m_receiptDirectory;
    QToolButton* m_receiptBrowse;

    QGroupBox* m_commissioningGroup;
    QLabel* m_formatLabel;
    QComboBox* m_format;
    QLabel* m_pinLengthLabel;
    QSpinBox* m_pinLength;
    QLabel* m_pinExpiryLabel;
    QSpinBox* m_pinExpiry;
    QLabel* m_portLabel;
    QSpinBox* m_port;
    QLabel* m_serverUriLabel;
    QLineEdit* m_serverUri;
    QCheckBox* m_demo;

    QGroupBox* m_appearanceGroup;
    QLabel* m_languageLabel;
    QComboBox* m_language;

    QDialogButtonBox* m_buttons;
};

} // namespace lwc::ui
