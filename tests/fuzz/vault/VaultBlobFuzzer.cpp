// Vault::open on arbitrary blobs (S26): never crashes and never accepts a
// blob that seal() did not make. The first input byte splits the rest into
// associated data and blob. A vault is created once, in memory, with the
// minimum KDF cost.
#include "vault/Vault.h"

#include <cstdint>
#include <cstdlib>

namespace {

class MemoryStore final : public lwc::VaultStore {
public:
    lwc::Result<std::optional<QByteArray>> read() const override
    {
        return m_header.isEmpty() ? std::optional<QByteArray>() : std::optional<QByteArray>(m_header);
    }
    lwc::Status write(const QByteArray& header) override
    {
        m_header = header;
        return lwc::Status::success();
    }
    QString location() const override { return QStringLiteral("memory"); }

private:
    QByteArray m_header;
};

lwc::Vault& vault()
{
    static lwc::Vault* v = [] {
        auto* created = new lwc::Vault(std::make_unique<MemoryStore>());
        if (!created->setKdfParams(lwc::KdfParams::minimum()).ok() || !created->load().ok()
            || !created->create(lwc::SecretBytes::copyOf("fuzzing passphrase")).ok())
            abort();
        created->setIdleTimeout(std::chrono::milliseconds(0));
        return created;
    }();
    return *v;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const size_t aadLen = qMin<size_t>(data[0], size - 1);
    const QByteArrayView aad(reinterpret_cast<const char*>(data + 1), qsizetype(aadLen));
    const QByteArrayView blob(reinterpret_cast<const char*>(data + 1 + aadLen), qsizetype(size - 1 - aadLen));
    if (vault().open(blob, aad).ok())
        abort(); // a forged blob was accepted
    // Round trip of the blob bytes as a secret under the same context.
    auto sealed = vault().seal(lwc::SecretBytes::copyOf(blob), aad);
    if (!sealed.ok())
        abort();
    auto opened = vault().open(*sealed, aad);
    if (!opened.ok() || !opened->equals(blob))
        abort();
    return 0;
}
