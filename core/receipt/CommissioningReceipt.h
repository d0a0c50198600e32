#pragma once

#include "common/Result.h"
#include "common/Rule.h"
#include "common/SecretBytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace lwc {

// One step of a commissioning job, in the order it ran.
struct ReceiptStep {
    enum class Status { Ok, Failed, Skipped };
    QString name;
    Status status = Status::Ok;
    qint64 durationMs = 0;
    QString message; // never a secret

    bool operator==(const ReceiptStep&) const = default;
};

// One value the job wrote to the device. Non-secret values are recorded by
// their SHA-256; secrets only as "<secret:N bytes>" (S26) — not even a hash,
// since the hash of a PIN or short PSK is easy to brute-force.
struct WrittenValue {
    QString path; // "/0/1/5"
    QString contentFormat; // "application/vnd.oma.lwm2m+tlv" or as the job names it
    qint64 size = 0;
    bool secret = false;
    QByteArray sha256; // 32 bytes; empty for secrets

    // "sha256:<hex>" or "<secret:N bytes>", as in the JSON.
    QString valueText() const;
    bool operator==(const WrittenValue&) const = default;
};

// A certificate or public key the job trusted (server certificate, trust
// anchor, server RPK), by SHA-256 of its DER.
struct TrustedFingerprint {
    enum class Kind { Certificate, PublicKey };
    QString label; // "LwM2M server certificate"
    Kind kind = Kind::Certificate;
    QByteArray sha256; // 32 bytes

    bool operator==(const TrustedFingerprint&) const = default;
};

// One check of the verification phase, with the rule it proves.
struct VerificationVerdict {
    enum class Verdict { Pass, Fail, Warning, Skipped };
    QString check;
    Verdict verdict = Verdict::Pass;
    Rule rule = Rule::None;
    QString detail; // why; for Skipped, why it was skipped (S19)

    bool operator==(const VerificationVerdict&) const = default;
};

// What a finished commissioning job did, as a value: the job's identity,
// each step, what was written (without secrets), what was trusted and how
// the result was verified. SignedReceipt signs its canonical JSON.
struct CommissioningReceipt {
    enum class Outcome { Succeeded, Failed, Cancelled };

    QString jobId;
    QString endpoint;
    QString deviceProfile;
    QString transport; // "coaps", "serial", "smartcard"
    QString securityMode; // "psk", "pin", "rpk", "x509", "nosec" (shown as insecure, S1)
    QString technician;
    QString toolVersion; // filled with this build's version by default
    QDateTime startedAt; // UTC, millisecond precision in JSON
    QDateTime finishedAt;
    QList<ReceiptStep> steps;
    QList<WrittenValue> written;
    QList<TrustedFingerprint> trusted;
    QList<VerificationVerdict> verification;
    Outcome outcome = Outcome::Failed;

    CommissioningReceipt();

    void addStep(QString name, ReceiptStep::Status status, qint64 durationMs, QString message = {});
    // Records path, format, size and SHA-256 of a non-secret value.
    void addWrittenValue(QString path, QString contentFormat, QByteArrayView value);
    // Records only path, format and size of a secret (S26).
    void addWrittenSecret(QString path, QString contentFormat, const SecretBytes& secret);
    void addTrustedCertificate(QString label, QByteArrayView certificateDer);
    void addTrustedPublicKey(QString label, QByteArrayView subjectPublicKeyInfoDer);
    void addVerdict(QString check, VerificationVerdict::Verdict verdict, Rule rule = Rule::None, QString detail = {});

    // Checks what a receipt must have: job id, endpoint, valid timestamps
    // (finished not before started), 32-byte fingerprints.
    Status validate() const;

    QJsonObject toJson() const;
    // Strict: every field present with the right type, no unknown fields,
    // then validate(). Error code receipt.malformed naming the field.
    static Result<CommissioningReceipt> fromJson(const QJsonObject& object);

    bool operator==(const CommissioningReceipt&) const = default;

    static QString toString(ReceiptStep::Status status);
    static QString toString(VerificationVerdict::Verdict verdict);
    static QString toString(Outcome outcome);
    static QString toString(TrustedFingerprint::Kind kind);
};

} // namespace lwc
