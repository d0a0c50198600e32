// LwM2M CBOR decoder.
#include "CodecFuzzSupport.h"

#include "codec/Lwm2mCborCodec.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace lwc;
    const QByteArrayView payload(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto records = codec::Lwm2mCborCodec::decode(lwm2m::Path(), payload, fuzz::registry());
    if (!records) {
        if (records.error().code.isEmpty())
            fuzz::fail("error without code");
        return 0;
    }
    const auto again = codec::Lwm2mCborCodec::encode(lwm2m::Path(), *records);
    if (!again)
        return 0; // a resource given both as a value and as instances
    const auto back = codec::Lwm2mCborCodec::decode(lwm2m::Path(), *again, fuzz::registry());
    // A Time (tag 1) at a resource without a typed definition is written as a
    // plain integer (as other LwM2M CBOR writers do) and reads back as Integer.
    QList<lwm2m::Record> expected = *records;
    for (lwm2m::Record& r : expected) {
        const lwm2m::ResourceDefinition* def = fuzz::registry().resource(r.path);
        if (r.value.type() == lwm2m::ValueType::Time && (!def || def->type == lwm2m::ValueType::None))
            r.value = lwm2m::Value::integer(r.value.toInteger());
    }
    if (!back || fuzz::sortedByPath(*back) != fuzz::sortedByPath(expected))
        fuzz::fail("LwM2M CBOR re-encoding changed the records");
    return 0;
}
