#pragma once

#include "Path.h"
#include "Value.h"

#include <QList>

#include <map>
#include <optional>

namespace lwc::lwm2m {

// One value of a payload: what every codec decodes to and encodes from. The
// path goes down to a resource or resource instance (a name-only SenML record
// of a Read-Composite request may stop higher, with a None value).
struct Record {
    Path path;
    Value value;
    // SenML time (RFC 8428 base time + time), seconds; only SenML carries it.
    std::optional<double> time;

    bool operator==(const Record& other) const = default;
};

// A resource of an object instance: a single value, or resource instances.
struct Resource {
    quint16 id = 0;
    bool multiple = false;
    Value value; // single resource
    std::map<quint16, Value> instances; // multiple resource

    bool operator==(const Resource& other) const = default;
};

struct ObjectInstance {
    quint16 objectId = 0;
    quint16 instanceId = 0;
    std::map<quint16, Resource> resources;

    Path path() const { return Path(objectId, instanceId); }
    bool operator==(const ObjectInstance& other) const = default;
};

// Groups records (paths at resource or resource-instance level) into object
// instances, ordered by object and instance ID. Fails on a record above the
// resource level, on the same path twice, or on a resource given both as a
// single value and as resource instances.
Result<QList<ObjectInstance>> groupRecords(const QList<Record>& records);
// The reverse, in path order.
QList<Record> flattenInstances(const QList<ObjectInstance>& instances);

} // namespace lwc::lwm2m
