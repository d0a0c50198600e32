#pragma once

// The audit log contract (declared here so TrustDecisionLog can feed it
// without a cycle; Inventory.h includes this header, so users of the
// inventory facade see the same types as before).
#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QIODevice>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace lwc::inventory {

// One audit record. Append-only and hash-chained: hash = SHA-256 over the
// previous hash and this record's canonical JSON (without `hash`). Never
// holds a secret.
struct AuditEvent {
    qint64 sequence = 0; // assigned on append, 1..n
    QDateTime at; // UTC
    QString actor; // technician (OS user name by default)
    QString action; // "job.started", "job.step", "job.finished", "trust.decision",
                    // "credential.issued", "vault.unlocked", "vault.unlockFailed", ...
    QString endpoint;
    QString jobId;
    Rule rule = Rule::None;
    QJsonObject details;
    QByteArray previousHash; // raw 32 bytes
    QByteArray hash; // raw 32 bytes
    // Every field, hashes as lower-case hex, `at` as ISO 8601 UTC with
    // milliseconds. Without `hash` this is the object whose canonical JSON
    // (receipt/CanonicalJson) is hashed; export writes it with `hash`.
    QJsonObject toJson() const;
};

struct AuditVerification {
    bool intact = true;
    qint64 records = 0;
    qint64 firstBrokenSequence = 0; // 0 if intact
    QString problem; // translated, names the record and what is wrong
};

class AuditLog {
public:
    virtual ~AuditLog() = default;
    // Fills sequence, previousHash and hash; refuses details that look like a
    // live secret (redaction rule) instead of storing them.
    virtual Result<AuditEvent> append(AuditEvent event) = 0;
    virtual Result<AuditVerification> verify() const = 0;
    virtual Status exportJsonLines(QIODevice& out) const = 0;
    // Newest first (the last `limit` records); an empty endpoint lists all.
    virtual Result<QList<AuditEvent>> events(const QString& endpoint = {}, int limit = 1000) const = 0;

    // The actor recorded when an event names none: the OS user name.
    static QString defaultActor();
};

} // namespace lwc::inventory
