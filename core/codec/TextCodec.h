#pragma once

#include "lwm2m/ObjectRegistry.h"
#include "lwm2m/Record.h"

namespace lwc::codec {

// Plain text (text/plain, 0) for a single resource or resource instance,
// TS 1.1 Core 7.4.1: strings as UTF-8, integers and times in decimal,
// floats in decimal notation, booleans "0"/"1", object links "66:0". Opaque
// values are not carried in plain text since LwM2M 1.1 (use Opaque, 42);
// decoding still accepts base64 for an opaque resource (LwM2M 1.0 devices).
class TextCodec {
public:
    static Result<QByteArray> encode(const lwm2m::Path& target, const QList<lwm2m::Record>& records);
    static Result<QList<lwm2m::Record>> decode(const lwm2m::Path& target, QByteArrayView payload,
                                               const lwm2m::ObjectRegistry& registry);
};

// Opaque (application/octet-stream, 42): the raw bytes of one opaque
// resource or resource instance. Secret resources decode to secret values.
class OpaqueCodec {
public:
    static Result<QByteArray> encode(const lwm2m::Path& target, const QList<lwm2m::Record>& records);
    static Result<QList<lwm2m::Record>> decode(const lwm2m::Path& target, QByteArrayView payload,
                                               const lwm2m::ObjectRegistry& registry);
};

} // namespace lwc::codec
