#pragma once

#include "jobs/JobRecord.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace lwc::jobs {
class Job;
}

namespace lwc::ui {

// The live step timeline of a commissioning job: one row per journalled
// step with its state (icon and word, never colour alone), name, detail,
// duration and message. Follows Job::stepChanged.
class StepTimelineModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { StateColumn, StepColumn, DetailColumn, DurationColumn, MessageColumn, ColumnCount };

    explicit StepTimelineModel(QObject* parent = nullptr);

    void setJob(const jobs::Job* job);
    // Texts changed (language switch): views repaint headers and cells.
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "Write", "Bootstrap-Discover", ... for a journal step name.
    static QString stepTitle(const QString& name);
    static QString stateText(jobs::StepState state);

private:
    void onStepChanged(int index);

    QPointer<const jobs::Job> m_job;
    QList<jobs::JobStep> m_steps;
};

} // namespace lwc::ui
