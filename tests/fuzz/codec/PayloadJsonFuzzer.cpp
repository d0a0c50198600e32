// The CLI's JSON form: parse -> write (revealed) -> parse is stable.
#include "CodecFuzzSupport.h"

#include "codec/PayloadJson.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace lwc;
    const auto doc = codec::PayloadJson::parse(QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size)),
                                               fuzz::registry());
    if (!doc)
        return 0;
    const lwm2m::Path path = doc->path.value_or(lwm2m::Path());
    const QByteArray json = doc->hasLinks ? codec::PayloadJson::fromLinks(doc->links)
                                          : codec::PayloadJson::fromRecords(doc->format, path, doc->records, true);
    const auto back = codec::PayloadJson::parse(json, fuzz::registry());
    if (!back)
        fuzz::fail("written JSON does not parse");
    if (back->records != doc->records || back->links != doc->links)
        fuzz::fail("JSON round trip changed the payload");
    return 0;
}
