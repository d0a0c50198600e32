#include "SettingsDialog.h"

#include "FileDialog.h"
#include "LanguageManager.h"
#include "MessageWidget.h"
#include "Workspace.h"
#include "wizard/CommissioningSession.h"

#include "bootstrap/PlanValidation.h"
#include "security/CredentialGenerator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace lwc::ui {

namespace {
// The plan's names for the content formats, in the combo box's order.
const QStringList kFormats {QStringLiteral("auto"), QStringLiteral("tlv"), QStringLiteral("senml-cbor"),
                            QStringLiteral("senml-json"), QStringLiteral("lwm2m-cbor")};

Error settingsError(const QString& field, const QString& text)
{
    return makeError(QStringLiteral("settings.invalid"), text, field);
}
} // namespace

SettingsDialog::SettingsDialog(LanguageManager* languages, QWidget* parent) : QDialog(parent), m_languages(languages)
{
    setObjectName(QStringLiteral("settingsDialog"));
    auto* layout = new QVBoxLayout(this);
    m_message = new MessageWidget(this);
    m_message->setObjectName(QStringLiteral("settingsMessageWidget"));
    layout->addWidget(m_message);

    // Storage
    m_storageGroup = new QGroupBox(this);
    auto* storage = new QFormLayout(m_storageGroup);
    m_storageNote = new QLabel(m_storageGroup);
    m_storageNote->setWordWrap(true);
    storage->addRow(m_storageNote);
    auto makePath = [this](const char* name, QLineEdit*& edit, QToolButton*& browse, QLabel*& label) {
        edit = new QLineEdit(m_storageGroup);
        edit->setObjectName(QLatin1String(name) + QStringLiteral("LineEdit"));
        edit->setMinimumWidth(fontMetrics().averageCharWidth() * 62);
        browse = new QToolButton(m_storageGroup);
        browse->setObjectName(QLatin1String(name) + QStringLiteral("BrowseToolButton"));
        browse->setText(QStringLiteral("…"));
        label = new QLabel(m_storageGroup);
        label->setBuddy(edit);
    };
    makePath("inventoryPath", m_inventoryPath, m_inventoryBrowse, m_inventoryLabel);
    makePath("vaultPath", m_vaultPath, m_vaultBrowse, m_vaultLabel);
    makePath("receiptDirectory", m_receiptDirectory, m_receiptBrowse, m_receiptLabel);
    storage->addRow(m_inventoryLabel, pathRow(m_inventoryPath, m_inventoryBrowse));
    storage->addRow(m_vaultLabel, pathRow(m_vaultPath, m_vaultBrowse));
    storage->addRow(m_receiptLabel, pathRow(m_receiptDirectory, m_receiptBrowse));
    connect(m_inventoryBrowse, &QToolButton::clicked, this, [this] { browse(m_inventoryPath, false); });
    connect(m_vaultBrowse, &QToolButton::clicked, this, [this] { browse(m_vaultPath, false); });
    connect(m_receiptBrowse, &QToolButton::clicked, this, [this] { browse(m_receiptDirectory, true); });
    layout->addWidget(m_storageGroup);

    // Commissioning
    m_commissioningGroup = new QGroupBox(this);
    auto* commissioning = new QFormLayout(m_commissioningGroup);
    m_format = new QComboBox(m_commissioningGroup);
    m_format->setObjectName(QStringLiteral("contentFormatComboBox"));
    for (int i = 0; i < kFormats.size(); ++i)
        m_format->addItem(QString(), kFormats.at(i));
    m_formatLabel = new QLabel(m_commissioningGroup);
    m_formatLabel->setBuddy(m_format);
    commissioning->addRow(m_formatLabel, m_format);
    m_pinLength = new QSpinBox(m_commissioningGroup);
    m_pinLength->setObjectName(QStringLiteral("pinLengthSpinBox"));
    m_pinLength->setRange(security::CredentialGenerator::kMinPinLength, security::CredentialGenerator::kMaxPinLength);
    m_pinLengthLabel = new QLabel(m_commissioningGroup);
    m_pinLengthLabel->setBuddy(m_pinLength);
    commissioning->addRow(m_pinLengthLabel, m_pinLength);
    m_pinExpiry = new QSpinBox(m_commissioningGroup);
    m_pinExpiry->setObjectName(QStringLiteral("pinExpirySpinBox"));
    m_pinExpiry->setRange(1, 1440);
    m_pinExpiryLabel = new QLabel(m_commissioningGroup);
    m_pinExpiryLabel->setBuddy(m_pinExpiry);
    commissioning->addRow(m_pinExpiryLabel, m_pinExpiry);
    m_port = new QSpinBox(m_commissioningGroup);
    m_port->setObjectName(QStringLiteral("listenPortSpinBox"));
    m_port->setRange(0, 65535);
    m_portLabel = new QLabel(m_commissioningGroup);
    m_portLabel->setBuddy(m_port);
    commissioning->addRow(m_portLabel, m_port);
    m_serverUri = new QLineEdit(m_commissioningGroup);
    m_serverUri->setObjectName(QStringLiteral("serverUriLineEdit"));
    m_serverUri->setPlaceholderText(QStringLiteral("coaps://lwm2m.example.com:5684"));
    m_serverUriLabel = new QLabel(m_commissioningGroup);
    m_serverUriLabel->setBuddy(m_serverUri);
    commissioning->addRow(m_serverUriLabel, m_serverUri);
    m_demo = new QCheckBox(m_commissioningGroup);
    m_demo->setObjectName(QStringLiteral("demoDeviceCheckBox"));
    commissioning->addRow(m_demo);
    layout->addWidget(m_commissioningGroup);

    // Appearance
    m_appearanceGroup = new QGroupBox(this);
    auto* appearance = new QFormLayout(m_appearanceGroup);
    m_language = new QComboBox(m_appearanceGroup);
    m_language->setObjectName(QStringLiteral("languageComboBox"));
    for (const QString& code : LanguageManager::availableLanguages())
        m_language->addItem(LanguageManager::nativeName(code), code);
    m_languageLabel = new QLabel(m_appearanceGroup);
    m_languageLabel->setBuddy(m_language);
    appearance->addRow(m_languageLabel, m_language);
    layout->addWidget(m_appearanceGroup);

    layout->addStretch(1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("settingsButtonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okPushButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelPushButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addWidget(m_buttons);

    retranslateUi();
    load();
}

SettingsDialog::~SettingsDialog() = default;

QWidget* SettingsDialog::pathRow(QLineEdit* edit, QToolButton* browse)
{
    auto* row = new QWidget(m_storageGroup);
    auto* h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(edit, 1);
    h->addWidget(browse);
    return row;
}

void SettingsDialog::browse(QLineEdit* edit, bool directory)
{
    const QString start = edit->text().isEmpty() ? QString() : QFileInfo(edit->text()).absolutePath();
    const QString caption = directory ? tr("Choose a folder") : tr("Choose a file");
    const QString chosen = directory ? FileDialog::getExistingDirectory(this, caption, start)
                                     : FileDialog::getSaveFileName(this, caption, start);
    if (!chosen.isEmpty())
        edit->setText(chosen);
}

void SettingsDialog::load()
{
    const QSettings s;
    const Workspace::Locations here = Workspace::locationsFromSettings();
    m_inventoryPath->setText(here.inventoryPath);
    m_vaultPath->setText(here.vaultPath);
    m_receiptDirectory->setText(here.receiptDirectory);
    const int format = int(kFormats.indexOf(s.value(QLatin1String(settings::kContentFormat)).toString()));
    m_format->setCurrentIndex(std::max(format, 0));
    m_pinLength->setValue(
        s.value(QLatin1String(settings::kPinLength), security::CredentialGenerator::kDefaultPinLength).toInt());
    m_pinExpiry->setValue(s.value(QLatin1String(settings::kPinExpiryMinutes), 10).toInt());
    m_port->setValue(s.value(QLatin1String(settings::kListenPort), 5684).toInt());
    m_serverUri->setText(s.value(QLatin1String(settings::kServerUri)).toString());
    m_demo->setChecked(s.value(QLatin1String(settings::kUseDemo), true).toBool());
    const int language = m_language->findData(m_languages ? m_languages->language() : QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(language, 0));
}

bool SettingsDialog::apply()
{
    m_message->hideMessage();
    const struct {
        QLineEdit* edit;
        QLabel* label;
    } paths[] = {{m_inventoryPath, m_inventoryLabel}, {m_vaultPath, m_vaultLabel},
                 {m_receiptDirectory, m_receiptLabel}};
    for (const auto& p : paths) {
        const QString path = p.edit->text().trimmed();
        if (path.isEmpty() || QFileInfo(path).isRelative()) {
            m_message->showError(settingsError(
                p.edit->objectName(), tr("%1 needs an absolute path, such as /home/you/commissioner/inventory.sqlite.")
                                          .arg(p.label->text().remove(QLatin1Char('&')).remove(QLatin1Char(':')))));
            p.edit->setFocus();
            return false;
        }
    }
    const QString uri = m_serverUri->text().trimmed();
    if (!uri.isEmpty()) {
        if (!bootstrap::isCoapServerUri(uri)) { // the plan's own rule, so the wizard accepts what is stored
            m_message->showError(settingsError(QStringLiteral("serverUri"),
                                               tr("The LwM2M server URI must look like coaps://host:5684.")));
            m_serverUri->setFocus();
            return false;
        }
    }

    QSettings s;
    s.setValue(QLatin1String(settings::kInventoryPath), m_inventoryPath->text().trimmed());
    s.setValue(QLatin1String(settings::kVaultPath), m_vaultPath->text().trimmed());
    s.setValue(QLatin1String(settings::kReceiptDirectory), m_receiptDirectory->text().trimmed());
    s.setValue(QLatin1String(settings::kContentFormat), m_format->currentData().toString());
    s.setValue(QLatin1String(settings::kPinLength), m_pinLength->value());
    s.setValue(QLatin1String(settings::kPinExpiryMinutes), m_pinExpiry->value());
    s.setValue(QLatin1String(settings::kListenPort), m_port->value());
    s.setValue(QLatin1String(settings::kServerUri), uri);
    s.setValue(QLatin1String(settings::kUseDemo), m_demo->isChecked());
    const QString language = m_language->currentData().toString();
    s.setValue(QLatin1String(settings::kLanguage), language);
    if (m_languages && m_languages->language() != language)
        m_languages->setLanguage(language);
    return true;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    m_storageGroup->setTitle(tr("Storage"));
    m_storageNote->setText(tr("Changes to these paths take effect the next time LwM2M Commissioner starts."));
    m_inventoryLabel->setText(tr("&Inventory database:"));
    m_inventoryPath->setAccessibleName(tr("Inventory database file"));
    m_inventoryBrowse->setAccessibleName(tr("Choose the inventory database file"));
    m_vaultLabel->setText(tr("&Vault file:"));
    m_vaultPath->setAccessibleName(tr("Encrypted vault file"));
    m_vaultBrowse->setAccessibleName(tr("Choose the vault file"));
    m_receiptLabel->setText(tr("&Receipts folder:"));
    m_receiptDirectory->setAccessibleName(tr("Folder for commissioning receipts"));
    m_receiptBrowse->setAccessibleName(tr("Choose the receipts folder"));

    m_commissioningGroup->setTitle(tr("Commissioning"));
    m_formatLabel->setText(tr("Content &format for writes:"));
    m_format->setAccessibleName(tr("Content format for writes"));
    const QStringList formatNames {tr("The device's preference"), tr("TLV"), tr("SenML CBOR"), tr("SenML JSON"),
                                   tr("LwM2M CBOR")};
    for (int i = 0; i < formatNames.size(); ++i)
        m_format->setItemText(i, formatNames.at(i));
    m_pinLengthLabel->setText(tr("PIN &length:"));
    m_pinLength->setAccessibleName(tr("PIN length in digits"));
    m_pinLength->setSuffix(tr(" digits"));
    m_pinExpiryLabel->setText(tr("PIN &expires after:"));
    m_pinExpiry->setAccessibleName(tr("PIN expiry in minutes"));
    m_pinExpiry->setSuffix(tr(" min"));
    m_portLabel->setText(tr("Listen &port:"));
    m_port->setAccessibleName(tr("Port the bootstrap server listens on for real devices"));
    m_port->setSpecialValueText(tr("any free port"));
    m_serverUriLabel->setText(tr("LwM2M &server URI:"));
    m_serverUri->setAccessibleName(tr("Default LwM2M server URI"));
    m_demo->setText(tr("Start with the built-in &demo device"));
    m_demo->setAccessibleName(tr("Start with the built-in demo device"));

    m_appearanceGroup->setTitle(tr("Appearance"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setAccessibleName(tr("User interface language"));
}

} // namespace lwc::ui
