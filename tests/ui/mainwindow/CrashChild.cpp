// Not a test by itself: the program test_mainwindow_workspace kills. It opens
// a workspace under argv[1], starts a commissioning job for a real device
// (none will come) through the wizard, prints "waiting <job id> <endpoint>"
// once the job is in the journal and listening, and runs until SIGKILL.
#include "Workspace.h"
#include "wizard/CommissioningRun.h"
#include "wizard/CommissioningWizard.h"

#include "WizardDriver.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>

#include <cstdio>

using namespace lwc;
using namespace lwc::ui;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    if (argc < 3)
        return 2;
    const QString base = QString::fromLocal8Bit(argv[1]);
    const QString endpoint = QString::fromLocal8Bit(argv[2]);
    QSettings().setValue(QLatin1String(settings::kUseDemo), false);

    Workspace workspace;
    workspace.setWizardDefaults(test::wizardServices(base));
    workspace.open({base + QStringLiteral("/inventory.sqlite"), base + QStringLiteral("/vault.lwcv"),
                    base + QStringLiteral("/receipts")});
    if (!workspace.openProblems().isEmpty() || !workspace.inventory())
        return 3;

    CommissioningWizard wizard(workspace.wizardServices());
    wizard.show();
    test::child<QComboBox>(wizard, "listenAddressComboBox")->setEditText(QStringLiteral("127.0.0.1"));
    test::child<QSpinBox>(wizard, "listenPortSpinBox")->setValue(0);
    if (!test::next(wizard))
        return 4;
    auto* name = test::child<QLineEdit>(wizard, "endpointLineEdit");
    name->clear();
    name->setText(endpoint);
    if (!test::next(wizard))
        return 5;
    test::child<QLineEdit>(wizard, "channelKeyLineEdit")->setText(QStringLiteral("9f3c1a7be2d45086c1f0a3e9b7d26c54"));
    test::child<QLineEdit>(wizard, "serverUriLineEdit")->setText(QStringLiteral("coaps://lwm2m.example.com:5684"));
    if (!test::next(wizard) || !test::next(wizard))
        return 6;
    if (!QTest::qWaitFor([&] {
            return wizard.session()->run() && wizard.session()->run()->isRunning()
                && wizard.session()->run()->job()->port() != 0;
        }, test::kJobTimeoutMs))
        return 7;
    std::printf("waiting %s %s\n", qPrintable(wizard.session()->run()->job()->id()), qPrintable(endpoint));
    std::fflush(stdout);
    return app.exec();
}
