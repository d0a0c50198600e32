#include "IdentifyPage.h"

#include "CommissioningSession.h"
#include "MessageWidget.h"

#include "inventory/Inventory.h"
#include "security/CredentialGenerator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace lwc::ui {

namespace {

QString stateText(inventory::DeviceState state)
{
    switch (state) {
    case inventory::DeviceState::New:
        return IdentifyPage::tr("new");
    case inventory::DeviceState::InProgress:
        return IdentifyPage::tr("in progress");
    case inventory::DeviceState::Commissioned:
        return IdentifyPage::tr("commissioned");
    case inventory::DeviceState::Failed:
        return IdentifyPage::tr("failed");
    case inventory::DeviceState::Interrupted:
        return IdentifyPage::tr("interrupted");
    }
    return {};
}

} // namespace

IdentifyPage::IdentifyPage(CommissioningSession* session, QWidget* parent) : QWizardPage(parent), m_session(session)
{
    setObjectName(QStringLiteral("identifyPage"));
    auto* layout = new QVBoxLayout(this);
    m_message = new MessageWidget(this);
    m_message->setObjectName(QStringLiteral("identifyMessageWidget"));
    layout->addWidget(m_message);

    auto* form = new QFormLayout;
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_endpoint = new QLineEdit(this);
    m_endpoint->setObjectName(QStringLiteral("endpointLineEdit"));
    m_endpoint->setPlaceholderText(QStringLiteral("urn:imei:490154203237518"));
    m_endpointLabel = new QLabel(this);
    m_endpointLabel->setBuddy(m_endpoint);
    form->addRow(m_endpointLabel, m_endpoint);
    m_endpointHint = new QLabel(this);
    m_endpointHint->setObjectName(QStringLiteral("endpointHintLabel"));
    m_endpointHint->setWordWrap(true);
    m_endpointHint->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    form->addRow(QString(), m_endpointHint);
    m_recommission = new QCheckBox(this);
    m_recommission->setObjectName(QStringLiteral("recommissionCheckBox"));
    form->addRow(QString(), m_recommission);
    form->setRowVisible(m_recommission, false);

    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("profileComboBox"));
    m_profile->addItem(QString(), QStringLiteral("default"));
    m_profile->addItem(QString(), QStringLiteral("raw"));
    m_profile->addItem(QString(), QStringLiteral("uncompressed"));
    m_profileLabel = new QLabel(this);
    m_profileLabel->setBuddy(m_profile);
    form->addRow(m_profileLabel, m_profile);
    m_profileHint = new QLabel(this);
    m_profileHint->setObjectName(QStringLiteral("profileHintLabel"));
    m_profileHint->setWordWrap(true);
    m_profileHint->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    form->addRow(QString(), m_profileHint);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(m_endpoint, &QLineEdit::textChanged, this, &IdentifyPage::check);
    connect(m_recommission, &QCheckBox::toggled, this, &IdentifyPage::completeChanged);
    retranslateUi();
}

void IdentifyPage::initializePage()
{
    if (m_session->useDemo) {
        auto demo = m_session->demoFactory();
        if (demo.ok()) {
            // Fill in the demo device's name unless the technician typed another one.
            if (m_endpoint->text().isEmpty() || m_endpoint->text() == m_demoEndpoint)
                m_endpoint->setText((*demo)->endpoint);
            m_demoEndpoint = (*demo)->endpoint;
        } else {
            m_message->showError(demo.error());
        }
    } else if (m_endpoint->text() == m_demoEndpoint) {
        m_endpoint->clear();
    }
    check();
}

void IdentifyPage::check()
{
    const QString name = m_endpoint->text();
    m_valid = false;
    m_known = false;
    if (name.isEmpty()) {
        m_endpointHint->setText(tr("The name the device sends as ep= when it asks for bootstrap, e.g. its IMEI URN."));
    } else if (name.trimmed() != name) {
        m_endpointHint->setText(tr("Remove the spaces at the start or end of the name."));
    } else if (const Status s = security::CredentialGenerator::validatePskIdentity(name); !s.ok()) {
        // The endpoint is also the PSK identity (S8).
        m_endpointHint->setText(tr("[%1] %2").arg(ruleId(Rule::S8), s.error().userText));
    } else {
        m_valid = true;
        m_endpointHint->setText(tr("The endpoint name is also the PSK identity of the accounts written (S8)."));
        if (inventory::Inventory* inv = m_session->services().inventory) {
            auto known = inv->device(name);
            if (known.ok() && known->has_value()) {
                m_known = true;
                m_endpointHint->setText(
                    tr("%1 is already in the inventory (state: %2, last job %3).")
                        .arg(name, stateText((*known)->state),
                             QLocale().toString((*known)->lastJobAt.toLocalTime(), QLocale::ShortFormat)));
            }
        }
    }
    m_form->setRowVisible(m_recommission, m_known);
    if (!m_known)
        m_recommission->setChecked(false);
    Q_EMIT completeChanged();
}

bool IdentifyPage::isComplete() const
{
    return m_valid && (!m_known || m_recommission->isChecked());
}

bool IdentifyPage::validatePage()
{
    m_session->request.endpoint = m_endpoint->text();
    m_session->profileName = m_profile->currentData().toString();
    const QString profile = m_session->profileName;
    m_session->request.keyEncoding = profile == QLatin1String("raw") ? bootstrap::KeyEncoding::RawXY
        : profile == QLatin1String("uncompressed")                   ? bootstrap::KeyEncoding::Uncompressed
                                                                     : bootstrap::KeyEncoding::Spki;
    return true;
}

void IdentifyPage::retranslateUi()
{
    setTitle(tr("Identify the device"));
    setSubTitle(tr("Which device is this, and how does it want its keys?"));
    m_endpointLabel->setText(tr("&Endpoint name:"));
    m_endpoint->setAccessibleName(tr("Endpoint name"));
    m_recommission->setText(tr("&Re-commission this device (its old credentials are replaced)"));
    m_recommission->setAccessibleName(tr("Re-commission this device"));
    m_profileLabel->setText(tr("Device key &profile:"));
    m_profile->setAccessibleName(tr("Device key profile"));
    m_profile->setItemText(0, tr("SubjectPublicKeyInfo + PKCS#8 (default)"));
    m_profile->setItemText(1, tr("Raw X‖Y public key + 32-byte private key"));
    m_profile->setItemText(2, tr("Uncompressed point (0x04‖X‖Y) + 32-byte private key"));
    m_profileHint->setText(tr("How public and private keys are encoded into /0/x/3, /0/x/4 and /0/x/5 for "
                              "certificate and raw-public-key accounts (S22). PSK accounts do not use it."));
    m_endpointHint->setAccessibleName(tr("Endpoint name hint"));
    check();
}

void IdentifyPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

} // namespace lwc::ui
