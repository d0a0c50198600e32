// Credentials and trust:
// 1. credentials for one endpoint (PSK + identity + P-256 key pair +
//    fingerprints) against bare P-256 key generation as baseline;
// 2. the acceptance run: 10,000 endpoints generated and recorded in a fresh
//    SQLite inventory in one batch (S5), plus one injected duplicate, timed once;
// 3. CertificateVerifier::verify (all rules) against parsing the DER and a bare
//    X509_verify_cert.
#include "BenchHarness.h"

#include "inventory/CredentialRegistry.h"
#include "security/CertificateVerifier.h"
#include "security/CredentialGenerator.h"
#include "security/LocalCa.h"
#include "security/OpenSslUtil.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <openssl/evp.h>

using namespace lwc;
using namespace lwc::security;
using namespace lwc::inventory;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    volatile qsizetype sink = 0;

    // 1. Per endpoint.
    const auto keygen = bench::measure(QStringLiteral("p256-keygen-openssl"), [&] {
        EVP_PKEY* k = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
        sink = sink + (k != nullptr);
        EVP_PKEY_free(k);
    });
    bench::report(keygen, "keys/s");
    const auto perEndpoint = bench::measure(QStringLiteral("endpoint-credentials"), [&] {
        auto psk = CredentialGenerator::generatePsk(QStringLiteral("urn:dev:ops:000001"));
        auto key = CredentialGenerator::generateP256KeyPair();
        auto fp = CredentialRegistry::publicKey(key->publicKeySpki);
        sink = sink + psk->key.size() + fp->fingerprint.size();
    });
    bench::report(perEndpoint, "endpoints/s");
    bench::reportRatio(perEndpoint, keygen);

    // 2. 10,000 endpoints into a fresh inventory, one batch.
    QTemporaryDir dir;
    auto db = InventoryDatabase::openSqlite(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!db.ok()) {
        fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
        return 1;
    }
    CredentialRegistry registry(**db);
    constexpr int kEndpoints = 10000;
    QElapsedTimer total;
    total.start();
    QList<EndpointCredentials> batch;
    QByteArray keep;
    for (int i = 0; i < kEndpoints; ++i) {
        const QString ep = QStringLiteral("urn:dev:ops:%1").arg(i, 6, 10, QLatin1Char('0'));
        auto psk = CredentialGenerator::generatePsk(ep);
        auto key = CredentialGenerator::generateP256KeyPair();
        batch << EndpointCredentials {ep,
                                      {CredentialRegistry::pskIdentity(psk->identity), registry.psk(psk->key).value(),
                                       CredentialRegistry::publicKey(key->publicKeySpki).value()}};
        if (i == 4711)
            keep = key->publicKeySpki;
    }
    const qint64 generatedMs = total.elapsed();
    const Status recorded = registry.recordBatch(batch);
    const qint64 totalMs = total.elapsed();
    const Status duplicate
        = registry.record(QStringLiteral("urn:dev:ops:010000"), {CredentialRegistry::publicKey(keep).value()});
    printf("bench generate-10000-endpoints: %lld ms total (%lld ms generating, %lld ms checking+recording %lld "
           "fingerprints), %s, injected duplicate %s\n",
           totalMs, generatedMs, totalMs - generatedMs, registry.count().valueOr(-1),
           recorded.ok() ? "no duplicate" : qPrintable(recorded.error().toString()),
           !duplicate.ok() && duplicate.error().rule == Rule::S5 ? "refused with S5" : "NOT refused");
    printf("ratio generate-10000-endpoints/p256-keygen-openssl: %.2fx\n",
           double(totalMs) * 1e6 / kEndpoints / keygen.nsPerOp);

    // 3. Verification.
    auto ca = LocalCa::create({QStringLiteral("Bench CA"), {}, 3650});
    auto serverKey = CredentialGenerator::generateP256KeyPair();
    auto leaf = ca->issueServerCertificate({QStringLiteral("lwm2m.example.com")}, serverKey->publicKeySpki);
    // Baseline: the least OpenSSL work for DER input, parse both + X509_verify_cert.
    const auto bare = bench::measure(QStringLiteral("d2i-and-x509-verify-cert-openssl"), [&] {
        X509Ptr leafX = x509FromDer(*leaf);
        X509Ptr caX = x509FromDer(ca->certificateDer());
        X509_STORE* store = X509_STORE_new();
        X509_STORE_add_cert(store, caX.get());
        X509_STORE_CTX* ctx = X509_STORE_CTX_new();
        X509_STORE_CTX_init(ctx, store, leafX.get(), nullptr);
        sink = sink + X509_verify_cert(ctx);
        X509_STORE_CTX_free(ctx);
        X509_STORE_free(store);
    });
    bench::report(bare, "verifications/s");
    CertificateVerifier verifier;
    VerificationRequest request;
    request.peerChain = {*leaf};
    request.trustAnchors = {ca->certificateDer()};
    request.host = QStringLiteral("lwm2m.example.com");
    const auto full = bench::measure(QStringLiteral("verify-all-rules"), [&] {
        auto r = verifier.verify(request);
        sink = sink + r->trusted;
    });
    bench::report(full, "verifications/s");
    bench::reportRatio(full, bare);
    return 0;
}
