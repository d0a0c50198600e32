#include "Validator.h"

#include <QCoreApplication>

#include <cmath>

namespace lwc::lwm2m {

namespace {

QString rangeText(const ResourceDefinition& def)
{
    return def.range.text.isEmpty() ? QStringLiteral("-") : def.range.text;
}

} // namespace

Status Validator::validateValue(const ResourceDefinition& def, const Value& value, const Path& path)
{
    const QString where = path.toString();
    if (def.type == ValueType::None) {
        if (value.isNone())
            return {};
        return makeError(
            QStringLiteral("lwm2m.validate.executable"),
            QCoreApplication::translate("lwc::lwm2m::Validator", "%1 (%2) is executable and cannot hold a value.")
                .arg(where, def.name),
            where);
    }
    if (value.type() != def.type)
        return makeError(QStringLiteral("lwm2m.validate.typeMismatch"),
                         QCoreApplication::translate("lwc::lwm2m::Validator", "%1 (%2) needs a %3 value, not %4.")
                             .arg(where, def.name, valueTypeName(def.type), valueTypeName(value.type())),
                         where);
    if (def.range.isEmpty())
        return {};
    double measured = 0;
    bool isLength = false;
    switch (value.type()) {
    case ValueType::Integer:
    case ValueType::Time:
        measured = double(value.toInteger());
        break;
    case ValueType::UnsignedInteger:
        measured = double(value.toUnsigned());
        break;
    case ValueType::Float:
        measured = value.toDouble();
        if (std::isnan(measured))
            return makeError(
                QStringLiteral("lwm2m.validate.outOfRange"),
                QCoreApplication::translate("lwc::lwm2m::Validator", "%1 (%2) is not a number; allowed: %3.")
                    .arg(where, def.name, rangeText(def)),
                where);
        break;
    case ValueType::String:
    case ValueType::Corelnk:
        measured = double(value.toText().toUtf8().size());
        isLength = true;
        break;
    case ValueType::Opaque:
        measured = double(value.opaqueSize());
        isLength = true;
        break;
    default:
        return {}; // Boolean, Objlnk: ranges do not apply
    }
    if (def.range.contains(measured))
        return {};
    if (isLength)
        return makeError(
            QStringLiteral("lwm2m.validate.lengthOutOfRange"),
            QCoreApplication::translate("lwc::lwm2m::Validator", "%1 (%2) is %3 bytes long; allowed: %4 bytes.")
                .arg(where, def.name)
                .arg(qint64(measured))
                .arg(rangeText(def)),
            where);
    // Secrets never have numeric ranges, so printing the value is safe here.
    return makeError(QStringLiteral("lwm2m.validate.outOfRange"),
                     QCoreApplication::translate("lwc::lwm2m::Validator", "%1 (%2) is %3; allowed: %4.")
                         .arg(where, def.name, value.describe(), rangeText(def)),
                     where);
}

Status Validator::validate(const QList<Record>& records, Mode mode) const
{
    for (const Record& r : records) {
        const QString where = r.path.toString();
        if (!r.path.hasResource())
            return makeError(QStringLiteral("lwm2m.validate.notResource"),
                             QCoreApplication::translate("lwc::lwm2m::Validator",
                                                         "%1 is not a resource path; values belong to resources like "
                                                         "/0/1/3.")
                                 .arg(where),
                             where);
        const ObjectDefinition* obj = m_registry.find(r.path.objectId());
        if (!obj) {
            if (m_allowUnknownObjects)
                continue;
            return makeError(QStringLiteral("lwm2m.validate.unknownObject"),
                             QCoreApplication::translate("lwc::lwm2m::Validator",
                                                         "Object %1 has no definition; load its DDF file to check "
                                                         "values for %2.")
                                 .arg(r.path.objectId())
                                 .arg(where),
                             where);
        }
        if (!obj->multipleInstances && r.path.instanceId() != 0)
            return makeError(QStringLiteral("lwm2m.validate.singleInstance"),
                             QCoreApplication::translate("lwc::lwm2m::Validator",
                                                         "Object %1 (%2) is single-instance; %3 must use instance 0.")
                                 .arg(obj->id)
                                 .arg(obj->name, where),
                             where);
        const ResourceDefinition* res = obj->resource(r.path.resourceId());
        if (!res)
            return makeError(
                QStringLiteral("lwm2m.validate.unknownResource"),
                QCoreApplication::translate("lwc::lwm2m::Validator", "Object %1 (%2) has no resource %3 (%4).")
                    .arg(obj->id)
                    .arg(obj->name)
                    .arg(r.path.resourceId())
                    .arg(where),
                where);
        if (res->multiple && !r.path.isResourceInstance())
            return makeError(QStringLiteral("lwm2m.validate.multipleAsSingle"),
                             QCoreApplication::translate("lwc::lwm2m::Validator",
                                                         "%1 (%2) is a multiple resource; give its values as "
                                                         "resource instances like %1/0.")
                                 .arg(where, res->name),
                             where);
        if (!res->multiple && r.path.isResourceInstance())
            return makeError(QStringLiteral("lwm2m.validate.singleAsMultiple"),
                             QCoreApplication::translate("lwc::lwm2m::Validator",
                                                         "%1 (%2) is a single resource and has no resource instances.")
                                 .arg(where, res->name),
                             where);
        LWC_CHECK(validateValue(*res, r.value, r.path));
    }
    if (mode == Mode::ReplaceInstances) {
        LWC_TRY(const QList<ObjectInstance> instances, groupRecords(records));
        for (const ObjectInstance& inst : instances) {
            const ObjectDefinition* obj = m_registry.find(inst.objectId);
            if (!obj)
                continue; // allowed unknown object
            for (const auto& [rid, res] : obj->resources) {
                if (!res.mandatory || res.type == ValueType::None || inst.resources.count(rid))
                    continue;
                const QString where = Path(inst.objectId, inst.instanceId, rid).toString();
                return makeError(QStringLiteral("lwm2m.validate.missingMandatory"),
                                 QCoreApplication::translate("lwc::lwm2m::Validator",
                                                             "The write of %1 lacks the mandatory resource %2 (%3).")
                                     .arg(inst.path().toString(), where, res.name),
                                 where);
            }
        }
    }
    return {};
}

} // namespace lwc::lwm2m
