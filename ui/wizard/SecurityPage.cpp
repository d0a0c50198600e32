#include "SecurityPage.h"

#include "CommissioningSession.h"
#include "FileDialog.h"
#include "MessageWidget.h"
#include "SecretClipboard.h"

#include "bootstrap/PlanValidation.h"
#include "security/CredentialCodec.h"
#include "security/CredentialGenerator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>

#include <algorithm>
#include <QSpinBox>
#include <QStackedWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace lwc::ui {

namespace {

enum ChannelRow { ChannelPsk, ChannelPin, ChannelX509, ChannelNoSec };
enum AccountRow { AccountPsk, AccountX509, AccountNoSec };

const QString kDemoServerUri = QStringLiteral("coaps://lwm2m.demo.invalid:5684");

QLabel* wrapLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    // Take the form's whole field width instead of a narrow wrapped column.
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    return label;
}

// A stacked widget as tall as its current page, not its tallest one.
void fitStack(QStackedWidget* stack)
{
    for (int i = 0; i < stack->count(); ++i)
        stack->widget(i)->setSizePolicy(QSizePolicy::Preferred,
                                        i == stack->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    stack->adjustSize();
}

bool validUri(const QString& text, bool secure)
{
    return bootstrap::isCoapServerUri(text)
        && QUrl(text, QUrl::StrictMode).scheme() == (secure ? QLatin1String("coaps") : QLatin1String("coap"));
}

} // namespace

std::optional<SecretBytes> SecurityPage::parseKey(const QString& text)
{
    QString compact = text;
    compact.remove(QRegularExpression(QStringLiteral("[\\s:]")));
    if (compact.isEmpty())
        return std::nullopt;
    static const QRegularExpression hexRe(QStringLiteral("^([0-9a-fA-F]{2})+$"));
    QByteArray bytes;
    if (hexRe.match(compact).hasMatch()) {
        bytes = QByteArray::fromHex(compact.toLatin1());
    } else {
        auto decoded = QByteArray::fromBase64Encoding(compact.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            decoded = QByteArray::fromBase64Encoding(
                compact.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            wipeString(compact);
            return std::nullopt;
        }
        bytes = *decoded;
    }
    wipeString(compact);
    if (bytes.isEmpty())
        return std::nullopt;
    return SecretBytes::takeFrom(bytes);
}

SecurityPage::SecurityPage(CommissioningSession* session, QWidget* parent)
    : QWizardPage(parent), m_session(session), m_clipboard(new SecretClipboard(this))
{
    setObjectName(QStringLiteral("securityPage"));
    auto* layout = new QVBoxLayout(this);
    m_message = new MessageWidget(this);
    m_message->setObjectName(QStringLiteral("securityMessageWidget"));
    layout->addWidget(m_message);

    // How the device proves itself to this computer.
    m_channelGroup = new QGroupBox(this);
    m_channelGroup->setObjectName(QStringLiteral("channelGroupBox"));
    auto* channelLayout = new QVBoxLayout(m_channelGroup);
    auto* channelForm = new QFormLayout;
    m_channelMode = new QComboBox(m_channelGroup);
    m_channelMode->setObjectName(QStringLiteral("channelModeComboBox"));
    for (int i = 0; i < 4; ++i)
        m_channelMode->addItem(QString());
    m_channelModeLabel = new QLabel(m_channelGroup);
    m_channelModeLabel->setBuddy(m_channelMode);
    channelForm->addRow(m_channelModeLabel, m_channelMode);
    channelLayout->addLayout(channelForm);
    m_channelStack = new QStackedWidget(m_channelGroup);
    m_channelStack->setObjectName(QStringLiteral("channelStackedWidget"));
    m_channelStack->addWidget(buildChannelPsk());
    m_channelStack->addWidget(buildChannelPin());
    m_channelStack->addWidget(buildChannelX509());
    m_channelStack->addWidget(buildChannelNoSec());
    channelLayout->addWidget(m_channelStack);
    layout->addWidget(m_channelGroup);

    // The LwM2M server account written to the device.
    m_accountGroup = new QGroupBox(this);
    m_accountGroup->setObjectName(QStringLiteral("accountGroupBox"));
    auto* accountLayout = new QVBoxLayout(m_accountGroup);
    auto* accountForm = new QFormLayout;
    accountForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_serverUri = new QLineEdit(m_accountGroup);
    m_serverUri->setObjectName(QStringLiteral("serverUriLineEdit"));
    m_serverUri->setPlaceholderText(QStringLiteral("coaps://lwm2m.example.com:5684"));
    m_serverUriLabel = new QLabel(m_accountGroup);
    m_serverUriLabel->setBuddy(m_serverUri);
    accountForm->addRow(m_serverUriLabel, m_serverUri);
    auto* numbers = new QHBoxLayout;
    m_ssid = new QSpinBox(m_accountGroup);
    m_ssid->setObjectName(QStringLiteral("shortServerIdSpinBox"));
    m_ssid->setRange(1, 65534); // S24
    m_ssid->setValue(101);
    m_ssidLabel = new QLabel(m_accountGroup);
    m_ssidLabel->setBuddy(m_ssid);
    m_lifetime = new QSpinBox(m_accountGroup);
    m_lifetime->setObjectName(QStringLiteral("lifetimeSpinBox"));
    m_lifetime->setRange(1, 31 * 86400);
    m_lifetime->setValue(86400);
    m_lifetimeLabel = new QLabel(m_accountGroup);
    m_lifetimeLabel->setBuddy(m_lifetime);
    numbers->addWidget(m_ssid);
    numbers->addSpacing(16);
    numbers->addWidget(m_lifetimeLabel);
    numbers->addWidget(m_lifetime);
    numbers->addStretch(1);
    accountForm->addRow(m_ssidLabel, numbers);
    m_accountMode = new QComboBox(m_accountGroup);
    m_accountMode->setObjectName(QStringLiteral("accountModeComboBox"));
    for (int i = 0; i < 3; ++i)
        m_accountMode->addItem(QString());
    m_accountModeLabel = new QLabel(m_accountGroup);
    m_accountModeLabel->setBuddy(m_accountMode);
    accountForm->addRow(m_accountModeLabel, m_accountMode);
    accountLayout->addLayout(accountForm);
    m_accountStack = new QStackedWidget(m_accountGroup);
    m_accountStack->setObjectName(QStringLiteral("accountStackedWidget"));
    m_accountStack->addWidget(buildAccountPsk());
    m_accountStack->addWidget(buildAccountX509());
    m_accountStack->addWidget(buildAccountNoSec());
    accountLayout->addWidget(m_accountStack);
    layout->addWidget(m_accountGroup);

    auto* insecureRow = new QHBoxLayout;
    m_allowInsecure = new QCheckBox(this);
    m_allowInsecure->setObjectName(QStringLiteral("allowInsecureCheckBox"));
    m_insecureBadge = new QLabel(this);
    m_insecureBadge->setObjectName(QStringLiteral("insecureBadgeLabel"));
    QFont bold = m_insecureBadge->font();
    bold.setBold(true);
    m_insecureBadge->setFont(bold);
    insecureRow->addWidget(m_allowInsecure);
    insecureRow->addWidget(m_insecureBadge, 1);
    layout->addLayout(insecureRow);
    layout->addStretch(1);

    fitStack(m_channelStack);
    fitStack(m_accountStack);
    connect(m_channelMode, &QComboBox::currentIndexChanged, this, [this](int row) {
        m_channelStack->setCurrentIndex(row);
        fitStack(m_channelStack);
        if (row == ChannelPin && m_session->request.pin.isEmpty()) {
            if (const Status s = m_session->newPin(); !s.ok())
                m_message->showError(s.error());
        }
        showPin();
        updateState();
    });
    connect(m_accountMode, &QComboBox::currentIndexChanged, this, [this](int row) {
        m_accountStack->setCurrentIndex(row);
        fitStack(m_accountStack);
        updateState();
    });
    for (QLineEdit* edit : {m_channelIdentity, m_channelKey, m_pinIdentity, m_nextBootstrapUri, m_caFilePath,
                            m_serverUri, m_accountKey, m_accountIdentity, m_serverCertPath})
        connect(edit, &QLineEdit::textChanged, this, &SecurityPage::updateState);
    // A field the technician edits stops following the endpoint / listener.
    for (QLineEdit* edit : {m_channelIdentity, m_pinIdentity, m_accountIdentity})
        connect(edit, &QLineEdit::textEdited, edit, [edit] { edit->setProperty("followsEndpoint", false); });
    connect(m_nextBootstrapUri, &QLineEdit::textEdited, m_nextBootstrapUri,
            [this] { m_nextBootstrapUri->setProperty("followsListener", false); });
    for (QAbstractButton* b :
         std::initializer_list<QAbstractButton*> {m_caLocal, m_caFile, m_generatePsk, m_importPsk, m_allowInsecure})
        connect(b, &QAbstractButton::toggled, this, &SecurityPage::updateState);
    retranslateUi();
}

SecurityPage::~SecurityPage() = default;

QWidget* SecurityPage::buildChannelPsk()
{
    auto* w = new QWidget(this);
    auto* form = new QFormLayout(w);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_channelIdentity = new QLineEdit(w);
    m_channelIdentity->setObjectName(QStringLiteral("channelIdentityLineEdit"));
    m_channelIdentityLabel = new QLabel(w);
    m_channelIdentityLabel->setBuddy(m_channelIdentity);
    form->addRow(m_channelIdentityLabel, m_channelIdentity);
    auto* keyRow = new QHBoxLayout;
    m_channelKey = new QLineEdit(w);
    m_channelKey->setObjectName(QStringLiteral("channelKeyLineEdit"));
    m_channelKey->setEchoMode(QLineEdit::Password);
    m_channelKey->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_showChannelKey = new QCheckBox(w);
    m_showChannelKey->setObjectName(QStringLiteral("showChannelKeyCheckBox"));
    m_importChannelKey = new QPushButton(w);
    m_importChannelKey->setObjectName(QStringLiteral("importChannelKeyPushButton"));
    keyRow->addWidget(m_channelKey, 1);
    keyRow->addWidget(m_showChannelKey);
    keyRow->addWidget(m_importChannelKey);
    m_channelKeyLabel = new QLabel(w);
    m_channelKeyLabel->setBuddy(m_channelKey);
    form->addRow(m_channelKeyLabel, keyRow);
    m_channelKeyHint = wrapLabel(w, QStringLiteral("channelKeyHintLabel"));
    form->addRow(QString(), m_channelKeyHint);
    connect(m_showChannelKey, &QCheckBox::toggled, this,
            [this](bool on) { m_channelKey->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    connect(m_importChannelKey, &QPushButton::clicked, this,
            [this] { importFile(m_channelKey, tr("Import the device's bootstrap key"), true); });
    return w;
}

QWidget* SecurityPage::buildChannelPin()
{
    auto* w = new QWidget(this);
    auto* v = new QVBoxLayout(w);
    v->setContentsMargins(0, 0, 0, 0);
    m_pinWarning = new MessageWidget(w);
    m_pinWarning->setObjectName(QStringLiteral("pinWarningMessageWidget"));
    v->addWidget(m_pinWarning);
    auto* pinRow = new QHBoxLayout;
    m_pinCaption = new QLabel(w);
    m_pin = new QLabel(w);
    m_pin->setObjectName(QStringLiteral("pinLabel"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 2.0);
    mono.setBold(true);
    m_pin->setFont(mono);
    m_pin->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_pinCaption->setBuddy(m_pin);
    m_copyPin = new QPushButton(w);
    m_copyPin->setObjectName(QStringLiteral("copyPinPushButton"));
    m_newPin = new QPushButton(w);
    m_newPin->setObjectName(QStringLiteral("newPinPushButton"));
    pinRow->addWidget(m_pinCaption);
    pinRow->addWidget(m_pin);
    pinRow->addSpacing(12);
    pinRow->addWidget(m_copyPin);
    pinRow->addWidget(m_newPin);
    pinRow->addStretch(1);
    v->addLayout(pinRow);
    m_pinHint = wrapLabel(w, QStringLiteral("pinHintLabel"));
    v->addWidget(m_pinHint);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_pinIdentity = new QLineEdit(w);
    m_pinIdentity->setObjectName(QStringLiteral("pinIdentityLineEdit"));
    m_pinIdentityLabel = new QLabel(w);
    m_pinIdentityLabel->setBuddy(m_pinIdentity);
    form->addRow(m_pinIdentityLabel, m_pinIdentity);
    m_pinExpiry = new QSpinBox(w);
    m_pinExpiry->setObjectName(QStringLiteral("pinExpirySpinBox"));
    m_pinExpiry->setRange(1, 1440);
    m_pinExpiry->setValue(std::clamp(QSettings().value(QLatin1String(settings::kPinExpiryMinutes), 10).toInt(), 1, 1440));
    m_pinExpiryLabel = new QLabel(w);
    m_pinExpiryLabel->setBuddy(m_pinExpiry);
    form->addRow(m_pinExpiryLabel, m_pinExpiry);
    m_nextBootstrapUri = new QLineEdit(w);
    m_nextBootstrapUri->setObjectName(QStringLiteral("nextBootstrapUriLineEdit"));
    m_nextBootstrapLabel = new QLabel(w);
    m_nextBootstrapLabel->setBuddy(m_nextBootstrapUri);
    form->addRow(m_nextBootstrapLabel, m_nextBootstrapUri);
    v->addLayout(form);
    connect(m_copyPin, &QPushButton::clicked, this, [this] {
        // Copied with the password-manager hint; cleared after 30 s.
        QString digits = QString::fromUtf8(m_session->request.pin.view().toByteArray());
        m_clipboard->copy(digits);
        wipeString(digits);
        m_pinHint->setText(tr("PIN copied. The clipboard is cleared in 30 seconds."));
    });
    connect(m_newPin, &QPushButton::clicked, this, [this] {
        if (const Status s = m_session->newPin(); !s.ok())
            m_message->showError(s.error());
        showPin();
    });
    return w;
}

QWidget* SecurityPage::buildChannelX509()
{
    auto* w = new QWidget(this);
    auto* v = new QVBoxLayout(w);
    v->setContentsMargins(0, 0, 0, 0);
    m_caLocal = new QRadioButton(w);
    m_caLocal->setObjectName(QStringLiteral("caLocalRadioButton"));
    m_caLocal->setChecked(true);
    m_caFile = new QRadioButton(w);
    m_caFile->setObjectName(QStringLiteral("caFileRadioButton"));
    auto* fileRow = new QHBoxLayout;
    m_caFilePath = new QLineEdit(w);
    m_caFilePath->setObjectName(QStringLiteral("caFileLineEdit"));
    m_caFilePath->setReadOnly(true);
    m_browseCa = new QPushButton(w);
    m_browseCa->setObjectName(QStringLiteral("browseCaPushButton"));
    fileRow->addWidget(m_caFile);
    fileRow->addWidget(m_caFilePath, 1);
    fileRow->addWidget(m_browseCa);
    m_x509ChannelHint = wrapLabel(w, QStringLiteral("x509ChannelHintLabel"));
    v->addWidget(m_caLocal);
    v->addLayout(fileRow);
    v->addWidget(m_x509ChannelHint);
    connect(m_browseCa, &QPushButton::clicked, this, [this] {
        importFile(m_caFilePath, tr("The CA the devices' certificates chain to"), false);
        m_caFile->setChecked(!m_caFileBytes.isEmpty());
    });
    return w;
}

QWidget* SecurityPage::buildChannelNoSec()
{
    auto* w = new QWidget(this);
    auto* v = new QVBoxLayout(w);
    v->setContentsMargins(0, 0, 0, 0);
    m_channelNoSecText = wrapLabel(w, QStringLiteral("channelNoSecLabel"));
    v->addWidget(m_channelNoSecText);
    return w;
}

QWidget* SecurityPage::buildAccountPsk()
{
    auto* w = new QWidget(this);
    auto* form = new QFormLayout(w);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_accountIdentity = new QLineEdit(w);
    m_accountIdentity->setObjectName(QStringLiteral("accountIdentityLineEdit"));
    m_accountIdentityLabel = new QLabel(w);
    m_accountIdentityLabel->setBuddy(m_accountIdentity);
    form->addRow(m_accountIdentityLabel, m_accountIdentity);
    m_generatePsk = new QRadioButton(w);
    m_generatePsk->setObjectName(QStringLiteral("generatePskRadioButton"));
    m_generatePsk->setChecked(true);
    form->addRow(QString(), m_generatePsk);
    auto* importRow = new QHBoxLayout;
    m_importPsk = new QRadioButton(w);
    m_importPsk->setObjectName(QStringLiteral("importPskRadioButton"));
    m_accountKey = new QLineEdit(w);
    m_accountKey->setObjectName(QStringLiteral("accountKeyLineEdit"));
    m_accountKey->setEchoMode(QLineEdit::Password);
    m_accountKey->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    importRow->addWidget(m_importPsk);
    importRow->addWidget(m_accountKey, 1);
    form->addRow(QString(), importRow);
    m_accountKeyHint = wrapLabel(w, QStringLiteral("accountKeyHintLabel"));
    form->addRow(QString(), m_accountKeyHint);
    connect(m_accountKey, &QLineEdit::textEdited, this, [this] { m_importPsk->setChecked(true); });
    return w;
}

QWidget* SecurityPage::buildAccountX509()
{
    auto* w = new QWidget(this);
    auto* v = new QVBoxLayout(w);
    v->setContentsMargins(0, 0, 0, 0);
    m_x509AccountText = wrapLabel(w, QStringLiteral("x509AccountLabel"));
    v->addWidget(m_x509AccountText);
    auto* row = new QHBoxLayout;
    m_serverCertLabel = new QLabel(w);
    m_serverCertPath = new QLineEdit(w);
    m_serverCertPath->setObjectName(QStringLiteral("serverCertificateLineEdit"));
    m_serverCertPath->setReadOnly(true);
    m_serverCertLabel->setBuddy(m_serverCertPath);
    m_browseServerCert = new QPushButton(w);
    m_browseServerCert->setObjectName(QStringLiteral("browseServerCertificatePushButton"));
    row->addWidget(m_serverCertLabel);
    row->addWidget(m_serverCertPath, 1);
    row->addWidget(m_browseServerCert);
    v->addLayout(row);
    connect(m_browseServerCert, &QPushButton::clicked, this,
            [this] { importFile(m_serverCertPath, tr("The LwM2M server's certificate"), false); });
    return w;
}

QWidget* SecurityPage::buildAccountNoSec()
{
    auto* w = new QWidget(this);
    auto* v = new QVBoxLayout(w);
    v->setContentsMargins(0, 0, 0, 0);
    m_accountNoSecText = wrapLabel(w, QStringLiteral("accountNoSecLabel"));
    v->addWidget(m_accountNoSecText);
    return w;
}

void SecurityPage::importFile(QLineEdit* target, const QString& caption, bool secret)
{
    const QString path = FileDialog::getOpenFileName(this, caption, QDir::homePath());
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 1024 * 1024) {
        m_message->showError(makeError(QStringLiteral("wizard.importRead"),
                                       tr("Could not read %1: %2. Pick a readable key or certificate file.")
                                           .arg(QDir::toNativeSeparators(path), file.errorString())));
        return;
    }
    QByteArray bytes = file.readAll();
    if (secret) {
        // A key file as text (hex or base64) or raw bytes.
        QString text = QString::fromLatin1(bytes).trimmed();
        if (!parseKey(text))
            text = QString::fromLatin1(bytes.toHex());
        target->setText(text);
        wipeString(text);
        wipeByteArray(bytes);
        m_message->hideMessage();
        return;
    }
    auto imported = security::CredentialCodec::import(bytes, security::ImportKind::Certificate);
    if (!imported.ok() || imported->certificates.isEmpty()) {
        m_message->showError(imported.ok() ? makeError(QStringLiteral("wizard.importCertificate"),
                                                       tr("%1 holds no certificate.").arg(path))
                                           : imported.error());
        return;
    }
    (target == m_caFilePath ? m_caFileBytes : m_serverCertBytes) = imported->certificates.first();
    target->setText(QDir::toNativeSeparators(path));
    m_message->hideMessage();
}

bool SecurityPage::channelNoSec() const
{
    return m_channelMode->currentIndex() == ChannelNoSec;
}

bool SecurityPage::accountNoSec() const
{
    return m_accountMode->currentIndex() == AccountNoSec;
}

void SecurityPage::showPin()
{
    m_pin->setText(m_session->pinForDisplay());
    m_pin->setAccessibleName(tr("PIN to type into the device"));
    m_pinHint->setText(tr("Type this PIN into the device when it asks for it. It works once and expires after the "
                          "time below; three wrong tries burn it."));
}

void SecurityPage::initializePage()
{
    const QString endpoint = m_session->request.endpoint;
    const bool demo = m_session->useDemo;
    if (!m_initialized) {
        m_initialized = true;
        const QString uri = QSettings().value(QLatin1String(settings::kServerUri)).toString();
        m_serverUri->setText(demo ? kDemoServerUri : uri);
        auto generated = SecretBytes::random(16); // S3: 128 bits from the CSPRNG
        if (generated.ok())
            m_session->request.accountPsk = std::move(generated).value();
    }
    // Identities follow the endpoint unless the technician changed them.
    for (QLineEdit* identity : {m_channelIdentity, m_pinIdentity, m_accountIdentity})
        if (identity->text().isEmpty() || identity->property("followsEndpoint").toBool()) {
            identity->setText(endpoint);
            identity->setProperty("followsEndpoint", true);
        }
    m_channelIdentity->setReadOnly(demo);
    m_channelKey->setReadOnly(demo);
    m_importChannelKey->setEnabled(!demo);
    if (demo) {
        auto factory = m_session->demoFactory();
        if (factory.ok()) {
            QString hex = QString::fromLatin1((*factory)->psk.view().toByteArray().toHex());
            m_channelKey->setText(hex);
            wipeString(hex);
            m_channelIdentity->setText(QString::fromUtf8((*factory)->pskIdentity));
        }
        if (m_serverUri->text().isEmpty())
            m_serverUri->setText(kDemoServerUri);
    } else if (m_channelKey->isReadOnly() == false && m_channelKey->property("demoKey").toBool()) {
        m_channelKey->clear();
    }
    m_channelKey->setProperty("demoKey", demo);
    if (m_nextBootstrapUri->text().isEmpty() || m_nextBootstrapUri->property("followsListener").toBool()) {
        m_nextBootstrapUri->setText(QStringLiteral("coaps://%1:%2")
                                        .arg(m_session->listenAddress.toString())
                                        .arg(m_session->listenPort ? m_session->listenPort : 5684));
        m_nextBootstrapUri->setProperty("followsListener", true);
    }
    m_caLocal->setEnabled(true);
    m_caFile->setEnabled(!demo);
    m_browseCa->setEnabled(!demo);
    if (demo)
        m_caLocal->setChecked(true);
    if (m_channelMode->currentIndex() == ChannelPin)
        showPin();
    updateState();
}

void SecurityPage::updateState()
{
    m_message->hideMessage();
    const bool insecure = channelNoSec() || accountNoSec();
    m_allowInsecure->setVisible(insecure);
    m_insecureBadge->setVisible(insecure);
    if (!insecure)
        m_allowInsecure->setChecked(false);

    // Channel key feedback (S3).
    if (m_channelMode->currentIndex() == ChannelPsk) {
        if (m_session->useDemo) {
            m_channelKeyHint->setText(tr("Taken from the demo device's factory data (16 random bytes)."));
        } else if (m_channelKey->text().isEmpty()) {
            m_channelKeyHint->setText(
                tr("The bootstrap key the device already holds (from its label or factory data), as hex or base64."));
        } else if (auto key = parseKey(m_channelKey->text())) {
            const double bits = security::CredentialGenerator::estimatePskEntropyBits(*key);
            m_channelKeyHint->setText(key->size() < 16 || bits < 128
                                          ? tr("[S3] %1 bytes, about %2 bits of entropy: too weak for the PSK suites "
                                               "(128 bits needed).")
                                                .arg(key->size())
                                                .arg(qRound(bits))
                                          : tr("%1 bytes.").arg(key->size()));
        } else {
            m_channelKeyHint->setText(tr("Not hex or base64."));
        }
    }
    // Account key feedback (S3).
    m_accountKey->setEnabled(m_importPsk->isChecked());
    if (m_generatePsk->isChecked()) {
        m_accountKeyHint->setText(tr("A new key from the CSPRNG, used only for this device. Export it on the last page "
                                     "if the LwM2M server needs it."));
    } else if (auto key = parseKey(m_accountKey->text())) {
        const double bits = security::CredentialGenerator::estimatePskEntropyBits(*key);
        m_accountKeyHint->setText(key->size() < 16 || bits < 128
                                      ? tr("[S3] %1 bytes, about %2 bits of entropy: too weak (128 bits needed). "
                                           "Generate a key instead.")
                                            .arg(key->size())
                                            .arg(qRound(bits))
                                      : tr("%1 bytes.").arg(key->size()));
    } else {
        m_accountKeyHint->setText(tr("Paste the key the LwM2M server holds for this device, as hex or base64."));
    }
    m_x509ChannelHint->setText(m_session->useDemo
                                   ? tr("The demo device gets a factory certificate from the local CA.")
                                   : tr("The device's certificate must chain to this CA and carry its endpoint name "
                                        "as Subject CN, or the handshake is refused (S13, S18)."));
    m_serverCertPath->setPlaceholderText(m_session->useDemo ? tr("demo server certificate from the local CA")
                                                            : QString());
    Q_EMIT completeChanged();
}

bool SecurityPage::isComplete() const
{
    if ((channelNoSec() || accountNoSec()) && !m_allowInsecure->isChecked())
        return false;
    switch (m_channelMode->currentIndex()) {
    case ChannelPsk: {
        const auto key = parseKey(m_channelKey->text());
        if (m_channelIdentity->text().isEmpty() || !key || key->size() < 16)
            return false;
        break;
    }
    case ChannelPin:
        if (m_session->request.pin.isEmpty() || m_pinIdentity->text().isEmpty()
            || !validUri(m_nextBootstrapUri->text(), true))
            return false;
        break;
    case ChannelX509:
        if (m_caFile->isChecked() && m_caFileBytes.isEmpty())
            return false;
        break;
    default:
        break;
    }
    if (m_serverUri->text().trimmed().isEmpty())
        return false;
    switch (m_accountMode->currentIndex()) {
    case AccountPsk:
        if (m_accountIdentity->text().isEmpty() || (m_importPsk->isChecked() && !parseKey(m_accountKey->text())))
            return false;
        break;
    case AccountX509:
        if (m_serverCertBytes.isEmpty() && !m_session->useDemo)
            return false;
        break;
    default:
        break;
    }
    return true;
}

bool SecurityPage::validatePage()
{
    bootstrap::PlanRequest& r = m_session->request;
    r.allowInsecure = m_allowInsecure->isChecked(); // S1: explicit, per job
    r.contentFormat = settings::contentFormatSetting(); // Settings > Commissioning
    switch (m_channelMode->currentIndex()) {
    case ChannelPsk: {
        r.channelMode = coap::SecurityMode::Psk;
        r.channelIdentity = m_channelIdentity->text();
        auto key = parseKey(m_channelKey->text());
        if (!key)
            return false;
        if (const Status s = security::CredentialGenerator::checkPskStrength(*key); !s.ok()) {
            m_message->showError(s.error()); // S3
            return false;
        }
        r.channelPsk = std::move(*key);
        break;
    }
    case ChannelPin:
        r.channelMode = coap::SecurityMode::Pin;
        r.channelIdentity = m_pinIdentity->text();
        r.pinExpiryMinutes = m_pinExpiry->value();
        break;
    case ChannelX509:
        r.channelMode = coap::SecurityMode::Certificate;
        m_session->channelCaFile = m_caFile->isChecked() ? m_caFileBytes : QByteArray();
        break;
    case ChannelNoSec:
        r.channelMode = coap::SecurityMode::NoSec;
        break;
    }
    if (r.channelMode != coap::SecurityMode::Psk)
        r.channelPsk = SecretBytes();
    if (r.channelMode == coap::SecurityMode::Pin) {
        // S4: the PIN must not stay the device's credential: its bootstrap
        // account gets a fresh 256-bit key for the next contact.
        r.bootstrapUri = m_nextBootstrapUri->text().trimmed();
        r.bootstrapIdentity = r.channelIdentity;
        if (r.bootstrapPsk.isEmpty()) {
            auto key = SecretBytes::random(32);
            if (!key.ok()) {
                m_message->showError(key.error());
                return false;
            }
            r.bootstrapPsk = std::move(key).value();
        }
    } else {
        r.bootstrapUri.clear();
        r.bootstrapPsk = SecretBytes();
    }

    r.serverUri = m_serverUri->text().trimmed();
    r.shortServerId = m_ssid->value();
    r.lifetime = m_lifetime->value();
    r.accountCertificate.clear();
    r.accountPrivateKey = SecretBytes();
    r.serverCertificate.clear();
    r.certificateUsage.reset();
    r.matchingType.reset();
    switch (m_accountMode->currentIndex()) {
    case AccountPsk:
        r.accountMode = bootstrap::AccountSecurityMode::Psk;
        r.accountIdentity = m_accountIdentity->text();
        if (m_importPsk->isChecked()) {
            auto key = parseKey(m_accountKey->text());
            if (!key)
                return false;
            if (const Status s = security::CredentialGenerator::checkPskStrength(*key); !s.ok()) {
                m_message->showError(s.error()); // S3
                return false;
            }
            r.accountPsk = std::move(*key);
            m_accountKey->setProperty("imported", true);
        } else if (r.accountPsk.isEmpty() || m_accountKey->property("imported").toBool()) {
            auto key = SecretBytes::random(16);
            if (!key.ok()) {
                m_message->showError(key.error());
                return false;
            }
            r.accountPsk = std::move(key).value();
            m_accountKey->setProperty("imported", false);
        }
        break;
    case AccountX509:
        r.accountMode = bootstrap::AccountSecurityMode::Certificate;
        r.serverCertificate = m_serverCertBytes; // empty for the demo: the session issues one
        break;
    case AccountNoSec:
        r.accountMode = bootstrap::AccountSecurityMode::NoSec;
        break;
    }
    if (!m_session->useDemo)
        QSettings().setValue(QLatin1String(settings::kServerUri), r.serverUri);
    return true;
}

void SecurityPage::retranslateUi()
{
    setTitle(tr("Security"));
    setSubTitle(tr("How the device proves itself to this computer, and the server account it receives."));
    m_channelGroup->setTitle(tr("Bootstrap channel"));
    m_channelModeLabel->setText(tr("&Mode:"));
    m_channelMode->setAccessibleName(tr("Bootstrap channel mode"));
    m_channelMode->setItemText(ChannelPsk, tr("PSK — the device holds a bootstrap key"));
    m_channelMode->setItemText(ChannelPin, tr("PIN — type a one-time PIN into the device"));
    m_channelMode->setItemText(ChannelX509, tr("X.509 — the device has a certificate"));
    m_channelMode->setItemText(ChannelNoSec, tr("NoSec — no security (INSECURE, lab bench only)"));
    m_channelIdentityLabel->setText(tr("PSK &identity:"));
    m_channelIdentity->setAccessibleName(tr("Bootstrap PSK identity"));
    m_channelKeyLabel->setText(tr("Bootstrap &key:"));
    m_channelKey->setAccessibleName(tr("Bootstrap key"));
    m_showChannelKey->setText(tr("Sho&w"));
    m_showChannelKey->setAccessibleName(tr("Show the bootstrap key"));
    m_importChannelKey->setText(tr("Im&port…"));
    m_importChannelKey->setAccessibleName(tr("Import the bootstrap key from a file"));
    m_channelKeyHint->setAccessibleName(tr("Bootstrap key hint"));
    m_pinWarning->showMessage(tr("[S4] PIN bootstrap comes from an OMA change request; LwM2M 1.1 forbids it. Use it "
                                 "only for devices that need it. The PIN is used only with "
                                 "TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA256."),
                              MessageWidget::Severity::Warning);
    m_pinCaption->setText(tr("PIN:"));
    m_copyPin->setText(tr("&Copy"));
    m_copyPin->setAccessibleName(tr("Copy the PIN"));
    m_newPin->setText(tr("Ne&w PIN"));
    m_newPin->setAccessibleName(tr("Generate a new PIN"));
    m_pinIdentityLabel->setText(tr("PSK &identity:"));
    m_pinIdentity->setAccessibleName(tr("PIN PSK identity"));
    m_pinExpiryLabel->setText(tr("PIN &expires after:"));
    m_pinExpiry->setAccessibleName(tr("PIN expiry in minutes"));
    m_pinExpiry->setSuffix(tr(" min"));
    m_nextBootstrapLabel->setText(tr("Next bootstrap serve&r:"));
    m_nextBootstrapUri->setAccessibleName(tr("Bootstrap server for the device's next contact"));
    m_nextBootstrapUri->setToolTip(tr("The device's bootstrap account is rewritten with this URI and a fresh 256-bit "
                                      "key, so the PIN never stays its credential (S4)."));
    m_caLocal->setText(tr("Devices' certificates chain to the l&ocal CA of this computer"));
    m_caLocal->setAccessibleName(tr("Trust the local CA"));
    m_caFile->setText(tr("CA &file:"));
    m_caFile->setAccessibleName(tr("Trust a CA from a file"));
    m_caFilePath->setAccessibleName(tr("CA file"));
    m_browseCa->setText(tr("Choose…"));
    m_browseCa->setAccessibleName(tr("Choose the CA file"));
    m_channelNoSecText->setText(tr("INSECURE: the device connects without DTLS. Anyone on the network can read and "
                                   "change what is written. Use this only on a closed lab bench (S1, S2)."));

    m_accountGroup->setTitle(tr("LwM2M server account"));
    m_serverUriLabel->setText(tr("Server &URI:"));
    m_serverUri->setAccessibleName(tr("LwM2M server URI"));
    m_ssidLabel->setText(tr("Short &Server ID:"));
    m_ssid->setAccessibleName(tr("Short Server ID"));
    m_lifetimeLabel->setText(tr("&Lifetime:"));
    m_lifetime->setAccessibleName(tr("Registration lifetime in seconds"));
    m_lifetime->setSuffix(tr(" s"));
    m_accountModeLabel->setText(tr("Account securit&y:"));
    m_accountMode->setAccessibleName(tr("Server account security"));
    m_accountMode->setItemText(AccountPsk, tr("PSK"));
    m_accountMode->setItemText(AccountX509, tr("X.509 certificate from the local CA"));
    m_accountMode->setItemText(AccountNoSec, tr("NoSec (INSECURE)"));
    m_accountIdentityLabel->setText(tr("PSK i&dentity:"));
    m_accountIdentity->setAccessibleName(tr("Server account PSK identity"));
    m_generatePsk->setText(tr("&Generate a new 128-bit key (recommended)"));
    m_generatePsk->setAccessibleName(tr("Generate the server account key"));
    m_importPsk->setText(tr("Use &this key:"));
    m_importPsk->setAccessibleName(tr("Use a given server account key"));
    m_accountKey->setAccessibleName(tr("Server account key"));
    m_accountKeyHint->setAccessibleName(tr("Server account key hint"));
    m_x509AccountText->setText(tr("The device gets a new P-256 key pair and a certificate from the local CA with its "
                                  "endpoint name as Subject CN (S5, S11, S18). Resource 4 holds the server's "
                                  "certificate, which the device pins (Certificate Usage 3)."));
    m_serverCertLabel->setText(tr("Server certificate:"));
    m_serverCertPath->setAccessibleName(tr("LwM2M server certificate file"));
    m_browseServerCert->setText(tr("Choose…"));
    m_browseServerCert->setAccessibleName(tr("Choose the server certificate"));
    m_accountNoSecText->setText(tr("INSECURE: the device talks to its LwM2M server without DTLS (S1)."));
    m_allowInsecure->setText(tr("&Allow insecure (NoSec) for this job"));
    m_allowInsecure->setAccessibleName(tr("Allow insecure NoSec for this job"));
    m_insecureBadge->setText(tr("INSECURE — the receipt and the report will say so."));
    if (m_channelMode->currentIndex() == ChannelPin)
        showPin();
    updateState();
}

void SecurityPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

} // namespace lwc::ui
