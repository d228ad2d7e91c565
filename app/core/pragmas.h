// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/dbconnection.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <vector>

namespace LockLens::Pragmas {

// The translation context of this namespace's messages: Tr::tr("...") (see
// ARCHITECTURE.md, "Translations").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LockLens::Pragmas)
};

// Where a setting lives: in the database file (every connection sees it), or only on the
// connection that set it.
enum class Scope { File, Connection };
// How a value is written: one of a few keywords, an integer, or on/off.
enum class Kind { Keyword, Integer, Boolean };

// One pragma the panel shows and may change.
struct Definition
{
    QString name; // as SQLite spells it: "journal_mode"
    Scope scope = Scope::Connection;
    Kind kind = Kind::Integer;
    QStringList keywords; // Keyword: the allowed values, upper case; Integer: allowed values when
                          // only a few are (page_size), else empty
    qint64 minimum = 0; // Integer: the accepted range
    qint64 maximum = 0;
    QString unit; // Integer: " ms", " bytes"… (with its leading space), may be empty
    bool writesFile = false; // changing it writes the file: refused on a read-only connection
    QString meaning; // one line in plain words (translated)
};

// The eight pragmas, in the order they are shown (texts translated when called).
std::vector<Definition> definitions();
std::optional<Definition> find(const QString &name);

// A pragma's current value on one connection.
struct PragmaValue
{
    QString name;
    QVariant value; // as SQLite reports it: "wal", 1, -2000
    QString text; // for people and editors: "WAL", "NORMAL", "ON", "-2000"
    QString note; // what this value means for locking and safety; may be empty
    bool editable = false; // false on a read-only connection for settings that write the file
    bool ok = true; // false when reading it failed (failure says why)
    SqlFailure failure;
};

// The text shown for a value SQLite reported (keywords upper case, synchronous by name,
// foreign_keys as ON/OFF, integers as digits).
QString displayText(const Definition &def, const QVariant &reported);
// One line on what `value` (as displayText gives it) means for locking and safety, or "".
// journalMode ("wal", "delete"…) refines the advice where it depends on it.
QString explain(const QString &name, const QString &value, const QString &journalMode = {});

// Checks `value` against the table: on success *sqlValue is the keyword or integer to write
// (never the text as typed); on failure *message says what is accepted. Runs nothing.
bool validate(const QString &name, const QString &value, QString *sqlValue, QString *message);

// Reads every pragma of definitions() on `db`, in that order.
std::vector<PragmaValue> readAll(const DbConnection &db);

// Validates `value` (nothing runs when it is not allowed), refuses settings that write the
// file on a read-only connection, runs PRAGMA name=value and reads the value back. True
// when SQLite now reports the value asked for; *message (always set) says what happened:
// SQLite's error with its code, why SQLite kept the old value (in-memory database, open
// transaction, page size waiting for VACUUM…), or what the new value means.
bool set(const DbConnection &db, const QString &name, const QString &value, QString *message);

} // namespace LockLens::Pragmas
Q_DECLARE_METATYPE(LockLens::Pragmas::PragmaValue)
