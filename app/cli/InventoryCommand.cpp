// `commissioner-cli inventory devices|jobs|show`: what the inventory knows
// about devices and commissioning jobs. Like the GUI, it first recovers jobs
// whose program died (they show as interrupted, with their last step).
#include "CliCommand.h"
#include "CliFiles.h"
#include "CliInventory.h"

#include "inventory/DeviceListModel.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace lwc::cli {
namespace {

const char* kVerb = "inventory";

QString when(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss'Z'")) : QStringLiteral("-");
}

QString lastStepOf(const jobs::JobRecord& job)
{
    QString last;
    for (const jobs::JobStep& s : job.steps)
        if (s.state != jobs::StepState::Pending)
            last = s.name + QLatin1Char(' ') + jobs::stepStateName(s.state);
    return last;
}

void printJson(const QJsonObject& o)
{
    out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << "\n";
}

int listDevices(inventory::Inventory& inv, const QString& filter, bool json)
{
    auto rows = inv.devices();
    if (!rows)
        return failWith(QString::fromLatin1(kVerb), rows.error());
    // The main window's model: the same natural order and filter.
    inventory::DeviceListModel model;
    model.setDevices(rows.value());
    model.setFilterText(filter);
    if (!json) {
        out() << QStringLiteral("%1 %2 %3 %4\n")
                     .arg(QStringLiteral("ENDPOINT").leftJustified(32), QStringLiteral("PROFILE").leftJustified(16),
                          QStringLiteral("STATE").leftJustified(13), QStringLiteral("LAST JOB"));
    }
    for (int r = 0; r < model.rowCount(); ++r) {
        const inventory::DeviceRow d = model.deviceAt(r);
        if (json) {
            printJson(deviceJson(d));
            continue;
        }
        out() << QStringLiteral("%1 %2 %3 %4\n")
                     .arg(d.endpoint.leftJustified(32), d.profile.leftJustified(16),
                          inventory::deviceStateName(d.state).leftJustified(13),
                          d.lastJobId.isEmpty() ? QStringLiteral("-")
                                                : QStringLiteral("%1 %2").arg(when(d.lastJobAt), d.lastJobId));
    }
    if (!json)
        out() << model.rowCount() << " of " << model.totalCount() << " devices\n";
    return ExitOk;
}

int listJobs(inventory::Inventory& inv, const QString& endpoint, int limit, bool json)
{
    auto history = inv.jobs(endpoint, limit);
    if (!history)
        return failWith(QString::fromLatin1(kVerb), history.error());
    if (!json) {
        out() << QStringLiteral("%1 %2 %3 %4 %5\n")
                     .arg(QStringLiteral("CREATED").leftJustified(20), QStringLiteral("JOB").leftJustified(36),
                          QStringLiteral("ENDPOINT").leftJustified(24), QStringLiteral("STATE").leftJustified(11),
                          QStringLiteral("LAST STEP / ERROR"));
    }
    for (const jobs::JobRecord& j : history.value()) {
        if (json) {
            printJson(j.toJson());
            continue;
        }
        QString tail = lastStepOf(j);
        if (j.error)
            tail += QStringLiteral(" (%1)").arg(j.error->code);
        out() << QStringLiteral("%1 %2 %3 %4 %5\n")
                     .arg(when(j.createdAt).leftJustified(20), j.id.leftJustified(36), j.endpoint.leftJustified(24),
                          jobs::jobStateName(j.state).leftJustified(11), tail);
    }
    return ExitOk;
}

int showDevice(inventory::Inventory& inv, const QString& endpoint, bool json)
{
    auto device = inv.device(endpoint);
    if (!device)
        return failWith(QString::fromLatin1(kVerb), device.error());
    if (!device->has_value()) {
        err() << "commissioner-cli inventory: no device \"" << endpoint << "\" in " << inv.location() << "\n";
        return ExitFailed;
    }
    auto accounts = inv.accounts(endpoint);
    auto history = inv.jobs(endpoint, 10);
    auto events = inv.audit().events(endpoint, 20);
    if (!accounts || !history || !events) {
        return failWith(QString::fromLatin1(kVerb),
                        !accounts ? accounts.error() : (!history ? history.error() : events.error()));
    }
    const inventory::DeviceRow& d = **device;
    if (json) {
        QJsonArray a;
        for (const inventory::AccountRow& r : accounts.value()) {
            QJsonObject o {{QStringLiteral("path"), r.path},
                           {QStringLiteral("jobId"), r.jobId},
                           {QStringLiteral("bootstrapAccount"), r.bootstrapAccount},
                           {QStringLiteral("securityMode"), r.securityMode},
                           {QStringLiteral("uri"), r.uri},
                           {QStringLiteral("contentFormat"), r.contentFormat},
                           {QStringLiteral("resources"), QJsonArray::fromStringList(r.resources)},
                           {QStringLiteral("writtenAt"), r.writtenAt.toString(Qt::ISODateWithMs)}};
            if (r.shortServerId)
                o.insert(QStringLiteral("ssid"), r.shortServerId);
            a.append(o);
        }
        QJsonArray j;
        for (const jobs::JobRecord& r : history.value())
            j.append(r.toJson());
        QJsonArray e;
        for (const inventory::AuditEvent& r : events.value())
            e.append(r.toJson());
        printJson(QJsonObject {{QStringLiteral("device"), deviceJson(d)},
                               {QStringLiteral("accounts"), a},
                               {QStringLiteral("jobs"), j},
                               {QStringLiteral("audit"), e}});
        return ExitOk;
    }
    out() << "endpoint:  " << d.endpoint << "\n"
          << "profile:   " << (d.profile.isEmpty() ? QStringLiteral("-") : d.profile) << "\n"
          << "state:     " << inventory::deviceStateName(d.state) << "\n"
          << "added:     " << when(d.createdAt) << "\n"
          << "last job:  "
          << (d.lastJobId.isEmpty() ? QStringLiteral("-") : d.lastJobId + QLatin1Char(' ') + when(d.lastJobAt))
          << "\n\nOn the device (written by the last successful job):\n";
    if (accounts->isEmpty())
        out() << "  nothing recorded\n";
    for (const inventory::AccountRow& r : accounts.value()) {
        out() << "  " << r.path.leftJustified(6) << " "
              << (r.bootstrapAccount ? QStringLiteral("bootstrap account")
                                     : (r.shortServerId ? QStringLiteral("server %1").arg(r.shortServerId)
                                                        : QStringLiteral("server object")))
              << (r.securityMode.isEmpty() ? QString() : QStringLiteral(", %1").arg(r.securityMode))
              << (r.uri.isEmpty() ? QString() : QStringLiteral(", %1").arg(r.uri)) << "\n";
    }
    out() << "\nJobs (newest first):\n";
    for (const jobs::JobRecord& r : history.value()) {
        out() << "  " << when(r.createdAt) << " " << r.id << " " << jobs::jobStateName(r.state) << "  " << lastStepOf(r)
              << (r.error ? QStringLiteral(" (%1)").arg(r.error->code) : QString()) << "\n";
    }
    out() << "\nAudit (newest first):\n";
    for (const inventory::AuditEvent& e : events.value()) {
        out() << "  #" << e.sequence << " " << when(e.at) << " " << e.actor << " " << e.action
              << (e.rule != Rule::None ? QStringLiteral(" [%1]").arg(ruleId(e.rule)) : QString()) << "\n";
    }
    return ExitOk;
}

int run(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Devices and commissioning jobs in the inventory.\n\n"
        "  devices [--filter TEXT]     every device (natural order by endpoint) with its state and last job\n"
        "  jobs [ENDPOINT] [--limit N] commissioning jobs, newest first, with their last step\n"
        "  show ENDPOINT               one device: what it holds, its jobs and its audit trail\n\n"
        "Jobs whose program died while they ran are first marked interrupted (as the GUI does on start).\n"
        "With --json: one JSON object per line (devices, jobs) or one object (show)."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("command"), QStringLiteral("devices, jobs or show"));
    QCommandLineOption inventory = inventoryOption();
    QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    QCommandLineOption filter(QStringLiteral("filter"),
                              QStringLiteral("devices: only those whose endpoint, profile or state contain every "
                                             "word of TEXT."),
                              QStringLiteral("text"));
    QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("jobs: at most N (default 200)."),
                             QStringLiteral("n"), QStringLiteral("200"));
    p.addOptions({inventory, json, filter, limit});
    const QString verb = QString::fromLatin1(kVerb);
    if (const auto rc = parseArguments(p, args, verb))
        return *rc;
    const QStringList pos = p.positionalArguments();
    if (pos.isEmpty())
        return usageError(verb, QStringLiteral("say what to list: devices, jobs or show ENDPOINT"));
    const QString what = pos.first();
    bool ok = false;
    const int maxJobs = p.value(limit).toInt(&ok);
    if (!ok || maxJobs < 1)
        return usageError(verb, QStringLiteral("--limit needs a positive number"));
    if (what == QLatin1String("devices")) {
        if (pos.size() != 1)
            return usageError(verb, QStringLiteral("unexpected argument '%1'").arg(pos.at(1)));
    } else if (what == QLatin1String("jobs")) {
        if (pos.size() > 2)
            return usageError(verb, QStringLiteral("unexpected argument '%1'").arg(pos.at(2)));
    } else if (what == QLatin1String("show")) {
        if (pos.size() != 2)
            return usageError(verb, QStringLiteral("show needs exactly one ENDPOINT"));
    } else {
        return usageError(verb, QStringLiteral("unknown command '%1' (devices, jobs or show)").arg(what));
    }

    auto inv = openInventory(p.value(inventory));
    if (!inv)
        return failWith(verb, inv.error());
    if (const Status recovered = recoverAndReport(**inv, verb); !recovered.ok())
        return failWith(verb, recovered.error());
    if (what == QLatin1String("devices"))
        return listDevices(**inv, p.value(filter), p.isSet(json));
    if (what == QLatin1String("jobs"))
        return listJobs(**inv, pos.value(1), maxJobs, p.isSet(json));
    return showDevice(**inv, pos.at(1), p.isSet(json));
}

} // namespace

LWC_CLI_COMMAND(inventory, "inventory", "List devices and jobs in the inventory, or show one device", run);

} // namespace lwc::cli
