#include "CodecUtil.h"

#include <QCborStreamReader>
#include <QCoreApplication>
#include <QLocale>
#include <QStringDecoder>

#include <cmath>
#include <cstring>

namespace lwc::codec {

std::optional<QString> decodeUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

Status checkRecordsForEncoding(const lwm2m::Path& target, const QList<lwm2m::Record>& records, const QString& format,
                               bool allowTime, bool allowNone)
{
    for (const lwm2m::Record& r : records) {
        const QString where = r.path.toString();
        if (!r.path.startsWith(target))
            return makeError(QStringLiteral("codec.encode.outsideTarget"),
                             QCoreApplication::translate("lwc::codec::Codec",
                                                         "%1 is not under the request path %2; it cannot go into this "
                                                         "payload.")
                                 .arg(where, target.toString()),
                             where);
        if (!r.path.hasResource())
            return makeError(QStringLiteral("codec.encode.notResource"),
                             QCoreApplication::translate("lwc::codec::Codec",
                                                         "%1 is not a resource path; %2 carries values of resources "
                                                         "like /0/1/3.")
                                 .arg(where, format),
                             where);
        if (r.value.isNone() && !allowNone)
            return makeError(
                QStringLiteral("codec.encode.noValue"),
                QCoreApplication::translate("lwc::codec::Codec", "%1 has no value to encode in %2.").arg(where, format),
                where);
        if (r.time && !allowTime)
            return makeError(QStringLiteral("codec.encode.timeUnsupported"),
                             QCoreApplication::translate("lwc::codec::Codec",
                                                         "%1 carries a timestamp, which %2 cannot hold; use SenML "
                                                         "JSON or SenML CBOR.")
                                 .arg(where, format),
                             where);
    }
    return {};
}

namespace {
constexpr char kUrlAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
}

qsizetype base64UrlLength(qsizetype bytes)
{
    return (bytes / 3) * 4 + (bytes % 3 == 0 ? 0 : bytes % 3 + 1);
}

void appendBase64Url(QByteArray& out, QByteArrayView bytes)
{
    const auto* p = reinterpret_cast<const quint8*>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    for (; i + 3 <= n; i += 3) {
        const quint32 v = quint32(p[i]) << 16 | quint32(p[i + 1]) << 8 | p[i + 2];
        out.append(kUrlAlphabet[(v >> 18) & 63]);
        out.append(kUrlAlphabet[(v >> 12) & 63]);
        out.append(kUrlAlphabet[(v >> 6) & 63]);
        out.append(kUrlAlphabet[v & 63]);
    }
    if (n - i == 1) {
        const quint32 v = quint32(p[i]) << 16;
        out.append(kUrlAlphabet[(v >> 18) & 63]);
        out.append(kUrlAlphabet[(v >> 12) & 63]);
    } else if (n - i == 2) {
        const quint32 v = quint32(p[i]) << 16 | quint32(p[i + 1]) << 8;
        out.append(kUrlAlphabet[(v >> 18) & 63]);
        out.append(kUrlAlphabet[(v >> 12) & 63]);
        out.append(kUrlAlphabet[(v >> 6) & 63]);
    }
}

std::optional<QByteArray> decodeBase64Any(QByteArrayView text)
{
    qsizetype n = text.size();
    // Padding: at most two '=' at the end, and only if the length is then a multiple of 4.
    qsizetype pad = 0;
    while (n > 0 && text[n - 1] == '=' && pad < 3) {
        --n;
        ++pad;
    }
    if (pad > 2 || (pad > 0 && (n + pad) % 4 != 0))
        return std::nullopt;
    if (n % 4 == 1)
        return std::nullopt;
    bool standard = false, url = false;
    auto sextet = [&](char c) -> int {
        if (c >= 'A' && c <= 'Z')
            return c - 'A';
        if (c >= 'a' && c <= 'z')
            return c - 'a' + 26;
        if (c >= '0' && c <= '9')
            return c - '0' + 52;
        if (c == '+' || c == '/') {
            standard = true;
            return c == '+' ? 62 : 63;
        }
        if (c == '-' || c == '_') {
            url = true;
            return c == '-' ? 62 : 63;
        }
        return -1;
    };
    const qsizetype outLength = (n / 4) * 3 + (n % 4 == 0 ? 0 : n % 4 - 1);
    QByteArray out(outLength, Qt::Uninitialized);
    char* o = out.data();
    quint32 acc = 0;
    int bits = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const int s = sextet(text[i]);
        if (s < 0) {
            wipeByteArray(out);
            return std::nullopt;
        }
        acc = (acc << 6) | quint32(s);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            *o++ = char((acc >> bits) & 0xFF);
        }
    }
    // The two alphabets must not be mixed. Non-zero leftover bits (a
    // non-canonical encoder) are tolerated: devices differ.
    if (standard && url) {
        wipeByteArray(out);
        return std::nullopt;
    }
    Q_ASSERT(o == out.constData() + outLength);
    return out;
}

QByteArray formatDouble(double v, bool fixed)
{
    QByteArray s = QByteArray::number(v, fixed ? 'f' : 'g', QLocale::FloatingPointShortest);
    if (std::isfinite(v) && !s.contains('.') && !s.contains('e') && !s.contains('E'))
        s += ".0";
    return s;
}

qsizetype estimateEncodedSize(const QList<lwm2m::Record>& records)
{
    qsizetype size = 64;
    for (const lwm2m::Record& r : records) {
        size += 64; // path, labels, headers, numbers
        switch (r.value.type()) {
        case lwm2m::ValueType::String:
        case lwm2m::ValueType::Corelnk:
            size += r.value.toText().size() * 6; // worst-case JSON escaping \uXXXX
            break;
        case lwm2m::ValueType::Opaque:
            size += r.value.opaqueSize() * 2 + 8; // base64 or hex
            break;
        default:
            size += 32;
        }
    }
    return size;
}

bool readCborText(QCborStreamReader& reader, QString& out)
{
    out.clear();
    auto r = reader.readString();
    while (r.status == QCborStreamReader::Ok) {
        out += r.data;
        r = reader.readString();
    }
    return r.status == QCborStreamReader::EndOfString;
}

bool readCborBytes(QCborStreamReader& reader, QByteArray& out)
{
    out.clear();
    auto r = reader.readByteArray();
    while (r.status == QCborStreamReader::Ok) {
        if (out.isEmpty()) {
            out = std::move(r.data);
        } else {
            QByteArray joined(out.size() + r.data.size(), Qt::Uninitialized);
            std::memcpy(joined.data(), out.constData(), size_t(out.size()));
            std::memcpy(joined.data() + out.size(), r.data.constData(), size_t(r.data.size()));
            wipeByteArray(out);
            wipeByteArray(r.data);
            out = std::move(joined);
        }
        r = reader.readByteArray();
    }
    if (r.status != QCborStreamReader::EndOfString) {
        wipeByteArray(out);
        return false;
    }
    return true;
}

} // namespace lwc::codec
