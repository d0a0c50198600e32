#include "PublicSuffix.h"

#include "common/Log.h"

#include <libpsl.h>

namespace lwc::security {

const PublicSuffix& PublicSuffix::instance()
{
    static const PublicSuffix list;
    return list;
}

PublicSuffix::PublicSuffix()
{
    const QString version = QString::fromLatin1(psl_get_version());
    m_ctx = psl_latest(nullptr);
    if (m_ctx) {
        m_owned = true;
        const char* dist = psl_dist_filename();
        m_source = QStringLiteral("libpsl %1: newest of the built-in list and %2")
                       .arg(version, QString::fromLocal8Bit(dist && *dist ? dist : "(no distribution file)"));
    } else if (const psl_ctx_t* builtin = psl_builtin()) {
        m_ctx = const_cast<psl_ctx_t*>(builtin);
        m_source = QStringLiteral("libpsl %1: built-in list").arg(version);
    } else {
        m_source = QStringLiteral("none (libpsl %1 has no list); every wildcard is refused").arg(version);
        qCWarning(lcSecurity) << "no public suffix list available; wildcard certificates will be refused";
    }
}

PublicSuffix::~PublicSuffix()
{
    if (m_owned)
        psl_free(m_ctx);
}

bool PublicSuffix::isPublicSuffix(const QString& domain) const
{
    if (!m_ctx)
        return true;
    const QByteArray ascii = domain.toLatin1();
    return psl_is_public_suffix2(m_ctx, ascii.constData(), PSL_TYPE_ICANN) != 0;
}

} // namespace lwc::security
