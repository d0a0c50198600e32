// Drives the certificate dialog by objectName (offscreen).
#include "CertificateDialog.h"
#include "LanguageManager.h"
#include "MessageBox.h"
#include "MessageWidget.h"

#include "security/Fingerprint.h"
#include "security/OpenSslUtil.h"

#include "MockClock.h"
#include "TestPki.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace lwc;
using namespace lwc::security;
using namespace lwc::test;
using namespace lwc::ui;

namespace {

class RecordingSink final : public TrustDecisionSink {
public:
    Status record(const TrustDecision& decision) override
    {
        if (failNext) {
            failNext = false;
            return makeError(QStringLiteral("test.sink"), QStringLiteral("The audit log is full."));
        }
        decisions << decision;
        return {};
    }
    QList<TrustDecision> decisions;
    bool failNext = false;
};

template <typename T> T* child(QWidget* w, const char* name)
{
    T* c = w->findChild<T*>(QString::fromLatin1(name));
    if (!c)
        qFatal("no child %s", name);
    return c;
}

QTreeWidgetItem* ruleRow(QTreeWidget* rules, const QString& id)
{
    for (int i = 0; i < rules->topLevelItemCount(); ++i)
        if (rules->topLevelItem(i)->text(0) == id)
            return rules->topLevelItem(i);
    return nullptr;
}

} // namespace

class CertificateDialogTest : public QObject {
    Q_OBJECT

    TestCert m_root;
    TestCert m_ica;
    TestCert m_leaf;
    MockClock m_clock {QDateTime(QDate(2026, 5, 4), QTime(10, 0), Qt::UTC)};

    CertificateDialog::Context context() const
    {
        CertificateDialog::Context c;
        c.chain = {m_leaf.der, m_ica.der, m_root.der};
        c.serverUri = QStringLiteral("coaps://lwm2m.acme.example:5684");
        c.operatorName = QStringLiteral("Jo Technician");
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_root = makeCert(caSpec(QStringLiteral("ACME Root CA")));
        m_ica = makeCert(caSpec(QStringLiteral("ACME Device Servers CA")), &m_root);
        m_leaf = makeCert(serverSpec(QStringLiteral("lwm2m.acme.example"), {QStringLiteral("lwm2m.acme.example")},
                                     {QStringLiteral("192.0.2.10")}),
                          &m_ica);
    }

    void showsChainDetailsAndEveryRule_S13_S15_S16()
    {
        RecordingSink sink;
        CertificateDialog dialog(context(), &sink, m_clock);
        dialog.show();
        QTRY_VERIFY(dialog.isVerified());
        QCOMPARE(dialog.choice(), CertificateDialog::Choice::TrustCa); // a CA was presented

        auto* chain = child<QTreeWidget>(&dialog, "chainTreeWidget");
        QCOMPARE(chain->topLevelItemCount(), 1);
        QTreeWidgetItem* root = chain->topLevelItem(0);
        QCOMPARE(root->text(0), QStringLiteral("ACME Root CA"));
        QVERIFY(root->text(1).contains(QLatin1String("Trust anchor")));
        QTreeWidgetItem* leaf = root->child(0)->child(0);
        QCOMPARE(leaf->text(0), QStringLiteral("lwm2m.acme.example"));
        QCOMPARE(leaf->text(1), QStringLiteral("OK"));
        QVERIFY(!leaf->icon(0).isNull()); // icon + text, never colour alone
        QCOMPARE(chain->currentItem(), leaf);

        QCOMPARE(child<QLabel>(&dialog, "subjectValueLabel")->text(), QStringLiteral("CN=lwm2m.acme.example"));
        QVERIFY(child<QLabel>(&dialog, "subjectAltNamesValueLabel")->text().contains(QLatin1String("IP:192.0.2.10")));
        QCOMPARE(child<QLabel>(&dialog, "keyValueLabel")->text(), QStringLiteral("EC P-256 (256 bits)"));
        QCOMPARE(child<QLabel>(&dialog, "signatureValueLabel")->text(), QStringLiteral("ecdsa-with-SHA256"));
        QVERIFY(child<QLabel>(&dialog, "validityValueLabel")->text().startsWith(QLatin1String("2020-01-01")));
        QString fp = child<QLabel>(&dialog, "fingerprintLabel")->text();
        QCOMPARE(fp.remove(QLatin1Char('\n')).remove(QLatin1Char(':')),
                 Fingerprint::sha256(m_leaf.der).remove(QLatin1Char(':')));

        auto* rules = child<QTreeWidget>(&dialog, "ruleVerdictTreeWidget");
        QCOMPARE(rules->topLevelItemCount(), 9);
        for (const char* id : {"S9", "S11", "S13", "S14", "S15", "S16", "S17", "S18", "S19"}) {
            QTreeWidgetItem* row = ruleRow(rules, QString::fromLatin1(id));
            QVERIFY2(row, id);
            QVERIFY(!row->text(1).isEmpty());
            QVERIFY(!row->icon(1).isNull());
            QVERIFY(!row->text(2).isEmpty());
        }
        QCOMPARE(ruleRow(rules, QStringLiteral("S16"))->text(1), QStringLiteral("Passed"));
        QCOMPARE(child<MessageWidget>(&dialog, "verdictMessageWidget")->severity(), MessageWidget::Severity::Positive);

        // Selecting the root shows the root.
        chain->setCurrentItem(root);
        QCOMPARE(child<QLabel>(&dialog, "subjectValueLabel")->text(), QStringLiteral("CN=ACME Root CA"));
    }

    void fingerprintCompareAndCopy_S9()
    {
        RecordingSink sink;
        CertificateDialog dialog(context(), &sink, m_clock);
        dialog.show();
        QTRY_VERIFY(dialog.isVerified());
        auto* expected = child<QLineEdit>(&dialog, "expectedFingerprintLineEdit");
        auto* match = child<QLabel>(&dialog, "fingerprintMatchLabel");
        QCOMPARE(match->text(), QStringLiteral("Not compared"));

        QTest::keyClicks(expected, QString::fromLatin1(sha256(m_leaf.der).toHex()));
        QCOMPARE(match->text(), QStringLiteral("Matches"));
        expected->clear();
        QTest::keyClicks(expected, QString(64, u'0'));
        QCOMPARE(match->text(), QStringLiteral("Does NOT match"));
        expected->clear();
        QTest::keyClicks(expected, QString(40, u'a')); // a SHA-1 fingerprint
        QVERIFY2(match->text().startsWith(QLatin1String("[S9]")), qPrintable(match->text()));

        QTest::mouseClick(child<QPushButton>(&dialog, "copyFingerprintPushButton"), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), Fingerprint::sha256(m_leaf.der));
    }

    void pinSha256RecordsDecision_S14()
    {
        RecordingSink sink;
        CertificateDialog dialog(context(), &sink, m_clock);
        QSignalSpy recorded(&dialog, &CertificateDialog::decisionRecorded);
        dialog.show();
        QTRY_VERIFY(dialog.isVerified());
        auto* pinSha256 = child<QRadioButton>(&dialog, "pinSha256RadioButton");
        // Click on the indicator: a radio button reacts to its indicator and text only.
        QTest::mouseClick(pinSha256, Qt::LeftButton, {}, QPoint(6, pinSha256->height() / 2));
        QCOMPARE(dialog.choice(), CertificateDialog::Choice::PinSha256);
        QTRY_VERIFY(dialog.isVerified());
        QCOMPARE(dialog.report()->status(Rule::S14), VerdictStatus::Pass);
        QCOMPARE(dialog.report()->matchingType, 1);
        QVERIFY(child<QLabel>(&dialog, "choiceHintLabel")->text().contains(QLatin1String("/0/x/13 = 1")));

        // A wrong expected fingerprint blocks the decision.
        auto* expected = child<QLineEdit>(&dialog, "expectedFingerprintLineEdit");
        auto* trust = child<QPushButton>(&dialog, "trustPushButton");
        QTest::keyClicks(expected, QString(64, u'1'));
        QVERIFY(!trust->isEnabled());
        expected->clear();
        QTest::keyClicks(expected, Fingerprint::sha256(m_leaf.der));
        QVERIFY(trust->isEnabled());
        QTest::mouseClick(trust, Qt::LeftButton);

        QCOMPARE(sink.decisions.size(), 1);
        const TrustDecision& d = sink.decisions.first();
        QCOMPARE(d.choice, TrustChoice::PinSha256);
        QCOMPARE(d.who, QStringLiteral("Jo Technician"));
        QCOMPARE(d.when, m_clock.now());
        QCOMPARE(d.fingerprintSha256, Fingerprint::sha256(m_leaf.der));
        QCOMPARE(d.certificateUsage, 3);
        QCOMPARE(d.matchingType, 1);
        QCOMPARE(d.resource4, sha256(m_leaf.der));
        QCOMPARE(d.host, QStringLiteral("lwm2m.acme.example"));
        QCOMPARE(recorded.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void trustCaRecordsCaAndName_S15_S16()
    {
        RecordingSink sink;
        CertificateDialog dialog(context(), &sink, m_clock);
        dialog.show();
        QTRY_VERIFY(dialog.isVerified());
        auto* sni = child<QLineEdit>(&dialog, "expectedNameLineEdit");
        QCOMPARE(sni->text(), QStringLiteral("lwm2m.acme.example"));
        // A name the certificate does not carry fails S16 for this choice.
        sni->setText(QStringLiteral("other.acme.example"));
        QMetaObject::invokeMethod(sni, "editingFinished");
        QTRY_VERIFY(dialog.isVerified());
        QCOMPARE(dialog.report()->status(Rule::S16), VerdictStatus::Fail);
        QVERIFY(!child<QPushButton>(&dialog, "trustPushButton")->isEnabled());
        sni->setText(QStringLiteral("192.0.2.10"));
        QMetaObject::invokeMethod(sni, "editingFinished");
        QTRY_VERIFY(dialog.isVerified());
        QCOMPARE(dialog.report()->status(Rule::S16), VerdictStatus::Pass);

        MessageBox::setNextAnswer(QMessageBox::Yes); // fingerprint not compared: confirm
        QTest::mouseClick(child<QPushButton>(&dialog, "trustPushButton"), Qt::LeftButton);
        QCOMPARE(sink.decisions.size(), 1);
        const TrustDecision& d = sink.decisions.first();
        QCOMPARE(d.choice, TrustChoice::TrustCa);
        QCOMPARE(d.certificateUsage, 2);
        QCOMPARE(d.resource4, m_root.der);
        QCOMPARE(d.caFingerprintSha256, Fingerprint::sha256(m_root.der));
        QCOMPARE(d.serverNameIndication, QStringLiteral("192.0.2.10"));
        QVERIFY(MessageBox::lastText().contains(QLatin1String("not compared")));
    }

    void pastedFingerprintMustFitTheDecision_S14()
    {
        RecordingSink sink;
        CertificateDialog dialog(context(), &sink, m_clock);
        dialog.show();
        QTRY_VERIFY(dialog.isVerified());
        auto* expected = child<QLineEdit>(&dialog, "expectedFingerprintLineEdit");
        auto* trust = child<QPushButton>(&dialog, "trustPushButton");
        auto* hint = child<QLabel>(&dialog, "choiceHintLabel");
        // Trust CA: the server's or the CA's fingerprint both fit (the verified chain links them).
        QTest::keyClicks(expected, Fingerprint::sha256(m_leaf.der));
        QVERIFY(trust->isEnabled());
        expected->setText(Fingerprint::sha256(m_root.der));
        QVERIFY(trust->isEnabled());
        // Pinning the leaf: only the leaf's fingerprint fits; the reason is shown, not just a tooltip.
        dialog.setChoice(CertificateDialog::Choice::PinCertificate);
        QTRY_VERIFY(dialog.isVerified());
        QVERIFY(!trust->isEnabled());
        QVERIFY(hint->text().contains(QLatin1String("does not match")));
        expected->setText(Fingerprint::sha256(m_leaf.der));
        QVERIFY(trust->isEnabled());
        QVERIFY(!hint->text().contains(QLatin1String("not possible")));
    }

    void unconfirmedTrustRecordsNothing()
    {
        RecordingSink sink;
        CertificateDialog dialog(context(), &sink, m_clock);
        dialog.show();
        QTRY_VERIFY(dialog.isVerified());
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(child<QPushButton>(&dialog, "trustPushButton"), Qt::LeftButton);
        QVERIFY(sink.decisions.isEmpty());
        QVERIFY(dialog.isVisible());

        // A failing sink keeps the dialog open and says why.
        sink.failNext = true;
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(child<QPushButton>(&dialog, "trustPushButton"), Qt::LeftButton);
        QVERIFY(sink.decisions.isEmpty());
        QVERIFY(dialog.isVisible());
        QVERIFY(child<MessageWidget>(&dialog, "verdictMessageWidget")->text().contains(QLatin1String("audit log")));
    }

    void weakKeyCannotBeTrustedButCanBeRejected_S11()
    {
        const TestCert weak
            = makeCert(serverSpec(QStringLiteral("old-device"), {QStringLiteral("old.example")}), makeEcKey("P-192"));
        CertificateDialog::Context c;
        c.chain = {weak.der};
        c.serverUri = QStringLiteral("coaps://old.example");
        c.operatorName = QStringLiteral("Jo");
        RecordingSink sink;
        CertificateDialog dialog(c, &sink, m_clock);
        dialog.show();
        QTRY_VERIFY(dialog.isVerified());
        QCOMPARE(dialog.choice(), CertificateDialog::Choice::PinCertificate); // no CA to trust
        QVERIFY(!child<QRadioButton>(&dialog, "trustCaRadioButton")->isEnabled());
        QCOMPARE(ruleRow(child<QTreeWidget>(&dialog, "ruleVerdictTreeWidget"), QStringLiteral("S11"))->text(1),
                 QStringLiteral("Failed"));
        QCOMPARE(child<MessageWidget>(&dialog, "verdictMessageWidget")->severity(), MessageWidget::Severity::Error);
        QVERIFY(child<MessageWidget>(&dialog, "verdictMessageWidget")->text().contains(QLatin1String("S11")));
        auto* chain = child<QTreeWidget>(&dialog, "chainTreeWidget");
        QCOMPARE(chain->topLevelItem(0)->text(1), QStringLiteral("Problem"));
        QVERIFY(!child<QPushButton>(&dialog, "trustPushButton")->isEnabled());

        QTest::mouseClick(child<QPushButton>(&dialog, "rejectPushButton"), Qt::LeftButton);
        QCOMPARE(sink.decisions.size(), 1);
        QCOMPARE(sink.decisions.first().choice, TrustChoice::Reject);
        QCOMPARE(sink.decisions.first().failedRules, QStringList {QStringLiteral("S11")});
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void noTrustedTimeShowsSkippedValidity_S19()
    {
        CertificateSpec spec = serverSpec(QStringLiteral("expired"), {QStringLiteral("expired.example")});
        spec.notAfter = QDateTime(QDate(2021, 1, 1), QTime(0, 0), Qt::UTC);
        const TestCert expired = makeCert(spec);
        CertificateDialog::Context c;
        c.chain = {expired.der};
        c.serverUri = QStringLiteral("coaps://expired.example");
        c.time = TimePolicy::untrusted();
        RecordingSink sink;
        CertificateDialog dialog(c, &sink, m_clock);
        dialog.show();
        QTRY_VERIFY(dialog.isVerified());
        QCOMPARE(ruleRow(child<QTreeWidget>(&dialog, "ruleVerdictTreeWidget"), QStringLiteral("S19"))->text(1),
                 QStringLiteral("Skipped"));
        auto* verdict = child<MessageWidget>(&dialog, "verdictMessageWidget");
        QCOMPARE(verdict->severity(), MessageWidget::Severity::Warning);
        QVERIFY(verdict->text().contains(QLatin1String("no trusted time")));
        QVERIFY(child<QPushButton>(&dialog, "trustPushButton")->isEnabled());
    }

    void chainFromFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("chain.pem"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(toPem(m_leaf.der) + toPem(m_ica.der));
        f.close();
        const auto chain = CertificateDialog::chainFromFile(path);
        QVERIFY(chain.ok());
        QCOMPARE(*chain, (QList<QByteArray> {m_leaf.der, m_ica.der}));
        QVERIFY(!CertificateDialog::chainFromFile(dir.filePath(QStringLiteral("missing.pem"))).ok());
    }

    void everyControlHasAnAccessibleName()
    {
        RecordingSink sink;
        CertificateDialog dialog(context(), &sink, m_clock);
        dialog.show();
        QTRY_VERIFY(dialog.isVerified());
        const QList<QWidget*> widgets = dialog.findChildren<QWidget*>();
        int checked = 0;
        for (QWidget* w : widgets) {
            const bool interactive = qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w)
                || qobject_cast<QComboBox*>(w) || qobject_cast<QTreeWidget*>(w)
                || w->objectName().endsWith(QLatin1String("ValueLabel"))
                || w->objectName() == QLatin1String("fingerprintLabel");
            if (!interactive || w->objectName().isEmpty() || w->objectName().startsWith(QLatin1String("qt_")))
                continue;
            ++checked;
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
        QVERIFY(checked >= 20);
    }

    void switchesLanguage()
    {
        LanguageManager languages;
        RecordingSink sink;
        CertificateDialog dialog(context(), &sink, m_clock);
        dialog.show();
        QTRY_VERIFY(dialog.isVerified());
        const QString english = dialog.windowTitle();
        QVERIFY(languages.setLanguage(QStringLiteral("de")));
        QTRY_VERIFY(dialog.windowTitle() != english);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Serverzertifikat"));
        QTRY_VERIFY(dialog.isVerified());
        QCOMPARE(ruleRow(child<QTreeWidget>(&dialog, "ruleVerdictTreeWidget"), QStringLiteral("S16"))->text(1),
                 QStringLiteral("Bestanden"));
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        QTRY_COMPARE(dialog.windowTitle(), english);
    }
};

QTEST_MAIN(CertificateDialogTest)
#include "CertificateDialogTest.moc"
