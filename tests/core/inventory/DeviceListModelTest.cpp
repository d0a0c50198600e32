// The main window's device list model: sort and filter in the model,
// persistent indexes, single-row refresh; checked by QAbstractItemModelTester
// on rows read from SQLite and PostgreSQL.
#include "inventory/DeviceListModel.h"
#include "inventory/Inventory.h"

#include "MockClock.h"
#include "PostgresServer.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace lwc;
using namespace lwc::inventory;

namespace {

DeviceRow row(qint64 id, const QString& endpoint, const QString& profile, DeviceState state, int lastJobMinute,
              int createdMinute)
{
    DeviceRow d;
    d.id = id;
    d.endpoint = endpoint;
    d.profile = profile;
    d.state = state;
    const QDateTime base(QDate(2026, 4, 1), QTime(8, 0), Qt::UTC);
    if (lastJobMinute >= 0) {
        d.lastJobAt = base.addSecs(60LL * lastJobMinute);
        d.lastJobId = QStringLiteral("job-%1").arg(id);
    }
    d.createdAt = base.addSecs(60LL * createdMinute);
    return d;
}

QList<DeviceRow> sample()
{
    return {
        row(1, QStringLiteral("dev-10"), QStringLiteral("spki"), DeviceState::Commissioned, 5, 4),
        row(2, QStringLiteral("dev-2"), QStringLiteral("raw"), DeviceState::Failed, 9, 1),
        row(3, QStringLiteral("Dev-3"), QStringLiteral("SPKI-2"), DeviceState::New, -1, 3),
        row(4, QStringLiteral("alpha"), QStringLiteral("spki-10"), DeviceState::Interrupted, 1, 2),
        row(5, QStringLiteral("dev-002"), QStringLiteral("raw"), DeviceState::InProgress, 7, 5),
    };
}

QStringList endpoints(const QAbstractItemModel& m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, DeviceListModel::EndpointColumn).data().toString();
    return out;
}

} // namespace

class DeviceListModelTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sortsEveryColumnBothWays_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QStringList>("ascending");
        // Endpoints: natural and case-insensitive; "dev-2" and "dev-002" are
        // the same number, so the exact text decides.
        QTest::newRow("endpoint") << int(DeviceListModel::EndpointColumn)
                                  << QStringList {"alpha", "dev-002", "dev-2", "Dev-3", "dev-10"};
        QTest::newRow("profile") << int(DeviceListModel::ProfileColumn)
                                 << QStringList {"dev-002", "dev-2", "dev-10", "Dev-3", "alpha"};
        QTest::newRow("state") << int(DeviceListModel::StateColumn)
                               << QStringList {"Dev-3", "dev-002", "dev-10", "dev-2", "alpha"};
        QTest::newRow("last job") << int(DeviceListModel::LastJobColumn)
                                  << QStringList {"Dev-3", "alpha", "dev-10", "dev-002", "dev-2"};
        QTest::newRow("added") << int(DeviceListModel::AddedColumn)
                               << QStringList {"dev-2", "alpha", "Dev-3", "dev-10", "dev-002"};
    }
    void sortsEveryColumnBothWays()
    {
        QFETCH(int, column);
        QFETCH(QStringList, ascending);
        DeviceListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDevices(sample());
        model.sort(column, Qt::AscendingOrder);
        QCOMPARE(endpoints(model), ascending);
        QCOMPARE(model.sortColumn(), column);
        model.sort(column, Qt::DescendingOrder);
        QStringList descending = ascending;
        std::reverse(descending.begin(), descending.end());
        QCOMPARE(endpoints(model), descending);
        QCOMPARE(model.sortOrder(), Qt::DescendingOrder);
    }

    void showsWhatTheTechnicianReads()
    {
        DeviceListModel model;
        model.setDevices(sample());
        const int r = model.rowOf(QStringLiteral("dev-2"));
        QVERIFY(r >= 0);
        QCOMPARE(model.index(r, DeviceListModel::StateColumn).data().toString(),
                 QStringLiteral("Commissioning failed"));
        QCOMPARE(model.index(r, DeviceListModel::ProfileColumn).data().toString(), QStringLiteral("raw"));
        QVERIFY(!model.index(r, DeviceListModel::LastJobColumn).data().toString().isEmpty());
        QCOMPARE(model.index(r, 0).data(DeviceListModel::StateNameRole).toString(), QStringLiteral("failed"));
        QCOMPARE(model.index(r, 0).data(DeviceListModel::LastJobIdRole).toString(), QStringLiteral("job-2"));
        QCOMPARE(model.index(r, 0).data(DeviceListModel::DeviceIdRole).toLongLong(), qint64(2));
        QCOMPARE(model.deviceAt(r).endpoint, QStringLiteral("dev-2"));
        QCOMPARE(model.index(model.rowOf(QStringLiteral("Dev-3")), DeviceListModel::LastJobColumn).data().toString(),
                 QString()); // never ran a job
        QCOMPARE(model.headerData(DeviceListModel::StateColumn, Qt::Horizontal).toString(), QStringLiteral("State"));
        QCOMPARE(model.columnCount(), int(DeviceListModel::ColumnCount));
        QCOMPARE(model.rowOf(QStringLiteral("nobody")), -1);
    }

    void filtersOnEndpointProfileAndState_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("expected"); // in endpoint order
        QTest::newRow("none") << "" << QStringList {"alpha", "dev-002", "dev-2", "Dev-3", "dev-10"};
        QTest::newRow("endpoint, any case") << "DEV-1" << QStringList {"dev-10"};
        QTest::newRow("profile") << "spki" << QStringList {"alpha", "Dev-3", "dev-10"};
        QTest::newRow("state name") << "interrupted" << QStringList {"alpha"};
        QTest::newRow("state text") << "progress" << QStringList {"dev-002"};
        QTest::newRow("all terms must match") << "dev failed" << QStringList {"dev-2"};
        QTest::newRow("terms across fields") << "raw  in-progress" << QStringList {"dev-002"};
        QTest::newRow("nothing") << "zzz" << QStringList {};
    }
    void filtersOnEndpointProfileAndState()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, expected);
        DeviceListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDevices(sample());
        model.setFilterText(filter);
        QCOMPARE(endpoints(model), expected);
        QCOMPARE(model.totalCount(), 5);
        QCOMPARE(model.filterText(), filter);
        // Sorting a filtered view keeps the filter.
        model.sort(DeviceListModel::EndpointColumn, Qt::DescendingOrder);
        std::reverse(expected.begin(), expected.end());
        QCOMPARE(endpoints(model), expected);
        model.setFilterText({});
        QCOMPARE(model.rowCount(), 5);
    }

    // The view's selection follows the device when the list is re-sorted.
    void sortKeepsPersistentIndexes()
    {
        DeviceListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDevices(sample());
        const QPersistentModelIndex selected(model.index(model.rowOf(QStringLiteral("Dev-3")), 1));
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        model.sort(DeviceListModel::AddedColumn, Qt::DescendingOrder);
        QCOMPARE(layout.size(), 1);
        QVERIFY(selected.isValid());
        QCOMPARE(selected.row(), model.rowOf(QStringLiteral("Dev-3")));
        QCOMPARE(selected.column(), 1);
        QCOMPARE(selected.data(DeviceListModel::EndpointRole).toString(), QStringLiteral("Dev-3"));
        model.sort(DeviceListModel::AddedColumn, Qt::DescendingOrder); // same order: nothing to do
        QCOMPARE(layout.size(), 1);
    }

    void readsAndRefreshesTheInventory_data() { test::addBackendColumn(); }
    void readsAndRefreshesTheInventory()
    {
        QFETCH(QString, backend);
        LWC_TEST_DATABASE(tdb, backend);
        auto opened = Inventory::open(tdb.options());
        QVERIFY(opened.ok());
        Inventory& inv = **opened;
        test::MockClock clock;
        inv.setClock(clock);
        for (int i = 1; i <= 25; ++i) {
            clock.advanceSeconds(1);
            QVERIFY(inv.ensureDevice(QStringLiteral("urn:dev:%1").arg(i), QStringLiteral("spki")).ok());
        }
        DeviceListModel model(&inv);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload().ok());
        QCOMPARE(model.rowCount(), 25);
        QCOMPARE(model.deviceAt(0).endpoint, QStringLiteral("urn:dev:1"));
        QCOMPARE(model.deviceAt(24).endpoint, QStringLiteral("urn:dev:25")); // natural order
        model.sort(DeviceListModel::StateColumn, Qt::DescendingOrder);
        model.setFilterText(QStringLiteral("urn"));

        // A state change moves the row to its sorted place.
        const QPersistentModelIndex dev7(model.index(model.rowOf(QStringLiteral("urn:dev:7")), 0));
        QVERIFY(inv.setDeviceState(QStringLiteral("urn:dev:7"), DeviceState::Interrupted, QStringLiteral("j")).ok());
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QVERIFY(model.refresh(QStringLiteral("urn:dev:7")).ok());
        QCOMPARE(moved.size(), 1);
        QCOMPARE(model.rowOf(QStringLiteral("urn:dev:7")), 0); // Interrupted sorts last, descending: first
        QCOMPARE(dev7.row(), 0);
        QCOMPARE(model.index(0, DeviceListModel::StateColumn).data().toString(), QStringLiteral("Interrupted"));

        // A state change that keeps the place is a dataChanged.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(inv.setDeviceState(QStringLiteral("urn:dev:7"), DeviceState::Interrupted, QStringLiteral("k")).ok());
        QVERIFY(model.refresh(QStringLiteral("urn:dev:7")).ok());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.deviceAt(0).lastJobId, QStringLiteral("k"));

        // A new device appears at its place; one the filter hides does not.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(inv.ensureDevice(QStringLiteral("urn:dev:100")).ok());
        QVERIFY(model.refresh(QStringLiteral("urn:dev:100")).ok());
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 26);
        QVERIFY(inv.ensureDevice(QStringLiteral("other-device")).ok());
        QVERIFY(model.refresh(QStringLiteral("other-device")).ok());
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 26);
        QCOMPARE(model.totalCount(), 27);
        model.setFilterText({});
        QCOMPARE(model.rowCount(), 27);

        // Filtered out after a change: removed from view.
        model.setFilterText(QStringLiteral("new"));
        const int before = model.rowCount();
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(inv.setDeviceState(QStringLiteral("urn:dev:3"), DeviceState::Commissioned, QStringLiteral("x")).ok());
        QVERIFY(model.refresh(QStringLiteral("urn:dev:3")).ok());
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), before - 1);
        QCOMPARE(model.rowOf(QStringLiteral("urn:dev:3")), -1);

        // Gone from the inventory: gone from the list, also after the next sort.
        model.setFilterText({});
        {
            QSqlQuery q(inv.database().database());
            QVERIFY(q.exec(QStringLiteral("DELETE FROM devices WHERE endpoint = 'urn:dev:5'")));
        }
        QVERIFY(model.refresh(QStringLiteral("urn:dev:5")).ok());
        QCOMPARE(model.rowCount(), 26);
        model.sort(DeviceListModel::EndpointColumn, Qt::AscendingOrder);
        QCOMPARE(model.rowCount(), 26);
        QCOMPARE(model.rowOf(QStringLiteral("urn:dev:5")), -1);
        QVERIFY(!endpoints(model).contains(QStringLiteral("urn:dev:5")));
    }
};

QTEST_GUILESS_MAIN(DeviceListModelTest)
#include "DeviceListModelTest.moc"
