#include "BootstrapPlan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace lwc::bootstrap {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("lwc::bootstrap::BootstrapPlan", text);
}

// Out-of-range numbers become -1 or a large value that validation refuses.
int clampInt(qint64 v)
{
    return int(std::clamp<qint64>(v, -1, qint64(1) << 20));
}

Error planError(const QString& field, const QString& message)
{
    return makeError(QStringLiteral("plan.invalid"), message, field);
}

// Reads one JSON object with a pointer for messages; refuses unknown keys
// so a typo ("shortServerID") is an error, not a silently ignored field.
class Reader {
public:
    Reader(QJsonObject o, QString pointer, QStringList known)
        : m_o(std::move(o)), m_pointer(std::move(pointer)), m_known(std::move(known))
    {
    }

    QString at(const QString& key) const { return m_pointer + QLatin1Char('/') + key; }
    bool has(const QString& key) const { return m_o.contains(key); }
    QJsonValue raw(const QString& key) const { return m_o.value(key); }

    Status unknownKeys() const
    {
        for (auto it = m_o.begin(); it != m_o.end(); ++it) {
            if (!m_known.contains(it.key())) {
                QString hint;
                for (const QString& k : m_known)
                    if (k.compare(it.key(), Qt::CaseInsensitive) == 0)
                        hint = QStringLiteral(" (did you mean \"%1\"?)").arg(k);
                return planError(at(it.key()), tr("Unknown field \"%1\" in the plan%2.").arg(it.key(), hint));
            }
        }
        return {};
    }

    Result<QString> string(const QString& key, bool required, const QString& dflt = {}) const
    {
        if (!m_o.contains(key)) {
            if (required)
                return planError(at(key), tr("The plan lacks the required field \"%1\".").arg(key));
            return dflt;
        }
        const QJsonValue v = m_o.value(key);
        if (!v.isString())
            return planError(at(key), tr("\"%1\" must be a text value.").arg(key));
        return v.toString();
    }

    Result<qint64> integer(const QString& key, qint64 dflt, bool* present = nullptr) const
    {
        if (present)
            *present = m_o.contains(key);
        if (!m_o.contains(key))
            return dflt;
        const QJsonValue v = m_o.value(key);
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || std::floor(d) != d || std::abs(d) > 9.0e15)
            return planError(at(key), tr("\"%1\" must be a whole number.").arg(key));
        return qint64(d);
    }

    Result<bool> boolean(const QString& key, bool dflt) const
    {
        if (!m_o.contains(key))
            return dflt;
        const QJsonValue v = m_o.value(key);
        if (!v.isBool())
            return planError(at(key), tr("\"%1\" must be true or false.").arg(key));
        return v.toBool();
    }

private:
    QJsonObject m_o;
    QString m_pointer;
    QStringList m_known;
};

Result<Reader> objectAt(const QJsonValue& v, const QString& pointer, QStringList known)
{
    if (!v.isObject())
        return planError(pointer, tr("This part of the plan must be a JSON object."));
    Reader r(v.toObject(), pointer, std::move(known));
    LWC_CHECK(r.unknownKeys());
    return r;
}

// "generate" | {"hex"} | {"base64"} | {"pem"} | {"file"} | {"text"}
Result<KeyMaterial> keyMaterial(const QJsonValue& v, const QString& pointer, bool secret, const QString& baseDir)
{
    KeyMaterial m;
    if (v.isUndefined() || v.isNull())
        return m;
    if (v.isString()) {
        if (v.toString() == QLatin1String("generate")) {
            m.generate = true;
            return m;
        }
        return planError(pointer,
                         tr("Key material must be \"generate\" or an object with hex, base64, pem, text or file."));
    }
    LWC_TRY(Reader r,
            objectAt(v, pointer,
                     {QStringLiteral("hex"), QStringLiteral("base64"), QStringLiteral("pem"), QStringLiteral("file"),
                      QStringLiteral("text")}));
    QByteArray bytes;
    int forms = 0;
    if (r.has(QStringLiteral("hex"))) {
        ++forms;
        LWC_TRY(QString hex, r.string(QStringLiteral("hex"), true));
        hex.remove(QLatin1Char(' ')).remove(QLatin1Char(':'));
        static const QRegularExpression hexRe(QStringLiteral("^([0-9a-fA-F]{2})*$"));
        if (!hexRe.match(hex).hasMatch())
            return planError(r.at(QStringLiteral("hex")), tr("Not valid hexadecimal (an even number of 0-9, a-f)."));
        bytes = QByteArray::fromHex(hex.toLatin1());
        wipeString(hex);
    }
    if (r.has(QStringLiteral("base64"))) {
        ++forms;
        LWC_TRY(QString b64, r.string(QStringLiteral("base64"), true));
        auto decoded = QByteArray::fromBase64Encoding(b64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            decoded = QByteArray::fromBase64Encoding(
                b64.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return planError(r.at(QStringLiteral("base64")), tr("Not valid base64."));
        bytes = *decoded;
        wipeString(b64);
    }
    if (r.has(QStringLiteral("pem"))) {
        ++forms;
        LWC_TRY(QString pem, r.string(QStringLiteral("pem"), true));
        if (!pem.contains(QLatin1String("-----BEGIN ")))
            return planError(r.at(QStringLiteral("pem")), tr("Not a PEM block (-----BEGIN ...-----)."));
        bytes = pem.toUtf8();
        wipeString(pem);
    }
    if (r.has(QStringLiteral("text"))) {
        ++forms;
        LWC_TRY(QString text, r.string(QStringLiteral("text"), true));
        bytes = text.toUtf8();
        wipeString(text);
    }
    if (r.has(QStringLiteral("file"))) {
        ++forms;
        LWC_TRY(const QString file, r.string(QStringLiteral("file"), true));
        const QString path = QDir::isAbsolutePath(file) || baseDir.isEmpty() ? file : QDir(baseDir).filePath(file);
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return planError(r.at(QStringLiteral("file")),
                             tr("Cannot read key file %1: %2").arg(path, f.errorString()));
        bytes = f.readAll();
    }
    if (forms != 1)
        return planError(pointer, tr("Give key material in exactly one form (hex, base64, pem, text or file)."));
    if (bytes.isEmpty())
        return planError(pointer, tr("The key material is empty."));
    if (secret)
        m.secret = SecretBytes::takeFrom(bytes);
    else
        m.publicData = bytes;
    return m;
}

Result<AccountCredentials> credentials(const QJsonValue& v, const QString& pointer, const QString& baseDir)
{
    LWC_TRY(Reader r,
            objectAt(v, pointer,
                     {QStringLiteral("mode"), QStringLiteral("pskIdentity"), QStringLiteral("psk"),
                      QStringLiteral("pskBytes"), QStringLiteral("clientPrivateKey"), QStringLiteral("serverPublicKey"),
                      QStringLiteral("keyEncoding"), QStringLiteral("clientCertificate"),
                      QStringLiteral("serverCertificate"), QStringLiteral("certificateUsage"),
                      QStringLiteral("matchingType"), QStringLiteral("sni")}));
    AccountCredentials c;
    LWC_TRY(const QString mode, r.string(QStringLiteral("mode"), true));
    if (mode == QLatin1String("psk"))
        c.mode = AccountSecurityMode::Psk;
    else if (mode == QLatin1String("rpk"))
        c.mode = AccountSecurityMode::Rpk;
    else if (mode == QLatin1String("x509"))
        c.mode = AccountSecurityMode::Certificate;
    else if (mode == QLatin1String("nosec"))
        c.mode = AccountSecurityMode::NoSec;
    else
        return planError(r.at(QStringLiteral("mode")),
                         tr("Unknown security mode \"%1\" (psk, rpk, x509 or nosec).").arg(mode));
    LWC_TRY(const QString identity, r.string(QStringLiteral("pskIdentity"), false));
    c.pskIdentity = identity.toUtf8();
    LWC_TRY(c.psk, keyMaterial(r.raw(QStringLiteral("psk")), r.at(QStringLiteral("psk")), true, baseDir));
    LWC_TRY(const qint64 bytes, r.integer(QStringLiteral("pskBytes"), 16));
    if (bytes != 16 && bytes != 32)
        return planError(r.at(QStringLiteral("pskBytes")), tr("A generated PSK has 16 or 32 bytes."));
    c.generateBytes = int(bytes);
    LWC_TRY(c.clientPrivateKey,
            keyMaterial(r.raw(QStringLiteral("clientPrivateKey")), r.at(QStringLiteral("clientPrivateKey")), true,
                        baseDir));
    LWC_TRY(
        c.serverPublicKey,
        keyMaterial(r.raw(QStringLiteral("serverPublicKey")), r.at(QStringLiteral("serverPublicKey")), false, baseDir));
    LWC_TRY(c.clientCertificate,
            keyMaterial(r.raw(QStringLiteral("clientCertificate")), r.at(QStringLiteral("clientCertificate")), false,
                        baseDir));
    LWC_TRY(c.serverCertificate,
            keyMaterial(r.raw(QStringLiteral("serverCertificate")), r.at(QStringLiteral("serverCertificate")), false,
                        baseDir));
    LWC_TRY(const QString enc, r.string(QStringLiteral("keyEncoding"), false, QStringLiteral("spki")));
    if (enc == QLatin1String("spki"))
        c.keyEncoding = KeyEncoding::Spki;
    else if (enc == QLatin1String("raw"))
        c.keyEncoding = KeyEncoding::RawXY;
    else if (enc == QLatin1String("uncompressed"))
        c.keyEncoding = KeyEncoding::Uncompressed;
    else
        return planError(r.at(QStringLiteral("keyEncoding")), tr("keyEncoding is spki, raw or uncompressed."));
    bool present = false;
    LWC_TRY(const qint64 usage, r.integer(QStringLiteral("certificateUsage"), 0, &present));
    if (present)
        c.certificateUsage = int(usage);
    LWC_TRY(const qint64 matching, r.integer(QStringLiteral("matchingType"), 0, &present));
    if (present)
        c.matchingType = int(matching);
    LWC_TRY(c.sni, r.string(QStringLiteral("sni"), false));
    return c;
}

} // namespace

std::optional<quint16> contentFormatFromName(const QString& name, bool* ok)
{
    *ok = true;
    if (name == QLatin1String("auto"))
        return std::nullopt;
    if (name == QLatin1String("tlv"))
        return 11542;
    if (name == QLatin1String("senml-json"))
        return 110;
    if (name == QLatin1String("senml-cbor"))
        return 112;
    if (name == QLatin1String("lwm2m-cbor"))
        return 11544;
    *ok = false;
    return std::nullopt;
}

QString accountSecurityModeName(AccountSecurityMode mode)
{
    switch (mode) {
    case AccountSecurityMode::Psk:
        return QStringLiteral("psk");
    case AccountSecurityMode::Rpk:
        return QStringLiteral("rpk");
    case AccountSecurityMode::Certificate:
        return QStringLiteral("x509");
    case AccountSecurityMode::NoSec:
        return QStringLiteral("nosec");
    case AccountSecurityMode::CertificateEst:
        return QStringLiteral("x509-est");
    }
    return {};
}

QString Verdict::toString() const
{
    const char* sev = severity == Severity::Error ? "error" : severity == Severity::Warning ? "warning" : "info";
    QString s = QLatin1String(sev) + QLatin1String(": ");
    if (rule != Rule::None)
        s += QLatin1Char('[') + ruleId(rule) + QLatin1String("] ");
    return s + field + QLatin1String(": ") + message;
}

Result<BootstrapPlan> BootstrapPlan::load(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("plan.unreadable"),
                         tr("Cannot read the plan file %1: %2").arg(path, f.errorString()));
    QByteArray json = f.readAll();
    auto plan = fromJson(json, QFileInfo(path).absolutePath());
    wipeByteArray(json);
    if (!plan.ok())
        return std::move(plan).error().withContext(path);
    return plan;
}

Result<BootstrapPlan> BootstrapPlan::fromJson(const QByteArray& json, const QString& baseDir)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return makeError(QStringLiteral("plan.json"),
                         tr("The plan is not valid JSON: %1 at byte %2.").arg(pe.errorString()).arg(pe.offset));
    if (!doc.isObject())
        return planError(QStringLiteral("/"), tr("The plan must be a JSON object."));
    LWC_TRY(Reader top,
            objectAt(doc.object(), QString(),
                     {QStringLiteral("$schema"), QStringLiteral("version"), QStringLiteral("name"),
                      QStringLiteral("allowNoSec"), QStringLiteral("devices")}));
    LWC_TRY(const qint64 version, top.integer(QStringLiteral("version"), -1));
    if (version != kVersion)
        return planError(QStringLiteral("/version"),
                         tr("Unsupported plan version %1 (this tool reads version %2).").arg(version).arg(kVersion));
    BootstrapPlan plan;
    LWC_TRY(plan.name, top.string(QStringLiteral("name"), false));
    LWC_TRY(plan.allowNoSec, top.boolean(QStringLiteral("allowNoSec"), false));
    const QJsonValue devices = top.raw(QStringLiteral("devices"));
    if (!devices.isArray() || devices.toArray().isEmpty())
        return planError(QStringLiteral("/devices"), tr("The plan needs a non-empty \"devices\" list."));

    const QJsonArray list = devices.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString dp = QStringLiteral("/devices/%1").arg(i);
        LWC_TRY(Reader r,
                objectAt(list.at(i), dp,
                         {QStringLiteral("endpoint"), QStringLiteral("endpointPattern"), QStringLiteral("bootstrap"),
                          QStringLiteral("delete"), QStringLiteral("contentFormat"),
                          QStringLiteral("bootstrapDiscover"), QStringLiteral("bootstrapRead"),
                          QStringLiteral("verify"), QStringLiteral("servers"), QStringLiteral("bootstrapAccount")}));
        DevicePlan d;
        d.pointer = dp;
        LWC_TRY(d.endpoint, r.string(QStringLiteral("endpoint"), false));
        LWC_TRY(d.endpointPattern, r.string(QStringLiteral("endpointPattern"), false));
        if (d.endpoint.isEmpty() == d.endpointPattern.isEmpty())
            return planError(dp, tr("Give exactly one of \"endpoint\" or \"endpointPattern\"."));

        // Channel authentication.
        LWC_TRY(Reader b,
                objectAt(r.raw(QStringLiteral("bootstrap")), r.at(QStringLiteral("bootstrap")),
                         {QStringLiteral("mode"), QStringLiteral("pskIdentity"), QStringLiteral("psk"),
                          QStringLiteral("pin"), QStringLiteral("pinExpiryMinutes"), QStringLiteral("pinMaxFailures"),
                          QStringLiteral("caCertificates")}));
        LWC_TRY(const QString mode, b.string(QStringLiteral("mode"), true));
        if (!coap::parseSecurityMode(mode, &d.channel.mode))
            return planError(b.at(QStringLiteral("mode")),
                             tr("Unknown bootstrap mode \"%1\" (psk, pin, x509 or nosec).").arg(mode));
        LWC_TRY(const QString identity, b.string(QStringLiteral("pskIdentity"), false));
        d.channel.pskIdentity = identity.toUtf8();
        LWC_TRY(KeyMaterial psk, keyMaterial(b.raw(QStringLiteral("psk")), b.at(QStringLiteral("psk")), true, baseDir));
        if (psk.generate)
            return planError(
                b.at(QStringLiteral("psk")),
                tr("The device's bootstrap PSK is what the device already holds; it cannot be generated here."));
        d.channel.psk = std::move(psk.secret);
        if (b.has(QStringLiteral("pin"))) {
            LWC_TRY(QString pin, b.string(QStringLiteral("pin"), true));
            d.channel.pin = SecretBytes::takeUtf8(pin); // the PSK on the wire is the PIN's UTF-8 bytes
        }
        LWC_TRY(const qint64 expiry, b.integer(QStringLiteral("pinExpiryMinutes"), 10));
        LWC_TRY(const qint64 failures, b.integer(QStringLiteral("pinMaxFailures"), 3));
        d.channel.pinExpiryMinutes = int(clampInt(expiry));
        d.channel.pinMaxFailures = int(clampInt(failures));
        const QJsonValue cas = b.raw(QStringLiteral("caCertificates"));
        if (!cas.isUndefined()) {
            if (!cas.isArray())
                return planError(b.at(QStringLiteral("caCertificates")), tr("\"caCertificates\" must be a list."));
            const QJsonArray caList = cas.toArray();
            for (qsizetype k = 0; k < caList.size(); ++k) {
                LWC_TRY(KeyMaterial ca,
                        keyMaterial(caList.at(k), b.at(QStringLiteral("caCertificates/%1").arg(k)), false, baseDir));
                d.channel.caCertificates << ca.publicData;
            }
        }

        if (r.has(QStringLiteral("delete"))) {
            const QJsonValue del = r.raw(QStringLiteral("delete"));
            if (!del.isArray())
                return planError(r.at(QStringLiteral("delete")), tr("\"delete\" must be a list of paths."));
            d.deletePaths.clear();
            for (const QJsonValue& p : del.toArray()) {
                if (!p.isString())
                    return planError(r.at(QStringLiteral("delete")), tr("\"delete\" must be a list of paths."));
                d.deletePaths << p.toString();
            }
        }
        if (r.has(QStringLiteral("contentFormat"))) {
            const QJsonValue cf = r.raw(QStringLiteral("contentFormat"));
            bool ok = false;
            if (cf.isString())
                d.contentFormat = contentFormatFromName(cf.toString(), &ok);
            else if (cf.isDouble()) {
                d.contentFormat = quint16(cf.toInt());
                ok = QList<int> {11542, 110, 112, 11544}.contains(cf.toInt());
            }
            if (!ok)
                return planError(r.at(QStringLiteral("contentFormat")),
                                 tr("contentFormat is auto, tlv, senml-json, senml-cbor or lwm2m-cbor."));
        }
        LWC_TRY(d.bootstrapDiscover, r.boolean(QStringLiteral("bootstrapDiscover"), true));
        LWC_TRY(d.bootstrapRead, r.boolean(QStringLiteral("bootstrapRead"), false));
        LWC_TRY(d.verify, r.boolean(QStringLiteral("verify"), true));

        const QJsonValue servers = r.raw(QStringLiteral("servers"));
        if (!servers.isUndefined() && !servers.isArray())
            return planError(r.at(QStringLiteral("servers")), tr("\"servers\" must be a list."));
        const QJsonArray sl = servers.toArray();
        for (qsizetype k = 0; k < sl.size(); ++k) {
            const QString sp = dp + QStringLiteral("/servers/%1").arg(k);
            LWC_TRY(
                Reader s,
                objectAt(sl.at(k), sp,
                         {QStringLiteral("shortServerId"), QStringLiteral("uri"), QStringLiteral("securityInstance"),
                          QStringLiteral("serverInstance"), QStringLiteral("lifetime"), QStringLiteral("binding"),
                          QStringLiteral("notificationStoring"), QStringLiteral("defaultMinPeriod"),
                          QStringLiteral("defaultMaxPeriod"), QStringLiteral("security")}));
            ServerAccount a;
            a.pointer = sp;
            LWC_TRY(const qint64 ssid, s.integer(QStringLiteral("shortServerId"), -1));
            a.shortServerId = int(clampInt(ssid));
            LWC_TRY(a.uri, s.string(QStringLiteral("uri"), true));
            bool present = false;
            LWC_TRY(const qint64 secInst, s.integer(QStringLiteral("securityInstance"), 0, &present));
            if (present)
                a.securityInstance = int(clampInt(secInst));
            LWC_TRY(const qint64 srvInst, s.integer(QStringLiteral("serverInstance"), 0, &present));
            if (present)
                a.serverInstance = int(clampInt(srvInst));
            LWC_TRY(a.lifetime, s.integer(QStringLiteral("lifetime"), 86400));
            LWC_TRY(a.binding, s.string(QStringLiteral("binding"), false, QStringLiteral("U")));
            LWC_TRY(a.notificationStoring, s.boolean(QStringLiteral("notificationStoring"), true));
            LWC_TRY(const qint64 pmin, s.integer(QStringLiteral("defaultMinPeriod"), 0, &present));
            if (present)
                a.defaultMinPeriod = pmin;
            LWC_TRY(const qint64 pmax, s.integer(QStringLiteral("defaultMaxPeriod"), 0, &present));
            if (present)
                a.defaultMaxPeriod = pmax;
            LWC_TRY(a.credentials,
                    credentials(s.raw(QStringLiteral("security")), s.at(QStringLiteral("security")), baseDir));
            d.servers.push_back(std::move(a));
        }

        if (r.has(QStringLiteral("bootstrapAccount"))) {
            const QString bp = r.at(QStringLiteral("bootstrapAccount"));
            LWC_TRY(Reader s,
                    objectAt(r.raw(QStringLiteral("bootstrapAccount")), bp,
                             {QStringLiteral("uri"), QStringLiteral("securityInstance"),
                              QStringLiteral("clientHoldOffTime"), QStringLiteral("accountTimeout"),
                              QStringLiteral("security")}));
            BootstrapAccount a;
            a.pointer = bp;
            LWC_TRY(a.uri, s.string(QStringLiteral("uri"), true));
            bool present = false;
            LWC_TRY(const qint64 secInst, s.integer(QStringLiteral("securityInstance"), 0, &present));
            if (present)
                a.securityInstance = int(clampInt(secInst));
            LWC_TRY(a.clientHoldOffTime, s.integer(QStringLiteral("clientHoldOffTime"), 0));
            LWC_TRY(a.accountTimeout, s.integer(QStringLiteral("accountTimeout"), 0));
            LWC_TRY(a.credentials,
                    credentials(s.raw(QStringLiteral("security")), s.at(QStringLiteral("security")), baseDir));
            d.bootstrapAccount = std::move(a);
        }
        plan.devices.push_back(std::move(d));
    }
    return plan;
}

const DevicePlan* BootstrapPlan::match(const QString& endpoint) const
{
    for (const DevicePlan& d : devices)
        if (!d.endpoint.isEmpty() && d.endpoint == endpoint)
            return &d;
    for (const DevicePlan& d : devices) {
        if (d.endpointPattern.isEmpty())
            continue;
        // Glob: '*' any run (also across '/' and ':'), '?' one character.
        QString rx = QRegularExpression::escape(d.endpointPattern);
        rx.replace(QLatin1String("\\*"), QLatin1String(".*")).replace(QLatin1String("\\?"), QLatin1String("."));
        const QRegularExpression re(QRegularExpression::anchoredPattern(rx));
        if (re.match(endpoint).hasMatch())
            return &d;
    }
    return nullptr;
}

} // namespace lwc::bootstrap
