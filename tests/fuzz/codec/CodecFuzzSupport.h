#pragma once

// Shared by the codec fuzz harnesses: a registry with every value type, the
// request paths a harness picks from with the first input byte, and a check
// that aborts (so libFuzzer and the standalone driver report it).
#include "lwm2m/ObjectRegistry.h"
#include "lwm2m/Record.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace lwc::fuzz {

inline const lwm2m::ObjectRegistry& registry()
{
    static const lwm2m::ObjectRegistry r = [] {
        using lwm2m::ValueType;
        lwm2m::ObjectRegistry reg = lwm2m::ObjectRegistry::builtin();
        lwm2m::ObjectDefinition def;
        def.id = 40000;
        def.name = QStringLiteral("Fuzz types");
        def.multipleInstances = true;
        const ValueType types[]
            = {ValueType::String, ValueType::Integer, ValueType::UnsignedInteger, ValueType::Float,  ValueType::Boolean,
               ValueType::Opaque, ValueType::Time,    ValueType::Objlnk,          ValueType::Corelnk};
        for (quint16 i = 0; i < 9; ++i) {
            lwm2m::ResourceDefinition res;
            res.id = i;
            res.type = types[i];
            res.multiple = i % 2;
            res.secret = i == 5;
            def.resources.emplace(i, res);
        }
        lwm2m::ResourceDefinition exec;
        exec.id = 9;
        exec.operations = lwm2m::Operation::Execute;
        def.resources.emplace(9, exec);
        reg.add(def);
        return reg;
    }();
    return r;
}

inline lwm2m::Path targetFor(uint8_t selector)
{
    static const lwm2m::Path targets[] = {
        lwm2m::Path(0),
        lwm2m::Path(0, 1),
        lwm2m::Path(1),
        lwm2m::Path(1, 0),
        lwm2m::Path(3),
        lwm2m::Path(3, 0),
        lwm2m::Path(3, 0, 7),
        lwm2m::Path(3, 0, 7, 1),
        lwm2m::Path(40000),
        lwm2m::Path(40000, 0),
        lwm2m::Path(40000, 0, 3),
        lwm2m::Path(40000, 0, 5),
        lwm2m::Path(40000, 0, 1, 2),
        lwm2m::Path(0, 1, 5),
        lwm2m::Path(),
        lwm2m::Path(3, 0, 13),
    };
    return targets[selector % std::size(targets)];
}

[[noreturn]] inline void fail(const char* what)
{
    std::fprintf(stderr, "fuzz check failed: %s\n", what);
    std::abort();
}

inline QList<lwm2m::Record> sortedByPath(QList<lwm2m::Record> records)
{
    std::stable_sort(records.begin(), records.end(),
                     [](const lwm2m::Record& a, const lwm2m::Record& b) { return a.path < b.path; });
    return records;
}

} // namespace lwc::fuzz
