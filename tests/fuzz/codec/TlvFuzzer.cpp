// TLV decoder: never crashes; whatever decodes also encodes back to a
// payload that decodes to the same records.
#include "CodecFuzzSupport.h"

#include "codec/TlvCodec.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace lwc;
    if (size < 1)
        return 0;
    const lwm2m::Path target = fuzz::targetFor(data[0]);
    const QByteArrayView payload(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    const auto records = codec::TlvCodec::decode(target, payload, fuzz::registry());
    if (!records) {
        if (records.error().code.isEmpty() || records.error().userText.isEmpty())
            fuzz::fail("error without code or text");
        return 0;
    }
    const auto again = codec::TlvCodec::encode(target, *records);
    if (!again)
        return 0; // e.g. an executable resource sent with no value: decodable, not a value to encode
    const auto back = codec::TlvCodec::decode(target, *again, fuzz::registry());
    if (!back || fuzz::sortedByPath(*back) != fuzz::sortedByPath(*records))
        fuzz::fail("TLV re-encoding changed the records");
    return 0;
}
