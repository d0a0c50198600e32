// The vault's costs (S26): seal/open throughput (AES-256-GCM with a fresh
// nonce and the blob framing) against a plain memcpy of the same bytes, and
// the unlock time per scrypt setting, which picked KdfParams::defaults().
#include "BenchHarness.h"

#include "common/SecretBytes.h"
#include "vault/Vault.h"
#include "vault/VaultCrypto.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstring>
#include <vector>

using namespace lwc;

namespace {

class MemoryStore final : public VaultStore {
public:
    Result<std::optional<QByteArray>> read() const override
    {
        return m_header.isEmpty() ? std::optional<QByteArray>() : std::optional<QByteArray>(m_header);
    }
    Status write(const QByteArray& header) override
    {
        m_header = header;
        return Status::success();
    }
    QString location() const override { return QStringLiteral("memory"); }

private:
    QByteArray m_header;
};

void reportThroughput(const bench::Measurement& m, qsizetype bytes)
{
    printf("bench %s: %.1f MB/s (%.0f ops/s, %.1f ns/op)\n", qPrintable(m.name), m.opsPerSecond * double(bytes) / 1e6,
           m.opsPerSecond, m.nsPerOp);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const SecretBytes passphrase = SecretBytes::copyOf("benchmark passphrase");

    // Unlock time per scrypt setting: median of 5 full unlocks (KDF + unwrap).
    for (quint8 log2N : {quint8(15), quint8(16), quint8(17)}) {
        Vault vault(std::make_unique<MemoryStore>());
        const KdfParams params {log2N, 8, 1};
        if (!vault.setKdfParams(params).ok() || !vault.load().ok() || !vault.create(passphrase).ok())
            return 1;
        std::vector<double> ms;
        for (int i = 0; i < 5; ++i) {
            vault.lock();
            QElapsedTimer t;
            t.start();
            if (!vault.unlock(passphrase).ok())
                return 1;
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        std::sort(ms.begin(), ms.end());
        printf("bench unlock-scrypt-%s: %.0f ms median (min %.0f, max %.0f; %.0f MiB)%s\n",
               qPrintable(params.describe()), ms[2], ms.front(), ms.back(), double(params.memoryBytes()) / 1048576.0,
               params == KdfParams::defaults() ? " <- default" : "");
    }

    Vault vault(std::make_unique<MemoryStore>());
    if (!vault.setKdfParams(KdfParams::minimum()).ok() || !vault.load().ok() || !vault.create(passphrase).ok())
        return 1;
    vault.setIdleTimeout(std::chrono::milliseconds(0));
    const QByteArray aad("credential:urn:dev:ops:bench:psk");
    volatile qsizetype sink = 0;

    for (qsizetype size : {qsizetype(16), qsizetype(1024), qsizetype(64 * 1024), qsizetype(1024 * 1024)}) {
        QByteArray raw(size, 'x');
        const SecretBytes secret = SecretBytes::takeFrom(raw);
        std::vector<unsigned char> dst(size_t(size) + 64);
        const auto baseline = bench::measure(QStringLiteral("memcpy-%1B").arg(size), [&] {
            memcpy(dst.data(), secret.data(), size_t(size));
            sink = sink + dst[size_t(size) / 2];
        });
        reportThroughput(baseline, size);

        const auto seal = bench::measure(QStringLiteral("seal-%1B").arg(size), [&] {
            auto blob = vault.seal(secret, aad);
            sink = sink + blob->size();
        });
        reportThroughput(seal, size);
        bench::reportRatio(seal, baseline);

        const QByteArray blob = vault.seal(secret, aad).value();
        const auto open = bench::measure(QStringLiteral("open-%1B").arg(size), [&] {
            auto plain = vault.open(blob, aad);
            sink = sink + plain->size();
        });
        reportThroughput(open, size);
        bench::reportRatio(open, baseline);
    }
    return 0;
}
