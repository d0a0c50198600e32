#pragma once

#include "Value.h"

#include <QFlags>
#include <QList>
#include <QString>

#include <map>
#include <optional>

namespace lwc::lwm2m {

// Operations a resource supports, as in the OMA DDF "Operations" element
// ("R", "W", "RW", "E"; empty for the Security object, which only a
// Bootstrap-Server writes).
enum class Operation : quint8 { Read = 0x1, Write = 0x2, Execute = 0x4 };
Q_DECLARE_FLAGS(Operations, Operation)
Q_DECLARE_OPERATORS_FOR_FLAGS(Operations)

QString operationsToString(Operations ops);
std::optional<Operations> operationsFromString(QStringView text);

// The "Range or Enumeration" column. For numeric types it bounds the value,
// for String and Opaque the length in bytes ("0..255 bytes", "16,32,48").
// Text that is not one of the forms below ("a..b", "a-b", "a,b,c", "n",
// optionally followed by "bytes") is kept verbatim and not enforced.
struct ValueRange {
    struct Interval {
        double min = 0;
        double max = 0;
        bool operator==(const Interval&) const = default;
    };
    QString text; // as written in the definition
    QList<Interval> intervals; // empty: no constraint (or not understood)
    bool understood = true;

    bool isEmpty() const { return intervals.isEmpty(); }
    bool contains(double v) const;
    // Parses the DDF text; never fails (see above).
    static ValueRange parse(QStringView text);
    static ValueRange between(double min, double max);
    static ValueRange oneOf(std::initializer_list<double> values);
};

struct ResourceDefinition {
    quint16 id = 0;
    QString name;
    Operations operations;
    bool multiple = false;
    bool mandatory = false;
    ValueType type = ValueType::None; // None: executable
    ValueRange range;
    QString units;
    // Keying material: held in SecretBytes, printed redacted, never logged.
    bool secret = false;
    QString description;

    bool isExecutable() const { return operations.testFlag(Operation::Execute); }
};

struct ObjectDefinition {
    quint16 id = 0;
    QString name;
    QString urn; // "urn:oma:lwm2m:oma:0:1.2"
    QString version; // object version, "1.2"
    QString lwm2mVersion; // "1.1"
    bool multipleInstances = false;
    bool mandatory = false;
    std::map<quint16, ResourceDefinition> resources;
    QString description;

    const ResourceDefinition* resource(quint16 resourceId) const;
};

} // namespace lwc::lwm2m
