<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DbConnection</name>
    <message>
        <source>in-memory database &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (SQLite code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an SQLite database (SQLite: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is corrupt (SQLite: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked by another connection (SQLite: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no database given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; the demo database is only written to a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has tables; the demo database is only built in an empty one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLITE_BUSY_RECOVERY: another connection is recovering the WAL file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLITE_READONLY_RECOVERY: the WAL file needs recovery, which a read-only connection cannot do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLITE_BUSY_SNAPSHOT: another connection wrote since this transaction began reading; only a new transaction can write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLITE_READONLY_CANTLOCK: the WAL index (-shm file) is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLITE_READONLY_ROLLBACK: a hot journal left by a crash must be rolled back, and this connection cannot write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLITE_READONLY_DBMOVED: the file was renamed or deleted while open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLITE_READONLY_CANTINIT: the WAL index (-shm file) cannot be set up read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLITE_READONLY_DIRECTORY: the folder is read-only, so SQLite cannot create the journal file a write needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (SQLite code %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a hot journal (%2): a write was cut short (a crash or power loss) and must be rolled back before the file can be read, which a read-only connection cannot do; open the file read-write once (sqlite3, or File ▸ Open in LockLens) to roll it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: permission denied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens</name>
    <message>
        <source>cannot write into %1: the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write into %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write into %1: it is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::BrowseSpec</name>
    <message>
        <source>the filter is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a value after it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::Catalog</name>
    <message>
        <source>PK %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generated, stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generated, virtual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A view has no rowid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the INTEGER PRIMARY KEY, so it is the rowid; AUTOINCREMENT never reuses a rowid, keeping the largest one ever used in sqlite_sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the INTEGER PRIMARY KEY, so it is another name for the rowid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A virtual table: its module provides the rowid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rowid is hidden: &quot;%1&quot; is the PRIMARY KEY but declared %2, not INTEGER, so it is an ordinary column with a unique index, not the rowid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without a type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rowid is hidden: &quot;%1&quot; is declared INTEGER PRIMARY KEY DESC, which SQLite keeps as an ordinary column with a unique index, not the rowid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rowid is hidden: a composite PRIMARY KEY (%1) is a unique index, not the rowid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ordinary rowid table: each row has a hidden 64-bit rowid, readable as rowid, _rowid_ or oid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WITHOUT ROWID: rows are stored in PRIMARY KEY order (%1) and have no rowid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rowid exists but cannot be read: columns named rowid, _rowid_ and oid hide all three of its names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with foreign_keys on, every write to &quot;%1&quot; fails with &quot;foreign key mismatch&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a view, not a table: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent table &quot;%1&quot; does not exist: with foreign_keys on, every write to &quot;%2&quot; fails with &quot;no such table&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It references the primary key of &quot;%1&quot;, which declares none: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has %1 column(s) but the primary key of &quot;%2&quot; has %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent table &quot;%1&quot; has no column &quot;%2&quot;: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent key &quot;%1&quot;(%2) has a UNIQUE index, but a partial one or one with another collation, which SQLite cannot use: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent key &quot;%1&quot;(%2) is neither its PRIMARY KEY nor covered by a UNIQUE index: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: SQLite treats it as a database with no tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite %1 has no pragma_table_list: WITHOUT ROWID and virtual tables were recognised from their CREATE statements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be checked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than %2 foreign key violations; the first %2 are listed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::Cli</name>
    <message>
        <source>locklens: error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locklens: verification failed: %1 rows lost, integrity: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locklens: error: --lock-trace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locklens: report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locklens: error: the run was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locklens: saved as run %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locklens: error: --save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no application-data folder to keep runs in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locklens: stopping (Ctrl-C again to quit at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locklens: warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locklens run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locklens presets: takes no arguments, got: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locklens: running the demo load test (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locklens: no display to open the window on; for the schema of %1 run: locklens schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locklens: unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locklens report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1 (see locklens report --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the id of a saved run, or latest (see locklens report --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE is missing: the report to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--store: the file name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no application-data folder holding saved runs; give --store FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no results store at %1 (save runs with locklens run --save)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out: %1 is the results store or its journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the results store %1 holds no run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a run id (a number, or latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locklens report: written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: expected an integer from %2 to %3, got &apos;%4&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: expected a number from %2 to %3, got &apos;%4&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: unknown value &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --existing-table
      --table names an existing table of DATABASE: the run inserts, updates and deletes
      its rows with generated values that respect its types and foreign keys (nothing is
      created; the rows it changes stay changed)
  --foreign-keys
      enforce foreign keys (PRAGMA foreign_keys=ON on every connection), as an application
      that enforces them does; without it they stay off, SQLite&apos;s default
  --read-before-write
      each transaction reads before it writes
  --no-instrument
      no per-operation timing or busy accounting (for measuring the cost of both)
  --no-lock-record
      do not record lock states through LockLens&apos;s VFS (for measuring its cost)
  --save
      keep the run in LockLens&apos;s results store, where the window lists it
  --quiet
      no progress and no summary
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 given more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --preset or --scenario, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at most one database, got %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a database file or --memory, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--memory: the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --ops or --duration, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--table: the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--existing-table needs --table NAME: the table of yours to load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json: the file name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--store needs --save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lock-trace: the file name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lock-trace needs the lock states recorded: drop --no-instrument and --no-lock-record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: locklens schema DATABASE [--json] [--no-counts] [--no-check]

Describes tables and views, their columns, rowids, indexes, triggers and foreign keys,
and the foreign keys that cannot work. Opens the file read-only: it is never changed.

  --json        print JSON instead of text
  --no-counts   do not count rows (counting reads every page of every table)
  --no-check    do not run PRAGMA foreign_key_check (it reads every child table)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIEW %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TABLE %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIRTUAL TABLE %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rowid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTOINCREMENT, sqlite_sequence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTOINCREMENT, no sqlite_sequence row yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    PROBLEM: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    FK #%1 %2 -&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>        PROBLEM: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    &lt;- %1 FK #%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;expression&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    index %1 (%2)%3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: SQLite %2, journal_mode %3, page_size %4, %5 page(s), %6
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foreign_keys: on for this connection
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foreign_keys: off for this connection (SQLite&apos;s default: each connection must run PRAGMA foreign_keys=ON)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRIGGER %1 ON %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign key problems: none
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign key problems: %1 (marked PROBLEM above)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign key violations: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    %1 rowid %2 -&gt; %3 (FK #%4)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locklens schema: unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locklens schema: name the database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locklens schema: one database at a time, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locklens schema: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: locklens demo-db FILE

Writes the demo shop database to FILE, which must not exist yet.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locklens demo-db: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locklens: demo database written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress: %1 s, %2 ops/s, %3 tx/s, lat p50 %4 ms p99 %5 ms, busy %6/s, lock wait %7 s, app wait %8 s, errors %9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(command line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database: %1 (journal_mode %2, synchronous %3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load: %1 workers, strategy %2, %3, %4 ops per transaction, mix %5, payload %6 bytes
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split: %1 database files, worker i writing file i mod %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>readers: %1, each on its own connection (BEGIN DEFERRED, %2 reads per transaction)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>driver: %1, SQLite %2 (%3), Qt %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (stopped early)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committed: %1 operations in %2 transactions; %3 transactions failed, %4 retries
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>throughput: %1 ops/s, %2 tx/s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latency ms: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit latency ms: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transaction latency ms: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locks: %1 busy events, %2 busy-handler calls; waiting for SQLite&apos;s locks %3 s (%4% of the workers&apos; time), for the application&apos;s mutex or queue %5 s (%6%)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errors: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification: %1 rows expected, %2 present, lost %3, integrity %4 -&gt; %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification: not done (%1)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker threads (default 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra threads that only read, each on its own connection: DEFERRED transactions of --batch reads (default 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operations per worker (default 10000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run for S seconds instead of a count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operation weights, e.g. insert=70,update=20,read=10 (also delete, range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operations per transaction (default 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autocommit, deferred, immediate (default) or exclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wal (default), delete, truncate, persist, memory or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off, normal (default), full or extra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sqlite (SQLite&apos;s sleep schedule, default), spin (every 1 ms) or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tries per transaction before it counts as failed (default 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per-thread (default), shared, writer-queue, pool or split (see --split-files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --strategy split: database files the load table is split over, the database and N-1 siblings NAME-split2... (default 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target total operations per second (Poisson arrivals); latency counts from the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload bytes per row (default 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random seed (default 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use the shared in-memory database file:NAME?mode=memory&amp;cache=shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load table (default locklens_load; created if missing); with --existing-table, a table of yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insert N rows before the run (for updates, deletes and reads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows per range read (default 20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto (default), native (sqlite3_stmt on the driver&apos;s handle) or qt (QSqlQuery)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress line every S seconds on stderr (default 1, 0 for none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the scenario from a JSON file (options given too override it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start from a built-in scenario (see locklens presets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the whole result as JSON (- for standard output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a report of the run; its format from the extension: .html, .md, .csv (time series) or .json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write every lock transition of every connection as CSV (t_s,worker,from,to,statement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the results store --save uses (default: runs.sqlite in the user&apos;s application data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locklens: not verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locklens: note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locklens: error: standard output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: locklens report RUN_ID|latest [RUN_ID...] --out FILE [--store FILE]

Writes a report of runs kept with `locklens run --save`; several runs make a comparison,
side by side. The format comes from the extension of FILE:
  .html  one self-contained page with charts
  .pdf   the same on numbered A4 pages
  .md    Markdown tables for issue trackers
  .csv   the time series, one row per interval per worker and in total
  .json  everything, as `locklens run --json` writes it

  --out FILE    the report to write (replaced when it exists; a device or named pipe
                is written into)
  --store FILE  the results store (default: runs.sqlite in the user&apos;s application data),
                read only: it is never changed
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--store: %1 is a file of the database this run loads; keep runs in a file of their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on read-only media (its folder cannot be written): only a run that does not write can read it (--mix read=100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what a retry waits after a failed try: none (at once, like pgbench), fixed:MS or exponential:MIN:MAX (doubling; default exponential:1:100), jittered by 0.5-1.5x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scenario: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: locklens run [DATABASE] [options]

Runs worker threads against DATABASE (a temporary file when none is given, removed afterwards),
prints progress on stderr and a summary on stdout. The load goes into the table locklens_load
(created when missing). Exit status: 0 done; 1 an output was not written; 2 refused
(bad options, unusable database or output) or ended by an error; 3 verification failed
(rows lost or integrity check not ok); 4 not verified, the database locked by another
process; 130 interrupted.

Options:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none, no load ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration: %1 s%2 (setup %3 s)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>cut short: %n transaction(s) open when the run ended, rolled back
</source>
        <translation>
            <numerusform>cut short: %n transaction open when the run ended, rolled back
</numerusform>
            <numerusform>cut short: %n transactions open when the run ended, rolled back
</numerusform>
        </translation>
    </message>
    <message>
        <source>backing off between tries: %1 s (%2% of the workers&apos; time)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification: not verified: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>extra rows: %n row(s) more than the run committed: another connection wrote to the table during the run (they are not lost rows, but could hide as many)
</source>
        <translation>
            <numerusform>extra rows: %n row more than the run committed: another connection wrote to the table during the run (they are not lost rows, but could hide as many)
</numerusform>
            <numerusform>extra rows: %n rows more than the run committed: another connection wrote to the table during the run (they are not lost rows, but could hide as many)
</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: locklens [COMMAND] [options]

Commands:
  run [DATABASE] [options]  run a load test (locklens run --help for its options)
  trace [options] -- COMMAND  run a program and show its SQLite locks (locklens trace --help)
  presets                   list the built-in scenarios
  schema DATABASE [--json]  describe tables, rowids, foreign keys and their problems
  report ID... --out FILE   report saved runs (several: a comparison) as .html .pdf .md .csv .json
  demo-db FILE              write the demo shop database to a new file
  (none)                    run the demo load test and write locklens-demo.json

  --help, --version
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--progress must be a number of seconds from 0 to 86400, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command goes after --: locklens trace [options] -- %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command to trace: locklens trace [options] -- COMMAND [ARGS...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locklens trace: %1: permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locklens trace: %1: command not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locklens trace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLITE_BUSY_SNAPSHOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLITE_BUSY (database is locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLITE_LOCKED (database table is locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(temporary database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    held: %1; lock requests refused: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    errors: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 s: thread %2 of pid %3 (connection %4), %5, got %6 after %7 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s: %2 processes, %3 connections, %4 blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 records dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trace: %1, ended by signal %2 after %3 s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trace: %1, exit status %2 after %3 s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processes:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  pid %1 (parent %2) from %3 s: %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connections:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  none%1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> matching --db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conclusions:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel: %1 records read, %2 dropped
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locklens trace: %1: cannot be run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    %1 statements, %2 rows changed, %3 s inside SQLite; busy handler: %4 sleeps, %5 s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is an SQLite database; the trace does not replace one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locklens: error: %1: %2 is a file of a database the program used; nothing was written there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    transactions: %1 begun, %2 committed, %3 rolled back, the longest %4 s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked: %1 (the first %2 listed)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: locklens trace [options] -- COMMAND [ARGS...]

Runs COMMAND with LockLens&apos;s recorder loaded into it (and into every process it starts),
then prints what its SQLite connections did: statements, time in each lock, busy-handler
waits, and for every &quot;database is locked&quot; the connection that held the lock. The program
runs in this folder and environment and is not changed; Ctrl-C reaches it as usual.
Exit status: the program&apos;s own (128+N when a signal N ended it), 127 when COMMAND is not
found, 126 when it cannot be run, 2 for bad options.

Options:
  --db GLOB          keep only database files whose path or name matches GLOB (repeatable)
  --sql-literals     keep the values written in the SQL text (by default each is a ?)
  --json FILE        the trace as a run document (-: standard output, and the program&apos;s own
                     output and the summary go to stderr)
  --lock-trace FILE  every lock change as CSV: t_s,worker,from,to,statement
  --report FILE      a report: .html .pdf .md .csv .json
  --save             keep the trace in the results store (beside the Load Lab&apos;s runs)
  --store FILE       with --save: that store instead of your own
  --progress S       a progress line every S seconds on stderr (default 1, 0 for none)
  --quiet            no progress and no summary
When a file asked for cannot be written, the exit status is 1 if the program&apos;s was 0.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: pid %2, %3, threads %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  and %1 more (every one in --json and --report)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>locklens trace: the command exited; tracing the %n process(es) it started that still run (%1) until they end (Ctrl-C ends them)</source>
        <translation>
            <numerusform>locklens trace: the command exited; tracing the %n process it started that still runs (%1) until it ends (Ctrl-C ends it)</numerusform>
            <numerusform>locklens trace: the command exited; tracing the %n processes it started that still run (%1) until they end (Ctrl-C ends them)</numerusform>
        </translation>
    </message>
    <message>
        <source>sqlite (default) or postgresql: a temporary PostgreSQL cluster, or the server --server names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PostgreSQL server to load: postgresql://USER@HOST:PORT/DB or libpq&apos;s key=value words (implies --engine postgresql; a password is better left to PGPASSWORD or ~/.pgpass)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server: the address is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s isolation level of the load&apos;s transactions: read-committed (default), repeatable-read or serializable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy timeout in milliseconds (default 5000); on PostgreSQL the session&apos;s lock_timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max tries %1, retry back-off %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max tries 1 (a failed transaction is not tried again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server: PostgreSQL %1 at %2 (synchronous_commit %3, fsync %4, max_connections %5, shared_buffers %6)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(version unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>readers: %1, each on its own connection (%2 reads per transaction)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locks: lock_timeout %1 ms, %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>driver: %1, Qt %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy: policy %1, timeout %2 ms, %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waits: for locks in the server %1 s (%2% of the workers&apos; time, sampled), %3 ended by lock_timeout; for the application&apos;s mutex or queue %4 s (%5%)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  %1 s in %n wait(s) for %2; held by %3
</source>
        <translation>
            <numerusform>  %1 s in %n wait for %2; held by %3
</numerusform>
            <numerusform>  %1 s in %n waits for %2; held by %3
</numerusform>
        </translation>
    </message>
    <message>
        <source>  and %1 other causes
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::Cli::RunOutputs</name>
    <message>
        <source>--lock-trace: give a file name (the trace does not go to standard output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is a file this run already uses (the database, its journal, the store or another output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--report: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::ComparisonView</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operations/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transactions/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s waited per s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99 latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two or more runs and choose Compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing needs two or more runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) but %1 name(s) to compare.</source>
        <translation>
            <numerusform>%n run but %1 name(s) to compare.</numerusform>
            <numerusform>%n runs but %1 name(s) to compare.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (no time series)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time series for %1 (the run ended before its first sample); the table still compares its totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the baseline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ÷ %2 (the baseline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The baseline&apos;s value is 0: no ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commits per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operations per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the runs committed anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reached %2 %3; %4 committed nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 ran at about the same rate (%3 vs %4 %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All runs ran within 5% of each other (%1 to %2 %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did %2× the %3 of %4 (%5 vs %6 per second).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 lost %n row(s).</source>
        <translation>
            <numerusform>%1 lost %n row.</numerusform>
            <numerusform>%1 lost %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed the integrity check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ended early on an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed operations per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commits/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed transactions per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50 latency (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median time of one operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99 latency (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>99% of the operations took at most this long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times a connection found the database locked (SQLITE_BUSY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock-wait share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App-wait share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the workers&apos; time spent waiting for the application&apos;s mutex or queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors of every kind (SQLITE_BUSY, SQLITE_BUSY_SNAPSHOT, timeouts, others)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions that were rolled back and not retried successfully</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows acknowledged as committed but missing afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRAGMA integrity_check after the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the load ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation mix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a worker does on SQLITE_BUSY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy timeout (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries per transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target rate (ops/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0: as fast as possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a LockLens run result (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the workers&apos; time spent waiting for locks (SQLite&apos;s; on PostgreSQL sampled in the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite, or the PostgreSQL server&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal mode in effect during the run (SQLite&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite&apos;s synchronous, or PostgreSQL&apos;s synchronous_commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite&apos;s transactions are always serializable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On PostgreSQL the sessions&apos; lock_timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::ConcurrencyPage</name>
    <message>
        <source>Concurrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many workers run, how they reach the database, how they wait for its locks and when they stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers and connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra threads that only read, each on a connection of its own whatever the connections below: BEGIN DEFERRED, the mix&apos;s reads (point reads if it has none), COMMIT. They show whether writers keep readers out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database files the load table is split over (the split strategy only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eaders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statements:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transaction that fails (busy, locked) is run again up to this many times in all; 1 = no retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When &amp;locked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace and length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ops/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flat out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total for all workers, arriving at random (Poisson); latency counts from each operation&apos;s scheduled start. 0 = flat out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after &amp;each worker ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target &amp;rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ran&amp;dom seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time every &amp;operation and count busy waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record lock states for the lock &amp;timeline (file databases, through LockLens&apos;s VFS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the number of operations each worker runs, or run for a duration instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Between tries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transaction that fails (busy, locked) is not tried again: raise the tries to retry it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::Connection</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot use %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set synchronous=%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot enforce foreign keys: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the existing table %1 was not read at setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a temporary PostgreSQL cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PostgreSQL server to connect to (the run&apos;s setup names one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set up the session on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the native path steps statements through libpq on Qt&apos;s PostgreSQL driver&apos;s connection, which this build or driver does not allow (use --driver auto or qt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::CsvExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::CsvExportJob</name>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1: %2 rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows exported to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled after %1 rows (written to %2 as they came).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled after %1 rows; %2 is left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::DashboardText</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a connection per thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one shared connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a single writer fed by a queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a connection pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tables split across files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autocommit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BEGIN DEFERRED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BEGIN IMMEDIATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BEGIN EXCLUSIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLITE_BUSY at BEGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLITE_BUSY on upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLITE_BUSY_SNAPSHOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy timeout expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLITE_LOCKED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> + 1 reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> + %1 readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 · %3 · %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock states are not recorded: the run is not instrumented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock states are not recorded: lock recording is off for this scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock states are not recorded: an in-memory database takes no file locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock states are not recorded: Qt&apos;s SQLite driver carries its own SQLite, which LockLens&apos;s VFS cannot reach. Lock waits are measured by the busy handler instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ops/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 commits/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99 –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waiting for locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waiting for the app&apos;s mutex/queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fatal error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows lost (%2 expected, %3 present)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows expected, %1 present, 0 lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 backing off between tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows more than the run committed (%2 expected, %3 present): another connection wrote to the table during the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with rows another connection added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows expected, %2 present, 0 lost, integrity ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 transactions failed (%3 %) after their last try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with failed transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — verified, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serialization failure (40001)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadlock (40P01)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>READ COMMITTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REPEATABLE READ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SERIALIZABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; PostgreSQL · %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::DataGrid</name>
    <message>
        <source>The column to filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: text, =5, &gt;10, &lt;&gt;x, NULL, NOT NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1(%2) = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the parent row in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the parent row in %1 (a NULL in the key refers to nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open: File ▸ Open (Ctrl+O), or drop a database file here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the schema…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the rows (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected cells as tab-separated text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy with &amp;Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected cells as tab-separated text, column names first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Rows as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the rows the grid shows (its filter and order) to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is selected to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selection spans %1 rows; Copy takes at most %2. Export the rows as CSV instead (right-click ▸ Export Rows as CSV…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 rows to copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 rows × %2 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no table is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an export is still running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::DiagramBoxes</name>
    <message>
        <source>PK FK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtual</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… %n more</numerusform>
            <numerusform>… %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockLens::DiagramLayout</name>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::FileKind</name>
    <message>
        <source>a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block device (a disk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a named pipe (FIFO), not a file: reading it would wait for a writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::FkDiagram</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+wheel zooms; drag to move around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrows point from child to parent; dashed orange: a key that cannot work; double-click a table to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1(%2) references %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ON UPDATE %1, ON DELETE %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to show its rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tables or views to draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagram is too large to export as an image; export it as SVG instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export to %1: choose a file name ending in .png or .svg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foreign-keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::LoadDashboard</name>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency of operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors by class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each worker&apos;s own lines (dashed) in the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Workers&lt;/b&gt; (dashed lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a run to see its locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No run yet&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a run is already in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Could not start the run:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The hatched intervals are the lock waits the engine measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines of their own are drawn for the first %1 workers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operations/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commits/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite lock wait (ms/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy events/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errors (all classes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lock states were recorded during this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run failed before any lock was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The run failed:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Stored run&lt;/b&gt; &amp;nbsp; %1 workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored run keeps no lock timeline: its time in each lock is in the run&apos;s report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors (all classes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors — none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors by class — none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors by class — none so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app mutex/queue (ms/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lock wait in the server, sampled (ms/s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::LoadEngine</name>
    <message>
        <source>a run is already in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock trace is incomplete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock trace misses %1 transitions: they came faster than the file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock states were not recorded: an in-memory database takes no file locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock states were not recorded: Qt&apos;s SQLite driver carries its own SQLite, which LockLens&apos;s VFS cannot reach. Lock waits are measured by the busy handler instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock waits on PostgreSQL happen inside the server: they were sampled from pg_stat_activity %1 times a second (%2 samples), so each is counted to within about %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock waits on PostgreSQL happen inside the server and were not sampled (the run was not instrumented): only waits that lock_timeout ended are counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock waits on PostgreSQL happen inside the server and could not be sampled: only waits that lock_timeout ended are counted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::LoadLab</name>
    <message>
        <source>&amp;New Load Test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a load test in the wizard (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the last scenario again, unchanged (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the run: workers finish their transaction, then the run is verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load test failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no application-data folder to keep runs in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs kept in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs are not kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load test cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was not kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run could not be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 kept in the run history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select two or more runs to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a load test is running; stop it or wait for it to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing run %1, “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a load test is still running; export its report once it has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no run has ended yet: run a load test, or open or compare runs of the run history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run created the table %1 in %2, the database open in the window. Remove it, with the rows the run inserted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the Load Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no load table of the last run to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove the table %1 from %2? The load test created it; it holds %n row(s). This cannot be undone.</source>
        <translation>
            <numerusform>Remove the table %1 from %2? The load test created it; it holds %n row. This cannot be undone.</numerusform>
            <numerusform>Remove the table %1 from %2? The load test created it; it holds %n rows. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the table %1 from %2? The load test created it. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 was removed from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the load table %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 stays: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace a &amp;Program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a program of yours with LockLens&apos;s recorder and watch its SQLite locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a traced program is still running; export its report once it has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace a Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a program is being traced already: stop it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the last SQLite load test again on PostgreSQL (a temporary cluster, or the server of your last PostgreSQL run) and compare the two runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SQLite run has ended and been kept yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on PostgreSQL Too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run on PostgreSQL cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two runs cannot be compared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on PostgreSQL &amp;Too</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::LoadRun</name>
    <message>
        <source>pool thread %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reader %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the native path needs Qt&apos;s SQLite driver to run on the SQLite LockLens links, but this driver carries its own copy (use --driver auto or qt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1: the folder %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the load table %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to %1: the file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prefill %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot count the rows of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver carries its own SQLite copy: the spin policy falls back to SQLite&apos;s own busy timeout, and lock waits are not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without the native path the shared connection is used through QSqlQuery from several threads (behind the mutex), which Qt does not promise to support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run could not go on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot count the rows after the run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot count the rows of the split files after the run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pool thread %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 of %2 pool threads started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reader %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set up the split file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setup waited for a lock another connection held: it took %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table %1 in %2 exists but is not a LockLens load table (it needs id INTEGER PRIMARY KEY, worker, value and payload); choose another table name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped after the setup had waited %1 s for a lock another connection held on the database; the load did not start (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another connection held a lock on the database: the setup waited %1 s of the %2 s it could (the busy timeout, or the run&apos;s duration if shorter), so the load did not start (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was locked by another connection: a lock that blocks even readers (EXCLUSIVE or PENDING, as a rollback-journal writer takes to commit, or BEGIN EXCLUSIVE), or the write lock when the run had to create its table. The setup waits for it as long as the run would last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped while waiting for a lock another connection held on the database (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another connection held a lock on the database through the %1 s the checks after the load wait (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked: another connection held a lock on the database (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify_heapam found %1 problems in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the primary key&apos;s index of %1 reaches %2 rows, the table holds %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server named (--server) and none installed to start a temporary one: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start a temporary PostgreSQL cluster: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the server&apos;s connection limit on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepts %2 more connections (max_connections less those reserved and in use), but the run opens %3: run fewer workers or readers, or raise max_connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the tables of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table %1 on %2 exists but is not a LockLens load table (it needs id bigint PRIMARY KEY, worker integer, value bigint and payload bytea); choose another table name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the load table %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling the lock waits on the server stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the native path steps statements through libpq on Qt&apos;s PostgreSQL driver&apos;s connection, which this build or driver does not allow (use --driver auto or qt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another session held a lock on the load table that the setup needed (LOCK TABLE, or an open transaction that changed the table&apos;s definition). The setup waits for it as long as the run would last (lock_timeout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What some lock waits on the server were for is not known: pg_locks could not be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::LoadTable</name>
    <message>
        <source>%1 is not a LockLens load table (it needs id INTEGER PRIMARY KEY, worker, value and payload): it stays as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove %1 from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::LoadWizard</name>
    <message>
        <source>Load Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 page: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::LockTimeline</name>
    <message>
        <source>control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conn%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::LockTimelinePanel</name>
    <message>
        <source>&lt;b&gt;Lock timeline&lt;/b&gt; — a lane per connection. Wheel: zoom, drag: pan, double-click: all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each lane shows the connection&apos;s lock on the database file (wide band), the WAL write and checkpoint locks (thin band), hatched while it waits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::LockTimelineView</name>
    <message>
        <source>waiting for a lock (measured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lock states recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for a lock from %1 for %2 (measured by the busy handler)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not waiting for a lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on the database file from %2 for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no lock on the database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAL WRITE from %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for %1 since %2 (%3 so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for a lock in the server (sampled %1 times a second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for a lock in the server from %1 for %2 (sampled %3 times a second)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::MainWindow</name>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db *.db3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LockLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign-Key Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pragmas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Read-&amp;Only…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Shared &amp;In-Memory Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;Demo Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Foreign-Key Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SQL Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pragmas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About LockLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About LockLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;LockLens %1&lt;/b&gt;&lt;p&gt;See SQLite&apos;s locks under concurrent load, and its schemas: rowids, foreign keys and what is wrong with them.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language takes effect when LockLens restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only) — LockLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — LockLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — reading the schema…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal_mode %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n foreign key(s) cannot work: see the warning signs in the schema tree.</source>
        <translation>
            <numerusform>%n foreign key cannot work: see the warning signs in the schema tree.</numerusform>
            <numerusform>%n foreign keys cannot work: see the warning signs in the schema tree.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no table %1 to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; a new database needs a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared In-Memory Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (connections of LockLens that use the same name share it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Demo Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit LockLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A load test is running. Stop it and quit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a report of the load lab&apos;s run or comparison: HTML, PDF, Markdown, CSV or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the schema again; after a lock, open every page afresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this database again, read-only: nothing can write to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to where the data grid was (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward again (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no table %1 any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQL console has a transaction open: COMMIT or ROLLBACK there lets go of its lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The tables cannot be read while another connection holds its lock. Retry (F5) once it lets go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. LockLens reads it when you retry after the other connection lets go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 is read-only: SQLite cannot create the journal file a write needs, so every change will fail with &quot;attempt to write a readonly database&quot; (SQLITE_READONLY_DIRECTORY, code 1544).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only (its permissions): every change will fail with &quot;attempt to write a readonly database&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is empty: it has no tables or views yet. Create one in the SQL console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has only SQLite&apos;s internal tables: pick one in the schema tree.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::OutputFile</name>
    <message>
        <source>the file name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: LockLens writes into files, devices and named pipes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no process is reading this named pipe (start the reader first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::Postgres::ServerAddress</name>
    <message>
        <source>no PostgreSQL server given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:// is not a PostgreSQL address: it starts with postgresql:// or postgres://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a broken %-escape in &quot;%1&quot; (a % is followed by two hex digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several hosts (%1): name one server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IPv6 address without its closing ] in &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; after the IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the address&apos;s parameters is not key=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a postgresql:// address nor key=value words (host=... port=... dbname=...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of %1 has no closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a libpq keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of %1 contains a &apos;;&apos;, which Qt&apos;s PostgreSQL driver cannot pass on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an @ after a / or ?: a user or password holding / or ? is written with %2F and %3F (and an @ in a parameter&apos;s value as %40)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a broken %-escape in the password (a % is followed by two hex digits; write %25 for %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port is not a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::Postgres::ServerConnection</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed: on Debian or Ubuntu, apt-get install libqt6sql6-psql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the server&apos;s settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::Postgres::TemporaryCluster</name>
    <message>
        <source>PostgreSQL does not run as root, and there is no user postgres or nobody to run it as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make a folder for a temporary PostgreSQL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot give %1 to the user %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initdb failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the temporary PostgreSQL did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exited with status %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s server programs (initdb, pg_ctl) are not installed: on Debian or Ubuntu, apt-get install postgresql; on macOS, brew install postgresql; or name a PostgreSQL server to use instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::PragmaPanel</name>
    <message>
        <source>Negative: KiB; positive: pages. Press Enter to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pragmas of the SQL console&apos;s connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQL console runs on this connection too, so per-connection settings apply to its statements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every pragma again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the database file: every connection sees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to this connection only: each connection of your program has its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 (off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only, and %1 is kept in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite reports %1, beyond what this box holds; change it in the SQL console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAL is recorded in the database file: it changes how every program that opens the file locks it. Leaving WAL needs every other connection closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new page size applies at once only to an empty file; otherwise SQLite waits for VACUUM to rewrite the whole file (never in WAL mode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 from %2 to %3?

%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting %1 to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to the database: %1. Refresh after the cause is gone, or Retry (F5) in the window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::Pragmas</name>
    <message>
        <source>SQLite returned no value for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal_mode stays %1: an in-memory database has no file to keep a WAL next to, so SQLite keeps its journal in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page_size stays %1 bytes: in WAL mode the page size cannot change, not even with VACUUM. Switch journal_mode away from WAL, set page_size, then run VACUUM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page_size stays %1 bytes for now: SQLite uses %2-byte pages from the next VACUUM on this connection (VACUUM rewrites the whole file; run it in the SQL console).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foreign_keys stays %1: it cannot change inside an open transaction. Set it again after COMMIT or ROLLBACK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foreign_keys stays %1: SQLite ignores the change inside an open transaction, or when built without foreign key support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite kept %1=%2 (asked for %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How commits are made undoable, and so whether others can read during a write. WAL is kept in the file; the other modes hold per connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often SQLite waits for the disk (fsync), so that commits survive a power loss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a statement waits for another connection&apos;s lock before it fails with &quot;database is locked&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether this connection gives its lock on the file back after each transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How large the WAL file may grow before a commit copies it back into the database (a checkpoint). Used in WAL mode only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size of each page of the file. A new size applies only to an empty file, or when VACUUM rewrites it (never in WAL mode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of the file this connection keeps in memory: a negative number is KiB, a positive one is pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether this connection enforces FOREIGN KEY constraints. SQLite leaves them off unless a program turns them on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readers and one writer at once: readers see the last commit made before they started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A writer blocks readers while it commits; the journal file is deleted after each transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A writer blocks readers while it commits; the journal file is emptied after each transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A writer blocks readers while it commits; the journal file stays, its header zeroed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A writer blocks readers while it commits; the journal is in memory, so a crash mid-commit can corrupt the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journal: ROLLBACK does not work and a crash mid-commit can corrupt the file; a writer still blocks readers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never waits for the disk: fastest, but a power loss or OS crash can corrupt the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe from corruption in WAL mode; the last commits may be lost on a power loss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer waits for the disk: outside WAL mode a power loss at the wrong moment can, rarely, corrupt the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits for the disk at every commit: commits survive a power loss (in WAL mode NORMAL is usually enough).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits for the disk at every commit: commits survive a power loss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like FULL, and also waits for the directory after the journal is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;database is locked&quot; at once whenever another connection holds the lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits up to %1 ms; a transaction that read first and then writes can still fail at once (BEGIN IMMEDIATE avoids that).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection keeps its lock after its first read or write: others get &quot;database is locked&quot; until it closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locks are given back at the end of each transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No automatic checkpoints: the WAL file grows until someone runs PRAGMA wal_checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A commit that leaves more than %1 pages in the WAL checkpoints it; a long read holds the WAL from being reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every read and write moves whole %1-byte pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 KiB of page cache on this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages of page cache on this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes that break a FOREIGN KEY fail on this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOREIGN KEY constraints are not checked on this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of the pragmas LockLens changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value given for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be ON or OFF, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a whole number, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a power of two from %2 to %3, not %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be from %2 to %3, not %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot change: the database is open read-only, and %1 is kept in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite refused %1=%2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another connection has the database open; leaving WAL needs every other connection closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1=%2 ran, but reading it back failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect when LockLens restarts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::Presets</name>
    <message>
        <source>no preset named &apos;%1&apos; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::Related</name>
    <message>
        <source>%1 has no column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has no column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key&apos;s columns do not match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::RelatedRowsPanel</name>
    <message>
        <source>Related rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (parent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (children)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row&apos;s %1 refers to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of %1 whose %2 refer to this row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NULL: refers to nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: a violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row of %1 holds this key; PRAGMA foreign_key_check reports this row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted: no index on %1(%2), so counting would read the whole table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open this row of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… more rows: open %1 and filter to see them all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No foreign keys lead to or from this table.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::Report</name>
    <message>
        <source>The run ended early: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was not checked after the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be checked after the run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing lost: lost rows 0 (%1 rows expected, %2 present), integrity ok.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost rows: %1 rows acknowledged as committed are missing (%2 expected, %3 present).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRAGMA integrity_check did not say ok: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 clients spent %2 of their time waiting for the application&apos;s mutex or queue (%3 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 transactions got SQLITE_BUSY as they started (busy policy %2, timeout %3 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 operations gave up after waiting the whole busy timeout of %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the transactions failed (%2 of %3, after %4 retries).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 completed no operation while %2 completed %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock was not shared fairly: %1 completed %2 the operations of %3 (%4 against %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One operation in 1,000 took %1 ms or more, %2 times the median of %3 ms (the longest %4 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reached %2 the throughput of %3 (%4 against %5 ops/s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput differs by less than %1% between the runs (best: %2, %3 ops/s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients of %1 waited for locks %2 of their time, those of %3 only %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds since the load started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operations/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commits/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput per worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clients waiting (s/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock waits per worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting (s/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy events and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy events/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errors/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation latency p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost rows %1 (%2 rows expected, %3 present), integrity %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds in each lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locks were not recorded in this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First error of each kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by LockLens %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Warning:** </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Conclusions

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Summary

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Scenario

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Workers: %1

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Workers

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First error of each kind:

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Environment

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite LockLens links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File system of the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy handler installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LockLens version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no run to report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data in the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput (ops/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commits (tx/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy-handler calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency p50 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency p99 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency p50 / p99 / p99.9 / max (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit latency p50 / p99 / p99.9 / max (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction latency p50 / p99 / p99.9 / max (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows expected / present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers / readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations per transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation mix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy policy / timeout / tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 ms / %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite compile options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ops/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tx/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed tx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock wait (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App wait (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 times a transaction failed to upgrade its read lock to a write lock (%2 SQLITE_BUSY on the first write, %3 SQLITE_BUSY_SNAPSHOT): no busy timeout can cure that; use BEGIN IMMEDIATE for transactions that write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a network file system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a network file system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was on %1. SQLite relies on the file locks of the system it runs on, and those are not reliable over a network: two writers can both believe they hold the lock and corrupt the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAL mode also needs memory shared between the connections, which does not reach other machines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the database on a local disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a network file system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LockLens report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LockLens comparison: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LockLens report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown report format; name the file .html, .pdf, .md, .csv or .json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PDF report needs fonts, and Qt&apos;s GUI module was not started in this process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2 s; writers %3, readers %4; %5 journal, %6 transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified: %1. Run again when the other connection has let go of its lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more rows are present than the run committed (%2 expected, %3 present): another connection wrote to the table during the run. They are not lost rows, but could hide as many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 clients spent %2 of their time backing off between tries of failed transactions (%3 s, retry back-off %4): not waiting for a lock, but not working either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %1 extra rows, written by another connection during the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in-memory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a temporary file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(database not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut short by the end of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing off between tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra rows (another connection&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no: locked by another connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry back-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (one try)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-off (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a LockLens run (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its scenario could not be read in full (%1): the settings shown that could not be read are the defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds since the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program never got SQLITE_BUSY or SQLITE_LOCKED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Blocked steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program never got SQLITE_BUSY or SQLITE_LOCKED.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traced command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended by signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in %2): %3 after %4 s; %5 processes, %6 connections, %7 steps blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in-memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program got SQLITE_BUSY or SQLITE_LOCKED %1 times: the blocked steps below name the connection that held the lock each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In SQLite (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy sleeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slept (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BUSY/LOCKED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread (pid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waited (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions begun / committed / rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 closed, summed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHARED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESERVED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PENDING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXCLUSIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WAL write lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checkpoint lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WAL recovery lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a WAL read mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no traced connection held the lock it wanted (another program, or it was let go)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection %1 of pid %2 (thread %3) held %4 since %5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, inside a transaction begun at %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, its last statement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the database&apos;s locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clients waiting for the database&apos;s locks (s/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 clients spent %2 of their time waiting for the database&apos;s locks (%3 s of %4 client-seconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the database&apos;s locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 operations gave up after waiting lock_timeout (%2 ms) for a lock in the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL ended %1 transactions as deadlock victims: two transactions locked the same rows in opposite orders. Each deadlock is found only after deadlock_timeout (1 s by default) of waiting; locking rows in one order (by id) avoids them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 transactions failed with a serialization failure (40001) under %2: PostgreSQL expects such transactions to be tried again (--max-tries).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions outside the run held the locks behind %1 of the waiting in the server (%2 s of %3 s): %4. Another program&apos;s open transaction made the workers wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the time waiting in the server was for %2, held by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synchronous_commit %1, fsync %2, max_connections %3, shared_buffers %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a temporary cluster LockLens started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synchronous_commit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>isolation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waited for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 other causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock waits in the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session of the run was seen waiting for a lock in the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2 s; writers %3, readers %4; %5 transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against %2 operations per second; %3 against %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With one writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1 writers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, SQLite and PostgreSQL committed about as many operations per second (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 committed %3 the operations per second of %4 (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the lock waits were for was not recorded: the run was not instrumented, its load did not run, sampling the server failed (the warnings say why), or an older LockLens ran it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::ReportExport</name>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV time series (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “.%2” is not a report format; name the file .html, .pdf, .md, .csv or .json</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything the run will do. Name the scenario to save it; Run starts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a short name, e.g. deferred-vs-immediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what this scenario shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared in-memory database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a temporary file, removed afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the database open in the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inserts rows into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updates its rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deletes its rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, an existing table of yours: the run only reads it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, an existing table of yours: the run %2, and those changes stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (LockLens&apos;s own, created if missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enforced (PRAGMA foreign_keys=ON on every connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enforced (PRAGMA foreign_keys=OFF, SQLite&apos;s default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation mix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing (every weight is 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload per row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per range read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefill rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read before writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, each on its own connection (BEGIN DEFERRED, reads only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (temporary, removed afterwards)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries per transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace and length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 operations/s in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flat out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after %1 operations per worker (%2 in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-operation timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on, but needs per-operation timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known traps in this scenario (it can still run):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run writes into the table %1 of %2, creating it if it is not there, and it stays after the run (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run adds its rows to the table %1, which %2 already holds; they stay after the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run creates the table %1 in %2 and leaves it there, with the rows it inserts. When the run has ended, the banner under the dashboard&apos;s header offers to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a temporary PostgreSQL cluster, removed afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PostgreSQL server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s own (synchronous_commit, fsync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give up at once (lock_timeout 1 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait in the server, up to lock_timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lock_timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sampled in the server %1 times a second, with what each waited for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sampled (needs per-operation timing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::RunDocument</name>
    <message>
        <source>it has no summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::RunListModel</name>
    <message>
        <source>no such run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no results store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 extra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended by an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (run %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity_check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ops/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commits/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock wait (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the load started, local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal mode in effect during the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed operations per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed transactions per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the workers&apos; time spent waiting for SQLite&apos;s locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the run: rows present equal rows acknowledged as committed, and PRAGMA integrity_check says ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run needs a name; “%1” keeps its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 transactions failed after their last try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed tx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions abandoned after their last try, and their share of the transactions tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements that failed, every class (a retried transaction counts each of its errors)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::RunsView</name>
    <message>
        <source>Filter: name, scenario, journal, notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected run (or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare two or more selected runs; the top-most selected run is the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected run (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected runs from the results store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the results store again (runs saved by other LockLens windows or the command line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no results store is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run history cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No runs saved yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Run a load test from &lt;b&gt;Load Lab ▸ New Load Test…&lt;/b&gt; or &lt;code&gt;locklens run --save&lt;/code&gt;; every run is kept here to be compared later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete 1 run from the results store? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n runs from the results store? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n run from the results store? This cannot be undone.</numerusform>
            <numerusform>Delete %n runs from the results store? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n run(s).</source>
        <translation>
            <numerusform>Deleted %n run.</numerusform>
            <numerusform>Deleted %n runs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a run to write notes about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was this run for, what did it show? Saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run is no longer in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on “%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a report of the selected run, or a comparison of the selected runs (HTML, PDF, Markdown, CSV or JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::Scenario</name>
    <message>
        <source>scenario key &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown scenario key &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown operation &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight of &apos;%1&apos; must be an integer from 0 to 1000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object of weights or a string like insert=70,read=30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workers must be from 1 to 1024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>readers must be from 0 to 1024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workers and readers together open %1 connections; at most 1024 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the operation mix has no positive weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown journal mode &apos;%1&apos; (expected wal, delete, truncate, persist, memory or off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown synchronous setting &apos;%1&apos; (expected off, normal, full or extra)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows per transaction must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autocommit runs every statement as its own transaction: use --tx deferred, immediate or exclusive to put %1 rows in one transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payload must be from 0 to 16 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a duration or a number of operations per worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max tries must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the busy timeout cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target rate cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target rate must be at least 0.01 operations per second (0 for none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the existing table to load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the load table needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a shared in-memory database starts empty: it has no existing table to load (use a database file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an existing table needs the database file that holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either a database file or a shared in-memory database, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the in-memory database name may not contain &apos;?&apos;, &apos;#&apos; or &apos;/&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split files need database files: a shared in-memory database cannot be split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split files spread LockLens&apos;s load table over several files; an existing table stays in its own file (choose another connection strategy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEFERRED transactions that read before writing fail with SQLITE_BUSY when two try to upgrade at once, whatever the busy timeout: BEGIN IMMEDIATE avoids it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with a rollback journal, readers and the writer block each other; WAL lets them run together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synchronous=OFF can lose committed transactions on power loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an in-memory database keeps its journal in memory; journal mode &apos;%1&apos; does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1 operations per second the run will take %2 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inserts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deletes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run writes into your table %1 (%2), and those changes stay (work on a copy to keep the original)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BEGIN %1 locks every attached file, not just the one written, and each worker takes its own file first: writers of different files deadlock until the busy timeout. DEFERRED transactions lock only the files they touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the split creates %1 more database files next to the database, and keeps them: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the writer queue runs writes in its own transactions; read-before-write does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connections to a shared in-memory database lock whole tables: a transaction that meets another&apos;s write fails at once with SQLITE_LOCKED, which no busy timeout waits for (the shared strategy avoids it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the operation mix is empty (expected e.g. insert=70,update=20,read=10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad mix entry &apos;%1&apos; (expected NAME=WEIGHT with a weight from 0 to 1000000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown operation &apos;%1&apos; in the mix (known: insert, update, delete, read, range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad retry back-off &apos;%1&apos; (expected none, fixed:MS or exponential:MIN:MAX, in milliseconds from 1 to 60000, MIN no more than MAX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names that begin with sqlite_ are reserved for SQLite&apos;s own tables: choose another name for the load table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split files must be from 2 to %1: a connection of this SQLite attaches at most %2 other databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at offset %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds JSON, but not an object of scenario keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a server is where a PostgreSQL run connects: add --engine postgresql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>isolation levels are PostgreSQL&apos;s: SQLite&apos;s transactions are always serializable (use --engine postgresql)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PostgreSQL run has no database file: the server holds the database (give --server, or nothing for a temporary cluster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split files spread the load over SQLite database files; on PostgreSQL choose per-thread, pool, shared or writer-queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an existing table is loaded on SQLite only for now; on PostgreSQL the run uses its own load table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BEGIN EXCLUSIVE is SQLite&apos;s; on PostgreSQL a transaction&apos;s isolation is set with --isolation (read-committed, repeatable-read or serializable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names that begin with pg_ are reserved for PostgreSQL&apos;s own tables: choose another name for the load table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal_mode and synchronous are SQLite&apos;s settings: on PostgreSQL the server&apos;s own (synchronous_commit, fsync) apply, and the run records them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under READ COMMITTED a transaction that reads and then writes may write over what another committed in between (a lost update); repeatable-read or serializable fail it instead, and a retry runs it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL keeps 63 bytes of a name: choose a shorter name for the load table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spin policy is SQLite&apos;s busy handler; on PostgreSQL a session waits inside the server, up to lock_timeout (--busy-timeout), or not at all (--busy-policy none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run was on PostgreSQL already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split files spread the load over SQLite database files, which PostgreSQL does not have: choose another connection strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run loaded a table of the database file, which PostgreSQL does not have</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::SchemaTree</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rowid = %1, AUTOINCREMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rowid = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden rowid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WITHOUT ROWID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rowid shadowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 affinity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each value of %1 must exist in %2 (double-click to open it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of %1 refer to this table (double-click to open it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A foreign key of this table cannot work: expand it to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(expression)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by SQLite for a PRIMARY KEY or UNIQUE constraint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enforcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on for new connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off for new connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRAGMA foreign_keys is per connection and off by default: unless every program turns it on, nothing stops rows that break a key. Toggle it for the console in the Pragmas page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign keys that cannot work as declared; every write to their tables fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows whose key has no parent row (PRAGMA foreign_key_check); double-click one to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no rowid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1 missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row of %1 refers to a row of %2 that does not exist. Double-click to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row of %1 refers to a row of %2 that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked by another connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry (F5) once it lets go</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::ScriptResult</name>
    <message>
        <source>Cancelled before any statement ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement %1 (line %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n statement</numerusform>
            <numerusform>%n statements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) changed</source>
        <translation>
            <numerusform>%n row changed</numerusform>
            <numerusform>%n rows changed</numerusform>
        </translation>
    </message>
    <message>
        <source>(first %1 rows shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- a transaction is open: COMMIT or ROLLBACK to release its locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement %1 (line %2) cancelled after %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n statement(s) before it had run)</source>
        <translation>
            <numerusform>(%n statement before it had run)</numerusform>
            <numerusform>(%n statements before it had run)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>- %n row(s) read before it stopped</source>
        <translation>
            <numerusform>- %n row read before it stopped</numerusform>
            <numerusform>- %n rows read before it stopped</numerusform>
        </translation>
    </message>
    <message>
        <source>(cancelled: the statements after these did not run)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::SeriesChart</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::ServerWaitWords</name>
    <message>
        <source>a prepared transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pid %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row changed by transaction %1, still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row changed by a transaction still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row of %1, behind another session waiting for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room to extend %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a page of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another transaction to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an advisory lock (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lock of type %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ahead in the queue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for %1; held by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known (pg_locks did not show it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::SqlConsole</name>
    <message>
        <source>SQL statements; Ctrl+Return runs them (or the selection), Esc cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the statements, or the selected text (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: this SQLite cannot be interrupted mid-statement here; it stops at the next row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupt the running statement (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the current row (Esc); this build&apos;s SQLite cannot be interrupted mid-statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the rows shown to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to the database: %1. Run tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A script is running: wait for it, or cancel it (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export: run a statement that returns rows first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported: an export is still running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::SqlSession</name>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::SqliteFile</name>
    <message>
        <source>%1 is in a folder that cannot be written (read-only media): read as immutable (SQLite&apos;s immutable=1), without locks, as nobody can change it there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::TableChooser</name>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Built-in load table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e&amp;xisting table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enforce &amp;foreign keys (PRAGMA foreign_keys=ON), as your application does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite leaves foreign keys unenforced unless a connection turns them on. Enforced, an insert that refers to no row fails and a delete runs the ON DELETE actions; a broken foreign key makes every write that has to check it fail, which the run refuses at setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the load table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An existing table needs a database file: choose the current database or an existing file on the Target page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the existing table to load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no table %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary file or an in-memory database holds no table of yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the tables of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no table a load can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tables of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign keys are enforced: a delete runs the ON DELETE actions (a delete that would cascade is refused) and a foreign key SQLite cannot check is refused before the run starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign keys are not enforced (SQLite&apos;s default): SQLite checks no reference and runs no ON DELETE action, though the generated values still refer to existing rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run writes into this table of yours: it inserts rows with generated values that respect the column types, UNIQUE columns and foreign keys, and updates and deletes rows by rowid, as the mix says. Those changes stay: run on a copy to keep the original. Nothing else is created or changed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LockLens creates this table (id INTEGER PRIMARY KEY, worker, value, payload) if it is missing. It must be a LockLens load table: an existing table of yours with this name is refused by the engine, never written to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::TableGen</name>
    <message>
        <source>cannot enforce foreign keys: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite cannot prepare the run&apos;s %1 statement on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with foreign keys enforced, SQLite cannot prepare the run&apos;s %1 statement on %2 (%3): the foreign key of %4 that refers to %5 does not name the PRIMARY KEY or a UNIQUE index of %5, so every write that has to check it fails. Fix that foreign key (or give %5 a UNIQUE index on the columns it names), or run without enforcing foreign keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an existing table needs an existing database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database %1 does not exist: an existing table needs an existing database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the table %1 of %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no table named %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a view: a load needs a table to write into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a virtual table: a load needs an ordinary table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is one of SQLite&apos;s internal tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a shadow table that a virtual table keeps: a load would corrupt it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a WITHOUT ROWID table: loads on existing tables need a rowid to update, delete and read by (LockLens does not support WITHOUT ROWID tables yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has columns named rowid, _rowid_ and oid and no INTEGER PRIMARY KEY: its rows cannot be addressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no rowid (a WITHOUT ROWID table?): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the foreign key %1 of %2 refers to %3, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the foreign key %1 of %2 refers to the primary key of %3, which does not match it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keys of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with foreign keys enforced, deleting rows of %1 would change %2 too (ON DELETE %3): take deletes out of the mix or choose another table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows of %1 that %2 refer to cannot be deleted: those deletes fail as constraint errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foreign keys are not enforced: deleting rows of %1 leaves the rows of %2 that refer to them referring to nothing (as in an application that does not enforce them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 must refer to a row of %3, which is empty: add rows to %3 first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no column an update could change (every column is a key, a foreign key, referred to or generated): take updates out of the mix</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n trigger(s): they run for every operation and may write elsewhere</source>
        <translation>
            <numerusform>%1 has %n trigger: it runs for every operation and may write elsewhere</numerusform>
            <numerusform>%1 has %n triggers: they run for every operation and may write elsewhere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockLens::TableModel</name>
    <message>
        <source>BLOB (%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rowid: column &quot;%1&quot; is another name for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rowid: the hidden 64-bit key of every row, read as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No table is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid changed its table, order or filter before the rows were read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::TargetPage</name>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a preset or your own settings, and choose the database the load runs on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load Scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database open in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new or other file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path of a database file (created if missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary file, removed afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shared in-memory database named:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. locklens-load (no &apos;?&apos;, &apos;#&apos; or &apos;/&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journal mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ynchronous:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shared in-memory database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open in the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window opened it read-only, and a load test writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the path of the database file, or choose one with Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window opened %1 read-only: choose another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the shared in-memory database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window opened the in-memory database %1 read-only: choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database for the Load Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
On this file: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose every setting on the following pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an SQLite database (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal, durability and isolation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Isolation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite&apos;s: a PostgreSQL server keeps its own write-ahead log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On PostgreSQL the server&apos;s own settings apply (synchronous_commit, fsync); the run records them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each explicit transaction begins with BEGIN ISOLATION LEVEL %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s: SQLite&apos;s transactions are always serializable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: PostgreSQL %1, room for %2 connections (max_connections).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, but the server&apos;s settings cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary PostgreSQL cluster, removed afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PostgreSQL server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/database, or host=… dbname=…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, e.g. postgresql://me@db.example:5432/bench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s address first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::Trace</name>
    <message>
        <source>(no command)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 threads share connection %2: SQLite runs their statements one at a time, and one thread&apos;s transaction is every thread&apos;s. Give each thread its own connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was recorded: the program opened no SQLite database through a shared SQLite library. A program whose SQLite is built into it (some Go and Node programs, a static build) cannot be traced this way; the Load Lab can model its load instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(temporary database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connections %1 and on (%2 closed ones of pid %3, summed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 began a transaction and never ended it: nothing it wrote was committed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an in-memory database: it takes no file locks, so there are none to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 got SQLITE_BUSY on writes inside transactions that had read first (no busy handler can wait for those): begin them with BEGIN IMMEDIATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transaction of %1 stayed open for %2 s while others waited: commit sooner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel dropped %1 records (it was full) and lost %2: the lock timeline has gaps; statements, steps, sleeps, rows changed and SQLITE_BUSY/SQLITE_LOCKED results are exact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n SQLITE_BUSY result(s) whose records were dropped are counted as class other: which class each was is not known.</source>
        <translation>
            <numerusform>%n SQLITE_BUSY result whose record was dropped is counted as class other: which class it was is not known.</numerusform>
            <numerusform>%n SQLITE_BUSY results whose records were dropped are counted as class other: which class each was is not known.</numerusform>
        </translation>
    </message>
    <message>
        <source>The preset %1 models that fix (%2): run it (locklens run --preset %1, or New Load Test… in the Load Lab) and compare it with this trace in the run history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a connection for each thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BEGIN IMMEDIATE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::Trace::ChannelFile</name>
    <message>
        <source>the channel&apos;s size must be a power of two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the trace channel in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot map the trace channel %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::Trace::Model</name>
    <message>
        <source>(a statement SQLite runs itself)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::TraceDialog</name>
    <message>
        <source>Trace a Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LockLens runs the program with its recorder loaded (into every process it starts too) and shows its SQLite connections&apos; locks as they happen, and for every &quot;database is locked&quot; the connection that held the lock. The program is not changed; it needs a shared SQLite library (Linux).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>python3 worker.py --jobs 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program and its arguments, quoted as in a shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME=VALUE, one a line (added to LockLens&apos;s own environment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all (or names and patterns: jobs.db *.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep only database files whose path or name matches one of these patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the &amp;values written in the SQL text (by default each is a ?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Databases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot trace: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::TracePanel</name>
    <message>
        <source>&amp;Stop Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the traced program (SIGTERM, as kill sends): what it recorded is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread (pid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waited (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program traced yet: Load Lab ▸ Trace a Program… runs one of yours and shows its SQLite locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracing &lt;b&gt;%1&lt;/b&gt; — %2 s: %3 processes, %4 connections, %5 blocked steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 records dropped (the channel was full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the traced program? It gets SIGTERM, as from kill; what was recorded until then is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; ended by signal %2 after %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; exited with status %2 after %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1 processes, %2 connections, %3 blocked steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BUSY/LOCKED results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statements/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commits/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy-handler sleep (ms/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lock requests refused/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BUSY/LOCKED results — none so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BUSY/LOCKED results — none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · thread %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; the command exited, and the trace goes on until the %n process(es) it started end</source>
        <translation>
            <numerusform>; the command exited, and the trace goes on until the %n process it started ends</numerusform>
            <numerusform>; the command exited, and the trace goes on until the %n processes it started end</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>thread %1 · %Ln connection(s)</source>
        <translation>
            <numerusform>thread %1 · %Ln connection</numerusform>
            <numerusform>thread %1 · %Ln connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pid %1 · %Ln connection(s)</source>
        <translation>
            <numerusform>pid %1 · %Ln connection</numerusform>
            <numerusform>pid %1 · %Ln connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln connection(s) of several processes</source>
        <translation>
            <numerusform>%Ln connection of several processes</numerusform>
            <numerusform>%Ln connections of several processes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockLens::TraceSession</name>
    <message>
        <source>no command to trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the environment line &quot;%1&quot; is not NAME=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tracing another program needs Linux for now (a preloaded library); the Load Lab can model its load instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>liblocklens-trace.so is not installed beside LockLens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::WizardText</name>
    <message>
        <source>Write-ahead log: readers keep reading while a writer writes; writers still take turns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback journal, deleted at commit: a writer waits for every reader to finish before it commits, and new readers wait while it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback journal, truncated at commit: locks as delete does, with a cheaper commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback journal, kept with its header zeroed at commit: locks as delete does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback journal in memory: locks as delete does; a crash in mid-transaction can corrupt the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journal: locks as delete does; ROLLBACK is undefined and a crash in mid-transaction can corrupt the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a journal mode SQLite knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fsync: the write lock is held shortest, but a power loss can lose commits or corrupt the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer fsyncs: in WAL a commit is not synced (a power loss may lose the last commits, not the database); with a rollback journal close to full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An fsync at every commit, inside the write lock: durable, and the lock is held for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As full, and the journal&apos;s folder is synced too: the most durable, the longest write lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a synchronous setting SQLite knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file&apos;s current mode, kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is in %1 mode now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2 stays after the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the run takes it out of WAL for good: afterwards it opens in DELETE mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2 holds for the run&apos;s connections only, the file keeps its mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autocommit (no BEGIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BEGIN DEFERRED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BEGIN IMMEDIATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BEGIN EXCLUSIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every statement is its own transaction: one row per transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locks on first use: a read lock at the first read, the write lock at the first write. Upgrading can fail with SQLITE_BUSY at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes the write lock at BEGIN and waits there, instead of failing in mid-transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As immediate; outside WAL it also keeps readers out until the commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection per thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One shared connection + application mutex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single writer fed by a queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection pool (QtConcurrent tasks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables split across attached files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each worker opens its own connection: SQLite&apos;s locks and busy handler decide who waits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All workers use one connection behind the application&apos;s mutex: they queue on the mutex and SQLite sees one client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers hand their writes to one writer thread that commits them in groups of up to the batch size; reads use the workers&apos; own connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each transaction is a task on a thread pool whose threads hold a connection each, as web back ends do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load table lives in several database files (the database and siblings named NAME-split2…); worker i writes file i mod N on a connection that attaches the others. Each file has its own lock; use DEFERRED transactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native (sqlite3_stmt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt (QSqlQuery)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sqlite3_stmt on the Qt driver&apos;s handle when the driver uses LockLens&apos;s SQLite, QSqlQuery otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sqlite3_stmt on the Qt driver&apos;s handle; refused when the driver carries its own SQLite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QSqlQuery for every statement, as an ordinary Qt program does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite busy timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spin (retry every 1 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (fail at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite&apos;s own schedule: retries with growing sleeps (up to 100 ms) until the timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries every millisecond until the timeout: takes a freed lock sooner, costs CPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No waiting: a locked database fails at once with SQLITE_BUSY; the timeout is not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doubling delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At once (as pgbench)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits %1 ms, then twice as long each time up to %2 ms (x0.5-1.5 at random), as applications retrying SQLITE_BUSY do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits %1 ms before each retry (x0.5-1.5 at random).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries at once, as pgbench --max-tries: while another writer holds the lock, the tries are spent in milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockLens::WorkloadPage</name>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each worker does: the table it uses, the operations it issues and how it groups them into transactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation mix (relative weights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Point read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ra&amp;nge read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read before writing: each transaction reads a row first, as read-modify-write code does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;yload per row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per &amp;transaction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per ran&amp;ge read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;fill rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction &amp;mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each worker issues %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one operation a weight above 0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsStore</name>
    <message>
        <source>%1 is not a LockLens results store (it holds other data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer LockLens (results store version %2; this version of LockLens reads up to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no run %1 in the results store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no results store given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot update the results store %1 to version %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to the results store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the results store is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 in the results store is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a run needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no run %1 in the results store; nothing was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a LockLens results store (the file is empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a LockLens results store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a results store of an older LockLens (version %2): save a run into it to update it, then report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the results store %1 is open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a LockLens run result (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trace: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>pid %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
