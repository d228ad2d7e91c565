// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/operation.h"
#include "workers/scenario.h"
#include "workers/sqlite/affinity.h"
#include "workers/statements.h"
#include "workers/stopflag.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <atomic>
#include <cstdint>
#include <memory>
#include <vector>

namespace LockLens {

// A load on an existing table of the user's (Scenario::existingTable): what the table looks
// like, read once at setup, and the values each operation writes into it. The values of an
// operation follow from the operation alone (Op::value, the payload window), so a retried
// transaction writes the same rows again; nothing here allocates per operation.
namespace TableGen {

// The translation context of this namespace's messages: Tr::tr("...") (see
// ARCHITECTURE.md, "Translations").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LockLens::TableGen)
};

using LockLens::Affinity;
using LockLens::affinityOf;

// Parent keys sampled at setup are kept at most this many per foreign key.
constexpr int MaxParentKeys = 10000;
// A UNIQUE text or blob carries 64 random bits in its first 16 bytes (so it is at least that long).
constexpr int WideBytes = 16;

// One value to bind. Text and blob bytes point into the plan's storage or a scratch buffer.
struct Value
{
    // No underlying type spelled out (the struct is as large either way): lupdate 6.4 reads
    // "enum X : T {" in a class as a constructor's initializer list and then files the
    // structs after it, TablePlan among them, in the wrong scope.
    enum Type { Null, Int, Real, Text, Blob } type = Null;
    std::int64_t i = 0;
    double d = 0;
    const char *p = nullptr;
    int n = 0;
    QVariant toVariant() const; // for the QSqlQuery path
};

struct Column
{
    enum class Kind : std::uint8_t { Integer, Real, Numeric, Boolean, Timestamp, Text, Blob, ForeignKey };
    QString name;
    QString declaredType;
    Affinity affinity = Affinity::Blob;
    Kind kind = Kind::Blob;
    bool notNull = false;
    bool wide = false; // in a UNIQUE index or the primary key: values from a large space
    int foreignKey = -1; // index into TablePlan::foreignKeys
    int keyPosition = 0; // which column of that (possibly composite) key
    int salt = 0; // tells the values of one column from another's
    int scratchBytes = 0; // room the generated value needs in a scratch buffer
};

struct ForeignKey
{
    QString parentTable;
    QStringList columns; // child columns, in key order
    QStringList parentColumns;
    std::vector<Value> keys; // sampled parent keys, columns.size() values per key
};

// How a load writes into one existing table: read once at setup (load), then asked for the
// statements and for every operation's values.
struct TablePlan
{
    QString table; // as the schema spells it
    QString rowid; // quoted expression that names the rowid ("rowid", or the alias column)
    std::vector<Column> insertColumns; // what an INSERT sets, in order
    std::vector<Column> updateColumns; // what an UPDATE sets
    std::vector<ForeignKey> foreignKeys;
    int skippedColumns = 0; // generated, hidden, the rowid alias, or left to their DEFAULT
    QStringList warnings;
    std::vector<QByteArray> storage; // bytes of sampled text and blob keys
    // Drawn anew for every run and mixed into every value: a run with the same seed on the
    // same table then writes other UNIQUE values than the run before it did.
    std::uint64_t runSalt = 0;

    // Reads the table of `sc` from its database file through a read-only connection of its
    // own (which never writes, creates or locks for long). Null with the reason when the
    // table cannot take generated load (missing, a view, virtual, WITHOUT ROWID, a NOT NULL
    // foreign key with an empty parent, with sc.foreignKeys a delete that would cascade into
    // other rows, a statement of the run SQLite will not prepare, such as one that meets a
    // "foreign key mismatch"...).
    // `abort`, when raised, ends a wait for another connection's lock (the run was stopped).
    static std::shared_ptr<const TablePlan> load(
        const Scenario &sc, QString *error, const StopFlag *abort = nullptr);

    // The statements of the run on this table.
    StatementTexts statementTexts(const Scenario &sc) const;
    // The value of insert (or update) column `c` for `op`; scratch holds c.scratchBytes.
    void generate(const Column &c, const Op &op, const char *payload, int payloadBytes, char *scratch,
        Value *out) const;
};

// Statement sets that bind generated values: the native one steps sqlite3_stmt, the other
// goes through QSqlQuery. The built-in load table keeps its own (statements.cpp).
std::unique_ptr<StatementSet> prepareTableNative(
    sqlite3 *db, const Scenario &sc, std::shared_ptr<const TablePlan> plan, QString *error);
std::unique_ptr<StatementSet> prepareTableQt(
    const QSqlDatabase &db, const Scenario &sc, std::shared_ptr<const TablePlan> plan, QString *error);

// Inserts `rows` generated rows into the table in one IMMEDIATE transaction on db (the run's
// setup connection). Stopped meanwhile: rolled back, and true (a clean stop).
bool prefill(const QSqlDatabase &db, const Scenario &sc, OpGenerator &gen, std::int64_t rows,
    const std::atomic<bool> &stop, QString *error);

// The tables of the database file at `path` a load could run on (ordinary rowid tables,
// sqlite_ internals left out), read through a short read-only connection.
QStringList userTables(const QString &path, QString *error);

} // namespace TableGen

} // namespace LockLens
