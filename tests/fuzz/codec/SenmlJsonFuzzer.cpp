// SenML JSON decoder (and the JSON reader under it).
#include "CodecFuzzSupport.h"

#include "codec/SenmlCodec.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace lwc;
    const QByteArrayView payload(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto records = codec::SenmlCodec::decodeJson(lwm2m::Path(), payload, fuzz::registry());
    if (!records) {
        if (records.error().code.isEmpty())
            fuzz::fail("error without code");
        return 0;
    }
    const auto again = codec::SenmlCodec::encodeJson(lwm2m::Path(), *records);
    if (!again)
        return 0; // e.g. a time that overflowed to infinity
    const auto back = codec::SenmlCodec::decodeJson(lwm2m::Path(), *again, fuzz::registry());
    if (!back || *back != *records)
        fuzz::fail("SenML JSON re-encoding changed the records");
    return 0;
}
