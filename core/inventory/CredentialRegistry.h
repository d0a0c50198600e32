#pragma once

#include "InventoryDatabase.h"

#include "common/Result.h"
#include "common/SecretBytes.h"

#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QString>

namespace lwc::inventory {

enum class CredentialKind { PskIdentity, Psk, PublicKey, Certificate, ServerKey };
QString credentialKindName(CredentialKind kind); // "psk-identity", "psk", "public-key", "certificate", "server-key"

enum class CredentialOrigin { Issued, Observed };

// A credential as the inventory knows it: never the secret, only a fingerprint.
struct CredentialFingerprint {
    CredentialKind kind = CredentialKind::PublicKey;
    QString fingerprint; // lower-case hex
    bool operator==(const CredentialFingerprint&) const = default;
};

struct CredentialRecord {
    QString endpoint;
    CredentialKind kind = CredentialKind::PublicKey;
    QString fingerprint;
    QString origin;
    QDateTime createdAt;
};

struct EndpointCredentials {
    QString endpoint;
    QList<CredentialFingerprint> credentials;
};

// Fleet uniqueness (S5, S12): before anything is written to a device, no
// other endpoint may hold the same public key, certificate, PSK identity or
// PSK, and no client key may equal a server's key. Fingerprints:
// SHA-256 of the public bytes (public keys normalised to SPKI DER first, so a
// raw X||Y and an SPKI of the same key collide); for a PSK, HMAC-SHA256 keyed
// with a random per-database salt (inventory_meta), never the PSK itself.
class SqlAuditLog;

class CredentialRegistry {
public:
    explicit CredentialRegistry(InventoryDatabase& database);
    // With an audit log (the Inventory sets its own), every endpoint that
    // gets new credentials gets a "credential.issued" (or ".observed") audit
    // record with their fingerprints, in the same transaction.
    void setAuditLog(SqlAuditLog* audit) { m_audit = audit; }

    static CredentialFingerprint pskIdentity(const QString& identity);
    Result<CredentialFingerprint> psk(const SecretBytes& key);
    // Any supported public-key encoding (SPKI, raw X||Y, uncompressed point).
    static Result<CredentialFingerprint> publicKey(QByteArrayView publicKey);
    // A server's (or bootstrap server's) own key: a public key or a certificate.
    static Result<CredentialFingerprint> serverKey(QByteArrayView publicKeyOrCertificate);
    // The certificate and the public key it certifies (key reuse across
    // certificates is a duplicate key pair too).
    static Result<QList<CredentialFingerprint>> certificate(QByteArrayView der);

    // S5/S12 check without writing. The same endpoint holding the same
    // credential again is fine (a retried job).
    Status checkUnique(const QString& endpoint, const QList<CredentialFingerprint>& credentials) const;
    // Check and insert in one transaction.
    Status record(const QString& endpoint, const QList<CredentialFingerprint>& credentials,
                  CredentialOrigin origin = CredentialOrigin::Issued);
    // Many endpoints in one transaction: all or nothing; duplicates inside the batch are refused too.
    Status recordBatch(const QList<EndpointCredentials>& batch, CredentialOrigin origin = CredentialOrigin::Issued);

    Result<QList<CredentialRecord>> credentialsOf(const QString& endpoint) const;
    Result<qint64> count() const;

private:
    // Who holds (kind, fingerprint); `select` is a prepared lookup, reused across a batch.
    Result<QStringList> holders(QSqlQuery& select, CredentialKind kind, const QString& fingerprint) const;
    // S5/S12 for one credential; true if this endpoint already holds it.
    Result<bool> checkOne(QSqlQuery& select, const QString& endpoint, const CredentialFingerprint& credential) const;
    Status checkAll(QSqlQuery& select, const QString& endpoint, const QList<CredentialFingerprint>& credentials,
                    QList<bool>* alreadyHeld) const;
    Result<QByteArray> salt();

    InventoryDatabase& m_db;
    SqlAuditLog* m_audit = nullptr;
    SecretBytes m_salt;
};

} // namespace lwc::inventory
