#include "SenmlPack.h"

#include "CodecUtil.h"
#include "JsonReader.h"

#include <QCborStreamReader>
#include <QCborStreamWriter>
#include <QCoreApplication>
#include <QLocale>
#include <QScopeGuard>

#include <charconv>
#include <cmath>

namespace lwc::codec {

namespace {

using Number = SenmlPack::Number;
using ValueKind = SenmlPack::ValueKind;

// Labels of RFC 8428 Table 4 (CBOR integer labels in brackets).
enum class Label { Bver, Bn, Bt, Bu, Bv, Bs, N, U, V, Vs, Vb, S, T, Ut, Vd, Vlo, Unknown };

Label labelFromName(QByteArrayView name)
{
    static const std::pair<const char*, Label> names[] = {
        {"bver", Label::Bver}, {"bn", Label::Bn}, {"bt", Label::Bt}, {"bu", Label::Bu},
        {"bv", Label::Bv},     {"bs", Label::Bs}, {"n", Label::N},   {"u", Label::U},
        {"v", Label::V},       {"vs", Label::Vs}, {"vb", Label::Vb}, {"s", Label::S},
        {"t", Label::T},       {"ut", Label::Ut}, {"vd", Label::Vd}, {"vlo", Label::Vlo},
    };
    for (const auto& [n, l] : names) {
        if (name == QByteArrayView(n))
            return l;
    }
    return Label::Unknown;
}

Label labelFromCbor(qint64 key)
{
    switch (key) {
    case -1:
        return Label::Bver;
    case -2:
        return Label::Bn;
    case -3:
        return Label::Bt;
    case -4:
        return Label::Bu;
    case -5:
        return Label::Bv;
    case -6:
        return Label::Bs;
    case 0:
        return Label::N;
    case 1:
        return Label::U;
    case 2:
        return Label::V;
    case 3:
        return Label::Vs;
    case 4:
        return Label::Vb;
    case 5:
        return Label::S;
    case 6:
        return Label::T;
    case 7:
        return Label::Ut;
    case 8:
        return Label::Vd;
    default:
        return Label::Unknown;
    }
}

const char* labelName(Label l)
{
    static const char* names[]
        = {"bver", "bn", "bt", "bu", "bv", "bs", "n", "u", "v", "vs", "vb", "s", "t", "ut", "vd", "vlo", "?"};
    return names[int(l)];
}

// A record as written, before resolution. Wipes its data when it goes.
struct Raw {
    std::optional<QString> bn, n, bu, u, vs, vlo;
    std::optional<Number> bt, t, bv, v, bs, s, ut, bver;
    std::optional<bool> vb;
    std::optional<QByteArray> vd;
    qsizetype offset = 0;

    Raw() = default;
    Raw(Raw&&) = default;
    Raw& operator=(Raw&&) = default;
    Raw(const Raw&) = delete;
    Raw& operator=(const Raw&) = delete;
    ~Raw()
    {
        if (vd)
            wipeByteArray(*vd);
    }

    bool has(Label l) const
    {
        switch (l) {
        case Label::Bver:
            return bver.has_value();
        case Label::Bn:
            return bn.has_value();
        case Label::Bt:
            return bt.has_value();
        case Label::Bu:
            return bu.has_value();
        case Label::Bv:
            return bv.has_value();
        case Label::Bs:
            return bs.has_value();
        case Label::N:
            return n.has_value();
        case Label::U:
            return u.has_value();
        case Label::V:
            return v.has_value();
        case Label::Vs:
            return vs.has_value();
        case Label::Vb:
            return vb.has_value();
        case Label::S:
            return s.has_value();
        case Label::T:
            return t.has_value();
        case Label::Ut:
            return ut.has_value();
        case Label::Vd:
            return vd.has_value();
        case Label::Vlo:
            return vlo.has_value();
        case Label::Unknown:
            return false;
        }
        return false;
    }
};

Error senmlError(const QString& code, const QString& userText, qsizetype offset, const QString& what = {})
{
    return makeError(code, userText,
                     what.isEmpty() ? QStringLiteral("byte %1").arg(offset)
                                    : QStringLiteral("byte %1: %2").arg(offset).arg(what));
}

Error labelTypeError(Label l, qsizetype offset)
{
    return senmlError(QStringLiteral("codec.senml.labelType"),
                      QCoreApplication::translate("lwc::codec::SenmlPack",
                                                  "The SenML field \"%1\" at byte %2 has a value of the wrong type.")
                          .arg(QLatin1String(labelName(l)))
                          .arg(offset),
                      offset);
}

Error duplicateLabel(Label l, qsizetype offset)
{
    return senmlError(
        QStringLiteral("codec.senml.duplicateLabel"),
        QCoreApplication::translate("lwc::codec::SenmlPack", "A SenML record has the field \"%1\" twice (byte %2).")
            .arg(QLatin1String(labelName(l)))
            .arg(offset),
        offset);
}

Error mustUnderstand(const QString& label, qsizetype offset)
{
    return senmlError(QStringLiteral("codec.senml.mustUnderstand"),
                      QCoreApplication::translate("lwc::codec::SenmlPack",
                                                  "The SenML field \"%1\" at byte %2 must be understood but is not "
                                                  "supported (RFC 8428 labels ending in '_').")
                          .arg(label.left(32))
                          .arg(offset),
                      offset);
}

Error base64Error(qsizetype offset)
{
    return senmlError(QStringLiteral("codec.senml.base64"),
                      QCoreApplication::translate("lwc::codec::SenmlPack",
                                                  "The SenML data value (\"vd\") at byte %1 is not valid base64 or "
                                                  "base64url.")
                          .arg(offset),
                      offset);
}

std::optional<Number> numberFromJson(QByteArrayView text, bool integral)
{
    const char* b = text.data();
    const char* e = text.data() + text.size();
    if (integral) {
        qint64 i = 0;
        auto [p, ec] = std::from_chars(b, e, i);
        if (ec == std::errc() && p == e)
            return Number {i};
        if (text.front() != '-') {
            quint64 u = 0;
            auto [p2, ec2] = std::from_chars(b, e, u);
            if (ec2 == std::errc() && p2 == e)
                return Number {u};
        }
    }
    double d = 0;
    auto [p, ec] = std::from_chars(b, e, d);
    if (ec != std::errc() || p != e || !std::isfinite(d))
        return std::nullopt;
    return Number {d};
}

std::optional<Number> addNumbers(const std::optional<Number>& base, const Number& value)
{
    if (!base)
        return value;
    const auto* a = std::get_if<qint64>(&base->v);
    const auto* b = std::get_if<qint64>(&value.v);
    if (a && b) {
        qint64 sum;
        if (!__builtin_add_overflow(*a, *b, &sum))
            return Number {sum};
    }
    return Number {base->toDouble() + value.toDouble()};
}

Status setString(Raw& raw, Label l, QString value, qsizetype offset)
{
    std::optional<QString>* slot = nullptr;
    switch (l) {
    case Label::Bn:
        slot = &raw.bn;
        break;
    case Label::N:
        slot = &raw.n;
        break;
    case Label::Bu:
        slot = &raw.bu;
        break;
    case Label::U:
        slot = &raw.u;
        break;
    case Label::Vs:
        slot = &raw.vs;
        break;
    case Label::Vlo:
        slot = &raw.vlo;
        break;
    default:
        return labelTypeError(l, offset);
    }
    *slot = std::move(value);
    return {};
}

Status setNumber(Raw& raw, Label l, Number value, qsizetype offset)
{
    std::optional<Number>* slot = nullptr;
    switch (l) {
    case Label::Bt:
        slot = &raw.bt;
        break;
    case Label::T:
        slot = &raw.t;
        break;
    case Label::Bv:
        slot = &raw.bv;
        break;
    case Label::V:
        slot = &raw.v;
        break;
    case Label::Bs:
        slot = &raw.bs;
        break;
    case Label::S:
        slot = &raw.s;
        break;
    case Label::Ut:
        slot = &raw.ut;
        break;
    case Label::Bver:
        if (!value.isIntegral())
            return labelTypeError(l, offset);
        slot = &raw.bver;
        break;
    default:
        return labelTypeError(l, offset);
    }
    *slot = value;
    return {};
}

bool isStringLabel(Label l)
{
    return l == Label::Bn || l == Label::N || l == Label::Bu || l == Label::U || l == Label::Vs || l == Label::Vlo;
}

Result<QList<SenmlPack::Record>> resolve(std::vector<Raw>& raws)
{
    QList<SenmlPack::Record> out;
    out.reserve(qsizetype(raws.size()));
    QString bn, bu;
    std::optional<double> bt;
    std::optional<Number> bv, bs;
    for (Raw& raw : raws) {
        if (raw.bver) {
            const auto* i = std::get_if<qint64>(&raw.bver->v);
            if (!i || *i < 1 || *i > 10)
                return senmlError(QStringLiteral("codec.senml.version"),
                                  QCoreApplication::translate("lwc::codec::SenmlPack",
                                                              "The SenML pack declares version (\"bver\") %1 at byte "
                                                              "%2; versions 1 to 10 are supported.")
                                      .arg(i ? QString::number(*i) : QStringLiteral("?"))
                                      .arg(raw.offset),
                                  raw.offset);
        }
        if (raw.bn)
            bn = *raw.bn;
        if (raw.bt)
            bt = raw.bt->toDouble();
        if (raw.bu)
            bu = *raw.bu;
        if (raw.bv)
            bv = raw.bv;
        if (raw.bs)
            bs = raw.bs;
        const int values = int(raw.v.has_value()) + int(raw.vs.has_value()) + int(raw.vb.has_value())
            + int(raw.vd.has_value()) + int(raw.vlo.has_value());
        if (values > 1)
            return senmlError(QStringLiteral("codec.senml.multipleValues"),
                              QCoreApplication::translate("lwc::codec::SenmlPack",
                                                          "The SenML record at byte %1 has more than one value field "
                                                          "(v, vs, vb, vd, vlo).")
                                  .arg(raw.offset),
                              raw.offset);
        SenmlPack::Record rec;
        rec.offset = raw.offset;
        rec.name = bn + raw.n.value_or(QString());
        if (rec.name.isEmpty())
            return senmlError(QStringLiteral("codec.senml.noName"),
                              QCoreApplication::translate("lwc::codec::SenmlPack",
                                                          "The SenML record at byte %1 has no name (neither \"bn\" nor "
                                                          "\"n\").")
                                  .arg(raw.offset),
                              raw.offset);
        if (bt || raw.t)
            rec.time = bt.value_or(0.0) + (raw.t ? raw.t->toDouble() : 0.0);
        rec.unit = raw.u ? *raw.u : bu;
        if (raw.v) {
            rec.kind = ValueKind::Number;
            rec.number = *addNumbers(bv, *raw.v);
        } else if (raw.vs) {
            rec.kind = ValueKind::String;
            rec.text = *raw.vs;
        } else if (raw.vb) {
            rec.kind = ValueKind::Boolean;
            rec.boolean = *raw.vb;
        } else if (raw.vd) {
            rec.kind = ValueKind::Data;
            rec.data = std::move(*raw.vd); // moved, so the raw record's wipe finds nothing
            raw.vd.reset();
        } else if (raw.vlo) {
            rec.kind = ValueKind::ObjectLink;
            rec.text = *raw.vlo;
        }
        if (raw.s)
            rec.sum = addNumbers(bs, *raw.s);
        if (raw.ut)
            rec.updateTime = raw.ut->toDouble();
        out.append(std::move(rec));
    }
    return out;
}

Error tooManyRecords(qsizetype offset)
{
    return senmlError(QStringLiteral("codec.senml.tooLarge"),
                      QCoreApplication::translate("lwc::codec::SenmlPack",
                                                  "The SenML pack has more than 100000 records; it is refused."),
                      offset);
}

// ---------------------------------------------------------------- CBOR helpers

Error cborError(QCborStreamReader& reader, const QString& what = {})
{
    const QCborError e = reader.lastError();
    const QString detail = e.c != QCborError::NoError ? e.toString() : what;
    return makeError(QStringLiteral("codec.cbor.syntax"),
                     QCoreApplication::translate("lwc::codec::SenmlPack", "The CBOR data is not valid at byte %1.")
                         .arg(reader.currentOffset()),
                     QStringLiteral("byte %1: %2").arg(reader.currentOffset()).arg(detail));
}

std::optional<Number> readCborNumber(QCborStreamReader& reader)
{
    std::optional<Number> n;
    switch (reader.type()) {
    case QCborStreamReader::UnsignedInteger: {
        const quint64 u = reader.toUnsignedInteger();
        n = u <= quint64(std::numeric_limits<qint64>::max()) ? Number {qint64(u)} : Number {u};
        break;
    }
    case QCborStreamReader::NegativeInteger: {
        // Qt gives the absolute value; 0 stands for -2^64.
        const quint64 m = quint64(reader.toNegativeInteger());
        if (m != 0 && m <= quint64(std::numeric_limits<qint64>::max()) + 1)
            n = Number {qint64(0 - m)};
        else
            n = Number {m == 0 ? -18446744073709551616.0 : -double(m)};
        break;
    }
    case QCborStreamReader::Float16:
        n = Number {double(float(reader.toFloat16()))};
        break;
    case QCborStreamReader::Float:
        n = Number {double(reader.toFloat())};
        break;
    case QCborStreamReader::Double:
        n = Number {reader.toDouble()};
        break;
    default:
        return std::nullopt;
    }
    reader.next();
    return n;
}

// ---------------------------------------------------------------- writers

void appendCborFloat(QCborStreamWriter& w, double d)
{
    // RFC 8949 preferred serialization: the shortest float that holds d exactly.
    if (std::isnan(d)) {
        w.append(qfloat16(std::numeric_limits<float>::quiet_NaN()));
    } else if (double(float(qfloat16(float(d)))) == d) {
        w.append(qfloat16(float(d)));
    } else if (double(float(d)) == d) {
        w.append(float(d));
    } else {
        w.append(d);
    }
}

void appendCborNumber(QCborStreamWriter& w, const Number& n, bool asFloat)
{
    if (asFloat) {
        appendCborFloat(w, n.toDouble());
    } else if (const auto* i = std::get_if<qint64>(&n.v)) {
        w.append(*i);
    } else if (const auto* u = std::get_if<quint64>(&n.v)) {
        w.append(*u);
    } else {
        appendCborFloat(w, std::get<double>(n.v));
    }
}

// Times are untyped: integral values as integers.
Number timeNumber(double t)
{
    if (std::trunc(t) == t && std::fabs(t) < 9.0e15)
        return Number {qint64(t)};
    return Number {t};
}

Status appendJsonNumber(QByteArray& out, const Number& n, bool asFloat)
{
    if (const auto* i = std::get_if<qint64>(&n.v); i && !asFloat) {
        out += QByteArray::number(*i);
        return {};
    }
    if (const auto* u = std::get_if<quint64>(&n.v); u && !asFloat) {
        out += QByteArray::number(*u);
        return {};
    }
    const double d = n.toDouble();
    if (!std::isfinite(d))
        return makeError(QStringLiteral("codec.senml.nonFinite"),
                         QCoreApplication::translate("lwc::codec::SenmlPack",
                                                     "SenML JSON cannot carry NaN or infinity; use SenML CBOR or "
                                                     "another value."));
    out += asFloat ? formatDouble(d) : QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
    return {};
}

} // namespace

double SenmlPack::Number::toDouble() const
{
    if (const auto* i = std::get_if<qint64>(&v))
        return double(*i);
    if (const auto* u = std::get_if<quint64>(&v))
        return double(*u);
    return std::get<double>(v);
}

Result<QList<SenmlPack::Record>> SenmlPack::parseJson(QByteArrayView json)
{
    JsonReader reader(json);
    using Token = JsonReader::Token;
    Token t = reader.next();
    if (t == Token::Error)
        return reader.error();
    if (t != Token::BeginArray)
        return senmlError(QStringLiteral("codec.senml.notArray"),
                          QCoreApplication::translate("lwc::codec::SenmlPack",
                                                      "A SenML JSON pack must be an array of records, like "
                                                      "[{\"n\":\"/3/0/0\",\"vs\":\"text\"}]."),
                          reader.offset());
    std::vector<Raw> raws;
    while (true) {
        t = reader.next();
        if (t == Token::EndArray)
            break;
        if (t == Token::Error)
            return reader.error();
        if (t != Token::BeginObject)
            return senmlError(QStringLiteral("codec.senml.recordNotObject"),
                              QCoreApplication::translate("lwc::codec::SenmlPack",
                                                          "Each SenML record must be a JSON object (byte %1).")
                                  .arg(reader.offset()),
                              reader.offset());
        if (qsizetype(raws.size()) >= kMaxRecords)
            return tooManyRecords(reader.offset());
        Raw raw;
        raw.offset = reader.offset();
        while (true) {
            t = reader.next();
            if (t == Token::EndObject)
                break;
            if (t == Token::Error)
                return reader.error();
            const QByteArray key = reader.string();
            const qsizetype keyOffset = reader.offset();
            const Label label = labelFromName(key);
            const Token vt = reader.next();
            if (vt == Token::Error)
                return reader.error();
            if (label == Label::Unknown) {
                if (key.endsWith('_'))
                    return mustUnderstand(QString::fromUtf8(key), keyOffset);
                if (!reader.skipValue(vt))
                    return reader.error();
                continue;
            }
            if (raw.has(label))
                return duplicateLabel(label, keyOffset);
            if (isStringLabel(label)) {
                if (vt != Token::String)
                    return labelTypeError(label, reader.offset());
                LWC_CHECK(setString(raw, label, QString::fromUtf8(reader.string()), reader.offset()));
            } else if (label == Label::Vb) {
                if (vt != Token::True && vt != Token::False)
                    return labelTypeError(label, reader.offset());
                raw.vb = vt == Token::True;
            } else if (label == Label::Vd) {
                if (vt != Token::String)
                    return labelTypeError(label, reader.offset());
                QByteArray text = reader.takeString();
                auto data = decodeBase64Any(text);
                wipeByteArray(text);
                if (!data)
                    return base64Error(reader.offset());
                raw.vd = std::move(*data);
            } else {
                if (vt != Token::Number)
                    return labelTypeError(label, reader.offset());
                const auto n = numberFromJson(reader.numberText(), reader.numberIsIntegral());
                if (!n)
                    return senmlError(
                        QStringLiteral("codec.senml.numberRange"),
                        QCoreApplication::translate("lwc::codec::SenmlPack", "The number at byte %1 is out of range.")
                            .arg(reader.offset()),
                        reader.offset());
                LWC_CHECK(setNumber(raw, label, *n, reader.offset()));
            }
        }
        raws.push_back(std::move(raw));
    }
    t = reader.next();
    if (t != Token::End)
        return reader.error();
    return resolve(raws);
}

Result<QList<SenmlPack::Record>> SenmlPack::parseCbor(QByteArrayView cbor)
{
    QCborStreamReader reader(QByteArray::fromRawData(cbor.data(), cbor.size()));
    if (reader.lastError() != QCborError::NoError)
        return cborError(reader);
    if (!reader.isArray())
        return senmlError(QStringLiteral("codec.senml.notArray"),
                          QCoreApplication::translate("lwc::codec::SenmlPack",
                                                      "A SenML CBOR pack must be an array of records (maps)."),
                          reader.currentOffset());
    if (!reader.enterContainer())
        return cborError(reader);
    std::vector<Raw> raws;
    while (reader.lastError() == QCborError::NoError && reader.hasNext()) {
        if (!reader.isMap())
            return senmlError(
                QStringLiteral("codec.senml.recordNotObject"),
                QCoreApplication::translate("lwc::codec::SenmlPack", "Each SenML record must be a CBOR map (byte %1).")
                    .arg(reader.currentOffset()),
                reader.currentOffset());
        if (qsizetype(raws.size()) >= kMaxRecords)
            return tooManyRecords(reader.currentOffset());
        Raw raw;
        raw.offset = reader.currentOffset();
        if (!reader.enterContainer())
            return cborError(reader);
        while (reader.lastError() == QCborError::NoError && reader.hasNext()) {
            const qsizetype keyOffset = reader.currentOffset();
            Label label = Label::Unknown;
            QString textKey;
            if (reader.isInteger()) {
                const auto key = readCborNumber(reader);
                const auto* k = key ? std::get_if<qint64>(&key->v) : nullptr;
                label = k ? labelFromCbor(*k) : Label::Unknown;
            } else if (reader.isString()) {
                if (!readCborText(reader, textKey))
                    return cborError(reader);
                label = textKey == QLatin1String("vlo") ? Label::Vlo : Label::Unknown;
            } else {
                return senmlError(
                    QStringLiteral("codec.senml.labelType"),
                    QCoreApplication::translate("lwc::codec::SenmlPack",
                                                "A SenML CBOR record has a key that is neither an integer "
                                                "nor a text label (byte %1).")
                        .arg(keyOffset),
                    keyOffset);
            }
            if (reader.lastError() != QCborError::NoError || !reader.hasNext())
                return cborError(reader, QStringLiteral("map key without value"));
            const qsizetype valueOffset = reader.currentOffset();
            if (label == Label::Unknown) {
                if (textKey.endsWith(QLatin1Char('_')))
                    return mustUnderstand(textKey, keyOffset);
                if (!reader.next(16))
                    return cborError(reader);
                continue;
            }
            if (raw.has(label))
                return duplicateLabel(label, keyOffset);
            if (isStringLabel(label)) {
                if (!reader.isString())
                    return labelTypeError(label, valueOffset);
                QString text;
                if (!readCborText(reader, text))
                    return cborError(reader);
                LWC_CHECK(setString(raw, label, std::move(text), valueOffset));
            } else if (label == Label::Vb) {
                if (!reader.isBool())
                    return labelTypeError(label, valueOffset);
                raw.vb = reader.toBool();
                reader.next();
            } else if (label == Label::Vd) {
                if (!reader.isByteArray())
                    return labelTypeError(label, valueOffset);
                QByteArray bytes;
                if (!readCborBytes(reader, bytes))
                    return cborError(reader);
                raw.vd = std::move(bytes);
            } else {
                const auto n = readCborNumber(reader);
                if (!n)
                    return labelTypeError(label, valueOffset);
                if (const auto* d = std::get_if<double>(&n->v); d && !std::isfinite(*d) && label != Label::V)
                    return labelTypeError(label, valueOffset);
                LWC_CHECK(setNumber(raw, label, *n, valueOffset));
            }
        }
        if (reader.lastError() != QCborError::NoError || !reader.leaveContainer())
            return cborError(reader);
        raws.push_back(std::move(raw));
    }
    if (reader.lastError() != QCborError::NoError || !reader.leaveContainer())
        return cborError(reader);
    if (reader.currentOffset() != cbor.size())
        return makeError(QStringLiteral("codec.cbor.trailingData"),
                         QCoreApplication::translate("lwc::codec::SenmlPack",
                                                     "There are %1 unexpected bytes after the end of the CBOR data.")
                             .arg(cbor.size() - reader.currentOffset()),
                         QStringLiteral("byte %1").arg(reader.currentOffset()));
    return resolve(raws);
}

Result<QByteArray> SenmlPack::writeJson(const QList<WireRecord>& records, qsizetype reserve)
{
    QByteArray out;
    out.reserve(std::max<qsizetype>(reserve, 16));
    out += '[';
    bool firstRecord = true;
    for (const WireRecord& r : records) {
        if (!firstRecord)
            out += ',';
        firstRecord = false;
        out += '{';
        bool first = true;
        const auto key = [&](const char* k) {
            if (!first)
                out += ',';
            first = false;
            out += '"';
            out += k;
            out += "\":";
        };
        if (r.baseName) {
            key("bn");
            JsonWriter::appendString(out, QStringView(*r.baseName));
        }
        if (r.baseTime) {
            key("bt");
            LWC_CHECK(appendJsonNumber(out, timeNumber(*r.baseTime), false));
        }
        if (r.name) {
            key("n");
            JsonWriter::appendString(out, QStringView(*r.name));
        }
        switch (r.kind) {
        case ValueKind::None:
            break;
        case ValueKind::Number:
            key("v");
            LWC_CHECK(appendJsonNumber(out, r.number, r.numberIsFloat));
            break;
        case ValueKind::String:
            key("vs");
            JsonWriter::appendString(out, QStringView(r.text));
            break;
        case ValueKind::Boolean:
            key("vb");
            out += r.boolean ? "true" : "false";
            break;
        case ValueKind::Data:
            key("vd");
            out += '"';
            appendBase64Url(out, r.data); // RFC 8428: base64url, no padding
            out += '"';
            break;
        case ValueKind::ObjectLink:
            key("vlo");
            JsonWriter::appendString(out, QStringView(r.text));
            break;
        }
        if (r.time) {
            key("t");
            LWC_CHECK(appendJsonNumber(out, timeNumber(*r.time), false));
        }
        out += '}';
    }
    out += ']';
    return out;
}

Result<QByteArray> SenmlPack::writeCbor(const QList<WireRecord>& records, qsizetype reserve)
{
    QByteArray out;
    out.reserve(std::max<qsizetype>(reserve, 16));
    {
        QCborStreamWriter w(&out);
        w.startArray(quint64(records.size()));
        for (const WireRecord& r : records) {
            const quint64 fields = quint64(r.baseName.has_value()) + quint64(r.baseTime.has_value())
                + quint64(r.name.has_value()) + quint64(r.kind != ValueKind::None) + quint64(r.time.has_value());
            w.startMap(fields);
            if (r.baseName) {
                w.append(qint64(-2));
                w.append(QStringView(*r.baseName));
            }
            if (r.baseTime) {
                w.append(qint64(-3));
                appendCborNumber(w, timeNumber(*r.baseTime), false);
            }
            if (r.name) {
                w.append(qint64(0));
                w.append(QStringView(*r.name));
            }
            switch (r.kind) {
            case ValueKind::None:
                break;
            case ValueKind::Number:
                w.append(qint64(2));
                appendCborNumber(w, r.number, r.numberIsFloat);
                break;
            case ValueKind::String:
                w.append(qint64(3));
                w.append(QStringView(r.text));
                break;
            case ValueKind::Boolean:
                w.append(qint64(4));
                w.append(r.boolean);
                break;
            case ValueKind::Data:
                w.append(qint64(8));
                w.appendByteString(r.data.data(), r.data.size());
                break;
            case ValueKind::ObjectLink:
                w.append(QLatin1StringView("vlo"));
                w.append(QStringView(r.text));
                break;
            }
            if (r.time) {
                w.append(qint64(6));
                appendCborNumber(w, timeNumber(*r.time), false);
            }
            w.endMap();
        }
        w.endArray();
    }
    return out;
}

} // namespace lwc::codec
