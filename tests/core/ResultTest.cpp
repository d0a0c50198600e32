#include "common/Result.h"
#include "common/SecretBytes.h"

#include <QTest>

using namespace lwc;

namespace {

Result<int> parsePositive(int v)
{
    if (v <= 0)
        return makeError(QStringLiteral("test.notPositive"), QStringLiteral("Value must be positive."),
                         QStringLiteral("got %1").arg(v), Rule::S3);
    return v;
}

Result<int> doubled(int v)
{
    LWC_TRY(const int x, parsePositive(v));
    return 2 * x;
}

Status checkBoth(int a, int b)
{
    LWC_CHECK(parsePositive(a).ok() ? Status::success() : parsePositive(a).error());
    LWC_TRY(const int y, parsePositive(b));
    Q_UNUSED(y);
    return {};
}

} // namespace

class ResultTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void valueAndError()
    {
        const auto ok = parsePositive(5);
        QVERIFY(ok.ok());
        QCOMPARE(ok.value(), 5);
        QCOMPARE(ok.valueOr(7), 5);

        const auto bad = parsePositive(-1);
        QVERIFY(!bad.ok());
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, QStringLiteral("test.notPositive"));
        QCOMPARE(bad.error().rule, Rule::S3);
        QCOMPARE(bad.valueOr(7), 7);
        QCOMPARE(bad.error().toString(), QStringLiteral("[S3] Value must be positive. (test.notPositive: got -1)"));
    }

    void propagation()
    {
        QCOMPARE(doubled(4).value(), 8);
        QCOMPARE(doubled(0).error().code, QStringLiteral("test.notPositive"));
        QVERIFY(checkBoth(1, 2).ok());
        QCOMPARE(checkBoth(-1, 2).error().details, QStringLiteral("got -1"));
        QCOMPARE(checkBoth(1, -2).error().details, QStringLiteral("got -2"));
    }

    void moveOnlyValues()
    {
        auto made = []() -> Result<SecretBytes> { return SecretBytes::copyOf("abcdef"); }();
        QVERIFY(made.ok());
        SecretBytes s = std::move(made).value();
        QCOMPARE(s.size(), 6);
    }

    void withContext()
    {
        Error e = makeError(QStringLiteral("x.y"), QStringLiteral("Broken."), QStringLiteral("inner"));
        e = std::move(e).withContext(QStringLiteral("writing /0/1"));
        QCOMPARE(e.details, QStringLiteral("writing /0/1; inner"));
        QCOMPARE(e.rule, Rule::None);
        QVERIFY(!e.hasRule());
    }

    void ruleIds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("rule");
        QTest::newRow("S1") << QStringLiteral("S1") << 1;
        QTest::newRow("s26") << QStringLiteral("s26") << 26;
        QTest::newRow("S0") << QStringLiteral("S0") << -1;
        QTest::newRow("S27") << QStringLiteral("S27") << -1;
        QTest::newRow("S04") << QStringLiteral("S04") << -1;
        QTest::newRow("S+4") << QStringLiteral("S+4") << -1;
        QTest::newRow("X4") << QStringLiteral("X4") << -1;
        QTest::newRow("empty") << QString() << -1;
    }
    void ruleIds()
    {
        QFETCH(QString, text);
        QFETCH(int, rule);
        const auto parsed = ruleFromId(text);
        if (rule < 0) {
            QVERIFY(!parsed.has_value());
        } else {
            QVERIFY(parsed.has_value());
            QCOMPARE(int(*parsed), rule);
            QCOMPARE(ruleId(*parsed), text.toUpper());
        }
    }

    void voidResult()
    {
        Status s;
        QVERIFY(s.ok());
        Status e = makeError(QStringLiteral("a"), QStringLiteral("b"));
        QVERIFY(!e.ok());
        QCOMPARE(e.error().code, QStringLiteral("a"));
    }
};

QTEST_GUILESS_MAIN(ResultTest)
#include "ResultTest.moc"
