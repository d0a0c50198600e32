#pragma once

#include <QWizardPage>

#include <QCoro/QCoroTask>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QToolButton;
class QTreeWidget;

namespace lwc::ui {

class CommissioningSession;
class MessageWidget;

// Step 4: the plan built from the choices (PlanBuilder: the same JSON format
// and parser as the CLI) with every validation verdict — errors, warnings,
// info, each with its rule id. Nothing is written yet; Next ("Start
// commissioning") stays disabled while there is an error.
class ReviewPage : public QWizardPage {
    Q_OBJECT
public:
    ReviewPage(CommissioningSession* session, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    // Builds the plan (X.509 material may need the local CA: off the UI thread).
    QCoro::Task<> prepare();
    void showPlan();
    void retranslateUi();

    CommissioningSession* m_session;
    MessageWidget* m_message = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QTreeWidget* m_summary = nullptr;
    QLabel* m_verdictLabel = nullptr;
    QTreeWidget* m_verdicts = nullptr;
    QToolButton* m_showJson = nullptr;
    QPlainTextEdit* m_json = nullptr;
    bool m_preparing = false;
    int m_generation = 0;
};

} // namespace lwc::ui
