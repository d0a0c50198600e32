#pragma once

#include "CertificateInfo.h"

#include "common/Rule.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace lwc::security {

enum class PeerRole { Server, Client };

enum class VerdictStatus {
    Pass, // the rule was checked and holds
    Fail, // the rule was checked and is violated: not trusted
    Warning, // noteworthy but not a reason to refuse (e.g. a name mismatch under pinned trust)
    Skipped, // not checked, and the report says why (e.g. S19 without trusted time)
    NotApplicable, // the rule does not apply to this request
};

QString verdictStatusName(VerdictStatus status); // "pass", "fail", "warning", "skipped", "n/a"
QString verdictStatusText(VerdictStatus status); // translated, for the dialog ("Passed", ...)

// One verdict per rule.
struct RuleVerdict {
    Rule rule = Rule::None;
    QString check; // stable short name: "chain", "direct-trust", "name", "validity", ...
    VerdictStatus status = VerdictStatus::NotApplicable;
    QString explanation; // one translated line
    QString details; // for logs and --json: OpenSSL reasons, per-certificate notes
};

// A certificate of the path that was checked, leaf first.
struct ChainElement {
    CertificateInfo info;
    bool presented = true; // sent by the peer (false: came from the trust store)
    bool trustAnchor = false; // the configured anchor (or pinned certificate) the path ends at
    VerdictStatus status = VerdictStatus::Pass;
    QStringList problems; // "[S19] expired on 2024-04-01 00:00 UTC", ...
};

enum class TrustMode { Indirect, Direct };

struct VerificationReport {
    PeerRole role = PeerRole::Server;
    TrustMode mode = TrustMode::Indirect;
    int certificateUsage = -1; // 0..3 when a pinned certificate (res 15) was given
    int matchingType = -1; // 0..3 (res 13)
    bool trusted = false; // no rule failed
    QString host; // normalised host checked (server role)
    QString endpoint; // expected endpoint (client role)
    QDateTime time; // the instant validity was checked against; invalid without trusted time
    bool trustedTime = true;
    QList<RuleVerdict> verdicts; // in rule order
    QList<ChainElement> chain; // leaf first
    QStringList skippedChecks; // what was not checked, and why (translated)

    const RuleVerdict* verdict(Rule rule) const;
    VerdictStatus status(Rule rule) const; // NotApplicable if absent
    QList<Rule> failedRules() const;
    // "Trusted", "Not trusted: S13, S19 failed", ... (translated)
    QString summary() const;
    QJsonObject toJson() const;
};

} // namespace lwc::security
