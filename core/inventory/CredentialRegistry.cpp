#include "CredentialRegistry.h"

#include "SqlAuditLog.h"

#include "security/CredentialCodec.h"
#include "security/OpenSslUtil.h"

#include "common/Log.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

#include <openssl/err.h>
#include <openssl/evp.h>

namespace lwc::inventory {

namespace {

constexpr auto kSaltName = "credential_psk_salt";

QString kindText(CredentialKind kind)
{
    switch (kind) {
    case CredentialKind::PskIdentity:
        return QCoreApplication::translate("lwc::inventory::CredentialRegistry", "PSK identity");
    case CredentialKind::Psk:
        return QCoreApplication::translate("lwc::inventory::CredentialRegistry", "PSK");
    case CredentialKind::PublicKey:
        return QCoreApplication::translate("lwc::inventory::CredentialRegistry", "public key");
    case CredentialKind::Certificate:
        return QCoreApplication::translate("lwc::inventory::CredentialRegistry", "certificate");
    case CredentialKind::ServerKey:
        return QCoreApplication::translate("lwc::inventory::CredentialRegistry", "server key");
    }
    return {};
}

std::optional<CredentialKind> kindFromName(const QString& name)
{
    for (CredentialKind k : {CredentialKind::PskIdentity, CredentialKind::Psk, CredentialKind::PublicKey,
                             CredentialKind::Certificate, CredentialKind::ServerKey})
        if (credentialKindName(k) == name)
            return k;
    return std::nullopt;
}

Error duplicateError(CredentialKind kind, const QString& holder, const QString& fingerprint)
{
    // S5: each client has unique credentials; a key pair (or PSK, identity,
    // certificate) already issued to or seen on another endpoint is refused.
    return makeError(QStringLiteral("inventory.credential.duplicate"),
                     QCoreApplication::translate(
                         "lwc::inventory::CredentialRegistry",
                         "This %1 already belongs to endpoint \"%2\"; every device needs its own credentials. "
                         "Generate new ones.")
                         .arg(kindText(kind), holder),
                     QStringLiteral("%1 %2").arg(credentialKindName(kind), fingerprint.left(16)), Rule::S5);
}

Error serverKeyError(const QString& holder, bool clientSide, const QString& fingerprint)
{
    // S12: client and server SHALL use different key pairs.
    return makeError(QStringLiteral("inventory.credential.serverKeyReuse"),
                     clientSide ? QCoreApplication::translate(
                                      "lwc::inventory::CredentialRegistry",
                                      "This key is the key of server \"%1\"; a client must never use a server's key "
                                      "pair. Generate a new key pair.")
                                      .arg(holder)
                                : QCoreApplication::translate(
                                      "lwc::inventory::CredentialRegistry",
                                      "This server key is already the client key of endpoint \"%1\"; server and "
                                      "clients must use different key pairs.")
                                      .arg(holder),
                     QStringLiteral("public-key %1").arg(fingerprint.left(16)), Rule::S12);
}

QString hexSha256(QByteArrayView bytes)
{
    return QString::fromLatin1(security::sha256(bytes).toHex());
}

} // namespace

QString credentialKindName(CredentialKind kind)
{
    switch (kind) {
    case CredentialKind::PskIdentity:
        return QStringLiteral("psk-identity");
    case CredentialKind::Psk:
        return QStringLiteral("psk");
    case CredentialKind::PublicKey:
        return QStringLiteral("public-key");
    case CredentialKind::Certificate:
        return QStringLiteral("certificate");
    case CredentialKind::ServerKey:
        return QStringLiteral("server-key");
    }
    return {};
}

CredentialRegistry::CredentialRegistry(InventoryDatabase& database) : m_db(database)
{
}

CredentialFingerprint CredentialRegistry::pskIdentity(const QString& identity)
{
    return {CredentialKind::PskIdentity, hexSha256(identity.toUtf8())};
}

Result<QByteArray> CredentialRegistry::salt()
{
    if (!m_salt.isEmpty())
        return m_salt.revealCopy();
    LWC_TRY(QString stored, m_db.metaValue(QString::fromLatin1(kSaltName)));
    if (stored.isEmpty()) {
        LWC_TRY(SecretBytes fresh, SecretBytes::random(32));
        stored = QString::fromLatin1(fresh.view().toByteArray().toHex());
        LWC_CHECK(m_db.setMetaValue(QString::fromLatin1(kSaltName), stored));
    }
    QByteArray bytes = QByteArray::fromHex(stored.toLatin1());
    m_salt = SecretBytes::copyOf(bytes);
    return bytes;
}

Result<CredentialFingerprint> CredentialRegistry::psk(const SecretBytes& key)
{
    LWC_TRY(QByteArray saltBytes, salt());
    unsigned char mac[32];
    size_t len = 0;
    ERR_clear_error();
    if (!EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, saltBytes.constData(), size_t(saltBytes.size()),
                   key.data(), size_t(key.size()), mac, sizeof mac, &len)) {
        wipeByteArray(saltBytes);
        return security::openSslError(QStringLiteral("inventory.credential.hmac"),
                                      QCoreApplication::translate("lwc::inventory::CredentialRegistry",
                                                                  "The PSK fingerprint could not be computed."));
    }
    wipeByteArray(saltBytes);
    return CredentialFingerprint {
        CredentialKind::Psk, QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(mac), int(len)).toHex())};
}

Result<CredentialFingerprint> CredentialRegistry::publicKey(QByteArrayView publicKey)
{
    LWC_TRY(security::PublicKey key, security::CredentialCodec::parsePublicKey(publicKey));
    return CredentialFingerprint {CredentialKind::PublicKey, hexSha256(key.spki)};
}

Result<CredentialFingerprint> CredentialRegistry::serverKey(QByteArrayView publicKeyOrCertificate)
{
    if (security::X509Ptr cert = security::x509FromDer(publicKeyOrCertificate)) {
        return CredentialFingerprint {CredentialKind::ServerKey,
                                      hexSha256(security::publicKeyToSpki(X509_get0_pubkey(cert.get())))};
    }
    LWC_TRY(security::PublicKey key, security::CredentialCodec::parsePublicKey(publicKeyOrCertificate));
    return CredentialFingerprint {CredentialKind::ServerKey, hexSha256(key.spki)};
}

Result<QList<CredentialFingerprint>> CredentialRegistry::certificate(QByteArrayView der)
{
    security::X509Ptr cert = security::x509FromDer(der);
    if (!cert) {
        return security::openSslError(QStringLiteral("security.cert.unparsable"),
                                      QCoreApplication::translate("lwc::inventory::CredentialRegistry",
                                                                  "The certificate is not valid DER X.509."));
    }
    const QByteArray canonical = security::x509ToDer(cert.get());
    return QList<CredentialFingerprint> {
        {CredentialKind::Certificate, hexSha256(canonical)},
        {CredentialKind::PublicKey, hexSha256(security::publicKeyToSpki(X509_get0_pubkey(cert.get())))},
    };
}

Result<QStringList> CredentialRegistry::holders(QSqlQuery& select, CredentialKind kind,
                                                const QString& fingerprint) const
{
    select.addBindValue(credentialKindName(kind));
    select.addBindValue(fingerprint);
    if (!select.exec()) {
        return InventoryDatabase::sqlError(
            QStringLiteral("inventory.query"),
            QCoreApplication::translate("lwc::inventory::CredentialRegistry", "The inventory could not be searched."),
            select.lastError());
    }
    QStringList out;
    while (select.next())
        out << select.value(0).toString();
    select.finish();
    return out;
}

Result<bool> CredentialRegistry::checkOne(QSqlQuery& select, const QString& endpoint,
                                          const CredentialFingerprint& credential) const
{
    bool held = false;
    LWC_TRY(const QStringList same, holders(select, credential.kind, credential.fingerprint));
    for (const QString& holder : same) {
        if (holder == endpoint)
            held = true;
        else if (credential.kind != CredentialKind::ServerKey)
            return duplicateError(credential.kind, holder, credential.fingerprint);
    }
    if (credential.kind == CredentialKind::PublicKey) {
        LWC_TRY(const QStringList servers, holders(select, CredentialKind::ServerKey, credential.fingerprint));
        if (!servers.isEmpty())
            return serverKeyError(servers.first(), true, credential.fingerprint);
    } else if (credential.kind == CredentialKind::ServerKey) {
        LWC_TRY(const QStringList clients, holders(select, CredentialKind::PublicKey, credential.fingerprint));
        if (!clients.isEmpty())
            return serverKeyError(clients.first(), false, credential.fingerprint);
    }
    return held;
}

Status CredentialRegistry::checkAll(QSqlQuery& select, const QString& endpoint,
                                    const QList<CredentialFingerprint>& credentials, QList<bool>* alreadyHeld) const
{
    for (const CredentialFingerprint& c : credentials) {
        LWC_TRY(const bool held, checkOne(select, endpoint, c));
        if (alreadyHeld)
            *alreadyHeld << held;
    }
    // S12 inside the request itself: a client key listed as the server key.
    for (const CredentialFingerprint& a : credentials)
        for (const CredentialFingerprint& b : credentials)
            if (a.kind == CredentialKind::PublicKey && b.kind == CredentialKind::ServerKey
                && a.fingerprint == b.fingerprint)
                return serverKeyError(endpoint, true, a.fingerprint);
    return {};
}

Status CredentialRegistry::checkUnique(const QString& endpoint, const QList<CredentialFingerprint>& credentials) const
{
    QSqlQuery select(m_db.database());
    select.prepare(QStringLiteral("SELECT endpoint FROM credentials WHERE kind = ? AND fingerprint = ?"));
    return checkAll(select, endpoint, credentials, nullptr);
}

Status CredentialRegistry::record(const QString& endpoint, const QList<CredentialFingerprint>& credentials,
                                  CredentialOrigin origin)
{
    return recordBatch({EndpointCredentials {endpoint, credentials}}, origin);
}

Status CredentialRegistry::recordBatch(const QList<EndpointCredentials>& batch, CredentialOrigin origin)
{
    if (batch.isEmpty())
        return {};
    // S5 inside the batch itself.
    QHash<QString, QString> seen; // kind:fingerprint -> endpoint
    for (const EndpointCredentials& entry : batch) {
        if (entry.endpoint.isEmpty()) {
            return makeError(QStringLiteral("inventory.credential.noEndpoint"),
                             QCoreApplication::translate("lwc::inventory::CredentialRegistry",
                                                         "A credential must belong to an endpoint name."));
        }
        for (const CredentialFingerprint& c : entry.credentials) {
            const QString key = credentialKindName(c.kind) + QLatin1Char(':') + c.fingerprint;
            const auto it = seen.constFind(key);
            if (it != seen.constEnd() && *it != entry.endpoint && c.kind != CredentialKind::ServerKey)
                return duplicateError(c.kind, *it, c.fingerprint);
            seen.insert(key, entry.endpoint);
        }
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString originText
        = origin == CredentialOrigin::Issued ? QStringLiteral("issued") : QStringLiteral("observed");
    // Retried as a whole when another writer got in first: the checks run
    // again, and what this endpoint already holds is skipped.
    return m_db.inRetryingTransaction([&]() -> Status {
        // Prepared once for the whole batch.
        QSqlQuery select(m_db.database());
        select.prepare(QStringLiteral("SELECT endpoint FROM credentials WHERE kind = ? AND fingerprint = ?"));
        QSqlQuery insert(m_db.database());
        insert.prepare(QStringLiteral("INSERT INTO credentials (endpoint, kind, fingerprint, origin, created_at) "
                                      "VALUES (?, ?, ?, ?, ?)"));
        for (const EndpointCredentials& entry : batch) {
            QList<bool> held;
            LWC_CHECK(checkAll(select, entry.endpoint, entry.credentials, &held));
            QJsonArray added;
            for (int i = 0; i < entry.credentials.size(); ++i) {
                if (held.at(i))
                    continue; // a retried job: already recorded for this endpoint
                const CredentialFingerprint& c = entry.credentials.at(i);
                // Fingerprints only: SHA-256 of public bytes, a keyed HMAC for a PSK.
                added.append(QJsonObject {{QStringLiteral("kind"), credentialKindName(c.kind)},
                                          {QStringLiteral("fingerprint"), c.fingerprint}});
                insert.addBindValue(entry.endpoint);
                insert.addBindValue(credentialKindName(c.kind));
                insert.addBindValue(c.fingerprint);
                insert.addBindValue(originText);
                insert.addBindValue(now);
                if (!insert.exec()) {
                    // The unique index caught a concurrent writer: still a duplicate (S5).
                    const QString native = insert.lastError().nativeErrorCode();
                    if (native == QLatin1String("19") || native == QLatin1String("2067")
                        || native == QLatin1String("23505"))
                        return duplicateError(
                            c.kind,
                            QCoreApplication::translate("lwc::inventory::CredentialRegistry", "(another writer)"),
                            c.fingerprint);
                    return InventoryDatabase::sqlError(
                        QStringLiteral("inventory.insert"),
                        QCoreApplication::translate("lwc::inventory::CredentialRegistry",
                                                    "The credential could not be saved in the inventory."),
                        insert.lastError());
                }
            }
            if (m_audit && !added.isEmpty()) {
                AuditEvent e;
                e.action = QStringLiteral("credential.") + originText;
                e.endpoint = entry.endpoint;
                e.details = QJsonObject {{QStringLiteral("credentials"), added}};
                auto appended = m_audit->appendInTransaction(std::move(e));
                if (!appended.ok())
                    return std::move(appended).error();
            }
        }
        qCInfo(lcInventory) << "recorded credentials for" << batch.size() << "endpoint(s)";
        return {};
    });
}

Result<QList<CredentialRecord>> CredentialRegistry::credentialsOf(const QString& endpoint) const
{
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("SELECT kind, fingerprint, origin, created_at FROM credentials WHERE endpoint = ? "
                             "ORDER BY kind, fingerprint"));
    q.addBindValue(endpoint);
    if (!q.exec()) {
        return InventoryDatabase::sqlError(
            QStringLiteral("inventory.query"),
            QCoreApplication::translate("lwc::inventory::CredentialRegistry", "The inventory could not be searched."),
            q.lastError());
    }
    QList<CredentialRecord> out;
    while (q.next()) {
        CredentialRecord r;
        r.endpoint = endpoint;
        r.kind = kindFromName(q.value(0).toString()).value_or(CredentialKind::PublicKey);
        r.fingerprint = q.value(1).toString();
        r.origin = q.value(2).toString();
        r.createdAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
        out << r;
    }
    return out;
}

Result<qint64> CredentialRegistry::count() const
{
    QSqlQuery q(m_db.database());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM credentials")) || !q.next()) {
        return InventoryDatabase::sqlError(
            QStringLiteral("inventory.query"),
            QCoreApplication::translate("lwc::inventory::CredentialRegistry", "The inventory could not be searched."),
            q.lastError());
    }
    return q.value(0).toLongLong();
}

} // namespace lwc::inventory
