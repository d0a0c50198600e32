#pragma once

#include "bootstrap/BootstrapPlan.h"
#include "coap/SuitePolicy.h"
#include "common/Result.h"
#include "common/SecretBytes.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace lwc::bootstrap {

// One device's commissioning as the wizard collects it. PlanBuilder turns it
// into plan JSON in the documented format (docs/bootstrap-plan.md) and
// parses that with BootstrapPlan::fromJson, so the GUI and the CLI run the
// same plans through the same checks. Move-only (it holds secrets).
struct PlanRequest {
    QString name; // shown in reports
    QString endpoint;
    // S1: the explicit per-job override that permits NoSec channels/accounts.
    bool allowInsecure = false;

    // How the device authenticates to this computer's bootstrap listener.
    coap::SecurityMode channelMode = coap::SecurityMode::Psk;
    QString channelIdentity; // PSK and PIN modes (S8)
    SecretBytes channelPsk; // PSK mode: the bootstrap key the device already holds (S3)
    SecretBytes pin; // PIN mode (S4): UTF-8 digits
    int pinExpiryMinutes = 10;
    int pinMaxFailures = 3;
    QList<QByteArray> channelCaCertificates; // X.509 mode: CAs the device certificate chains to (PEM or DER)

    // The LwM2M server account written to the device (/0/x and /1/y).
    int shortServerId = 101;
    QString serverUri;
    qint64 lifetime = 86400;
    QString binding = QStringLiteral("U");
    AccountSecurityMode accountMode = AccountSecurityMode::Psk;
    QString accountIdentity; // PSK: res 3
    SecretBytes accountPsk; // PSK: res 5; empty means "generate" (the key is then not kept)
    int generatePskBytes = 16;
    QByteArray accountCertificate; // X.509: client certificate DER (res 3)
    SecretBytes accountPrivateKey; // X.509: client private key, PKCS#8 DER (res 5)
    QByteArray serverCertificate; // X.509: server certificate or trust anchor, DER or PEM (res 4)
    std::optional<int> certificateUsage; // res 15
    std::optional<int> matchingType; // res 13
    KeyEncoding keyEncoding = KeyEncoding::Spki; // device key profile (S22)

    // The device's next bootstrap: rewrites the Bootstrap-Server account.
    // PIN jobs need it so the single-use PIN never stays the device's
    // credential (S4).
    QString bootstrapUri; // empty: leave the device's bootstrap account alone
    QString bootstrapIdentity;
    SecretBytes bootstrapPsk; // empty: "generate"
    qint64 clientHoldOffTime = 10;

    bool bootstrapRead = true;
    bool verify = true;
    std::optional<quint16> contentFormat; // nullopt: the device's preference, else TLV
};

class PlanBuilder {
public:
    // The plan JSON with every secret shown as "<secret:N bytes>": for the
    // Review page and logs, never for parsing.
    static QByteArray displayJson(const PlanRequest& request);

    // Builds the JSON with the secrets in it, parses it with
    // BootstrapPlan::fromJson and wipes the JSON buffer. Parsing errors name
    // the field; validation (BootstrapPlan::validate) is the caller's next step.
    static Result<BootstrapPlan> build(const PlanRequest& request);

    // "psk", "pin", "x509", "nosec" as the plan format names channel modes.
    static QString channelModeName(coap::SecurityMode mode);

private:
    static QByteArray json(const PlanRequest& request, bool withSecrets);
};

} // namespace lwc::bootstrap
