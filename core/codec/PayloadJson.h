#pragma once

#include "ContentFormat.h"
#include "LinkFormat.h"

#include "lwm2m/ObjectRegistry.h"
#include "lwm2m/Record.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace lwc::codec {

// A readable JSON form of a payload, for technicians (commissioner-cli
// decode/encode) and support files:
//
//   {
//     "format": "tlv",
//     "path": "/0",
//     "records": [
//       {"path": "/0/1/0", "type": "string", "value": "coaps://lwm2m.example.net:5684"},
//       {"path": "/0/1/3", "type": "opaque", "hex": "6465762d31", "text": "dev-1"},
//       {"path": "/0/1/5", "type": "opaque", "secret": true, "value": "<secret:16 bytes>"},
//       {"path": "/3/0/13", "type": "time", "value": 1367491215, "iso": "2013-05-02T10:40:15Z"}
//     ]
//   }
//
// Link format payloads use "links": [{"target": "/0/1", "attributes":
// [{"name": "ssid", "value": "101"}, {"name": "uri", "value": "...", "quoted": true}]}].
//
// Secret values are written as "<secret:N bytes>" unless the caller reveals
// them (then "hex"); such a redacted value cannot be encoded again.
class PayloadJson {
public:
    struct Document {
        std::optional<ContentFormat> format;
        std::optional<lwm2m::Path> path;
        bool hasLinks = false;
        QList<lwm2m::Record> records;
        QList<Link> links;
    };

    static QByteArray fromRecords(std::optional<ContentFormat> format, const lwm2m::Path& target,
                                  const QList<lwm2m::Record>& records, bool revealSecrets);
    static QByteArray fromLinks(const QList<Link>& links);

    // Reads the form above (also a bare array of records). A record's
    // "type" may be left out when `registry` defines the resource; opaque
    // values come as "hex", "base64" or "text" (UTF-8); integers beyond 2^53
    // may be given as decimal strings. Values of secret resources (or with
    // "secret": true) become secret values.
    static Result<Document> parse(QByteArrayView json, const lwm2m::ObjectRegistry& registry);

    static bool containsSecret(const QList<lwm2m::Record>& records);
};

} // namespace lwc::codec
