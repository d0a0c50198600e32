#pragma once

#include "inventory/Inventory.h"

#include <QAbstractTableModel>

namespace lwc::inventory {

// Job history for the main window: the jobs of one device (or of all),
// newest first, from the inventory's journal. A running job can be shown
// live with update(record) as its signals arrive. QtCore only.
class JobHistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        StartedColumn,
        EndpointColumn,
        KindColumn,
        StateColumn,
        StepsColumn,
        DurationColumn,
        ResultColumn,
        ColumnCount
    };
    enum Role {
        JobIdRole = Qt::UserRole + 1, // QString
        JobStateRole, // int (jobs::JobState)
        JobStateNameRole, // "succeeded" (untranslated)
        ErrorCodeRole, // QString
        RuleRole, // "S4" or empty
        CreatedAtRole, // QDateTime (UTC)
    };
    Q_ENUM(Column)

    explicit JobHistoryModel(Inventory* inventory = nullptr, QObject* parent = nullptr);
    ~JobHistoryModel() override;

    void setInventory(Inventory* inventory);
    // Only this device's jobs; empty shows every device's. Takes effect on reload().
    void setEndpoint(const QString& endpoint) { m_endpoint = endpoint; }
    QString endpoint() const { return m_endpoint; }
    void setLimit(int limit) { m_limit = qMax(1, limit); }
    int limit() const { return m_limit; }

    Status reload();
    // Shows these jobs (newest first) instead of the inventory's; for tests.
    void setJobs(const QList<jobs::JobRecord>& jobs);
    // A job changed (e.g. from Job::stateChanged/stepChanged): its row is
    // updated, or inserted at the top when it is new and matches the endpoint.
    void update(const jobs::JobRecord& job);

    jobs::JobRecord jobAt(int row) const;
    int rowOf(const QString& jobId) const;

    static QString stateText(jobs::JobState state);
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Inventory* m_inventory = nullptr;
    QString m_endpoint;
    int m_limit = 500;
    QList<jobs::JobRecord> m_jobs;
};

} // namespace lwc::inventory
