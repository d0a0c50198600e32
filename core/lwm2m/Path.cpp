#include "Path.h"

#include <QCoreApplication>

namespace lwc::lwm2m {

namespace {

Error pathError(const QString& code, const QString& userText, QStringView text)
{
    return makeError(code, userText, QStringLiteral("path '%1'").arg(text.left(64)));
}

} // namespace

Path::Path(quint16 objectId) : m_ids {objectId, 0, 0, 0}, m_level(Object)
{
    Q_ASSERT(objectId <= kMaxId);
}

Path::Path(quint16 objectId, quint16 instanceId) : m_ids {objectId, instanceId, 0, 0}, m_level(Instance)
{
    Q_ASSERT(objectId <= kMaxId && instanceId <= kMaxId);
}

Path::Path(quint16 objectId, quint16 instanceId, quint16 resourceId)
    : m_ids {objectId, instanceId, resourceId, 0}, m_level(Resource)
{
    Q_ASSERT(objectId <= kMaxId && instanceId <= kMaxId && resourceId <= kMaxId);
}

Path::Path(quint16 objectId, quint16 instanceId, quint16 resourceId, quint16 resourceInstanceId)
    : m_ids {objectId, instanceId, resourceId, resourceInstanceId}, m_level(ResourceInstance)
{
    Q_ASSERT(objectId <= kMaxId && instanceId <= kMaxId && resourceId <= kMaxId && resourceInstanceId <= kMaxId);
}

Result<Path> Path::parse(QStringView text)
{
    if (text.isEmpty())
        return pathError(
            QStringLiteral("lwm2m.path.empty"),
            QCoreApplication::translate("lwc::lwm2m::Path", "The LwM2M path is empty; write it like /0/1/3."), text);
    if (text.front() != u'/')
        return pathError(
            QStringLiteral("lwm2m.path.noLeadingSlash"),
            QCoreApplication::translate("lwc::lwm2m::Path", "The LwM2M path must start with '/', like /0/1/3."), text);
    Path path;
    if (text.size() == 1)
        return path; // "/"
    qsizetype pos = 1;
    while (true) {
        if (path.m_level == kMaxLevel)
            return pathError(QStringLiteral("lwm2m.path.tooDeep"),
                             QCoreApplication::translate(
                                 "lwc::lwm2m::Path",
                                 "The LwM2M path has more than four levels (object/instance/resource/resource "
                                 "instance)."),
                             text);
        const qsizetype start = pos;
        quint32 value = 0;
        while (pos < text.size() && text[pos] >= u'0' && text[pos] <= u'9') {
            value = value * 10 + quint32(text[pos].unicode() - u'0');
            if (value > 0xFFFFu)
                value = 0x10000u; // saturate; reported below
            ++pos;
        }
        const qsizetype digits = pos - start;
        if (digits == 0 || (pos < text.size() && text[pos] != u'/')) {
            if (digits == 0 && pos == text.size())
                return pathError(QStringLiteral("lwm2m.path.trailingSlash"),
                                 QCoreApplication::translate("lwc::lwm2m::Path",
                                                             "The LwM2M path ends with '/'; remove the last '/'."),
                                 text);
            return pathError(
                QStringLiteral("lwm2m.path.invalidSegment"),
                QCoreApplication::translate(
                    "lwc::lwm2m::Path", "The LwM2M path contains a part that is not a decimal number, like '/3/x'."),
                text);
        }
        if (digits > 1 && text[start] == u'0')
            return pathError(QStringLiteral("lwm2m.path.leadingZero"),
                             QCoreApplication::translate("lwc::lwm2m::Path",
                                                         "The LwM2M path has an ID with a leading zero; write /3/7, "
                                                         "not /3/07."),
                             text);
        if (value > kMaxId)
            return pathError(QStringLiteral("lwm2m.path.outOfRange"),
                             QCoreApplication::translate("lwc::lwm2m::Path",
                                                         "An ID in the LwM2M path is above 65534 (65535 is reserved)."),
                             text);
        path.m_ids[size_t(path.m_level)] = quint16(value);
        ++path.m_level;
        if (pos == text.size())
            return path;
        ++pos; // the '/'
        if (pos == text.size())
            return pathError(
                QStringLiteral("lwm2m.path.trailingSlash"),
                QCoreApplication::translate("lwc::lwm2m::Path", "The LwM2M path ends with '/'; remove the last '/'."),
                text);
    }
}

QString Path::toString() const
{
    if (m_level == Root)
        return QStringLiteral("/");
    QString s;
    s.reserve(m_level * 6);
    for (int i = 0; i < m_level; ++i) {
        s += QLatin1Char('/');
        s += QString::number(m_ids[size_t(i)]);
    }
    return s;
}

quint16 Path::id(int index) const
{
    Q_ASSERT(index >= 0 && index < m_level);
    return m_ids[size_t(index)];
}

Path Path::parent() const
{
    return m_level == Root ? *this : truncated(m_level - 1);
}

Path Path::child(quint16 id) const
{
    Q_ASSERT(m_level < kMaxLevel);
    Q_ASSERT(id <= kMaxId);
    Path p = *this;
    p.m_ids[size_t(m_level)] = id;
    ++p.m_level;
    return p;
}

Path Path::truncated(int level) const
{
    Q_ASSERT(level >= 0 && level <= m_level);
    Path p;
    for (int i = 0; i < level; ++i)
        p.m_ids[size_t(i)] = m_ids[size_t(i)];
    p.m_level = level;
    return p;
}

bool Path::startsWith(const Path& prefix) const
{
    if (prefix.m_level > m_level)
        return false;
    for (int i = 0; i < prefix.m_level; ++i) {
        if (m_ids[size_t(i)] != prefix.m_ids[size_t(i)])
            return false;
    }
    return true;
}

std::strong_ordering Path::operator<=>(const Path& other) const
{
    const int common = std::min(m_level, other.m_level);
    for (int i = 0; i < common; ++i) {
        if (const auto c = m_ids[size_t(i)] <=> other.m_ids[size_t(i)]; c != 0)
            return c;
    }
    return m_level <=> other.m_level;
}

bool Path::operator==(const Path& other) const
{
    return (*this <=> other) == 0;
}

size_t qHash(const Path& path, size_t seed) noexcept
{
    size_t h = seed ^ size_t(path.level());
    for (int i = 0; i < path.level(); ++i)
        h = ::qHash(path.id(i), h * 31);
    return h;
}

} // namespace lwc::lwm2m
