#pragma once

// Small helpers for tests on Result<T> and coroutines.
#include "common/Result.h"

#include <QCoro/QCoroTask>

#include <optional>

namespace lwc::test {

namespace detail {
template <typename T> QCoro::Task<std::optional<T>> asOptional(QCoro::Task<T> task)
{
    co_return co_await std::move(task);
}
} // namespace detail

// QCoro::waitFor needs a default-constructible result; Result<T> is not.
// awaitResult() blocks (nested event loop, tests only) until the task ends
// and hands back its value, also for move-only ones like Result<SecretBytes>.
template <typename T> T awaitResult(QCoro::Task<T> task)
{
    std::optional<T> result = QCoro::waitFor(detail::asOptional(std::move(task)));
    return std::move(*result);
}

// For QVERIFY2 messages, which are evaluated even when the check passes:
// the error as text, or "ok".
template <typename R> QByteArray errorText(const R& result)
{
    return result.ok() ? QByteArrayLiteral("ok") : result.error().toString().toUtf8();
}

} // namespace lwc::test
