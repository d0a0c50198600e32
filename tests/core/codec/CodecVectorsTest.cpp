// The public payload vectors (tests/data/lwm2m/vectors.json, see its README):
// OMA LwM2M TS TLV examples (corrected bytes decode and re-encode byte for
// byte; the four misprinted originals are rejected), the TS 1.1 SenML JSON
// and CBOR tables as carried by Eclipse Wakaama, and the RFC 8428 examples.
#include "codec/Codec.h"
#include "codec/SenmlCodec.h"
#include "codec/SenmlPack.h"
#include "codec/TlvCodec.h"

#include "TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace lwc;
using namespace lwc::lwm2m;
using namespace lwc::codec;

namespace {

QList<QJsonObject> vectors(const QString& format)
{
    QFile f(test::dataPath(QStringLiteral("lwm2m/vectors.json")));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open vectors.json");
    const QJsonArray all = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("vectors")).toArray();
    QList<QJsonObject> out;
    for (const QJsonValue& v : all) {
        if (v.toObject().value(QStringLiteral("format")).toString() == format)
            out << v.toObject();
    }
    return out;
}

QJsonObject vectorById(const QString& id)
{
    for (const QString& format : {QStringLiteral("tlv"), QStringLiteral("senml-json"), QStringLiteral("senml-cbor")}) {
        for (const QJsonObject& v : vectors(format)) {
            if (v.value(QStringLiteral("id")).toString() == id)
                return v;
        }
    }
    qFatal("no such vector");
}

const ObjectRegistry& testRegistry()
{
    static const ObjectRegistry registry = [] {
        ObjectRegistry r = ObjectRegistry::builtin();
        for (const char* file : {"lwm2m/ddf/2-access-control.xml", "lwm2m/ddf/65-66-ts-examples.xml"}) {
            const auto loaded = r.loadDdfFile(test::dataPath(QString::fromLatin1(file)));
            if (!loaded)
                qFatal("%s", qPrintable(loaded.error().toString()));
        }
        return r;
    }();
    return registry;
}

Value typedValue(const QString& type, const QJsonValue& v)
{
    if (type == QLatin1String("string"))
        return Value::string(v.toString());
    if (type == QLatin1String("integer"))
        return Value::integer(v.toInteger());
    if (type == QLatin1String("time"))
        return Value::time(v.toInteger());
    if (type == QLatin1String("boolean"))
        return Value::boolean(v.toBool());
    if (type == QLatin1String("objlnk"))
        return Value::objlnk(Objlnk::parse(v.toString()).value());
    if (type == QLatin1String("opaque"))
        return Value::opaque(QByteArray::fromHex(v.toString().toLatin1()));
    qFatal("unknown vector type");
}

void appendResources(QList<Record>& out, const Path& instance, const QJsonObject& resources)
{
    for (auto it = resources.begin(); it != resources.end(); ++it) {
        const Path res = instance.child(quint16(it.key().toUInt()));
        const QJsonObject r = it.value().toObject();
        const QString type = r.value(QStringLiteral("type")).toString();
        if (r.value(QStringLiteral("multiple")).toBool()) {
            const QJsonObject inst = r.value(QStringLiteral("instances")).toObject();
            for (auto i = inst.begin(); i != inst.end(); ++i)
                out.append({res.child(quint16(i.key().toUInt())), typedValue(type, i.value()), {}});
        } else {
            out.append({res, typedValue(type, r.value(QStringLiteral("value"))), {}});
        }
    }
}

// The vector's "decoded" as records, in path order.
QList<Record> expectedTlvRecords(const QJsonObject& vector)
{
    const Path target = Path::parse(vector.value(QStringLiteral("lwm2m_path")).toString()).value();
    const QJsonObject decoded = vector.value(QStringLiteral("decoded")).toObject();
    QList<Record> out;
    if (decoded.contains(QStringLiteral("instances"))) {
        const QJsonObject instances = decoded.value(QStringLiteral("instances")).toObject();
        for (auto it = instances.begin(); it != instances.end(); ++it)
            appendResources(out, target.child(quint16(it.key().toUInt())), it.value().toObject());
    } else {
        appendResources(out, target, decoded.value(QStringLiteral("resources")).toObject());
    }
    std::sort(out.begin(), out.end(), [](const Record& a, const Record& b) { return a.path < b.path; });
    return out;
}

QString dump(const QList<Record>& records)
{
    QStringList lines;
    for (const Record& r : records)
        lines << r.path.toString() + QLatin1Char('=') + valueTypeName(r.value.type()) + QLatin1Char(':')
                + r.value.describe();
    return lines.join(QLatin1Char('\n'));
}

QByteArray payloadText(const QJsonObject& vector)
{
    if (vector.contains(QStringLiteral("json_text")))
        return vector.value(QStringLiteral("json_text")).toString().toUtf8();
    return QJsonDocument(vector.value(QStringLiteral("json")).toArray()).toJson(QJsonDocument::Compact);
}

bool near(double a, double b, double tolerance)
{
    return std::fabs(a - b) <= tolerance * std::max(1.0, std::fabs(b));
}

// Compares resolved SenML records with the vector's "decoded" list.
void compareResolved(const QList<SenmlPack::Record>& got, const QJsonArray& expected)
{
    QCOMPARE(got.size(), expected.size());
    for (qsizetype i = 0; i < got.size(); ++i) {
        const SenmlPack::Record& r = got.at(i);
        const QJsonObject e = expected.at(i).toObject();
        QCOMPARE(r.name, e.value(QStringLiteral("name")).toString());
        if (e.contains(QStringLiteral("time"))) {
            QVERIFY(r.time.has_value());
            QVERIFY2(near(*r.time, e.value(QStringLiteral("time")).toDouble(), 1e-12), qPrintable(r.name));
        } else {
            QVERIFY(!r.time.has_value());
        }
        if (e.contains(QStringLiteral("v"))) {
            QCOMPARE(r.kind, SenmlPack::ValueKind::Number);
            QVERIFY(near(r.number.toDouble(), e.value(QStringLiteral("v")).toDouble(), 1e-12));
        } else if (e.contains(QStringLiteral("vs"))) {
            QCOMPARE(r.kind, SenmlPack::ValueKind::String);
            QCOMPARE(r.text, e.value(QStringLiteral("vs")).toString());
        } else if (e.contains(QStringLiteral("vb"))) {
            QCOMPARE(r.kind, SenmlPack::ValueKind::Boolean);
            QCOMPARE(r.boolean, e.value(QStringLiteral("vb")).toBool());
        } else if (e.contains(QStringLiteral("vd"))) {
            QCOMPARE(r.kind, SenmlPack::ValueKind::Data);
            QCOMPARE(r.data,
                     QByteArray::fromBase64(e.value(QStringLiteral("vd")).toString().toLatin1(),
                                            QByteArray::Base64UrlEncoding));
        } else if (e.contains(QStringLiteral("vlo"))) {
            QCOMPARE(r.kind, SenmlPack::ValueKind::ObjectLink);
            QCOMPARE(r.text, e.value(QStringLiteral("vlo")).toString());
        } else {
            QCOMPARE(r.kind, SenmlPack::ValueKind::None);
        }
    }
}

// SenML vectors whose names are LwM2M paths (the TS tables).
bool isLwm2mVector(const QJsonObject& v)
{
    return v.value(QStringLiteral("source_ref")).toString() == QLatin1String("wakaama-tests");
}

// TS tables whose text our encoder reproduces byte for byte (the others use
// base times or base name "/" that an encoder has no reason to choose).
bool encodesByteExact(const QString& id)
{
    for (const char* table : {"7.4.4-2", "7.4.4-5", "7.4.4-6", "7.4.4-7", "7.4.4-8"}) {
        if (id.endsWith(QLatin1String(table)))
            return true;
    }
    return false;
}

QByteArray withoutWhitespace(const QByteArray& json)
{
    // Re-serialise: keys happen to be in alphabetical order in these tables.
    return QJsonDocument::fromJson(json).toJson(QJsonDocument::Compact);
}

} // namespace

class CodecVectorsTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tlvVectorsDecodeAndEncodeByteExact_data()
    {
        QTest::addColumn<QJsonObject>("vector");
        int n = 0;
        for (const QJsonObject& v : vectors(QStringLiteral("tlv"))) {
            if (!v.contains(QStringLiteral("expect"))) {
                QTest::newRow(qPrintable(v.value(QStringLiteral("id")).toString())) << v;
                ++n;
            }
        }
        QCOMPARE(n, 6);
    }
    void tlvVectorsDecodeAndEncodeByteExact()
    {
        QFETCH(QJsonObject, vector);
        const QByteArray bytes = QByteArray::fromHex(vector.value(QStringLiteral("hex")).toString().toLatin1());
        QCOMPARE(bytes.size(), vector.value(QStringLiteral("length")).toInt());
        const Path target = Path::parse(vector.value(QStringLiteral("lwm2m_path")).toString()).value();
        const QList<Record> expected = expectedTlvRecords(vector);

        const auto decoded = decode(ContentFormat::Tlv, target, bytes, testRegistry());
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().toString()));
        QCOMPARE(dump(*decoded), dump(expected));
        QCOMPARE(*decoded, expected);

        const auto encoded = encode(ContentFormat::Tlv, target, expected);
        QVERIFY2(encoded.ok(), qPrintable(encoded.ok() ? QString() : encoded.error().toString()));
        QCOMPARE(encoded->toHex().toUpper(), bytes.toHex().toUpper());
    }

    // The four examples as printed in the TS draft are not self-consistent;
    // a strict decoder must refuse them, while the corrected bytes decode.
    void tlvMisprintedVectorsRejected_data()
    {
        QTest::addColumn<QJsonObject>("vector");
        int n = 0;
        for (const QJsonObject& v : vectors(QStringLiteral("tlv"))) {
            if (v.value(QStringLiteral("expect")).toString() == QLatin1String("reject")) {
                QTest::newRow(qPrintable(v.value(QStringLiteral("id")).toString())) << v;
                ++n;
            }
        }
        QCOMPARE(n, 4);
    }
    void tlvMisprintedVectorsRejected()
    {
        QFETCH(QJsonObject, vector);
        const QByteArray bytes = QByteArray::fromHex(vector.value(QStringLiteral("hex")).toString().toLatin1());
        const Path target = Path::parse(vector.value(QStringLiteral("lwm2m_path")).toString()).value();
        const auto decoded = decode(ContentFormat::Tlv, target, bytes, testRegistry());
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.error().code == QLatin1String("codec.tlv.lengthOverrun")
                     || decoded.error().code == QLatin1String("codec.tlv.truncated"),
                 qPrintable(decoded.error().toString()));
        QVERIFY(decoded.error().details.startsWith(QStringLiteral("byte ")));
        // Its corrected twin decodes (and the corrected twin's printed bytes are exactly these).
        const QJsonObject fixed = vectorById(vector.value(QStringLiteral("corrected_by")).toString());
        QCOMPARE(fixed.value(QStringLiteral("spec_hex_as_printed")).toString(),
                 vector.value(QStringLiteral("hex")).toString());
        const QByteArray fixedBytes = QByteArray::fromHex(fixed.value(QStringLiteral("hex")).toString().toLatin1());
        QVERIFY(decode(ContentFormat::Tlv, target, fixedBytes, testRegistry()).ok());
    }

    void senmlJsonVectors_data()
    {
        QTest::addColumn<QJsonObject>("vector");
        int n = 0;
        for (const QJsonObject& v : vectors(QStringLiteral("senml-json"))) {
            QTest::newRow(qPrintable(v.value(QStringLiteral("id")).toString())) << v;
            ++n;
        }
        QCOMPARE(n, 13);
    }
    void senmlJsonVectors()
    {
        QFETCH(QJsonObject, vector);
        const QByteArray text = payloadText(vector);
        const QJsonArray expected = vector.value(QStringLiteral("decoded")).toArray();
        const auto pack = SenmlPack::parseJson(text);
        QVERIFY2(pack.ok(), qPrintable(pack.ok() ? QString() : pack.error().toString()));
        compareResolved(*pack, expected);
        if (!isLwm2mVector(vector))
            return;
        checkLwm2mSenml(vector, ContentFormat::SenmlJson, text);
    }

    void senmlCborVectors_data()
    {
        QTest::addColumn<QJsonObject>("vector");
        int n = 0;
        for (const QJsonObject& v : vectors(QStringLiteral("senml-cbor"))) {
            QTest::newRow(qPrintable(v.value(QStringLiteral("id")).toString())) << v;
            ++n;
        }
        QCOMPARE(n, 8);
    }
    void senmlCborVectors()
    {
        QFETCH(QJsonObject, vector);
        const QByteArray bytes = QByteArray::fromHex(vector.value(QStringLiteral("hex")).toString().toLatin1());
        QCOMPARE(bytes.size(), vector.value(QStringLiteral("length")).toInt());
        const auto pack = SenmlPack::parseCbor(bytes);
        QVERIFY2(pack.ok(), qPrintable(pack.ok() ? QString() : pack.error().toString()));
        compareResolved(*pack, vector.value(QStringLiteral("decoded")).toArray());
        if (!isLwm2mVector(vector))
            return;
        checkLwm2mSenml(vector, ContentFormat::SenmlCbor, bytes);
    }

    // The Device example exists in TLV, SenML JSON and SenML CBOR: all three
    // decode to the same values.
    void deviceExampleAgreesAcrossFormats()
    {
        const QJsonObject tlv = vectorById(QStringLiteral("tlv-device-instance-resources"));
        const QJsonObject json = vectorById(QStringLiteral("senml-json-table-7.4.4-2"));
        const QJsonObject cbor = vectorById(QStringLiteral("senml-cbor-table-7.4.4-2"));
        const Path target(3, 0);
        const auto a
            = decode(ContentFormat::Tlv, target,
                     QByteArray::fromHex(tlv.value(QStringLiteral("hex")).toString().toLatin1()), testRegistry());
        const auto b = decode(ContentFormat::SenmlJson, target, payloadText(json), testRegistry());
        const auto c
            = decode(ContentFormat::SenmlCbor, target,
                     QByteArray::fromHex(cbor.value(QStringLiteral("hex")).toString().toLatin1()), testRegistry());
        QVERIFY(a.ok() && b.ok() && c.ok());
        QCOMPARE(dump(*b), dump(*a));
        QCOMPARE(*b, *a);
        QCOMPARE(*c, *a);
        // Types from the Device definition: Current Time is a Time, not an Integer.
        const auto it = std::find_if(a->begin(), a->end(), [](const Record& r) { return r.path == Path(3, 0, 13); });
        QVERIFY(it != a->end());
        QCOMPARE(it->value, Value::time(1367491215));
    }

private:
    void checkLwm2mSenml(const QJsonObject& vector, ContentFormat format, const QByteArray& payload)
    {
        const QString id = vector.value(QStringLiteral("id")).toString();
        const QJsonValue pathValue = vector.value(QStringLiteral("lwm2m_path"));
        const Path target = pathValue.isNull() ? Path() : Path::parse(pathValue.toString()).value();
        const auto records = decode(format, target, payload, testRegistry());
        QVERIFY2(records.ok(), qPrintable(records.ok() ? QString() : records.error().toString()));
        const QJsonArray expected = vector.value(QStringLiteral("decoded")).toArray();
        QCOMPARE(records->size(), expected.size());
        for (qsizetype i = 0; i < records->size(); ++i)
            QCOMPARE(records->at(i).path.toString(),
                     expected.at(i).toObject().value(QStringLiteral("name")).toString());
        // Encoding the decoded records gives records that decode the same.
        bool inside = true;
        for (const Record& r : *records)
            inside = inside && r.path.startsWith(target);
        const Path encodeTarget = inside ? target : Path();
        const auto again = encode(format, encodeTarget, *records);
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().toString()));
        const auto roundTrip = decode(format, encodeTarget, *again, testRegistry());
        QVERIFY(roundTrip.ok());
        QCOMPARE(*roundTrip, *records);
        if (!encodesByteExact(id))
            return;
        if (format == ContentFormat::SenmlJson)
            QCOMPARE(*again, withoutWhitespace(payload));
        else
            QCOMPARE(again->toHex().toUpper(), payload.toHex().toUpper());
    }
};

QTEST_GUILESS_MAIN(CodecVectorsTest)
#include "CodecVectorsTest.moc"
