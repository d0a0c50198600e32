#pragma once

#include "common/Result.h"
#include "common/SecretBytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace lwc::codec {

// Sensor Measurement Lists (RFC 8428) independent of LwM2M: parse a pack in
// JSON or CBOR into resolved records (RFC 8428 section 4.6: base name, base
// time, base unit, base value and base sum applied), and write packs. The
// LwM2M mapping (names are paths, typed values) is SenmlCodec.
class SenmlPack {
public:
    // A number as it was written: integers stay exact.
    struct Number {
        std::variant<qint64, quint64, double> v = qint64(0);
        bool isIntegral() const { return !std::holds_alternative<double>(v); }
        double toDouble() const;
        bool operator==(const Number&) const = default;
    };

    enum class ValueKind { None, Number, String, Boolean, Data, ObjectLink };

    // After resolution.
    struct Record {
        QString name;
        std::optional<double> time;
        QString unit;
        ValueKind kind = ValueKind::None;
        Number number; // Number
        QString text; // String ("vs") and ObjectLink ("vlo", LwM2M)
        bool boolean = false;
        QByteArray data; // Data ("vd"), decoded from base64 in JSON
        std::optional<Number> sum;
        std::optional<double> updateTime;
        qsizetype offset = 0; // where the record starts in the input, for errors
    };

    // What the writers emit, in this order: bn, bt, n, value, t. Data is a
    // view (the writer copies it straight into the output).
    struct WireRecord {
        std::optional<QString> baseName;
        std::optional<double> baseTime;
        std::optional<QString> name;
        ValueKind kind = ValueKind::None;
        Number number;
        bool numberIsFloat = false; // write a float even if integral (LwM2M Float)
        QString text;
        bool boolean = false;
        QByteArrayView data;
        std::optional<double> time;
    };

    static constexpr qsizetype kMaxRecords = 100000;

    static Result<QList<Record>> parseJson(QByteArrayView json);
    static Result<QList<Record>> parseCbor(QByteArrayView cbor);

    // `reserve`: capacity to allocate up front so the buffer never moves
    // (no stray copy of secret data). NaN and infinities cannot be written
    // in JSON and fail there.
    static Result<QByteArray> writeJson(const QList<WireRecord>& records, qsizetype reserve = 0);
    static Result<QByteArray> writeCbor(const QList<WireRecord>& records, qsizetype reserve = 0);
};

} // namespace lwc::codec
