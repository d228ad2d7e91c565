// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark program, not a test: the data grid's model on a generated table of N rows
// (10,000,000 by default), against QSqlQueryModel in the same run.
//   open and show the first page; jump to the last row; jump to the middle (before and
//   after the keys are sampled); resident memory added by browsing; rows read per row shown
//   while scrolling a 40-row viewport.
// Usage: locklens_bench_browse [--rows N] [--db FILE] [--repeat R] [--qsql-limit S] [--json FILE]
#include "app/core/browsespec.h"
#include "app/core/catalogreader.h"
#include "app/core/dbconnection.h"
#include "app/core/pagereader.h"
#include "app/core/tablemodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace LockLens;

namespace {

double medianOf(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

qint64 rssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

bool generate(const QString &path, qint64 rows)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return false;
    sqlite3_exec(db,
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; "
        "CREATE TABLE items(id INTEGER PRIMARY KEY, name TEXT, qty INTEGER, price REAL, note TEXT);"
        "CREATE TABLE gappy(id INTEGER PRIMARY KEY, name TEXT, qty INTEGER, price REAL, note TEXT)",
        nullptr, nullptr, nullptr);
    // items: rowids 1..N without gaps; gappy: a gap after every 1,000 rowids.
    for (const char *table : { "items", "gappy" }) {
        const bool gaps = qstrcmp(table, "gappy") == 0;
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(db,
            QByteArray("INSERT INTO ").append(table).append(" VALUES (?, ?, ?, ?, ?)").constData(), -1, &st,
            nullptr);
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        char name[32], note[32];
        for (qint64 i = 1; i <= rows; ++i) {
            std::snprintf(name, sizeof name, "item %lld", static_cast<long long>(i));
            std::snprintf(note, sizeof note, "%016llx", static_cast<unsigned long long>(i * 2654435761u));
            sqlite3_bind_int64(st, 1, gaps ? i + i / 1000 : i);
            sqlite3_bind_text(st, 2, name, -1, SQLITE_TRANSIENT);
            sqlite3_bind_int64(st, 3, i % 100);
            sqlite3_bind_double(st, 4, double(i) * 0.25);
            sqlite3_bind_text(st, 5, note, -1, SQLITE_TRANSIENT);
            sqlite3_step(st);
            sqlite3_reset(st);
            if (i % 1000000 == 0) {
                sqlite3_exec(db, "COMMIT; BEGIN", nullptr, nullptr, nullptr);
                std::fprintf(stderr, "  %s: %lld rows\n", table, static_cast<long long>(i));
            }
        }
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        sqlite3_finalize(st);
    }
    return sqlite3_close(db) == SQLITE_OK;
}

// Waits for `done`; a benchmark that cannot finish says so and stops.
template<typename F> void waitFor(F done, const char *what)
{
    // Sleeps until the next event (a reader's result), so the times are not rounded up to
    // a polling interval.
    QElapsedTimer limit;
    limit.start();
    while (!done()) {
        if (limit.elapsed() > 120000) {
            std::fprintf(stderr, "timed out waiting for %s\n", what);
            std::exit(1);
        }
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    }
}

// Milliseconds until row `row` of the model is loaded (asking for it as a view would).
double loadMs(TableModel &m, int row, QElapsedTimer &clock)
{
    // Row 0 of a model just opened exists once its first page has arrived.
    waitFor([&] { return m.rowCount() > row && !m.data(m.index(row, 1), TableModel::LoadingRole).toBool(); },
        "a page");
    return double(clock.nsecsElapsed()) / 1e6;
}

struct Figures
{
    std::vector<double> open, last, middleCold, middleWarm, count, sampling;
    qint64 rssAddedKb = 0, rssPeakKb = 0, fetchedRows = 0, shownRows = 0;
};

bool measure(const QString &path, const QString &name, int repeat, Figures *out)
{
    SqlFailure f;
    Catalog::Schema schema;
    Catalog::ReadOptions o;
    o.countRows = false;
    o.checkViolations = false;
    if (!Catalog::readSchema(DatabaseLocation::file(path), o, &schema, &f) || !schema.table(name)) {
        std::fprintf(stderr, "cannot read %s in %s: %s\n", qPrintable(name), qPrintable(path),
            qPrintable(f.message.isEmpty() ? QStringLiteral("no such table") : f.message));
        return false;
    }
    const Catalog::Table table = *schema.table(name);
    const BrowseSpec spec = BrowseSpec::forTable(table);
    Figures &tm = *out;
    const qint64 rssBefore = rssKb();
    qint64 rssPeak = rssBefore;
    for (int r = 0; r < repeat; ++r) {
        TableModel m;
        QElapsedTimer clock;
        clock.start();
        m.setDatabase(DatabaseLocation::file(path));
        m.setSpec(spec);
        tm.open.push_back(loadMs(m, 0, clock));
        waitFor([&] { return m.countKnown(); }, "the row count");
        tm.count.push_back(double(clock.nsecsElapsed()) / 1e6);
        clock.restart();
        tm.last.push_back(loadMs(m, m.rowCount() - 1, clock));
        clock.restart();
        tm.middleCold.push_back(loadMs(m, m.rowCount() / 2 + 100, clock));
        QElapsedTimer sampled;
        sampled.start();
        waitFor([&] { return m.stats().sampled || m.totalRows() <= PageReader::AnchorStride; },
            "the sampled keys");
        tm.sampling.push_back(double(sampled.nsecsElapsed()) / 1e6);
        clock.restart();
        tm.middleWarm.push_back(loadMs(m, m.rowCount() / 2 + 3 * TableModel::PageSize + 7, clock));
        if (r == 0) {
            // Scroll a 40-row viewport down 2,000 times from a third of the way in.
            const qint64 before = m.stats().rowsFetched;
            int top = m.rowCount() / 3;
            for (int step = 0; step < 2000; ++step, top += 40) {
                for (int row = top; row < top + 40; ++row)
                    m.data(m.index(row, 1));
                waitFor([&] { return !m.data(m.index(top + 39, 1), TableModel::LoadingRole).toBool(); },
                    "a scrolled page");
                tm.shownRows += 40;
            }
            tm.fetchedRows = m.stats().rowsFetched - before;
        }
        rssPeak = qMax(rssPeak, rssKb());
    }
    tm.rssAddedKb = rssKb() - rssBefore;
    tm.rssPeakKb = rssPeak - rssBefore;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QSqlDatabase::drivers();
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({ QStringLiteral("rows"), QStringLiteral("rows in the generated table"), QStringLiteral("N"),
        QStringLiteral("10000000") });
    p.addOption({ QStringLiteral("db"), QStringLiteral("database to (re)use"), QStringLiteral("FILE") });
    p.addOption({ QStringLiteral("repeat"), QStringLiteral("repetitions"), QStringLiteral("R"),
        QStringLiteral("7") });
    p.addOption(
        { QStringLiteral("qsql-limit"), QStringLiteral("seconds QSqlQueryModel may take to reach the end"),
            QStringLiteral("S"), QStringLiteral("300") });
    p.addOption(
        { QStringLiteral("json"), QStringLiteral("write the figures as JSON"), QStringLiteral("FILE") });
    p.process(app);
    const qint64 rows = p.value(QStringLiteral("rows")).toLongLong();
    const int repeat = qMax(1, p.value(QStringLiteral("repeat")).toInt());
    QTemporaryDir tmp;
    const QString path = p.isSet(QStringLiteral("db")) ? p.value(QStringLiteral("db"))
                                                       : tmp.filePath(QStringLiteral("browse.db"));
    if (!QFileInfo::exists(path)) {
        std::fprintf(stderr, "generating %lld rows in %s\n", static_cast<long long>(rows), qPrintable(path));
        if (!generate(path, rows))
            return 1;
    }

    Figures items, gappy;
    if (!measure(path, QStringLiteral("items"), repeat, &items)
        || !measure(path, QStringLiteral("gappy"), repeat, &gappy))
        return 1;

    // --- QSqlQueryModel ---------------------------------------------------------------
    double qOpen = 0, qLast = -1;
    qint64 qReached = 0, qRssAdded = 0;
    const double limitS = p.value(QStringLiteral("qsql-limit")).toDouble();
    {
        const qint64 rss0 = rssKb();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("qsql"));
        db.setDatabaseName(path);
        db.open();
        {
            QSqlQueryModel qm;
            QElapsedTimer clock;
            clock.start();
            qm.setQuery(QSqlQuery(QStringLiteral("SELECT rowid, * FROM items"), db));
            qm.data(qm.index(0, 1));
            qOpen = double(clock.nsecsElapsed()) / 1e6;
            clock.restart();
            while (qm.canFetchMore() && clock.elapsed() < limitS * 1000)
                qm.fetchMore();
            qReached = qm.rowCount();
            if (!qm.canFetchMore()) {
                qm.data(qm.index(qm.rowCount() - 1, 1));
                qLast = double(clock.nsecsElapsed()) / 1e6;
            }
            qRssAdded = rssKb() - rss0;
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("qsql"));
    }

    const auto line = [](const char *what, const std::vector<double> &v) {
        std::printf("  %-44s %9.2f ms median  (runs:", what, medianOf(v));
        for (double x : v)
            std::printf(" %.1f", x);
        std::printf(")\n");
    };
    std::printf("Data grid on %lld-row tables, %d repetitions\n", static_cast<long long>(rows), repeat);
    const auto report = [&](const char *title, const Figures &tm) {
        std::printf("TableModel, %s\n", title);
        line("open and show the first page", tm.open);
        line("row count known (background)", tm.count);
        line("jump to the last row", tm.last);
        line("jump to the middle, keys not yet sampled", tm.middleCold);
        line("sampling the keys (background)", tm.sampling);
        line("jump to the middle, keys sampled", tm.middleWarm);
        std::printf("  %-44s %9.1f MB (peak %.1f MB)\n", "resident memory added by browsing",
            double(tm.rssAddedKb) / 1024.0, double(tm.rssPeakKb) / 1024.0);
        std::printf("  %-44s %9.2f (%lld rows read for %lld shown)\n",
            "rows read per row shown while scrolling",
            double(tm.fetchedRows) / double(qMax<qint64>(1, tm.shownRows)),
            static_cast<long long>(tm.fetchedRows), static_cast<long long>(tm.shownRows));
    };
    report("items (rowids 1..N)", items);
    report("gappy (a gap after every 1,000 rowids)", gappy);
    std::printf("QSqlQueryModel on items (same run)\n");
    std::printf("  %-44s %9.2f ms\n", "open and show the first page", qOpen);
    if (qLast >= 0)
        std::printf(
            "  %-44s %9.2f ms (every row fetched; the middle costs half)\n", "jump to the last row", qLast);
    else
        std::printf("  %-44s  not reached in %.0f s (at row %lld)\n", "jump to the last row", limitS,
            static_cast<long long>(qReached));
    std::printf("  %-44s %9.1f MB\n", "resident memory added", double(qRssAdded) / 1024.0);

    if (p.isSet(QStringLiteral("json"))) {
        const auto arr = [](const std::vector<double> &v) { return QJsonValue(medianOf(v)); };
        const auto fig = [&](const Figures &tm) {
            return QJsonObject {
                { QStringLiteral("open_ms"), arr(tm.open) },
                { QStringLiteral("count_ms"), arr(tm.count) },
                { QStringLiteral("last_ms"), arr(tm.last) },
                { QStringLiteral("middle_cold_ms"), arr(tm.middleCold) },
                { QStringLiteral("middle_warm_ms"), arr(tm.middleWarm) },
                { QStringLiteral("sampling_ms"), arr(tm.sampling) },
                { QStringLiteral("rss_added_mb"), double(tm.rssAddedKb) / 1024.0 },
                { QStringLiteral("rss_peak_added_mb"), double(tm.rssPeakKb) / 1024.0 },
                { QStringLiteral("rows_read_per_row_shown"),
                    double(tm.fetchedRows) / double(qMax<qint64>(1, tm.shownRows)) },
            };
        };
        const QJsonObject o {
            { QStringLiteral("rows"), double(rows) },
            { QStringLiteral("items"), fig(items) },
            { QStringLiteral("gappy"), fig(gappy) },
            { QStringLiteral("qsql_open_ms"), qOpen },
            { QStringLiteral("qsql_last_ms"), qLast },
            { QStringLiteral("qsql_rows_reached"), double(qReached) },
            { QStringLiteral("qsql_rss_added_mb"), double(qRssAdded) / 1024.0 },
        };
        QFile out(p.value(QStringLiteral("json")));
        if (out.open(QIODevice::WriteOnly))
            out.write(QJsonDocument(o).toJson());
    }
    return 0;
}
