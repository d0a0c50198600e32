#pragma once

#include "ContentFormat.h"

#include "lwm2m/ObjectRegistry.h"
#include "lwm2m/Record.h"

#include <QByteArray>
#include <QByteArrayView>

namespace lwc::codec {

// The one entry point for payloads. `target` is the request URI path: a
// Bootstrap-Write to /0 carries object-instance TLVs, one to /0/1 resource
// TLVs, a Read of /1 returns instances.
//
// The encoded bytes of a payload that contains a secret (Secret Key /0/x/5,
// ...) are the caller's to wipe (wipeByteArray) when sent.
Result<QByteArray> encode(ContentFormat format, const lwm2m::Path& target, const QList<lwm2m::Record>& records);

// Types come from `registry` where the format carries none (TLV, plain
// text); secret resources decode to secret values.
Result<QList<lwm2m::Record>> decode(ContentFormat format, const lwm2m::Path& target, QByteArrayView payload,
                                    const lwm2m::ObjectRegistry& registry = lwm2m::ObjectRegistry::builtin());

// Link format carries links, not values: use LinkFormat for it.
bool carriesRecords(ContentFormat format);

} // namespace lwc::codec
