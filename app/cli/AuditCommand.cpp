// `commissioner-cli audit verify|export`: check the audit log's hash chain,
// or write it out as JSON lines (one canonical JSON object per record).
#include "CliCommand.h"
#include "CliFiles.h"
#include "CliInventory.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include <cstdio>

namespace lwc::cli {
namespace {

const char* kVerb = "audit";

int verify(inventory::Inventory& inv, bool json)
{
    auto v = inv.audit().verify();
    if (!v)
        return failWith(QString::fromLatin1(kVerb), v.error());
    if (json) {
        QJsonObject o {{QStringLiteral("intact"), v->intact},
                       {QStringLiteral("records"), v->records},
                       {QStringLiteral("inventory"), inv.location()}};
        if (!v->intact) {
            o.insert(QStringLiteral("firstBrokenSequence"), v->firstBrokenSequence);
            o.insert(QStringLiteral("problem"), v->problem);
        }
        out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << "\n";
    } else if (v->intact) {
        out() << "audit log intact: " << v->records << " records, every hash chained (" << inv.location() << ")\n";
    } else {
        out() << "audit log BROKEN at record " << v->firstBrokenSequence << ": " << v->problem << "\n";
    }
    return v->intact ? ExitOk : ExitFailed;
}

int exportLines(inventory::Inventory& inv, const QString& path, bool force)
{
    const QString verb = QString::fromLatin1(kVerb);
    if (path.isEmpty() || path == QLatin1String("-")) {
        out().flush();
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
            return failWith(verb, makeError(QStringLiteral("cli.stdout"), QStringLiteral("cannot write to stdout")));
        const Status s = inv.audit().exportJsonLines(stdoutFile);
        stdoutFile.flush();
        return s.ok() ? ExitOk : failWith(verb, s.error());
    }
    if (!force && QFileInfo::exists(path)) {
        return failWith(verb,
                        makeError(QStringLiteral("cli.file.exists"),
                                  QStringLiteral("%1 exists; refusing to overwrite it (use --force)").arg(path)));
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        return failWith(verb,
                        makeError(QStringLiteral("cli.file.write"),
                                  QStringLiteral("cannot write %1: %2").arg(path, f.errorString())));
    }
    if (const Status s = inv.audit().exportJsonLines(f); !s.ok())
        return failWith(verb, s.error());
    if (!f.commit()) {
        return failWith(verb,
                        makeError(QStringLiteral("cli.file.write"),
                                  QStringLiteral("cannot write %1: %2").arg(path, f.errorString())));
    }
    return ExitOk;
}

int run(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "The inventory's audit log: append-only records (who, when, what, which device, which rule), each "
        "hash-chained to the one before.\n\n"
        "  verify   check the chain: exit 0 when intact, 1 when a record was edited, deleted, reordered or\n"
        "           inserted (the first broken record is named)\n"
        "  export   write every record as one canonical JSON object per line (with its hash), oldest first"));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("command"), QStringLiteral("verify or export"));
    QCommandLineOption inventory = inventoryOption();
    QCommandLineOption json(QStringLiteral("json"), QStringLiteral("verify: print the result as JSON."));
    QCommandLineOption outFile(QStringLiteral("out"), QStringLiteral("export: write to FILE instead of stdout."),
                               QStringLiteral("file"));
    QCommandLineOption force(QStringLiteral("force"), QStringLiteral("export: overwrite an existing --out file."));
    p.addOptions({inventory, json, outFile, force});
    const QString verb = QString::fromLatin1(kVerb);
    if (const auto rc = parseArguments(p, args, verb))
        return *rc;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1 || (pos.first() != QLatin1String("verify") && pos.first() != QLatin1String("export")))
        return usageError(verb, QStringLiteral("say verify or export"));
    auto inv = openInventory(p.value(inventory));
    if (!inv)
        return failWith(verb, inv.error());
    if (pos.first() == QLatin1String("verify"))
        return verify(**inv, p.isSet(json));
    return exportLines(**inv, p.value(outFile), p.isSet(force));
}

} // namespace

LWC_CLI_COMMAND(audit, "audit", "Verify the audit log's hash chain or export it as JSON lines", run);

} // namespace lwc::cli
