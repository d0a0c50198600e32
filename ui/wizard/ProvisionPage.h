#pragma once

#include "jobs/JobRecord.h"

#include <QElapsedTimer>
#include <QWizardPage>

#include <QCoro/QCoroTask>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace lwc::ui {

class CommissioningSession;
class MessageWidget;
class StepTimelineModel;

// Step 5: runs the commissioning job (jobs::BootstrapJob, the same code as
// the CLI) with a live step timeline, a progress bar, per-step timing and
// Cancel (asked through MessageBox). The job runs in a coroutine slot: the
// event loop keeps turning, the trigger is disabled while it runs and a
// scope guard restores the page whatever happens.
class ProvisionPage : public QWizardPage {
    Q_OBJECT
public:
    ProvisionPage(CommissioningSession* session, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

    bool isRunning() const { return m_running; }
    std::optional<jobs::JobState> finalState() const { return m_finalState; }
    // Asks (MessageBox) and cancels; false if the technician keeps it running.
    bool askToCancel();

public Q_SLOTS:
    // Starts a run (a new job); the trigger is the "Try again" button.
    QCoro::Task<> startCommissioning();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showOutcome(jobs::JobState state);
    void updateStatus();

    CommissioningSession* m_session;
    MessageWidget* m_message = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_pinReminder = nullptr;
    QProgressBar* m_progress = nullptr;
    QTableView* m_steps = nullptr;
    StepTimelineModel* m_model = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_retry = nullptr;
    QLabel* m_elapsed = nullptr;
    QElapsedTimer m_clock;
    bool m_running = false;
    bool m_started = false;
    quint16 m_port = 0;
    std::optional<jobs::JobState> m_finalState;
};

} // namespace lwc::ui
