#include "ProvisionPage.h"

#include "CommissioningRun.h"
#include "CommissioningSession.h"
#include "MessageBox.h"
#include "MessageWidget.h"
#include "StepTimelineModel.h"

#include "common/Log.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace lwc::ui {

ProvisionPage::ProvisionPage(CommissioningSession* session, QWidget* parent)
    : QWizardPage(parent), m_session(session), m_model(new StepTimelineModel(this))
{
    setObjectName(QStringLiteral("provisionPage"));
    auto* layout = new QVBoxLayout(this);
    m_message = new MessageWidget(this);
    m_message->setObjectName(QStringLiteral("provisionMessageWidget"));
    layout->addWidget(m_message);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont statusFont = m_status->font();
    statusFont.setPointSizeF(statusFont.pointSizeF() * 1.15);
    m_status->setFont(statusFont);
    layout->addWidget(m_status);
    m_pinReminder = new QLabel(this);
    m_pinReminder->setObjectName(QStringLiteral("pinReminderLabel"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.5);
    mono.setBold(true);
    m_pinReminder->setFont(mono);
    m_pinReminder->hide();
    layout->addWidget(m_pinReminder);

    auto* progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("provisionProgressBar"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_elapsed = new QLabel(this);
    m_elapsed->setObjectName(QStringLiteral("elapsedLabel"));
    m_elapsed->setMinimumWidth(fontMetrics().averageCharWidth() * 10);
    m_elapsed->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_elapsed);
    layout->addLayout(progressRow);

    m_steps = new QTableView(this);
    m_steps->setObjectName(QStringLiteral("stepTableView"));
    m_steps->setModel(m_model);
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_steps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_steps->verticalHeader()->hide();
    m_steps->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_steps->horizontalHeader()->setStretchLastSection(true);
    m_steps->setWordWrap(false);
    layout->addWidget(m_steps, 1);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_retry = new QPushButton(this);
    m_retry->setObjectName(QStringLiteral("retryPushButton"));
    m_retry->setEnabled(false);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelJobPushButton"));
    m_cancel->setEnabled(false);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);

    connect(m_retry, &QPushButton::clicked, this, &ProvisionPage::startCommissioning);
    connect(m_cancel, &QPushButton::clicked, this, &ProvisionPage::askToCancel);
    auto* ticker = new QTimer(this);
    ticker->setInterval(100);
    connect(ticker, &QTimer::timeout, this, [this] {
        if (m_running)
            m_elapsed->setText(tr("%1 s").arg(QLocale().toString(m_clock.elapsed() / 1000.0, 'f', 2)));
    });
    ticker->start();
    retranslateUi();
}

void ProvisionPage::initializePage()
{
    if (m_started)
        return;
    m_started = true;
    // The Review page's "Start commissioning" was the decision: run at once.
    QTimer::singleShot(0, this, &ProvisionPage::startCommissioning);
}

QCoro::Task<> ProvisionPage::startCommissioning()
{
    QPointer<ProvisionPage> self(this);
    try {
        if (m_running)
            co_return;
        m_running = true;
        m_finalState.reset();
        m_port = 0;
        m_retry->setEnabled(false);
        m_cancel->setEnabled(true);
        m_message->hideMessage();
        m_progress->setValue(0);
        Q_EMIT completeChanged();
        const auto restore = qScopeGuard([self] {
            if (!self)
                return;
            self->m_running = false;
            self->m_cancel->setEnabled(false);
            self->m_retry->setEnabled(self->m_finalState != jobs::JobState::Succeeded);
            self->m_pinReminder->setVisible(false);
            Q_EMIT self->completeChanged();
        });

        // S4: a PIN is single use: every further try gets a fresh one.
        if (m_session->run() && m_session->request.channelMode == coap::SecurityMode::Pin) {
            if (const Status s = m_session->newPin(); !s.ok()) {
                m_message->showError(s.error());
                co_return;
            }
            const Status rebuilt = co_await m_session->preparePlan();
            if (!self)
                co_return;
            if (!rebuilt.ok()) {
                m_message->showError(rebuilt.error());
                co_return;
            }
        }
        auto created = m_session->newRun();
        if (!created.ok()) {
            m_message->showError(created.error());
            co_return;
        }
        QPointer<CommissioningRun> run = created.value();
        jobs::BootstrapJob* job = run->job();
        m_model->setJob(job);
        connect(run, &CommissioningRun::recordingFailed, this,
                [this](const QString& text) { m_message->showMessage(text, MessageWidget::Severity::Warning); });
        connect(job, &jobs::Job::progress, this, [this](int done, int total) {
            m_progress->setRange(0, qMax(1, total));
            m_progress->setValue(done);
        });
        connect(job, &jobs::BootstrapJob::listening, this, [this](quint16 port) {
            m_port = port;
            updateStatus();
        });
        connect(job, &jobs::BootstrapJob::deviceConnected, this, &ProvisionPage::updateStatus);
        connect(job, &jobs::Job::stepChanged, this, [this] { m_steps->scrollToBottom(); });
        m_pinReminder->setVisible(m_session->request.channelMode == coap::SecurityMode::Pin);
        m_pinReminder->setText(tr("PIN for the device: %1").arg(m_session->pinForDisplay()));
        m_clock.start();
        updateStatus();

        const jobs::JobState state = co_await run->execute();
        if (!self)
            co_return;
        m_finalState = state;
        showOutcome(state);
    } catch (const std::exception& e) {
        qCCritical(lcUi) << "provision page:" << e.what();
        if (self)
            self->m_message->showError(makeError(QStringLiteral("wizard.internal"),
                                                 tr("Commissioning stopped on an internal error. The job's journal "
                                                    "shows what was done."),
                                                 QString::fromUtf8(e.what())));
    }
}

void ProvisionPage::updateStatus()
{
    if (!m_running || !m_session->run())
        return;
    const jobs::BootstrapJob* job = m_session->run()->job();
    bool connected = false;
    for (const jobs::JobStep& s : job->record().steps)
        connected |= s.name == QLatin1String("wait-for-device") && s.state == jobs::StepState::Done;
    if (connected)
        m_status->setText(tr("Commissioning %1…").arg(m_session->request.endpoint));
    else if (!m_port)
        m_status->setText(tr("Starting the bootstrap listener…"));
    else if (m_session->useDemo)
        m_status->setText(tr("The demo device is connecting to 127.0.0.1 port %1…").arg(m_port));
    else
        m_status->setText(tr("Waiting for the device on coaps://%1:%2. Power it on, or point its bootstrap server at "
                             "this address.")
                              .arg(m_session->listenAddress.toString())
                              .arg(m_port));
}

void ProvisionPage::showOutcome(jobs::JobState state)
{
    const jobs::BootstrapJob* job = m_session->run() ? m_session->run()->job() : nullptr;
    m_elapsed->setText(tr("%1 s").arg(QLocale().toString(m_clock.elapsed() / 1000.0, 'f', 2)));
    switch (state) {
    case jobs::JobState::Succeeded:
        m_progress->setValue(m_progress->maximum());
        m_status->setText(tr("%1 is commissioned. Next: check what it holds.").arg(m_session->request.endpoint));
        m_message->showMessage(
            tr("The job succeeded in %1 s.").arg(QLocale().toString(m_clock.elapsed() / 1000.0, 'f', 2)),
            MessageWidget::Severity::Positive);
        break;
    case jobs::JobState::Cancelled:
        m_status->setText(tr("Cancelled. The job is recorded as cancelled with every step it did; the device may "
                             "hold part of the new configuration. Try again to finish it."));
        m_message->showMessage(tr("The job was cancelled."), MessageWidget::Severity::Warning);
        break;
    default:
        m_status->setText(tr("The job failed. Fix the cause below, then try again; Next writes a receipt of the "
                             "failed job."));
        if (job && job->record().error)
            m_message->showError(*job->record().error);
        else
            m_message->showMessage(tr("The job failed; the step list shows where."), MessageWidget::Severity::Error);
        break;
    }
}

bool ProvisionPage::askToCancel()
{
    if (!m_running || !m_session->run())
        return true;
    const auto answer = MessageBox::question(
        this, tr("Cancel commissioning?"),
        tr("Stop commissioning %1? The job stops after the request in flight and is recorded as cancelled; the "
           "device may keep part of the new configuration until it is commissioned again.")
            .arg(m_session->request.endpoint),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    m_status->setText(tr("Cancelling…"));
    m_session->run()->cancel();
    return true;
}

bool ProvisionPage::isComplete() const
{
    return !m_running && m_finalState.has_value();
}

int ProvisionPage::nextId() const
{
    return m_finalState == jobs::JobState::Succeeded ? VerifyPageId : ReceiptPageId;
}

void ProvisionPage::retranslateUi()
{
    setTitle(tr("Provision"));
    setSubTitle(tr("This computer is the device's bootstrap server now. Every step is recorded as it happens."));
    m_retry->setText(tr("&Try again"));
    m_retry->setAccessibleName(tr("Try again"));
    m_cancel->setText(tr("&Cancel commissioning"));
    m_cancel->setAccessibleName(tr("Cancel commissioning"));
    m_progress->setAccessibleName(tr("Commissioning progress"));
    m_steps->setAccessibleName(tr("Commissioning steps"));
    m_status->setAccessibleName(tr("Commissioning status"));
    m_pinReminder->setAccessibleName(tr("PIN to type into the device"));
    m_elapsed->setAccessibleName(tr("Elapsed time"));
    m_model->retranslate();
    if (m_running) {
        updateStatus();
        m_pinReminder->setText(tr("PIN for the device: %1").arg(m_session->pinForDisplay()));
    } else if (m_finalState) {
        showOutcome(*m_finalState);
    } else {
        m_status->setText(tr("Starting…"));
    }
}

void ProvisionPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

} // namespace lwc::ui
