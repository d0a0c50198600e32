#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "security/CertificateVerifier.h"
#include "security/TrustDecisionSink.h"

#include <QDialog>
#include <QFuture>

#include <memory>

#include <qcoro/qcorotask.h>

#include <optional>

class QButtonGroup;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace lwc::ui {

class MessageWidget;

// Shows a server certificate (from the wizard, a file, or a live handshake)
// with the evidence a technician needs to decide whether to trust it: the
// chain with a status per certificate, the selected certificate's details,
// a prominent SHA-256 fingerprint with copy and compare, every rule verdict
// with its id, and the pinning choices named as the LwM2M resources do.
// The decision goes to a TrustDecisionSink with who, when and fingerprint.
class CertificateDialog : public QDialog {
    Q_OBJECT
public:
    struct Context {
        QList<QByteArray> chain; // DER, leaf first, as presented
        QList<QByteArray> trustAnchors; // CAs already known (optional)
        QString serverUri; // coaps://host:port, for the name rules
        security::TimePolicy time; // the device's time situation (S19)
        QString operatorName; // who decides; the login name if empty
    };

    enum class Choice { PinCertificate, PinSha256, TrustCa };
    Q_ENUM(Choice)

    CertificateDialog(Context context, security::TrustDecisionSink* sink, const Clock& clock = Clock::system(),
                      QWidget* parent = nullptr);
    ~CertificateDialog() override;

    // Certificates from a file in any supported encoding, leaf first.
    static Result<QList<QByteArray>> chainFromFile(const QString& path);

    void setChoice(Choice choice);
    Choice choice() const;
    // True once the verdict for the current choice is on screen.
    bool isVerified() const { return m_verified; }
    const std::optional<security::VerificationReport>& report() const { return m_report; }
    const std::optional<security::TrustDecision>& decision() const { return m_decision; }

Q_SIGNALS:
    void verificationFinished();
    void decisionRecorded(const lwc::security::TrustDecision& decision);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    security::VerificationRequest requestFor(Choice choice) const;
    QCoro::Task<> reverify();
    void startVerification();
    void showReport();
    void showCertificate(QTreeWidgetItem* item);
    void updateFingerprintComparison();
    void updateDecisionControls();
    void copyFingerprint();
    void trust();
    void rejectCertificate();
    security::TrustDecision makeDecision(security::TrustChoice choice) const;
    bool recordDecision(const security::TrustDecision& decision);
    QByteArray caCertificate() const; // the CA a "trust CA" decision pins; empty if none

    Context m_context;
    security::TrustDecisionSink* m_sink;
    const Clock& m_clock;
    security::CertificateVerifier m_verifier;
    QString m_host;
    std::optional<security::VerificationReport> m_report;
    std::optional<security::TrustDecision> m_decision;
    std::optional<QByteArray> m_expectedFingerprintBytes; // parsed paste, if valid
    QFuture<std::shared_ptr<Result<security::VerificationReport>>> m_pending;
    bool m_verified = false;
    int m_generation = 0;

    MessageWidget* m_verdict = nullptr;
    QGroupBox* m_chainGroup = nullptr;
    QTreeWidget* m_chainTree = nullptr;
    QGroupBox* m_detailsGroup = nullptr;
    QLabel* m_subjectCaption = nullptr;
    QLabel* m_subject = nullptr;
    QLabel* m_issuerCaption = nullptr;
    QLabel* m_issuer = nullptr;
    QLabel* m_validityCaption = nullptr;
    QLabel* m_validity = nullptr;
    QLabel* m_sanCaption = nullptr;
    QLabel* m_san = nullptr;
    QLabel* m_keyCaption = nullptr;
    QLabel* m_key = nullptr;
    QLabel* m_signatureCaption = nullptr;
    QLabel* m_signature = nullptr;
    QLabel* m_serialCaption = nullptr;
    QLabel* m_serial = nullptr;
    QGroupBox* m_fingerprintGroup = nullptr;
    QLabel* m_fingerprint = nullptr;
    QPushButton* m_copyFingerprint = nullptr;
    QLabel* m_expectedCaption = nullptr;
    QLineEdit* m_expectedFingerprint = nullptr;
    QLabel* m_matchIcon = nullptr;
    QLabel* m_match = nullptr;
    QGroupBox* m_rulesGroup = nullptr;
    QTreeWidget* m_rulesTree = nullptr;
    QGroupBox* m_decisionGroup = nullptr;
    QButtonGroup* m_choices = nullptr;
    QRadioButton* m_pinCertificate = nullptr;
    QRadioButton* m_pinSha256 = nullptr;
    QRadioButton* m_trustCa = nullptr;
    QComboBox* m_caUsage = nullptr;
    QLabel* m_sniCaption = nullptr;
    QLineEdit* m_sni = nullptr;
    QLabel* m_choiceHint = nullptr;
    QPushButton* m_trustButton = nullptr;
    QPushButton* m_rejectButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
};

} // namespace lwc::ui
