#pragma once

#include "inventory/Inventory.h"
#include "jobs/Job.h"

#include <QObject>
#include <QPointer>
#include <QSet>

namespace lwc::inventory {

// Follows a running job and records it in the inventory beyond the journal
// (which the job writes itself): the device and its state, one audit record
// when the job starts, one per finished step and one when it ends, and on
// success the accounts now on the device. The GUI and the CLI use it the
// same way, so both leave the same trail:
//
//   jobs::BootstrapJob job(..., inventory.journal(), clock);
//   inventory::JobRecorder recorder(inventory, job);
//   co_await job.run();
//
// Device states: running -> in-progress; succeeded -> commissioned; failed
// -> failed; cancelled -> back to the state before the job if nothing was
// written to the device, else failed (it may hold a partial configuration).
//
// A failed inventory write does not stop the job (the device must not be
// left half-done because a disk is slow); it is logged and kept in errors()
// for the caller to show.
class JobRecorder : public QObject {
    Q_OBJECT
public:
    JobRecorder(Inventory& inventory, jobs::Job& job, QString profile = {}, QObject* parent = nullptr);
    ~JobRecorder() override;

    const QList<Error>& errors() const { return m_errors; }

    // The device state a finished job leaves behind.
    static DeviceState stateAfter(const jobs::JobRecord& job, DeviceState before);
    // The instances the job wrote, from its result (the bootstrap report's
    // "written" list), as the inventory's account rows.
    static QList<AccountRow> accountsFrom(const jobs::JobRecord& job);

Q_SIGNALS:
    // An inventory write failed; the text is already translated.
    void recordingFailed(const QString& userText);

private:
    void onStateChanged(jobs::JobState state);
    void onStepChanged(int index);
    void onFinished(jobs::JobState state);
    void check(const Status& status);
    void append(AuditEvent event);

    Inventory& m_inventory;
    QPointer<jobs::Job> m_job;
    QString m_profile;
    DeviceState m_before = DeviceState::New;
    bool m_started = false;
    QSet<int> m_stepsRecorded;
    QList<Error> m_errors;
};

} // namespace lwc::inventory
