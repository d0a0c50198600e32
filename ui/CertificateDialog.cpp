#include "CertificateDialog.h"

#include "MessageBox.h"
#include "MessageWidget.h"

#include "common/Log.h"
#include "security/CredentialCodec.h"
#include "security/Fingerprint.h"
#include "security/OpenSslUtil.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QScreen>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStyle>
#include <QtConcurrent/QtConcurrentRun>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

#include <qcoro/qcorofuture.h>

namespace lwc::ui {

using namespace lwc::security;

namespace {

constexpr int kIndexRole = Qt::UserRole + 1;

QStyle::StandardPixmap iconFor(VerdictStatus status)
{
    switch (status) {
    case VerdictStatus::Pass:
        return QStyle::SP_DialogApplyButton;
    case VerdictStatus::Fail:
        return QStyle::SP_MessageBoxCritical;
    case VerdictStatus::Warning:
        return QStyle::SP_MessageBoxWarning;
    case VerdictStatus::Skipped:
    case VerdictStatus::NotApplicable:
        break;
    }
    return QStyle::SP_MessageBoxInformation;
}

QString twoLineFingerprint(const QString& colonGrouped)
{
    // 32 bytes = 95 characters; break after the 16th byte for reading aloud.
    return colonGrouped.size() > 48 ? colonGrouped.left(47) + QLatin1Char('\n') + colonGrouped.mid(48) : colonGrouped;
}

QString currentUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user;
}

} // namespace

CertificateDialog::CertificateDialog(Context context, TrustDecisionSink* sink, const Clock& clock, QWidget* parent)
    : QDialog(parent), m_context(std::move(context)), m_sink(sink), m_clock(clock), m_verifier(clock)
{
    setObjectName(QStringLiteral("certificateDialog"));
    if (!m_context.serverUri.isEmpty()) {
        auto host = CertificateVerifier::hostFromServerUri(m_context.serverUri);
        if (host.ok())
            m_host = *host;
    }
    buildUi();
    retranslateUi();
    const bool haveCa = !caCertificate().isEmpty();
    (haveCa ? m_trustCa : m_pinCertificate)->setChecked(true);
    m_sni->setText(m_host);
    updateDecisionControls();
    startVerification();
}

CertificateDialog::~CertificateDialog()
{
    // The worker reads the request and the Clock; let it finish (milliseconds).
    if (m_pending.isRunning())
        m_pending.waitForFinished();
}

Result<QList<QByteArray>> CertificateDialog::chainFromFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return makeError(QStringLiteral("ui.certificate.read"),
                         tr("The file %1 cannot be read: %2").arg(path, f.errorString()));
    }
    auto imported = CredentialCodec::import(f.readAll(), ImportKind::Certificate);
    if (!imported.ok())
        return std::move(imported).error();
    return imported->certificates;
}

void CertificateDialog::buildUi()
{
    QSize size(1100, 740);
    if (const QScreen* s = screen())
        size = size.boundedTo(s->availableSize() * 95 / 100);
    resize(size);
    auto* layout = new QVBoxLayout(this);

    m_verdict = new MessageWidget(this);
    m_verdict->setObjectName(QStringLiteral("verdictMessageWidget"));
    layout->addWidget(m_verdict);

    // Chain and details, side by side.
    auto* top = new QSplitter(Qt::Horizontal, this);
    top->setObjectName(QStringLiteral("chainSplitter"));
    m_chainGroup = new QGroupBox(top);
    m_chainGroup->setObjectName(QStringLiteral("chainGroupBox"));
    auto* chainLayout = new QVBoxLayout(m_chainGroup);
    m_chainTree = new QTreeWidget(m_chainGroup);
    m_chainTree->setObjectName(QStringLiteral("chainTreeWidget"));
    m_chainTree->setColumnCount(2);
    m_chainTree->setRootIsDecorated(true);
    m_chainTree->header()->setStretchLastSection(false);
    m_chainTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_chainTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_chainTree->setMinimumHeight(m_chainTree->fontMetrics().height() * 6);
    chainLayout->addWidget(m_chainTree);

    m_detailsGroup = new QGroupBox(top);
    m_detailsGroup->setObjectName(QStringLiteral("detailsGroupBox"));
    auto* form = new QFormLayout(m_detailsGroup);
    const auto addRow = [&](QLabel*& caption, QLabel*& value, const char* name) {
        caption = new QLabel(m_detailsGroup);
        value = new QLabel(m_detailsGroup);
        value->setObjectName(QString::fromLatin1(name));
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        caption->setBuddy(value);
        form->addRow(caption, value);
    };
    addRow(m_subjectCaption, m_subject, "subjectValueLabel");
    addRow(m_issuerCaption, m_issuer, "issuerValueLabel");
    addRow(m_validityCaption, m_validity, "validityValueLabel");
    addRow(m_sanCaption, m_san, "subjectAltNamesValueLabel");
    addRow(m_keyCaption, m_key, "keyValueLabel");
    addRow(m_signatureCaption, m_signature, "signatureValueLabel");
    addRow(m_serialCaption, m_serial, "serialValueLabel");
    top->addWidget(m_chainGroup);
    top->addWidget(m_detailsGroup);
    top->setStretchFactor(0, 2);
    top->setStretchFactor(1, 3);
    layout->addWidget(top, 1);

    // The fingerprint, large, with copy and compare.
    m_fingerprintGroup = new QGroupBox(this);
    m_fingerprintGroup->setObjectName(QStringLiteral("fingerprintGroupBox"));
    auto* fpLayout = new QGridLayout(m_fingerprintGroup);
    m_fingerprint = new QLabel(m_fingerprintGroup);
    m_fingerprint->setObjectName(QStringLiteral("fingerprintLabel"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.25);
    mono.setBold(true);
    m_fingerprint->setFont(mono);
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_copyFingerprint = new QPushButton(m_fingerprintGroup);
    m_copyFingerprint->setObjectName(QStringLiteral("copyFingerprintPushButton"));
    m_copyFingerprint->setIcon(style()->standardIcon(QStyle::SP_FileDialogContentsView));
    m_expectedCaption = new QLabel(m_fingerprintGroup);
    m_expectedFingerprint = new QLineEdit(m_fingerprintGroup);
    m_expectedFingerprint->setObjectName(QStringLiteral("expectedFingerprintLineEdit"));
    m_expectedFingerprint->setClearButtonEnabled(true);
    m_expectedCaption->setBuddy(m_expectedFingerprint);
    m_matchIcon = new QLabel(m_fingerprintGroup);
    m_matchIcon->setObjectName(QStringLiteral("fingerprintMatchIconLabel"));
    m_match = new QLabel(m_fingerprintGroup);
    m_match->setObjectName(QStringLiteral("fingerprintMatchLabel"));
    fpLayout->addWidget(m_fingerprint, 0, 0, 1, 3);
    fpLayout->addWidget(m_copyFingerprint, 0, 3, Qt::AlignTop);
    fpLayout->addWidget(m_expectedCaption, 1, 0);
    fpLayout->addWidget(m_expectedFingerprint, 1, 1);
    fpLayout->addWidget(m_matchIcon, 1, 2);
    fpLayout->addWidget(m_match, 1, 3);
    fpLayout->setColumnStretch(1, 1);
    layout->addWidget(m_fingerprintGroup);

    // Every rule with its id, result (icon + text) and one line.
    m_rulesGroup = new QGroupBox(this);
    m_rulesGroup->setObjectName(QStringLiteral("rulesGroupBox"));
    auto* rulesLayout = new QVBoxLayout(m_rulesGroup);
    m_rulesTree = new QTreeWidget(m_rulesGroup);
    m_rulesTree->setObjectName(QStringLiteral("ruleVerdictTreeWidget"));
    m_rulesTree->setColumnCount(3);
    m_rulesTree->setRootIsDecorated(false);
    m_rulesTree->setWordWrap(true);
    m_rulesTree->header()->setStretchLastSection(true);
    m_rulesTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_rulesTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    // Room for every rule without scrolling (nine rules and the header).
    m_rulesTree->setMinimumHeight(m_rulesTree->fontMetrics().height() * 27 / 2);
    rulesLayout->addWidget(m_rulesTree);
    layout->addWidget(m_rulesGroup, 3);

    // The pinning choices, named as /0/x/15, /0/x/13, /0/x/14 name them.
    m_decisionGroup = new QGroupBox(this);
    m_decisionGroup->setObjectName(QStringLiteral("decisionGroupBox"));
    auto* decision = new QGridLayout(m_decisionGroup);
    m_choices = new QButtonGroup(this);
    m_pinCertificate = new QRadioButton(m_decisionGroup);
    m_pinCertificate->setObjectName(QStringLiteral("pinCertificateRadioButton"));
    m_pinSha256 = new QRadioButton(m_decisionGroup);
    m_pinSha256->setObjectName(QStringLiteral("pinSha256RadioButton"));
    m_trustCa = new QRadioButton(m_decisionGroup);
    m_trustCa->setObjectName(QStringLiteral("trustCaRadioButton"));
    m_choices->addButton(m_pinCertificate, int(Choice::PinCertificate));
    m_choices->addButton(m_pinSha256, int(Choice::PinSha256));
    m_choices->addButton(m_trustCa, int(Choice::TrustCa));
    m_caUsage = new QComboBox(m_decisionGroup);
    m_caUsage->setObjectName(QStringLiteral("caUsageComboBox"));
    m_caUsage->addItem(QString(), 2);
    m_caUsage->addItem(QString(), 0);
    m_sniCaption = new QLabel(m_decisionGroup);
    m_sni = new QLineEdit(m_decisionGroup);
    m_sni->setObjectName(QStringLiteral("expectedNameLineEdit"));
    m_sniCaption->setBuddy(m_sni);
    m_choiceHint = new QLabel(m_decisionGroup);
    m_choiceHint->setObjectName(QStringLiteral("choiceHintLabel"));
    m_choiceHint->setWordWrap(true);
    decision->addWidget(m_pinCertificate, 0, 0, 1, 4);
    decision->addWidget(m_pinSha256, 1, 0, 1, 4);
    decision->addWidget(m_trustCa, 2, 0);
    decision->addWidget(m_caUsage, 2, 1);
    decision->addWidget(m_sniCaption, 2, 2);
    decision->addWidget(m_sni, 2, 3);
    decision->addWidget(m_choiceHint, 3, 0, 1, 4);
    decision->setColumnStretch(3, 1);
    layout->addWidget(m_decisionGroup);

    auto* buttons = new QHBoxLayout;
    m_rejectButton = new QPushButton(this);
    m_rejectButton->setObjectName(QStringLiteral("rejectPushButton"));
    m_rejectButton->setIcon(style()->standardIcon(QStyle::SP_DialogNoButton));
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelPushButton"));
    m_cancelButton->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    m_trustButton = new QPushButton(this);
    m_trustButton->setObjectName(QStringLiteral("trustPushButton"));
    m_trustButton->setIcon(style()->standardIcon(QStyle::SP_DialogYesButton));
    m_trustButton->setAutoDefault(false);
    m_cancelButton->setDefault(true);
    buttons->addWidget(m_rejectButton);
    buttons->addStretch(1);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_trustButton);
    layout->addLayout(buttons);

    connect(m_chainTree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* item) { showCertificate(item); });
    connect(m_copyFingerprint, &QPushButton::clicked, this, &CertificateDialog::copyFingerprint);
    connect(m_expectedFingerprint, &QLineEdit::textChanged, this, &CertificateDialog::updateFingerprintComparison);
    connect(m_choices, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked) {
            updateDecisionControls();
            startVerification();
        }
    });
    connect(m_caUsage, &QComboBox::currentIndexChanged, this, [this] {
        updateDecisionControls();
        startVerification();
    });
    connect(m_sni, &QLineEdit::editingFinished, this, [this] {
        if (choice() == Choice::TrustCa)
            startVerification();
    });
    connect(m_trustButton, &QPushButton::clicked, this, &CertificateDialog::trust);
    connect(m_rejectButton, &QPushButton::clicked, this, &CertificateDialog::rejectCertificate);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
}

void CertificateDialog::retranslateUi()
{
    setWindowTitle(tr("Server Certificate"));
    m_chainGroup->setTitle(tr("Certificate chain"));
    m_chainTree->setHeaderLabels({tr("Certificate"), tr("Status")});
    m_chainTree->setAccessibleName(tr("Certificate chain"));
    m_detailsGroup->setTitle(tr("Selected certificate"));
    m_subjectCaption->setText(tr("Subject:"));
    m_issuerCaption->setText(tr("Issuer:"));
    m_validityCaption->setText(tr("Valid:"));
    m_sanCaption->setText(tr("Alternative names:"));
    m_keyCaption->setText(tr("Key:"));
    m_signatureCaption->setText(tr("Signature:"));
    m_serialCaption->setText(tr("Serial number:"));
    m_subject->setAccessibleName(tr("Subject"));
    m_issuer->setAccessibleName(tr("Issuer"));
    m_validity->setAccessibleName(tr("Validity period"));
    m_san->setAccessibleName(tr("Subject alternative names"));
    m_key->setAccessibleName(tr("Key type and size"));
    m_signature->setAccessibleName(tr("Signature algorithm"));
    m_serial->setAccessibleName(tr("Serial number"));
    m_fingerprintGroup->setTitle(tr("SHA-256 fingerprint"));
    m_fingerprint->setAccessibleName(tr("SHA-256 fingerprint"));
    m_copyFingerprint->setText(tr("&Copy"));
    m_copyFingerprint->setAccessibleName(tr("Copy the SHA-256 fingerprint"));
    m_expectedCaption->setText(tr("&Expected:"));
    m_expectedFingerprint->setPlaceholderText(tr("Paste the SHA-256 fingerprint you got from the server operator"));
    m_expectedFingerprint->setAccessibleName(tr("Expected SHA-256 fingerprint"));
    m_matchIcon->setAccessibleName(tr("Fingerprint comparison result"));
    m_rulesGroup->setTitle(tr("LwM2M security rules"));
    m_rulesTree->setHeaderLabels({tr("Rule"), tr("Result"), tr("Explanation")});
    m_rulesTree->setAccessibleName(tr("Rule verdicts"));
    m_decisionGroup->setTitle(tr("Trust decision (written to the Security object)"));
    m_pinCertificate->setText(tr("&Pin this exact certificate (Certificate Usage 3, Matching Type 0)"));
    m_pinCertificate->setAccessibleName(m_pinCertificate->text().remove(QLatin1Char('&')));
    m_pinSha256->setText(tr("Pin its &SHA-256 hash (Certificate Usage 3, Matching Type 1)"));
    m_pinSha256->setAccessibleName(m_pinSha256->text().remove(QLatin1Char('&')));
    m_trustCa->setText(tr("Trust the issuing &CA and expect the name, Certificate Usage:"));
    m_trustCa->setAccessibleName(tr("Trust the issuing CA and expect the server name"));
    m_caUsage->setItemText(0, tr("2 – trust anchor assertion"));
    m_caUsage->setItemText(1, tr("0 – CA constraint (also needs a known root)"));
    m_caUsage->setAccessibleName(tr("Certificate Usage for CA trust"));
    m_sniCaption->setText(tr("Expected &name (SNI):"));
    m_sni->setAccessibleName(tr("Expected server name (SNI)"));
    m_trustButton->setText(tr("&Trust"));
    m_trustButton->setAccessibleName(tr("Trust the certificate with the selected choice"));
    m_rejectButton->setText(tr("&Reject"));
    m_rejectButton->setAccessibleName(tr("Reject the certificate and record the decision"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setAccessibleName(tr("Close without a decision"));
    m_verdict->setAccessibleName(tr("Overall verdict"));
    updateDecisionControls();
    updateFingerprintComparison();
}

void CertificateDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        startVerification(); // rule explanations come from core, translated when made
    }
    QDialog::changeEvent(event);
}

void CertificateDialog::setChoice(Choice c)
{
    if (QAbstractButton* b = m_choices->button(int(c)); b && b->isEnabled())
        b->setChecked(true);
}

CertificateDialog::Choice CertificateDialog::choice() const
{
    const int id = m_choices->checkedId();
    return id < 0 ? Choice::PinCertificate : Choice(id);
}

QByteArray CertificateDialog::caCertificate() const
{
    // The CA a "trust CA" decision pins: a self-signed CA the server sent,
    // else the topmost CA it sent, else a known anchor that issued it.
    QByteArray topmostCa;
    for (int i = 1; i < m_context.chain.size(); ++i) {
        auto info = CertificateInfo::fromDer(m_context.chain.at(i));
        if (!info.ok() || !info->isCa)
            continue;
        if (info->selfSigned)
            return m_context.chain.at(i);
        topmostCa = m_context.chain.at(i);
    }
    if (!topmostCa.isEmpty())
        return topmostCa;
    if (m_context.chain.isEmpty())
        return {};
    auto leaf = CertificateInfo::fromDer(m_context.chain.first());
    for (const QByteArray& anchor : m_context.trustAnchors) {
        auto info = CertificateInfo::fromDer(anchor);
        if (leaf.ok() && info.ok() && info->subject == leaf->issuer)
            return anchor;
    }
    return {};
}

VerificationRequest CertificateDialog::requestFor(Choice c) const
{
    VerificationRequest r;
    r.role = PeerRole::Server;
    r.peerChain = m_context.chain;
    r.host = m_host;
    r.time = m_context.time;
    const QByteArray leaf = m_context.chain.value(0);
    switch (c) {
    case Choice::PinCertificate:
        r.pinned = PinnedTrust {leaf, MatchingType::Exact, CertificateUsage::DomainIssuedCertificate};
        break;
    case Choice::PinSha256:
        r.pinned = PinnedTrust {sha256(leaf), MatchingType::Sha256, CertificateUsage::DomainIssuedCertificate};
        break;
    case Choice::TrustCa: {
        const bool constraint = m_caUsage->currentData().toInt() == 0;
        r.pinned = PinnedTrust {caCertificate(), MatchingType::Exact,
                                constraint ? CertificateUsage::CaConstraint : CertificateUsage::TrustAnchorAssertion};
        if (constraint)
            r.trustAnchors = m_context.trustAnchors;
        if (!m_sni->text().trimmed().isEmpty())
            r.host = m_sni->text().trimmed();
        break;
    }
    }
    return r;
}

void CertificateDialog::startVerification()
{
    m_verified = false;
    ++m_generation;
    m_trustButton->setEnabled(false);
    reverify();
}

QCoro::Task<> CertificateDialog::reverify()
{
    const int generation = m_generation;
    QPointer<CertificateDialog> self(this);
    // Copies only: the worker never touches the dialog.
    const CertificateVerifier verifier = m_verifier;
    const VerificationRequest request = requestFor(choice());
    if (m_pending.isRunning())
        m_pending.waitForFinished();
    m_pending = QtConcurrent::run(
        [verifier, request] { return std::make_shared<Result<VerificationReport>>(verifier.verify(request)); });
    const auto result = co_await QFuture<std::shared_ptr<Result<VerificationReport>>>(m_pending);
    if (!self || generation != m_generation)
        co_return; // closed, or a newer choice superseded this run
    if (result->ok()) {
        m_report = result->value();
        showReport();
    } else {
        m_report.reset();
        m_chainTree->clear();
        m_rulesTree->clear();
        m_verdict->showError(result->error());
    }
    m_verified = true;
    updateDecisionControls();
    Q_EMIT verificationFinished();
}

void CertificateDialog::showReport()
{
    const VerificationReport& report = *m_report;
    if (!report.trusted) {
        const QList<Rule> failed = report.failedRules();
        const RuleVerdict* first = failed.isEmpty() ? nullptr : report.verdict(failed.first());
        m_verdict->showMessage(first ? tr("%1. %2").arg(report.summary(), first->explanation) : report.summary(),
                               MessageWidget::Severity::Error);
    } else if (!report.skippedChecks.isEmpty()) {
        m_verdict->showMessage(tr("%1: %2").arg(report.summary(), report.skippedChecks.join(QLatin1Char(' '))),
                               MessageWidget::Severity::Warning);
    } else {
        m_verdict->showMessage(tr("Trusted with this choice: every applicable rule passed."),
                               MessageWidget::Severity::Positive);
    }

    // Chain: the anchor at the top, the leaf nested deepest.
    m_chainTree->clear();
    QTreeWidgetItem* parent = nullptr;
    QTreeWidgetItem* leafItem = nullptr;
    for (int i = int(report.chain.size()) - 1; i >= 0; --i) {
        const ChainElement& e = report.chain.at(i);
        auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_chainTree);
        item->setText(0, e.info.displayName());
        QString status;
        VerdictStatus shown = e.status;
        if (e.status == VerdictStatus::Fail)
            status = tr("Problem");
        else if (e.status == VerdictStatus::NotApplicable)
            status = tr("Not used");
        else if (e.trustAnchor)
            status = tr("Trust anchor");
        else
            status = tr("OK");
        if (!e.presented)
            status += tr(" (from trust store)");
        item->setText(1, status);
        item->setIcon(0, style()->standardIcon(iconFor(shown)));
        item->setData(0, kIndexRole, i);
        item->setToolTip(0, e.problems.isEmpty() ? e.info.subject : e.problems.join(QLatin1Char('\n')));
        item->setToolTip(1, item->toolTip(0));
        item->setData(0, Qt::AccessibleTextRole, tr("%1, %2").arg(item->text(0), status));
        parent = item;
        if (i == 0)
            leafItem = item;
    }
    m_chainTree->expandAll();
    if (leafItem)
        m_chainTree->setCurrentItem(leafItem);

    m_rulesTree->clear();
    for (const RuleVerdict& v : report.verdicts) {
        auto* item = new QTreeWidgetItem(m_rulesTree);
        item->setText(0, ruleId(v.rule));
        item->setText(1, verdictStatusText(v.status));
        item->setIcon(1, style()->standardIcon(iconFor(v.status)));
        item->setText(2, v.explanation);
        item->setToolTip(2, v.details.isEmpty() ? v.explanation : v.explanation + QLatin1Char('\n') + v.details);
        item->setData(0, Qt::AccessibleTextRole,
                      tr("%1: %2. %3").arg(ruleId(v.rule), verdictStatusText(v.status), v.explanation));
        item->setData(0, kIndexRole, int(v.rule));
    }
}

void CertificateDialog::showCertificate(QTreeWidgetItem* item)
{
    if (!item || !m_report)
        return;
    const int index = item->data(0, kIndexRole).toInt();
    if (index < 0 || index >= m_report->chain.size())
        return;
    const CertificateInfo& info = m_report->chain.at(index).info;
    m_subject->setText(info.subject.isEmpty() ? tr("(empty)") : info.subject);
    m_issuer->setText(info.issuer);
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm 'UTC'");
    m_validity->setText(tr("%1 to %2").arg(info.notBefore.toString(format), info.notAfter.toString(format)));
    QStringList sans;
    for (const SubjectAltName& san : info.subjectAltNames)
        sans << san.typeName() + QLatin1Char(':') + san.value;
    m_san->setText(info.subjectAltNameMalformed ? tr("(present but unreadable)")
                       : sans.isEmpty()         ? tr("(none)")
                                                : sans.join(QLatin1String(", ")));
    m_key->setText(info.key.description());
    m_signature->setText(info.signature.algorithm);
    m_serial->setText(info.serialHex);
    m_fingerprintGroup->setTitle(tr("SHA-256 fingerprint of \"%1\"").arg(info.displayName()));
    m_fingerprint->setText(twoLineFingerprint(info.sha256Text()));
    m_fingerprint->setProperty("fingerprint", info.sha256Text());
    updateFingerprintComparison();
}

void CertificateDialog::copyFingerprint()
{
    const QString fp = m_fingerprint->property("fingerprint").toString();
    if (!fp.isEmpty())
        QApplication::clipboard()->setText(fp);
}

void CertificateDialog::updateFingerprintComparison()
{
    const QString text = m_expectedFingerprint->text().trimmed();
    m_expectedFingerprintBytes.reset();
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QString status;
    if (text.isEmpty()) {
        status = tr("Not compared");
    } else {
        const auto parsed = Fingerprint::parseSha256(text);
        if (!parsed.ok()) {
            icon = QStyle::SP_MessageBoxWarning;
            status = parsed.error().hasRule() ? tr("[%1] %2").arg(ruleId(parsed.error().rule), parsed.error().userText)
                                              : parsed.error().userText;
        } else {
            m_expectedFingerprintBytes = *parsed;
            const QString shown = m_fingerprint->property("fingerprint").toString();
            const bool same = Fingerprint::format(*parsed) == shown;
            icon = same ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxCritical;
            status = same ? tr("Matches") : tr("Does NOT match");
        }
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_matchIcon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    m_match->setText(status);
    m_match->setAccessibleName(status);
    m_matchIcon->setToolTip(status);
    updateDecisionControls();
}

void CertificateDialog::updateDecisionControls()
{
    if (!m_trustButton)
        return;
    const bool haveCa = !caCertificate().isEmpty();
    m_trustCa->setEnabled(haveCa);
    if (auto* model = qobject_cast<QStandardItemModel*>(m_caUsage->model())) {
        if (QStandardItem* usage0 = model->item(1))
            usage0->setEnabled(!m_context.trustAnchors.isEmpty());
    }
    const bool caChoice = choice() == Choice::TrustCa;
    m_caUsage->setEnabled(caChoice);
    m_sni->setEnabled(caChoice);

    const QByteArray leaf = m_context.chain.value(0);
    switch (choice()) {
    case Choice::PinCertificate:
        m_choiceHint->setText(tr("Writes /0/x/15 = 3, /0/x/13 = 0 and /0/x/4 = this certificate (%1 bytes DER). "
                                 "A renewed server certificate must be pinned again.")
                                  .arg(leaf.size()));
        break;
    case Choice::PinSha256:
        m_choiceHint->setText(tr("Writes /0/x/15 = 3, /0/x/13 = 1 and /0/x/4 = the 32-byte SHA-256 hash of this "
                                 "certificate. A renewed server certificate must be pinned again."));
        break;
    case Choice::TrustCa: {
        auto ca = CertificateInfo::fromDer(caCertificate());
        m_choiceHint->setText(tr("Writes /0/x/15 = %1, /0/x/13 = 0, /0/x/4 = the CA certificate \"%2\" and /0/x/14 = "
                                 "the expected name. Renewed certificates from this CA stay trusted.")
                                  .arg(m_caUsage->currentData().toInt())
                                  .arg(ca.ok() ? ca->displayName() : QString()));
        break;
    }
    }

    // A pasted fingerprint must be the pinned certificate's; for "trust CA"
    // it may be the server's or the CA's (the verified chain links them).
    bool mismatch = false;
    if (m_expectedFingerprintBytes) {
        QList<QByteArray> acceptable {leaf};
        if (caChoice)
            acceptable = m_context.chain;
        mismatch = std::none_of(acceptable.begin(), acceptable.end(),
                                [&](const QByteArray& der) { return sha256(der) == *m_expectedFingerprintBytes; });
    }
    const bool trusted = m_verified && m_report && m_report->trusted;
    m_trustButton->setEnabled(trusted && !mismatch && m_sink);
    m_rejectButton->setEnabled(m_sink != nullptr && !m_context.chain.isEmpty());
    QString blocked;
    if (mismatch)
        blocked = tr("The pasted fingerprint does not match the certificate you are about to trust.");
    else if (m_verified && !trusted)
        blocked = tr("Not trusted with this choice; see the failed rules.");
    m_trustButton->setToolTip(blocked);
    if (!blocked.isEmpty())
        m_choiceHint->setText(m_choiceHint->text() + QLatin1Char(' ') + tr("Trust is not possible: %1").arg(blocked));
}

TrustDecision CertificateDialog::makeDecision(TrustChoice trustChoice) const
{
    TrustDecision d;
    d.who = m_context.operatorName.isEmpty() ? currentUser() : m_context.operatorName;
    d.when = m_clock.now().toUTC();
    d.choice = trustChoice;
    const QByteArray leaf = m_context.chain.value(0);
    d.fingerprintSha256 = Fingerprint::sha256(leaf);
    if (auto info = CertificateInfo::fromDer(leaf); info.ok())
        d.subject = info->subject;
    d.host = m_host;
    if (m_report) {
        for (Rule r : m_report->failedRules())
            d.failedRules << ruleId(r);
        d.summary = m_report->summary();
    }
    switch (trustChoice) {
    case TrustChoice::PinCertificate:
        d.certificateUsage = 3;
        d.matchingType = 0;
        d.resource4 = leaf;
        break;
    case TrustChoice::PinSha256:
        d.certificateUsage = 3;
        d.matchingType = 1;
        d.resource4 = sha256(leaf);
        break;
    case TrustChoice::TrustCa: {
        const QByteArray ca = caCertificate();
        d.certificateUsage = m_caUsage->currentData().toInt();
        d.matchingType = 0;
        d.resource4 = ca;
        d.serverNameIndication = m_sni->text().trimmed();
        d.caFingerprintSha256 = Fingerprint::sha256(ca);
        break;
    }
    case TrustChoice::Reject:
        break;
    }
    return d;
}

bool CertificateDialog::recordDecision(const TrustDecision& d)
{
    const Status recorded = m_sink->record(d);
    if (!recorded.ok()) {
        m_verdict->showError(recorded.error());
        return false;
    }
    qCInfo(lcUi).noquote() << "trust decision" << trustChoiceName(d.choice) << "by" << d.who << "for"
                           << d.fingerprintSha256;
    m_decision = d;
    Q_EMIT decisionRecorded(d);
    return true;
}

void CertificateDialog::trust()
{
    if (!m_sink || !m_report || !m_report->trusted)
        return;
    if (!m_expectedFingerprintBytes) {
        const auto answer = MessageBox::question(
            this, tr("Fingerprint not compared"),
            tr("You have not compared the fingerprint with one from a trusted source (for example the server "
               "operator). Trust this certificate anyway?"));
        if (answer != QMessageBox::Yes)
            return;
    }
    const TrustChoice c = choice() == Choice::PinCertificate ? TrustChoice::PinCertificate
        : choice() == Choice::PinSha256                      ? TrustChoice::PinSha256
                                                             : TrustChoice::TrustCa;
    if (recordDecision(makeDecision(c)))
        accept();
}

void CertificateDialog::rejectCertificate()
{
    if (!m_sink)
        return;
    if (recordDecision(makeDecision(TrustChoice::Reject)))
        reject();
}

} // namespace lwc::ui
