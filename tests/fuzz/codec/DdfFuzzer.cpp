// OMA DDF XML loader.
#include "CodecFuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace lwc;
    lwm2m::ObjectRegistry registry = lwm2m::ObjectRegistry::builtin();
    const auto loaded = registry.loadDdf(QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size)),
                                         QStringLiteral("fuzz.xml"));
    if (!loaded) {
        if (registry.objectIds() != lwm2m::ObjectRegistry::builtin().objectIds())
            fuzz::fail("a failed load changed the registry");
        return 0;
    }
    for (quint16 id : *loaded) {
        const lwm2m::ObjectDefinition* def = registry.find(id);
        if (!def)
            fuzz::fail("loaded object missing");
        for (const auto& [rid, res] : def->resources) {
            if (rid != res.id || (res.type == lwm2m::ValueType::None && !res.isExecutable()))
                fuzz::fail("inconsistent resource definition");
            (void)res.range.contains(0);
        }
    }
    return 0;
}
