// CoRE link format parser: parse -> format -> parse is stable.
#include "CodecFuzzSupport.h"

#include "codec/LinkFormat.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace lwc;
    const QByteArrayView text(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto links = codec::LinkFormat::parse(text);
    if (!links) {
        if (!links.error().details.startsWith(QLatin1String("byte ")))
            fuzz::fail("link format error without offset");
        return 0;
    }
    for (const codec::Link& link : *links)
        (void)link.path();
    const auto formatted = codec::LinkFormat::format(*links);
    if (!formatted)
        fuzz::fail("parsed links could not be formatted");
    const auto back = codec::LinkFormat::parse(*formatted);
    if (!back || *back != *links)
        fuzz::fail("link format round trip changed the links");
    return 0;
}
