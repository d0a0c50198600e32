#include "MainWindow.h"
#include "LanguageManager.h"
#include "MessageBox.h"
#include "MessageWidget.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace lwc;
using namespace lwc::ui;

class MainWindowTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void opensWithMenusAndShortcuts()
    {
        LanguageManager languages;
        MainWindow w(&languages);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.windowTitle(), QStringLiteral("LwM2M Commissioner"));
        auto* quit = w.findChild<QAction*>(QStringLiteral("quitAction"));
        QVERIFY(quit);
        QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit));
        QVERIFY(w.findChild<QAction*>(QStringLiteral("toggleLogAction")));
        QVERIFY(w.findChild<QAction*>(QStringLiteral("language_de_Action")));
    }

    void switchesLanguageAtRuntime()
    {
        QVERIFY(LanguageManager::availableLanguages().contains(QStringLiteral("de")));
        LanguageManager languages;
        MainWindow w(&languages);
        w.show();
        auto* title = w.findChild<QLabel*>(QStringLiteral("welcomeTitleLabel"));
        QVERIFY(title);
        const QString english = title->text();
        QVERIFY(languages.setLanguage(QStringLiteral("de")));
        QTRY_VERIFY(title->text() != english);
        QCOMPARE(title->text(), QStringLiteral("Noch keine Geräte in Betrieb genommen"));
        QVERIFY(w.findChild<QAction*>(QStringLiteral("language_de_Action"))->isChecked());
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        QTRY_COMPARE(title->text(), english);
        QVERIFY(!languages.setLanguage(QStringLiteral("xx")));
        QCOMPARE(languages.language(), QStringLiteral("en"));
    }

    void messageWidgetNamesRuleAndSeverity()
    {
        MessageWidget m;
        m.showError(makeError(QStringLiteral("pin.expired"), QStringLiteral("The PIN has expired."),
                              QStringLiteral("issued 11 min ago"), Rule::S4));
        QCOMPARE(m.severity(), MessageWidget::Severity::Error);
        QVERIFY(m.text().contains(QStringLiteral("[S4]")));
        QVERIFY(m.toolTip().contains(QStringLiteral("pin.expired")));
        QCOMPARE(m.accessibleName(), QStringLiteral("Error")); // not colour alone
    }

    void messageBoxSeamAnswersWithoutShowing()
    {
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QCOMPARE(MessageBox::question(nullptr, QStringLiteral("t"), QStringLiteral("Overwrite?")), QMessageBox::Yes);
        QCOMPARE(MessageBox::lastText(), QStringLiteral("Overwrite?"));
    }
};

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
