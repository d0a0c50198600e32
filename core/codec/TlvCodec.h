#pragma once

#include "lwm2m/ObjectRegistry.h"
#include "lwm2m/Record.h"

#include <QByteArray>
#include <QByteArrayView>

namespace lwc::codec {

// OMA LwM2M TLV (application/vnd.oma.lwm2m+tlv, 11542), TS 1.1 Core 7.4.3:
// object-instance, resource-instance, multiple-resource and resource
// entries, 8/16-bit identifiers and 3-bit/8/16/24-bit lengths.
//
// The payload shape follows the request path (`target`):
//   /O        object-instance TLVs, each holding resource TLVs;
//   /O/I      resource and multiple-resource TLVs;
//   /O/I/R    one resource TLV, or one multiple-resource TLV (or its
//             resource-instance TLVs);
//   /O/I/R/RI one resource-instance TLV.
// Decoding is strict: every declared length must fit its enclosing entry
// exactly, integers are 1/2/4/8 bytes, floats 4/8, booleans 0/1, object
// links 4 bytes, strings valid UTF-8, and ID 65535 is refused.
class TlvCodec {
public:
    static constexpr qsizetype kMaxEntryLength = 0xFFFFFF; // 24-bit length

    // Records must lie under `target` at resource or resource-instance level.
    // Entries are written in path order with the shortest identifier, length
    // and integer/float forms. Secret opaque values are written straight
    // from their SecretBytes; the caller wipes the result (wipeByteArray).
    static Result<QByteArray> encode(const lwm2m::Path& target, const QList<lwm2m::Record>& records);

    // Types come from `registry` (TLV carries none); resources without a
    // definition decode as Opaque. Secret resources decode to secret values.
    static Result<QList<lwm2m::Record>> decode(const lwm2m::Path& target, QByteArrayView payload,
                                               const lwm2m::ObjectRegistry& registry);
};

} // namespace lwc::codec
