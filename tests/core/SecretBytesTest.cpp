#include "common/SecretBytes.h"

#include <QTest>

#include <cstdlib>
#include <new>
#include <sstream>
#include <type_traits>

using namespace lwc;

// Watches one heap block: when it is freed, its bytes are copied first, so
// the test can see what the destructor left behind.
namespace {
const void* g_watched = nullptr;
size_t g_watchedSize = 0;
unsigned char g_seenAtFree[64];
bool g_freed = false;

void inspectBeforeFree(void* p)
{
    if (p && p == g_watched) {
        memcpy(g_seenAtFree, p, g_watchedSize);
        g_freed = true;
        g_watched = nullptr;
    }
}
} // namespace

void operator delete[](void* p) noexcept
{
    inspectBeforeFree(p);
    std::free(p);
}
void operator delete[](void* p, size_t) noexcept
{
    inspectBeforeFree(p);
    std::free(p);
}
void* operator new[](size_t n)
{
    if (void* p = std::malloc(n ? n : 1))
        return p;
    throw std::bad_alloc();
}

static_assert(!std::is_copy_constructible_v<SecretBytes>);
static_assert(!std::is_copy_assignable_v<SecretBytes>);
static_assert(std::is_nothrow_move_constructible_v<SecretBytes>);
static_assert(!std::is_convertible_v<SecretBytes, QByteArray>);
static_assert(!std::is_convertible_v<SecretBytes, QString>);
static_assert(!std::is_convertible_v<SecretBytes, QByteArrayView>);
static_assert(!std::is_constructible_v<QByteArray, SecretBytes>);
static_assert(!std::is_constructible_v<QString, SecretBytes>);

class SecretBytesTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void destructorWipesMemory_S26()
    {
        const QByteArray pattern(32, '\xA5');
        {
            SecretBytes s = SecretBytes::copyOf(pattern);
            QCOMPARE(s.size(), 32);
            QVERIFY(s.equals(pattern));
            g_watched = s.data();
            g_watchedSize = size_t(s.size());
            g_freed = false;
        }
        QVERIFY(g_freed);
        for (size_t i = 0; i < 32; ++i)
            QCOMPARE(int(g_seenAtFree[i]), 0);
    }

    void explicitWipe_S26()
    {
        SecretBytes s = SecretBytes::copyOf("0123456789abcdef");
        g_watched = s.data();
        g_watchedSize = 16;
        g_freed = false;
        s.wipe();
        QVERIFY(g_freed);
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(g_seenAtFree), 16), QByteArray(16, '\0'));
        QVERIFY(s.isEmpty());
        QCOMPARE(s.data(), nullptr);
    }

    void moveLeavesSourceEmpty()
    {
        SecretBytes a = SecretBytes::copyOf("secret-value");
        const unsigned char* p = a.data();
        SecretBytes b = std::move(a);
        QVERIFY(a.isEmpty()); // NOLINT(bugprone-use-after-move): that is the point
        QCOMPARE(b.data(), p);
        SecretBytes c;
        c = std::move(b);
        QCOMPARE(c.size(), 12);
        QVERIFY(b.isEmpty()); // NOLINT(bugprone-use-after-move)
    }

    void takeFromWipesSource_S26()
    {
        QByteArray source("correct horse battery");
        source.detach();
        SecretBytes s = SecretBytes::takeFrom(source);
        QVERIFY(source.isEmpty());
        QVERIFY(s.equals(QByteArrayView("correct horse battery")));

        QString pin = QStringLiteral("482913");
        SecretBytes p = SecretBytes::takeUtf8(pin);
        QVERIFY(pin.isEmpty());
        QVERIFY(p.equals(QByteArrayView("482913")));
    }

    void printsOnlySize_S26()
    {
        SecretBytes s = SecretBytes::copyOf("TOPSECRETPSKVALUE");
        QString printed;
        QDebug(&printed) << s;
        QCOMPARE(printed.trimmed(), QStringLiteral("<secret:17 bytes>"));
        std::ostringstream os;
        os << s;
        QCOMPARE(QString::fromStdString(os.str()), QStringLiteral("<secret:17 bytes>"));
        QCOMPARE(s.describe(), QStringLiteral("<secret:17 bytes>"));
    }

    void randomComesFromCsprng_S3()
    {
        auto a = SecretBytes::random(16);
        auto b = SecretBytes::random(16);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a->size(), 16);
        QVERIFY(!a->equals(*b));
        QVERIFY(!a->equals(QByteArray(16, '\0')));
    }

    void constantTimeEquality()
    {
        SecretBytes a = SecretBytes::copyOf("abcd");
        QVERIFY(a.equals(QByteArrayView("abcd")));
        QVERIFY(!a.equals(QByteArrayView("abce")));
        QVERIFY(!a.equals(QByteArrayView("abc")));
        QVERIFY(SecretBytes().equals(QByteArrayView()));
        QVERIFY(a.clone().equals(a));
    }

    void registryTracksLiveSecrets()
    {
        const qsizetype before = detail::liveSecretCount();
        {
            SecretBytes a = SecretBytes::copyOf("long enough");
            SecretBytes tiny = SecretBytes::copyOf("ab"); // below kMinRedactLength
            QCOMPARE(detail::liveSecretCount(), before + 1);
            SecretBytes b = std::move(a);
            QCOMPARE(detail::liveSecretCount(), before + 1);
        }
        QCOMPARE(detail::liveSecretCount(), before);
    }
};

QTEST_GUILESS_MAIN(SecretBytesTest)
#include "SecretBytesTest.moc"
