// The main window's device list with 100,000 devices (issue 6): load from a
// fresh SQLite inventory into DeviceListModel, sort by each column (both
// orders), filter, refresh one row. Baselines measured in the same run:
// a plain std::sort of the same rows in memory (index vector, QString
// operator< on the endpoint) and a plain case-insensitive contains() loop.
//
//   bench_inventory [--devices N] [--pg "host=...;port=...;user=...;dbname=..."]
//
// With --pg the load is also measured from PostgreSQL (the database must be
// empty and is filled by the run).
#include "BenchHarness.h"

#include "inventory/DeviceListModel.h"
#include "inventory/Inventory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <numeric>
#include <random>
#include <vector>

using namespace lwc;
using namespace lwc::inventory;

namespace {

// Devices as a field fleet looks: urn:dev:ops:NNNNNN endpoints in random
// insertion order, a handful of profiles, every state, most with a last job.
Status fill(Inventory& inv, int n)
{
    static const QStringList profiles {QStringLiteral("spki"), QStringLiteral("raw-xy"), QStringLiteral("uncompressed"),
                                       QStringLiteral("acme-meter-v2"), QStringLiteral("acme-valve")};
    std::vector<int> numbers(static_cast<size_t>(n));
    std::iota(numbers.begin(), numbers.end(), 0);
    std::shuffle(numbers.begin(), numbers.end(), std::mt19937(42));
    QRandomGenerator rng(7);
    const qint64 base = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    return inv.database().inTransaction([&]() -> Status {
        QSqlQuery q(inv.database().database());
        q.prepare(QStringLiteral("INSERT INTO devices (id, endpoint, profile, state, last_job_id, last_job_ms, "
                                 "created_ms, updated_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        for (int i = 0; i < n; ++i) {
            const int state = int(rng.bounded(5));
            const bool ran = state != int(DeviceState::New);
            q.addBindValue(qint64(i + 1));
            q.addBindValue(QStringLiteral("urn:dev:ops:%1").arg(numbers[size_t(i)], 6, 10, QLatin1Char('0')));
            q.addBindValue(profiles.at(int(rng.bounded(qsizetype(profiles.size())))));
            q.addBindValue(deviceStateName(DeviceState(state)));
            q.addBindValue(ran ? QStringLiteral("job-%1").arg(i) : QString());
            q.addBindValue(ran ? QVariant(base + qint64(rng.bounded(86400 * 90)) * 1000)
                               : QVariant(QMetaType::fromType<qint64>()));
            q.addBindValue(base + qint64(i) * 1000);
            q.addBindValue(base + qint64(i) * 1000);
            if (!q.exec())
                return InventoryDatabase::sqlError(QStringLiteral("bench.insert"), QStringLiteral("insert failed"),
                                                   q.lastError());
        }
        return {};
    });
}

int fail(const Error& e)
{
    fprintf(stderr, "bench_inventory: %s\n", qPrintable(e.toString()));
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    int n = 100000;
    QString pg;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--devices"))
            n = args.at(i + 1).toInt();
        if (args.at(i) == QLatin1String("--pg"))
            pg = args.at(i + 1);
    }
    if (n < 1) {
        fprintf(stderr, "usage: bench_inventory [--devices N] [--pg CONNECTION]\n");
        return 2;
    }
    volatile qsizetype sink = 0;

    QTemporaryDir dir;
    auto opened = Inventory::openSqlite(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!opened)
        return fail(opened.error());
    Inventory& inv = **opened;
    QElapsedTimer t;
    t.start();
    if (const Status s = fill(inv, n); !s.ok())
        return fail(s.error());
    printf("bench insert-%d-devices-sqlite: %lld ms (one transaction, setup)\n", n, t.elapsed());

    // The baseline's rows: the same devices, read once.
    const QList<DeviceRow> rows = inv.devices().value();

    DeviceListModel model(&inv);
    const auto load = bench::measure(
        QStringLiteral("load-%1-devices-sqlite").arg(n),
        [&] {
            if (!model.reload().ok())
                abort();
            sink = sink + model.rowCount();
        },
        4.0, 3);
    bench::report(load, "loads/s");
    printf("bench load-%d-devices-sqlite: %.1f ms per load (query + model)\n", n, load.nsPerOp / 1e6);

    if (!pg.isEmpty()) {
        auto options = InventoryDatabase::parseConnection(QStringLiteral("pg:") + pg);
        if (!options)
            return fail(options.error());
        auto pgInv = Inventory::open(*options);
        if (!pgInv)
            return fail(pgInv.error());
        if (const Status s = fill(**pgInv, n); !s.ok())
            return fail(s.error());
        DeviceListModel pgModel(pgInv->get());
        const auto pgLoad = bench::measure(
            QStringLiteral("load-%1-devices-postgresql").arg(n),
            [&] {
                if (!pgModel.reload().ok())
                    abort();
                sink = sink + pgModel.rowCount();
            },
            4.0, 3);
        printf("bench load-%d-devices-postgresql: %.1f ms per load (query + model)\n", n, pgLoad.nsPerOp / 1e6);
        bench::reportRatio(pgLoad, load);
    }

    // Baseline: plain std::sort of the same rows by endpoint.
    const auto baseline = bench::measure(
        QStringLiteral("std-sort-%1-rows-by-endpoint").arg(n),
        [&] {
            std::vector<int> idx(size_t(rows.size()));
            std::iota(idx.begin(), idx.end(), 0);
            std::sort(idx.begin(), idx.end(), [&](int a, int b) { return rows.at(a).endpoint < rows.at(b).endpoint; });
            sink = sink + idx.front();
        },
        3.0, 5);
    bench::report(baseline, "sorts/s");
    printf("bench std-sort-%d-rows-by-endpoint: %.1f ms per sort\n", n, baseline.nsPerOp / 1e6);

    static const char* names[] = {"endpoint", "profile", "state", "last-job", "added"};
    for (int column = 0; column < DeviceListModel::ColumnCount; ++column) {
        const auto sorted = bench::measure(
            QStringLiteral("model-sort-%1-by-%2").arg(n).arg(QLatin1String(names[column])),
            [&] {
                model.sort(column, Qt::AscendingOrder);
                model.sort(column, Qt::DescendingOrder);
                sink = sink + model.rowCount();
            },
            3.0, 5, 2);
        printf("bench model-sort-%d-by-%s: %.1f ms per sort (either order)\n", n, names[column], sorted.nsPerOp / 1e6);
        bench::reportRatio(sorted, baseline);
    }

    // Filters (each op sets the filter and clears it again).
    model.sort(DeviceListModel::EndpointColumn, Qt::AscendingOrder);
    const QString needle = QStringLiteral("OPS:0012");
    const auto plainFilter = bench::measure(
        QStringLiteral("plain-contains-%1-endpoints").arg(n),
        [&] {
            int hits = 0;
            for (const DeviceRow& d : rows)
                hits += d.endpoint.contains(needle, Qt::CaseInsensitive) ? 1 : 0;
            sink = sink + hits;
        },
        2.0, 5);
    printf("bench plain-contains-%d-endpoints: %.1f ms per pass\n", n, plainFilter.nsPerOp / 1e6);
    for (const QString& f :
         {needle, QStringLiteral("failed"), QStringLiteral("acme valve interrupted"), QStringLiteral("zzz")}) {
        model.setFilterText(f);
        const int hits = model.rowCount();
        model.setFilterText({});
        const auto filtered = bench::measure(
            QStringLiteral("model-filter-'%1'").arg(f),
            [&] {
                model.setFilterText(f);
                model.setFilterText({});
                sink = sink + model.rowCount();
            },
            2.0, 5);
        printf("bench model-filter-'%s': %.1f ms per filter+clear, %d of %d rows match\n", qPrintable(f),
               filtered.nsPerOp / 1e6, hits, n);
        bench::reportRatio(filtered, plainFilter);
    }

    // One device changed by a job: read it and move its row.
    model.sort(DeviceListModel::StateColumn, Qt::AscendingOrder);
    int k = 0;
    const auto refresh = bench::measure(
        QStringLiteral("model-refresh-one-of-%1").arg(n),
        [&] {
            const QString ep = rows.at(k++ % rows.size()).endpoint;
            if (!inv.setDeviceState(ep, DeviceState((k % 5)), QStringLiteral("bench")).ok() || !model.refresh(ep).ok())
                abort();
        },
        2.0, 5);
    printf("bench model-refresh-one-of-%d: %.2f ms per device (state write + audit record + refresh)\n", n,
           refresh.nsPerOp / 1e6);
    return 0;
}
