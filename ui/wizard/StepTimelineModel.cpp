#include "StepTimelineModel.h"

#include "jobs/Job.h"

#include <QApplication>
#include <QStyle>

namespace lwc::ui {

StepTimelineModel::StepTimelineModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void StepTimelineModel::setJob(const jobs::Job* job)
{
    beginResetModel();
    if (m_job)
        disconnect(m_job, nullptr, this, nullptr);
    m_job = job;
    m_steps = job ? job->record().steps : QList<jobs::JobStep>();
    endResetModel();
    if (job)
        connect(job, &jobs::Job::stepChanged, this, &StepTimelineModel::onStepChanged);
}

void StepTimelineModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_steps.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_steps.size()) - 1, ColumnCount - 1));
}

void StepTimelineModel::onStepChanged(int index)
{
    if (!m_job)
        return;
    const QList<jobs::JobStep>& steps = m_job->record().steps;
    if (index < 0 || index >= steps.size())
        return;
    if (index >= m_steps.size()) {
        beginInsertRows({}, int(m_steps.size()), index);
        for (qsizetype i = m_steps.size(); i <= index; ++i)
            m_steps << steps.at(i);
        endInsertRows();
        return;
    }
    m_steps[index] = steps.at(index);
    Q_EMIT dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
}

int StepTimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

int StepTimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString StepTimelineModel::stepTitle(const QString& name)
{
    static const QHash<QString, const char*> titles {
        {QStringLiteral("listen"), QT_TR_NOOP("Listen for the device")},
        {QStringLiteral("wait-for-device"), QT_TR_NOOP("Wait for the device")},
        {QStringLiteral("handshake"), QT_TR_NOOP("Refused handshake")},
        {QStringLiteral("prepare"), QT_TR_NOOP("Prepare credentials")},
        {QStringLiteral("bootstrap-discover"), QT_TR_NOOP("Bootstrap-Discover")},
        {QStringLiteral("delete"), QT_TR_NOOP("Delete")},
        {QStringLiteral("write"), QT_TR_NOOP("Write")},
        {QStringLiteral("bootstrap-read"), QT_TR_NOOP("Bootstrap-Read")},
        {QStringLiteral("verify"), QT_TR_NOOP("Verify (Discover)")},
        {QStringLiteral("finish"), QT_TR_NOOP("Bootstrap-Finish")},
    };
    const auto it = titles.find(name);
    return it == titles.end() ? name : tr(it.value());
}

QString StepTimelineModel::stateText(jobs::StepState state)
{
    switch (state) {
    case jobs::StepState::Pending:
        return tr("pending");
    case jobs::StepState::Running:
        return tr("running");
    case jobs::StepState::Done:
        return tr("done");
    case jobs::StepState::Failed:
        return tr("failed");
    case jobs::StepState::Skipped:
        return tr("skipped");
    }
    return {};
}

QVariant StepTimelineModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_steps.size())
        return {};
    const jobs::JobStep& s = m_steps.at(index.row());
    if (role == Qt::DecorationRole && index.column() == StateColumn) {
        QStyle::StandardPixmap icon = QStyle::SP_MediaPlay;
        switch (s.state) {
        case jobs::StepState::Done:
            icon = QStyle::SP_DialogApplyButton;
            break;
        case jobs::StepState::Failed:
            icon = QStyle::SP_MessageBoxCritical;
            break;
        case jobs::StepState::Skipped:
            icon = QStyle::SP_MediaSkipForward;
            break;
        case jobs::StepState::Pending:
        case jobs::StepState::Running:
            icon = QStyle::SP_BrowserReload;
            break;
        }
        return QApplication::style()->standardIcon(icon);
    }
    if (role == Qt::TextAlignmentRole && index.column() == DurationColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case StateColumn:
        return stateText(s.state);
    case StepColumn:
        return stepTitle(s.name);
    case DetailColumn:
        return s.detail;
    case DurationColumn:
        return s.state == jobs::StepState::Running ? QStringLiteral("…") : tr("%1 ms").arg(s.durationMs);
    case MessageColumn: {
        QString text = s.message;
        if (s.rule != Rule::None)
            text = QLatin1Char('[') + ruleId(s.rule) + QLatin1String("] ") + text;
        if (role == Qt::ToolTipRole && !s.errorCode.isEmpty())
            text += QLatin1String("\n") + s.errorCode;
        return text;
    }
    default:
        return {};
    }
}

QVariant StepTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StateColumn:
        return tr("State");
    case StepColumn:
        return tr("Step");
    case DetailColumn:
        return tr("Detail");
    case DurationColumn:
        return tr("Time");
    case MessageColumn:
        return tr("Result");
    default:
        return {};
    }
}

} // namespace lwc::ui
