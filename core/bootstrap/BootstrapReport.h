#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lwc::bootstrap {

// One step of a bootstrap sequence as the technician sees it.
struct StepReport {
    QString name; // "bootstrap-discover", "delete", "write", "bootstrap-read", "verify", "finish"
    QString method; // "GET", "PUT", ...
    QString path; // "/0/1"
    std::optional<quint16> contentFormat;
    QString code; // CoAP answer "2.04"; empty if none arrived
    qint64 durationMs = 0;
    bool ok = false;
    QString message; // what happened, in words ("device lacks Bootstrap-Discover; continuing")
    QString errorCode;
    Rule rule = Rule::None;

    QJsonObject toJson() const;
};

// What was written, without secrets (for reports and receipts).
struct WrittenInstance {
    QString path; // "/0/1", "/1/0"
    quint16 contentFormat = 0;
    int shortServerId = 0;
    QString securityMode; // psk, rpk, x509, nosec (Security instances)
    QString uri;
    bool bootstrapAccount = false;
    QStringList resources; // "0=coaps://...", "3=<identity>", "5=<secret:16 bytes>"

    QJsonObject toJson() const;
};

struct BootstrapReport {
    enum class Verdict { Success, Failed, Refused };

    QString endpoint;
    QString channelMode; // psk, pin, x509, nosec
    QString cipherSuite; // OpenSSL name
    QString cipherSuiteIana;
    QString peer; // "127.0.0.1:40123"
    QString pskIdentity; // not secret (S8), shown for traceability
    QString lwm2mVersion; // from Bootstrap-Discover, if any
    std::optional<quint16> preferredFormat; // pct
    QDateTime startedAt;
    QDateTime finishedAt;
    QList<StepReport> steps;
    QList<WrittenInstance> written;
    Verdict verdict = Verdict::Failed;
    std::optional<Error> error;
    QString failedStep;
    bool insecure = false; // NoSec channel or account (S1)
    QStringList flags; // e.g. "S20: the device returned /0/1/5 on read"

    qint64 totalMs() const { return startedAt.isValid() && finishedAt.isValid() ? startedAt.msecsTo(finishedAt) : 0; }
    static QString verdictName(Verdict v);
    QJsonObject toJson() const;
};

} // namespace lwc::bootstrap
