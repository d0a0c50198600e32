#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace lwc::ui {

class CommissioningSession;
class MessageWidget;

// Step 2: which device. The endpoint name (validated as it is typed, S8;
// unique in the inventory unless the technician re-commissions on purpose)
// and the device key profile (how keys go into /0/x/3-5, S22).
class IdentifyPage : public QWizardPage {
    Q_OBJECT
public:
    IdentifyPage(CommissioningSession* session, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void check();

    CommissioningSession* m_session;
    MessageWidget* m_message = nullptr;
    QFormLayout* m_form = nullptr;
    QLabel* m_endpointLabel = nullptr;
    QLineEdit* m_endpoint = nullptr;
    QLabel* m_endpointHint = nullptr;
    QCheckBox* m_recommission = nullptr;
    QLabel* m_profileLabel = nullptr;
    QComboBox* m_profile = nullptr;
    QLabel* m_profileHint = nullptr;
    QString m_demoEndpoint;
    bool m_valid = false;
    bool m_known = false;
};

} // namespace lwc::ui
