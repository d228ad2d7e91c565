// SPDX-License-Identifier: GPL-3.0-or-later
// What the tests of loads on an existing table share: a shop schema with foreign keys,
// every affinity and generated columns, and the scenario that loads one of its tables.
#pragma once

#include "scenario.h"

#include <QTest>

namespace LockLens::Fixture {

// customers <- orders <- order_items, NOT NULL foreign keys, every affinity, a UNIQUE text,
// a DEFAULT and generated columns.
inline const char *ShopSchema = R"(
CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL UNIQUE);
CREATE TABLE orders(id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    placed DATETIME NOT NULL, total NUMERIC NOT NULL, status TEXT NOT NULL DEFAULT 'new');
CREATE TABLE order_items(id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    sku TEXT NOT NULL UNIQUE, qty INTEGER NOT NULL, price REAL NOT NULL, amount NUMERIC NOT NULL,
    photo BLOB, gift BOOLEAN,
    line_total REAL GENERATED ALWAYS AS (qty * price) VIRTUAL,
    qty_twice INTEGER GENERATED ALWAYS AS (qty * 2) STORED);
INSERT INTO customers VALUES (1, 'Ada', 'ada@example.org'), (2, 'Bob', 'bob@example.org'),
    (3, 'Cy', 'cy@example.org');
INSERT INTO orders(id, customer_id, placed, total) VALUES (10, 1, '2024-01-01 10:00:00', 12.5),
    (11, 2, '2024-01-02 11:00:00', 7), (12, 3, '2024-01-03 12:00:00', 99.99), (13, 1, '2024-01-04', 1);
INSERT INTO order_items(order_id, sku, qty, price, amount, photo, gift)
    VALUES (10, 'sku-0001-seed-aa', 1, 2.5, 2.5, x'00112233445566778899aabbccddeeff0011223344556677', 0);
)";

inline Scenario existingScenario(const QString &path, const QString &table)
{
    Scenario s;
    s.databasePath = path;
    s.table = table;
    s.existingTable = true;
    s.workers = 3;
    s.opsPerWorker = 200;
    s.payloadBytes = 24;
    s.busyTimeoutMs = 10000;
    s.maxTries = 20;
    return s;
}

// A column "enforced": with foreign keys enforced and without.
inline void enforcedOrNot()
{
    QTest::addColumn<bool>("enforced");
    QTest::newRow("enforced") << true;
    QTest::newRow("not enforced") << false;
}

} // namespace LockLens::Fixture
