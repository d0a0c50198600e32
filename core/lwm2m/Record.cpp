#include "Record.h"

#include <QCoreApplication>

namespace lwc::lwm2m {

Result<QList<ObjectInstance>> groupRecords(const QList<Record>& records)
{
    std::map<std::pair<quint16, quint16>, ObjectInstance> grouped;
    for (const Record& r : records) {
        if (!r.path.hasResource())
            return makeError(QStringLiteral("lwm2m.records.notResource"),
                             QCoreApplication::translate("lwc::lwm2m::Record",
                                                         "The value at %1 is not at a resource path; resources look "
                                                         "like /0/1/3.")
                                 .arg(r.path.toString()),
                             r.path.toString());
        ObjectInstance& inst = grouped[{r.path.objectId(), r.path.instanceId()}];
        inst.objectId = r.path.objectId();
        inst.instanceId = r.path.instanceId();
        const quint16 rid = r.path.resourceId();
        const bool isInstance = r.path.isResourceInstance();
        auto it = inst.resources.find(rid);
        if (it == inst.resources.end()) {
            Resource res;
            res.id = rid;
            res.multiple = isInstance;
            it = inst.resources.emplace(rid, std::move(res)).first;
        } else if (it->second.multiple != isInstance || !isInstance) {
            const bool duplicate = !isInstance && !it->second.multiple;
            return makeError(
                duplicate ? QStringLiteral("lwm2m.records.duplicatePath")
                          : QStringLiteral("lwm2m.records.mixedResource"),
                duplicate ? QCoreApplication::translate("lwc::lwm2m::Record", "The payload contains %1 more than once.")
                                .arg(r.path.truncated(Path::Resource).toString())
                          : QCoreApplication::translate("lwc::lwm2m::Record",
                                                        "Resource %1 is given both as a single value and "
                                                        "as resource instances.")
                                .arg(r.path.truncated(Path::Resource).toString()),
                r.path.toString());
        }
        Resource& res = it->second;
        if (isInstance) {
            if (!res.instances.emplace(r.path.resourceInstanceId(), r.value).second)
                return makeError(
                    QStringLiteral("lwm2m.records.duplicatePath"),
                    QCoreApplication::translate("lwc::lwm2m::Record", "The payload contains %1 more than once.")
                        .arg(r.path.toString()),
                    r.path.toString());
        } else {
            res.value = r.value;
        }
    }
    QList<ObjectInstance> out;
    out.reserve(qsizetype(grouped.size()));
    for (auto& [key, inst] : grouped)
        out.append(std::move(inst));
    return out;
}

QList<Record> flattenInstances(const QList<ObjectInstance>& instances)
{
    QList<Record> out;
    for (const ObjectInstance& inst : instances) {
        for (const auto& [rid, res] : inst.resources) {
            if (res.multiple) {
                for (const auto& [riid, value] : res.instances)
                    out.append({Path(inst.objectId, inst.instanceId, rid, riid), value, std::nullopt});
            } else {
                out.append({Path(inst.objectId, inst.instanceId, rid), res.value, std::nullopt});
            }
        }
    }
    return out;
}

} // namespace lwc::lwm2m
