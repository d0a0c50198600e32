// Reading a Bootstrap-Discover answer into what the sequence needs.
#include "BootstrapSession.h"

#include "codec/LinkFormat.h"

namespace lwc::bootstrap {

Result<DiscoverInfo> parseDiscover(QByteArrayView payload)
{
    LWC_TRY(const QList<codec::Link> links, codec::LinkFormat::parse(payload));
    DiscoverInfo info;
    for (const codec::Link& l : links) {
        info.objects << l.target;
        if (l.target == QLatin1String("/")) {
            if (const codec::LinkAttribute* v = l.attribute(u"lwm2m"))
                info.lwm2mVersion = v->value;
            continue;
        }
        const auto path = l.path();
        if (!path || !path->isInstance() || (path->objectId() != 0 && path->objectId() != 1))
            continue;
        DiscoverInfo::Instance inst;
        inst.id = path->instanceId();
        if (const codec::LinkAttribute* s = l.attribute(u"ssid")) {
            bool ok = false;
            const int ssid = s->value.toInt(&ok);
            if (!ok)
                return makeError(QStringLiteral("bootstrap.discoverSsid"), QStringLiteral("ssid is not a number"),
                                 l.target + QLatin1String(";ssid=") + s->value);
            inst.ssid = ssid;
        }
        if (const codec::LinkAttribute* u = l.attribute(u"uri"))
            inst.uri = u->value;
        if (path->objectId() == 0) {
            // The Bootstrap-Server account is the Security instance without an SSID.
            if (!inst.ssid && !info.bootstrapInstance)
                info.bootstrapInstance = inst.id;
            info.security[inst.id] = inst;
        } else {
            info.server[inst.id] = inst;
        }
    }
    return info;
}

} // namespace lwc::bootstrap
