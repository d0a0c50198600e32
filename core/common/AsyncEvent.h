#pragma once

#include <QObject>

#include <chrono>
#include <coroutine>
#include <memory>

class QTimer;

namespace lwc {

// A wake-up flag a coroutine can co_await, set from anywhere on the same
// thread any number of times. Unlike awaiting a Qt signal (QCoro queues one
// resumption per emission, so two emissions resume a handle twice), the
// waiting coroutine is resumed exactly once, on the next event-loop turn,
// when the event is set or the timeout passes.
//
//   while (!done) {
//       if (!co_await event.wait(timeout)) { ...timeout... }
//       event.reset();
//   }
class AsyncEvent {
public:
    AsyncEvent();
    ~AsyncEvent();
    AsyncEvent(const AsyncEvent&) = delete;
    AsyncEvent& operator=(const AsyncEvent&) = delete;

    void set();
    void reset();
    bool isSet() const;

    struct State;
    class Awaiter {
    public:
        explicit Awaiter(std::shared_ptr<State> state, std::chrono::milliseconds timeout);
        Awaiter(Awaiter&&) noexcept;
        ~Awaiter();
        bool await_ready() const noexcept;
        void await_suspend(std::coroutine_handle<> h);
        // True if set, false on timeout.
        bool await_resume() const noexcept;

    private:
        std::shared_ptr<State> m_state;
        std::chrono::milliseconds m_timeout;
        QTimer* m_timer = nullptr;
    };
    // A negative timeout waits forever.
    Awaiter wait(std::chrono::milliseconds timeout = std::chrono::milliseconds(-1));

private:
    std::shared_ptr<State> m_state;
};

} // namespace lwc
