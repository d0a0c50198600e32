#include "JobHistoryModel.h"

#include <QLocale>

namespace lwc::inventory {

using jobs::JobRecord;
using jobs::JobState;
using jobs::StepState;

JobHistoryModel::JobHistoryModel(Inventory* inventory, QObject* parent)
    : QAbstractTableModel(parent), m_inventory(inventory)
{
}

JobHistoryModel::~JobHistoryModel() = default;

void JobHistoryModel::setInventory(Inventory* inventory)
{
    m_inventory = inventory;
}

QString JobHistoryModel::stateText(JobState state)
{
    switch (state) {
    case JobState::Pending:
        return tr("Pending");
    case JobState::Running:
        return tr("Running");
    case JobState::Succeeded:
        return tr("Succeeded");
    case JobState::Failed:
        // Not "Failed": that source text is a certificate check's verdict elsewhere.
        return tr("Unsuccessful");
    case JobState::Cancelled:
        return tr("Cancelled");
    case JobState::Interrupted:
        return tr("Interrupted");
    }
    return {};
}

Status JobHistoryModel::reload()
{
    if (!m_inventory) {
        setJobs({});
        return {};
    }
    LWC_TRY(const QList<JobRecord> jobs, m_inventory->jobs(m_endpoint, m_limit));
    setJobs(jobs);
    return {};
}

void JobHistoryModel::setJobs(const QList<JobRecord>& jobs)
{
    beginResetModel();
    m_jobs = jobs;
    endResetModel();
}

void JobHistoryModel::update(const JobRecord& job)
{
    const int row = rowOf(job.id);
    if (row >= 0) {
        m_jobs[row] = job;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    if (!m_endpoint.isEmpty() && job.endpoint != m_endpoint)
        return;
    beginInsertRows({}, 0, 0);
    m_jobs.prepend(job);
    endInsertRows();
    if (m_jobs.size() > m_limit) {
        beginRemoveRows({}, int(m_jobs.size()) - 1, int(m_jobs.size()) - 1);
        m_jobs.removeLast();
        endRemoveRows();
    }
}

JobRecord JobHistoryModel::jobAt(int row) const
{
    return row >= 0 && row < m_jobs.size() ? m_jobs.at(row) : JobRecord();
}

int JobHistoryModel::rowOf(const QString& jobId) const
{
    for (int i = 0; i < m_jobs.size(); ++i)
        if (m_jobs.at(i).id == jobId)
            return i;
    return -1;
}

void JobHistoryModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_jobs.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_jobs.size()) - 1, ColumnCount - 1));
}

int JobHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JobRecord& j = m_jobs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case StartedColumn: {
            const QDateTime t = j.startedAt.isValid() ? j.startedAt : j.createdAt;
            return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
        }
        case EndpointColumn:
            return j.endpoint;
        case KindColumn:
            return j.kind;
        case StateColumn:
            return stateText(j.state);
        case StepsColumn: {
            int done = 0;
            for (const jobs::JobStep& s : j.steps)
                done += s.state == StepState::Done ? 1 : 0;
            //: steps done of steps recorded, e.g. "7/9"
            return tr("%1/%2").arg(done).arg(j.steps.size());
        }
        case DurationColumn: {
            if (!j.startedAt.isValid() || !j.finishedAt.isValid())
                return QString();
            const qint64 ms = j.startedAt.msecsTo(j.finishedAt);
            return ms < 10000 ? tr("%1 ms").arg(ms) : tr("%1 s").arg(ms / 1000);
        }
        case ResultColumn:
            if (j.error)
                return j.error->userText;
            return j.result.value(QStringLiteral("verdict")).toString();
        }
        return {};
    case JobIdRole:
        return j.id;
    case JobStateRole:
        return int(j.state);
    case JobStateNameRole:
        return jobs::jobStateName(j.state);
    case ErrorCodeRole:
        return j.error ? j.error->code : QString();
    case RuleRole:
        return j.error ? ruleId(j.error->rule) : QString();
    case CreatedAtRole:
        return j.createdAt;
    default:
        return {};
    }
}

QVariant JobHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StartedColumn:
        return tr("Started");
    case EndpointColumn:
        return tr("Endpoint");
    case KindColumn:
        return tr("Kind");
    case StateColumn:
        return tr("State");
    case StepsColumn:
        return tr("Steps");
    case DurationColumn:
        return tr("Duration");
    case ResultColumn:
        return tr("Result");
    }
    return {};
}

} // namespace lwc::inventory
