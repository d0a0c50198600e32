#pragma once

#include "ObjectDefinition.h"
#include "Path.h"

#include <QByteArrayView>
#include <QList>

#include <map>
#include <memory>

namespace lwc::lwm2m {

// The object definitions a codec or validator consults. A value type: copy
// builtin() and load vendor DDF files into the copy.
class ObjectRegistry {
public:
    // Inputs larger than this are refused by loadDdf (the largest objects in
    // the OMA registry are well under 200 KiB).
    static constexpr qsizetype kMaxDdfBytes = 8 * 1024 * 1024;

    ObjectRegistry() = default;

    // Security (0, v1.2), Server (1, v1.2) and Device (3, v1.1) as published
    // by OMA. See BuiltinObjects.cpp for the sources and a note on the 2013
    // draft numbering.
    static const ObjectRegistry& builtin();

    const ObjectDefinition* find(quint16 objectId) const;
    const ResourceDefinition* resource(quint16 objectId, quint16 resourceId) const;
    // The definition of the resource a path points into (level >= 3), else null.
    const ResourceDefinition* resource(const Path& path) const;
    QList<quint16> objectIds() const;
    bool isEmpty() const { return m_objects.empty(); }

    // Adds a definition, replacing one with the same object ID.
    void add(ObjectDefinition definition);

    // Parses OMA DDF XML (the LwM2M registry format, one or more <Object>
    // elements) and adds every object, or none if anything is wrong.
    // `sourceName` (a file name) only appears in error texts. Returns the
    // object IDs it added.
    Result<QList<quint16>> loadDdf(QByteArrayView xml, const QString& sourceName = {});
    Result<QList<quint16>> loadDdfFile(const QString& filePath);
    // The parser on its own.
    static Result<QList<ObjectDefinition>> parseDdf(QByteArrayView xml, const QString& sourceName = {});

    // Keying material: Secret Key /0/x/5 and SMS Binding Secret Key(s)
    // /0/x/8 always (S20, S26), plus every resource a definition marks
    // secret (markSecret, or <Secret>true</Secret> in a DDF item).
    bool isSecret(const Path& path) const;
    void markSecret(quint16 objectId, quint16 resourceId);

private:
    std::map<quint16, std::shared_ptr<const ObjectDefinition>> m_objects;
};

// The builtin definitions, one by one (also used by tests).
ObjectDefinition securityObjectDefinition();
ObjectDefinition serverObjectDefinition();
ObjectDefinition deviceObjectDefinition();

} // namespace lwc::lwm2m
