// SPDX-License-Identifier: GPL-3.0-or-later
// CSV export and the row cursor under it: RFC 4180 quoting, UTF-8, a header row, the grid's
// filter and order, no read transaction held between chunks, a regular file replaced only
// when complete (never on cancel or failure), a pipe written as a stream.
#include "app/core/cellformat.h"
#include "app/core/csvexport.h"
#include "app/core/rowcursor.h"
#include "tests/fixtures/chinookfixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <thread>

using namespace LockLens;

namespace {

BrowseSpec specOf(const QString &path, const QString &table)
{
    Catalog::Schema s;
    SqlFailure f;
    Catalog::ReadOptions o;
    o.countRows = false;
    o.checkViolations = false;
    if (!Fixture::readFile(path, &s, &f, o) || !s.table(table))
        return {};
    return BrowseSpec::forTable(*s.table(table));
}

QStringList csvLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return { QStringLiteral("<cannot read>") };
    QStringList lines = QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

// An outside connection's write: BEGIN EXCLUSIVE needs every other reader gone.
int exclusiveWrite(const QString &path)
{
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    const int rc = sqlite3_exec(
        db, "BEGIN EXCLUSIVE; INSERT INTO Genre(Name) VALUES ('Blues'); COMMIT", nullptr, nullptr, nullptr);
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return rc;
}

} // namespace

class TestCsvExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fields_data();
    void fields();
    void writesRfc4180WithAHeader();
    void writesTheGridsFilterAndOrder();
    void holdsNoReadTransactionBetweenChunks();
    void cancelOrFailureLeavesTheFileAsItWas();
    void statementRunsReadOnly();
    void pipeIsWrittenAsAStream();

private:
    CsvExport::Outcome write(const CsvExport::Source &source, const QString &path);
    QTemporaryDir m_dir;
    QString m_db;
};

void TestCsvExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("chinook.db"));
    QCOMPARE(Fixture::makeChinook(m_db), QString());
}

CsvExport::Outcome TestCsvExport::write(const CsvExport::Source &source, const QString &path)
{
    CsvExport::Progress progress;
    return CsvExport::write(source, path, &progress);
}

void TestCsvExport::fields_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("csv");
    QTest::addColumn<QString>("tsv");
    QTest::newRow("plain") << QVariant(QStringLiteral("AC/DC")) << "AC/DC"
                           << "AC/DC";
    QTest::newRow("comma") << QVariant(QStringLiteral("a, b")) << "\"a, b\""
                           << "a, b";
    QTest::newRow("quote") << QVariant(QStringLiteral("say \"hi\"")) << "\"say \"\"hi\"\"\""
                           << "\"say \"\"hi\"\"\"";
    QTest::newRow("line break") << QVariant(QStringLiteral("a\nb")) << "\"a\nb\""
                                << "\"a\nb\"";
    QTest::newRow("carriage return") << QVariant(QStringLiteral("a\rb")) << "\"a\rb\""
                                     << "\"a\rb\"";
    QTest::newRow("tab") << QVariant(QStringLiteral("a\tb")) << "a\tb"
                         << "\"a\tb\"";
    QTest::newRow("NULL") << QVariant() << ""
                          << "";
    QTest::newRow("empty text") << QVariant(QString()) << ""
                                << "";
    QTest::newRow("blob") << QVariant(QByteArray("\x0a\x1b", 2)) << "X'0A1B'"
                          << "X'0A1B'";
    QTest::newRow("integer") << QVariant(qint64(-9007199254740993)) << "-9007199254740993"
                             << "-9007199254740993";
    QTest::newRow("real") << QVariant(0.99) << "0.99"
                          << "0.99";
    QTest::newRow("unicode") << QVariant(QStringLiteral("Antônio")) << "Antônio"
                             << "Antônio";
}

void TestCsvExport::fields()
{
    QFETCH(QVariant, value);
    QFETCH(QString, csv);
    QFETCH(QString, tsv);
    QCOMPARE(delimitedField(cellText(value), QLatin1Char(',')), csv);
    QCOMPARE(delimitedField(cellText(value), QLatin1Char('\t')), tsv);
}

void TestCsvExport::writesRfc4180WithAHeader()
{
    const QString out = m_dir.filePath(QStringLiteral("track.csv"));
    CsvExport::Source source;
    source.where = DatabaseLocation::file(m_db);
    source.spec = specOf(m_db, QStringLiteral("Track"));
    const CsvExport::Outcome o = write(source, out);
    QVERIFY2(o.ok, qPrintable(o.error));
    QCOMPARE(o.rows, qint64(Fixture::ChinookTracks));
    const QStringList lines = csvLines(out);
    QCOMPARE(lines.size(), Fixture::ChinookTracks + 1);
    QCOMPARE(
        lines.at(0), QStringLiteral("TrackId,Name,AlbumId,GenreId,Composer,Milliseconds,UnitPrice,Cover"));
    QCOMPARE(lines.at(2), QStringLiteral("2,Track 2,3,3,Angus Young,200002,0.99,X'0A1B'"));
    QCOMPARE(lines.at(3), QStringLiteral("3,Track 3\tb,4,4,Angus Young,200003,0.99,"));
    QCOMPARE(lines.at(5), QStringLiteral("5,Track 5,6,2,,200005,0.99,")); // NULL composer
    QCOMPARE(lines.at(7), QStringLiteral("7,\"Track 7, \"\"live\"\"\",8,4,Angus Young,200007,0.99,"));
    QCOMPARE(lines.last().section(QLatin1Char(','), 0, 0), QString::number(Fixture::ChinookTracks));
    QVERIFY(Fixture::ChinookTracks > 3 * CsvExport::ChunkRows); // read in several chunks

    // UTF-8 without a byte-order mark.
    source.spec = specOf(m_db, QStringLiteral("Artist"));
    QVERIFY(write(source, out).ok);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("ArtistId,Name\r\n"));
    QVERIFY(bytes.contains("4,Ant\xc3\xb4nio Carlos Jobim\r\n"));
}

void TestCsvExport::writesTheGridsFilterAndOrder()
{
    const QString out = m_dir.filePath(QStringLiteral("filtered.csv"));
    CsvExport::Source source;
    source.where = DatabaseLocation::file(m_db);
    source.spec = specOf(m_db, QStringLiteral("Track"));
    BrowseSpec::Filter f;
    QString why;
    QVERIFY(BrowseSpec::parseFilter(QStringLiteral("live"), &f, &why));
    f.column = 1; // Name
    source.spec.filters.push_back(f);
    source.spec.sortColumn = 5; // Milliseconds
    source.spec.sortDescending = true;
    QVERIFY(write(source, out).ok);
    QStringList ids;
    for (const QString &line : csvLines(out).mid(1))
        ids << line.section(QLatin1Char(','), 0, 0);
    QCOMPARE(ids,
        Fixture::column(m_db,
            QStringLiteral("SELECT TrackId FROM Track WHERE Name LIKE '%live%' "
                           "ORDER BY Milliseconds DESC, TrackId DESC")));
    QCOMPARE(ids.size(), Fixture::ChinookTracks / 7);
}

void TestCsvExport::holdsNoReadTransactionBetweenChunks()
{
    const QString path = m_dir.filePath(QStringLiteral("chunks.db"));
    QCOMPARE(Fixture::makeChinook(path), QString());
    const auto db = DbConnection::open(
        DatabaseLocation::file(path), DbConnection::Access::ReadOnly, QStringLiteral("test"), nullptr);
    QVERIFY(db);
    // A table: between two chunks another program can take the exclusive lock and write.
    RowCursor table(specOf(path, QStringLiteral("Track")));
    std::vector<QVariantList> rows;
    SqlFailure f;
    QVERIFY(table.next(*db, 100, &rows, &f));
    QCOMPARE(exclusiveWrite(path), SQLITE_OK);
    QVERIFY(table.next(*db, 100, &rows, &f));
    QCOMPARE(rows.back().value(0).toInt(), 200);
    // A view has no key to start again from: its one statement reads until it ends.
    RowCursor view(specOf(path, QStringLiteral("AlbumTitles")));
    rows.clear();
    QVERIFY(view.next(*db, 10, &rows, &f));
    QCOMPARE(exclusiveWrite(path), SQLITE_BUSY);
    while (!view.atEnd())
        QVERIFY(view.next(*db, 10, &rows, &f));
    QCOMPARE(int(rows.size()), 40);
    QCOMPARE(exclusiveWrite(path), SQLITE_OK);
}

void TestCsvExport::cancelOrFailureLeavesTheFileAsItWas()
{
    const QString out = m_dir.filePath(QStringLiteral("kept.csv"));
    QFile old(out);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("what was there\n");
    old.close();
    const QByteArray before = Fixture::sha1Of(out);
    CsvExport::Source source;
    source.where = DatabaseLocation::file(m_db);
    source.spec = specOf(m_db, QStringLiteral("Track"));
    CsvExport::Progress cancelled;
    cancelled.cancel();
    const CsvExport::Outcome c = CsvExport::write(source, out, &cancelled);
    QVERIFY(!c.ok && c.cancelled);
    QCOMPARE(Fixture::sha1Of(out), before);

    source.spec.table = QStringLiteral("NoSuchTable");
    const CsvExport::Outcome failed = write(source, out);
    QVERIFY(!failed.ok && !failed.cancelled);
    QVERIFY2(failed.error.contains(QLatin1String("no such table")), qPrintable(failed.error));
    QCOMPARE(Fixture::sha1Of(out), before);
    QCOMPARE(
        QDir(m_dir.path()).entryList({ QStringLiteral("kept.csv*") }, QDir::Files).size(), 1); // no leftovers
}

void TestCsvExport::statementRunsReadOnly()
{
    const QString out = m_dir.filePath(QStringLiteral("query.csv"));
    CsvExport::Source source;
    source.where = DatabaseLocation::file(m_db);
    source.sql = QStringLiteral("SELECT Name AS \"artist, name\" FROM Artist ORDER BY ArtistId DESC");
    QVERIFY(write(source, out).ok);
    QCOMPARE(csvLines(out),
        (QStringList { QStringLiteral("\"artist, name\""), QStringLiteral("Antônio Carlos Jobim"),
            QStringLiteral("Aerosmith"), QStringLiteral("Accept"), QStringLiteral("AC/DC") }));
    // A statement that writes is refused by the read-only connection: nothing changes.
    const QByteArray before = Fixture::sha1Of(m_db);
    const QString none = m_dir.filePath(QStringLiteral("none.csv"));
    source.sql = QStringLiteral("INSERT INTO Artist(Name) VALUES ('x') RETURNING ArtistId");
    const CsvExport::Outcome o = write(source, none);
    QVERIFY(!o.ok);
    QVERIFY2(o.error.contains(QLatin1String("readonly")), qPrintable(o.error));
    QVERIFY(!QFileInfo::exists(none));
    QCOMPARE(Fixture::sha1Of(m_db), before);
}

void TestCsvExport::pipeIsWrittenAsAStream()
{
    const QString fifo = m_dir.filePath(QStringLiteral("out.pipe"));
    QCOMPARE(mkfifo(fifo.toLocal8Bit().constData(), 0600), 0);
    QByteArray received;
    std::thread reader([&] {
        QFile f(fifo);
        if (f.open(QIODevice::ReadOnly))
            received = f.readAll();
    });
    CsvExport::Source source;
    source.where = DatabaseLocation::file(m_db);
    source.spec = specOf(m_db, QStringLiteral("Genre"));
    const CsvExport::Outcome o = write(source, fifo);
    reader.join();
    QVERIFY2(o.ok, qPrintable(o.error));
    QVERIFY(received.startsWith("GenreId,Name\r\n1,Rock\r\n"));
    QFileInfo info(fifo);
    QVERIFY(info.exists() && !info.isFile()); // still the pipe, not a file put in its place
}

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
