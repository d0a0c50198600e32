#include "common/SecretBytes.h"

#include "FreedMemoryWatch.h"

#include <QTest>

#include <sstream>
#include <type_traits>

using namespace lwc;

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
            test::FreedMemoryWatch::watch(s.data(), size_t(s.size()));
        }
        QVERIFY(test::FreedMemoryWatch::freed());
        QCOMPARE(test::FreedMemoryWatch::seenAtFree(), QByteArray(32, '\0'));
    }

    void explicitWipe_S26()
    {
        SecretBytes s = SecretBytes::copyOf("0123456789abcdef");
        test::FreedMemoryWatch::watch(s.data(), 16);
        s.wipe();
        QVERIFY(test::FreedMemoryWatch::freed());
        QCOMPARE(test::FreedMemoryWatch::seenAtFree(), QByteArray(16, '\0'));
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
