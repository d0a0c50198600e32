#pragma once

#include "Rule.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace lwc {

// The error half of Result<T>. Never carries a secret: details are for logs.
struct Error {
    // Stable, dotted, machine-readable ("codec.tlv.truncated"). Tests and the
    // UI key off this, so it never changes once released.
    QString code;
    // One sentence for a technician, already translated when created
    // (QCoreApplication::translate), naming the cause and, where known, the fix.
    QString userText;
    // For the log and the "details" expander: offsets, OpenSSL reasons, ...
    QString details;
    // The security rule that refused the operation, if any.
    Rule rule = Rule::None;

    bool hasRule() const { return rule != Rule::None; }
    // "[S4] userText (code: details)", for logs and CLI output.
    QString toString() const;

    // Adds context ("while writing /0/1") in front of details; returns *this.
    Error&& withContext(const QString& context) &&;
};

// Convenience: Error{code, userText, details, rule}.
Error makeError(QString code, QString userText, QString details = {}, Rule rule = Rule::None);

// No exceptions cross the core API: every fallible call returns Result<T>.
template <typename T> class [[nodiscard]] Result {
    static_assert(!std::is_same_v<std::decay_t<T>, Error>, "Result<Error> is ambiguous");

public:
    using value_type = T;

    // An unset result is an error ("result.unset"). It exists because
    // QCoro::waitFor() needs a default-constructible value type.
    Result() : m_v(std::in_place_index<1>, Error {QStringLiteral("result.unset"), {}, {}, Rule::None}) { }

    Result(const T& value) requires std::is_copy_constructible_v<T> : m_v(std::in_place_index<0>, value) { }
    Result(T&& value) : m_v(std::in_place_index<0>, std::move(value)) { }
    Result(Error error) : m_v(std::in_place_index<1>, std::move(error)) { }
    template <typename U>
    requires(
        std::is_constructible_v<
            T,
            U&&> && !std::is_same_v<std::decay_t<U>, T> && !std::is_same_v<std::decay_t<U>, Error> && !std::is_same_v<std::decay_t<U>, Result>)
        Result(U&& value)
        : m_v(std::in_place_index<0>, T(std::forward<U>(value)))
    {
    }

    bool ok() const noexcept { return m_v.index() == 0; }
    explicit operator bool() const noexcept { return ok(); }

    T& value() & { return std::get<0>(m_v); }
    const T& value() const& { return std::get<0>(m_v); }
    T&& value() && { return std::get<0>(std::move(m_v)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const& { return std::get<1>(m_v); }
    Error&& error() && { return std::get<1>(std::move(m_v)); }

    T valueOr(T fallback) const& requires std::is_copy_constructible_v<T>
    {
        return ok() ? value() : std::move(fallback);
    }

private:
    std::variant<T, Error> m_v;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) { }
    static Result success() { return {}; }

    bool ok() const noexcept { return !m_error.has_value(); }
    explicit operator bool() const noexcept { return ok(); }
    const Error& error() const& { return *m_error; }
    Error&& error() && { return std::move(*m_error); }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace lwc

// Propagate an error: LWC_TRY(auto x, parse(bytes)); returns the Error on failure.
#define LWC_CONCAT_INNER(a, b) a##b
#define LWC_CONCAT(a, b) LWC_CONCAT_INNER(a, b)
#define LWC_TRY_IMPL(tmp, decl, expr, ret)                                                                             \
    auto tmp = (expr);                                                                                                 \
    if (!tmp.ok())                                                                                                     \
        ret std::move(tmp).error();                                                                                    \
    decl = std::move(tmp).value()
#define LWC_TRY(decl, expr) LWC_TRY_IMPL(LWC_CONCAT(lwcTry_, __LINE__), decl, expr, return )
#define LWC_CO_TRY(decl, expr) LWC_TRY_IMPL(LWC_CONCAT(lwcTry_, __LINE__), decl, expr, co_return )
// For Result<void>: LWC_CHECK(write(x));
#define LWC_CHECK(expr)                                                                                                \
    do {                                                                                                               \
        auto lwcCheck_ = (expr);                                                                                       \
        if (!lwcCheck_.ok())                                                                                           \
            return std::move(lwcCheck_).error();                                                                       \
    } while (false)
#define LWC_CO_CHECK(expr)                                                                                             \
    do {                                                                                                               \
        auto lwcCheck_ = (expr);                                                                                       \
        if (!lwcCheck_.ok())                                                                                           \
            co_return std::move(lwcCheck_).error();                                                                    \
    } while (false)
