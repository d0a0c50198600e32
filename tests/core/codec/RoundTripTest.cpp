// Property tests: generated values of every type survive encode -> decode
// unchanged in every format that can carry them. Seeds are fixed, so a
// failure reproduces; the failing seed and record are printed.
#include "codec/Codec.h"
#include "codec/TlvCodec.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <cstring>

using namespace lwc;
using namespace lwc::lwm2m;
using namespace lwc::codec;

namespace {

constexpr quint16 kObject = 40000;
const ValueType kTypes[]
    = {ValueType::String, ValueType::Integer, ValueType::UnsignedInteger, ValueType::Float,  ValueType::Boolean,
       ValueType::Opaque, ValueType::Time,    ValueType::Objlnk,          ValueType::Corelnk};

// Object 40000: resource i (0..8) single of kTypes[i]; resource 10+i multiple
// of kTypes[i]; 9 and 19 secret opaque (single, multiple).
const ObjectRegistry& registry()
{
    static const ObjectRegistry r = [] {
        ObjectDefinition def;
        def.id = kObject;
        def.name = QStringLiteral("Generated");
        def.multipleInstances = true;
        for (quint16 i = 0; i < 9; ++i) {
            ResourceDefinition single;
            single.id = i;
            single.type = kTypes[i];
            def.resources.emplace(single.id, single);
            ResourceDefinition multi = single;
            multi.id = quint16(10 + i);
            multi.multiple = true;
            def.resources.emplace(multi.id, multi);
        }
        ResourceDefinition secret;
        secret.id = 9;
        secret.type = ValueType::Opaque;
        secret.secret = true;
        def.resources.emplace(secret.id, secret);
        secret.id = 19;
        secret.multiple = true;
        def.resources.emplace(secret.id, secret);
        ObjectRegistry reg = ObjectRegistry::builtin();
        reg.add(def);
        return reg;
    }();
    return r;
}

quint16 resourceFor(ValueType t)
{
    for (quint16 i = 0; i < 9; ++i) {
        if (kTypes[i] == t)
            return i;
    }
    return 0;
}

class Generator {
public:
    explicit Generator(quint32 seed) : m_rng(seed) { }

    QString string()
    {
        static const char32_t pool[] = {U'a',      U'Z',          U'0',      U' ',    U'"',      U'\\',     U'/',
                                        U'\n',     U'\t',         U'\x01',   U'\x7f', U'\u00fc', U'\u20ac', U'\uFEFF',
                                        U'\uFFFD', U'\U0001F600', U'\u4e2d', U'<',    U'>',      U';',      U','};
        const int n = pick({0, 1, 5, 40, 300});
        QString s;
        for (int i = 0; i < n; ++i) {
            const char32_t c = m_rng.bounded(4) == 0 ? char32_t(0x20 + m_rng.bounded(0x5F))
                                                     : pool[m_rng.bounded(int(std::size(pool)))];
            s += QString::fromUcs4(&c, 1);
        }
        return s;
    }

    qint64 integer()
    {
        static const qint64 edges[] = {0,
                                       1,
                                       -1,
                                       127,
                                       -128,
                                       128,
                                       -129,
                                       32767,
                                       -32768,
                                       32768,
                                       INT32_MAX,
                                       INT32_MIN,
                                       qint64(INT32_MAX) + 1,
                                       std::numeric_limits<qint64>::max(),
                                       std::numeric_limits<qint64>::min(),
                                       9007199254740993LL};
        if (m_rng.bounded(3) == 0)
            return edges[m_rng.bounded(int(std::size(edges)))];
        const int bits = 1 + int(m_rng.bounded(63));
        const qint64 v = qint64(m_rng.generate64() >> (64 - bits));
        return m_rng.bounded(2) ? v : -v;
    }

    quint64 unsignedInteger()
    {
        static const quint64 edges[]
            = {0, 255, 256, 65535, 65536, 0xFFFFFFFFull, 0x100000000ull, ~0ull, 0x8000000000000000ull};
        if (m_rng.bounded(3) == 0)
            return edges[m_rng.bounded(int(std::size(edges)))];
        return m_rng.generate64() >> m_rng.bounded(64);
    }

    double floating(bool finiteOnly)
    {
        static const double edges[] = {0.0,
                                       -0.0,
                                       1.5,
                                       -2.25,
                                       0.1,
                                       22.4,
                                       1e300,
                                       -1e-300,
                                       4.9e-324,
                                       65504.0,
                                       1e-8,
                                       3.4028234663852886e38,
                                       1.7976931348623157e308,
                                       16777217.0};
        switch (m_rng.bounded(finiteOnly ? 3 : 4)) {
        case 0:
            return edges[m_rng.bounded(int(std::size(edges)))];
        case 1: { // any finite bit pattern
            double d;
            do {
                const quint64 bits = m_rng.generate64();
                std::memcpy(&d, &bits, 8);
            } while (!std::isfinite(d));
            return d;
        }
        case 2: // values exact in float32
            return double(float(m_rng.generateDouble() * 1000.0 - 500.0));
        default: {
            const double specials[] = {qInf(), -qInf(), qQNaN()};
            return specials[m_rng.bounded(3)];
        }
        }
    }

    QByteArray bytes()
    {
        const int n = pick({0, 1, 7, 8, 16, 255, 256, 1000});
        QByteArray b(n, Qt::Uninitialized);
        for (char& c : b)
            c = char(m_rng.bounded(256));
        return b;
    }

    Value value(ValueType t, bool finiteFloats, bool secret = false)
    {
        if (secret)
            return Value::secret(SecretBytes::copyOf(bytes()));
        switch (t) {
        case ValueType::String:
            return Value::string(string());
        case ValueType::Integer:
            return Value::integer(integer());
        case ValueType::UnsignedInteger:
            return Value::unsignedInteger(unsignedInteger());
        case ValueType::Float:
            return Value::floating(floating(finiteFloats));
        case ValueType::Boolean:
            return Value::boolean(m_rng.bounded(2) == 1);
        case ValueType::Opaque:
            return Value::opaque(bytes());
        case ValueType::Time:
            return Value::time(integer());
        case ValueType::Objlnk:
            return m_rng.bounded(5) == 0
                ? Value::objlnk({})
                : Value::objlnk({quint16(m_rng.bounded(65536)), quint16(m_rng.bounded(65536))});
        case ValueType::Corelnk:
            return Value::corelnk(QStringLiteral("</%1/%2>;ssid=%3")
                                      .arg(m_rng.bounded(100))
                                      .arg(m_rng.bounded(10))
                                      .arg(m_rng.bounded(65535)));
        case ValueType::None:
            break;
        }
        return Value();
    }

    quint32 bounded(quint32 n) { return m_rng.bounded(n); }

private:
    int pick(std::initializer_list<int> options) { return options.begin()[m_rng.bounded(int(options.size()))]; }
    QRandomGenerator m_rng;
};

// Which values a format can carry.
bool carries(ContentFormat f, const Value& v)
{
    if (f == ContentFormat::Text)
        return v.type() != ValueType::Opaque && !(v.type() == ValueType::Float && !std::isfinite(v.toDouble()));
    if (f == ContentFormat::Opaque)
        return v.type() == ValueType::Opaque;
    if (f == ContentFormat::SenmlJson)
        return !(v.type() == ValueType::Float && !std::isfinite(v.toDouble()));
    return true;
}

QString describe(const QList<Record>& records)
{
    QStringList s;
    for (const Record& r : records)
        s << r.path.toString() + QLatin1Char('=') + valueTypeName(r.value.type()) + QLatin1Char(':')
                + r.value.describe(true).left(120);
    return s.join(QLatin1String("; "));
}

// Compares record lists; secrets must come back as secrets.
bool sameRecords(const QList<Record>& a, const QList<Record>& b)
{
    if (a != b)
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].value.isSecret() != b[i].value.isSecret())
            return false;
    }
    return true;
}

QByteArray utf8Identity128()
{
    // 128 bytes of UTF-8 with 1-, 2-, 3- and 4-byte characters.
    QString s = QStringLiteral("urn:imei:356938035643809/\u00e4\u00f6\u00fc\u20ac\U0001F511/");
    while (s.toUtf8().size() < 128)
        s += QLatin1Char('x');
    return s.toUtf8();
}

} // namespace

class RoundTripTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // One value of every type, alone, at its own resource path, many times.
    void everyTypeInEveryFormat_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("type");
        for (ContentFormat f : {ContentFormat::Tlv, ContentFormat::SenmlJson, ContentFormat::SenmlCbor,
                                ContentFormat::Lwm2mCbor, ContentFormat::Text, ContentFormat::Opaque}) {
            for (ValueType t : kTypes) {
                if (f == ContentFormat::Opaque && t != ValueType::Opaque)
                    continue; // the opaque format carries only opaque values
                if (f == ContentFormat::Text && t == ValueType::Opaque)
                    continue; // plain text carries no opaque values since LwM2M 1.1
                QTest::newRow(qPrintable(contentFormatName(f) + QLatin1Char(' ') + valueTypeName(t)))
                    << int(f) << int(t);
            }
        }
    }
    void everyTypeInEveryFormat()
    {
        QFETCH(int, format);
        QFETCH(int, type);
        const auto f = ContentFormat(format);
        const auto t = ValueType(type);
        int checked = 0;
        for (quint32 seed = 1; seed <= 300; ++seed) {
            Generator gen(seed * 7919 + quint32(type) * 31 + quint32(format));
            const bool secret = t == ValueType::Opaque && gen.bounded(2);
            const Value v = gen.value(t, f == ContentFormat::SenmlJson || f == ContentFormat::Text, secret);
            if (!carries(f, v))
                continue;
            const quint16 rid = secret ? 9 : resourceFor(t);
            const bool multiple = f != ContentFormat::Text && f != ContentFormat::Opaque && gen.bounded(2);
            const Path path = multiple
                ? Path(kObject, quint16(gen.bounded(3)), quint16(10 + rid), quint16(gen.bounded(65535)))
                : Path(kObject, quint16(gen.bounded(3)), rid);
            const QList<Record> records {{path, v, {}}};
            const auto encoded = encode(f, path, records);
            QVERIFY2(encoded.ok(),
                     qPrintable(QStringLiteral("seed %1: %2: %3")
                                    .arg(seed)
                                    .arg(describe(records), encoded.ok() ? QString() : encoded.error().toString())));
            const auto decoded = decode(f, path, *encoded, registry());
            QVERIFY2(decoded.ok(),
                     qPrintable(QStringLiteral("seed %1: %2: %3")
                                    .arg(seed)
                                    .arg(describe(records), decoded.ok() ? QString() : decoded.error().toString())));
            QVERIFY2(sameRecords(*decoded, records),
                     qPrintable(QStringLiteral("seed %1:\n  sent %2\n  got  %3")
                                    .arg(seed)
                                    .arg(describe(records), describe(*decoded))));
            ++checked;
        }
        QVERIFY(checked > 50);
    }

    // Whole payloads: several instances, resources of every type, single and
    // multiple, encoded for an object, an instance, and (SenML, LwM2M CBOR)
    // the root path.
    void generatedPayloads_data()
    {
        QTest::addColumn<int>("format");
        for (ContentFormat f :
             {ContentFormat::Tlv, ContentFormat::SenmlJson, ContentFormat::SenmlCbor, ContentFormat::Lwm2mCbor})
            QTest::newRow(qPrintable(contentFormatName(f))) << int(f);
    }
    void generatedPayloads()
    {
        QFETCH(int, format);
        const auto f = ContentFormat(format);
        for (quint32 seed = 1; seed <= 200; ++seed) {
            Generator gen(seed * 104729 + quint32(format));
            QList<Record> records;
            const int instances = 1 + int(gen.bounded(3));
            const bool oneInstance = gen.bounded(2);
            for (int i = 0; i < instances; ++i) {
                const quint16 iid = oneInstance ? 5 : quint16(i * 300);
                for (quint16 r = 0; r < 10; ++r) {
                    if (gen.bounded(3) == 0)
                        continue;
                    const bool secret = r == 9;
                    const ValueType t = secret ? ValueType::Opaque : kTypes[r];
                    if (gen.bounded(2)) {
                        records.append(
                            {Path(kObject, iid, r), gen.value(t, f == ContentFormat::SenmlJson, secret), {}});
                    } else {
                        const int n = int(gen.bounded(4));
                        for (int k = 0; k < n; ++k)
                            records.append({Path(kObject, iid, quint16(10 + r), quint16(k * 257)),
                                            gen.value(t, f == ContentFormat::SenmlJson, secret),
                                            {}});
                    }
                }
                if (oneInstance)
                    break;
            }
            std::sort(records.begin(), records.end(), [](const Record& a, const Record& b) { return a.path < b.path; });
            QList<Path> targets {Path(kObject)};
            if (oneInstance)
                targets << Path(kObject, 5);
            if (f != ContentFormat::Tlv)
                targets << Path();
            for (const Path& target : targets) {
                const auto encoded = encode(f, target, records);
                QVERIFY2(
                    encoded.ok(),
                    qPrintable(QStringLiteral("seed %1 %2: %3")
                                   .arg(seed)
                                   .arg(target.toString(), encoded.ok() ? QString() : encoded.error().toString())));
                const auto decoded = decode(f, target, *encoded, registry());
                QVERIFY2(
                    decoded.ok(),
                    qPrintable(QStringLiteral("seed %1 %2: %3")
                                   .arg(seed)
                                   .arg(target.toString(), decoded.ok() ? QString() : decoded.error().toString())));
                QVERIFY2(sameRecords(*decoded, records),
                         qPrintable(QStringLiteral("seed %1 %2:\n  sent %3\n  got  %4")
                                        .arg(seed)
                                        .arg(target.toString(), describe(records), describe(*decoded))));
            }
        }
    }

    // S8: PSK identities of at least 128 bytes (UTF-8) are supported end to
    // end; S21: identity in /0/x/3 and the 16-byte key in /0/x/5 go out as
    // exactly these bytes and come back unchanged, the key as a secret.
    void securityInstanceRoundTripsInEveryFormat_S8_S21_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("target");
        QTest::newRow("tlv /0") << int(ContentFormat::Tlv) << QStringLiteral("/0");
        QTest::newRow("tlv /0/1") << int(ContentFormat::Tlv) << QStringLiteral("/0/1");
        QTest::newRow("senml-json /0/1") << int(ContentFormat::SenmlJson) << QStringLiteral("/0/1");
        QTest::newRow("senml-json /") << int(ContentFormat::SenmlJson) << QStringLiteral("/");
        QTest::newRow("senml-cbor /0/1") << int(ContentFormat::SenmlCbor) << QStringLiteral("/0/1");
        QTest::newRow("lwm2m-cbor /0/1") << int(ContentFormat::Lwm2mCbor) << QStringLiteral("/0/1");
        QTest::newRow("lwm2m-cbor /0") << int(ContentFormat::Lwm2mCbor) << QStringLiteral("/0");
    }
    void securityInstanceRoundTripsInEveryFormat_S8_S21()
    {
        QFETCH(int, format);
        QFETCH(QString, target);
        const auto f = ContentFormat(format);
        const QByteArray identity = utf8Identity128();
        QCOMPARE(identity.size(), 128);
        QVERIFY(QString::fromUtf8(identity).toUtf8() == identity);
        auto key = SecretBytes::random(16);
        QVERIFY(key.ok());
        const QList<Record> records {
            {Path(0, 1, 0), Value::string(QStringLiteral("coaps://lwm2m.example.net:5684")), {}},
            {Path(0, 1, 1), Value::boolean(false), {}},
            {Path(0, 1, 2), Value::integer(0), {}},
            {Path(0, 1, 3), Value::opaque(identity), {}},
            {Path(0, 1, 4), Value::opaque(QByteArray()), {}},
            {Path(0, 1, 5), Value::secret(std::move(key).value()), {}},
            {Path(0, 1, 10), Value::integer(101), {}},
            {Path(0, 1, 16, 0), Value::unsignedInteger(0xC0A8), {}}, // TLS_PSK_WITH_AES_128_CCM_8
        };
        auto encoded = encode(f, Path::parse(target).value(), records);
        QVERIFY2(encoded.ok(), qPrintable(encoded.ok() ? QString() : encoded.error().toString()));
        if (f == ContentFormat::Tlv || f == ContentFormat::SenmlCbor || f == ContentFormat::Lwm2mCbor) {
            // Binary formats carry identity and key verbatim.
            QVERIFY(encoded->contains(identity));
            QVERIFY(encoded->contains(records.at(5).value.opaqueView()));
        }
        const auto decoded = decode(f, Path::parse(target).value(), *encoded, ObjectRegistry::builtin());
        wipeByteArray(*encoded);
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().toString()));
        QCOMPARE(decoded->size(), records.size());
        QVERIFY(sameRecords(*decoded, records));
        const Value& id = decoded->at(3).value;
        QCOMPARE(id.opaqueView(), QByteArrayView(identity));
        QVERIFY(!id.isSecret());
        const Value& secret = decoded->at(5).value;
        QVERIFY(secret.isSecret());
        QCOMPARE(secret.opaqueSize(), qsizetype(16));
        QVERIFY(secret.secretBytes()->equals(*records.at(5).value.secretBytes()));
        // Printing the decoded payload never shows the key.
        QString printed;
        for (const Record& r : *decoded)
            printed += r.value.describe();
        QVERIFY(printed.contains(QStringLiteral("<secret:16 bytes>")));
        QVERIFY(!printed.contains(QString::fromLatin1(records.at(5).value.opaqueView().toByteArray().toHex())));
    }

    void singleSecurityResourcesInOpaqueFormat_S8_S21()
    {
        const QByteArray identity = utf8Identity128();
        const QByteArray keyBytes = QByteArray::fromHex("00112233445566778899AABBCCDDEEFF");
        for (const auto& [path, value] : {std::pair {Path(0, 1, 3), Value::opaque(identity)},
                                          std::pair {Path(0, 1, 5), Value::secret(SecretBytes::copyOf(keyBytes))}}) {
            auto encoded = encode(ContentFormat::Opaque, path, {{path, value, {}}});
            QVERIFY(encoded.ok());
            QCOMPARE(QByteArrayView(*encoded), value.opaqueView());
            const auto decoded = decode(ContentFormat::Opaque, path, *encoded);
            wipeByteArray(*encoded);
            QVERIFY(decoded.ok());
            QCOMPARE(decoded->front().value, value);
            QCOMPARE(decoded->front().value.isSecret(), path.resourceId() == 5);
        }
    }
};

QTEST_GUILESS_MAIN(RoundTripTest)
#include "RoundTripTest.moc"
