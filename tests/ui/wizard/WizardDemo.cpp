// Opens the commissioning wizard (or the main window) with the built-in demo
// device and walks it to one page, for screenshots (scripts/screenshots.sh)
// and for trying the wizard by hand. Prints "ready X Y W H" (the window's
// geometry on screen) once the page has settled.
#include "LanguageManager.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "Workspace.h"
#include "wizard/CommissioningWizard.h"
#include "wizard/ProvisionPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QPalette>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTableView>
#include <QTimer>
#include <QUuid>

#include "common/Log.h"
#include "inventory/Inventory.h"

#include <cstdio>
#include <functional>

using namespace lwc;
using namespace lwc::ui;

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6), disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, disabled);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

void ready(QWidget* w)
{
    // Screen pixels: logical geometry times the device pixel ratio (High-DPI).
    const QRect g = w->frameGeometry();
    const qreal r = w->devicePixelRatioF();
    std::printf("ready %d %d %d %d\n", qRound(g.x() * r), qRound(g.y() * r), qRound(g.width() * r),
                qRound(g.height() * r));
    std::fflush(stdout);
}

// A field day in the inventory, for the main window's screenshot: devices in
// every state, each with the job that put it there.
Status seedInventory(inventory::Inventory& inv)
{
    using inventory::DeviceState;
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3 * 3600);
    const QStringList stepNames {QStringLiteral("listen"),          QStringLiteral("wait-for-device"),
                                 QStringLiteral("prepare"),         QStringLiteral("bootstrap-discover"),
                                 QStringLiteral("delete"),          QStringLiteral("delete"),
                                 QStringLiteral("write"),           QStringLiteral("write"),
                                 QStringLiteral("bootstrap-read"),  QStringLiteral("verify"),
                                 QStringLiteral("bootstrap-finish")};
    for (int i = 1; i <= 42; ++i) {
        const bool valve = i % 7 == 0;
        const QString endpoint = valve ? QStringLiteral("urn:dev:ops:valve-%1").arg(i, 3, 10, QLatin1Char('0'))
                                       : QStringLiteral("urn:dev:ops:meter-%1").arg(i, 3, 10, QLatin1Char('0'));
        if (auto device = inv.ensureDevice(endpoint, valve ? QStringLiteral("valve-v1") : QStringLiteral("meter-v2"));
            !device)
            return device.error();
        DeviceState state = DeviceState::Commissioned;
        jobs::JobState jobState = jobs::JobState::Succeeded;
        int stepsDone = int(stepNames.size());
        if (i == 9 || i == 23) {
            state = DeviceState::Failed;
            jobState = jobs::JobState::Failed;
            stepsDone = 2;
        } else if (i == 31) {
            state = DeviceState::Interrupted;
            jobState = jobs::JobState::Interrupted;
            stepsDone = 6;
        } else if (i > 38) {
            state = DeviceState::New;
        }
        if (state == DeviceState::New)
            continue;
        jobs::JobRecord job;
        job.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        job.kind = QStringLiteral("bootstrap");
        job.endpoint = endpoint;
        job.planName = QStringLiteral("wizard");
        job.transport = QStringLiteral("coaps+psk://0.0.0.0:5684");
        job.technician = QStringLiteral("technician");
        job.createdAt = job.startedAt = start.addSecs(i * 240);
        for (int k = 0; k < stepsDone; ++k) {
            jobs::JobStep step;
            step.index = k;
            step.name = stepNames.at(k);
            const bool last = k == stepsDone - 1;
            step.state = last && jobState == jobs::JobState::Failed ? jobs::StepState::Failed
                : last && jobState == jobs::JobState::Interrupted   ? jobs::StepState::Running
                                                                    : jobs::StepState::Done;
            step.durationMs = k == 1 ? 1800 + i * 13 : 2 + k;
            job.steps << step;
        }
        job.state = jobState;
        job.finishedAt = job.startedAt.addMSecs(2400 + i * 17);
        if (jobState == jobs::JobState::Failed)
            job.error = makeError(QStringLiteral("bootstrap.handshake.failed"),
                                  QStringLiteral("The device did not finish the DTLS handshake: wrong PSK?"));
        if (jobState == jobs::JobState::Interrupted)
            job.error = makeError(QStringLiteral("job.interrupted"),
                                  QStringLiteral("The program stopped while this job ran (step write)."));
        if (const Status s = inv.journal().create(job); !s.ok())
            return s;
        if (const Status s = inv.setDeviceState(endpoint, state, job.id); !s.ok())
            return s;
    }
    return {};
}

// Steps the wizard forward once the current page allows it, until page
// `wanted` has settled, then calls `done` (after 600 ms, for repaints).
void walkTo(CommissioningWizard* wizard, int wanted, bool pin, std::function<void()> done)
{
    auto* step = new QTimer(wizard);
    step->setInterval(150);
    QObject::connect(step, &QTimer::timeout, wizard, [wizard, wanted, pin, step, done] {
        if (pin && wizard->currentId() == SecurityPageId) {
            auto* mode = wizard->findChild<QComboBox*>(QStringLiteral("channelModeComboBox"));
            if (mode && mode->currentIndex() != 1)
                mode->setCurrentIndex(1);
        }
        QAbstractButton* forward = nullptr;
        for (auto which : {QWizard::CommitButton, QWizard::FinishButton, QWizard::NextButton})
            if (wizard->button(which)->isVisible())
                forward = wizard->button(which);
        const bool settled = wizard->currentPage()->isComplete();
        if (wizard->currentId() >= wanted) {
            if (!settled)
                return;
            step->stop();
            QTimer::singleShot(600, wizard, done);
            return;
        }
        if (forward && forward->isEnabled())
            forward->click();
    });
    step->start();
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("commissioner-wizard-demo"));
    QStandardPaths::setTestModeEnabled(true); // never the user's settings or CA
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption page(QStringLiteral("page"),
                                  QStringLiteral("connect, identify, security, security-pin, review, provision, "
                                                 "verify, receipt, main-window, settings or receipt-dialog."),
                                  QStringLiteral("name"), QStringLiteral("connect"));
    const QCommandLineOption dark(QStringLiteral("dark"), QStringLiteral("Dark palette."));
    const QCommandLineOption language(QStringLiteral("language"), QStringLiteral("en or de."), QStringLiteral("code"));
    const QCommandLineOption quitAfter(QStringLiteral("quit-after"), QStringLiteral("Quit after MS milliseconds."),
                                       QStringLiteral("ms"));
    parser.addOptions({page, dark, language, quitAfter});
    parser.process(app);

    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (parser.isSet(dark))
        QApplication::setPalette(darkPalette());
    LanguageManager languages;
    languages.setLanguage(parser.value(language));
    if (parser.isSet(quitAfter))
        QTimer::singleShot(parser.value(quitAfter).toInt(), &app, &QApplication::quit);

    const QString target = parser.value(page);
    if (target == QLatin1String("main-window") || target == QLatin1String("settings")
        || target == QLatin1String("receipt-dialog")) {
        QTemporaryDir home;
        installLogHandler();
        auto* workspace = new Workspace(&app);
        WizardServices defaults;
        defaults.ca = {home.filePath(QStringLiteral("ca")), home.filePath(QStringLiteral("ca-passphrase")),
                       home.filePath(QStringLiteral("ca/ca-passphrase.sealed"))};
        workspace->setWizardDefaults(defaults);
        workspace->open({home.filePath(QStringLiteral("inventory.sqlite")), home.filePath(QStringLiteral("vault.lwcv")),
                         home.filePath(QStringLiteral("receipts"))});
        if (workspace->inventory()) {
            if (const Status seeded = seedInventory(*workspace->inventory()); !seeded.ok())
                qWarning("%s", qPrintable(seeded.error().toString()));
        }
        auto* window = new MainWindow(&languages, workspace);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->resize(1100, 720);
        window->move(0, 0);
        window->show();
        if (auto* view = window->findChild<QTableView*>(QStringLiteral("deviceTableView")))
            view->setCurrentIndex(view->model()->index(6, 0));
        {
            LogContextScope scope(QStringLiteral("urn:dev:ops:valve-007"));
            qCInfo(lcUi) << "job for urn:dev:ops:valve-007 finished: succeeded in 2.52 s";
        }
        if (target == QLatin1String("receipt-dialog")) {
            // The demo device commissioned from the main window, then its receipt.
            QSettings().setValue(QStringLiteral("wizard/useDemoDevice"), true);
            CommissioningWizard* wizard = window->openCommissioningWizard();
            walkTo(wizard, ReceiptPageId, false, [window, wizard] {
                wizard->accept();
                window->showSelectedReceipt();
                if (auto* dialog = window->findChild<QDialog*>(QStringLiteral("receiptDialog"))) {
                    dialog->move(40, 40);
                    QTimer::singleShot(600, dialog, [dialog] { ready(dialog); });
                }
            });
        } else if (target == QLatin1String("settings")) {
            auto* dialog = new SettingsDialog(&languages, window);
            dialog->move(40, 40);
            dialog->show();
            QTimer::singleShot(800, dialog, [dialog] { ready(dialog); });
        } else {
            QTimer::singleShot(800, window, [window] { ready(window); });
        }
        return app.exec();
    }

    QTemporaryDir dir;
    QSettings().setValue(QStringLiteral("wizard/useDemoDevice"), true);
    WizardServices services;
    services.ca = {dir.filePath(QStringLiteral("ca")), dir.filePath(QStringLiteral("ca-passphrase")),
                   dir.filePath(QStringLiteral("ca/ca-passphrase.sealed"))};
    services.receiptDirectory = dir.filePath(QStringLiteral("receipts"));
    auto* wizard = new CommissioningWizard(services);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->move(0, 0);
    wizard->show();

    static const QStringList order {QStringLiteral("connect"), QStringLiteral("identify"),  QStringLiteral("security"),
                                    QStringLiteral("review"),  QStringLiteral("provision"), QStringLiteral("verify"),
                                    QStringLiteral("receipt")};
    const bool pin = target == QLatin1String("security-pin");
    const int wanted = int(order.indexOf(pin ? QStringLiteral("security") : target));
    walkTo(wizard, wanted, pin, [wizard] { ready(wizard); });
    if (wanted < 0) {
        std::fprintf(stderr, "unknown page %s\n", qPrintable(target));
        return 2;
    }
    return app.exec();
}
