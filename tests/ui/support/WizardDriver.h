#pragma once

// Drives the commissioning wizard the way a technician does (clicks on the
// visible buttons once they are enabled), for the GUI tests.
#include "wizard/CommissioningWizard.h"
#include "wizard/ProvisionPage.h"

#include <QAbstractButton>
#include <QString>
#include <QTest>
#include <QWidget>
#include <QWizard>

#include <chrono>

namespace lwc::test {

inline constexpr int kJobTimeoutMs = 30000;

template <typename T> T* child(const QWidget& w, const char* name)
{
    auto* c = w.findChild<T*>(QString::fromLatin1(name));
    if (!c)
        qWarning("no child %s", name);
    return c;
}

// Next (or "Start commissioning" on the commit page, or Finish).
inline QAbstractButton* forwardButton(const QWizard& wizard)
{
    for (const char* name : {"commitButton", "finishButton", "nextButton"}) {
        auto* b = child<QAbstractButton>(wizard, name);
        if (b && b->isVisible())
            return b;
    }
    return nullptr;
}

// Clicks the forward button once it is enabled.
inline bool next(QWizard& wizard)
{
    QAbstractButton* b = nullptr;
    if (!QTest::qWaitFor(
            [&] {
                b = forwardButton(wizard);
                return b && b->isEnabled();
            },
            kJobTimeoutMs))
        return false;
    QTest::mouseClick(b, Qt::LeftButton);
    return true;
}

// Waits until the Provision page's job has ended.
inline bool waitForProvision(ui::CommissioningWizard& wizard)
{
    auto* page = child<ui::ProvisionPage>(wizard, "provisionPage");
    return QTest::qWaitFor([&] { return page->isComplete(); }, kJobTimeoutMs);
}

// Wizard services under `base` (a fresh folder per test): local CA,
// receipts, short waits and a cheap scrypt (tests only).
inline ui::WizardServices wizardServices(const QString& base)
{
    using namespace std::chrono_literals;
    ui::WizardServices s;
    s.ca = {base + QStringLiteral("/ca"), base + QStringLiteral("/config/ca-passphrase"),
            base + QStringLiteral("/ca/ca-passphrase.sealed")};
    s.caScrypt = {1024, 8, 1};
    s.receiptDirectory = base + QStringLiteral("/receipts");
    s.waitForDevice = 20s;
    s.requestTimeout = 5s;
    return s;
}

} // namespace lwc::test
