#include "DeviceListModel.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace lwc::inventory {

namespace {

constexpr DeviceState kStates[] = {DeviceState::New, DeviceState::InProgress, DeviceState::Commissioned,
                                   DeviceState::Failed, DeviceState::Interrupted};

// Case-folded, with every run of digits replaced by a marker, its length
// (without leading zeros) and the digits: plain comparison of two keys is
// then a case-insensitive natural comparison ("dev-2" < "dev-10").
QString naturalKey(const QString& text)
{
    const QString folded = text.toCaseFolded();
    QString key;
    key.reserve(folded.size() + 8);
    const qsizetype n = folded.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = folded.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            key.append(c);
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < n && folded.at(end) >= QLatin1Char('0') && folded.at(end) <= QLatin1Char('9'))
            ++end;
        qsizetype start = i;
        while (start + 1 < end && folded.at(start) == QLatin1Char('0'))
            ++start;
        key.append(QChar(char16_t(1)));
        key.append(QChar(char16_t(qMin<qsizetype>(end - start, 0xFFFF))));
        key.append(QStringView(folded).mid(start, end - start));
        i = end;
    }
    return key;
}

QString timeText(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

DeviceListModel::DeviceListModel(Inventory* inventory, QObject* parent)
    : QAbstractTableModel(parent), m_inventory(inventory)
{
}

DeviceListModel::~DeviceListModel() = default;

void DeviceListModel::setInventory(Inventory* inventory)
{
    m_inventory = inventory;
}

QString DeviceListModel::stateText(DeviceState state)
{
    switch (state) {
    case DeviceState::New:
        return tr("New");
    case DeviceState::InProgress:
        return tr("In progress");
    case DeviceState::Commissioned:
        return tr("Commissioned");
    case DeviceState::Failed:
        // Not "Failed": that source text is a certificate check's verdict elsewhere.
        return tr("Commissioning failed");
    case DeviceState::Interrupted:
        return tr("Interrupted");
    }
    return {};
}

DeviceListModel::Item DeviceListModel::makeItem(DeviceRow row)
{
    Item item;
    item.endpointKey = naturalKey(row.endpoint);
    item.profileKey = naturalKey(row.profile);
    item.haystack = row.endpoint.toCaseFolded() + QLatin1Char('\n') + row.profile.toCaseFolded();
    item.lastJobMs = row.lastJobAt.isValid() ? row.lastJobAt.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    item.createdMs = row.createdAt.isValid() ? row.createdAt.toMSecsSinceEpoch() : 0;
    item.row = std::move(row);
    return item;
}

Status DeviceListModel::reload()
{
    if (!m_inventory) {
        setDevices({});
        return {};
    }
    LWC_TRY(const QList<DeviceRow> rows, m_inventory->devices());
    setDevices(rows);
    return {};
}

void DeviceListModel::setDevices(const QList<DeviceRow>& devices)
{
    beginResetModel();
    m_items.clear();
    m_items.reserve(size_t(devices.size()));
    m_byEndpoint.clear();
    m_byEndpoint.reserve(devices.size());
    for (const DeviceRow& d : devices) {
        m_byEndpoint.insert(d.endpoint, int(m_items.size()));
        m_items.push_back(makeItem(d));
    }
    rebuildSorted();
    rebuildVisible();
    endResetModel();
}

bool DeviceListModel::lessThan(int a, int b) const
{
    if (m_sortOrder == Qt::DescendingOrder)
        std::swap(a, b);
    const Item& x = m_items[size_t(a)];
    const Item& y = m_items[size_t(b)];
    int c = 0;
    switch (m_sortColumn) {
    case ProfileColumn:
        c = x.profileKey.compare(y.profileKey);
        break;
    case StateColumn:
        c = int(x.row.state) - int(y.row.state);
        break;
    case LastJobColumn:
        c = x.lastJobMs < y.lastJobMs ? -1 : (x.lastJobMs > y.lastJobMs ? 1 : 0);
        break;
    case AddedColumn:
        c = x.createdMs < y.createdMs ? -1 : (x.createdMs > y.createdMs ? 1 : 0);
        break;
    default:
        break;
    }
    if (c != 0)
        return c < 0;
    // Ties (and the endpoint column): endpoint, then the exact text, then the id,
    // so the order is total and lower_bound finds every row.
    c = x.endpointKey.compare(y.endpointKey);
    if (c != 0)
        return c < 0;
    c = x.row.endpoint.compare(y.row.endpoint);
    if (c != 0)
        return c < 0;
    return x.row.id < y.row.id;
}

void DeviceListModel::rebuildSorted()
{
    // Sort compact entries that hold the keys themselves (contiguous, no
    // detour through the rows), with exactly the order lessThan() defines.
    struct Entry {
        qint64 number; // state, last job or added time; 0 for text columns
        QStringView text; // profile key; empty for other columns
        QStringView endpointKey;
        QStringView endpoint;
        qint64 id;
        int item;
    };
    std::vector<Entry> entries;
    entries.reserve(m_items.size());
    for (size_t i = 0; i < m_items.size(); ++i) {
        const Item& it = m_items[i];
        if (it.removed)
            continue;
        qint64 number = 0;
        if (m_sortColumn == StateColumn)
            number = qint64(it.row.state);
        else if (m_sortColumn == LastJobColumn)
            number = it.lastJobMs;
        else if (m_sortColumn == AddedColumn)
            number = it.createdMs;
        entries.push_back({number, m_sortColumn == ProfileColumn ? QStringView(it.profileKey) : QStringView(),
                           it.endpointKey, it.row.endpoint, it.row.id, int(i)});
    }
    auto ascending = [](const Entry& x, const Entry& y) {
        if (x.number != y.number)
            return x.number < y.number;
        if (int c = x.text.compare(y.text); c != 0)
            return c < 0;
        if (int c = x.endpointKey.compare(y.endpointKey); c != 0)
            return c < 0;
        if (int c = x.endpoint.compare(y.endpoint); c != 0)
            return c < 0;
        return x.id < y.id;
    };
    if (m_sortOrder == Qt::AscendingOrder)
        std::sort(entries.begin(), entries.end(), ascending);
    else
        std::sort(entries.begin(), entries.end(), [&](const Entry& x, const Entry& y) { return ascending(y, x); });
    m_sorted.resize(entries.size());
    for (size_t i = 0; i < entries.size(); ++i)
        m_sorted[i] = entries[i].item;
}

void DeviceListModel::prepareFilter()
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    m_terms = m_filterText.toCaseFolded().split(space, Qt::SkipEmptyParts);
    m_stateMatches.assign(size_t(m_terms.size()), std::vector<bool>(std::size(kStates), false));
    for (qsizetype t = 0; t < m_terms.size(); ++t) {
        for (DeviceState s : kStates) {
            m_stateMatches[size_t(t)][size_t(s)] = deviceStateName(s).toCaseFolded().contains(m_terms.at(t))
                || stateText(s).toCaseFolded().contains(m_terms.at(t));
        }
    }
}

bool DeviceListModel::matches(const Item& item) const
{
    for (qsizetype t = 0; t < m_terms.size(); ++t) {
        if (!m_stateMatches[size_t(t)][size_t(item.row.state)] && !item.haystack.contains(m_terms.at(t)))
            return false;
    }
    return true;
}

void DeviceListModel::rebuildVisible()
{
    prepareFilter();
    if (m_terms.isEmpty()) {
        m_visible = m_sorted;
        return;
    }
    // Match in storage order (the rows and their text lie in memory in that
    // order), then keep the sorted order of the matches.
    std::vector<char> match(m_items.size());
    for (size_t i = 0; i < m_items.size(); ++i)
        match[i] = !m_items[i].removed && matches(m_items[i]) ? 1 : 0;
    m_visible.clear();
    for (int i : m_sorted)
        if (match[size_t(i)])
            m_visible.push_back(i);
}

void DeviceListModel::setFilterText(const QString& text)
{
    if (text == m_filterText)
        return;
    beginResetModel();
    m_filterText = text;
    rebuildVisible();
    endResetModel();
}

void DeviceListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        column = EndpointColumn;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Persistent indexes (the view's selection, current row) follow their device.
    const QModelIndexList before = persistentIndexList();
    std::vector<int> items;
    items.reserve(size_t(before.size()));
    for (const QModelIndex& i : before)
        items.push_back(m_visible[size_t(i.row())]);
    m_sortColumn = column;
    m_sortOrder = order;
    rebuildSorted();
    rebuildVisible();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype k = 0; k < before.size(); ++k) {
        const int row = visiblePositionFor(items[size_t(k)]);
        after << (row >= 0 ? index(row, before.at(k).column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int DeviceListModel::visiblePositionFor(int item) const
{
    const auto it
        = std::lower_bound(m_visible.begin(), m_visible.end(), item, [this](int a, int b) { return lessThan(a, b); });
    return it != m_visible.end() && *it == item ? int(it - m_visible.begin()) : -1;
}

int DeviceListModel::rowOf(const QString& endpoint) const
{
    const auto it = m_byEndpoint.constFind(endpoint);
    return it == m_byEndpoint.cend() ? -1 : visiblePositionFor(it.value());
}

DeviceRow DeviceListModel::deviceAt(int row) const
{
    if (row < 0 || row >= int(m_visible.size()))
        return {};
    return m_items[size_t(m_visible[size_t(row)])].row;
}

void DeviceListModel::removeFromOrder(int item)
{
    const auto sorted
        = std::lower_bound(m_sorted.begin(), m_sorted.end(), item, [this](int a, int b) { return lessThan(a, b); });
    if (sorted != m_sorted.end() && *sorted == item)
        m_sorted.erase(sorted);
}

Status DeviceListModel::refresh(const QString& endpoint)
{
    if (!m_inventory)
        return {};
    LWC_TRY(const std::optional<DeviceRow> found, m_inventory->device(endpoint));
    const auto known = m_byEndpoint.constFind(endpoint);
    if (known == m_byEndpoint.cend()) {
        if (!found)
            return {};
        // A new device: into the sorted order, and into view if it matches.
        const int item = int(m_items.size());
        m_items.push_back(makeItem(*found));
        m_byEndpoint.insert(endpoint, item);
        auto cmp = [this](int a, int b) { return lessThan(a, b); };
        m_sorted.insert(std::lower_bound(m_sorted.begin(), m_sorted.end(), item, cmp), item);
        if (matches(m_items.back())) {
            const auto at = std::lower_bound(m_visible.begin(), m_visible.end(), item, cmp);
            const int row = int(at - m_visible.begin());
            beginInsertRows({}, row, row);
            m_visible.insert(at, item);
            endInsertRows();
        }
        return {};
    }
    const int item = known.value();
    const int oldRow = visiblePositionFor(item);
    if (!found) {
        // Gone from the inventory: hide it (its slot in m_items stays unused).
        if (oldRow >= 0) {
            beginRemoveRows({}, oldRow, oldRow);
            m_visible.erase(m_visible.begin() + oldRow);
            endRemoveRows();
        }
        removeFromOrder(item);
        m_byEndpoint.remove(endpoint);
        m_items[size_t(item)].removed = true;
        return {};
    }
    // Take it out of both orders under its old sort key, update, put it back.
    removeFromOrder(item);
    if (oldRow >= 0)
        m_visible.erase(m_visible.begin() + oldRow);
    m_items[size_t(item)] = makeItem(*found);
    auto cmp = [this](int a, int b) { return lessThan(a, b); };
    m_sorted.insert(std::lower_bound(m_sorted.begin(), m_sorted.end(), item, cmp), item);
    const bool visible = matches(m_items[size_t(item)]);
    const auto at = std::lower_bound(m_visible.begin(), m_visible.end(), item, cmp);
    const int newRow = int(at - m_visible.begin()); // in the list without the item
    if (oldRow >= 0 && visible) {
        if (newRow == oldRow) {
            m_visible.insert(at, item);
            Q_EMIT dataChanged(index(oldRow, 0), index(oldRow, ColumnCount - 1));
            return {};
        }
        // Qt's destination counts rows before the move: moving down lands after newRow.
        m_visible.insert(m_visible.begin() + oldRow, item); // restore for the signal
        beginMoveRows({}, oldRow, oldRow, {}, newRow > oldRow ? newRow + 1 : newRow);
        m_visible.erase(m_visible.begin() + oldRow);
        m_visible.insert(m_visible.begin() + newRow, item);
        endMoveRows();
        Q_EMIT dataChanged(index(newRow, 0), index(newRow, ColumnCount - 1));
        return {};
    }
    if (oldRow >= 0) {
        // No longer matches the filter.
        m_visible.insert(m_visible.begin() + oldRow, item);
        beginRemoveRows({}, oldRow, oldRow);
        m_visible.erase(m_visible.begin() + oldRow);
        endRemoveRows();
        return {};
    }
    if (visible) {
        beginInsertRows({}, newRow, newRow);
        m_visible.insert(m_visible.begin() + newRow, item);
        endInsertRows();
    }
    return {};
}

void DeviceListModel::retranslate()
{
    prepareFilter();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_visible.empty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_visible.size()) - 1, ColumnCount - 1));
}

int DeviceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int DeviceListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeviceListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item& item = m_items[size_t(m_visible[size_t(index.row())])];
    const DeviceRow& d = item.row;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case EndpointColumn:
            return d.endpoint;
        case ProfileColumn:
            return d.profile;
        case StateColumn:
            return stateText(d.state);
        case LastJobColumn:
            return timeText(d.lastJobAt);
        case AddedColumn:
            return timeText(d.createdAt);
        }
        return {};
    case EndpointRole:
        return d.endpoint;
    case StateRole:
        return int(d.state);
    case StateNameRole:
        return deviceStateName(d.state);
    case LastJobIdRole:
        return d.lastJobId;
    case DeviceIdRole:
        return d.id;
    case SortKeyRole:
        switch (index.column()) {
        case EndpointColumn:
            return item.endpointKey;
        case ProfileColumn:
            return item.profileKey;
        case StateColumn:
            return int(d.state);
        case LastJobColumn:
            return item.lastJobMs;
        case AddedColumn:
            return item.createdMs;
        }
        return {};
    default:
        return {};
    }
}

QVariant DeviceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EndpointColumn:
        return tr("Endpoint");
    case ProfileColumn:
        return tr("Profile");
    case StateColumn:
        return tr("State");
    case LastJobColumn:
        return tr("Last job");
    case AddedColumn:
        return tr("Added");
    }
    return {};
}

} // namespace lwc::inventory
