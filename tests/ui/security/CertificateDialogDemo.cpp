// Shows the certificate dialog for a generated server chain, as after a live
// handshake with lwm2m.acme.example. Used for the README screenshot
// (screenshot.sh); --quit-after MS closes it on its own.
#include "CertificateDialog.h"
#include "LanguageManager.h"

#include "security/Fingerprint.h"

#include "TestPki.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLineEdit>
#include <QTimer>

using namespace lwc;
using namespace lwc::security;
using namespace lwc::test;

namespace {

class PrintingSink final : public TrustDecisionSink {
public:
    Status record(const TrustDecision& d) override
    {
        printf("decision: %s by %s at %s for %s\n", qPrintable(trustChoiceName(d.choice)), qPrintable(d.who),
               qPrintable(d.when.toString(Qt::ISODate)), qPrintable(d.fingerprintSha256));
        return {};
    }
};

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption quitAfter(QStringLiteral("quit-after"), QStringLiteral("Quit after MS milliseconds."),
                                       QStringLiteral("ms"));
    const QCommandLineOption language(QStringLiteral("language"), QStringLiteral("en or de."), QStringLiteral("code"));
    const QCommandLineOption compare(QStringLiteral("paste-fingerprint"),
                                     QStringLiteral("Fill the expected-fingerprint field with the right value."));
    parser.addOptions({quitAfter, language, compare});
    parser.addHelpOption();
    parser.process(app);

    ui::LanguageManager languages;
    languages.setLanguage(parser.value(language));

    const TestCert root = makeCert(caSpec(QStringLiteral("ACME Root CA")));
    const TestCert ica = makeCert(caSpec(QStringLiteral("ACME Device Servers CA")), &root);
    const TestCert leaf = makeCert(serverSpec(QStringLiteral("lwm2m.acme.example"),
                                              {QStringLiteral("lwm2m.acme.example")}, {QStringLiteral("192.0.2.10")}),
                                   &ica);
    ui::CertificateDialog::Context context;
    context.chain = {leaf.der, ica.der, root.der};
    context.serverUri = QStringLiteral("coaps://lwm2m.acme.example:5684");
    context.operatorName = QStringLiteral("Jo Technician");
    PrintingSink sink;
    ui::CertificateDialog dialog(context, &sink);
    dialog.move(40, 10);
    dialog.show();
    if (parser.isSet(compare)) {
        dialog.findChild<QLineEdit*>(QStringLiteral("expectedFingerprintLineEdit"))
            ->setText(Fingerprint::sha256(leaf.der));
    }
    if (parser.isSet(quitAfter))
        QTimer::singleShot(parser.value(quitAfter).toInt(), &app, &QApplication::quit);
    QObject::connect(&dialog, &QDialog::finished, &app, &QApplication::quit);
    return app.exec();
}
