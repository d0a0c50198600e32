#include "AsyncEvent.h"

#include <QCoreApplication>
#include <QTimer>

namespace lwc {

struct AsyncEvent::State {
    bool set = false;
    bool timedOut = false;
    std::coroutine_handle<> waiter;
    quint64 generation = 0; // which wait a scheduled resumption belongs to
};

namespace {
void resumeLater(const std::shared_ptr<AsyncEvent::State>& state)
{
    if (!state->waiter)
        return;
    const quint64 gen = state->generation;
    QTimer::singleShot(0, QCoreApplication::instance(), [state, gen] {
        if (state->generation != gen || !state->waiter)
            return; // already resumed by the other cause, or the waiter went away
        ++state->generation;
        std::exchange(state->waiter, nullptr).resume();
    });
}
} // namespace

AsyncEvent::AsyncEvent() : m_state(std::make_shared<State>())
{
}

AsyncEvent::~AsyncEvent()
{
    // A coroutine still waiting is never resumed by us again.
    m_state->waiter = nullptr;
    ++m_state->generation;
}

void AsyncEvent::set()
{
    m_state->set = true;
    resumeLater(m_state);
}

void AsyncEvent::reset()
{
    m_state->set = false;
}

bool AsyncEvent::isSet() const
{
    return m_state->set;
}

AsyncEvent::Awaiter AsyncEvent::wait(std::chrono::milliseconds timeout)
{
    return Awaiter(m_state, timeout);
}

AsyncEvent::Awaiter::Awaiter(std::shared_ptr<State> state, std::chrono::milliseconds timeout)
    : m_state(std::move(state)), m_timeout(timeout)
{
    m_state->timedOut = false;
}

AsyncEvent::Awaiter::Awaiter(Awaiter&& other) noexcept
    : m_state(std::move(other.m_state)), m_timeout(other.m_timeout), m_timer(std::exchange(other.m_timer, nullptr))
{
}

AsyncEvent::Awaiter::~Awaiter()
{
    // Possibly inside the timer's own timeout emission: delete later.
    if (m_timer) {
        m_timer->stop();
        m_timer->deleteLater();
    }
    if (m_state && m_state->waiter) {
        // The awaiting coroutine is being destroyed while suspended.
        m_state->waiter = nullptr;
        ++m_state->generation;
    }
}

bool AsyncEvent::Awaiter::await_ready() const noexcept
{
    return m_state->set;
}

void AsyncEvent::Awaiter::await_suspend(std::coroutine_handle<> h)
{
    m_state->timedOut = false;
    m_state->waiter = h;
    if (m_timeout.count() >= 0) {
        m_timer = new QTimer;
        m_timer->setSingleShot(true);
        auto state = m_state;
        const quint64 gen = m_state->generation;
        QObject::connect(m_timer, &QTimer::timeout, QCoreApplication::instance(), [state, gen] {
            if (state->generation != gen || !state->waiter)
                return;
            state->timedOut = true;
            ++state->generation;
            std::exchange(state->waiter, nullptr).resume();
        });
        m_timer->start(m_timeout);
    }
}

bool AsyncEvent::Awaiter::await_resume() const noexcept
{
    return m_state->set && !m_state->timedOut;
}

} // namespace lwc
