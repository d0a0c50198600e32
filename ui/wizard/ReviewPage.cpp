#include "ReviewPage.h"

#include "CommissioningSession.h"
#include "MessageWidget.h"

#include "common/Log.h"

#include <QApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QScopeGuard>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lwc::ui {

namespace {

QString secretText(const SecretBytes& s)
{
    return s.describe();
}

} // namespace

ReviewPage::ReviewPage(CommissioningSession* session, QWidget* parent) : QWizardPage(parent), m_session(session)
{
    setObjectName(QStringLiteral("reviewPage"));
    setCommitPage(true); // after this page the device is written to: no way back
    auto* layout = new QVBoxLayout(this);
    m_message = new MessageWidget(this);
    m_message->setObjectName(QStringLiteral("reviewMessageWidget"));
    layout->addWidget(m_message);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("reviewBusyProgressBar"));
    m_busy->setRange(0, 0);
    m_busy->hide();
    layout->addWidget(m_busy);

    m_summaryLabel = new QLabel(this);
    m_summary = new QTreeWidget(this);
    m_summary->setObjectName(QStringLiteral("planSummaryTreeWidget"));
    m_summary->setColumnCount(2);
    m_summary->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_summaryLabel->setBuddy(m_summary);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_summary, 3);

    m_verdictLabel = new QLabel(this);
    m_verdicts = new QTreeWidget(this);
    m_verdicts->setObjectName(QStringLiteral("verdictTreeWidget"));
    m_verdicts->setColumnCount(4);
    m_verdicts->setRootIsDecorated(false);
    m_verdicts->setWordWrap(true);
    m_verdicts->setUniformRowHeights(false);
    m_verdicts->header()->setStretchLastSection(false);
    m_verdicts->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_verdicts->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_verdicts->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_verdicts->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_verdictLabel->setBuddy(m_verdicts);
    layout->addWidget(m_verdictLabel);
    layout->addWidget(m_verdicts, 1);

    m_showJson = new QToolButton(this);
    m_showJson->setObjectName(QStringLiteral("showPlanJsonToolButton"));
    m_showJson->setCheckable(true);
    m_showJson->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_showJson->setArrowType(Qt::RightArrow);
    layout->addWidget(m_showJson);
    m_json = new QPlainTextEdit(this);
    m_json->setObjectName(QStringLiteral("planJsonPlainTextEdit"));
    m_json->setReadOnly(true);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->hide();
    layout->addWidget(m_json, 3);
    connect(m_showJson, &QToolButton::toggled, this, [this](bool on) {
        m_json->setVisible(on);
        m_showJson->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    retranslateUi();
}

void ReviewPage::initializePage()
{
    prepare();
}

QCoro::Task<> ReviewPage::prepare()
{
    QPointer<ReviewPage> self(this);
    try {
        const int generation = ++m_generation;
        m_preparing = true;
        m_busy->show();
        m_summary->clear();
        m_verdicts->clear();
        m_json->clear();
        m_message->showMessage(tr("Preparing the plan…"), MessageWidget::Severity::Information);
        Q_EMIT completeChanged();
        const auto done = qScopeGuard([self, generation] {
            if (!self || self->m_generation != generation)
                return;
            self->m_preparing = false;
            self->m_busy->hide();
            Q_EMIT self->completeChanged();
        });
        const Status prepared = co_await m_session->preparePlan();
        if (!self || m_generation != generation)
            co_return;
        if (!prepared.ok()) {
            m_message->showError(prepared.error());
            co_return;
        }
        showPlan();
    } catch (const std::exception& e) {
        qCCritical(lcUi) << "review page:" << e.what();
        if (self)
            self->m_message->showError(makeError(QStringLiteral("wizard.internal"),
                                                 tr("Preparing the plan failed on an internal error."),
                                                 QString::fromUtf8(e.what())));
    }
}

void ReviewPage::showPlan()
{
    m_summary->clear();
    m_verdicts->clear();
    const auto& plan = m_session->plan();
    const bootstrap::PlanRequest& r = m_session->request;
    const bootstrap::DevicePlan* d = plan ? plan->match(r.endpoint) : nullptr;
    if (!d)
        return;
    auto group = [this](const QString& title) {
        auto* item = new QTreeWidgetItem(m_summary, {title});
        QFont f = item->font(0);
        f.setBold(true);
        item->setFont(0, f);
        item->setExpanded(true);
        return item;
    };
    auto row = [](QTreeWidgetItem* parent, const QString& key, const QString& value) {
        new QTreeWidgetItem(parent, {key, value});
    };

    QTreeWidgetItem* device = group(tr("Device"));
    row(device, tr("Endpoint name"), r.endpoint);
    row(device, tr("Key profile"), m_session->profileName);
    if (m_session->useDemo)
        row(device, tr("Device"), tr("built-in demo device (simulated, loopback)"));

    QTreeWidgetItem* channel = group(tr("Bootstrap channel"));
    const QString listen = QStringLiteral("%1:%2").arg(m_session->listenAddress.toString(),
                                                       m_session->listenPort ? QString::number(m_session->listenPort)
                                                                             : tr("any free port"));
    row(channel, tr("Listener"), listen);
    switch (d->channel.mode) {
    case coap::SecurityMode::Psk:
        row(channel, tr("Mode"), tr("PSK (TLS_PSK_WITH_AES_128_CCM_8, TLS_PSK_WITH_AES_128_CBC_SHA256)"));
        row(channel, tr("PSK identity"), QString::fromUtf8(d->channel.pskIdentity));
        row(channel, tr("Bootstrap key"), secretText(d->channel.psk));
        break;
    case coap::SecurityMode::Pin:
        row(channel, tr("Mode"), tr("PIN (TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA256 only)"));
        row(channel, tr("PSK identity"), QString::fromUtf8(d->channel.pskIdentity));
        row(channel, tr("PIN"),
            tr("%1, single use, expires after %2 min")
                .arg(secretText(d->channel.pin))
                .arg(d->channel.pinExpiryMinutes));
        break;
    case coap::SecurityMode::Certificate:
        row(channel, tr("Mode"), tr("X.509 (client certificate, CN = endpoint)"));
        row(channel, tr("Trusted CAs"), QString::number(d->channel.caCertificates.size()));
        break;
    case coap::SecurityMode::NoSec:
        row(channel, tr("Mode"), tr("NoSec — INSECURE"));
        break;
    }
    row(group(tr("Delete first")), tr("Paths"), d->deletePaths.join(QLatin1String(", ")));
    for (const bootstrap::ServerAccount& a : d->servers) {
        QTreeWidgetItem* account = group(tr("Server account (Short Server ID %1)").arg(a.shortServerId));
        row(account, tr("URI (/0/x/0)"), a.uri);
        const QString mode = bootstrap::accountSecurityModeName(a.credentials.mode);
        row(account, tr("Security mode (/0/x/2)"),
            a.credentials.mode == bootstrap::AccountSecurityMode::NoSec ? tr("nosec — INSECURE") : mode);
        if (a.credentials.mode == bootstrap::AccountSecurityMode::Psk) {
            row(account, tr("PSK identity (/0/x/3)"), QString::fromUtf8(a.credentials.pskIdentity));
            row(account, tr("Secret key (/0/x/5)"),
                a.credentials.psk.generate ? tr("generated, %1 bytes").arg(a.credentials.generateBytes)
                                           : secretText(a.credentials.psk.secret));
        } else if (a.credentials.mode == bootstrap::AccountSecurityMode::Certificate) {
            row(account, tr("Client certificate (/0/x/3)"),
                tr("%1 bytes, CN = %2").arg(a.credentials.clientCertificate.publicData.size()).arg(r.endpoint));
            row(account, tr("Server certificate (/0/x/4)"),
                tr("%1 bytes").arg(a.credentials.serverCertificate.publicData.size()));
            row(account, tr("Private key (/0/x/5)"), secretText(a.credentials.clientPrivateKey.secret));
        }
        row(account, tr("Lifetime (/1/y/1)"), tr("%1 s").arg(a.lifetime));
        row(account, tr("Binding (/1/y/7)"), a.binding);
    }
    if (d->bootstrapAccount) {
        QTreeWidgetItem* bs = group(tr("Bootstrap account for the next contact"));
        row(bs, tr("URI (/0/x/0)"), d->bootstrapAccount->uri);
        row(bs, tr("PSK identity (/0/x/3)"), QString::fromUtf8(d->bootstrapAccount->credentials.pskIdentity));
        row(bs, tr("Secret key (/0/x/5)"), secretText(d->bootstrapAccount->credentials.psk.secret));
    }
    QTreeWidgetItem* after = group(tr("After writing"));
    row(after, tr("Bootstrap-Read of /1"), d->bootstrapRead ? tr("yes") : tr("no"));
    row(after, tr("Verify by Discover"), d->verify ? tr("yes (resource 5 is never read, S20)") : tr("no"));

    int errors = 0;
    int warnings = 0;
    for (const bootstrap::Verdict& v : m_session->verdicts()) {
        QString severity;
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
        switch (v.severity) {
        case bootstrap::Verdict::Severity::Error:
            severity = tr("Error");
            icon = QStyle::SP_MessageBoxCritical;
            ++errors;
            break;
        case bootstrap::Verdict::Severity::Warning:
            severity = tr("Warning");
            icon = QStyle::SP_MessageBoxWarning;
            ++warnings;
            break;
        case bootstrap::Verdict::Severity::Info:
            severity = tr("Info");
            break;
        }
        auto* item = new QTreeWidgetItem(m_verdicts, {severity, ruleId(v.rule), v.message, v.field});
        item->setIcon(0, style()->standardIcon(icon));
        item->setToolTip(2, v.message);
        item->setToolTip(3, v.code);
    }
    if (m_session->verdicts().isEmpty())
        new QTreeWidgetItem(m_verdicts, {tr("OK"), QString(), tr("No problems found."), QString()});
    m_json->setPlainText(QString::fromUtf8(m_session->displayJson()));
    if (errors)
        m_message->showMessage(tr("Errors in the plan: %1. Go back and change the choices they name; nothing has "
                                  "been written.")
                                   .arg(errors),
                               MessageWidget::Severity::Error);
    else if (warnings)
        m_message->showMessage(tr("Nothing has been written to the device yet. Warnings: %1. Read them, then start "
                                  "commissioning.")
                                   .arg(warnings),
                               MessageWidget::Severity::Warning);
    else
        m_message->showMessage(tr("Nothing has been written to the device yet. Start commissioning to run this plan."),
                               MessageWidget::Severity::Information);
}

bool ReviewPage::isComplete() const
{
    return !m_preparing && m_session->plan() && !m_session->planHasErrors();
}

void ReviewPage::retranslateUi()
{
    setTitle(tr("Review"));
    setSubTitle(tr("The plan and every check it passed or failed. Nothing is written until you start."));
    setButtonText(QWizard::CommitButton, tr("&Start commissioning"));
    m_summaryLabel->setText(tr("&What will be written:"));
    m_summary->setHeaderLabels({tr("Item"), tr("Value")});
    m_summary->setAccessibleName(tr("Plan summary"));
    m_verdictLabel->setText(tr("&Checks:"));
    m_verdicts->setHeaderLabels({tr("Severity"), tr("Rule"), tr("Message"), tr("Field")});
    m_verdicts->setAccessibleName(tr("Plan checks"));
    m_showJson->setText(tr("Show the plan as &JSON (secrets hidden)"));
    m_showJson->setAccessibleName(tr("Show the plan as JSON"));
    m_json->setAccessibleName(tr("Plan JSON"));
    m_busy->setAccessibleName(tr("Preparing the plan"));
    if (m_session->plan() && !m_preparing)
        showPlan();
}

void ReviewPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

} // namespace lwc::ui
