#pragma once

#include "TransportPanel.h"

#include <QHostAddress>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace lwc::ui {

// "Network (this computer is the device's bootstrap server)": where the job
// listens, and the prominent choice of the built-in demo device, which runs
// on loopback against the job's listener.
class NetworkTransportPanel : public TransportPanel {
    Q_OBJECT
public:
    explicit NetworkTransportPanel(QWidget* parent = nullptr);

    QString transportId() const override { return QStringLiteral("network"); }
    QString title() const override;
    bool isComplete() const override;
    Status validate() override;
    void store(CommissioningSession& session) const override;
    void load(const CommissioningSession& session) override;

    bool useDemo() const;
    void setUseDemo(bool on);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateState();
    QHostAddress address() const;

    QCheckBox* m_demo = nullptr;
    QLabel* m_demoText = nullptr;
    QLabel* m_addressLabel = nullptr;
    QComboBox* m_address = nullptr;
    QLabel* m_portLabel = nullptr;
    QSpinBox* m_port = nullptr;
    QLabel* m_hint = nullptr;
    QString m_realAddress; // remembered while the demo forces loopback
    int m_realPort = 5684;
};

} // namespace lwc::ui
