#pragma once

#include "coap/SuitePolicy.h"
#include "common/Result.h"
#include "common/SecretBytes.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace lwc::bootstrap {

// Security Mode resource /0/x/2 values (LwM2M 1.1/1.2).
enum class AccountSecurityMode : int { Psk = 0, Rpk = 1, Certificate = 2, NoSec = 3, CertificateEst = 4 };
QString accountSecurityModeName(AccountSecurityMode mode);

// The plan's content format names: "auto" (nullopt: the device's
// preference), "tlv", "senml-json", "senml-cbor", "lwm2m-cbor". *ok is
// false for anything else.
std::optional<quint16> contentFormatFromName(const QString& name, bool* ok);

// Key bytes given in the plan ("hex", "base64", "pem", "file") or to be
// generated when the plan is resolved for one device ("generate").
struct KeyMaterial {
    bool generate = false;
    SecretBytes secret; // private/secret material as given (PSK bytes, private key PEM/DER)
    QByteArray publicData; // public material as given (certificate / public key, PEM or DER)
    bool isSet() const { return generate || !secret.isEmpty() || !publicData.isEmpty(); }
};

// How a P-256 public/private key is encoded into /0/x/3, /0/x/4, /0/x/5 (S22).
enum class KeyEncoding { Spki, RawXY, Uncompressed };

struct AccountCredentials {
    AccountSecurityMode mode = AccountSecurityMode::Psk;
    // PSK (S8, S21): identity (res 3, UTF-8) and key (res 5).
    QByteArray pskIdentity;
    KeyMaterial psk;
    int generateBytes = 16;
    // RPK (S22): client key pair (res 3/5), server public key (res 4).
    KeyMaterial clientPrivateKey;
    KeyMaterial serverPublicKey;
    KeyEncoding keyEncoding = KeyEncoding::Spki;
    // X.509 (S23): client certificate + key (res 3/5), server certificate or trust anchor (res 4).
    KeyMaterial clientCertificate;
    KeyMaterial serverCertificate;
    std::optional<int> certificateUsage; // res 15, 0..3
    std::optional<int> matchingType; // res 13, 0..3
    QString sni; // res 14
};

// One LwM2M server account: a Security (/0) and a Server (/1) instance.
struct ServerAccount {
    QString pointer; // JSON pointer of this entry, for messages
    int shortServerId = 0;
    QString uri;
    std::optional<int> securityInstance;
    std::optional<int> serverInstance;
    qint64 lifetime = 86400;
    QString binding = QStringLiteral("U");
    bool notificationStoring = true;
    std::optional<qint64> defaultMinPeriod;
    std::optional<qint64> defaultMaxPeriod;
    AccountCredentials credentials;
};

// The Bootstrap-Server account (/0/x with res 1 = true), if the plan rewrites it.
struct BootstrapAccount {
    QString pointer;
    QString uri;
    std::optional<int> securityInstance;
    qint64 clientHoldOffTime = 0; // res 11 (S24)
    qint64 accountTimeout = 0; // res 12
    AccountCredentials credentials;
};

// How the device authenticates to this tool's bootstrap listener.
struct ChannelAuth {
    coap::SecurityMode mode = coap::SecurityMode::Psk;
    QByteArray pskIdentity;
    SecretBytes psk; // Psk mode
    SecretBytes pin; // Pin mode: PSK on the wire = the PIN's UTF-8 bytes
    int pinExpiryMinutes = 10;
    int pinMaxFailures = 3;
    QList<QByteArray> caCertificates; // Certificate mode: trust anchors for client certificates (PEM or DER)
};

struct DevicePlan {
    QString pointer;
    QString endpoint; // exact endpoint name, or
    QString endpointPattern; // glob ('*', '?') matched against ep=
    ChannelAuth channel;
    QStringList deletePaths = {QStringLiteral("/0"), QStringLiteral("/1")};
    std::optional<quint16> contentFormat; // nullopt: the device's pct, else TLV
    bool bootstrapDiscover = true;
    bool bootstrapRead = false; // Bootstrap-Read of /1 (LwM2M 1.1+)
    bool verify = true; // Discover after writing and compare with the plan
    std::vector<ServerAccount> servers;
    std::optional<BootstrapAccount> bootstrapAccount;

    QString displayName() const { return endpoint.isEmpty() ? endpointPattern : endpoint; }
};

struct Verdict {
    enum class Severity { Error, Warning, Info };
    Severity severity = Severity::Error;
    QString field; // JSON pointer ("/devices/0/servers/1/shortServerId")
    QString code; // stable ("plan.ssidRange")
    QString message;
    Rule rule = Rule::None;

    QString toString() const;
};

// A bootstrap plan: per endpoint (or pattern), how the device authenticates
// to the bootstrap listener and which server accounts to write. Format and
// schema: docs/bootstrap-plan.md, docs/bootstrap-plan.schema.json.
class BootstrapPlan {
public:
    static constexpr int kVersion = 1;

    // Parses JSON; `baseDir` resolves relative "file" references. Secrets in
    // `json` are copied into SecretBytes; the caller wipes its buffer.
    static Result<BootstrapPlan> fromJson(const QByteArray& json, const QString& baseDir = {});
    static Result<BootstrapPlan> load(const QString& path);

    QString name;
    bool allowNoSec = false; // S1: explicit per-plan override for NoSec
    std::vector<DevicePlan> devices;

    // First exact match, else first pattern match; nullptr if none.
    const DevicePlan* match(const QString& endpoint) const;

    // Every rule the plan breaks or bends, errors first. A plan with an
    // error verdict is never used to write anything.
    QList<Verdict> validate() const;
    // The first error of validate(), as an Error (rule id kept).
    Status check() const;
};

} // namespace lwc::bootstrap
