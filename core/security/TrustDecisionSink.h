#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace lwc::security {

// What the technician decided about a server certificate, named as the
// LwM2M resources do.
enum class TrustChoice {
    PinCertificate, // Certificate Usage 3, Matching Type 0: res 4 = the certificate
    PinSha256, // Certificate Usage 3, Matching Type 1: res 4 = SHA-256 of the certificate
    TrustCa, // Certificate Usage 2 (or 0) + SNI: res 4 = the CA certificate, res 14 = expected name
    Reject,
};

QString trustChoiceName(TrustChoice choice); // "pin-certificate", "pin-sha256", "trust-ca", "reject"

struct TrustDecision {
    QString who; // operator name
    QDateTime when; // UTC, from the Clock
    TrustChoice choice = TrustChoice::Reject;
    QString fingerprintSha256; // of the presented (leaf) certificate, colon-grouped
    QString subject; // of the leaf
    QString host; // host of the Server URI, if known
    int certificateUsage = -1; // res 15 to write (-1 for Reject)
    int matchingType = -1; // res 13
    QByteArray resource4; // res 4 to write: certificate DER or hash
    QString serverNameIndication; // res 14 (TrustCa)
    QString caFingerprintSha256; // TrustCa: the CA that is trusted
    QStringList failedRules; // rule ids that failed when the decision was made
    QString summary; // the verdict summary shown at that time
};

// Where decisions are recorded (audit log, inventory). Core never asks the
// user; the dialog makes the decision and hands it to this sink.
class TrustDecisionSink {
public:
    virtual ~TrustDecisionSink() = default;
    virtual Status record(const TrustDecision& decision) = 0;
};

} // namespace lwc::security
