#pragma once

#include "common/Result.h"
#include "lwm2m/Path.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace lwc::codec {

// One target attribute: ";ssid=101" (token), ";uri=\"coaps://...\"" (quoted
// string) or ";obs" (no value).
struct LinkAttribute {
    QString name;
    QString value;
    bool hasValue = false;
    bool quoted = false;

    bool operator==(const LinkAttribute&) const = default;
};

// One link-value: "</0/1>;ssid=101;uri=\"coaps://host\"".
struct Link {
    QString target; // the URI-reference between < and >
    QList<LinkAttribute> attributes;

    // The target as an LwM2M path ("/0/1"), if it is one.
    std::optional<lwm2m::Path> path() const;
    const LinkAttribute* attribute(QStringView name) const;
    bool operator==(const Link&) const = default;
};

// CoRE link format (application/link-format, 40; RFC 6690) as LwM2M uses it
// for Discover and Bootstrap-Discover responses:
//   </>;lwm2m=1.1,</0/1>;ssid=101;uri="coaps://host:5684",</1/0>;ssid=101,</3/0>
// Errors name the byte offset. Whitespace after a comma is tolerated
// (pretty-printed output); anything else outside quoted strings is strict.
class LinkFormat {
public:
    static constexpr qsizetype kMaxLinks = 65536;

    static Result<QList<Link>> parse(QByteArrayView text);
    // Writes links back; a value is quoted when `quoted` is set or when it
    // is not a valid token.
    static Result<QByteArray> format(const QList<Link>& links);
};

} // namespace lwc::codec
