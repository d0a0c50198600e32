#include "ConnectPage.h"

#include "CommissioningSession.h"
#include "MessageWidget.h"
#include "NetworkTransportPanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace lwc::ui {

ConnectPage::ConnectPage(CommissioningSession* session, QWidget* parent) : QWizardPage(parent), m_session(session)
{
    setObjectName(QStringLiteral("connectPage"));
    auto* layout = new QVBoxLayout(this);
    m_message = new MessageWidget(this);
    m_message->setObjectName(QStringLiteral("connectMessageWidget"));
    layout->addWidget(m_message);

    auto* row = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    m_listLabel = new QLabel(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("transportListWidget"));
    m_list->setWordWrap(true);
    m_list->setMaximumWidth(fontMetrics().averageCharWidth() * 40);
    m_listLabel->setBuddy(m_list);
    left->addWidget(m_listLabel);
    left->addWidget(m_list);
    row->addLayout(left);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("transportStackedWidget"));
    row->addWidget(m_stack, 1);
    layout->addLayout(row, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &ConnectPage::selectRow);

    addTransport(new NetworkTransportPanel(this));
    addUpcomingTransport(QStringLiteral("serial"));
    addUpcomingTransport(QStringLiteral("smartcard"));
    m_list->setCurrentRow(0);
    retranslateUi();
}

void ConnectPage::addTransport(TransportPanel* panel)
{
    panel->setParent(this);
    m_panels << panel;
    m_ids << panel->transportId();
    auto* item = new QListWidgetItem(panel->title(), m_list);
    item->setData(Qt::UserRole, panel->transportId());
    m_stack->addWidget(panel);
    connect(panel, &TransportPanel::completeChanged, this, [this] {
        m_message->hideMessage();
        Q_EMIT completeChanged();
    });
    connect(panel, &TransportPanel::titleChanged, this, &ConnectPage::retranslateUi);
}

void ConnectPage::addUpcomingTransport(const QString& id)
{
    m_panels << nullptr;
    m_ids << id;
    auto* item = new QListWidgetItem(upcomingTitle(id), m_list);
    item->setData(Qt::UserRole, id);
    // Shown so the technician knows it is coming; not selectable yet.
    item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
}

QString ConnectPage::upcomingTitle(const QString& id) const
{
    if (id == QLatin1String("serial"))
        return tr("Serial cable (AT commands) — arrives in a later release");
    if (id == QLatin1String("smartcard"))
        return tr("Smartcard (PC/SC reader) — arrives in a later release");
    return tr("%1 — arrives in a later release").arg(id);
}

TransportPanel* ConnectPage::currentPanel() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_panels.size() ? m_panels.at(row) : nullptr;
}

void ConnectPage::selectRow(int row)
{
    if (row >= 0 && row < m_panels.size() && m_panels.at(row))
        m_stack->setCurrentWidget(m_panels.at(row));
    Q_EMIT completeChanged();
}

void ConnectPage::initializePage()
{
    for (TransportPanel* panel : std::as_const(m_panels))
        if (panel)
            panel->load(*m_session);
    m_message->hideMessage();
}

bool ConnectPage::isComplete() const
{
    const TransportPanel* panel = currentPanel();
    return panel && panel->isComplete();
}

bool ConnectPage::validatePage()
{
    TransportPanel* panel = currentPanel();
    if (!panel)
        return false;
    if (const Status s = panel->validate(); !s.ok()) {
        m_message->showError(s.error());
        return false;
    }
    panel->store(*m_session);
    return true;
}

void ConnectPage::retranslateUi()
{
    setTitle(tr("Connect"));
    setSubTitle(tr("How does this computer reach the device?"));
    m_listLabel->setText(tr("&Transport:"));
    m_list->setAccessibleName(tr("Transport"));
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        item->setText(m_panels.at(row) ? m_panels.at(row)->title() : upcomingTitle(m_ids.at(row)));
    }
}

void ConnectPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

} // namespace lwc::ui
