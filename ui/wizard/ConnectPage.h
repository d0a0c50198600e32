#pragma once

#include <QWizardPage>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace lwc::ui {

class CommissioningSession;
class MessageWidget;
class TransportPanel;

// Step 1: how this computer reaches the device. A list of transports with
// one settings panel each; transports that arrive with later issues
// (serial, smartcard) are listed, disabled, with that said next to them,
// so the technician knows where they will be.
class ConnectPage : public QWizardPage {
    Q_OBJECT
public:
    ConnectPage(CommissioningSession* session, QWidget* parent = nullptr);

    // An available transport with its settings panel (the page owns it).
    void addTransport(TransportPanel* panel);
    // A transport that is not built yet: listed, disabled.
    void addUpcomingTransport(const QString& id);

    TransportPanel* currentPanel() const;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void selectRow(int row);
    QString upcomingTitle(const QString& id) const;

    CommissioningSession* m_session;
    QLabel* m_listLabel = nullptr;
    QListWidget* m_list = nullptr;
    QStackedWidget* m_stack = nullptr;
    MessageWidget* m_message = nullptr;
    QList<TransportPanel*> m_panels; // by row; nullptr for upcoming transports
    QStringList m_ids;
};

} // namespace lwc::ui
