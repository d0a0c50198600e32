#pragma once

#include "common/Result.h"

#include <QHashFunctions>
#include <QString>
#include <QStringView>

#include <array>
#include <compare>

namespace lwc::lwm2m {

// An LwM2M path: "/" (root), "/3" (object), "/3/0" (object instance),
// "/3/0/7" (resource) or "/3/0/7/1" (resource instance). Every ID is
// 0..65534; 65535 is reserved by the TS ("no instance" in object links) and
// refused by parse() and by every decoder.
class Path {
public:
    static constexpr quint16 kMaxId = 65534;
    static constexpr int kMaxLevel = 4;
    enum Level : int { Root = 0, Object = 1, Instance = 2, Resource = 3, ResourceInstance = 4 };

    // The root path "/".
    Path() = default;
    explicit Path(quint16 objectId);
    Path(quint16 objectId, quint16 instanceId);
    Path(quint16 objectId, quint16 instanceId, quint16 resourceId);
    Path(quint16 objectId, quint16 instanceId, quint16 resourceId, quint16 resourceInstanceId);

    // "/0/1/3"; "/" for the root. Strict: one leading slash, decimal IDs
    // without sign or leading zeros, no trailing slash, at most four levels.
    static Result<Path> parse(QStringView text);

    QString toString() const;

    int level() const { return m_level; }
    bool isRoot() const { return m_level == Root; }
    bool isObject() const { return m_level == Object; }
    bool isInstance() const { return m_level == Instance; }
    bool isResource() const { return m_level == Resource; }
    bool isResourceInstance() const { return m_level == ResourceInstance; }
    bool hasInstance() const { return m_level >= Instance; }
    bool hasResource() const { return m_level >= Resource; }

    // Preconditions: the path is at least that deep.
    quint16 objectId() const { return id(0); }
    quint16 instanceId() const { return id(1); }
    quint16 resourceId() const { return id(2); }
    quint16 resourceInstanceId() const { return id(3); }
    // The ID at depth `index` (0 = object); precondition index < level().
    quint16 id(int index) const;

    // The path one level up ("/3/0" for "/3/0/7"); the root stays the root.
    Path parent() const;
    // One level deeper; precondition level() < 4.
    Path child(quint16 id) const;
    // The first `level` IDs of this path; precondition level <= level().
    Path truncated(int level) const;
    // True if `prefix` is this path or one of its ancestors (the root is the
    // prefix of every path).
    bool startsWith(const Path& prefix) const;

    // Ordered like a depth-first walk: "/" < "/0" < "/0/0" < "/0/0/1" < "/0/1" < "/1".
    std::strong_ordering operator<=>(const Path& other) const;
    bool operator==(const Path& other) const;

private:
    std::array<quint16, kMaxLevel> m_ids {};
    int m_level = Root;
};

size_t qHash(const Path& path, size_t seed = 0) noexcept;

} // namespace lwc::lwm2m
