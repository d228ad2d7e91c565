// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/demodatabase.h"

#include <QFileInfo>

#include <initializer_list>

namespace LockLens {

namespace {

const char *const schemaStatements[] = {
    "CREATE TABLE customers (\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  name TEXT NOT NULL COLLATE NOCASE,\n"
    "  email TEXT UNIQUE,\n"
    "  country TEXT NOT NULL DEFAULT 'NL'\n"
    ")",
    "CREATE TABLE products (\n"
    "  sku TEXT PRIMARY KEY,\n"
    "  name TEXT NOT NULL,\n"
    "  price_cents INTEGER NOT NULL CHECK (price_cents >= 0)\n"
    ") WITHOUT ROWID",
    "CREATE TABLE orders (\n"
    "  id INTEGER PRIMARY KEY AUTOINCREMENT,\n"
    "  customer_id INTEGER NOT NULL REFERENCES customers(id) ON UPDATE CASCADE ON DELETE CASCADE,\n"
    "  placed_at TEXT NOT NULL DEFAULT (datetime('now')),\n"
    "  status TEXT NOT NULL DEFAULT 'open'\n"
    ")",
    "CREATE TABLE order_items (\n"
    "  order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,\n"
    "  line INTEGER NOT NULL,\n"
    "  sku TEXT NOT NULL REFERENCES products(sku) ON DELETE RESTRICT,\n"
    "  quantity INTEGER NOT NULL DEFAULT 1,\n"
    "  PRIMARY KEY (order_id, line)\n"
    ")",
    // INT, not INTEGER: the number is an ordinary column with a unique index, and the
    // table keeps a hidden rowid of its own.
    "CREATE TABLE invoices (\n"
    "  number INT PRIMARY KEY,\n"
    "  order_id INTEGER NOT NULL REFERENCES orders,\n"
    "  amount_cents INTEGER NOT NULL\n"
    ")",
    // carriers.code is neither PRIMARY KEY nor UNIQUE: the "foreign key mismatch" trap.
    "CREATE TABLE carriers (\n"
    "  code TEXT NOT NULL,\n"
    "  name TEXT NOT NULL\n"
    ")",
    "CREATE TABLE shipments (\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,\n"
    "  carrier_code TEXT REFERENCES carriers(code),\n"
    "  shipped_at TEXT\n"
    ")",
    // Imported as-is from a spreadsheet whose columns happened to be called rowid,
    // _rowid_ and oid: the table's own rowid can no longer be named.
    "CREATE TABLE legacy_import (\n"
    "  rowid TEXT,\n"
    "  _rowid_ TEXT,\n"
    "  oid TEXT,\n"
    "  note TEXT\n"
    ")",
    "CREATE INDEX orders_by_customer ON orders(customer_id)",
    "CREATE INDEX open_orders ON orders(placed_at) WHERE status = 'open'",
    "CREATE INDEX order_items_by_sku ON order_items(sku)",
    "CREATE VIEW order_totals AS\n"
    "  SELECT o.id AS order_id, c.name AS customer, sum(i.quantity * p.price_cents) AS total_cents\n"
    "  FROM orders o JOIN customers c ON c.id = o.customer_id\n"
    "  JOIN order_items i ON i.order_id = o.id JOIN products p ON p.sku = i.sku\n"
    "  GROUP BY o.id",
    "CREATE TRIGGER shipment_closes_order AFTER INSERT ON shipments BEGIN\n"
    "  UPDATE orders SET status = 'shipped' WHERE id = NEW.order_id;\n"
    "END",
};

const char *const customerNames[] = { "Ada Lovelace", "Grace Hopper", "Edsger Dijkstra", "Barbara Liskov",
    "Donald Knuth", "Frances Allen", "Ken Thompson", "Margaret Hamilton", "Niklaus Wirth", "Radia Perlman",
    "Tony Hoare", "Sophie Wilson" };
const char *const countries[] = { "NL", "DE", "FR", "GB", "US", "CN", "JP", "BR" };
// 240 orders spread over the customers; every third invoiced, every fourth shipped.
constexpr int orderCount = 240;
const struct
{
    const char *sku;
    const char *name;
    int priceCents;
} products[] = {
    { "BK-001", "SQLite internals, hardcover", 4900 },
    { "BK-002", "Concurrency in practice", 3900 },
    { "MG-010", "Mug: database is locked", 1200 },
    { "ST-100", "Sticker pack: WAL mode", 300 },
    { "TS-200", "T-shirt: BEGIN IMMEDIATE", 2200 },
    { "KB-300", "Keyboard, 87 keys", 8900 },
};

bool run(const DbConnection &db, const QString &sql, const QVariantList &binds, SqlFailure *error)
{
    return db.select(sql, binds, nullptr, error);
}

bool execAll(const DbConnection &db, std::initializer_list<const char *> statements, SqlFailure *error)
{
    for (const char *s : statements)
        if (!db.exec(QString::fromUtf8(s), error))
            return false;
    return true;
}

// A new or empty database to build the demo in: an existing file or schema is refused.
std::unique_ptr<DbConnection> openEmpty(const DatabaseLocation &where, SqlFailure *error)
{
    if (!where.isMemory() && QFileInfo(where.path).exists() && QFileInfo(where.path).size() > 0) {
        *error = { 0,
            DbConnection::tr("%1 already exists; the demo database is only written to a new file")
                .arg(where.displayName()) };
        return nullptr;
    }
    auto db = DbConnection::open(where, DbConnection::Access::ReadWrite, QStringLiteral("demo"), error, true);
    if (!db)
        return nullptr;
    if (db->value(QStringLiteral("SELECT count(*) FROM sqlite_schema")).toInt() > 0) {
        *error = { 0,
            DbConnection::tr("%1 already has tables; the demo database is only built in an empty one")
                .arg(where.displayName()) };
        return nullptr;
    }
    return db;
}

bool insertProducts(const DbConnection &db, SqlFailure *error)
{
    for (const auto &p : products)
        if (!run(db, QStringLiteral("INSERT INTO products VALUES (?, ?, ?)"),
                { QString::fromUtf8(p.sku), QString::fromUtf8(p.name), p.priceCents }, error))
            return false;
    return true;
}

bool insertCustomers(const DbConnection &db, SqlFailure *error)
{
    for (int i = 0; i < int(std::size(customerNames)); ++i) {
        const QString name = QString::fromUtf8(customerNames[i]);
        const QString email
            = name.toLower().replace(QLatin1Char(' '), QLatin1Char('.')) + QLatin1String("@example.org");
        if (!run(db, QStringLiteral("INSERT INTO customers (id, name, email, country) VALUES (?, ?, ?, ?)"),
                { i + 1, name, email, QString::fromUtf8(countries[i % std::size(countries)]) }, error))
            return false;
    }
    return true;
}

// A deterministic sequence (xorshift32), so that every demo database is the same.
class Sequence
{
public:
    quint32 next(quint32 n)
    {
        m_x ^= m_x << 13;
        m_x ^= m_x >> 17;
        m_x ^= m_x << 5;
        return m_x % n;
    }

private:
    quint32 m_x = 2463534242u;
};

// Order o: placed by one of the customers, with 1-4 lines; every third one invoiced.
bool insertOrder(const DbConnection &db, int o, Sequence &seq, SqlFailure *error)
{
    const QString placed = QStringLiteral("2026-%1-%2 %3:%4:00")
                               .arg(1 + (o * 7) % 11, 2, 10, QLatin1Char('0'))
                               .arg(1 + (o * 13) % 28, 2, 10, QLatin1Char('0'))
                               .arg(8 + o % 10, 2, 10, QLatin1Char('0'))
                               .arg((o * 17) % 60, 2, 10, QLatin1Char('0'));
    if (!run(db, QStringLiteral("INSERT INTO orders (customer_id, placed_at) VALUES (?, ?)"),
            { 1 + int(seq.next(quint32(std::size(customerNames)))), placed }, error))
        return false;
    const int lines = 1 + int(seq.next(4));
    int total = 0;
    for (int l = 1; l <= lines; ++l) {
        const auto &p = products[seq.next(quint32(std::size(products)))];
        const int qty = 1 + int(seq.next(3));
        total += qty * p.priceCents;
        if (!run(db, QStringLiteral("INSERT INTO order_items VALUES (?, ?, ?, ?)"),
                { o, l, QString::fromUtf8(p.sku), qty }, error))
            return false;
    }
    return o % 3 != 0
        || run(db, QStringLiteral("INSERT INTO invoices VALUES (?, ?, ?)"), { 100000 + o, o, total }, error);
}

// Every fourth order shipped, by one of two carriers (one code belongs to two of them).
bool insertShipments(const DbConnection &db, SqlFailure *error)
{
    if (!execAll(db,
            { "INSERT INTO carriers VALUES ('PNL', 'PostNL')", "INSERT INTO carriers VALUES ('DHL', 'DHL')",
                "INSERT INTO carriers VALUES ('DHL', 'DHL Express')" },
            error))
        return false;
    for (int o = 4; o <= orderCount; o += 4)
        if (!run(db,
                QStringLiteral("INSERT INTO shipments (order_id, carrier_code, shipped_at) VALUES (?, ?, ?)"),
                { o, o % 8 ? QStringLiteral("PNL") : QStringLiteral("DHL"),
                    QStringLiteral("2026-11-%1").arg(o % 28 + 1) },
                error))
            return false;
    return true;
}

// The rows, in a transaction the caller opens: products, customers, orders, shipments,
// and the flaws the demo shows.
bool insertRows(const DbConnection &db, SqlFailure *error)
{
    if (!insertProducts(db, error) || !insertCustomers(db, error))
        return false;
    Sequence seq;
    for (int o = 1; o <= orderCount; ++o)
        if (!insertOrder(db, o, seq, error))
            return false;
    // The violation to find: an item whose product was deleted while foreign_keys was
    // off (SQLite's default), so nothing stopped it.
    return insertShipments(db, error)
        && execAll(db,
            { "INSERT INTO order_items VALUES (7, 9, 'DISCONTINUED-42', 1)",
                "INSERT INTO legacy_import VALUES ('A-17', 'row 1', 'ok', 'imported 2019')",
                "INSERT INTO legacy_import VALUES ('A-18', 'row 2', 'ok', 'imported 2019')",
                "INSERT INTO legacy_import VALUES ('B-01', 'row 3', 'late', 'fixed by hand')" },
            error);
}

} // namespace

bool createDemoDatabase(const DatabaseLocation &where, SqlFailure *error)
{
    const auto db = openEmpty(where, error);
    if (!db)
        return false;
    if (!where.isMemory() && !db->exec(QStringLiteral("PRAGMA journal_mode=WAL"), error))
        return false;
    if (!db->exec(QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    bool ok = true;
    for (const char *s : schemaStatements)
        ok = ok && db->exec(QString::fromUtf8(s), error);
    if (ok && insertRows(*db, error) && db->exec(QStringLiteral("COMMIT"), error))
        return true;
    db->exec(QStringLiteral("ROLLBACK"));
    return false;
}

} // namespace LockLens
