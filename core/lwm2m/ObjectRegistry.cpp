#include "ObjectRegistry.h"

#include "common/Log.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QXmlStreamReader>

namespace lwc::lwm2m {

namespace {

QString displayName(const QString& sourceName)
{
    return sourceName.isEmpty() ? QStringLiteral("(DDF)") : sourceName;
}

// A DDF error: where it is, and what is wrong.
Error ddfError(const QString& code, const QString& userText, const QXmlStreamReader& reader, const QString& source,
               const QString& what = {})
{
    QString details = QStringLiteral("%1 line %2 column %3")
                          .arg(displayName(source))
                          .arg(reader.lineNumber())
                          .arg(reader.columnNumber());
    if (!what.isEmpty())
        details += QStringLiteral(": ") + what;
    return makeError(code, userText, details);
}

Error xmlError(const QXmlStreamReader& reader, const QString& source)
{
    return ddfError(QStringLiteral("lwm2m.ddf.xml"),
                    QCoreApplication::translate(
                        "lwc::lwm2m::ObjectRegistry",
                        "The object definition file %1 is not well-formed XML at line %2; fix it or download it again "
                        "from the OMA LwM2M registry.")
                        .arg(displayName(source))
                        .arg(reader.lineNumber()),
                    reader, source, reader.errorString());
}

Error invalidField(const QXmlStreamReader& reader, const QString& source, const QString& element, const QString& text)
{
    return ddfError(
        QStringLiteral("lwm2m.ddf.invalidValue"),
        QCoreApplication::translate("lwc::lwm2m::ObjectRegistry",
                                    "The object definition file %1 has an invalid <%2> value '%3' at line %4.")
            .arg(displayName(source), element, text.left(40))
            .arg(reader.lineNumber()),
        reader, source);
}

Error missingField(const QXmlStreamReader& reader, const QString& source, const QString& element, const QString& in)
{
    return ddfError(
        QStringLiteral("lwm2m.ddf.missingElement"),
        QCoreApplication::translate("lwc::lwm2m::ObjectRegistry",
                                    "The object definition file %1 lacks the <%2> element in <%3> (line %4).")
            .arg(displayName(source), element, in)
            .arg(reader.lineNumber()),
        reader, source);
}

Error ddfTooLarge(const QString& source, qint64 size)
{
    return makeError(QStringLiteral("lwm2m.ddf.tooLarge"),
                     QCoreApplication::translate("lwc::lwm2m::ObjectRegistry",
                                                 "The object definition file %1 is larger than 8 MiB; it is not an "
                                                 "LwM2M object definition.")
                         .arg(displayName(source)),
                     QStringLiteral("%1 bytes").arg(size));
}

std::optional<quint16> parseId(QStringView text)
{
    bool ok = false;
    const uint v = text.trimmed().toUInt(&ok, 10);
    if (!ok || v > Path::kMaxId)
        return std::nullopt;
    return quint16(v);
}

std::optional<bool> parseMultiple(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.compare(QLatin1String("Multiple"), Qt::CaseInsensitive) == 0)
        return true;
    if (t.compare(QLatin1String("Single"), Qt::CaseInsensitive) == 0)
        return false;
    return std::nullopt;
}

std::optional<bool> parseMandatory(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.compare(QLatin1String("Mandatory"), Qt::CaseInsensitive) == 0)
        return true;
    if (t.compare(QLatin1String("Optional"), Qt::CaseInsensitive) == 0)
        return false;
    return std::nullopt;
}

// Reads the text of a leaf element; an XML error if it has children.
Result<QString> readText(QXmlStreamReader& reader, const QString& source)
{
    QString text = reader.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement);
    if (reader.hasError())
        return xmlError(reader, source);
    return text;
}

// Reads a yes/no leaf (<MultipleInstances>, <Mandatory>) of an object or a
// resource with `parse`; an invalid-field error for any other text.
Result<bool> readFlag(QXmlStreamReader& reader, const QString& source, const QString& element,
                      std::optional<bool> (*parse)(QStringView))
{
    LWC_TRY(const QString text, readText(reader, source));
    const auto value = parse(text);
    if (!value)
        return invalidField(reader, source, element, text);
    return *value;
}

Result<ResourceDefinition> parseItem(QXmlStreamReader& reader, const QString& source)
{
    ResourceDefinition res;
    const QString idText = reader.attributes().value(QLatin1String("ID")).toString();
    const auto id = parseId(idText);
    if (!id)
        return ddfError(QStringLiteral("lwm2m.ddf.invalidId"),
                        QCoreApplication::translate(
                            "lwc::lwm2m::ObjectRegistry",
                            "The object definition file %1 has a resource <Item> without a valid ID (0..65534) at "
                            "line %2.")
                            .arg(displayName(source))
                            .arg(reader.lineNumber()),
                        reader, source, QStringLiteral("ID='%1'").arg(idText.left(16)));
    res.id = *id;
    bool haveName = false, haveOps = false, haveMultiple = false, haveMandatory = false, haveType = false;
    while (reader.readNextStartElement()) {
        const QString name = reader.name().toString();
        if (name == QLatin1String("Name")) {
            LWC_TRY(const QString text, readText(reader, source));
            res.name = text.simplified();
            haveName = true;
        } else if (name == QLatin1String("Operations")) {
            LWC_TRY(const QString text, readText(reader, source));
            const auto ops = operationsFromString(text);
            if (!ops)
                return invalidField(reader, source, name, text);
            res.operations = *ops;
            haveOps = true;
        } else if (name == QLatin1String("MultipleInstances")) {
            LWC_TRY(res.multiple, readFlag(reader, source, name, parseMultiple));
            haveMultiple = true;
        } else if (name == QLatin1String("Mandatory")) {
            LWC_TRY(res.mandatory, readFlag(reader, source, name, parseMandatory));
            haveMandatory = true;
        } else if (name == QLatin1String("Type")) {
            LWC_TRY(const QString text, readText(reader, source));
            const auto t = valueTypeFromName(text);
            if (!t)
                return ddfError(QStringLiteral("lwm2m.ddf.invalidType"),
                                QCoreApplication::translate(
                                    "lwc::lwm2m::ObjectRegistry",
                                    "The object definition file %1 uses an unknown resource type '%2' at line %3 "
                                    "(known: String, Integer, Unsigned Integer, Float, Boolean, Opaque, Time, Objlnk, "
                                    "Corelnk).")
                                    .arg(displayName(source), text.left(40))
                                    .arg(reader.lineNumber()),
                                reader, source);
            res.type = *t;
            haveType = true;
        } else if (name == QLatin1String("RangeEnumeration")) {
            LWC_TRY(const QString text, readText(reader, source));
            res.range = ValueRange::parse(text);
            if (!res.range.understood)
                qCDebug(lcLwm2m) << "DDF" << displayName(source) << "resource" << res.id
                                 << "range not enforced:" << res.range.text;
        } else if (name == QLatin1String("Units")) {
            LWC_TRY(const QString text, readText(reader, source));
            res.units = text.trimmed();
        } else if (name == QLatin1String("Description")) {
            LWC_TRY(const QString text, readText(reader, source));
            res.description = text.trimmed();
        } else if (name == QLatin1String("Secret")) {
            // Project extension, ignored by other tools: marks keying material.
            LWC_TRY(const QString text, readText(reader, source));
            const QString t = text.trimmed().toLower();
            if (t != QLatin1String("true") && t != QLatin1String("false"))
                return invalidField(reader, source, name, text);
            res.secret = t == QLatin1String("true");
        } else {
            reader.skipCurrentElement();
        }
        if (reader.hasError())
            return xmlError(reader, source);
    }
    if (reader.hasError())
        return xmlError(reader, source);
    const QString where = QStringLiteral("Item ID=\"%1\"").arg(res.id);
    if (!haveName)
        return missingField(reader, source, QStringLiteral("Name"), where);
    if (!haveOps)
        return missingField(reader, source, QStringLiteral("Operations"), where);
    if (!haveMultiple)
        return missingField(reader, source, QStringLiteral("MultipleInstances"), where);
    if (!haveMandatory)
        return missingField(reader, source, QStringLiteral("Mandatory"), where);
    if (!haveType)
        return missingField(reader, source, QStringLiteral("Type"), where);
    if (res.type == ValueType::None && !res.isExecutable())
        return ddfError(QStringLiteral("lwm2m.ddf.invalidType"),
                        QCoreApplication::translate(
                            "lwc::lwm2m::ObjectRegistry",
                            "The object definition file %1 gives resource %2 no type although it is not executable "
                            "(line %3).")
                            .arg(displayName(source))
                            .arg(res.id)
                            .arg(reader.lineNumber()),
                        reader, source);
    return res;
}

Result<ObjectDefinition> parseObject(QXmlStreamReader& reader, const QString& source)
{
    ObjectDefinition def;
    bool haveId = false, haveName = false, haveMultiple = false, haveMandatory = false, haveResources = false;
    while (reader.readNextStartElement()) {
        const QString name = reader.name().toString();
        if (name == QLatin1String("Name")) {
            LWC_TRY(const QString text, readText(reader, source));
            def.name = text.simplified();
            haveName = !def.name.isEmpty();
        } else if (name == QLatin1String("ObjectID")) {
            LWC_TRY(const QString text, readText(reader, source));
            const auto id = parseId(text);
            if (!id)
                return ddfError(QStringLiteral("lwm2m.ddf.invalidId"),
                                QCoreApplication::translate(
                                    "lwc::lwm2m::ObjectRegistry",
                                    "The object definition file %1 has an invalid <ObjectID> '%2' (0..65534) at line "
                                    "%3.")
                                    .arg(displayName(source), text.left(16))
                                    .arg(reader.lineNumber()),
                                reader, source);
            def.id = *id;
            haveId = true;
        } else if (name == QLatin1String("ObjectURN")) {
            LWC_TRY(const QString text, readText(reader, source));
            def.urn = text.trimmed();
        } else if (name == QLatin1String("ObjectVersion")) {
            LWC_TRY(const QString text, readText(reader, source));
            def.version = text.trimmed();
        } else if (name == QLatin1String("LWM2MVersion")) {
            LWC_TRY(const QString text, readText(reader, source));
            def.lwm2mVersion = text.trimmed();
        } else if (name == QLatin1String("MultipleInstances")) {
            LWC_TRY(def.multipleInstances, readFlag(reader, source, name, parseMultiple));
            haveMultiple = true;
        } else if (name == QLatin1String("Mandatory")) {
            LWC_TRY(def.mandatory, readFlag(reader, source, name, parseMandatory));
            haveMandatory = true;
        } else if (name == QLatin1String("Description1")) {
            LWC_TRY(const QString text, readText(reader, source));
            def.description = text.trimmed();
        } else if (name == QLatin1String("Resources")) {
            haveResources = true;
            while (reader.readNextStartElement()) {
                if (reader.name() != QLatin1String("Item")) {
                    reader.skipCurrentElement();
                    continue;
                }
                auto item = parseItem(reader, source);
                if (!item)
                    return std::move(item).error();
                const quint16 rid = item->id;
                if (def.resources.count(rid))
                    return ddfError(QStringLiteral("lwm2m.ddf.duplicateResource"),
                                    QCoreApplication::translate(
                                        "lwc::lwm2m::ObjectRegistry",
                                        "The object definition file %1 defines resource %2 twice (line %3).")
                                        .arg(displayName(source))
                                        .arg(rid)
                                        .arg(reader.lineNumber()),
                                    reader, source);
                def.resources.emplace(rid, std::move(item).value());
            }
        } else {
            reader.skipCurrentElement();
        }
        if (reader.hasError())
            return xmlError(reader, source);
    }
    if (reader.hasError())
        return xmlError(reader, source);
    if (!haveId)
        return missingField(reader, source, QStringLiteral("ObjectID"), QStringLiteral("Object"));
    const QString where = QStringLiteral("Object %1").arg(def.id);
    if (!haveName)
        return missingField(reader, source, QStringLiteral("Name"), where);
    if (!haveMultiple)
        return missingField(reader, source, QStringLiteral("MultipleInstances"), where);
    if (!haveMandatory)
        return missingField(reader, source, QStringLiteral("Mandatory"), where);
    if (!haveResources)
        return missingField(reader, source, QStringLiteral("Resources"), where);
    return def;
}

} // namespace

const ObjectRegistry& ObjectRegistry::builtin()
{
    static const ObjectRegistry registry = [] {
        ObjectRegistry r;
        r.add(securityObjectDefinition());
        r.add(serverObjectDefinition());
        r.add(deviceObjectDefinition());
        return r;
    }();
    return registry;
}

const ObjectDefinition* ObjectRegistry::find(quint16 objectId) const
{
    const auto it = m_objects.find(objectId);
    return it == m_objects.end() ? nullptr : it->second.get();
}

const ResourceDefinition* ObjectRegistry::resource(quint16 objectId, quint16 resourceId) const
{
    const ObjectDefinition* def = find(objectId);
    return def ? def->resource(resourceId) : nullptr;
}

const ResourceDefinition* ObjectRegistry::resource(const Path& path) const
{
    return path.hasResource() ? resource(path.objectId(), path.resourceId()) : nullptr;
}

QList<quint16> ObjectRegistry::objectIds() const
{
    QList<quint16> ids;
    for (const auto& [id, def] : m_objects)
        ids.append(id);
    return ids;
}

void ObjectRegistry::add(ObjectDefinition definition)
{
    const quint16 id = definition.id;
    m_objects[id] = std::make_shared<const ObjectDefinition>(std::move(definition));
}

Result<QList<ObjectDefinition>> ObjectRegistry::parseDdf(QByteArrayView xml, const QString& sourceName)
{
    if (xml.size() > kMaxDdfBytes)
        return ddfTooLarge(sourceName, xml.size());
    QXmlStreamReader reader(QByteArray::fromRawData(xml.data(), xml.size()));
    reader.setNamespaceProcessing(true);
    // Object definitions never need a DTD; refusing one removes entity
    // expansion ("billion laughs") and external entities in one go.
    while (!reader.atEnd() && !reader.isStartElement()) {
        if (reader.readNext() == QXmlStreamReader::DTD)
            return ddfError(QStringLiteral("lwm2m.ddf.dtd"),
                            QCoreApplication::translate("lwc::lwm2m::ObjectRegistry",
                                                        "The object definition file %1 contains a DOCTYPE "
                                                        "declaration; object definitions do not use one, so it is "
                                                        "refused.")
                                .arg(displayName(sourceName)),
                            reader, sourceName);
    }
    if (!reader.isStartElement()) {
        if (reader.hasError())
            return xmlError(reader, sourceName);
        return ddfError(
            QStringLiteral("lwm2m.ddf.noObject"),
            QCoreApplication::translate("lwc::lwm2m::ObjectRegistry", "The object definition file %1 is empty.")
                .arg(displayName(sourceName)),
            reader, sourceName);
    }
    if (reader.name() != QLatin1String("LWM2M"))
        return ddfError(QStringLiteral("lwm2m.ddf.notDdf"),
                        QCoreApplication::translate(
                            "lwc::lwm2m::ObjectRegistry",
                            "The file %1 is not an OMA LwM2M object definition: its root element is <%2>, not "
                            "<LWM2M>.")
                            .arg(displayName(sourceName), reader.name().toString().left(40)),
                        reader, sourceName);
    QList<ObjectDefinition> objects;
    QSet<quint16> seen;
    while (reader.readNextStartElement()) {
        if (reader.name() != QLatin1String("Object")) {
            reader.skipCurrentElement();
            continue;
        }
        auto def = parseObject(reader, sourceName);
        if (!def)
            return std::move(def).error();
        if (seen.contains(def->id))
            return ddfError(QStringLiteral("lwm2m.ddf.duplicateObject"),
                            QCoreApplication::translate("lwc::lwm2m::ObjectRegistry",
                                                        "The object definition file %1 defines object %2 twice.")
                                .arg(displayName(sourceName))
                                .arg(def->id),
                            reader, sourceName);
        seen.insert(def->id);
        objects.append(std::move(def).value());
    }
    // Anything after the root element (a second root, garbage) is an error too.
    while (!reader.atEnd() && !reader.hasError())
        reader.readNext();
    if (reader.hasError())
        return xmlError(reader, sourceName);
    if (objects.isEmpty())
        return ddfError(QStringLiteral("lwm2m.ddf.noObject"),
                        QCoreApplication::translate("lwc::lwm2m::ObjectRegistry",
                                                    "The object definition file %1 contains no <Object> element.")
                            .arg(displayName(sourceName)),
                        reader, sourceName);
    return objects;
}

Result<QList<quint16>> ObjectRegistry::loadDdf(QByteArrayView xml, const QString& sourceName)
{
    LWC_TRY(QList<ObjectDefinition> objects, parseDdf(xml, sourceName));
    QList<quint16> ids;
    for (ObjectDefinition& def : objects) {
        if (find(def.id))
            qCInfo(lcLwm2m) << "DDF" << displayName(sourceName) << "replaces the definition of object" << def.id;
        ids.append(def.id);
        add(std::move(def));
    }
    return ids;
}

Result<QList<quint16>> ObjectRegistry::loadDdfFile(const QString& filePath)
{
    QFile file(filePath);
    const QString name = QFileInfo(filePath).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            QStringLiteral("lwm2m.ddf.file"),
            QCoreApplication::translate("lwc::lwm2m::ObjectRegistry",
                                        "Cannot open the object definition file %1; check the path and permissions.")
                .arg(name),
            QStringLiteral("%1: %2").arg(filePath, file.errorString()));
    if (file.size() > kMaxDdfBytes)
        return ddfTooLarge(name, file.size());
    const QByteArray bytes = file.readAll();
    return loadDdf(bytes, name);
}

bool ObjectRegistry::isSecret(const Path& path) const
{
    if (!path.hasResource())
        return false;
    // Keying material of the Security object, whatever a loaded definition says (S20, S26).
    if (path.objectId() == 0 && (path.resourceId() == 5 || path.resourceId() == 8))
        return true;
    const ResourceDefinition* res = resource(path);
    return res && res->secret;
}

void ObjectRegistry::markSecret(quint16 objectId, quint16 resourceId)
{
    const auto it = m_objects.find(objectId);
    if (it == m_objects.end())
        return;
    ObjectDefinition copy = *it->second;
    const auto rit = copy.resources.find(resourceId);
    if (rit == copy.resources.end())
        return;
    rit->second.secret = true;
    it->second = std::make_shared<const ObjectDefinition>(std::move(copy));
}

} // namespace lwc::lwm2m
