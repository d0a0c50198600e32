// Plain text and opaque decoders for single resources.
#include "CodecFuzzSupport.h"

#include "codec/TextCodec.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace lwc;
    if (size < 1)
        return 0;
    // Bits 0-3 pick the resource of object 40000 (every type), bit 4 text or opaque.
    const lwm2m::Path target(40000, 0, quint16(data[0] & 0x0F));
    const bool opaque = data[0] & 0x10;
    const QByteArrayView payload(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    const auto records = opaque ? codec::OpaqueCodec::decode(target, payload, fuzz::registry())
                                : codec::TextCodec::decode(target, payload, fuzz::registry());
    if (!records)
        return 0;
    if (records->size() != 1 || records->front().path != target)
        fuzz::fail("single-value decoder returned another shape");
    const auto again
        = opaque ? codec::OpaqueCodec::encode(target, *records) : codec::TextCodec::encode(target, *records);
    if (!again)
        return 0; // opaque given as base64 text (LwM2M 1.0) is not written back as text
    const auto back = opaque ? codec::OpaqueCodec::decode(target, *again, fuzz::registry())
                             : codec::TextCodec::decode(target, *again, fuzz::registry());
    if (!back || *back != *records)
        fuzz::fail("text/opaque re-encoding changed the value");
    return 0;
}
