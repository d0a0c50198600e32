#pragma once

#include "lwm2m/ObjectRegistry.h"
#include "lwm2m/Record.h"

namespace lwc::codec {

// LwM2M CBOR (application/vnd.oma.lwm2m+cbor, 11544; LwM2M 1.2 TS Core
// 7.4.6): nested CBOR maps keyed by path IDs; a key is an unsigned integer
// or an array of them (several path levels at once); leaves are values
// (text, byte string, integers, floats, booleans, object links as
// "oid:iid" text, null for "no value"). Paths are absolute.
//
// Encoding writes the request path as the first key (an integer for one
// level, an array for more), then one nested map per remaining level, all
// definite-length, values in their shortest CBOR form.
class Lwm2mCborCodec {
public:
    static constexpr int kMaxNesting = 8;

    static Result<QByteArray> encode(const lwm2m::Path& target, const QList<lwm2m::Record>& records);
    // Accepts definite and indefinite maps, tag 1 (epoch time) around a
    // Time value, and null as "no value".
    static Result<QList<lwm2m::Record>> decode(const lwm2m::Path& target, QByteArrayView payload,
                                               const lwm2m::ObjectRegistry& registry);
};

} // namespace lwc::codec
