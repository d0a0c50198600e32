#pragma once

#include "common/Result.h"

#include <QWidget>

namespace lwc::ui {

class CommissioningSession;

// The settings of one way to reach a device, shown on the Connect page.
// The network listener is the first; serial and smartcard panels arrive
// with their issues and slot in through ConnectPage::addTransport().
class TransportPanel : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    // Stable id ("network", "serial", "smartcard").
    virtual QString transportId() const = 0;
    // The transport's name in the Connect page's list.
    virtual QString title() const = 0;
    virtual bool isComplete() const = 0;
    // Checks that go beyond the fields (the port is free, the reader is
    // there); shown inline when they fail.
    virtual Status validate() = 0;
    // Writes the choices into the session.
    virtual void store(CommissioningSession& session) const = 0;
    // Reads defaults from the session (when the page is shown).
    virtual void load(const CommissioningSession& session) = 0;

Q_SIGNALS:
    void completeChanged();
    // The title changed (language switch).
    void titleChanged();
};

} // namespace lwc::ui
