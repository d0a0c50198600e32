// `commissioner-cli commission`: one commissioning job for one device, the
// same job code the GUI's wizard runs (jobs::BootstrapJob), recorded in the
// inventory: the SQL journal (so a crash leaves a known state), the device's
// state, an audit record for the start, each step and the end, and what the
// device holds afterwards. Prints the job record as JSON.
#include "CliCommand.h"
#include "CliFiles.h"
#include "CliInventory.h"
#include "CliUtil.h"

#include "inventory/JobRecorder.h"
#include "inventory/SealingCredentialFactory.h"
#include "jobs/BootstrapJob.h"
#include "security/BootstrapCredentials.h"
#include "security/FileCaKeyStore.h"
#include "security/LocalCa.h"

#include <QCommandLineParser>
#include <QJsonDocument>

#include <QCoro/QCoroTask>

namespace lwc::cli {
namespace {

const char* kVerb = "commission";

void printStep(const jobs::JobStep& s)
{
    QString line = QStringLiteral("step %1 %2").arg(s.index).arg(s.name);
    if (!s.detail.isEmpty())
        line += QLatin1Char(' ') + s.detail;
    line += QStringLiteral(": ") + jobs::stepStateName(s.state);
    if (s.state != jobs::StepState::Running && s.state != jobs::StepState::Pending) {
        line += QStringLiteral(" in %1 ms").arg(s.durationMs);
        if (!s.message.isEmpty())
            line += QStringLiteral(" - ") + s.message;
        if (s.rule != Rule::None)
            line += QStringLiteral(" [%1]").arg(ruleId(s.rule));
    }
    err() << line << "\n";
    err().flush();
}

int run(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Commission one device: listen as its LwM2M Bootstrap-Server, wait for it, write the plan's accounts and "
        "record everything in the inventory (job and steps, device state, audit log). Progress goes to standard "
        "error; the job record is printed as JSON on standard output. Exit 0 when the job succeeded, 1 when it "
        "failed, was cancelled (Ctrl-C) or the device did not come. On start, jobs whose program died are "
        "marked interrupted first."));
    p.addHelpOption();
    QCommandLineOption plan(QStringLiteral("plan"),
                            QStringLiteral("Bootstrap plan (JSON, see docs/bootstrap-plan.md)."),
                            QStringLiteral("file"));
    QCommandLineOption endpoint(QStringLiteral("endpoint"), QStringLiteral("The device's endpoint name (ep=)."),
                                QStringLiteral("name"));
    QCommandLineOption listen(QStringLiteral("listen"),
                              QStringLiteral("Listen address ADDR:PORT for the device (port 0 picks a free one; the "
                                             "mode comes from the plan)."),
                              QStringLiteral("addr"));
    QCommandLineOption inventory = inventoryOption();
    QCommandLineOption wait(QStringLiteral("wait"),
                            QStringLiteral("Seconds to wait for the device to connect (default 600)."),
                            QStringLiteral("seconds"), QStringLiteral("600"));
    QCommandLineOption requestTimeout(QStringLiteral("request-timeout"),
                                      QStringLiteral("Seconds to wait for each answer from the device (default 10)."),
                                      QStringLiteral("seconds"), QStringLiteral("10"));
    QCommandLineOption technician(QStringLiteral("technician"),
                                  QStringLiteral("Who commissions (audit log). Default: the user name."),
                                  QStringLiteral("name"));
    QCommandLineOption profile(QStringLiteral("profile"),
                               QStringLiteral("Device key profile or model, kept with the device."),
                               QStringLiteral("name"));
    QCommandLineOption cert(QStringLiteral("cert"), QStringLiteral("X.509 listener: server certificate chain (PEM)."),
                            QStringLiteral("file"));
    QCommandLineOption key(QStringLiteral("key"), QStringLiteral("X.509 listener: server private key (PEM or DER)."),
                           QStringLiteral("file"));
    QCommandLineOption caDir(QStringLiteral("ca-dir"),
                             QStringLiteral("Local CA folder for x509 accounts with \"generate\"."),
                             QStringLiteral("dir"));
    QCommandLineOption caPass(QStringLiteral("ca-passphrase-file"),
                              QStringLiteral("File with the local CA's passphrase (or $LWC_CA_PASSPHRASE)."),
                              QStringLiteral("file"));
    const VaultOptions vaultOptions;
    p.addOptions({plan, endpoint, listen, inventory, wait, requestTimeout, technician, profile, cert, key, caDir, caPass,
                  vaultOptions.file, vaultOptions.passphrase});
    const QString verb = QString::fromLatin1(kVerb);
    if (const auto rc = parseArguments(p, args, verb))
        return *rc;
    if (!p.positionalArguments().isEmpty())
        return usageError(verb, QStringLiteral("unexpected argument '%1'").arg(p.positionalArguments().first()));
    for (const QCommandLineOption* required : {&plan, &endpoint, &listen})
        if (!p.isSet(*required))
            return usageError(verb, QStringLiteral("--%1 is required").arg(required->names().first()));
    bool ok = false;
    const double waitSeconds = p.value(wait).toDouble(&ok);
    if (!ok || waitSeconds <= 0)
        return usageError(verb, QStringLiteral("--wait needs a positive number of seconds"));
    const double perRequest = p.value(requestTimeout).toDouble(&ok);
    if (!ok || perRequest <= 0)
        return usageError(verb, QStringLiteral("--request-timeout needs a positive number of seconds"));
    auto hostPort = parseHostPort(p.value(listen));
    if (!hostPort)
        return usageError(verb, hostPort.error().userText);
    const QString ep = p.value(endpoint);
    if (ep.trimmed().isEmpty())
        return usageError(verb, QStringLiteral("--endpoint needs the device's endpoint name"));

    // The inventory first: recovery tells about earlier jobs before this one starts.
    auto opened = openInventory(p.value(inventory));
    if (!opened)
        return failWith(verb, opened.error());
    inventory::Inventory& inv = **opened;
    if (const Status recovered = recoverAndReport(inv, verb); !recovered.ok())
        return failWith(verb, recovered.error());

    const auto thePlan = loadValidPlan(p.value(plan), verb);
    if (!thePlan)
        return ExitFailed;
    const bootstrap::DevicePlan* device = thePlan->match(ep);
    if (!device) {
        return failWith(verb,
                        makeError(QStringLiteral("cli.commission.noPlan"),
                                  QStringLiteral("the plan has no entry for endpoint \"%1\"").arg(ep)));
    }

    std::vector<bootstrap::ListenerSpec> listeners(1);
    listeners[0].mode = device->channel.mode;
    listeners[0].address = hostPort->address;
    listeners[0].port = hostPort->port;
    if (listeners[0].mode == coap::SecurityMode::Certificate) {
        if (!p.isSet(cert) || !p.isSet(key))
            return usageError(verb, QStringLiteral("the device uses x509: give --cert and --key"));
        auto chain = readPemCertificates(p.value(cert));
        if (!chain)
            return failWith(verb, chain.error());
        listeners[0].certificateChain = chain.value();
        auto k = readPrivateKeyDer(p.value(key));
        if (!k)
            return failWith(verb, k.error());
        listeners[0].privateKey = std::move(k).value();
    }

    // The credential engine with the inventory's registry: fleet uniqueness (S5, S12).
    std::optional<security::LocalCa> localCa;
    if (p.isSet(caDir)) {
        auto pass = readPassphrase(p.value(caPass), "LWC_CA_PASSPHRASE", QStringLiteral("Passphrase of the local CA"));
        if (!pass)
            return failWith(verb, pass.error());
        security::FileCaKeyStore store(p.value(caDir), std::move(pass).value());
        auto ca = security::LocalCa::load(store);
        if (!ca)
            return failWith(verb, ca.error());
        localCa.emplace(std::move(ca).value());
    }
    security::EngineCredentialFactory engine(localCa ? &*localCa : nullptr, &inv.credentials());
    bootstrap::CredentialFactory* credentials = &engine;

    // S26: the server keys this job writes are kept only sealed by the vault.
    // Unlocked before anything touches the device: a wrong passphrase ends
    // here, with nothing written.
    auto vault = unlockVaultIfAsked(p, vaultOptions);
    if (!vault)
        return vault.error().code == QLatin1String("cli.usage") ? usageError(verb, vault.error().userText)
                                                                 : failWith(verb, vault.error());
    std::optional<inventory::SealingCredentialFactory> sealing;
    if (*vault) {
        sealing.emplace(engine, **vault, inv);
        credentials = &*sealing;
    } else {
        err() << "commissioner-cli commission: note: no vault given; server keys this job generates are written to "
                 "the device but not kept (--vault-passphrase-file FILE seals them in the inventory, S26)\n";
    }
    security::EngineClientVerifier verifier;
    jobs::BootstrapJob::Options options;
    options.server.requestTimeout = std::chrono::milliseconds(qint64(perRequest * 1000));
    options.server.credentials = credentials;
    options.server.verifier = &verifier;
    options.waitForDevice = std::chrono::milliseconds(qint64(waitSeconds * 1000));

    const QString mode = coap::securityModeName(listeners[0].mode);
    jobs::BootstrapJob job(thePlan, ep, std::move(listeners), options, inv.journal(), Clock::system());
    job.setTechnician(p.isSet(technician) ? p.value(technician) : inventory::AuditLog::defaultActor());
    inventory::JobRecorder recorder(inv, job, p.value(profile));
    QObject::connect(&job, &jobs::BootstrapJob::listening, &job, [&](quint16 port) {
        err() << "job " << job.id() << " for " << ep << ": listening " << mode << " port " << port << "\n";
        err().flush();
    });
    QObject::connect(&job, &jobs::BootstrapJob::deviceConnected, &job, [&](const QString& peer) {
        err() << "device connected from " << peer << "\n";
        err().flush();
    });
    QObject::connect(&job, &jobs::Job::stepChanged, &job,
                     [&](int index) { printStep(job.record().steps.value(index)); });
    onInterrupt(&job, [&] {
        err() << "commissioner-cli commission: interrupted; cancelling the job\n";
        err().flush();
        job.cancel();
    });

    const jobs::JobState final = QCoro::waitFor(job.run());
    out() << QJsonDocument(job.record().toJson()).toJson(QJsonDocument::Compact) << "\n";
    out().flush();
    for (const Error& e : recorder.errors())
        err() << "commissioner-cli commission: inventory: " << e.toString() << "\n";
    if (sealing) {
        for (const Error& e : sealing->errors())
            err() << "commissioner-cli commission: vault: " << e.toString() << "\n";
        if (!sealing->sealed().isEmpty())
            err() << "commissioner-cli commission: sealed in the inventory: " << sealing->sealed().join(QStringLiteral(", "))
                  << "\n";
        (*vault)->lock();
    }
    if (job.record().error)
        err() << "commissioner-cli commission: " << jobs::jobStateName(final) << ": " << job.record().error->toString()
              << "\n";
    else
        err() << "commissioner-cli commission: " << jobs::jobStateName(final) << "\n";
    err().flush();
    const bool kept = !sealing || sealing->errors().isEmpty();
    return final == jobs::JobState::Succeeded && recorder.errors().isEmpty() && kept ? ExitOk : ExitFailed;
}

} // namespace

LWC_CLI_COMMAND(commission, "commission", "Commission one device as its Bootstrap-Server, recorded in the inventory",
                run);

} // namespace lwc::cli
