#include "PlanBuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lwc::bootstrap {

namespace {

// Secrets go into the JSON text only after serialisation, by replacing a
// placeholder, so the only plaintext copy is one buffer that build() wipes
// (QJsonObject keeps copies nobody can wipe).
class SecretSlots {
public:
    explicit SecretSlots(bool withSecrets) : m_withSecrets(withSecrets) { }

    // {"hex": "<placeholder>"}
    QJsonObject slot(const SecretBytes& secret)
    {
        const QString token = QStringLiteral("@@lwc-secret-%1@@").arg(m_secrets.size());
        m_secrets << &secret;
        return QJsonObject {{QStringLiteral("hex"), token}};
    }

    QByteArray fill(QByteArray json) const
    {
        for (qsizetype i = 0; i < m_secrets.size(); ++i) {
            const QByteArray token = QStringLiteral("@@lwc-secret-%1@@").arg(i).toLatin1();
            if (m_withSecrets) {
                QByteArray hex = m_secrets.at(i)->view().toByteArray().toHex();
                json.replace(token, hex);
                wipeByteArray(hex);
            } else {
                json.replace(token, m_secrets.at(i)->describe().toLatin1());
            }
        }
        return json;
    }

private:
    bool m_withSecrets;
    QList<const SecretBytes*> m_secrets;
};

QString accountModeName(AccountSecurityMode mode)
{
    return accountSecurityModeName(mode == AccountSecurityMode::CertificateEst ? AccountSecurityMode::Certificate
                                                                               : mode);
}

QString keyEncodingName(KeyEncoding e)
{
    switch (e) {
    case KeyEncoding::Spki:
        return QStringLiteral("spki");
    case KeyEncoding::RawXY:
        return QStringLiteral("raw");
    case KeyEncoding::Uncompressed:
        return QStringLiteral("uncompressed");
    }
    return QStringLiteral("spki");
}

QString formatName(std::optional<quint16> format)
{
    if (!format)
        return QStringLiteral("auto");
    switch (*format) {
    case 11542:
        return QStringLiteral("tlv");
    case 110:
        return QStringLiteral("senml-json");
    case 112:
        return QStringLiteral("senml-cbor");
    case 11544:
        return QStringLiteral("lwm2m-cbor");
    default:
        return QStringLiteral("auto");
    }
}

QJsonObject publicMaterial(const QByteArray& bytes)
{
    if (bytes.contains("-----BEGIN "))
        return QJsonObject {{QStringLiteral("pem"), QString::fromLatin1(bytes)}};
    return QJsonObject {{QStringLiteral("base64"), QString::fromLatin1(bytes.toBase64())}};
}

} // namespace

QString PlanBuilder::channelModeName(coap::SecurityMode mode)
{
    return coap::securityModeName(mode);
}

QByteArray PlanBuilder::json(const PlanRequest& r, bool withSecrets)
{
    SecretSlots secrets(withSecrets);

    QJsonObject channel {{QStringLiteral("mode"), channelModeName(r.channelMode)}};
    switch (r.channelMode) {
    case coap::SecurityMode::Psk:
        channel.insert(QStringLiteral("pskIdentity"), r.channelIdentity);
        if (!r.channelPsk.isEmpty())
            channel.insert(QStringLiteral("psk"), secrets.slot(r.channelPsk));
        break;
    case coap::SecurityMode::Pin:
        channel.insert(QStringLiteral("pskIdentity"), r.channelIdentity);
        if (!r.pin.isEmpty()) {
            // The plan format takes the PIN as plain text; a placeholder keeps
            // it out of the JSON objects, and the text form survives fill().
            const QString token = QStringLiteral("@@lwc-pin@@");
            channel.insert(QStringLiteral("pin"), token);
        }
        channel.insert(QStringLiteral("pinExpiryMinutes"), r.pinExpiryMinutes);
        channel.insert(QStringLiteral("pinMaxFailures"), r.pinMaxFailures);
        break;
    case coap::SecurityMode::Certificate: {
        QJsonArray cas;
        for (const QByteArray& ca : r.channelCaCertificates)
            cas.append(publicMaterial(ca));
        channel.insert(QStringLiteral("caCertificates"), cas);
        break;
    }
    case coap::SecurityMode::NoSec:
        break;
    }

    QJsonObject security {{QStringLiteral("mode"), accountModeName(r.accountMode)}};
    switch (r.accountMode) {
    case AccountSecurityMode::Psk:
        security.insert(QStringLiteral("pskIdentity"), r.accountIdentity);
        if (r.accountPsk.isEmpty()) {
            security.insert(QStringLiteral("psk"), QStringLiteral("generate"));
            security.insert(QStringLiteral("pskBytes"), r.generatePskBytes);
        } else {
            security.insert(QStringLiteral("psk"), secrets.slot(r.accountPsk));
        }
        break;
    case AccountSecurityMode::Rpk:
        // Not offered by the wizard yet; kept complete for the format.
        security.insert(QStringLiteral("clientPrivateKey"),
                        r.accountPrivateKey.isEmpty() ? QJsonValue(QStringLiteral("generate"))
                                                      : QJsonValue(secrets.slot(r.accountPrivateKey)));
        if (!r.serverCertificate.isEmpty())
            security.insert(QStringLiteral("serverPublicKey"), publicMaterial(r.serverCertificate));
        security.insert(QStringLiteral("keyEncoding"), keyEncodingName(r.keyEncoding));
        break;
    case AccountSecurityMode::Certificate:
    case AccountSecurityMode::CertificateEst:
        if (r.accountCertificate.isEmpty() && r.accountPrivateKey.isEmpty()) {
            security.insert(QStringLiteral("clientCertificate"), QStringLiteral("generate"));
            security.insert(QStringLiteral("clientPrivateKey"), QStringLiteral("generate"));
        } else {
            if (!r.accountCertificate.isEmpty())
                security.insert(QStringLiteral("clientCertificate"), publicMaterial(r.accountCertificate));
            if (!r.accountPrivateKey.isEmpty())
                security.insert(QStringLiteral("clientPrivateKey"), secrets.slot(r.accountPrivateKey));
        }
        if (!r.serverCertificate.isEmpty())
            security.insert(QStringLiteral("serverCertificate"), publicMaterial(r.serverCertificate));
        if (r.certificateUsage)
            security.insert(QStringLiteral("certificateUsage"), *r.certificateUsage);
        if (r.matchingType)
            security.insert(QStringLiteral("matchingType"), *r.matchingType);
        security.insert(QStringLiteral("keyEncoding"), keyEncodingName(r.keyEncoding));
        break;
    case AccountSecurityMode::NoSec:
        break;
    }

    const QJsonObject server {{QStringLiteral("shortServerId"), r.shortServerId},
                              {QStringLiteral("uri"), r.serverUri},
                              {QStringLiteral("lifetime"), r.lifetime},
                              {QStringLiteral("binding"), r.binding},
                              {QStringLiteral("security"), security}};

    QJsonObject device {{QStringLiteral("endpoint"), r.endpoint},
                        {QStringLiteral("bootstrap"), channel},
                        {QStringLiteral("delete"), QJsonArray {QStringLiteral("/0"), QStringLiteral("/1")}},
                        {QStringLiteral("contentFormat"), formatName(r.contentFormat)},
                        {QStringLiteral("bootstrapRead"), r.bootstrapRead},
                        {QStringLiteral("verify"), r.verify},
                        {QStringLiteral("servers"), QJsonArray {server}}};
    if (!r.bootstrapUri.isEmpty()) {
        QJsonObject bsSecurity {{QStringLiteral("mode"), QStringLiteral("psk")},
                                {QStringLiteral("pskIdentity"), r.bootstrapIdentity}};
        if (r.bootstrapPsk.isEmpty()) {
            bsSecurity.insert(QStringLiteral("psk"), QStringLiteral("generate"));
            bsSecurity.insert(QStringLiteral("pskBytes"), 32);
        } else {
            bsSecurity.insert(QStringLiteral("psk"), secrets.slot(r.bootstrapPsk));
        }
        device.insert(QStringLiteral("bootstrapAccount"),
                      QJsonObject {{QStringLiteral("uri"), r.bootstrapUri},
                                   {QStringLiteral("clientHoldOffTime"), r.clientHoldOffTime},
                                   {QStringLiteral("security"), bsSecurity}});
    }

    QJsonObject plan {{QStringLiteral("version"), BootstrapPlan::kVersion},
                      {QStringLiteral("name"), r.name},
                      {QStringLiteral("devices"), QJsonArray {device}}};
    if (r.allowInsecure)
        plan.insert(QStringLiteral("allowNoSec"), true);

    QByteArray text = secrets.fill(QJsonDocument(plan).toJson(QJsonDocument::Indented));
    if (r.channelMode == coap::SecurityMode::Pin && !r.pin.isEmpty()) {
        if (withSecrets) {
            // Digits only (CredentialGenerator), so no JSON escaping is needed;
            // anything else is escaped through QJsonDocument's rules.
            QByteArray pin = r.pin.view().toByteArray();
            bool plain = true;
            for (char c : std::as_const(pin))
                plain &= c >= 0x20 && c != '"' && c != '\\';
            if (plain) {
                text.replace(QByteArrayLiteral("@@lwc-pin@@"), pin);
            } else {
                QByteArray escaped = QJsonDocument(QJsonArray {QString::fromUtf8(pin)}).toJson(QJsonDocument::Compact);
                // ["..."] -> ...
                QByteArray inner = escaped.mid(2, escaped.size() - 4);
                text.replace(QByteArrayLiteral("@@lwc-pin@@"), inner);
                wipeByteArray(inner);
                wipeByteArray(escaped);
            }
            wipeByteArray(pin);
        } else {
            text.replace(QByteArrayLiteral("@@lwc-pin@@"), r.pin.describe().toLatin1());
        }
    }
    return text;
}

QByteArray PlanBuilder::displayJson(const PlanRequest& request)
{
    return json(request, false);
}

Result<BootstrapPlan> PlanBuilder::build(const PlanRequest& request)
{
    QByteArray text = json(request, true);
    auto plan = BootstrapPlan::fromJson(text);
    wipeByteArray(text);
    return plan;
}

} // namespace lwc::bootstrap
