#pragma once

#include "common/Result.h"
#include "common/SecretBytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDebug>
#include <QString>

#include <compare>
#include <memory>
#include <optional>
#include <variant>

namespace lwc::lwm2m {

// The LwM2M data types (TS 1.1/1.2 Core, appendix C) plus None for "no value"
// (executable resources, name-only SenML records, CBOR null).
enum class ValueType : quint8 {
    None,
    String,
    Integer,
    UnsignedInteger,
    Float,
    Boolean,
    Opaque,
    Time,
    Objlnk,
    Corelnk,
};

// "none", "string", "integer", "unsigned", "float", "boolean", "opaque",
// "time", "objlnk", "corelnk" — the names used in JSON and on the CLI.
QString valueTypeName(ValueType type);
// Accepts the names above and the OMA DDF spellings ("Unsigned Integer", "Objlnk").
std::optional<ValueType> valueTypeFromName(QStringView name);

// An object link "object:instance"; 65535:65535 means "no link".
struct Objlnk {
    quint16 objectId = 0xFFFF;
    quint16 instanceId = 0xFFFF;

    bool isNull() const { return objectId == 0xFFFF && instanceId == 0xFFFF; }
    // Decimal "66:0". The TS 1.1 JSON example prints "no link" as FFFF:FFFF;
    // parse() accepts that spelling too.
    QString toString() const;
    static Result<Objlnk> parse(QStringView text);
    auto operator<=>(const Objlnk&) const = default;
};

// A typed LwM2M value. Cheap to copy. Opaque values that are secret (the
// Security object's Secret Key /0/x/5 and SMS Binding Secret Key(s) /0/x/8,
// or any resource a definition marks secret) are held as a shared handle to
// a SecretBytes, so copies of the Value never copy the key bytes and the
// bytes are wiped when the last copy goes (S26).
class Value {
public:
    Value() = default; // None

    static Value string(QString text);
    static Value integer(qint64 v);
    static Value unsignedInteger(quint64 v);
    static Value floating(double v);
    static Value boolean(bool v);
    static Value opaque(QByteArray bytes);
    // A secret opaque value; takes ownership of the bytes.
    static Value secret(SecretBytes bytes);
    static Value secret(std::shared_ptr<const SecretBytes> bytes);
    // Seconds since 1970-01-01T00:00:00Z (signed).
    static Value time(qint64 secondsSinceEpoch);
    static Value objlnk(Objlnk link);
    static Value corelnk(QString link);

    ValueType type() const { return m_type; }
    bool isNone() const { return m_type == ValueType::None; }
    bool isSecret() const { return std::holds_alternative<std::shared_ptr<const SecretBytes>>(m_data); }

    // Accessors; each has the precondition that type() matches.
    const QString& toText() const; // String and Corelnk
    qint64 toInteger() const; // Integer and Time
    quint64 toUnsigned() const;
    double toDouble() const;
    bool toBool() const;
    Objlnk toObjlnk() const;
    // Plain (non-secret) opaque bytes.
    const QByteArray& opaqueBytes() const;
    // The secret handle (isSecret()).
    const std::shared_ptr<const SecretBytes>& secretBytes() const;
    // The bytes of any opaque value, secret or not, for codecs that write them
    // to the wire. Valid while this Value (or a copy) lives. Never log it.
    QByteArrayView opaqueView() const;
    qsizetype opaqueSize() const { return opaqueView().size(); }

    // One line for humans: strings quoted, opaque as hex, secrets as
    // "<secret:N bytes>" unless revealSecrets is set.
    QString describe(bool revealSecrets = false) const;

    // Type and content equal; secrets compared in constant time.
    bool operator==(const Value& other) const;

private:
    using Data = std::variant<std::monostate, QString, qint64, quint64, double, bool, QByteArray,
                              std::shared_ptr<const SecretBytes>, Objlnk>;
    Value(ValueType type, Data data) : m_type(type), m_data(std::move(data)) { }

    ValueType m_type = ValueType::None;
    Data m_data;
};

// Redacted like describe().
QDebug operator<<(QDebug debug, const Value& value);

} // namespace lwc::lwm2m
