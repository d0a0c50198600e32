#pragma once

#include "SenmlPack.h"

#include "lwm2m/ObjectRegistry.h"
#include "lwm2m/Record.h"

namespace lwc::codec {

// SenML JSON (110) and SenML CBOR (112) as LwM2M uses them (TS 1.1 Core
// 7.4.4/7.4.5): names resolve to absolute paths; "v" numbers, "vs" strings
// and core links, "vb" booleans, "vd" opaque (base64url in JSON), "vlo"
// object links. Decoding types numbers from the object definitions.
//
// Encoding: with a request path /O/I the first record carries bn "/O/I/" and
// names are relative ("0", "6/1"), as in the TS tables; a single value at the
// request path itself has bn only; with the root path (composite operations)
// every record has its full path in "n". Values without a type in SenML
// (Time, Unsigned) go into "v". Record times are written as absolute "t".
class SenmlCodec {
public:
    static Result<QByteArray> encodeJson(const lwm2m::Path& target, const QList<lwm2m::Record>& records);
    static Result<QByteArray> encodeCbor(const lwm2m::Path& target, const QList<lwm2m::Record>& records);

    // SenML JSON decoding accepts "vd" in base64 and base64url, padded or not.
    static Result<QList<lwm2m::Record>> decodeJson(const lwm2m::Path& target, QByteArrayView payload,
                                                   const lwm2m::ObjectRegistry& registry);
    static Result<QList<lwm2m::Record>> decodeCbor(const lwm2m::Path& target, QByteArrayView payload,
                                                   const lwm2m::ObjectRegistry& registry);

    // The mapping on its own (used by the two pairs above).
    static Result<QList<SenmlPack::WireRecord>> toWire(const lwm2m::Path& target, const QList<lwm2m::Record>& records);
    static Result<QList<lwm2m::Record>> fromPack(QList<SenmlPack::Record>& pack, const lwm2m::ObjectRegistry& registry);
};

} // namespace lwc::codec
