#pragma once

#include "inventory/Inventory.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace lwc::inventory {

// The main window's device list: every device of the inventory in memory,
// sorted and filtered by the model itself (no QSortFilterProxyModel), so
// both stay fast with 100,000 devices (bench/inventory: bench_inventory).
//
// - Sort (any column, either order): endpoint and profile compare
//   case-insensitively and "naturally" (dev-2 before dev-10) through keys
//   computed once per row; ties fall back to the endpoint. Sorting emits
//   layoutChanged and keeps persistent indexes (the selection).
// - Filter: whitespace-separated terms, each must occur (case-insensitive)
//   in the endpoint, the profile or the state (its name or its translation).
//   A new filter resets the model.
// - refresh(endpoint) updates one row after a job (moves it to its sorted
//   place, inserts or removes it) without reloading the rest.
//
// QtCore only; lives in core so the GUI and tests use the same model.
class DeviceListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { EndpointColumn, ProfileColumn, StateColumn, LastJobColumn, AddedColumn, ColumnCount };
    enum Role {
        EndpointRole = Qt::UserRole + 1, // QString
        StateRole, // int (DeviceState)
        StateNameRole, // "commissioned" (untranslated)
        LastJobIdRole, // QString
        DeviceIdRole, // qint64
        SortKeyRole, // what the column sorts by
    };
    Q_ENUM(Column)

    explicit DeviceListModel(Inventory* inventory = nullptr, QObject* parent = nullptr);
    ~DeviceListModel() override;

    void setInventory(Inventory* inventory);
    // Reads every device again (model reset).
    Status reload();
    // Shows these rows instead of the inventory's (model reset); for tests
    // and benchmarks.
    void setDevices(const QList<DeviceRow>& devices);
    // Re-reads one device: updates, moves, inserts or removes its row.
    Status refresh(const QString& endpoint);

    void setFilterText(const QString& text);
    QString filterText() const { return m_filterText; }
    // Devices in the inventory (before filtering).
    int totalCount() const { return int(m_items.size()); }

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Row of the device, or -1 when unknown or filtered out.
    int rowOf(const QString& endpoint) const;
    DeviceRow deviceAt(int row) const;

    // The state as the technician reads it, translated.
    static QString stateText(DeviceState state);
    // Call after a language change: headers and texts are emitted anew.
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    struct Item {
        DeviceRow row;
        QString endpointKey; // natural, case-folded sort key
        QString profileKey;
        QString haystack; // case-folded endpoint + '\n' + profile, for the filter
        qint64 lastJobMs = 0;
        qint64 createdMs = 0;
        bool removed = false; // gone from the inventory (refresh); its slot stays unused
    };
    static Item makeItem(DeviceRow row);
    bool lessThan(int a, int b) const;
    bool matches(const Item& item) const;
    void rebuildSorted();
    void rebuildVisible();
    void prepareFilter();
    int visiblePositionFor(int item) const;
    void removeFromOrder(int item);

    Inventory* m_inventory = nullptr;
    std::vector<Item> m_items;
    std::vector<int> m_sorted; // every item, in sort order
    std::vector<int> m_visible; // m_sorted, filtered
    QHash<QString, int> m_byEndpoint;
    int m_sortColumn = EndpointColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_filterText;
    QStringList m_terms; // case-folded
    std::vector<std::vector<bool>> m_stateMatches; // [term][state]
};

} // namespace lwc::inventory
