#pragma once

// A receipt as a finished PSK job would produce it, with a recognisable
// secret written to /0/1/5, for the receipt tests.
#include "receipt/CommissioningReceipt.h"

#include <QByteArray>

namespace lwc::test {

// The PSK the sample job "wrote": it must never show up in JSON or HTML.
inline QByteArray samplePsk()
{
    return QByteArrayLiteral("PSK-SECRET-7f3a9c1e");
}

inline CommissioningReceipt sampleReceipt()
{
    CommissioningReceipt r;
    r.jobId = QStringLiteral("job-2026-0001");
    r.endpoint = QStringLiteral("urn:dev:ops:32473-Meter-00042");
    r.deviceProfile = QStringLiteral("Acme smart meter v2");
    r.transport = QStringLiteral("coaps");
    r.securityMode = QStringLiteral("psk");
    r.technician = QStringLiteral("Jürgen Müller");
    r.toolVersion = QStringLiteral("LwM2M Commissioner 0.1.0");
    r.startedAt = QDateTime(QDate(2026, 3, 14), QTime(9, 26, 53, 589), Qt::UTC);
    r.finishedAt = r.startedAt.addMSecs(4210);
    r.addStep(QStringLiteral("Bootstrap request"), ReceiptStep::Status::Ok, 12);
    r.addStep(QStringLiteral("Delete /0 and /1"), ReceiptStep::Status::Ok, 88);
    r.addStep(QStringLiteral("Write /0/1"), ReceiptStep::Status::Ok, 140, QStringLiteral("TLV, 3 resources"));
    r.addStep(QStringLiteral("Bootstrap finish"), ReceiptStep::Status::Ok, 20);
    r.addWrittenValue(QStringLiteral("/0/1/0"), QStringLiteral("application/vnd.oma.lwm2m+tlv"),
                      "coaps://lwm2m.example.net:5684");
    r.addWrittenValue(QStringLiteral("/0/1/3"), QStringLiteral("application/vnd.oma.lwm2m+tlv"),
                      "urn:dev:ops:32473-Meter-00042");
    SecretBytes psk = SecretBytes::copyOf(samplePsk());
    r.addWrittenSecret(QStringLiteral("/0/1/5"), QStringLiteral("application/vnd.oma.lwm2m+tlv"), psk);
    r.addTrustedPublicKey(QStringLiteral("LwM2M server public key"), QByteArray(91, '\x04'));
    r.addTrustedCertificate(QStringLiteral("Bootstrap trust anchor"), QByteArray(400, '\x30'));
    r.addVerdict(QStringLiteral("Secret Key not readable"), VerificationVerdict::Verdict::Pass, Rule::S20);
    r.addVerdict(QStringLiteral("Server account matches Server object"), VerificationVerdict::Verdict::Pass, Rule::S24);
    r.addVerdict(QStringLiteral("Certificate validity"), VerificationVerdict::Verdict::Skipped, Rule::S19,
                 QStringLiteral("no trusted time on the device"));
    r.outcome = CommissioningReceipt::Outcome::Succeeded;
    return r;
}

} // namespace lwc::test
