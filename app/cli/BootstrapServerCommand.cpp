// `commissioner-cli bootstrap-server`: serve a bootstrap plan until N devices
// finished (or the timeout), one JSON line per finished bootstrap on stdout.
#include "CliCommand.h"
#include "CliUtil.h"

#include "CliFiles.h"
#include "CliInventory.h"

#include "bootstrap/BootstrapServer.h"
#include "common/Log.h"
#include "inventory/SealingCredentialFactory.h"
#include "security/BootstrapCredentials.h"
#include "security/FileCaKeyStore.h"
#include "security/LocalCa.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QTimer>

#include <csignal>

namespace lwc::cli {
namespace {

const char* kVerb = "bootstrap-server";

int run(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Act as the LwM2M Bootstrap-Server for the devices in a plan. Prints one JSON line per finished "
        "bootstrap (endpoint, mode, negotiated suite, steps with durations, verdict) on standard output."));
    p.addHelpOption();
    QCommandLineOption plan(QStringLiteral("plan"),
                            QStringLiteral("Bootstrap plan (JSON, see docs/bootstrap-plan.md)."),
                            QStringLiteral("file"));
    QCommandLineOption listen(
        QStringLiteral("listen"),
        QStringLiteral("Listen address, ADDR:PORT or MODE=ADDR:PORT (mode: psk, pin, x509, nosec); "
                       "repeat for several modes. Port 0 picks a free port."),
        QStringLiteral("addr"));
    QCommandLineOption count(QStringLiteral("count"), QStringLiteral("Stop after N finished bootstraps."),
                             QStringLiteral("n"));
    QCommandLineOption timeout(QStringLiteral("timeout"), QStringLiteral("Stop after SECONDS (default: no limit)."),
                               QStringLiteral("seconds"));
    QCommandLineOption requestTimeout(QStringLiteral("request-timeout"),
                                      QStringLiteral("Seconds to wait for each answer from a device (default 10)."),
                                      QStringLiteral("seconds"), QStringLiteral("10"));
    QCommandLineOption cert(QStringLiteral("cert"), QStringLiteral("X.509 listener: server certificate chain (PEM)."),
                            QStringLiteral("file"));
    QCommandLineOption key(QStringLiteral("key"), QStringLiteral("X.509 listener: server private key (PEM or DER)."),
                           QStringLiteral("file"));
    QCommandLineOption inventory(QStringLiteral("inventory"),
                                 QStringLiteral("Inventory database (SQLite file): refuse key material another device "
                                                "holds (S5, S12) and record what was issued."),
                                 QStringLiteral("file"));
    QCommandLineOption caDir(QStringLiteral("ca-dir"),
                             QStringLiteral("Local CA folder (see 'credentials generate ca') for x509 accounts with "
                                            "\"generate\"."),
                             QStringLiteral("dir"));
    QCommandLineOption caPass(QStringLiteral("ca-passphrase-file"),
                              QStringLiteral("File with the local CA's passphrase (or $LWC_CA_PASSPHRASE)."),
                              QStringLiteral("file"));
    const VaultOptions vaultOptions;
    p.addOptions({plan, listen, count, timeout, requestTimeout, cert, key, inventory, caDir, caPass, vaultOptions.file,
                  vaultOptions.passphrase});
    if (const auto rc = parseArguments(p, args, QString::fromLatin1(kVerb)))
        return *rc;
    if (!p.positionalArguments().isEmpty())
        return usageError(QString::fromLatin1(kVerb),
                          QStringLiteral("unexpected argument '%1'").arg(p.positionalArguments().first()));
    if (!p.isSet(plan))
        return usageError(QString::fromLatin1(kVerb), QStringLiteral("--plan is required"));
    if (!p.isSet(listen))
        return usageError(QString::fromLatin1(kVerb), QStringLiteral("--listen is required"));
    bool ok = true;
    const int wanted = p.isSet(count) ? p.value(count).toInt(&ok) : -1;
    if (!ok || (p.isSet(count) && wanted < 1))
        return usageError(QString::fromLatin1(kVerb), QStringLiteral("--count needs a positive number"));
    const double seconds = p.isSet(timeout) ? p.value(timeout).toDouble(&ok) : -1;
    if (!ok || (p.isSet(timeout) && seconds <= 0))
        return usageError(QString::fromLatin1(kVerb), QStringLiteral("--timeout needs a positive number of seconds"));
    const double perRequest = p.value(requestTimeout).toDouble(&ok);
    if (!ok || perRequest <= 0)
        return usageError(QString::fromLatin1(kVerb),
                          QStringLiteral("--request-timeout needs a positive number of seconds"));

    const auto thePlan = loadValidPlan(p.value(plan), QString::fromLatin1(kVerb));
    if (!thePlan)
        return ExitFailed;

    QSet<coap::SecurityMode> planModes;
    for (const auto& d : thePlan->devices)
        planModes.insert(d.channel.mode);
    std::vector<bootstrap::ListenerSpec> specs;
    for (const QString& l : p.values(listen)) {
        bootstrap::ListenerSpec spec;
        QString addr = l;
        if (l.contains(QLatin1Char('=')) && !l.startsWith(QLatin1Char('['))) {
            const QString mode = l.section(QLatin1Char('='), 0, 0);
            addr = l.section(QLatin1Char('='), 1);
            if (!coap::parseSecurityMode(mode, &spec.mode))
                return usageError(QString::fromLatin1(kVerb),
                                  QStringLiteral("unknown mode '%1' in --listen").arg(mode));
        } else if (planModes.size() == 1) {
            spec.mode = *planModes.begin();
        } else {
            return usageError(QString::fromLatin1(kVerb),
                              QStringLiteral("the plan uses several modes; give --listen MODE=ADDR:PORT for each"));
        }
        auto hp = parseHostPort(addr);
        if (!hp)
            return usageError(QString::fromLatin1(kVerb), hp.error().userText);
        spec.address = hp->address;
        spec.port = hp->port;
        if (spec.mode == coap::SecurityMode::Certificate) {
            if (!p.isSet(cert) || !p.isSet(key))
                return usageError(QString::fromLatin1(kVerb),
                                  QStringLiteral("an x509 listener needs --cert and --key"));
            auto chain = readPemCertificates(p.value(cert));
            if (!chain) {
                err() << "commissioner-cli bootstrap-server: " << chain.error().toString() << "\n";
                return ExitFailed;
            }
            spec.certificateChain = chain.value();
            auto k = readPrivateKeyDer(p.value(key));
            if (!k) {
                err() << "commissioner-cli bootstrap-server: " << k.error().toString() << "\n";
                return ExitFailed;
            }
            spec.privateKey = std::move(k).value();
        }
        specs.push_back(std::move(spec));
    }
    for (coap::SecurityMode m : planModes) {
        bool covered = false;
        for (const auto& s : specs)
            covered |= s.mode == m;
        if (!covered)
            err() << "commissioner-cli bootstrap-server: warning: no listener for " << coap::securityModeName(m)
                  << " devices in the plan\n";
    }

    bootstrap::BootstrapServer::Options options;
    options.requestTimeout = std::chrono::milliseconds(qint64(perRequest * 1000));
    // The credential engine: generated keys, the local CA, fleet uniqueness.
    std::optional<security::LocalCa> localCa;
    if (p.isSet(caDir)) {
        auto pass = readPassphrase(p.value(caPass), "LWC_CA_PASSPHRASE", QStringLiteral("Passphrase of the local CA"));
        if (!pass) {
            err() << "commissioner-cli bootstrap-server: " << pass.error().toString() << "\n";
            return ExitFailed;
        }
        security::FileCaKeyStore store(p.value(caDir), std::move(pass).value());
        auto ca = security::LocalCa::load(store);
        if (!ca) {
            err() << "commissioner-cli bootstrap-server: " << ca.error().toString() << "\n";
            return ExitFailed;
        }
        localCa.emplace(std::move(ca).value());
    }
    std::unique_ptr<inventory::Inventory> inv;
    if (p.isSet(inventory)) {
        auto opened = inventory::Inventory::openSqlite(p.value(inventory));
        if (!opened) {
            err() << "commissioner-cli bootstrap-server: " << opened.error().toString() << "\n";
            return ExitFailed;
        }
        inv = std::move(opened).value();
    } else {
        err() << "commissioner-cli bootstrap-server: note: no --inventory; fleet-wide uniqueness (S5) is not checked\n";
    }
    security::EngineCredentialFactory engine(localCa ? &*localCa : nullptr, inv ? &inv->credentials() : nullptr);
    bootstrap::CredentialFactory* credentials = &engine;
    // S26: server keys written to the devices, kept sealed in the inventory;
    // the vault is unlocked before any device is served.
    auto vault = unlockVaultIfAsked(p, vaultOptions);
    if (!vault) {
        if (vault.error().code == QLatin1String("cli.usage"))
            return usageError(QString::fromLatin1(kVerb), vault.error().userText);
        err() << "commissioner-cli bootstrap-server: " << vault.error().toString() << "\n";
        return ExitFailed;
    }
    std::optional<inventory::SealingCredentialFactory> sealing;
    if (*vault) {
        if (!inv)
            return usageError(QString::fromLatin1(kVerb), QStringLiteral("--vault-passphrase-file needs --inventory"));
        sealing.emplace(engine, **vault, *inv);
        credentials = &*sealing;
    }
    security::EngineClientVerifier verifier;
    options.credentials = credentials;
    options.verifier = &verifier;
    bootstrap::BootstrapServer server(thePlan, options);
    std::vector<coap::SecurityMode> modes;
    for (const auto& s : specs)
        modes.push_back(s.mode);
    const Status started = server.start(std::move(specs));
    if (!started.ok()) {
        err() << "commissioner-cli bootstrap-server: " << started.error().toString() << "\n";
        return ExitFailed;
    }
    for (coap::SecurityMode m : modes)
        err() << "listening " << coap::securityModeName(m) << " port " << server.port(m) << "\n";
    err().flush();

    int finished = 0;
    int failures = 0;
    bool interrupted = false;
    QEventLoop loop;
    QObject::connect(&server, &bootstrap::BootstrapServer::bootstrapFinished, &loop,
                     [&](const bootstrap::BootstrapReport& r) {
                         out() << QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact) << "\n";
                         out().flush();
                         if (r.verdict == bootstrap::BootstrapReport::Verdict::Refused) {
                             ++failures;
                             return; // a refused handshake is not a finished device
                         }
                         ++finished;
                         if (r.verdict != bootstrap::BootstrapReport::Verdict::Success)
                             ++failures;
                         if ((wanted > 0 && finished >= wanted) || (interrupted && server.activeCount() == 0))
                             loop.quit();
                     });
    // Ctrl-C / SIGTERM: end running bootstraps as cancelled (their reports
    // are printed) instead of dying half-way.
    onInterrupt(&loop, [&] {
        interrupted = true;
        err() << "commissioner-cli bootstrap-server: interrupted; cancelling " << server.activeCount()
              << " running bootstrap(s)\n";
        server.stop();
        QTimer::singleShot(server.activeCount() ? 3000 : 0, &loop, &QEventLoop::quit);
    });
    bool timedOut = false;
    if (seconds > 0)
        QTimer::singleShot(qint64(seconds * 1000), &loop, [&] {
            timedOut = true;
            loop.quit();
        });
    loop.exec();
    server.stop();
    if (timedOut && wanted > 0 && finished < wanted)
        err() << "commissioner-cli bootstrap-server: timeout: " << finished << " of " << wanted
              << " devices finished\n";
    if (sealing) {
        for (const Error& e : sealing->errors())
            err() << "commissioner-cli bootstrap-server: vault: " << e.toString() << "\n";
        err() << "commissioner-cli bootstrap-server: sealed in the inventory: " << sealing->sealed().size()
              << " server key(s)\n";
        failures += int(sealing->errors().size());
        (*vault)->lock();
    }
    if (interrupted)
        return ExitFailed;
    return (failures == 0 && (!timedOut || wanted < 0 || finished >= wanted)) ? ExitOk : ExitFailed;
}

} // namespace

LWC_CLI_COMMAND(bootstrapServer, "bootstrap-server", "Serve a bootstrap plan to devices over CoAP(s)", run);

} // namespace lwc::cli
