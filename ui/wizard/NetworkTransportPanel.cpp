#include "NetworkTransportPanel.h"

#include "CommissioningSession.h"

#include "coap/LocalAddresses.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QUdpSocket>
#include <QVBoxLayout>

namespace lwc::ui {

NetworkTransportPanel::NetworkTransportPanel(QWidget* parent) : TransportPanel(parent)
{
    setObjectName(QStringLiteral("networkTransportPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_demo = new QCheckBox(this);
    m_demo->setObjectName(QStringLiteral("demoDeviceCheckBox"));
    QFont bold = m_demo->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_demo->setFont(bold);
    m_demoText = new QLabel(this);
    m_demoText->setObjectName(QStringLiteral("demoDeviceTextLabel"));
    m_demoText->setWordWrap(true);
    m_demoText->setIndent(24);
    layout->addWidget(m_demo);
    layout->addWidget(m_demoText);
    layout->addSpacing(12);

    auto* form = new QFormLayout;
    m_address = new QComboBox(this);
    m_address->setObjectName(QStringLiteral("listenAddressComboBox"));
    m_address->setEditable(true);
    m_address->setInsertPolicy(QComboBox::NoInsert);
    for (const QHostAddress& a : coap::localIpv4Addresses())
        m_address->addItem(a.toString());
    m_address->addItem(QStringLiteral("127.0.0.1"));
    m_realAddress = coap::defaultListenAddress().toString();
    m_addressLabel = new QLabel(this);
    m_addressLabel->setBuddy(m_address);
    form->addRow(m_addressLabel, m_address);

    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("listenPortSpinBox"));
    m_port->setRange(0, 65535);
    m_realPort = QSettings().value(QLatin1String(settings::kListenPort), 5684).toInt();
    m_portLabel = new QLabel(this);
    m_portLabel->setBuddy(m_port);
    form->addRow(m_portLabel, m_port);
    layout->addLayout(form);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("listenHintLabel"));
    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_hint);
    layout->addStretch(1);

    connect(m_demo, &QCheckBox::toggled, this, [this](bool on) {
        if (on) {
            m_realAddress = m_address->currentText();
            m_realPort = m_port->value();
        }
        updateState();
        Q_EMIT completeChanged();
    });
    connect(m_address, &QComboBox::currentTextChanged, this, [this] {
        updateState();
        Q_EMIT completeChanged();
    });
    connect(m_port, &QSpinBox::valueChanged, this, [this] {
        updateState();
        Q_EMIT completeChanged();
    });
    retranslateUi();
    updateState();
}

QString NetworkTransportPanel::title() const
{
    return tr("Network (this computer is the device's bootstrap server)");
}

bool NetworkTransportPanel::useDemo() const
{
    return m_demo->isChecked();
}

void NetworkTransportPanel::setUseDemo(bool on)
{
    m_demo->setChecked(on);
}

QHostAddress NetworkTransportPanel::address() const
{
    return QHostAddress(m_address->currentText().trimmed());
}

bool NetworkTransportPanel::isComplete() const
{
    if (useDemo())
        return true;
    const QHostAddress a = address();
    return !a.isNull() && a.protocol() == QAbstractSocket::IPv4Protocol;
}

Status NetworkTransportPanel::validate()
{
    if (useDemo() || m_port->value() == 0)
        return {};
    // Try the address and port now, so a busy port is named before anything starts.
    QUdpSocket probe;
    if (!probe.bind(address(), quint16(m_port->value()))) {
        return makeError(QStringLiteral("wizard.listenUnavailable"),
                         tr("This computer cannot listen on %1 port %2 (%3). Choose another port, stop the program "
                            "that uses it, or pick an address of this computer.")
                             .arg(address().toString())
                             .arg(m_port->value())
                             .arg(probe.errorString()),
                         probe.errorString());
    }
    return {};
}

void NetworkTransportPanel::store(CommissioningSession& session) const
{
    session.transport = transportId();
    session.useDemo = useDemo();
    session.listenAddress = useDemo() ? QHostAddress(QHostAddress::LocalHost) : address();
    session.listenPort = useDemo() ? 0 : quint16(m_port->value());
    QSettings stored;
    stored.setValue(QLatin1String(settings::kUseDemo), useDemo());
    if (!useDemo())
        stored.setValue(QLatin1String(settings::kListenPort), m_port->value());
}

void NetworkTransportPanel::load(const CommissioningSession& session)
{
    Q_UNUSED(session);
    // A fresh installation starts with the demo device; afterwards the last choice.
    const bool demo = QSettings().value(QLatin1String(settings::kUseDemo), true).toBool();
    m_demo->setChecked(demo);
    updateState();
}

void NetworkTransportPanel::updateState()
{
    const bool demo = useDemo();
    m_address->setEnabled(!demo);
    m_port->setEnabled(!demo);
    if (demo) {
        const QSignalBlocker a(m_address);
        const QSignalBlocker p(m_port);
        m_address->setEditText(QStringLiteral("127.0.0.1"));
        m_port->setValue(0);
    } else if (m_address->currentText() == QLatin1String("127.0.0.1") && m_port->value() == 0) {
        const QSignalBlocker a(m_address);
        const QSignalBlocker p(m_port);
        m_address->setEditText(m_realAddress);
        m_port->setValue(m_realPort);
    }
    if (demo) {
        m_hint->setText(tr("The demo device runs on this computer and connects over loopback (127.0.0.1) to a free "
                           "port chosen when the job starts."));
    } else if (!isComplete()) {
        m_hint->setText(tr("\"%1\" is not an IPv4 address of this computer. Pick one from the list.")
                            .arg(m_address->currentText()));
    } else {
        m_hint->setText(
            tr("Configure the device's bootstrap server as coaps://%1:%2 before you power it on.")
                .arg(address().toString(),
                     m_port->value() ? QString::number(m_port->value()) : tr("<port shown when listening>")));
    }
}

void NetworkTransportPanel::retranslateUi()
{
    m_demo->setText(tr("Use the built-in &demo device"));
    m_demo->setAccessibleName(tr("Use the built-in demo device"));
    m_demo->setAccessibleDescription(tr("Commission a simulated device on this computer; no hardware needed."));
    m_demoText->setText(tr("No device at hand? A simulated LwM2M device starts on this computer with its own factory "
                           "credentials. Click Next on every page to commission it end to end."));
    m_addressLabel->setText(tr("Listen &address:"));
    m_address->setAccessibleName(tr("Listen address"));
    m_address->setToolTip(tr("An IPv4 address of this computer that the device can reach."));
    m_portLabel->setText(tr("Listen &port:"));
    m_port->setAccessibleName(tr("Listen port"));
    m_port->setSpecialValueText(tr("any free port"));
    m_port->setToolTip(tr("UDP port for CoAPs; 5684 is the default LwM2M bootstrap port."));
    m_hint->setAccessibleName(tr("Listener hint"));
    updateState();
    Q_EMIT titleChanged();
}

void NetworkTransportPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    TransportPanel::changeEvent(event);
}

} // namespace lwc::ui
