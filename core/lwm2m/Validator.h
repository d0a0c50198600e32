#pragma once

#include "ObjectRegistry.h"
#include "Record.h"

namespace lwc::lwm2m {

// Checks values against object definitions before they are written.
class Validator {
public:
    enum class Mode {
        // Individual resources (Write partial update, Write-Composite): each
        // given value must fit its definition.
        Partial,
        // Whole object instances (Write replace, Bootstrap-Write of /0/x or
        // /1/x): additionally every mandatory, non-executable resource of
        // each instance must be present.
        ReplaceInstances,
    };

    explicit Validator(const ObjectRegistry& registry = ObjectRegistry::builtin()) : m_registry(registry) { }

    // Objects without a definition are refused unless allowed here (their
    // values cannot be checked).
    void setAllowUnknownObjects(bool allow) { m_allowUnknownObjects = allow; }

    // One value against one resource definition: type, range (numbers) or
    // length (strings in UTF-8 bytes, opaque in bytes).
    static Status validateValue(const ResourceDefinition& definition, const Value& value, const Path& path);

    // Every record: known object and resource, single vs multiple, type and
    // range; in ReplaceInstances mode also the mandatory resources.
    Status validate(const QList<Record>& records, Mode mode) const;

private:
    const ObjectRegistry& m_registry;
    bool m_allowUnknownObjects = false;
};

} // namespace lwc::lwm2m
