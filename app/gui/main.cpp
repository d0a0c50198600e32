// commissioner: the desktop application.
#include "LanguageManager.h"
#include "MainWindow.h"
#include "Workspace.h"

#include "common/Log.h"
#include "common/ProcessHardening.h"
#include "vault/KeychainBackend.h"
#include "Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

using namespace lwc;

int main(int argc, char* argv[])
{
    const Status hardened = hardenProcess();

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("commissioner"));
    QApplication::setApplicationDisplayName(QStringLiteral(LWC_APPLICATION_NAME));
    QApplication::setOrganizationName(QStringLiteral(LWC_ORGANIZATION_NAME));
    QApplication::setOrganizationDomain(QStringLiteral(LWC_ORGANIZATION_DOMAIN));
    QApplication::setApplicationVersion(QStringLiteral(LWC_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("io.github.lwm2m_commissioner"));
    installLogHandler();
    if (!hardened.ok())
        qCWarning(lcUi).noquote() << hardened.error().toString();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Commission OMA LwM2M devices."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption language(QStringLiteral("language"), QStringLiteral("User interface language (en, de)."),
                                QStringLiteral("code"));
    parser.addOption(language);
    parser.process(app);

    ui::LanguageManager languages;
    const QString code
        = parser.isSet(language) ? parser.value(language) : QSettings().value(QLatin1String(ui::settings::kLanguage)).toString();
    languages.setLanguage(code);

    // Inventory, vault, interrupted jobs: problems show in the window.
    ui::Workspace workspace;
    workspace.open(ui::Workspace::locationsFromSettings(),
                   KeychainBackend::platformDefault(QStringLiteral(LWC_APPLICATION_NAME)));

    ui::MainWindow window(&languages, &workspace);
    window.show();
    qCInfo(lcUi).noquote() << "LwM2M Commissioner" << QStringLiteral(LWC_VERSION_STRING) << "started; Qt"
                           << QString::fromLatin1(qVersion());
    return app.exec();
}
