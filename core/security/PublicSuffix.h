#pragma once

#include <QString>

struct psl_ctx_st;

namespace lwc::security {

// The public-suffix list, for the wildcard rule (S17): "*.com" and
// "*.co.uk" are refused, "*.acme.com" is fine.
//
// Source: libpsl's psl_latest(), which loads the newest of the list built
// into libpsl and Debian's publicsuffix package
// (/usr/share/publicsuffix/public_suffix_list.dafsa); psl_builtin() if that
// fails. Only the ICANN section counts (private entries such as
// "github.io" are registrable by customers and do not make a wildcard
// invalid), and the implicit "*" rule makes every unknown single label a
// suffix, so "*.lan" is refused too.
class PublicSuffix {
public:
    static const PublicSuffix& instance();

    bool isLoaded() const { return m_ctx != nullptr; }
    // e.g. "libpsl 0.21.2: newest of built-in list and /usr/share/publicsuffix/public_suffix_list.dafsa"
    QString source() const { return m_source; }
    // `domain` in ASCII (A-labels), lower case, without a trailing dot. When no
    // list is available every domain counts as a public suffix (fail closed).
    bool isPublicSuffix(const QString& domain) const;

    PublicSuffix(const PublicSuffix&) = delete;
    PublicSuffix& operator=(const PublicSuffix&) = delete;

private:
    PublicSuffix();
    ~PublicSuffix();

    psl_ctx_st* m_ctx = nullptr;
    bool m_owned = false;
    QString m_source;
};

} // namespace lwc::security
