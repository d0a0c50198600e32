#include "SecretBytes.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <mutex>
#include <ostream>
#include <unordered_set>

namespace lwc {

namespace {

// Registry of live secrets for log redaction. Holds pointers, never copies.
struct Registry {
    std::mutex mutex;
    std::unordered_set<const SecretBytes*> live;
};

Registry& registry()
{
    static auto* r = new Registry; // intentionally leaked: used from static destructors
    return *r;
}

void track(const SecretBytes* s)
{
    if (s->size() < SecretBytes::kMinRedactLength)
        return;
    auto& r = registry();
    std::lock_guard lock(r.mutex);
    r.live.insert(s);
}

void untrack(const SecretBytes* s)
{
    auto& r = registry();
    std::lock_guard lock(r.mutex);
    r.live.erase(s);
}

} // namespace

SecretBytes::~SecretBytes()
{
    wipe();
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept : m_data(other.m_data), m_size(other.m_size)
{
    if (other.m_data)
        untrack(&other);
    other.m_data = nullptr;
    other.m_size = 0;
    if (m_data)
        track(this);
}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        wipe();
        if (other.m_data)
            untrack(&other);
        m_data = other.m_data;
        m_size = other.m_size;
        other.m_data = nullptr;
        other.m_size = 0;
        if (m_data)
            track(this);
    }
    return *this;
}

void SecretBytes::allocate(qsizetype size)
{
    Q_ASSERT(!m_data);
    if (size <= 0)
        return;
    m_data = new unsigned char[size_t(size)](); // value-initialised: zeroed
    m_size = size;
}

SecretBytes SecretBytes::zeroed(qsizetype size)
{
    SecretBytes s;
    s.allocate(size);
    if (s.m_data)
        track(&s);
    return s;
}

SecretBytes SecretBytes::copyOf(QByteArrayView bytes)
{
    SecretBytes s;
    s.allocate(bytes.size());
    if (s.m_data) {
        memcpy(s.m_data, bytes.data(), size_t(bytes.size()));
        track(&s);
    }
    return s;
}

SecretBytes SecretBytes::takeFrom(QByteArray& source)
{
    SecretBytes s = copyOf(source);
    wipeByteArray(source);
    return s;
}

SecretBytes SecretBytes::takeUtf8(QString& text)
{
    QByteArray utf8 = text.toUtf8();
    wipeString(text);
    return takeFrom(utf8);
}

Result<SecretBytes> SecretBytes::random(qsizetype size)
{
    SecretBytes s;
    s.allocate(size);
    if (size > 0 && RAND_priv_bytes(s.m_data, int(size)) != 1) {
        return makeError(QStringLiteral("crypto.rng"),
                         QCoreApplication::translate("lwc::SecretBytes", "The random number generator failed."),
                         QStringLiteral("RAND_priv_bytes returned an error"));
    }
    if (s.m_data)
        track(&s);
    return s;
}

bool SecretBytes::equals(const SecretBytes& other) const noexcept
{
    return equals(other.view());
}

bool SecretBytes::equals(QByteArrayView other) const noexcept
{
    if (other.size() != m_size)
        return false;
    return m_size == 0 || CRYPTO_memcmp(m_data, other.data(), size_t(m_size)) == 0;
}

void SecretBytes::wipe() noexcept
{
    if (!m_data)
        return;
    untrack(this);
    OPENSSL_cleanse(m_data, size_t(m_size));
    delete[] m_data;
    m_data = nullptr;
    m_size = 0;
}

QString SecretBytes::describe() const
{
    return QStringLiteral("<secret:%1 bytes>").arg(m_size);
}

void wipeByteArray(QByteArray& bytes) noexcept
{
    if (bytes.isEmpty()) {
        bytes.clear();
        return;
    }
    // Shared data: cleansing our detached copy would leave the other one.
    // Callers should hold the only reference; cleanse what we can reach.
    if (bytes.isDetached())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

void wipeString(QString& text) noexcept
{
    if (!text.isEmpty() && text.isDetached())
        OPENSSL_cleanse(text.data(), size_t(text.size()) * sizeof(QChar));
    text.clear();
}

QDebug operator<<(QDebug debug, const SecretBytes& secret)
{
    QDebugStateSaver saver(debug);
    debug.noquote().nospace() << secret.describe();
    return debug;
}

std::ostream& operator<<(std::ostream& os, const SecretBytes& secret)
{
    return os << "<secret:" << secret.size() << " bytes>";
}

namespace detail {

void forEachLiveSecret(void (*visit)(QByteArrayView secret, void* context), void* context)
{
    auto& r = registry();
    std::lock_guard lock(r.mutex);
    for (const SecretBytes* s : r.live)
        visit(s->view(), context);
}

qsizetype liveSecretCount()
{
    auto& r = registry();
    std::lock_guard lock(r.mutex);
    return qsizetype(r.live.size());
}

} // namespace detail

} // namespace lwc
