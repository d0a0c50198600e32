// Built-in object definitions: LwM2M Security (0), LwM2M Server (1), Device (3).
//
// Sources: the published OMA object definitions (OMA LwM2M registry, DDF XML)
//   - LwM2M Security  urn:oma:lwm2m:oma:0:1.2  (OMA-SUP-XML_0-V1_2-20201110-A)
//   - LwM2M Server    urn:oma:lwm2m:oma:1:1.2  (OMA-SUP-XML_1-V1_2-20201110-A)
//   - Device          urn:oma:lwm2m:oma:3:1.1  (OMA-SUP-XML_LWM2M_Device-V1_1)
//
// NOTE on object 0 numbering: the change request in ../shared/spec/ is a 2013
// draft whose Security object puts Short Server ID at resource 6 and
// ClientHoldOffTime at 7. The published object (1.0 and later, and this table)
// has the SMS resources at 6..9, Short Server ID at 10, Client Hold Off Time at
// 11, Bootstrap-Server Account Timeout at 12, Matching Type at 13, SNI at 14,
// Certificate Usage at 15 and DTLS/TLS Ciphersuite at 16. Devices implement the
// published numbering; do not "fix" this table from the draft.
#include "ObjectRegistry.h"

namespace lwc::lwm2m {

namespace {

struct Row {
    quint16 id;
    const char* name;
    const char* operations;
    bool multiple;
    bool mandatory;
    ValueType type;
    const char* range;
    const char* units;
    bool secret;
};

constexpr bool M = true; // mandatory / multiple
constexpr bool O = false; // optional / single

void addRows(ObjectDefinition& def, std::initializer_list<Row> rows)
{
    for (const Row& r : rows) {
        ResourceDefinition res;
        res.id = r.id;
        res.name = QString::fromLatin1(r.name);
        res.operations = operationsFromString(QString::fromLatin1(r.operations)).value_or(Operations {});
        res.multiple = r.multiple;
        res.mandatory = r.mandatory;
        res.type = r.type;
        res.range = ValueRange::parse(QString::fromLatin1(r.range));
        res.units = QString::fromLatin1(r.units);
        res.secret = r.secret;
        def.resources.emplace(res.id, std::move(res));
    }
}

} // namespace

ObjectDefinition securityObjectDefinition()
{
    ObjectDefinition def;
    def.id = 0;
    def.name = QStringLiteral("LWM2M Security");
    def.urn = QStringLiteral("urn:oma:lwm2m:oma:0:1.2");
    def.version = QStringLiteral("1.2");
    def.lwm2mVersion = QStringLiteral("1.1");
    def.multipleInstances = true;
    def.mandatory = true;
    def.description = QStringLiteral("Keying material of an LwM2M Client to access a specified LwM2M Server or the "
                                     "Bootstrap-Server. Changed only by a Bootstrap-Server or smartcard (S20).");
    using T = ValueType;
    // Operations are empty: no LwM2M Server may access object 0 (S20).
    addRows(
        def,
        {
            {0, "LWM2M Server URI", "", O, M, T::String, "0..255 bytes", "", false},
            {1, "Bootstrap-Server", "", O, M, T::Boolean, "", "", false},
            {2, "Security Mode", "", O, M, T::Integer, "0..4", "", false},
            // S8/S21: PSK identity (UTF-8, at least 128 bytes supported), RPK public key or certificate.
            {3, "Public Key or Identity", "", O, M, T::Opaque, "", "", false},
            {4, "Server Public Key", "", O, M, T::Opaque, "", "", false},
            // S20/S21: PSK (16 bytes for the AES-128 suites) or private key; never readable.
            {5, "Secret Key", "", O, M, T::Opaque, "", "", true},
            {6, "SMS Security Mode", "", O, O, T::Integer, "0..255", "", false},
            {7, "SMS Binding Key Parameters", "", O, O, T::Opaque, "6 bytes", "", false},
            {8, "SMS Binding Secret Key(s)", "", O, O, T::Opaque, "16,32,48 bytes", "", true},
            {9, "LwM2M Server SMS Number", "", O, O, T::String, "", "", false},
            // S24: links to the Server object instance with the same Short Server ID.
            {10, "Short Server ID", "", O, O, T::Integer, "1..65534", "", false},
            {11, "Client Hold Off Time", "", O, O, T::Integer, "", "s", false},
            {12, "Bootstrap-Server Account Timeout", "", O, O, T::Integer, "", "s", false},
            {13, "Matching Type", "", O, O, T::UnsignedInteger, "0..3", "", false},
            {14, "SNI", "", O, O, T::String, "", "", false},
            {15, "Certificate Usage", "", O, O, T::UnsignedInteger, "0..3", "", false},
            {16, "DTLS/TLS Ciphersuite", "", M, O, T::UnsignedInteger, "", "", false},
            {17, "OSCORE Security Mode", "", O, O, T::Objlnk, "", "", false},
            {18, "Groups To Use by Client", "", M, O, T::UnsignedInteger, "0..65535", "", false},
            {19, "Signature Algorithms Supported by Server", "", M, O, T::UnsignedInteger, "0..65535", "", false},
            {20, "Signature Algorithms To Use by Client", "", M, O, T::UnsignedInteger, "0..65535", "", false},
            {21, "Signature Algorithm Certs Supported by Server", "", M, O, T::UnsignedInteger, "0..65535", "", false},
            {22, "TLS 1.3 Features To Use by Client", "", O, O, T::UnsignedInteger, "0..65535", "", false},
            {23, "TLS Extensions Supported by Server", "", O, O, T::UnsignedInteger, "0..65535", "", false},
            {24, "TLS Extensions To Use by Client", "", O, O, T::UnsignedInteger, "0..65535", "", false},
            {25, "Secondary LwM2M Server URI", "", M, O, T::String, "0..255 bytes", "", false},
            {26, "MQTT Server", "", O, O, T::Objlnk, "", "", false},
            {27, "LwM2M COSE Security", "", M, O, T::Objlnk, "", "", false},
            {28, "RDS Destination Port", "", O, O, T::Integer, "0..15", "", false},
            {29, "RDS Source Port", "", O, O, T::Integer, "0..15", "", false},
            {30, "RDS Application ID", "", O, O, T::String, "", "", false},
        });
    return def;
}

ObjectDefinition serverObjectDefinition()
{
    ObjectDefinition def;
    def.id = 1;
    def.name = QStringLiteral("LwM2M Server");
    def.urn = QStringLiteral("urn:oma:lwm2m:oma:1:1.2");
    def.version = QStringLiteral("1.2");
    def.lwm2mVersion = QStringLiteral("1.2");
    def.multipleInstances = true;
    def.mandatory = true;
    def.description = QStringLiteral("Data related to an LwM2M Server.");
    using T = ValueType;
    addRows(def,
            {
                {0, "Short Server ID", "R", O, M, T::Integer, "1..65534", "", false},
                {1, "Lifetime", "RW", O, M, T::Integer, "", "s", false},
                {2, "Default Minimum Period", "RW", O, O, T::Integer, "", "s", false},
                {3, "Default Maximum Period", "RW", O, O, T::Integer, "", "s", false},
                {4, "Disable", "E", O, O, T::None, "", "", false},
                {5, "Disable Timeout", "RW", O, O, T::Integer, "", "s", false},
                {6, "Notification Storing When Disabled or Offline", "RW", O, M, T::Boolean, "", "", false},
                {7, "Binding", "RW", O, M, T::String, "", "", false},
                {8, "Registration Update Trigger", "E", O, M, T::None, "", "", false},
                {9, "Bootstrap-Request Trigger", "E", O, O, T::None, "", "", false},
                {10, "APN Link", "RW", O, O, T::Objlnk, "", "", false},
                {11, "TLS-DTLS Alert Code", "R", O, O, T::UnsignedInteger, "0..255", "", false},
                {12, "Last Bootstrapped", "R", O, O, T::Time, "", "", false},
                {13, "Registration Priority Order", "RW", O, O, T::UnsignedInteger, "", "", false},
                {14, "Initial Registration Delay Timer", "RW", O, O, T::UnsignedInteger, "", "s", false},
                {15, "Registration Failure Block", "RW", O, O, T::Boolean, "", "", false},
                {16, "Bootstrap on Registration Failure", "RW", O, O, T::Boolean, "", "", false},
                {17, "Communication Retry Count", "RW", O, O, T::UnsignedInteger, "", "", false},
                {18, "Communication Retry Timer", "RW", O, O, T::UnsignedInteger, "", "s", false},
                {19, "Communication Sequence Delay Timer", "RW", O, O, T::UnsignedInteger, "", "s", false},
                {20, "Communication Sequence Retry Count", "RW", O, O, T::UnsignedInteger, "", "", false},
                {21, "Trigger", "RW", O, O, T::Boolean, "", "", false},
                {22, "Preferred Transport", "RW", O, O, T::String, "", "", false},
                {23, "Mute Send", "RW", O, O, T::Boolean, "", "", false},
                {24, "Alternate APN Links", "RW", M, O, T::Objlnk, "", "", false},
                {25, "Supported Server Versions", "RW", M, O, T::String, "", "", false},
                {26, "Default Notification Mode", "RW", O, O, T::Integer, "0..1", "", false},
                {27, "Profile ID Hash Algorithm", "RW", O, O, T::Integer, "0..255", "", false},
            });
    return def;
}

ObjectDefinition deviceObjectDefinition()
{
    ObjectDefinition def;
    def.id = 3;
    def.name = QStringLiteral("Device");
    def.urn = QStringLiteral("urn:oma:lwm2m:oma:3:1.1");
    def.version = QStringLiteral("1.1");
    def.lwm2mVersion = QStringLiteral("1.1");
    def.multipleInstances = false;
    def.mandatory = true;
    def.description = QStringLiteral("Device related information, reboot and factory reset.");
    using T = ValueType;
    addRows(def,
            {
                {0, "Manufacturer", "R", O, O, T::String, "", "", false},
                {1, "Model Number", "R", O, O, T::String, "", "", false},
                {2, "Serial Number", "R", O, O, T::String, "", "", false},
                {3, "Firmware Version", "R", O, O, T::String, "", "", false},
                {4, "Reboot", "E", O, M, T::None, "", "", false},
                {5, "Factory Reset", "E", O, O, T::None, "", "", false},
                {6, "Available Power Sources", "R", M, O, T::Integer, "0..7", "", false},
                {7, "Power Source Voltage", "R", M, O, T::Integer, "", "mV", false},
                {8, "Power Source Current", "R", M, O, T::Integer, "", "mA", false},
                {9, "Battery Level", "R", O, O, T::Integer, "0..100", "%", false},
                {10, "Memory Free", "R", O, O, T::Integer, "", "KB", false},
                {11, "Error Code", "R", M, M, T::Integer, "0..8", "", false},
                {12, "Reset Error Code", "E", O, O, T::None, "", "", false},
                {13, "Current Time", "RW", O, O, T::Time, "", "", false},
                {14, "UTC Offset", "RW", O, O, T::String, "", "", false},
                {15, "Timezone", "RW", O, O, T::String, "", "", false},
                {16, "Supported Binding and Modes", "R", O, M, T::String, "", "", false},
                {17, "Device Type", "R", O, O, T::String, "", "", false},
                {18, "Hardware Version", "R", O, O, T::String, "", "", false},
                {19, "Software Version", "R", O, O, T::String, "", "", false},
                {20, "Battery Status", "R", O, O, T::Integer, "0..6", "", false},
                {21, "Memory Total", "R", O, O, T::Integer, "", "KB", false},
                {22, "ExtDevInfo", "R", M, O, T::Objlnk, "", "", false},
            });
    return def;
}

} // namespace lwc::lwm2m
