<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DbConnection</name>
    <message>
        <source>in-memory database &quot;%1&quot;</source>
        <translation>内存数据库“%1”</translation>
    </message>
    <message>
        <source>%1 (SQLite code %2)</source>
        <translation>%1（SQLite 代码 %2）</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database (SQLite: %2)</source>
        <translation>%1 不是 SQLite 数据库（SQLite：%2）</translation>
    </message>
    <message>
        <source>%1 is corrupt (SQLite: %2)</source>
        <translation>%1 已损坏（SQLite：%2）</translation>
    </message>
    <message>
        <source>%1 is locked by another connection (SQLite: %2)</source>
        <translation>%1 被另一个连接锁定（SQLite：%2）</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>no database given</source>
        <translation>未指定数据库</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1 already exists; the demo database is only written to a new file</source>
        <translation>%1 已存在；演示数据库只会写入新文件</translation>
    </message>
    <message>
        <source>%1 already has tables; the demo database is only built in an empty one</source>
        <translation>%1 中已有表；演示数据库只会在空数据库中创建</translation>
    </message>
    <message>
        <source>SQLITE_BUSY_RECOVERY: another connection is recovering the WAL file</source>
        <translation>SQLITE_BUSY_RECOVERY：另一个连接正在恢复 WAL 文件</translation>
    </message>
    <message>
        <source>SQLITE_READONLY_RECOVERY: the WAL file needs recovery, which a read-only connection cannot do</source>
        <translation>SQLITE_READONLY_RECOVERY：WAL 文件需要恢复，而只读连接无法执行恢复</translation>
    </message>
    <message>
        <source>SQLITE_BUSY_SNAPSHOT: another connection wrote since this transaction began reading; only a new transaction can write</source>
        <translation>SQLITE_BUSY_SNAPSHOT：此事务开始读取之后，另一个连接进行了写入；只有新的事务才能写入</translation>
    </message>
    <message>
        <source>SQLITE_READONLY_CANTLOCK: the WAL index (-shm file) is read-only</source>
        <translation>SQLITE_READONLY_CANTLOCK：WAL 索引（-shm 文件）是只读的</translation>
    </message>
    <message>
        <source>SQLITE_READONLY_ROLLBACK: a hot journal left by a crash must be rolled back, and this connection cannot write</source>
        <translation>SQLITE_READONLY_ROLLBACK：崩溃遗留的热日志必须回滚，而此连接无法写入</translation>
    </message>
    <message>
        <source>SQLITE_READONLY_DBMOVED: the file was renamed or deleted while open</source>
        <translation>SQLITE_READONLY_DBMOVED：文件在打开期间被重命名或删除</translation>
    </message>
    <message>
        <source>SQLITE_READONLY_CANTINIT: the WAL index (-shm file) cannot be set up read-only</source>
        <translation>SQLITE_READONLY_CANTINIT：无法以只读方式建立 WAL 索引（-shm 文件）</translation>
    </message>
    <message>
        <source>SQLITE_READONLY_DIRECTORY: the folder is read-only, so SQLite cannot create the journal file a write needs</source>
        <translation>SQLITE_READONLY_DIRECTORY：文件夹是只读的，因此 SQLite 无法创建写入所需的日志文件</translation>
    </message>
    <message>
        <source>%1 (SQLite code %2, %3)</source>
        <translation>%1（SQLite 代码 %2，%3）</translation>
    </message>
    <message>
        <source>%1 has a hot journal (%2): a write was cut short (a crash or power loss) and must be rolled back before the file can be read, which a read-only connection cannot do; open the file read-write once (sqlite3, or File ▸ Open in LockLens) to roll it back</source>
        <translation>%1 有热日志（%2）：一次写入被中断（崩溃或断电），必须先回滚才能读取该文件，而只读连接无法回滚；请以读写方式打开该文件一次（用 sqlite3，或 LockLens 中的“文件 ▸ 打开”）以将其回滚</translation>
    </message>
    <message>
        <source>cannot open %1: permission denied</source>
        <translation>无法打开 %1：权限不足</translation>
    </message>
</context>
<context>
    <name>LockLens</name>
    <message>
        <source>cannot write into %1: the folder does not exist</source>
        <translation>无法在 %1 中写入文件：文件夹不存在</translation>
    </message>
    <message>
        <source>cannot write into %1: %2</source>
        <translation>无法在 %1 中写入文件：%2</translation>
    </message>
    <message>
        <source>cannot write into %1: it is not a folder</source>
        <translation>无法在 %1 中写入文件：它不是文件夹</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>LockLens::BrowseSpec</name>
    <message>
        <source>the filter is empty</source>
        <translation>筛选条件为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a value after it</source>
        <translation>“%1”后面需要一个值</translation>
    </message>
</context>
<context>
    <name>LockLens::Catalog</name>
    <message>
        <source>PK %1</source>
        <translation>主键 %1</translation>
    </message>
    <message>
        <source>generated, stored</source>
        <translation>生成列，存储</translation>
    </message>
    <message>
        <source>generated, virtual</source>
        <translation>生成列，虚拟</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>A view has no rowid.</source>
        <translation>视图没有 rowid。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the INTEGER PRIMARY KEY, so it is the rowid; AUTOINCREMENT never reuses a rowid, keeping the largest one ever used in sqlite_sequence.</source>
        <translation>“%1”是 INTEGER PRIMARY KEY，因此它就是 rowid；AUTOINCREMENT 从不重用 rowid，并在 sqlite_sequence 中记录用过的最大值。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the INTEGER PRIMARY KEY, so it is another name for the rowid.</source>
        <translation>“%1”是 INTEGER PRIMARY KEY，因此它是 rowid 的别名。</translation>
    </message>
    <message>
        <source>A virtual table: its module provides the rowid.</source>
        <translation>虚拟表：rowid 由其模块提供。</translation>
    </message>
    <message>
        <source>The rowid is hidden: &quot;%1&quot; is the PRIMARY KEY but declared %2, not INTEGER, so it is an ordinary column with a unique index, not the rowid.</source>
        <translation>rowid 是隐藏的：“%1”是 PRIMARY KEY，但声明为 %2 而不是 INTEGER，因此它是带唯一索引的普通列，不是 rowid。</translation>
    </message>
    <message>
        <source>without a type</source>
        <translation>无类型</translation>
    </message>
    <message>
        <source>The rowid is hidden: &quot;%1&quot; is declared INTEGER PRIMARY KEY DESC, which SQLite keeps as an ordinary column with a unique index, not the rowid.</source>
        <translation>rowid 是隐藏的：“%1”声明为 INTEGER PRIMARY KEY DESC，SQLite 将其作为带唯一索引的普通列，而不是 rowid。</translation>
    </message>
    <message>
        <source>The rowid is hidden: a composite PRIMARY KEY (%1) is a unique index, not the rowid.</source>
        <translation>rowid 是隐藏的：复合 PRIMARY KEY（%1）是唯一索引，不是 rowid。</translation>
    </message>
    <message>
        <source>An ordinary rowid table: each row has a hidden 64-bit rowid, readable as rowid, _rowid_ or oid.</source>
        <translation>普通 rowid 表：每行都有一个隐藏的 64 位 rowid，可通过 rowid、_rowid_ 或 oid 读取。</translation>
    </message>
    <message>
        <source>WITHOUT ROWID: rows are stored in PRIMARY KEY order (%1) and have no rowid.</source>
        <translation>WITHOUT ROWID：行按 PRIMARY KEY（%1）顺序存储，没有 rowid。</translation>
    </message>
    <message>
        <source>The rowid exists but cannot be read: columns named rowid, _rowid_ and oid hide all three of its names.</source>
        <translation>rowid 存在但无法读取：名为 rowid、_rowid_ 和 oid 的列遮蔽了它的全部三个名称。</translation>
    </message>
    <message>
        <source>with foreign_keys on, every write to &quot;%1&quot; fails with &quot;foreign key mismatch&quot;</source>
        <translation>启用 foreign_keys 时，对“%1”的每次写入都会因“foreign key mismatch”而失败</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a view, not a table: %2.</source>
        <translation>“%1”是视图，不是表：%2。</translation>
    </message>
    <message>
        <source>Parent table &quot;%1&quot; does not exist: with foreign_keys on, every write to &quot;%2&quot; fails with &quot;no such table&quot;.</source>
        <translation>父表“%1”不存在：启用 foreign_keys 时，对“%2”的每次写入都会因“no such table”而失败。</translation>
    </message>
    <message>
        <source>It references the primary key of &quot;%1&quot;, which declares none: %2.</source>
        <translation>它引用“%1”的主键，但该表没有声明主键：%2。</translation>
    </message>
    <message>
        <source>It has %1 column(s) but the primary key of &quot;%2&quot; has %3: %4.</source>
        <translation>它有 %1 列，但“%2”的主键有 %3 列：%4。</translation>
    </message>
    <message>
        <source>Parent table &quot;%1&quot; has no column &quot;%2&quot;: %3.</source>
        <translation>父表“%1”没有列“%2”：%3。</translation>
    </message>
    <message>
        <source>Parent key &quot;%1&quot;(%2) has a UNIQUE index, but a partial one or one with another collation, which SQLite cannot use: %3.</source>
        <translation>父键“%1”(%2) 有 UNIQUE 索引，但它是部分索引或使用了其他排序规则，SQLite 无法使用：%3。</translation>
    </message>
    <message>
        <source>Parent key &quot;%1&quot;(%2) is neither its PRIMARY KEY nor covered by a UNIQUE index: %3.</source>
        <translation>父键“%1”(%2) 既不是其 PRIMARY KEY，也没有 UNIQUE 索引覆盖：%3。</translation>
    </message>
    <message>
        <source>The file is empty: SQLite treats it as a database with no tables.</source>
        <translation>文件为空：SQLite 将其视为没有表的数据库。</translation>
    </message>
    <message>
        <source>SQLite %1 has no pragma_table_list: WITHOUT ROWID and virtual tables were recognised from their CREATE statements.</source>
        <translation>SQLite %1 没有 pragma_table_list：WITHOUT ROWID 表和虚拟表是根据其 CREATE 语句识别的。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be checked: %2</source>
        <translation>无法检查“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than %2 foreign key violations; the first %2 are listed.</source>
        <translation>“%1”的外键违规超过 %2 条；仅列出前 %2 条。</translation>
    </message>
</context>
<context>
    <name>LockLens::Cli</name>
    <message>
        <source>locklens: error: %1</source>
        <translation>locklens: 错误：%1</translation>
    </message>
    <message>
        <source>locklens: verification failed: %1 rows lost, integrity: %2</source>
        <translation>locklens: 验证失败：丢失 %1 行，完整性：%2</translation>
    </message>
    <message>
        <source>locklens: error: --lock-trace: %1</source>
        <translation>locklens: 错误：--lock-trace：%1</translation>
    </message>
    <message>
        <source>locklens: report written to %1</source>
        <translation>locklens: 报告已写入 %1</translation>
    </message>
    <message>
        <source>locklens: error: the run was not saved: %1</source>
        <translation>locklens: 错误：运行未保存：%1</translation>
    </message>
    <message>
        <source>locklens: saved as run %1 in %2</source>
        <translation>locklens: 已作为运行 %1 保存到 %2</translation>
    </message>
    <message>
        <source>locklens: error: --save: %1</source>
        <translation>locklens: 错误：--save：%1</translation>
    </message>
    <message>
        <source>there is no application-data folder to keep runs in</source>
        <translation>没有可保存运行的应用数据文件夹</translation>
    </message>
    <message>
        <source>locklens: stopping (Ctrl-C again to quit at once)</source>
        <translation>locklens: 正在停止（再按一次 Ctrl-C 立即退出）</translation>
    </message>
    <message>
        <source>locklens: warning: %1</source>
        <translation>locklens: 警告：%1</translation>
    </message>
    <message>
        <source>locklens run: %1</source>
        <translation>locklens run: %1</translation>
    </message>
    <message>
        <source>locklens presets: takes no arguments, got: %1</source>
        <translation>locklens presets: 不接受参数，却收到：%1</translation>
    </message>
    <message>
        <source>locklens: running the demo load test (%1)</source>
        <translation>locklens: 正在运行演示负载测试（%1）</translation>
    </message>
    <message>
        <source>locklens: no display to open the window on; for the schema of %1 run: locklens schema %1</source>
        <translation>locklens: 没有可供打开窗口的显示器；要查看 %1 的结构，请运行：locklens schema %1</translation>
    </message>
    <message>
        <source>locklens: unknown command &apos;%1&apos;</source>
        <translation>locklens: 未知命令“%1”</translation>
    </message>
    <message>
        <source>locklens report: %1</source>
        <translation>locklens report: %1</translation>
    </message>
    <message>
        <source>%1 needs a file name</source>
        <translation>%1 需要文件名</translation>
    </message>
    <message>
        <source>unknown option %1 (see locklens report --help)</source>
        <translation>未知选项 %1（参见 locklens report --help）</translation>
    </message>
    <message>
        <source>give the id of a saved run, or latest (see locklens report --help)</source>
        <translation>请给出已保存运行的 ID，或 latest（参见 locklens report --help）</translation>
    </message>
    <message>
        <source>--out FILE is missing: the report to write</source>
        <translation>缺少 --out FILE：要写入的报告</translation>
    </message>
    <message>
        <source>--store: the file name is empty</source>
        <translation>--store：文件名为空</translation>
    </message>
    <message>
        <source>there is no application-data folder holding saved runs; give --store FILE</source>
        <translation>没有存放已保存运行的应用数据目录；请指定 --store FILE</translation>
    </message>
    <message>
        <source>no results store at %1 (save runs with locklens run --save)</source>
        <translation>%1 处没有结果库（用 locklens run --save 保存运行）</translation>
    </message>
    <message>
        <source>--out: %1 is the results store or its journal</source>
        <translation>--out：%1 是结果库或其日志文件</translation>
    </message>
    <message>
        <source>the results store %1 holds no run</source>
        <translation>结果库 %1 中没有任何运行</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a run id (a number, or latest)</source>
        <translation>“%1”不是运行 ID（应为数字或 latest）</translation>
    </message>
    <message>
        <source>locklens report: written to %1</source>
        <translation>locklens report: 已写入 %1</translation>
    </message>
    <message>
        <source>--%1: expected an integer from %2 to %3, got &apos;%4&apos;</source>
        <translation>--%1：应为 %2 到 %3 之间的整数，实际为“%4”</translation>
    </message>
    <message>
        <source>--%1: expected a number from %2 to %3, got &apos;%4&apos;</source>
        <translation>--%1：应为 %2 到 %3 之间的数字，实际为“%4”</translation>
    </message>
    <message>
        <source>--%1: unknown value &apos;%2&apos;</source>
        <translation>--%1：未知的值“%2”</translation>
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
        <translation>  --existing-table
      --table 指定 DATABASE 中的一个现有表：运行会用符合其类型和外键的生成值
      插入、更新和删除其中的行（不创建任何东西；被修改的行保持修改后的状态）
  --foreign-keys
      强制执行外键（每个连接都设置 PRAGMA foreign_keys=ON），与强制执行外键的
      应用程序一样；不指定时外键保持关闭，即 SQLite 的默认设置
  --read-before-write
      每个事务先读后写
  --no-instrument
      不做逐操作计时，也不统计 busy（用于测量这两者的开销）
  --no-lock-record
      不通过 LockLens 的 VFS 记录锁状态（用于测量其开销）
  --save
      将运行保存到 LockLens 的结果库中，窗口会列出它
  --quiet
      不输出进度，也不输出摘要
</translation>
    </message>
    <message>
        <source>database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>--%1 given more than once</source>
        <translation>--%1 指定了不止一次</translation>
    </message>
    <message>
        <source>give --preset or --scenario, not both</source>
        <translation>请指定 --preset 或 --scenario，不能同时指定</translation>
    </message>
    <message>
        <source>expected at most one database, got %1: %2</source>
        <translation>最多只能指定一个数据库，实际指定了 %1 个：%2</translation>
    </message>
    <message>
        <source>give a database file or --memory, not both</source>
        <translation>请指定数据库文件或 --memory，不能同时指定</translation>
    </message>
    <message>
        <source>--memory: the name is empty</source>
        <translation>--memory：名称为空</translation>
    </message>
    <message>
        <source>give --ops or --duration, not both</source>
        <translation>请指定 --ops 或 --duration，不能同时指定</translation>
    </message>
    <message>
        <source>--mix: %1</source>
        <translation>--mix：%1</translation>
    </message>
    <message>
        <source>--table: the name is empty</source>
        <translation>--table：名称为空</translation>
    </message>
    <message>
        <source>--existing-table needs --table NAME: the table of yours to load</source>
        <translation>--existing-table 需要 --table NAME：要施加负载的您自己的表</translation>
    </message>
    <message>
        <source>--json: the file name is empty</source>
        <translation>--json：文件名为空</translation>
    </message>
    <message>
        <source>the file name is empty</source>
        <translation>文件名为空</translation>
    </message>
    <message>
        <source>--report: %1</source>
        <translation>--report：%1</translation>
    </message>
    <message>
        <source>--store needs --save</source>
        <translation>--store 需要配合 --save 使用</translation>
    </message>
    <message>
        <source>--lock-trace: the file name is empty</source>
        <translation>--lock-trace：文件名为空</translation>
    </message>
    <message>
        <source>--lock-trace needs the lock states recorded: drop --no-instrument and --no-lock-record</source>
        <translation>--lock-trace 需要记录锁状态：请去掉 --no-instrument 和 --no-lock-record</translation>
    </message>
    <message>
        <source>Usage: locklens schema DATABASE [--json] [--no-counts] [--no-check]

Describes tables and views, their columns, rowids, indexes, triggers and foreign keys,
and the foreign keys that cannot work. Opens the file read-only: it is never changed.

  --json        print JSON instead of text
  --no-counts   do not count rows (counting reads every page of every table)
  --no-check    do not run PRAGMA foreign_key_check (it reads every child table)
</source>
        <translation>用法：locklens schema DATABASE [--json] [--no-counts] [--no-check]

描述表和视图，以及它们的列、rowid、索引、触发器和外键，并指出无法生效的外键。
以只读方式打开文件：绝不会修改它。

  --json        输出 JSON 而不是文本
  --no-counts   不统计行数（统计会读取每个表的每一页）
  --no-check    不运行 PRAGMA foreign_key_check（它会读取每个子表）
</translation>
    </message>
    <message>
        <source>(no type)</source>
        <translation>（无类型）</translation>
    </message>
    <message>
        <source>VIEW %1</source>
        <translation>VIEW %1</translation>
    </message>
    <message>
        <source>TABLE %1</source>
        <translation>TABLE %1</translation>
    </message>
    <message>
        <source>VIRTUAL TABLE %1</source>
        <translation>VIRTUAL TABLE %1</translation>
    </message>
    <message>
        <source>rowid: %1</source>
        <translation>rowid：%1</translation>
    </message>
    <message>
        <source>AUTOINCREMENT, sqlite_sequence %1</source>
        <translation>AUTOINCREMENT，sqlite_sequence %1</translation>
    </message>
    <message>
        <source>AUTOINCREMENT, no sqlite_sequence row yet</source>
        <translation>AUTOINCREMENT，sqlite_sequence 中尚无对应行</translation>
    </message>
    <message>
        <source>rows: %1</source>
        <translation>行数：%1</translation>
    </message>
    <message>
        <source>    PROBLEM: %1
</source>
        <translation>    问题：%1
</translation>
    </message>
    <message>
        <source>    FK #%1 %2 -&gt; %3</source>
        <translation>    外键 #%1 %2 -&gt; %3</translation>
    </message>
    <message>
        <source>        PROBLEM: %1
</source>
        <translation>        问题：%1
</translation>
    </message>
    <message>
        <source>    &lt;- %1 FK #%2
</source>
        <translation>    &lt;- %1 外键 #%2
</translation>
    </message>
    <message>
        <source>&lt;expression&gt;</source>
        <translation>&lt;表达式&gt;</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>主键</translation>
    </message>
    <message>
        <source>    index %1 (%2)%3
</source>
        <translation>    索引 %1 (%2)%3
</translation>
    </message>
    <message>
        <source>%1: SQLite %2, journal_mode %3, page_size %4, %5 page(s), %6
</source>
        <translation>%1：SQLite %2，journal_mode %3，page_size %4，%5 页，%6
</translation>
    </message>
    <message>
        <source>foreign_keys: on for this connection
</source>
        <translation>foreign_keys：此连接已开启
</translation>
    </message>
    <message>
        <source>foreign_keys: off for this connection (SQLite&apos;s default: each connection must run PRAGMA foreign_keys=ON)
</source>
        <translation>foreign_keys：此连接未开启（SQLite 的默认设置：每个连接都必须执行 PRAGMA foreign_keys=ON）
</translation>
    </message>
    <message>
        <source>TRIGGER %1 ON %2
</source>
        <translation>TRIGGER %1 ON %2
</translation>
    </message>
    <message>
        <source>Foreign key problems: none
</source>
        <translation>外键问题：无
</translation>
    </message>
    <message>
        <source>Foreign key problems: %1 (marked PROBLEM above)
</source>
        <translation>外键问题：%1 个（见上文标为“问题”之处）
</translation>
    </message>
    <message>
        <source>Foreign key violations: %1
</source>
        <translation>违反外键约束：%1 处
</translation>
    </message>
    <message>
        <source>    %1 rowid %2 -&gt; %3 (FK #%4)
</source>
        <translation>    %1 rowid %2 -&gt; %3（外键 #%4）
</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Note: %1
</source>
        <translation>注：%1
</translation>
    </message>
    <message>
        <source>locklens schema: unknown option &apos;%1&apos;</source>
        <translation>locklens schema: 未知选项“%1”</translation>
    </message>
    <message>
        <source>locklens schema: name the database file</source>
        <translation>locklens schema: 请指定数据库文件</translation>
    </message>
    <message>
        <source>locklens schema: one database at a time, got %1</source>
        <translation>locklens schema: 一次只能指定一个数据库，实际指定了 %1</translation>
    </message>
    <message>
        <source>locklens schema: %1</source>
        <translation>locklens schema: %1</translation>
    </message>
    <message>
        <source>Usage: locklens demo-db FILE

Writes the demo shop database to FILE, which must not exist yet.
</source>
        <translation>用法：locklens demo-db FILE

将演示商店数据库写入 FILE，该文件必须尚不存在。
</translation>
    </message>
    <message>
        <source>locklens demo-db: %1</source>
        <translation>locklens demo-db: %1</translation>
    </message>
    <message>
        <source>locklens: demo database written to %1</source>
        <translation>locklens: 演示数据库已写入 %1</translation>
    </message>
    <message>
        <source>progress: %1 s, %2 ops/s, %3 tx/s, lat p50 %4 ms p99 %5 ms, busy %6/s, lock wait %7 s, app wait %8 s, errors %9</source>
        <translation>进度：%1 秒，%2 次操作/秒，%3 个事务/秒，延迟 p50 %4 毫秒 p99 %5 毫秒，busy %6 次/秒，锁等待 %7 秒，应用等待 %8 秒，错误 %9</translation>
    </message>
    <message>
        <source>scenario: %1
</source>
        <translation>场景：%1
</translation>
    </message>
    <message>
        <source>(command line)</source>
        <translation>（命令行）</translation>
    </message>
    <message>
        <source>database: %1 (journal_mode %2, synchronous %3)
</source>
        <translation>数据库：%1（journal_mode %2，synchronous %3）
</translation>
    </message>
    <message>
        <source>load: %1 workers, strategy %2, %3, %4 ops per transaction, mix %5, payload %6 bytes
</source>
        <translation>负载：%1 个工作线程，策略 %2，%3，每个事务 %4 次操作，操作组合 %5，负载数据 %6 字节
</translation>
    </message>
    <message>
        <source>split: %1 database files, worker i writing file i mod %1
</source>
        <translation>拆分：%1 个数据库文件，工作线程 i 写入第 i mod %1 个文件
</translation>
    </message>
    <message>
        <source>readers: %1, each on its own connection (BEGIN DEFERRED, %2 reads per transaction)
</source>
        <translation>读取线程：%1 个，各用独立连接（BEGIN DEFERRED，每个事务读取 %2 次）
</translation>
    </message>
    <message>
        <source>driver: %1, SQLite %2 (%3), Qt %4
</source>
        <translation>驱动：%1，SQLite %2（%3），Qt %4
</translation>
    </message>
    <message>
        <source> (stopped early)</source>
        <translation> （提前停止）</translation>
    </message>
    <message>
        <source>committed: %1 operations in %2 transactions; %3 transactions failed, %4 retries
</source>
        <translation>已提交：%1 次操作，共 %2 个事务；%3 个事务失败，重试 %4 次
</translation>
    </message>
    <message>
        <source>throughput: %1 ops/s, %2 tx/s
</source>
        <translation>吞吐量：%1 次操作/秒，%2 个事务/秒
</translation>
    </message>
    <message>
        <source>latency ms: %1
</source>
        <translation>延迟（毫秒）：%1
</translation>
    </message>
    <message>
        <source>commit latency ms: %1
</source>
        <translation>提交延迟（毫秒）：%1
</translation>
    </message>
    <message>
        <source>transaction latency ms: %1
</source>
        <translation>事务延迟（毫秒）：%1
</translation>
    </message>
    <message>
        <source>locks: %1 busy events, %2 busy-handler calls; waiting for SQLite&apos;s locks %3 s (%4% of the workers&apos; time), for the application&apos;s mutex or queue %5 s (%6%)
</source>
        <translation>锁：%1 次 busy 事件，%2 次 busy 处理器调用；等待 SQLite 锁 %3 秒（占工作线程时间的 %4%），等待应用互斥锁或队列 %5 秒（%6%）
</translation>
    </message>
    <message>
        <source>errors: %1
</source>
        <translation>错误：%1
</translation>
    </message>
    <message>
        <source>verification: %1 rows expected, %2 present, lost %3, integrity %4 -&gt; %5
</source>
        <translation>验证：预期 %1 行，实有 %2 行，丢失 %3 行，完整性 %4 -&gt; %5
</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>verification: not done (%1)
</source>
        <translation>验证：未进行（%1）
</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>警告：%1
</translation>
    </message>
    <message>
        <source>worker threads (default 4)</source>
        <translation>工作线程数（默认 4）</translation>
    </message>
    <message>
        <source>extra threads that only read, each on its own connection: DEFERRED transactions of --batch reads (default 0)</source>
        <translation>额外的只读线程，各用独立连接：执行由 --batch 次读取组成的 DEFERRED 事务（默认 0）</translation>
    </message>
    <message>
        <source>operations per worker (default 10000)</source>
        <translation>每个工作线程的操作数（默认 10000）</translation>
    </message>
    <message>
        <source>run for S seconds instead of a count</source>
        <translation>运行 S 秒，而不是按次数运行</translation>
    </message>
    <message>
        <source>operation weights, e.g. insert=70,update=20,read=10 (also delete, range)</source>
        <translation>操作权重，例如 insert=70,update=20,read=10（还有 delete、range）</translation>
    </message>
    <message>
        <source>operations per transaction (default 1)</source>
        <translation>每个事务的操作数（默认 1）</translation>
    </message>
    <message>
        <source>autocommit, deferred, immediate (default) or exclusive</source>
        <translation>autocommit、deferred、immediate（默认）或 exclusive</translation>
    </message>
    <message>
        <source>wal (default), delete, truncate, persist, memory or off</source>
        <translation>wal（默认）、delete、truncate、persist、memory 或 off</translation>
    </message>
    <message>
        <source>off, normal (default), full or extra</source>
        <translation>off、normal（默认）、full 或 extra</translation>
    </message>
    <message>
        <source>busy timeout in milliseconds (default 5000)</source>
        <translation type="vanished">busy 超时，单位毫秒（默认 5000）</translation>
    </message>
    <message>
        <source>sqlite (SQLite&apos;s sleep schedule, default), spin (every 1 ms) or none</source>
        <translation>sqlite（SQLite 自己的休眠计划，默认）、spin（每 1 毫秒重试）或 none</translation>
    </message>
    <message>
        <source>tries per transaction before it counts as failed (default 1)</source>
        <translation>事务计为失败前的尝试次数（默认 1）</translation>
    </message>
    <message>
        <source>per-thread (default), shared, writer-queue, pool or split (see --split-files)</source>
        <translation>per-thread（默认）、shared、writer-queue、pool 或 split（参见 --split-files）</translation>
    </message>
    <message>
        <source>with --strategy split: database files the load table is split over, the database and N-1 siblings NAME-split2... (default 2)</source>
        <translation>配合 --strategy split：负载表拆分到的数据库文件数，即该数据库及其旁边的 N-1 个文件 NAME-split2...（默认 2）</translation>
    </message>
    <message>
        <source>target total operations per second (Poisson arrivals); latency counts from the schedule</source>
        <translation>目标总操作速率，每秒操作数（泊松到达）；延迟从计划时刻起算</translation>
    </message>
    <message>
        <source>payload bytes per row (default 100)</source>
        <translation>每行负载数据的字节数（默认 100）</translation>
    </message>
    <message>
        <source>random seed (default 1)</source>
        <translation>随机种子（默认 1）</translation>
    </message>
    <message>
        <source>use the shared in-memory database file:NAME?mode=memory&amp;cache=shared</source>
        <translation>使用共享内存数据库 file:NAME?mode=memory&amp;cache=shared</translation>
    </message>
    <message>
        <source>load table (default locklens_load; created if missing); with --existing-table, a table of yours</source>
        <translation>负载表（默认 locklens_load；不存在时创建）；配合 --existing-table 时为您自己的表</translation>
    </message>
    <message>
        <source>insert N rows before the run (for updates, deletes and reads)</source>
        <translation>运行前插入 N 行（供更新、删除和读取使用）</translation>
    </message>
    <message>
        <source>rows per range read (default 20)</source>
        <translation>每次范围读取的行数（默认 20）</translation>
    </message>
    <message>
        <source>auto (default), native (sqlite3_stmt on the driver&apos;s handle) or qt (QSqlQuery)</source>
        <translation>auto（默认）、native（在驱动的句柄上使用 sqlite3_stmt）或 qt（QSqlQuery）</translation>
    </message>
    <message>
        <source>progress line every S seconds on stderr (default 1, 0 for none)</source>
        <translation>每 S 秒在 stderr 上输出一行进度（默认 1，0 表示不输出）</translation>
    </message>
    <message>
        <source>read the scenario from a JSON file (options given too override it)</source>
        <translation>从 JSON 文件读取场景（同时给出的选项会覆盖它）</translation>
    </message>
    <message>
        <source>start from a built-in scenario (see locklens presets)</source>
        <translation>以内置场景为起点（参见 locklens presets）</translation>
    </message>
    <message>
        <source>write the whole result as JSON (- for standard output)</source>
        <translation>将完整结果写为 JSON（- 表示标准输出）</translation>
    </message>
    <message>
        <source>write a report of the run; its format from the extension: .html, .md, .csv (time series) or .json</source>
        <translation>写出运行报告；格式由扩展名决定：.html、.md、.csv（时间序列）或 .json</translation>
    </message>
    <message>
        <source>write every lock transition of every connection as CSV (t_s,worker,from,to,statement)</source>
        <translation>将每个连接的每次锁状态转换写为 CSV（t_s,worker,from,to,statement）</translation>
    </message>
    <message>
        <source>the results store --save uses (default: runs.sqlite in the user&apos;s application data)</source>
        <translation>--save 使用的结果库（默认：用户应用数据目录中的 runs.sqlite）</translation>
    </message>
    <message>
        <source>locklens: not verified: %1</source>
        <translation>locklens: 未验证：%1</translation>
    </message>
    <message>
        <source>locklens: note: %1</source>
        <translation>locklens: 注：%1</translation>
    </message>
    <message>
        <source>Usage: locklens [COMMAND] [options]

Commands:
  run [DATABASE] [options]  run a load test (locklens run --help for its options)
  presets                   list the built-in scenarios
  schema DATABASE [--json]  describe tables, rowids, foreign keys and their problems
  report ID... --out FILE   report saved runs (several: a comparison) as .html .pdf .md .csv .json
  demo-db FILE              write the demo shop database to a new file
  (none)                    run the demo load test and write locklens-demo.json

  --help, --version
</source>
        <translation type="vanished">用法：locklens [COMMAND] [options]

命令：
  run [DATABASE] [options]  运行负载测试（选项见 locklens run --help）
  presets                   列出内置场景
  schema DATABASE [--json]  描述表、rowid、外键及其问题
  report ID... --out FILE   将已保存的运行写成报告（多个运行即为比较），格式为 .html .pdf .md .csv .json
  demo-db FILE              将演示商店数据库写入一个新文件
  （无）                    运行演示负载测试并写出 locklens-demo.json

  --help, --version
</translation>
    </message>
    <message>
        <source>locklens: error: standard output: %1</source>
        <translation>locklens: 错误：标准输出：%1</translation>
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
        <translation>用法：locklens report RUN_ID|latest [RUN_ID...] --out FILE [--store FILE]

为用 `locklens run --save` 保存的运行写出报告；多个运行则并排比较。
格式由 FILE 的扩展名决定：
  .html  一个自包含的页面，带图表
  .pdf   同样的内容，排版在带页码的 A4 页面上
  .md    Markdown 表格，用于问题跟踪系统
  .csv   时间序列，每个时间间隔中每个工作线程一行，另加总计行
  .json  全部内容，与 `locklens run --json` 写出的一致

  --out FILE    要写入的报告（已存在时覆盖；若为设备或命名管道，
                则写入其中）
  --store FILE  结果库（默认：用户应用数据目录中的 runs.sqlite），
                只读：绝不会修改它
</translation>
    </message>
    <message>
        <source>--out: %1</source>
        <translation>--out：%1</translation>
    </message>
    <message>
        <source>--store: %1</source>
        <translation>--store：%1</translation>
    </message>
    <message>
        <source>--save: %1</source>
        <translation>--save：%1</translation>
    </message>
    <message>
        <source>--store: %1 is a file of the database this run loads; keep runs in a file of their own</source>
        <translation>--store：%1 是本次运行施加负载的数据库的文件；请将运行保存在单独的文件中</translation>
    </message>
    <message>
        <source>%1 is on read-only media (its folder cannot be written): only a run that does not write can read it (--mix read=100)</source>
        <translation>%1 位于只读介质上（其文件夹无法写入）：只有不写入的运行才能读取它（--mix read=100）</translation>
    </message>
    <message>
        <source>what a retry waits after a failed try: none (at once, like pgbench), fixed:MS or exponential:MIN:MAX (doubling; default exponential:1:100), jittered by 0.5-1.5x</source>
        <translation>失败的尝试之后、重试之前的等待：none（立即重试，与 pgbench 相同）、fixed:MS 或 exponential:MIN:MAX（逐次加倍；默认 exponential:1:100），随机乘以 0.5-1.5 倍</translation>
    </message>
    <message>
        <source>--scenario: %1</source>
        <translation>--scenario：%1</translation>
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
        <translation>用法：locklens run [DATABASE] [options]

用工作线程对 DATABASE 施加负载（未指定时使用临时文件，运行后删除），
在 stderr 上输出进度，在 stdout 上输出摘要。负载写入表 locklens_load
（不存在时创建）。退出状态：0 完成；1 某个输出未写出；2 被拒绝
（选项错误、数据库或输出不可用）或因错误结束；3 验证失败
（丢失了行或完整性检查未通过）；4 未验证，数据库被另一个
进程锁定；130 被中断。

选项：
</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>busy: policy %1, timeout %2 ms, max tries %3, retry back-off %4
</source>
        <translation type="vanished">busy：策略 %1，超时 %2 毫秒，最多尝试 %3 次，重试退避 %4
</translation>
    </message>
    <message>
        <source>busy: policy %1, timeout %2 ms, max tries 1 (a failed transaction is not tried again)
</source>
        <translation type="vanished">busy：策略 %1，超时 %2 毫秒，最多尝试 1 次（失败的事务不会重试）
</translation>
    </message>
    <message>
        <source>none, no load ran</source>
        <translation>无，未运行负载</translation>
    </message>
    <message>
        <source>duration: %1 s%2 (setup %3 s)
</source>
        <translation>时长：%1 秒%2（准备阶段 %3 秒）
</translation>
    </message>
    <message numerus="yes">
        <source>cut short: %n transaction(s) open when the run ended, rolled back
</source>
        <translation>
            <numerusform>被中断：运行结束时有 %n 个事务尚未结束，已回滚
</numerusform>
        </translation>
    </message>
    <message>
        <source>backing off between tries: %1 s (%2% of the workers&apos; time)
</source>
        <translation>尝试之间的退避：%1 秒（占工作线程时间的 %2%）
</translation>
    </message>
    <message>
        <source>verification: not verified: %1
</source>
        <translation>验证：未验证：%1
</translation>
    </message>
    <message numerus="yes">
        <source>extra rows: %n row(s) more than the run committed: another connection wrote to the table during the run (they are not lost rows, but could hide as many)
</source>
        <translation>
            <numerusform>多出的行：比运行提交的多 %n 行：运行期间另一个连接写入了该表（它们不是丢失的行，但可能掩盖同样数量的丢失行）
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
        <translation>用法：locklens [COMMAND] [options]

命令：
  run [DATABASE] [options]  运行负载测试（选项见 locklens run --help）
  trace [options] -- COMMAND  运行一个程序并显示其 SQLite 锁（locklens trace --help）
  presets                   列出内置场景
  schema DATABASE [--json]  描述表、rowid、外键及其问题
  report ID... --out FILE   将已保存的运行写成报告（多个运行即为比较），格式为 .html .pdf .md .csv .json
  demo-db FILE              将演示商店数据库写入一个新文件
  （无）                    运行演示负载测试并写出 locklens-demo.json

  --help, --version
</translation>
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
  --db GLOB        show only database files whose path or name matches GLOB (repeatable)
  --sql-literals   keep the values written in the SQL text (by default each is a ?)
  --progress S     a progress line every S seconds on stderr (default 1, 0 for none)
  --quiet          no progress and no summary
</source>
        <translation type="vanished">用法：locklens trace [options] -- COMMAND [ARGS...]

运行 COMMAND，并把 LockLens 的记录器载入其中（以及它启动的每个进程），
然后输出其 SQLite 连接做了什么：语句、每种锁的持有时间、busy 处理器的等待，
以及每次“database is locked”时持有该锁的连接。程序在当前文件夹和环境中运行，
不会被修改；Ctrl-C 照常送达它。
退出状态：程序自己的退出状态（被信号 N 结束时为 128+N），找不到 COMMAND 时为 127，
无法运行时为 126，选项错误时为 2。

选项：
  --db GLOB        只显示路径或名称匹配 GLOB 的数据库文件（可重复）
  --sql-literals   保留 SQL 文本中写入的值（默认每个值都显示为 ?）
  --progress S     每 S 秒在 stderr 上输出一行进度（默认 1，0 表示不输出）
  --quiet          不输出进度和摘要
</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <source>--progress must be a number of seconds from 0 to 86400, got &apos;%1&apos;</source>
        <translation>--progress 必须是 0 到 86400 之间的秒数，收到的是“%1”</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <source>the command goes after --: locklens trace [options] -- %1</source>
        <translation>命令应写在 -- 之后：locklens trace [options] -- %1</translation>
    </message>
    <message>
        <source>no command to trace: locklens trace [options] -- COMMAND [ARGS...]</source>
        <translation>没有要跟踪的命令：locklens trace [options] -- COMMAND [ARGS...]</translation>
    </message>
    <message>
        <source>locklens trace: %1: permission denied</source>
        <translation>locklens trace: %1：权限不足</translation>
    </message>
    <message>
        <source>locklens trace: %1: command not found</source>
        <translation>locklens trace: %1：找不到命令</translation>
    </message>
    <message>
        <source>locklens trace: %1</source>
        <translation>locklens trace: %1</translation>
    </message>
    <message>
        <source>locklens trace: tracing another program needs Linux for now (a preloaded library); the Load Lab can model its load instead</source>
        <translation type="vanished">locklens trace: 跟踪其他程序目前需要 Linux（预加载库）；可以改用负载实验室模拟其负载</translation>
    </message>
    <message>
        <source>locklens trace: liblocklens-trace.so is not installed beside LockLens</source>
        <translation type="vanished">locklens trace: liblocklens-trace.so 没有随 LockLens 一起安装</translation>
    </message>
    <message>
        <source>SHARED</source>
        <translation type="vanished">SHARED</translation>
    </message>
    <message>
        <source>RESERVED</source>
        <translation type="vanished">RESERVED</translation>
    </message>
    <message>
        <source>PENDING</source>
        <translation type="vanished">PENDING</translation>
    </message>
    <message>
        <source>EXCLUSIVE</source>
        <translation type="vanished">EXCLUSIVE</translation>
    </message>
    <message>
        <source>the WAL write lock</source>
        <translation type="vanished">WAL 写锁</translation>
    </message>
    <message>
        <source>the checkpoint lock</source>
        <translation type="vanished">检查点锁</translation>
    </message>
    <message>
        <source>the WAL recovery lock</source>
        <translation type="vanished">WAL 恢复锁</translation>
    </message>
    <message>
        <source>a WAL read mark</source>
        <translation type="vanished">一个 WAL 读标记</translation>
    </message>
    <message>
        <source>no lock</source>
        <translation type="vanished">无锁</translation>
    </message>
    <message>
        <source>SQLITE_BUSY_SNAPSHOT</source>
        <translation>SQLITE_BUSY_SNAPSHOT</translation>
    </message>
    <message>
        <source>SQLITE_BUSY (database is locked)</source>
        <translation>SQLITE_BUSY（database is locked，数据库已锁定）</translation>
    </message>
    <message>
        <source>SQLITE_LOCKED (database table is locked)</source>
        <translation>SQLITE_LOCKED（database table is locked，数据库表已锁定）</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>错误 %1</translation>
    </message>
    <message>
        <source>  connection %1: pid %2, %3, threads %4
</source>
        <translation type="vanished">  连接 %1：pid %2，%3，线程 %4
</translation>
    </message>
    <message>
        <source>(temporary database)</source>
        <translation>（临时数据库）</translation>
    </message>
    <message>
        <source>    %1 statements, %2 s inside SQLite; busy handler: %3 sleeps, %4 s
</source>
        <translation type="vanished">    %1 条语句，在 SQLite 内 %2 秒；busy 处理器：休眠 %3 次，%4 秒
</translation>
    </message>
    <message>
        <source>    held: %1; lock requests refused: %2
</source>
        <translation>    持有：%1；被拒绝的加锁请求：%2
</translation>
    </message>
    <message>
        <source>    transactions: %1 begun, %2 ended, the longest %3 s
</source>
        <translation type="vanished">    事务：开始 %1 个，结束 %2 个，最长 %3 秒
</translation>
    </message>
    <message>
        <source>    errors: %1
</source>
        <translation>    错误：%1
</translation>
    </message>
    <message>
        <source>  %1 s: thread %2 of pid %3 (connection %4), %5, got %6 after %7 s</source>
        <translation>  %1 秒：pid %3 的线程 %2（连接 %4），%5，在 %7 秒后得到 %6</translation>
    </message>
    <message>
        <source>a statement</source>
        <translation>一条语句</translation>
    </message>
    <message>
        <source>;
    no traced connection held the lock it wanted (another program, or it was let go)
</source>
        <translation type="vanished">；
    没有被跟踪的连接持有它想要的锁（另一个程序，或锁已被释放）
</translation>
    </message>
    <message>
        <source>;
    connection %1 of pid %2 (thread %3) held %4 since %5 s</source>
        <translation type="vanished">；
    pid %2 的连接 %1（线程 %3）自 %5 秒起持有%4</translation>
    </message>
    <message>
        <source>, inside a transaction begun at %1 s</source>
        <translation type="vanished">，处于 %1 秒开始的事务中</translation>
    </message>
    <message>
        <source>, its last statement %1</source>
        <translation type="vanished">，其最后一条语句为 %1</translation>
    </message>
    <message>
        <source>%1 threads share connection %2: SQLite runs their statements one at a time, and one thread&apos;s transaction is every thread&apos;s. Give each thread its own connection.</source>
        <translation type="vanished">%1 个线程共用连接 %2：SQLite 一次只执行其中一条语句，一个线程的事务就是所有线程的事务。请为每个线程提供各自的连接。</translation>
    </message>
    <message>
        <source>Connection %1 began a transaction and never ended it: nothing it wrote was committed.</source>
        <translation type="vanished">连接 %1 开始了一个事务却从未结束它：它写入的内容都没有提交。</translation>
    </message>
    <message>
        <source>Connection %1 is an in-memory database: it takes no file locks, so there are none to show.</source>
        <translation type="vanished">连接 %1 是内存数据库：它不加文件锁，因此没有锁可显示。</translation>
    </message>
    <message>
        <source>Connection %1 got SQLITE_BUSY on writes inside transactions that had read first (no busy handler can wait for those): begin them with BEGIN IMMEDIATE.</source>
        <translation type="vanished">连接 %1 在先读后写的事务中写入时得到 SQLITE_BUSY（busy 处理器无法等待这种情况）：请用 BEGIN IMMEDIATE 开始这些事务。</translation>
    </message>
    <message>
        <source>A transaction of connection %1 stayed open for %2 s while others waited: commit sooner.</source>
        <translation type="vanished">连接 %1 的一个事务在其他连接等待时保持打开 %2 秒：请尽早提交。</translation>
    </message>
    <message>
        <source>%1 s: %2 processes, %3 connections, %4 blocked</source>
        <translation>%1 秒：%2 个进程，%3 个连接，%4 次阻塞</translation>
    </message>
    <message>
        <source>, %1 records dropped</source>
        <translation>，丢弃了 %1 条记录</translation>
    </message>
    <message>
        <source>trace: %1, ended by signal %2 after %3 s
</source>
        <translation>跟踪：%1，在 %3 秒后被信号 %2 结束
</translation>
    </message>
    <message>
        <source>trace: %1, exit status %2 after %3 s
</source>
        <translation>跟踪：%1，在 %3 秒后以退出状态 %2 结束
</translation>
    </message>
    <message>
        <source>Nothing was recorded: the program opened no SQLite database through a shared SQLite library. A program whose SQLite is built into it (some Go and Node programs, a static build) cannot be traced this way; the Load Lab can model its load instead.
</source>
        <translation type="vanished">没有记录到任何内容：该程序没有通过共享的 SQLite 库打开任何 SQLite 数据库。SQLite 内置于程序中的程序（某些 Go 和 Node 程序、静态构建）无法用这种方式跟踪；可以改用负载实验室模拟其负载。
</translation>
    </message>
    <message>
        <source>processes:
</source>
        <translation>进程：
</translation>
    </message>
    <message>
        <source>  pid %1 (parent %2) from %3 s: %4
</source>
        <translation>  pid %1（父进程 %2），自 %3 秒起：%4
</translation>
    </message>
    <message>
        <source>connections:
</source>
        <translation>连接：
</translation>
    </message>
    <message>
        <source>  none%1
</source>
        <translation>  无%1
</translation>
    </message>
    <message>
        <source> matching --db</source>
        <translation>匹配 --db 的</translation>
    </message>
    <message>
        <source>blocked: %1
</source>
        <translation>阻塞：%1
</translation>
    </message>
    <message>
        <source>conclusions:
</source>
        <translation>结论：
</translation>
    </message>
    <message>
        <source>The channel dropped %1 records (it was full) and lost %2: the timeline has gaps; the counts above are exact.
</source>
        <translation type="vanished">通道丢弃了 %1 条记录（通道已满），丢失了 %2 条：时间线有缺口；以上计数是精确的。
</translation>
    </message>
    <message>
        <source>channel: %1 records read, %2 dropped
</source>
        <translation>通道：读取 %1 条记录，丢弃 %2 条
</translation>
    </message>
    <message>
        <source>locklens trace: %1: cannot be run</source>
        <translation>locklens trace: %1：无法运行</translation>
    </message>
    <message>
        <source>    %1 statements, %2 rows changed, %3 s inside SQLite; busy handler: %4 sleeps, %5 s
</source>
        <translation>    %1 条语句，更改了 %2 行，在 SQLite 内 %3 秒；busy 处理器：休眠 %4 次，%5 秒
</translation>
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
  --json FILE        the trace as a run document (- for standard output)
  --lock-trace FILE  every lock change as CSV: t_s,worker,from,to,statement
  --report FILE      a report: .html .pdf .md .csv .json
  --save             keep the trace in the results store (beside the Load Lab&apos;s runs)
  --store FILE       with --save: that store instead of your own
  --progress S       a progress line every S seconds on stderr (default 1, 0 for none)
  --quiet            no progress and no summary
When a file asked for cannot be written, the exit status is 1 if the program&apos;s was 0.
</source>
        <translation type="vanished">用法：locklens trace [options] -- COMMAND [ARGS...]

运行 COMMAND，并把 LockLens 的记录器载入其中（以及它启动的每个进程），
然后输出其 SQLite 连接做了什么：语句、每种锁的持有时间、busy 处理器的等待，
以及每次“database is locked”时持有该锁的连接。程序在当前文件夹和环境中运行，
不会被修改；Ctrl-C 照常送达它。
退出状态：程序自己的退出状态（被信号 N 结束时为 128+N），找不到 COMMAND 时为 127，
无法运行时为 126，选项错误时为 2。

选项：
  --db GLOB          只保留路径或名称匹配 GLOB 的数据库文件（可重复）
  --sql-literals     保留 SQL 文本中写入的值（默认每个值都显示为 ?）
  --json FILE        以运行文档的形式写出跟踪（- 表示标准输出）
  --lock-trace FILE  以 CSV 写出每次锁变化：t_s,worker,from,to,statement
  --report FILE      报告：.html .pdf .md .csv .json
  --save             把跟踪保存到结果库（与负载实验室的运行放在一起）
  --store FILE       与 --save 一起使用：使用该结果库而不是你自己的
  --progress S       每 S 秒在 stderr 上输出一行进度（默认 1，0 表示不输出）
  --quiet            不输出进度和摘要
要求写出的文件无法写入时，若程序的退出状态为 0，则退出状态为 1。
</translation>
    </message>
    <message>
        <source>%1: the file name is empty</source>
        <translation>%1：文件名为空</translation>
    </message>
    <message>
        <source>%1: %2 is an SQLite database; the trace does not replace one</source>
        <translation>%1：%2 是 SQLite 数据库；跟踪不会替换它</translation>
    </message>
    <message>
        <source>locklens: error: %1: %2 is a file of a database the program used; nothing was written there</source>
        <translation>locklens: 错误：%1：%2 是该程序使用的数据库的文件；没有向其中写入任何内容</translation>
    </message>
    <message>
        <source>    transactions: %1 begun, %2 committed, %3 rolled back, the longest %4 s
</source>
        <translation>    事务：开始 %1 个，提交 %2 个，回滚 %3 个，最长 %4 秒
</translation>
    </message>
    <message>
        <source>blocked: %1 (the first %2 listed)
</source>
        <translation>阻塞：%1（列出前 %2 个）
</translation>
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
        <translation>用法：locklens trace [options] -- COMMAND [ARGS...]

运行 COMMAND，并把 LockLens 的记录器载入其中（以及它启动的每个进程），
然后输出其 SQLite 连接做了什么：语句、每种锁的持有时间、busy 处理器的等待，
以及每次“database is locked”时持有该锁的连接。程序在当前文件夹和环境中运行，
不会被修改；Ctrl-C 照常送达它。
退出状态：程序自己的退出状态（被信号 N 结束时为 128+N），找不到 COMMAND 时为 127，
无法运行时为 126，选项错误时为 2。

选项：
  --db GLOB          只保留路径或名称匹配 GLOB 的数据库文件（可重复）
  --sql-literals     保留 SQL 文本中写入的值（默认每个值都显示为 ?）
  --json FILE        以运行文档的形式写出跟踪（-：标准输出，此时程序自己的输出
                     和摘要写到 stderr）
  --lock-trace FILE  以 CSV 写出每次锁变化：t_s,worker,from,to,statement
  --report FILE      报告：.html .pdf .md .csv .json
  --save             把跟踪保存到结果库（与负载实验室的运行放在一起）
  --store FILE       与 --save 一起使用：使用该结果库而不是你自己的
  --progress S       每 S 秒在 stderr 上输出一行进度（默认 1，0 表示不输出）
  --quiet            不输出进度和摘要
要求写出的文件无法写入时，若程序的退出状态为 0，则退出状态为 1。
</translation>
    </message>
    <message>
        <source>  %1: pid %2, %3, threads %4
</source>
        <translation>  %1：pid %2，%3，线程 %4
</translation>
    </message>
    <message>
        <source>  and %1 more (every one in --json and --report)
</source>
        <translation>  另有 %1 个（--json 和 --report 中全部列出）
</translation>
    </message>
    <message numerus="yes">
        <source>locklens trace: the command exited; tracing the %n process(es) it started that still run (%1) until they end (Ctrl-C ends them)</source>
        <translation>
            <numerusform>locklens trace：命令已退出；继续跟踪它启动的、仍在运行的 %n 个进程（%1），直到它们结束（按 Ctrl-C 结束它们）</numerusform>
        </translation>
    </message>
    <message>
        <source>sqlite (default) or postgresql: a temporary PostgreSQL cluster, or the server --server names</source>
        <translation>sqlite（默认）或 postgresql：临时 PostgreSQL 集群，或 --server 指定的服务器</translation>
    </message>
    <message>
        <source>the PostgreSQL server to load: postgresql://USER@HOST:PORT/DB or libpq&apos;s key=value words (implies --engine postgresql; a password is better left to PGPASSWORD or ~/.pgpass)</source>
        <translation>要施加负载的 PostgreSQL 服务器：postgresql://USER@HOST:PORT/DB 或 libpq 的 key=value 形式（隐含 --engine postgresql；密码最好交给 PGPASSWORD 或 ~/.pgpass）</translation>
    </message>
    <message>
        <source>--server: the address is empty</source>
        <translation>--server：地址为空</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s isolation level of the load&apos;s transactions: read-committed (default), repeatable-read or serializable</source>
        <translation>负载事务的 PostgreSQL 隔离级别：read-committed（默认）、repeatable-read 或 serializable</translation>
    </message>
    <message>
        <source>busy timeout in milliseconds (default 5000); on PostgreSQL the session&apos;s lock_timeout</source>
        <translation>busy 超时，单位毫秒（默认 5000）；在 PostgreSQL 上为会话的 lock_timeout</translation>
    </message>
    <message>
        <source>max tries %1, retry back-off %2</source>
        <translation>最大尝试次数 %1，重试退避 %2</translation>
    </message>
    <message>
        <source>max tries 1 (a failed transaction is not tried again)</source>
        <translation>最大尝试次数 1（失败的事务不会重试）</translation>
    </message>
    <message>
        <source>server: PostgreSQL %1 at %2 (synchronous_commit %3, fsync %4, max_connections %5, shared_buffers %6)
</source>
        <translation>服务器：PostgreSQL %1，位于 %2（synchronous_commit %3，fsync %4，max_connections %5，shared_buffers %6）
</translation>
    </message>
    <message>
        <source>(version unknown)</source>
        <translation>（版本未知）</translation>
    </message>
    <message>
        <source>readers: %1, each on its own connection (%2 reads per transaction)
</source>
        <translation>读取线程：%1 个，各用自己的连接（每个事务 %2 次读取）
</translation>
    </message>
    <message>
        <source>locks: lock_timeout %1 ms, %2
</source>
        <translation>锁：lock_timeout %1 毫秒，%2
</translation>
    </message>
    <message>
        <source>driver: %1, Qt %2
</source>
        <translation>驱动：%1，Qt %2
</translation>
    </message>
    <message>
        <source>busy: policy %1, timeout %2 ms, %3
</source>
        <translation>busy：策略 %1，超时 %2 毫秒，%3
</translation>
    </message>
    <message>
        <source>waits: %1 lock waits ended by lock_timeout; for the application&apos;s mutex or queue %2 s (%3%)
</source>
        <translation type="vanished">等待：%1 次锁等待因 lock_timeout 结束；等待应用的互斥锁或队列 %2 秒（%3%）
</translation>
    </message>
    <message>
        <source>waits: for locks in the server %1 s (%2% of the workers&apos; time, sampled), %3 ended by lock_timeout; for the application&apos;s mutex or queue %4 s (%5%)
</source>
        <translation>等待：服务器内的锁 %1 秒（占工作线程时间的 %2%，采样所得），其中 %3 次因 lock_timeout 结束；应用的互斥锁或队列 %4 秒（%5%）
</translation>
    </message>
    <message numerus="yes">
        <source>  %1 s in %n wait(s) for %2; held by %3
</source>
        <translation>
            <numerusform>  %1 秒，共 %n 次等待，等待%2；持有者：%3
</numerusform>
        </translation>
    </message>
    <message>
        <source>  and %1 other causes
</source>
        <translation>  以及其他 %1 个原因
</translation>
    </message>
</context>
<context>
    <name>LockLens::Cli::RunOutputs</name>
    <message>
        <source>--lock-trace: give a file name (the trace does not go to standard output)</source>
        <translation>--lock-trace：请给出文件名（锁跟踪不能写到标准输出）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 is a file this run already uses (the database, its journal, the store or another output)</source>
        <translation>%1：%2 是本次运行已在使用的文件（数据库、其日志、结果库或另一个输出）</translation>
    </message>
    <message>
        <source>--json: %1</source>
        <translation>--json：%1</translation>
    </message>
    <message>
        <source>--report: %1</source>
        <translation>--report：%1</translation>
    </message>
</context>
<context>
    <name>LockLens::ComparisonView</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <source>operations/s</source>
        <translation>操作/秒</translation>
    </message>
    <message>
        <source>Commits</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>transactions/s</source>
        <translation>事务/秒</translation>
    </message>
    <message>
        <source>Waiting for SQLite&apos;s locks</source>
        <translation type="vanished">等待 SQLite 锁</translation>
    </message>
    <message>
        <source>s waited per s</source>
        <translation>每秒等待秒数</translation>
    </message>
    <message>
        <source>p99 latency</source>
        <translation>p99 延迟</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>Select two or more runs and choose Compare.</source>
        <translation>选择两个或更多运行，然后点击“比较”。</translation>
    </message>
    <message>
        <source>Comparing needs two or more runs.</source>
        <translation>比较需要两个或更多运行。</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) but %1 name(s) to compare.</source>
        <translation>
            <numerusform>有 %n 个运行，但要比较的名称有 %1 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a LockLens run result (it has no scenario or summary).</source>
        <translation type="vanished">“%1”不是 LockLens 运行结果（没有场景或摘要）。</translation>
    </message>
    <message>
        <source>%1 (no time series)</source>
        <translation>%1（无时间序列）</translation>
    </message>
    <message>
        <source>No time series for %1 (the run ended before its first sample); the table still compares its totals.</source>
        <translation>%1 没有时间序列（运行在第一次采样前就结束了）；表格仍会比较其总计。</translation>
    </message>
    <message>
        <source>%1 (the baseline)</source>
        <translation>%1（基准）</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>%1 ÷ %2 (the baseline)</source>
        <translation>%1 ÷ %2（基准）</translation>
    </message>
    <message>
        <source>Scenario settings</source>
        <translation>场景设置</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>The baseline&apos;s value is 0: no ratio</source>
        <translation>基准值为 0：无比率</translation>
    </message>
    <message>
        <source>commits per second</source>
        <translation>每秒提交数</translation>
    </message>
    <message>
        <source>operations per second</source>
        <translation>每秒操作数</translation>
    </message>
    <message>
        <source>None of the runs committed anything.</source>
        <translation>所有运行都没有提交任何内容。</translation>
    </message>
    <message>
        <source>%1 reached %2 %3; %4 committed nothing.</source>
        <translation>%1 达到 %2 %3；%4 没有提交任何内容。</translation>
    </message>
    <message>
        <source>%1 and %2 ran at about the same rate (%3 vs %4 %5).</source>
        <translation>%1 和 %2 的速率大致相同（%3 对 %4 %5）。</translation>
    </message>
    <message>
        <source>All runs ran within 5% of each other (%1 to %2 %3).</source>
        <translation>所有运行之间相差不到 5%（%1 至 %2 %3）。</translation>
    </message>
    <message>
        <source>%1 did %2× the %3 of %4 (%5 vs %6 per second).</source>
        <translation>%1 的%3是 %4 的 %2 倍（每秒 %5 对 %6）。</translation>
    </message>
    <message numerus="yes">
        <source>%1 lost %n row(s).</source>
        <translation>
            <numerusform>%1 丢失了 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed the integrity check.</source>
        <translation>%1 未通过完整性检查。</translation>
    </message>
    <message>
        <source>%1 ended early on an error.</source>
        <translation>%1 因错误提前结束。</translation>
    </message>
    <message>
        <source>Operations/s</source>
        <translation>操作/秒</translation>
    </message>
    <message>
        <source>Committed operations per second</source>
        <translation>每秒已提交的操作数</translation>
    </message>
    <message>
        <source>Commits/s</source>
        <translation>提交/秒</translation>
    </message>
    <message>
        <source>Committed transactions per second</source>
        <translation>每秒已提交的事务数</translation>
    </message>
    <message>
        <source>p50 latency (ms)</source>
        <translation>p50 延迟（毫秒）</translation>
    </message>
    <message>
        <source>Median time of one operation</source>
        <translation>单个操作耗时的中位数</translation>
    </message>
    <message>
        <source>p99 latency (ms)</source>
        <translation>p99 延迟（毫秒）</translation>
    </message>
    <message>
        <source>99% of the operations took at most this long</source>
        <translation>99% 的操作耗时不超过此值</translation>
    </message>
    <message>
        <source>Busy events</source>
        <translation>busy 事件</translation>
    </message>
    <message>
        <source>Times a connection found the database locked (SQLITE_BUSY)</source>
        <translation>连接遇到数据库被锁定（SQLITE_BUSY）的次数</translation>
    </message>
    <message>
        <source>Lock-wait share</source>
        <translation>锁等待占比</translation>
    </message>
    <message>
        <source>Share of the workers&apos; time spent waiting for SQLite&apos;s locks</source>
        <translation type="vanished">工作线程等待 SQLite 锁的时间占比</translation>
    </message>
    <message>
        <source>App-wait share</source>
        <translation>应用等待占比</translation>
    </message>
    <message>
        <source>Share of the workers&apos; time spent waiting for the application&apos;s mutex or queue</source>
        <translation>工作线程等待应用互斥锁或队列的时间占比</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Errors of every kind (SQLITE_BUSY, SQLITE_BUSY_SNAPSHOT, timeouts, others)</source>
        <translation>各类错误（SQLITE_BUSY、SQLITE_BUSY_SNAPSHOT、超时及其他）</translation>
    </message>
    <message>
        <source>Failed transactions</source>
        <translation>失败的事务</translation>
    </message>
    <message>
        <source>Transactions that were rolled back and not retried successfully</source>
        <translation>已回滚且重试未成功的事务</translation>
    </message>
    <message>
        <source>Lost rows</source>
        <translation>丢失的行</translation>
    </message>
    <message>
        <source>Rows acknowledged as committed but missing afterwards</source>
        <translation>已确认提交但之后缺失的行</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>完整性</translation>
    </message>
    <message>
        <source>PRAGMA integrity_check after the run</source>
        <translation>运行后的 PRAGMA integrity_check</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>时长（秒）</translation>
    </message>
    <message>
        <source>How long the load ran</source>
        <translation>负载运行了多长时间</translation>
    </message>
    <message>
        <source>Journal mode</source>
        <translation>日志模式</translation>
    </message>
    <message>
        <source>The journal mode in effect during the run</source>
        <translation type="vanished">运行期间生效的日志模式</translation>
    </message>
    <message>
        <source>Synchronous</source>
        <translation>同步模式</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>工作线程</translation>
    </message>
    <message>
        <source>Connection strategy</source>
        <translation>连接策略</translation>
    </message>
    <message>
        <source>Transaction mode</source>
        <translation>事务模式</translation>
    </message>
    <message>
        <source>Rows per transaction</source>
        <translation>每个事务的行数</translation>
    </message>
    <message>
        <source>Operation mix</source>
        <translation>操作组合</translation>
    </message>
    <message>
        <source>Busy policy</source>
        <translation>busy 策略</translation>
    </message>
    <message>
        <source>What a worker does on SQLITE_BUSY</source>
        <translation>工作线程遇到 SQLITE_BUSY 时的做法</translation>
    </message>
    <message>
        <source>Busy timeout (ms)</source>
        <translation>busy 超时（毫秒）</translation>
    </message>
    <message>
        <source>Tries per transaction</source>
        <translation>每个事务的尝试次数</translation>
    </message>
    <message>
        <source>Target rate (ops/s)</source>
        <translation>目标速率（次操作/秒）</translation>
    </message>
    <message>
        <source>0: as fast as possible</source>
        <translation>0：尽可能快</translation>
    </message>
    <message>
        <source>“%1” is not a LockLens run result (%2).</source>
        <translation>“%1”不是 LockLens 运行结果（%2）。</translation>
    </message>
    <message>
        <source>it has no scenario</source>
        <translation>没有场景</translation>
    </message>
    <message>
        <source>Share of the workers&apos; time spent waiting for locks (SQLite&apos;s; on PostgreSQL sampled in the server)</source>
        <translation>工作线程等待锁所占的时间比例（SQLite 的锁；在 PostgreSQL 上为在服务器内采样所得）</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>SQLite, or the PostgreSQL server&apos;s version</source>
        <translation>SQLite，或 PostgreSQL 服务器的版本</translation>
    </message>
    <message>
        <source>The journal mode in effect during the run (SQLite&apos;s)</source>
        <translation>运行期间生效的日志模式（SQLite 的）</translation>
    </message>
    <message>
        <source>SQLite&apos;s synchronous, or PostgreSQL&apos;s synchronous_commit</source>
        <translation>SQLite 的 synchronous，或 PostgreSQL 的 synchronous_commit</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>隔离级别</translation>
    </message>
    <message>
        <source>SQLite&apos;s transactions are always serializable</source>
        <translation>SQLite 的事务总是可串行化的</translation>
    </message>
    <message>
        <source>On PostgreSQL the sessions&apos; lock_timeout</source>
        <translation>在 PostgreSQL 上为会话的 lock_timeout</translation>
    </message>
    <message>
        <source>Waiting for locks</source>
        <translation>等待锁</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>LockLens::ConcurrencyPage</name>
    <message>
        <source>Concurrency</source>
        <translation>并发</translation>
    </message>
    <message>
        <source>How many workers run, how they reach the database, how they wait for its locks and when they stop.</source>
        <translation>运行多少个工作线程、它们如何访问数据库、如何等待数据库的锁以及何时停止。</translation>
    </message>
    <message>
        <source>Workers and connections</source>
        <translation>工作线程与连接</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Extra threads that only read, each on a connection of its own whatever the connections below: BEGIN DEFERRED, the mix&apos;s reads (point reads if it has none), COMMIT. They show whether writers keep readers out.</source>
        <translation>额外的只读线程，各用独立连接，只执行读取事务（DEFERRED）：显示写入者是否挡住读取者。</translation>
    </message>
    <message>
        <source> files</source>
        <translation> 个文件</translation>
    </message>
    <message>
        <source>Database files the load table is split over (the split strategy only)</source>
        <translation>负载表拆分到的数据库文件数（仅限拆分策略）</translation>
    </message>
    <message>
        <source>&amp;Workers:</source>
        <translation>工作线程(&amp;W)：</translation>
    </message>
    <message>
        <source>R&amp;eaders:</source>
        <translation>读取线程(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Connections:</source>
        <translation>连接(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Statements:</source>
        <translation>语句(&amp;S)：</translation>
    </message>
    <message>
        <source>Waiting for locks</source>
        <translation>等待锁</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>A transaction that fails (busy, locked) is run again up to this many times in all; 1 = no retry.</source>
        <translation>失败（busy、locked）的事务总共最多运行这么多次；1 = 不重试。</translation>
    </message>
    <message>
        <source>When &amp;locked:</source>
        <translation>被锁定时(&amp;L)：</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>超时(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Tries:</source>
        <translation>尝试次数(&amp;T)：</translation>
    </message>
    <message>
        <source>Pace and length</source>
        <translation>速率与时长</translation>
    </message>
    <message>
        <source> ops/s</source>
        <translation> 次操作/秒</translation>
    </message>
    <message>
        <source>flat out</source>
        <translation>全速</translation>
    </message>
    <message>
        <source>Total for all workers, arriving at random (Poisson); latency counts from each operation&apos;s scheduled start. 0 = flat out.</source>
        <translation>所有工作线程的总速率，随机到达（泊松分布）；延迟从每个操作的计划开始时间算起。0 = 全速。</translation>
    </message>
    <message>
        <source>&amp;after</source>
        <translation>之后(&amp;A)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>after &amp;each worker ran</source>
        <translation>在每个工作线程运行(&amp;E)</translation>
    </message>
    <message>
        <source>operations</source>
        <translation>次操作后</translation>
    </message>
    <message>
        <source>&amp;New Seed</source>
        <translation>新种子(&amp;N)</translation>
    </message>
    <message>
        <source>Target &amp;rate:</source>
        <translation>目标速率(&amp;R)：</translation>
    </message>
    <message>
        <source>Stop:</source>
        <translation>停止：</translation>
    </message>
    <message>
        <source>Ran&amp;dom seed:</source>
        <translation>随机种子(&amp;D)：</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>测量</translation>
    </message>
    <message>
        <source>Time every &amp;operation and count busy waits</source>
        <translation>为每个操作计时并统计 busy 等待(&amp;O)</translation>
    </message>
    <message>
        <source>Record lock states for the lock &amp;timeline (file databases, through LockLens&apos;s VFS)</source>
        <translation>为锁时间线记录锁状态(&amp;T)（文件数据库，通过 LockLens 的 VFS）</translation>
    </message>
    <message>
        <source>Give the number of operations each worker runs, or run for a duration instead</source>
        <translation>请给出每个工作线程运行的操作数，或改为按时长运行</translation>
    </message>
    <message>
        <source>up to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Between tries:</source>
        <translation>尝试间隔(&amp;B)：</translation>
    </message>
    <message>
        <source>A transaction that fails (busy, locked) is not tried again: raise the tries to retry it.</source>
        <translation>失败（busy、locked）的事务不会重试：若要重试，请调高尝试次数。</translation>
    </message>
</context>
<context>
    <name>LockLens::Connection</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>cannot use %1: %2</source>
        <translation>无法使用 %1：%2</translation>
    </message>
    <message>
        <source>cannot set synchronous=%1: %2</source>
        <translation>无法设置 synchronous=%1：%2</translation>
    </message>
    <message>
        <source>cannot enforce foreign keys: %1</source>
        <translation>无法强制执行外键：%1</translation>
    </message>
    <message>
        <source>the existing table %1 was not read at setup</source>
        <translation>准备阶段未读取现有表 %1</translation>
    </message>
    <message>
        <source>a temporary PostgreSQL cluster</source>
        <translation>临时 PostgreSQL 集群</translation>
    </message>
    <message>
        <source>a PostgreSQL server</source>
        <translation>PostgreSQL 服务器</translation>
    </message>
    <message>
        <source>no PostgreSQL server to connect to (the run&apos;s setup names one)</source>
        <translation>没有可连接的 PostgreSQL 服务器（应由运行的准备阶段指定）</translation>
    </message>
    <message>
        <source>cannot set up the session on %1: %2</source>
        <translation>无法在 %1 上设置会话：%2</translation>
    </message>
    <message>
        <source>the native path steps statements through libpq on Qt&apos;s PostgreSQL driver&apos;s connection, which this build or driver does not allow (use --driver auto or qt)</source>
        <translation>原生路径通过 libpq 在 Qt 的 PostgreSQL 驱动的连接上执行语句，但此构建或驱动不允许这样做（请使用 --driver auto 或 qt）</translation>
    </message>
</context>
<context>
    <name>LockLens::CsvExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot export to %1: %2</source>
        <translation>无法导出到 %1：%2</translation>
    </message>
</context>
<context>
    <name>LockLens::CsvExportJob</name>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <source>Exporting to %1: %2 rows…</source>
        <translation>正在导出到 %1：%2 行…</translation>
    </message>
    <message>
        <source>%1 rows exported to %2.</source>
        <translation>已将 %1 行导出到 %2。</translation>
    </message>
    <message>
        <source>Export cancelled after %1 rows (written to %2 as they came).</source>
        <translation>导出在 %1 行后取消（这些行已随导出逐步写入 %2）。</translation>
    </message>
    <message>
        <source>Export cancelled after %1 rows; %2 is left as it was.</source>
        <translation>导出在 %1 行后取消；%2 保持原样。</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>LockLens::DashboardText</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>a connection per thread</source>
        <translation>每个线程一个连接</translation>
    </message>
    <message>
        <source>one shared connection</source>
        <translation>一个共享连接</translation>
    </message>
    <message>
        <source>a single writer fed by a queue</source>
        <translation>由队列供给的单一写入者</translation>
    </message>
    <message>
        <source>a connection pool</source>
        <translation>连接池</translation>
    </message>
    <message>
        <source>tables split across files</source>
        <translation>表拆分到多个文件</translation>
    </message>
    <message>
        <source>autocommit</source>
        <translation>自动提交</translation>
    </message>
    <message>
        <source>BEGIN DEFERRED</source>
        <translation>BEGIN DEFERRED</translation>
    </message>
    <message>
        <source>BEGIN IMMEDIATE</source>
        <translation>BEGIN IMMEDIATE</translation>
    </message>
    <message>
        <source>BEGIN EXCLUSIVE</source>
        <translation>BEGIN EXCLUSIVE</translation>
    </message>
    <message>
        <source>SQLITE_BUSY at BEGIN</source>
        <translation>BEGIN 时 SQLITE_BUSY</translation>
    </message>
    <message>
        <source>SQLITE_BUSY on upgrade</source>
        <translation>升级时 SQLITE_BUSY</translation>
    </message>
    <message>
        <source>SQLITE_BUSY_SNAPSHOT</source>
        <translation>SQLITE_BUSY_SNAPSHOT</translation>
    </message>
    <message>
        <source>busy timeout expired</source>
        <translation>busy 超时已到</translation>
    </message>
    <message>
        <source>SQLITE_LOCKED</source>
        <translation>SQLITE_LOCKED</translation>
    </message>
    <message>
        <source>other errors</source>
        <translation>其他错误</translation>
    </message>
    <message>
        <source>Unnamed scenario</source>
        <translation>未命名场景</translation>
    </message>
    <message>
        <source>1 worker</source>
        <translation>1 个工作线程</translation>
    </message>
    <message>
        <source>%1 workers</source>
        <translation>%1 个工作线程</translation>
    </message>
    <message>
        <source> + 1 reader</source>
        <translation> + 1 个读取线程</translation>
    </message>
    <message>
        <source> + %1 readers</source>
        <translation> + %1 个读取线程</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 · %3 · %4 · %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 · %3 · %4 · %5</translation>
    </message>
    <message>
        <source>Lock states are not recorded: the run is not instrumented.</source>
        <translation>未记录锁状态：本次运行未插桩。</translation>
    </message>
    <message>
        <source>Lock states are not recorded: lock recording is off for this scenario.</source>
        <translation>未记录锁状态：此场景关闭了锁记录。</translation>
    </message>
    <message>
        <source>Lock states are not recorded: an in-memory database takes no file locks.</source>
        <translation>未记录锁状态：内存数据库不使用文件锁。</translation>
    </message>
    <message>
        <source>Lock states are not recorded: Qt&apos;s SQLite driver carries its own SQLite, which LockLens&apos;s VFS cannot reach. Lock waits are measured by the busy handler instead.</source>
        <translation>未记录锁状态：Qt 的 SQLite 驱动自带 SQLite，LockLens 的 VFS 无法接入。锁等待改由 busy 处理器测量。</translation>
    </message>
    <message>
        <source>%1 ops/s</source>
        <translation>%1 次操作/秒</translation>
    </message>
    <message>
        <source>%1 commits/s</source>
        <translation>%1 次提交/秒</translation>
    </message>
    <message>
        <source>p99 %1</source>
        <translation>p99 %1</translation>
    </message>
    <message>
        <source>p99 –</source>
        <translation>p99 –</translation>
    </message>
    <message>
        <source>%1 waiting for locks</source>
        <translation>%1 用于等待锁</translation>
    </message>
    <message>
        <source>%1 waiting for the app&apos;s mutex/queue</source>
        <translation>%1 用于等待应用的互斥锁/队列</translation>
    </message>
    <message>
        <source>whole run: %1</source>
        <translation>整个运行：%1</translation>
    </message>
    <message>
        <source>Stopped after %1 s</source>
        <translation>%1 秒后停止</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>fatal error: %1</source>
        <translation>致命错误：%1</translation>
    </message>
    <message>
        <source>not verified: %1</source>
        <translation>未验证：%1</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>未验证</translation>
    </message>
    <message>
        <source>%1 rows lost (%2 expected, %3 present)</source>
        <translation>丢失 %1 行（预期 %2 行，实有 %3 行）</translation>
    </message>
    <message>
        <source>%1 rows expected, %1 present, 0 lost</source>
        <translation>预期 %1 行，实有 %1 行，丢失 0 行</translation>
    </message>
    <message>
        <source>integrity check: %1</source>
        <translation>完整性检查：%1</translation>
    </message>
    <message>
        <source>%1 failed (%2 %)</source>
        <translation>%1 个事务失败（%2 %）</translation>
    </message>
    <message>
        <source>%1 backing off between tries</source>
        <translation>%1 用于尝试之间的退避</translation>
    </message>
    <message>
        <source>%1 rows more than the run committed (%2 expected, %3 present): another connection wrote to the table during the run</source>
        <translation>比运行提交的多 %1 行（预期 %2 行，实有 %3 行）：运行期间另一个连接写入了该表</translation>
    </message>
    <message>
        <source>with rows another connection added</source>
        <translation>含有另一个连接添加的行</translation>
    </message>
    <message>
        <source>%1 rows expected, %2 present, 0 lost, integrity ok</source>
        <translation>预期 %1 行，实有 %2 行，丢失 0 行，完整性正常</translation>
    </message>
    <message>
        <source>%1 of %2 transactions failed (%3 %) after their last try</source>
        <translation>%2 个事务中有 %1 个在最后一次尝试后仍失败（%3 %）</translation>
    </message>
    <message>
        <source>with failed transactions</source>
        <translation>有失败的事务</translation>
    </message>
    <message>
        <source>%1 with problems</source>
        <translation>%1，存在问题</translation>
    </message>
    <message>
        <source>%1 — verified</source>
        <translation>%1 — 已验证</translation>
    </message>
    <message>
        <source>%1 — verified, %2</source>
        <translation>%1 — 已验证，%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>serialization failure (40001)</source>
        <translation>序列化失败（40001）</translation>
    </message>
    <message>
        <source>deadlock (40P01)</source>
        <translation>死锁（40P01）</translation>
    </message>
    <message>
        <source>READ COMMITTED</source>
        <translation>READ COMMITTED</translation>
    </message>
    <message>
        <source>REPEATABLE READ</source>
        <translation>REPEATABLE READ</translation>
    </message>
    <message>
        <source>SERIALIZABLE</source>
        <translation>SERIALIZABLE</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; PostgreSQL · %2 · %3 · %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; PostgreSQL · %2 · %3 · %4</translation>
    </message>
</context>
<context>
    <name>LockLens::DataGrid</name>
    <message>
        <source>The column to filter</source>
        <translation>要筛选的列</translation>
    </message>
    <message>
        <source>Filter: text, =5, &gt;10, &lt;&gt;x, NULL, NOT NULL</source>
        <translation>筛选：文本、=5、&gt;10、&lt;&gt;x、NULL、NOT NULL</translation>
    </message>
    <message>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>counting rows…</source>
        <translation>正在统计行数…</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>%1 rows match</source>
        <translation>%1 行匹配</translation>
    </message>
    <message>
        <source>%1(%2) = %3</source>
        <translation>%1(%2) = %3</translation>
    </message>
    <message>
        <source>No row has %1.</source>
        <translation>没有行包含 %1。</translation>
    </message>
    <message>
        <source>Open the parent row in %1</source>
        <translation>在 %1 中打开父行</translation>
    </message>
    <message>
        <source>Open the parent row in %1 (a NULL in the key refers to nothing)</source>
        <translation>在 %1 中打开父行（键中的 NULL 不引用任何行）</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>筛选：%1</translation>
    </message>
    <message>
        <source>No database is open: File ▸ Open (Ctrl+O), or drop a database file here.</source>
        <translation>没有打开的数据库：请使用“文件 ▸ 打开”（Ctrl+O），或将数据库文件拖放到这里。</translation>
    </message>
    <message>
        <source>Reading the schema…</source>
        <translation>正在读取结构…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Filter the rows (Ctrl+F)</source>
        <translation>筛选行（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected cells as tab-separated text</source>
        <translation>将所选单元格复制为以制表符分隔的文本</translation>
    </message>
    <message>
        <source>Copy with &amp;Headers</source>
        <translation>连同列标题复制(&amp;H)</translation>
    </message>
    <message>
        <source>Copy the selected cells as tab-separated text, column names first</source>
        <translation>将所选单元格复制为以制表符分隔的文本，列名在前</translation>
    </message>
    <message>
        <source>Export Rows as &amp;CSV…</source>
        <translation>将行导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Write the rows the grid shows (its filter and order) to a CSV file</source>
        <translation>将数据表格显示的行（按其筛选条件和排序）写入 CSV 文件</translation>
    </message>
    <message>
        <source>Nothing is selected to copy.</source>
        <translation>没有选中要复制的内容。</translation>
    </message>
    <message>
        <source>The selection spans %1 rows; Copy takes at most %2. Export the rows as CSV instead (right-click ▸ Export Rows as CSV…).</source>
        <translation>所选内容跨越 %1 行；“复制”最多只能复制 %2 行。请改为将这些行导出为 CSV（右键 ▸ 将行导出为 CSV…）。</translation>
    </message>
    <message>
        <source>Reading %1 rows to copy…</source>
        <translation>正在读取要复制的 %1 行…</translation>
    </message>
    <message>
        <source>Nothing was copied: %1</source>
        <translation>未复制任何内容：%1</translation>
    </message>
    <message>
        <source>Copied %1 rows × %2 columns.</source>
        <translation>已复制 %1 行 × %2 列。</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>未导出任何内容：%1</translation>
    </message>
    <message>
        <source>no table is shown</source>
        <translation>没有显示任何表</translation>
    </message>
    <message>
        <source>an export is still running</source>
        <translation>仍有导出正在进行</translation>
    </message>
</context>
<context>
    <name>LockLens::DiagramBoxes</name>
    <message>
        <source>PK FK</source>
        <translation>主键 外键</translation>
    </message>
    <message>
        <source>PK</source>
        <translation>主键</translation>
    </message>
    <message>
        <source>FK</source>
        <translation>外键</translation>
    </message>
    <message>
        <source>view</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>virtual</source>
        <translation>虚拟</translation>
    </message>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>…… 还有 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockLens::DiagramLayout</name>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
</context>
<context>
    <name>LockLens::FileKind</name>
    <message>
        <source>a folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>命名管道（FIFO）</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>a block device (a disk)</source>
        <translation>块设备（磁盘）</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>非普通文件</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 是文件夹，不是文件</translation>
    </message>
    <message>
        <source>%1 is a named pipe (FIFO), not a file: reading it would wait for a writer</source>
        <translation>%1 是命名管道（FIFO），不是文件：读取它会一直等待写入方</translation>
    </message>
    <message>
        <source>%1 is %2, not a regular file</source>
        <translation>%1 是%2，不是普通文件</translation>
    </message>
</context>
<context>
    <name>LockLens::FkDiagram</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Ctrl+wheel zooms; drag to move around</source>
        <translation>Ctrl+滚轮缩放；拖动以平移</translation>
    </message>
    <message>
        <source>Arrows point from child to parent; dashed orange: a key that cannot work; double-click a table to open it.</source>
        <translation>箭头从子表指向父表；橙色虚线：无法生效的键；双击表可将其打开。</translation>
    </message>
    <message>
        <source>%1(%2) references %3</source>
        <translation>%1(%2) 引用 %3</translation>
    </message>
    <message>
        <source>ON UPDATE %1, ON DELETE %2</source>
        <translation>ON UPDATE %1，ON DELETE %2</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Double-click to show its rows.</source>
        <translation>双击以显示其行。</translation>
    </message>
    <message>
        <source>No tables or views to draw.</source>
        <translation>没有可绘制的表或视图。</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>The diagram is too large to export as an image; export it as SVG instead.</source>
        <translation>图表太大，无法导出为图像；请改为导出 SVG。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot export to %1: choose a file name ending in .png or .svg.</source>
        <translation>无法导出到 %1：请选择以 .png 或 .svg 结尾的文件名。</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 图形 (*.svg)</translation>
    </message>
    <message>
        <source>foreign-keys</source>
        <translation>外键</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>导出图表</translation>
    </message>
</context>
<context>
    <name>LockLens::LoadDashboard</name>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>每秒</translation>
    </message>
    <message>
        <source>Lock waits</source>
        <translation>锁等待</translation>
    </message>
    <message>
        <source>Latency of operations</source>
        <translation>操作延迟</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>Errors by class</source>
        <translation>按类别统计的错误</translation>
    </message>
    <message>
        <source>Each worker&apos;s own lines (dashed) in the charts</source>
        <translation>在图表中显示每个工作线程各自的曲线（虚线）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Workers&lt;/b&gt; (dashed lines)</source>
        <translation>&lt;b&gt;工作线程&lt;/b&gt;（虚线）</translation>
    </message>
    <message>
        <source>Start a run to see its locks.</source>
        <translation>开始一次运行以查看其锁。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No run yet&lt;/b&gt;</source>
        <translation>&lt;b&gt;尚无运行&lt;/b&gt;</translation>
    </message>
    <message>
        <source>a run is already in progress</source>
        <translation>已有运行正在进行</translation>
    </message>
    <message>
        <source>&lt;b&gt;Could not start the run:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;无法开始运行：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>%1 The hatched intervals are the lock waits the engine measured.</source>
        <translation>%1 阴影区间是引擎测得的锁等待。</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Lines of their own are drawn for the first %1 workers only</source>
        <translation>仅为前 %1 个工作线程绘制各自的曲线</translation>
    </message>
    <message>
        <source>operations/s</source>
        <translation>操作/秒</translation>
    </message>
    <message>
        <source>commits/s</source>
        <translation>提交/秒</translation>
    </message>
    <message>
        <source>SQLite lock wait (ms/s)</source>
        <translation>SQLite 锁等待（毫秒/秒）</translation>
    </message>
    <message>
        <source>busy events/s</source>
        <translation>busy 事件/秒</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>errors (all classes)</source>
        <translation>错误（所有类别）</translation>
    </message>
    <message>
        <source>No lock states were recorded during this run.</source>
        <translation>本次运行期间未记录任何锁状态。</translation>
    </message>
    <message>
        <source>The run failed before any lock was recorded.</source>
        <translation>运行在记录到任何锁之前就失败了。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The run failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;运行失败：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stored run&lt;/b&gt; &amp;nbsp; %1 workers</source>
        <translation>&lt;b&gt;已保存的运行&lt;/b&gt; &amp;nbsp; %1 个工作线程</translation>
    </message>
    <message>
        <source>stored run: %1</source>
        <translation>已保存的运行：%1</translation>
    </message>
    <message>
        <source>A stored run keeps no lock timeline: its time in each lock is in the run&apos;s report.</source>
        <translation>已保存的运行不保留锁时间线：各个锁中的时间见运行报告。</translation>
    </message>
    <message>
        <source>setting up…</source>
        <translation>正在准备…</translation>
    </message>
    <message>
        <source>Errors (all classes)</source>
        <translation>错误（所有类别）</translation>
    </message>
    <message>
        <source>Errors — none</source>
        <translation>错误 — 无</translation>
    </message>
    <message>
        <source>Errors by class — none</source>
        <translation>按类别统计的错误 — 无</translation>
    </message>
    <message>
        <source>Errors by class — none so far</source>
        <translation>按类别统计的错误 — 目前没有</translation>
    </message>
    <message>
        <source>app mutex/queue (ms/s)</source>
        <translation>应用互斥锁/队列（毫秒/秒）</translation>
    </message>
    <message>
        <source>lock wait in the server, sampled (ms/s)</source>
        <translation>服务器内的锁等待，采样（毫秒/秒）</translation>
    </message>
</context>
<context>
    <name>LockLens::LoadEngine</name>
    <message>
        <source>a run is already in progress</source>
        <translation>已有运行正在进行</translation>
    </message>
    <message>
        <source>The lock trace is incomplete: %1</source>
        <translation>锁跟踪不完整：%1</translation>
    </message>
    <message>
        <source>The lock trace misses %1 transitions: they came faster than the file was written.</source>
        <translation>锁跟踪缺少 %1 次状态转换：它们产生的速度快于文件写入的速度。</translation>
    </message>
    <message>
        <source>Lock states were not recorded: an in-memory database takes no file locks.</source>
        <translation>未记录锁状态：内存数据库不使用文件锁。</translation>
    </message>
    <message>
        <source>Lock states were not recorded: Qt&apos;s SQLite driver carries its own SQLite, which LockLens&apos;s VFS cannot reach. Lock waits are measured by the busy handler instead.</source>
        <translation>未记录锁状态：Qt 的 SQLite 驱动自带 SQLite，LockLens 的 VFS 无法接入。锁等待改由 busy 处理器测量。</translation>
    </message>
    <message>
        <source>Lock waits on PostgreSQL happen inside the server: LockLens does not sample them yet, so only waits that lock_timeout ended are counted.</source>
        <translation type="vanished">PostgreSQL 上的锁等待发生在服务器内部：LockLens 尚未对其采样，因此只统计因 lock_timeout 而结束的等待。</translation>
    </message>
    <message>
        <source>Lock waits on PostgreSQL happen inside the server: they were sampled from pg_stat_activity %1 times a second (%2 samples), so each is counted to within about %3 ms.</source>
        <translation>PostgreSQL 上的锁等待发生在服务器内部：它们以每秒 %1 次从 pg_stat_activity 采样（共 %2 次采样），因此每次等待的计时误差约在 %3 毫秒以内。</translation>
    </message>
    <message>
        <source>Lock waits on PostgreSQL happen inside the server and were not sampled (the run was not instrumented): only waits that lock_timeout ended are counted.</source>
        <translation>PostgreSQL 上的锁等待发生在服务器内部，且未被采样（运行未开启计量）：只统计因 lock_timeout 而结束的等待。</translation>
    </message>
    <message>
        <source>Lock waits on PostgreSQL happen inside the server and could not be sampled: only waits that lock_timeout ended are counted.</source>
        <translation>PostgreSQL 上的锁等待发生在服务器内部，且无法采样：只统计因 lock_timeout 而结束的等待。</translation>
    </message>
</context>
<context>
    <name>LockLens::LoadLab</name>
    <message>
        <source>&amp;New Load Test…</source>
        <translation>新建负载测试(&amp;N)…</translation>
    </message>
    <message>
        <source>Set up a load test in the wizard (Ctrl+L)</source>
        <translation>在向导中设置负载测试（Ctrl+L）</translation>
    </message>
    <message>
        <source>Run &amp;Again</source>
        <translation>再次运行(&amp;A)</translation>
    </message>
    <message>
        <source>Run the last scenario again, unchanged (Ctrl+Shift+L)</source>
        <translation>原样再次运行上一个场景（Ctrl+Shift+L）</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>End the run: workers finish their transaction, then the run is verified</source>
        <translation>结束运行：工作线程完成当前事务，然后验证本次运行</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>The load test failed: %1</source>
        <translation>负载测试失败：%1</translation>
    </message>
    <message>
        <source>Compare Runs</source>
        <translation>比较运行</translation>
    </message>
    <message>
        <source>Open Run</source>
        <translation>打开运行</translation>
    </message>
    <message>
        <source>there is no application-data folder to keep runs in</source>
        <translation>没有可保存运行的应用数据文件夹</translation>
    </message>
    <message>
        <source>Runs kept in %1</source>
        <translation>运行保存在 %1</translation>
    </message>
    <message>
        <source>Runs are not kept: %1</source>
        <translation>运行未保存：%1</translation>
    </message>
    <message>
        <source>Load Test</source>
        <translation>负载测试</translation>
    </message>
    <message>
        <source>The load test cannot start: %1</source>
        <translation>负载测试无法开始：%1</translation>
    </message>
    <message>
        <source>The run was not kept: %1</source>
        <translation>运行未保存：%1</translation>
    </message>
    <message>
        <source>The run could not be kept: %1</source>
        <translation>无法保存运行：%1</translation>
    </message>
    <message>
        <source>Run %1 kept in the run history</source>
        <translation>运行 %1 已保存到运行历史</translation>
    </message>
    <message>
        <source>select two or more runs to compare</source>
        <translation>请选择两个或更多运行进行比较</translation>
    </message>
    <message>
        <source>a load test is running; stop it or wait for it to end</source>
        <translation>负载测试正在运行；请停止它或等待其结束</translation>
    </message>
    <message>
        <source>Showing run %1, “%2”</source>
        <translation>正在显示运行 %1，“%2”</translation>
    </message>
    <message>
        <source>a load test is still running; export its report once it has ended</source>
        <translation>负载测试仍在运行；请在它结束后再导出报告</translation>
    </message>
    <message>
        <source>no run has ended yet: run a load test, or open or compare runs of the run history</source>
        <translation>尚无已结束的运行：请运行一次负载测试，或打开或比较运行历史中的运行</translation>
    </message>
    <message>
        <source>Remove %1…</source>
        <translation>删除 %1…</translation>
    </message>
    <message>
        <source>This run created the table %1 in %2, the database open in the window. Remove it, with the rows the run inserted?</source>
        <translation>本次运行在 %2（窗口中打开的数据库）中创建了表 %1。要删除它以及运行插入的行吗？</translation>
    </message>
    <message>
        <source>Remove the Load Table</source>
        <translation>删除负载表</translation>
    </message>
    <message>
        <source>there is no load table of the last run to remove</source>
        <translation>没有上一次运行的负载表可删除</translation>
    </message>
    <message numerus="yes">
        <source>Remove the table %1 from %2? The load test created it; it holds %n row(s). This cannot be undone.</source>
        <translation>
            <numerusform>要从 %2 中删除表 %1 吗？它由负载测试创建，包含 %n 行。此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the table %1 from %2? The load test created it. This cannot be undone.</source>
        <translation>要从 %2 中删除表 %1 吗？它由负载测试创建。此操作无法撤销。</translation>
    </message>
    <message>
        <source>The table %1 was removed from %2.</source>
        <translation>已从 %2 中删除表 %1。</translation>
    </message>
    <message>
        <source>Removed the load table %1 from %2</source>
        <translation>已从 %2 中删除负载表 %1</translation>
    </message>
    <message>
        <source>The table %1 stays: %2</source>
        <translation>表 %1 未被删除：%2</translation>
    </message>
    <message>
        <source>Trace a &amp;Program…</source>
        <translation>跟踪程序(&amp;P)…</translation>
    </message>
    <message>
        <source>Run a program of yours with LockLens&apos;s recorder and watch its SQLite locks</source>
        <translation>用 LockLens 的记录器运行你自己的程序，并观察它的 SQLite 锁</translation>
    </message>
    <message>
        <source>a traced program is still running; export its report once it has ended</source>
        <translation>被跟踪的程序仍在运行；请在它结束后导出报告</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>跟踪</translation>
    </message>
    <message>
        <source>The program could not be started: %1</source>
        <translation>无法启动该程序：%1</translation>
    </message>
    <message>
        <source>Trace a Program</source>
        <translation>跟踪程序</translation>
    </message>
    <message>
        <source>a program is being traced already: stop it first</source>
        <translation>已有程序正在被跟踪：请先停止它</translation>
    </message>
    <message>
        <source>the program could not be started</source>
        <translation type="vanished">无法启动该程序</translation>
    </message>
    <message>
        <source>trace: %1</source>
        <translation>跟踪：%1</translation>
    </message>
    <message>
        <source>Run on &amp;PostgreSQL Too</source>
        <translation type="vanished">也在 PostgreSQL 上运行(&amp;P)</translation>
    </message>
    <message>
        <source>Run the last SQLite load test again on PostgreSQL (a temporary cluster, or the server of your last PostgreSQL run) and compare the two runs</source>
        <translation>在 PostgreSQL 上再次运行上一个 SQLite 负载测试（临时集群，或您上次 PostgreSQL 运行所用的服务器），并比较这两次运行</translation>
    </message>
    <message>
        <source>no SQLite run has ended and been kept yet</source>
        <translation>还没有已结束并保存的 SQLite 运行</translation>
    </message>
    <message>
        <source>Run on PostgreSQL Too</source>
        <translation>也在 PostgreSQL 上运行</translation>
    </message>
    <message>
        <source>The run on PostgreSQL cannot start: %1</source>
        <translation>无法开始在 PostgreSQL 上的运行：%1</translation>
    </message>
    <message>
        <source>The two runs cannot be compared: %1</source>
        <translation>无法比较这两次运行：%1</translation>
    </message>
    <message>
        <source>Run on PostgreSQL &amp;Too</source>
        <translation>也在 PostgreSQL 上运行(&amp;T)</translation>
    </message>
</context>
<context>
    <name>LockLens::LoadRun</name>
    <message>
        <source>pool thread %1</source>
        <translation>池线程 %1</translation>
    </message>
    <message>
        <source>worker %1</source>
        <translation>工作线程 %1</translation>
    </message>
    <message>
        <source>writer</source>
        <translation>写入线程</translation>
    </message>
    <message>
        <source>reader %1</source>
        <translation>读取线程 %1</translation>
    </message>
    <message>
        <source>the native path needs Qt&apos;s SQLite driver to run on the SQLite LockLens links, but this driver carries its own copy (use --driver auto or qt)</source>
        <translation>原生路径要求 Qt 的 SQLite 驱动使用 LockLens 链接的 SQLite，但此驱动自带一份 SQLite（请使用 --driver auto 或 qt）</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 是文件夹，不是数据库文件</translation>
    </message>
    <message>
        <source>cannot create %1: the folder %2 does not exist</source>
        <translation>无法创建 %1：文件夹 %2 不存在</translation>
    </message>
    <message>
        <source>cannot create the load table %1: %2</source>
        <translation>无法创建负载表 %1：%2</translation>
    </message>
    <message>
        <source>cannot write to %1: the file is read-only</source>
        <translation>无法写入 %1：文件是只读的</translation>
    </message>
    <message>
        <source>cannot prefill %1: %2</source>
        <translation>无法预填充 %1：%2</translation>
    </message>
    <message>
        <source>cannot count the rows of %1: %2</source>
        <translation>无法统计 %1 的行数：%2</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver carries its own SQLite copy: the spin policy falls back to SQLite&apos;s own busy timeout, and lock waits are not measured</source>
        <translation>Qt 的 SQLite 驱动自带一份 SQLite：自旋策略退回到 SQLite 自己的 busy 超时，且不测量锁等待</translation>
    </message>
    <message>
        <source>without the native path the shared connection is used through QSqlQuery from several threads (behind the mutex), which Qt does not promise to support</source>
        <translation>不使用原生路径时，共享连接会通过 QSqlQuery 被多个线程（在互斥锁保护下）使用，而 Qt 并不保证支持这种用法</translation>
    </message>
    <message>
        <source>the run could not go on: %1</source>
        <translation>运行无法继续：%1</translation>
    </message>
    <message>
        <source>worker %1: %2</source>
        <translation>工作线程 %1：%2</translation>
    </message>
    <message>
        <source>shared connection: %1</source>
        <translation>共享连接：%1</translation>
    </message>
    <message>
        <source>cannot count the rows after the run: %1</source>
        <translation>运行后无法统计行数：%1</translation>
    </message>
    <message>
        <source>cannot count the rows of the split files after the run: %1</source>
        <translation>运行后无法统计拆分文件的行数：%1</translation>
    </message>
    <message>
        <source>pool thread %1: %2</source>
        <translation>池线程 %1：%2</translation>
    </message>
    <message>
        <source>only %1 of %2 pool threads started</source>
        <translation>%2 个池线程中只有 %1 个启动</translation>
    </message>
    <message>
        <source>reader %1: %2</source>
        <translation>读取线程 %1：%2</translation>
    </message>
    <message>
        <source>cannot set up the split file %1: %2</source>
        <translation>无法设置拆分文件 %1：%2</translation>
    </message>
    <message>
        <source>writer: %1</source>
        <translation>写入线程：%1</translation>
    </message>
    <message>
        <source>The setup waited for a lock another connection held: it took %1 s.</source>
        <translation>准备阶段等待了另一个连接持有的锁：耗时 %1 秒。</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>the table %1 in %2 exists but is not a LockLens load table (it needs id INTEGER PRIMARY KEY, worker, value and payload); choose another table name</source>
        <translation>%2 中的表 %1 已存在，但不是 LockLens 负载表（需要 id INTEGER PRIMARY KEY、worker、value 和 payload）；请另选表名</translation>
    </message>
    <message>
        <source>stopped after the setup had waited %1 s for a lock another connection held on the database; the load did not start (%2)</source>
        <translation>准备阶段等待另一个连接在数据库上持有的锁 %1 秒后停止；负载未开始（%2）</translation>
    </message>
    <message>
        <source>another connection held a lock on the database: the setup waited %1 s of the %2 s it could (the busy timeout, or the run&apos;s duration if shorter), so the load did not start (%3)</source>
        <translation>另一个连接在数据库上持有锁：准备阶段在最多可等待的 %2 秒（busy 超时；若运行时长更短，则为运行时长）中等待了 %1 秒，因此负载未开始（%3）</translation>
    </message>
    <message>
        <source>The database was locked by another connection: a lock that blocks even readers (EXCLUSIVE or PENDING, as a rollback-journal writer takes to commit, or BEGIN EXCLUSIVE), or the write lock when the run had to create its table. The setup waits for it as long as the run would last.</source>
        <translation>数据库被另一个连接锁定：要么是连读取者也会被阻塞的锁（EXCLUSIVE 或 PENDING，即回滚日志模式下写入者提交时获取的锁，或 BEGIN EXCLUSIVE），要么是运行需要创建其表时的写锁。准备阶段会等待该锁，最长等待运行本应持续的时间。</translation>
    </message>
    <message>
        <source>stopped while waiting for a lock another connection held on the database (%1)</source>
        <translation>在等待另一个连接在数据库上持有的锁时停止（%1）</translation>
    </message>
    <message>
        <source>another connection held a lock on the database through the %1 s the checks after the load wait (%2)</source>
        <translation>在负载结束后的检查所等待的 %1 秒内，另一个连接一直在数据库上持有锁（%2）</translation>
    </message>
    <message>
        <source>not checked: another connection held a lock on the database (%1)</source>
        <translation>未检查：另一个连接在数据库上持有锁（%1）</translation>
    </message>
    <message>
        <source>verify_heapam found %1 problems in %2</source>
        <translation>verify_heapam 在 %2 中发现 %1 个问题</translation>
    </message>
    <message>
        <source>the primary key&apos;s index of %1 reaches %2 rows, the table holds %3</source>
        <translation>%1 的主键索引可到达 %2 行，而表中有 %3 行</translation>
    </message>
    <message>
        <source>no server named (--server) and none installed to start a temporary one: %1</source>
        <translation>未指定服务器（--server），也没有安装可启动临时集群的程序：%1</translation>
    </message>
    <message>
        <source>cannot start a temporary PostgreSQL cluster: %1</source>
        <translation>无法启动临时 PostgreSQL 集群：%1</translation>
    </message>
    <message>
        <source>cannot read the server&apos;s connection limit on %1: %2</source>
        <translation>无法读取 %1 的连接上限：%2</translation>
    </message>
    <message>
        <source>%1 accepts %2 more connections (max_connections less those reserved and in use), but the run opens %3: run fewer workers or readers, or raise max_connections</source>
        <translation>%1 还能接受 %2 个连接（max_connections 减去保留和已用的连接），但运行要打开 %3 个：请减少工作线程或读取线程，或调高 max_connections</translation>
    </message>
    <message>
        <source>cannot read the tables of %1: %2</source>
        <translation>无法读取 %1 的表：%2</translation>
    </message>
    <message>
        <source>the table %1 on %2 exists but is not a LockLens load table (it needs id bigint PRIMARY KEY, worker integer, value bigint and payload bytea); choose another table name</source>
        <translation>%2 上的表 %1 已存在，但不是 LockLens 负载表（需要 id bigint PRIMARY KEY、worker integer、value bigint 和 payload bytea）；请另选表名</translation>
    </message>
    <message>
        <source>cannot create the load table %1 on %2: %3</source>
        <translation>无法在 %2 上创建负载表 %1：%3</translation>
    </message>
    <message>
        <source>Sampling the lock waits on the server stopped: %1</source>
        <translation>对服务器上锁等待的采样已停止：%1</translation>
    </message>
    <message>
        <source>the native path steps statements through libpq on Qt&apos;s PostgreSQL driver&apos;s connection, which this build or driver does not allow (use --driver auto or qt)</source>
        <translation>原生路径通过 libpq 在 Qt 的 PostgreSQL 驱动的连接上执行语句，但此构建或驱动不允许这样做（请使用 --driver auto 或 qt）</translation>
    </message>
    <message>
        <source>Another session held a lock on the load table that the setup needed (LOCK TABLE, or an open transaction that changed the table&apos;s definition). The setup waits for it as long as the run would last (lock_timeout).</source>
        <translation>另一个会话持有准备阶段所需的负载表上的锁（LOCK TABLE，或一个修改了表定义且尚未结束的事务）。准备阶段会在运行持续的时间内一直等待它（lock_timeout）。</translation>
    </message>
    <message>
        <source>What some lock waits on the server were for is not known: pg_locks could not be read (%1)</source>
        <translation>服务器上部分锁等待的对象未知：无法读取 pg_locks（%1）</translation>
    </message>
</context>
<context>
    <name>LockLens::LoadTable</name>
    <message>
        <source>%1 is not a LockLens load table (it needs id INTEGER PRIMARY KEY, worker, value and payload): it stays as it is</source>
        <translation>%1 不是 LockLens 负载表（需要 id INTEGER PRIMARY KEY、worker、value 和 payload）：保持原样</translation>
    </message>
    <message>
        <source>cannot remove %1 from %2: %3</source>
        <translation>无法从 %2 中删除 %1：%3</translation>
    </message>
</context>
<context>
    <name>LockLens::LoadWizard</name>
    <message>
        <source>Load Test</source>
        <translation>负载测试</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>%1 page: %2</source>
        <translation>%1 页：%2</translation>
    </message>
    <message>
        <source>Load Scenario</source>
        <translation>加载场景</translation>
    </message>
    <message>
        <source>Scenarios (*.json);;All files (*)</source>
        <translation>场景 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save Scenario</source>
        <translation>保存场景</translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation>%1（未知）</translation>
    </message>
</context>
<context>
    <name>LockLens::LockTimeline</name>
    <message>
        <source>control</source>
        <translation>控制连接</translation>
    </message>
    <message>
        <source>shared connection</source>
        <translation>共享连接</translation>
    </message>
    <message>
        <source>conn%1 · %2</source>
        <translation>连接%1 · %2</translation>
    </message>
</context>
<context>
    <name>LockLens::LockTimelinePanel</name>
    <message>
        <source>&lt;b&gt;Lock timeline&lt;/b&gt; — a lane per connection. Wheel: zoom, drag: pan, double-click: all.</source>
        <translation>&lt;b&gt;锁时间线&lt;/b&gt; — 每个连接一条泳道。滚轮：缩放，拖动：平移，双击：全部。</translation>
    </message>
    <message>
        <source>Each lane shows the connection&apos;s lock on the database file (wide band), the WAL write and checkpoint locks (thin band), hatched while it waits.</source>
        <translation>每条泳道显示该连接在数据库文件上的锁（宽带）、WAL 写锁和检查点锁（窄带），等待时以阴影显示。</translation>
    </message>
</context>
<context>
    <name>LockLens::LockTimelineView</name>
    <message>
        <source>waiting for a lock (measured)</source>
        <translation>等待锁（实测）</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待</translation>
    </message>
    <message>
        <source>No lock states recorded yet.</source>
        <translation>尚未记录锁状态。</translation>
    </message>
    <message>
        <source>waiting for a lock from %1 for %2 (measured by the busy handler)</source>
        <translation>从 %1 起等待锁 %2（由 busy 处理器测量）</translation>
    </message>
    <message>
        <source>not waiting for a lock</source>
        <translation>未在等待锁</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 on the database file from %2 for %3</source>
        <translation>数据库文件上的 %1，从 %2 起持续 %3</translation>
    </message>
    <message>
        <source>no lock on the database file</source>
        <translation>数据库文件上无锁</translation>
    </message>
    <message>
        <source>WAL WRITE from %1 for %2</source>
        <translation>WAL WRITE，从 %1 起持续 %2</translation>
    </message>
    <message>
        <source>waiting for %1 since %2 (%3 so far)</source>
        <translation>自 %2 起等待 %1（已 %3）</translation>
    </message>
    <message>
        <source>waiting for a lock in the server (sampled %1 times a second)</source>
        <translation>在服务器内等待锁（每秒采样 %1 次）</translation>
    </message>
    <message>
        <source>waiting for a lock in the server from %1 for %2 (sampled %3 times a second)</source>
        <translation>自 %1 起在服务器中等待锁，持续 %2（每秒采样 %3 次）</translation>
    </message>
</context>
<context>
    <name>LockLens::MainWindow</name>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db *.db3);;All files (*)</source>
        <translation>SQLite 数据库 (*.sqlite *.sqlite3 *.db *.db3);;所有文件 (*)</translation>
    </message>
    <message>
        <source>LockLens</source>
        <translation>LockLens</translation>
    </message>
    <message>
        <source>No database</source>
        <translation>无数据库</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Foreign-Key Diagram</source>
        <translation>外键图</translation>
    </message>
    <message>
        <source>SQL Console</source>
        <translation>SQL 控制台</translation>
    </message>
    <message>
        <source>Pragmas</source>
        <translation>Pragma</translation>
    </message>
    <message>
        <source>Load Lab</source>
        <translation>负载实验室</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open Read-&amp;Only…</source>
        <translation>只读打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open Shared &amp;In-Memory Database…</source>
        <translation>打开共享内存数据库(&amp;I)…</translation>
    </message>
    <message>
        <source>Create &amp;Demo Database…</source>
        <translation>创建演示数据库(&amp;D)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Reload Schema</source>
        <translation>重新加载结构(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>数据(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Foreign-Key Diagram</source>
        <translation>外键图(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;SQL Console</source>
        <translation>SQL 控制台(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Pragmas</source>
        <translation>Pragma(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Load Lab</source>
        <translation>负载实验室(&amp;L)</translation>
    </message>
    <message>
        <source>Run &amp;History</source>
        <translation>运行历史(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About LockLens</source>
        <translation>关于 LockLens(&amp;A)</translation>
    </message>
    <message>
        <source>About LockLens</source>
        <translation>关于 LockLens</translation>
    </message>
    <message>
        <source>&lt;b&gt;LockLens %1&lt;/b&gt;&lt;p&gt;See SQLite&apos;s locks under concurrent load, and its schemas: rowids, foreign keys and what is wrong with them.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;b&gt;LockLens %1&lt;/b&gt;&lt;p&gt;观察 SQLite 在并发负载下的锁，以及它的数据库结构：rowid、外键及其问题所在。&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>The new language takes effect when LockLens restarts.</source>
        <translation>新语言将在 LockLens 重新启动后生效。</translation>
    </message>
    <message>
        <source>%1 (read-only) — LockLens</source>
        <translation>%1（只读）— LockLens</translation>
    </message>
    <message>
        <source>%1 — LockLens</source>
        <translation>%1 — LockLens</translation>
    </message>
    <message>
        <source>%1 — reading the schema…</source>
        <translation>%1 — 正在读取结构…</translation>
    </message>
    <message>
        <source>journal_mode %1</source>
        <translation>journal_mode %1</translation>
    </message>
    <message>
        <source>SQLite %1</source>
        <translation>SQLite %1</translation>
    </message>
    <message numerus="yes">
        <source>%n foreign key(s) cannot work: see the warning signs in the schema tree.</source>
        <translation>
            <numerusform>有 %n 个外键无法生效：请查看结构树中的警告标志。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no table %1 to open.</source>
        <translation>没有可打开的表 %1。</translation>
    </message>
    <message>
        <source>Open Database Read-Only</source>
        <translation>以只读方式打开数据库</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>%1 already exists; a new database needs a new file.</source>
        <translation>%1 已存在；新数据库需要一个新文件。</translation>
    </message>
    <message>
        <source>Shared In-Memory Database</source>
        <translation>共享内存数据库</translation>
    </message>
    <message>
        <source>Name (connections of LockLens that use the same name share it):</source>
        <translation>名称（使用相同名称的 LockLens 连接共享该数据库）：</translation>
    </message>
    <message>
        <source>Create Demo Database</source>
        <translation>创建演示数据库</translation>
    </message>
    <message>
        <source>Quit LockLens</source>
        <translation>退出 LockLens</translation>
    </message>
    <message>
        <source>A load test is running. Stop it and quit?</source>
        <translation>负载测试正在运行。要停止并退出吗？</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <source>Write a report of the load lab&apos;s run or comparison: HTML, PDF, Markdown, CSV or JSON</source>
        <translation>为负载实验室的运行或比较写出报告：HTML、PDF、Markdown、CSV 或 JSON</translation>
    </message>
    <message>
        <source>Nothing to export: %1</source>
        <translation>没有可导出的内容：%1</translation>
    </message>
    <message>
        <source>No report was written: %1</source>
        <translation>未写出报告：%1</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Read the schema again; after a lock, open every page afresh</source>
        <translation>重新读取结构；若曾被锁定，则重新打开每个页面</translation>
    </message>
    <message>
        <source>Reopen Read-Only</source>
        <translation>以只读方式重新打开</translation>
    </message>
    <message>
        <source>Open this database again, read-only: nothing can write to it</source>
        <translation>以只读方式再次打开此数据库：无法对其进行任何写入</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>Back to where the data grid was (Alt+Left)</source>
        <translation>返回数据表格之前的位置（Alt+Left）</translation>
    </message>
    <message>
        <source>Forward again (Alt+Right)</source>
        <translation>再次前进（Alt+Right）</translation>
    </message>
    <message>
        <source>There is no table %1 any more.</source>
        <translation>表 %1 已不存在。</translation>
    </message>
    <message>
        <source>%1 is no longer locked.</source>
        <translation>%1 已不再被锁定。</translation>
    </message>
    <message>
        <source>The SQL console has a transaction open: COMMIT or ROLLBACK there lets go of its lock.</source>
        <translation>SQL 控制台有未结束的事务：在那里执行 COMMIT 或 ROLLBACK 即可释放其锁。</translation>
    </message>
    <message>
        <source>%1

The tables cannot be read while another connection holds its lock. Retry (F5) once it lets go.</source>
        <translation>%1

另一个连接持有锁时无法读取表。待其释放锁后请重试（F5）。</translation>
    </message>
    <message>
        <source>%1. LockLens reads it when you retry after the other connection lets go.</source>
        <translation>%1。待另一个连接释放锁后重试，LockLens 就会读取它。</translation>
    </message>
    <message>
        <source>The folder of %1 is read-only: SQLite cannot create the journal file a write needs, so every change will fail with &quot;attempt to write a readonly database&quot; (SQLITE_READONLY_DIRECTORY, code 1544).</source>
        <translation>%1 所在的文件夹是只读的：SQLite 无法创建写入所需的日志文件，因此每次修改都会因“attempt to write a readonly database”而失败（SQLITE_READONLY_DIRECTORY，代码 1544）。</translation>
    </message>
    <message>
        <source>%1 is read-only (its permissions): every change will fail with &quot;attempt to write a readonly database&quot;.</source>
        <translation>%1 是只读的（由其权限决定）：每次修改都会因“attempt to write a readonly database”而失败。</translation>
    </message>
    <message>
        <source>The database is empty: it has no tables or views yet. Create one in the SQL console.</source>
        <translation>数据库是空的：还没有任何表或视图。请在 SQL 控制台中创建。</translation>
    </message>
    <message>
        <source>The database has only SQLite&apos;s internal tables: pick one in the schema tree.</source>
        <translation>数据库中只有 SQLite 的内部表：请在结构树中选择一个。</translation>
    </message>
</context>
<context>
    <name>LockLens::OutputFile</name>
    <message>
        <source>the file name is empty</source>
        <translation>文件名为空</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name</source>
        <translation>%1 是文件夹；请给出文件名</translation>
    </message>
    <message>
        <source>%1 is %2: LockLens writes into files, devices and named pipes</source>
        <translation>%1 是%2：LockLens 只写入文件、设备和命名管道</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>cannot write into %1</source>
        <translation>无法在 %1 中写入文件</translation>
    </message>
    <message>
        <source>no process is reading this named pipe (start the reader first)</source>
        <translation>没有进程在读取此命名管道（请先启动读取方）</translation>
    </message>
    <message>
        <source>the file is not open</source>
        <translation>文件未打开</translation>
    </message>
</context>
<context>
    <name>LockLens::Postgres::ServerAddress</name>
    <message>
        <source>no PostgreSQL server given</source>
        <translation>未指定 PostgreSQL 服务器</translation>
    </message>
    <message>
        <source>%1:// is not a PostgreSQL address: it starts with postgresql:// or postgres://</source>
        <translation>%1:// 不是 PostgreSQL 地址：应以 postgresql:// 或 postgres:// 开头</translation>
    </message>
    <message>
        <source>a broken %-escape in &quot;%1&quot; (a % is followed by two hex digits)</source>
        <translation>“%1”中的 % 转义有误（% 后应跟两位十六进制数字）</translation>
    </message>
    <message>
        <source>several hosts (%1): name one server</source>
        <translation>多个主机（%1）：请只指定一个服务器</translation>
    </message>
    <message>
        <source>an IPv6 address without its closing ] in &quot;%1&quot;</source>
        <translation>“%1”中的 IPv6 地址缺少右方括号 ]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; after the IPv6 address</source>
        <translation>IPv6 地址后多出了“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the address&apos;s parameters is not key=value</source>
        <translation>地址参数中的“%1”不是 key=value 形式</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a postgresql:// address nor key=value words (host=... port=... dbname=...)</source>
        <translation>“%1”既不是 postgresql:// 地址，也不是 key=value 形式（host=... port=... dbname=...）</translation>
    </message>
    <message>
        <source>the value of %1 has no closing quote</source>
        <translation>%1 的值缺少右引号</translation>
    </message>
    <message>
        <source>the port %1 is not a number from 1 to 65535</source>
        <translation type="vanished">端口 %1 不是 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a libpq keyword</source>
        <translation>“%1”不是 libpq 关键字</translation>
    </message>
    <message>
        <source>the value of %1 contains a &apos;;&apos;, which Qt&apos;s PostgreSQL driver cannot pass on</source>
        <translation>%1 的值含有“;”，Qt 的 PostgreSQL 驱动无法传递它</translation>
    </message>
    <message>
        <source>an @ after a / or ?: a user or password holding / or ? is written with %2F and %3F (and an @ in a parameter&apos;s value as %40)</source>
        <translation>/ 或 ? 之后出现了 @：用户名或密码中的 / 和 ? 应写作 %2F 和 %3F（参数值中的 @ 应写作 %40）</translation>
    </message>
    <message>
        <source>a broken %-escape in the password (a % is followed by two hex digits; write %25 for %)</source>
        <translation>密码中的 % 转义无效（% 后应跟两位十六进制数字；% 本身写作 %25）</translation>
    </message>
    <message>
        <source>the port is not a number from 1 to 65535</source>
        <translation>端口不是 1 到 65535 之间的数字</translation>
    </message>
</context>
<context>
    <name>LockLens::Postgres::ServerConnection</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed: on Debian or Ubuntu, apt-get install libqt6sql6-psql</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（QPSQL）：Debian 或 Ubuntu 上请执行 apt-get install libqt6sql6-psql</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>cannot read the server&apos;s settings: %1</source>
        <translation>无法读取服务器的设置：%1</translation>
    </message>
</context>
<context>
    <name>LockLens::Postgres::TemporaryCluster</name>
    <message>
        <source>PostgreSQL does not run as root, and there is no user postgres or nobody to run it as</source>
        <translation>PostgreSQL 不能以 root 身份运行，而系统中没有可用来运行它的 postgres 或 nobody 用户</translation>
    </message>
    <message>
        <source>cannot make a folder for a temporary PostgreSQL: %1</source>
        <translation>无法为临时 PostgreSQL 创建文件夹：%1</translation>
    </message>
    <message>
        <source>cannot give %1 to the user %2</source>
        <translation>无法将 %1 交给用户 %2</translation>
    </message>
    <message>
        <source>initdb failed: %1</source>
        <translation>initdb 失败：%1</translation>
    </message>
    <message>
        <source>the temporary PostgreSQL did not start: %1</source>
        <translation>临时 PostgreSQL 未能启动：%1</translation>
    </message>
    <message>
        <source>%1 did not finish in %2 s</source>
        <translation>%1 未在 %2 秒内结束</translation>
    </message>
    <message>
        <source>%1 exited with status %2</source>
        <translation>%1 以状态 %2 退出</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s server programs (initdb, pg_ctl) are not installed: on Debian or Ubuntu, apt-get install postgresql; on macOS, brew install postgresql; or name a PostgreSQL server to use instead</source>
        <translation>未安装 PostgreSQL 服务器程序（initdb、pg_ctl）：Debian 或 Ubuntu 上请执行 apt-get install postgresql；macOS 上请执行 brew install postgresql；或改为指定一个 PostgreSQL 服务器</translation>
    </message>
</context>
<context>
    <name>LockLens::PragmaPanel</name>
    <message>
        <source>Negative: KiB; positive: pages. Press Enter to apply.</source>
        <translation>负数：KiB；正数：页数。按 Enter 应用。</translation>
    </message>
    <message>
        <source>Press Enter to apply.</source>
        <translation>按 Enter 应用。</translation>
    </message>
    <message>
        <source>Pragmas of the SQL console&apos;s connection</source>
        <translation>SQL 控制台连接的 Pragma</translation>
    </message>
    <message>
        <source>The SQL console runs on this connection too, so per-connection settings apply to its statements.</source>
        <translation>SQL 控制台也在此连接上运行，因此按连接的设置会作用于其中的语句。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read every pragma again</source>
        <translation>重新读取所有 pragma</translation>
    </message>
    <message>
        <source>in the file</source>
        <translation>在文件中</translation>
    </message>
    <message>
        <source>this connection</source>
        <translation>此连接</translation>
    </message>
    <message>
        <source>Kept in the database file: every connection sees it.</source>
        <translation>保存在数据库文件中：所有连接都能看到。</translation>
    </message>
    <message>
        <source>Applies to this connection only: each connection of your program has its own.</source>
        <translation>仅作用于此连接：程序的每个连接都有各自的设置。</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>没有打开的数据库。</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>0 (off)</source>
        <translation>0（关）</translation>
    </message>
    <message>
        <source>Read from %1 (%2).</source>
        <translation>读取自 %1（%2）。</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>读写</translation>
    </message>
    <message>
        <source>Cannot read it: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>The database is open read-only, and %1 is kept in the file.</source>
        <translation>数据库以只读方式打开，而 %1 保存在文件中。</translation>
    </message>
    <message>
        <source>SQLite reports %1, beyond what this box holds; change it in the SQL console.</source>
        <translation>SQLite 报告的值为 %1，超出此输入框的范围；请在 SQL 控制台中修改。</translation>
    </message>
    <message>
        <source>WAL is recorded in the database file: it changes how every program that opens the file locks it. Leaving WAL needs every other connection closed.</source>
        <translation>WAL 记录在数据库文件中：它会改变每个打开该文件的程序的加锁方式。退出 WAL 需要关闭所有其他连接。</translation>
    </message>
    <message>
        <source>A new page size applies at once only to an empty file; otherwise SQLite waits for VACUUM to rewrite the whole file (never in WAL mode).</source>
        <translation>新的页大小只会立即作用于空文件；否则 SQLite 要等 VACUUM 重写整个文件（WAL 模式下永远不会）。</translation>
    </message>
    <message>
        <source>Change %1?</source>
        <translation>修改 %1？</translation>
    </message>
    <message>
        <source>Change %1 from %2 to %3?

%4</source>
        <translation>将 %1 从 %2 改为 %3？

%4</translation>
    </message>
    <message>
        <source>Setting %1 to %2…</source>
        <translation>正在将 %1 设为 %2…</translation>
    </message>
    <message>
        <source>No connection to the database: %1. Refresh after the cause is gone, or Retry (F5) in the window.</source>
        <translation>没有到数据库的连接：%1。请在原因消除后刷新，或在窗口中重试（F5）。</translation>
    </message>
</context>
<context>
    <name>LockLens::Pragmas</name>
    <message>
        <source>SQLite returned no value for %1</source>
        <translation>SQLite 没有返回 %1 的值</translation>
    </message>
    <message>
        <source>journal_mode stays %1: an in-memory database has no file to keep a WAL next to, so SQLite keeps its journal in memory.</source>
        <translation>journal_mode 保持为 %1：内存数据库没有可在旁边存放 WAL 的文件，因此 SQLite 将日志保存在内存中。</translation>
    </message>
    <message>
        <source>page_size stays %1 bytes: in WAL mode the page size cannot change, not even with VACUUM. Switch journal_mode away from WAL, set page_size, then run VACUUM.</source>
        <translation>page_size 保持为 %1 字节：WAL 模式下页大小无法更改，VACUUM 也不行。请先将 journal_mode 切换出 WAL，设置 page_size，再运行 VACUUM。</translation>
    </message>
    <message>
        <source>page_size stays %1 bytes for now: SQLite uses %2-byte pages from the next VACUUM on this connection (VACUUM rewrites the whole file; run it in the SQL console).</source>
        <translation>page_size 暂时保持为 %1 字节：从此连接下一次 VACUUM 起，SQLite 将使用 %2 字节的页（VACUUM 会重写整个文件；请在 SQL 控制台中运行）。</translation>
    </message>
    <message>
        <source>foreign_keys stays %1: it cannot change inside an open transaction. Set it again after COMMIT or ROLLBACK.</source>
        <translation>foreign_keys 保持为 %1：在未结束的事务中无法更改。请在 COMMIT 或 ROLLBACK 之后重新设置。</translation>
    </message>
    <message>
        <source>foreign_keys stays %1: SQLite ignores the change inside an open transaction, or when built without foreign key support.</source>
        <translation>foreign_keys 保持为 %1：在未结束的事务中，或编译时未启用外键支持，SQLite 会忽略此更改。</translation>
    </message>
    <message>
        <source>SQLite kept %1=%2 (asked for %3).</source>
        <translation>SQLite 保持 %1=%2（请求的是 %3）。</translation>
    </message>
    <message>
        <source>How commits are made undoable, and so whether others can read during a write. WAL is kept in the file; the other modes hold per connection.</source>
        <translation>提交如何做到可撤销，从而决定写入期间其他连接能否读取。WAL 保存在文件中；其他模式按连接生效。</translation>
    </message>
    <message>
        <source>How often SQLite waits for the disk (fsync), so that commits survive a power loss.</source>
        <translation>SQLite 等待磁盘（fsync）的频率，以使提交在断电后得以保留。</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>How long a statement waits for another connection&apos;s lock before it fails with &quot;database is locked&quot;.</source>
        <translation>语句在因“database is locked”失败之前，等待另一个连接的锁的时长。</translation>
    </message>
    <message>
        <source>Whether this connection gives its lock on the file back after each transaction.</source>
        <translation>此连接是否在每个事务结束后释放其文件锁。</translation>
    </message>
    <message>
        <source> pages</source>
        <translation> 页</translation>
    </message>
    <message>
        <source>How large the WAL file may grow before a commit copies it back into the database (a checkpoint). Used in WAL mode only.</source>
        <translation>WAL 文件可增长到多大，之后由一次提交将其复制回数据库（检查点）。仅用于 WAL 模式。</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> 字节</translation>
    </message>
    <message>
        <source>The size of each page of the file. A new size applies only to an empty file, or when VACUUM rewrites it (never in WAL mode).</source>
        <translation>文件中每一页的大小。新大小只作用于空文件，或在 VACUUM 重写文件时生效（WAL 模式下永远不会）。</translation>
    </message>
    <message>
        <source>How much of the file this connection keeps in memory: a negative number is KiB, a positive one is pages.</source>
        <translation>此连接在内存中缓存文件的多少内容：负数表示 KiB，正数表示页数。</translation>
    </message>
    <message>
        <source>Whether this connection enforces FOREIGN KEY constraints. SQLite leaves them off unless a program turns them on.</source>
        <translation>此连接是否强制执行 FOREIGN KEY 约束。除非程序将其打开，否则 SQLite 默认关闭。</translation>
    </message>
    <message>
        <source>Readers and one writer at once: readers see the last commit made before they started.</source>
        <translation>读取者与一个写入者可同时进行：读取者看到的是它们开始之前的最后一次提交。</translation>
    </message>
    <message>
        <source>A writer blocks readers while it commits; the journal file is deleted after each transaction.</source>
        <translation>写入者提交时会阻塞读取者；每个事务结束后删除日志文件。</translation>
    </message>
    <message>
        <source>A writer blocks readers while it commits; the journal file is emptied after each transaction.</source>
        <translation>写入者提交时会阻塞读取者；每个事务结束后清空日志文件。</translation>
    </message>
    <message>
        <source>A writer blocks readers while it commits; the journal file stays, its header zeroed.</source>
        <translation>写入者提交时会阻塞读取者；日志文件保留，其文件头清零。</translation>
    </message>
    <message>
        <source>A writer blocks readers while it commits; the journal is in memory, so a crash mid-commit can corrupt the file.</source>
        <translation>写入者提交时会阻塞读取者；日志在内存中，因此提交中途崩溃可能损坏文件。</translation>
    </message>
    <message>
        <source>No journal: ROLLBACK does not work and a crash mid-commit can corrupt the file; a writer still blocks readers.</source>
        <translation>无日志：ROLLBACK 不起作用，提交中途崩溃可能损坏文件；写入者仍会阻塞读取者。</translation>
    </message>
    <message>
        <source>Never waits for the disk: fastest, but a power loss or OS crash can corrupt the database.</source>
        <translation>从不等待磁盘：最快，但断电或操作系统崩溃可能损坏数据库。</translation>
    </message>
    <message>
        <source>Safe from corruption in WAL mode; the last commits may be lost on a power loss.</source>
        <translation>WAL 模式下不会损坏；断电时可能丢失最后几次提交。</translation>
    </message>
    <message>
        <source>Fewer waits for the disk: outside WAL mode a power loss at the wrong moment can, rarely, corrupt the file.</source>
        <translation>较少等待磁盘：非 WAL 模式下，在错误的时刻断电可能（极少）损坏文件。</translation>
    </message>
    <message>
        <source>Waits for the disk at every commit: commits survive a power loss (in WAL mode NORMAL is usually enough).</source>
        <translation>每次提交都等待磁盘：提交在断电后得以保留（WAL 模式下 NORMAL 通常就足够了）。</translation>
    </message>
    <message>
        <source>Waits for the disk at every commit: commits survive a power loss.</source>
        <translation>每次提交都等待磁盘：提交在断电后得以保留。</translation>
    </message>
    <message>
        <source>Like FULL, and also waits for the directory after the journal is deleted.</source>
        <translation>与 FULL 相同，并且在删除日志后还会等待目录同步。</translation>
    </message>
    <message>
        <source>&quot;database is locked&quot; at once whenever another connection holds the lock.</source>
        <translation>只要另一个连接持有锁，就立即报告“database is locked”。</translation>
    </message>
    <message>
        <source>Waits up to %1 ms; a transaction that read first and then writes can still fail at once (BEGIN IMMEDIATE avoids that).</source>
        <translation>最多等待 %1 毫秒；先读后写的事务仍可能立即失败（BEGIN IMMEDIATE 可避免）。</translation>
    </message>
    <message>
        <source>This connection keeps its lock after its first read or write: others get &quot;database is locked&quot; until it closes.</source>
        <translation>此连接在首次读或写之后一直持有锁：在它关闭之前，其他连接都会得到“database is locked”。</translation>
    </message>
    <message>
        <source>Locks are given back at the end of each transaction.</source>
        <translation>每个事务结束时释放锁。</translation>
    </message>
    <message>
        <source>No automatic checkpoints: the WAL file grows until someone runs PRAGMA wal_checkpoint.</source>
        <translation>无自动检查点：WAL 文件会一直增长，直到有人运行 PRAGMA wal_checkpoint。</translation>
    </message>
    <message>
        <source>A commit that leaves more than %1 pages in the WAL checkpoints it; a long read holds the WAL from being reset.</source>
        <translation>提交后若 WAL 中超过 %1 页，就执行检查点；长时间的读取会阻止 WAL 被重置。</translation>
    </message>
    <message>
        <source>Every read and write moves whole %1-byte pages.</source>
        <translation>每次读写都以完整的 %1 字节页为单位。</translation>
    </message>
    <message>
        <source>About %1 KiB of page cache on this connection.</source>
        <translation>此连接约有 %1 KiB 页缓存。</translation>
    </message>
    <message>
        <source>%1 pages of page cache on this connection.</source>
        <translation>此连接有 %1 页页缓存。</translation>
    </message>
    <message>
        <source>Changes that break a FOREIGN KEY fail on this connection.</source>
        <translation>在此连接上，破坏 FOREIGN KEY 的修改会失败。</translation>
    </message>
    <message>
        <source>FOREIGN KEY constraints are not checked on this connection.</source>
        <translation>此连接不检查 FOREIGN KEY 约束。</translation>
    </message>
    <message>
        <source>%1 is not one of the pragmas LockLens changes.</source>
        <translation>%1 不是 LockLens 可修改的 pragma。</translation>
    </message>
    <message>
        <source>No value given for %1.</source>
        <translation>未给出 %1 的值。</translation>
    </message>
    <message>
        <source>%1 must be one of %2, not &quot;%3&quot;.</source>
        <translation>%1 必须是 %2 之一，而不是“%3”。</translation>
    </message>
    <message>
        <source>%1 must be ON or OFF, not &quot;%2&quot;.</source>
        <translation>%1 必须是 ON 或 OFF，而不是“%2”。</translation>
    </message>
    <message>
        <source>%1 needs a whole number, not &quot;%2&quot;.</source>
        <translation>%1 需要整数，而不是“%2”。</translation>
    </message>
    <message>
        <source>%1 must be a power of two from %2 to %3, not %4.</source>
        <translation>%1 必须是 %2 到 %3 之间的 2 的幂，而不是 %4。</translation>
    </message>
    <message>
        <source>%1 must be from %2 to %3, not %4.</source>
        <translation>%1 必须在 %2 到 %3 之间，而不是 %4。</translation>
    </message>
    <message>
        <source>%1 cannot change: the database is open read-only, and %1 is kept in the file.</source>
        <translation>%1 无法更改：数据库以只读方式打开，而 %1 保存在文件中。</translation>
    </message>
    <message>
        <source>SQLite refused %1=%2: %3.</source>
        <translation>SQLite 拒绝了 %1=%2：%3。</translation>
    </message>
    <message>
        <source>Another connection has the database open; leaving WAL needs every other connection closed.</source>
        <translation>另一个连接打开了该数据库；退出 WAL 需要关闭所有其他连接。</translation>
    </message>
    <message>
        <source>%1=%2 ran, but reading it back failed: %3</source>
        <translation>%1=%2 已执行，但读回失败：%3</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 现在为 %2。</translation>
    </message>
    <message>
        <source>%1 is now %2. %3</source>
        <translation>%1 现在为 %2。%3</translation>
    </message>
</context>
<context>
    <name>LockLens::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>系统默认（%1）</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language takes effect when LockLens restarts.</source>
        <translation>新语言将在 LockLens 重新启动后生效。</translation>
    </message>
</context>
<context>
    <name>LockLens::Presets</name>
    <message>
        <source>no preset named &apos;%1&apos; (known: %2)</source>
        <translation>没有名为“%1”的预设（已知：%2）</translation>
    </message>
</context>
<context>
    <name>LockLens::Related</name>
    <message>
        <source>%1 has no column %2</source>
        <translation>%1 没有列 %2</translation>
    </message>
    <message>
        <source>the row has no column %1</source>
        <translation>该行没有列 %1</translation>
    </message>
    <message>
        <source>there is no table %1</source>
        <translation>没有表 %1</translation>
    </message>
    <message>
        <source>the key&apos;s columns do not match</source>
        <translation>键的列不匹配</translation>
    </message>
</context>
<context>
    <name>LockLens::RelatedRowsPanel</name>
    <message>
        <source>Related rows</source>
        <translation>相关行</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>%1 (parent)</source>
        <translation>%1（父表）</translation>
    </message>
    <message>
        <source>%1 (children)</source>
        <translation>%1（子表）</translation>
    </message>
    <message>
        <source>This row&apos;s %1 refers to %2.</source>
        <translation>此行的 %1 引用 %2。</translation>
    </message>
    <message>
        <source>Rows of %1 whose %2 refer to this row.</source>
        <translation>%1 中其 %2 引用此行的行。</translation>
    </message>
    <message>
        <source>cannot look up</source>
        <translation>无法查找</translation>
    </message>
    <message>
        <source>NULL: refers to nothing</source>
        <translation>NULL：不引用任何行</translation>
    </message>
    <message>
        <source>missing: a violation</source>
        <translation>缺失：违反约束</translation>
    </message>
    <message>
        <source>No row of %1 holds this key; PRAGMA foreign_key_check reports this row.</source>
        <translation>%1 中没有行具有此键；PRAGMA foreign_key_check 会报告此行。</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>Not counted: no index on %1(%2), so counting would read the whole table.</source>
        <translation>未计数：%1(%2) 上没有索引，计数需要读取整个表。</translation>
    </message>
    <message>
        <source>Double-click to open this row of %1</source>
        <translation>双击打开 %1 中的这一行</translation>
    </message>
    <message>
        <source>… more rows: open %1 and filter to see them all</source>
        <translation>…… 更多行：打开 %1 并筛选以查看全部</translation>
    </message>
    <message>
        <source>No foreign keys lead to or from this table.</source>
        <translation>没有指向或来自此表的外键。</translation>
    </message>
</context>
<context>
    <name>LockLens::Report</name>
    <message>
        <source>The run ended early: %1</source>
        <translation>运行提前结束：%1</translation>
    </message>
    <message>
        <source>The database was not checked after the run.</source>
        <translation>运行结束后未检查数据库。</translation>
    </message>
    <message>
        <source>The database could not be checked after the run: %1</source>
        <translation>运行结束后无法检查数据库：%1</translation>
    </message>
    <message>
        <source>Nothing lost: lost rows 0 (%1 rows expected, %2 present), integrity ok.</source>
        <translation>没有丢失：丢失 0 行（预期 %1 行，实有 %2 行），完整性正常。</translation>
    </message>
    <message>
        <source>Lost rows: %1 rows acknowledged as committed are missing (%2 expected, %3 present).</source>
        <translation>丢失了行：%1 行已确认提交，但现已缺失（预期 %2 行，实有 %3 行）。</translation>
    </message>
    <message>
        <source>PRAGMA integrity_check did not say ok: %1</source>
        <translation>PRAGMA integrity_check 的结果不是 ok：%1</translation>
    </message>
    <message>
        <source>The %1 clients spent %2 of their time waiting for the application&apos;s mutex or queue (%3 s).</source>
        <translation>%1 个客户端线程把 %2 的时间花在等待应用的互斥锁或队列上（%3 秒）。</translation>
    </message>
    <message>
        <source>%1 transactions got SQLITE_BUSY as they started (busy policy %2, timeout %3 ms).</source>
        <translation>%1 个事务在开始时遇到 SQLITE_BUSY（busy 策略 %2，超时 %3 毫秒）。</translation>
    </message>
    <message>
        <source>%1 operations gave up after waiting the whole busy timeout of %2 ms.</source>
        <translation>%1 次操作等满了 %2 毫秒的 busy 超时后放弃。</translation>
    </message>
    <message>
        <source>%1 of the transactions failed (%2 of %3, after %4 retries).</source>
        <translation>%1 的事务失败（%3 个中有 %2 个，已重试 %4 次）。</translation>
    </message>
    <message>
        <source>%1 completed no operation while %2 completed %3.</source>
        <translation>%1 一次操作也没有完成，而 %2 完成了 %3 次。</translation>
    </message>
    <message>
        <source>The lock was not shared fairly: %1 completed %2 the operations of %3 (%4 against %5).</source>
        <translation>锁的分配不公平：%1 完成的操作数是 %3 的 %2（%4 对 %5）。</translation>
    </message>
    <message>
        <source>One operation in 1,000 took %1 ms or more, %2 times the median of %3 ms (the longest %4 ms).</source>
        <translation>每 1,000 次操作中就有 1 次耗时 %1 毫秒或更久，是中位数 %3 毫秒的 %2 倍（最长 %4 毫秒）。</translation>
    </message>
    <message>
        <source>%1 reached %2 the throughput of %3 (%4 against %5 ops/s).</source>
        <translation>%1 的吞吐量是 %3 的 %2（%4 对 %5 次操作/秒）。</translation>
    </message>
    <message>
        <source>Throughput differs by less than %1% between the runs (best: %2, %3 ops/s).</source>
        <translation>各运行之间的吞吐量相差不到 %1%（最高：%2，%3 次操作/秒）。</translation>
    </message>
    <message>
        <source>Clients of %1 waited for locks %2 of their time, those of %3 only %4.</source>
        <translation>%1 的客户端线程有 %2 的时间在等待锁，而 %3 的只有 %4。</translation>
    </message>
    <message>
        <source>seconds since the load started</source>
        <translation>负载开始后的秒数</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>每秒</translation>
    </message>
    <message>
        <source>operations/s</source>
        <translation>操作/秒</translation>
    </message>
    <message>
        <source>commits/s</source>
        <translation>提交/秒</translation>
    </message>
    <message>
        <source>Throughput per worker</source>
        <translation>各工作线程的吞吐量</translation>
    </message>
    <message>
        <source>Lock waits</source>
        <translation>锁等待</translation>
    </message>
    <message>
        <source>clients waiting (s/s)</source>
        <translation>等待中的客户端线程（秒/秒）</translation>
    </message>
    <message>
        <source>waiting for SQLite&apos;s locks</source>
        <translation type="vanished">等待 SQLite 锁</translation>
    </message>
    <message>
        <source>waiting for the application</source>
        <translation>等待应用</translation>
    </message>
    <message>
        <source>Lock waits per worker</source>
        <translation>各工作线程的锁等待</translation>
    </message>
    <message>
        <source>waiting (s/s)</source>
        <translation>等待（秒/秒）</translation>
    </message>
    <message>
        <source>Busy events and errors</source>
        <translation>busy 事件与错误</translation>
    </message>
    <message>
        <source>busy events/s</source>
        <translation>busy 事件/秒</translation>
    </message>
    <message>
        <source>errors/s</source>
        <translation>错误/秒</translation>
    </message>
    <message>
        <source>Operation latency</source>
        <translation>操作延迟</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>clients waiting for SQLite&apos;s locks (s/s)</source>
        <translation type="vanished">等待 SQLite 锁的客户端线程（秒/秒）</translation>
    </message>
    <message>
        <source>Busy events</source>
        <translation>busy 事件</translation>
    </message>
    <message>
        <source>Operation latency p99</source>
        <translation>操作延迟 p99</translation>
    </message>
    <message>
        <source>The database could not be checked: %1</source>
        <translation>无法检查数据库：%1</translation>
    </message>
    <message>
        <source>Verified:</source>
        <translation>已验证：</translation>
    </message>
    <message>
        <source>Verification failed:</source>
        <translation>验证失败：</translation>
    </message>
    <message>
        <source>lost rows %1 (%2 rows expected, %3 present), integrity %4.</source>
        <translation>丢失 %1 行（预期 %2 行，实有 %3 行），完整性 %4。</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>工作线程</translation>
    </message>
    <message>
        <source>Seconds in each lock</source>
        <translation>各锁状态下的秒数</translation>
    </message>
    <message>
        <source>Locks were not recorded in this run.</source>
        <translation>本次运行未记录锁。</translation>
    </message>
    <message>
        <source>First error of each kind</source>
        <translation>各类错误的首次出现</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>随时间变化</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Written by LockLens %1.</source>
        <translation>由 LockLens %1 生成。</translation>
    </message>
    <message>
        <source>**Warning:** </source>
        <translation>**警告：** </translation>
    </message>
    <message>
        <source>## Conclusions

</source>
        <translation>## 结论

</translation>
    </message>
    <message>
        <source>## Summary

</source>
        <translation>## 摘要

</translation>
    </message>
    <message>
        <source>## Scenario

</source>
        <translation>## 场景

</translation>
    </message>
    <message>
        <source>## Workers: %1

</source>
        <translation>## 工作线程：%1

</translation>
    </message>
    <message>
        <source>## Workers

</source>
        <translation>## 工作线程

</translation>
    </message>
    <message>
        <source>## Seconds in each lock: %1

</source>
        <translation type="vanished">## 各锁状态下的秒数：%1

</translation>
    </message>
    <message>
        <source>## Seconds in each lock

</source>
        <translation type="vanished">## 各锁状态下的秒数

</translation>
    </message>
    <message>
        <source>Locks were not recorded in this run.

</source>
        <translation type="vanished">本次运行未记录锁。

</translation>
    </message>
    <message>
        <source>First error of each kind:

</source>
        <translation>各类错误的首次出现：

</translation>
    </message>
    <message>
        <source>Warnings:

</source>
        <translation>警告：

</translation>
    </message>
    <message>
        <source>## Environment

</source>
        <translation>## 环境

</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>SQLite version</source>
        <translation>SQLite 版本</translation>
    </message>
    <message>
        <source>SQLite source</source>
        <translation>SQLite 来源</translation>
    </message>
    <message>
        <source>SQLite LockLens links</source>
        <translation>LockLens 链接的 SQLite</translation>
    </message>
    <message>
        <source>Driver path</source>
        <translation>驱动路径</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Qt 版本</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>CPU architecture</source>
        <translation>CPU 架构</translation>
    </message>
    <message>
        <source>CPU count</source>
        <translation>CPU 数量</translation>
    </message>
    <message>
        <source>File system of the database</source>
        <translation>数据库所在的文件系统</translation>
    </message>
    <message>
        <source>Busy handler installed</source>
        <translation>已安装 busy 处理器</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>时钟</translation>
    </message>
    <message>
        <source>LockLens version</source>
        <translation>LockLens 版本</translation>
    </message>
    <message>
        <source>%1 is not a LockLens run (it has no summary)</source>
        <translation type="vanished">%1 不是 LockLens 运行（没有摘要）</translation>
    </message>
    <message>
        <source>run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>no run to report</source>
        <translation>没有可写入报告的运行</translation>
    </message>
    <message>
        <source>no data in the series</source>
        <translation>序列中没有数据</translation>
    </message>
    <message>
        <source>Throughput (ops/s)</source>
        <translation>吞吐量（次操作/秒）</translation>
    </message>
    <message>
        <source>Commits (tx/s)</source>
        <translation>提交（个事务/秒）</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>时长（秒）</translation>
    </message>
    <message>
        <source>Committed operations</source>
        <translation>已提交的操作数</translation>
    </message>
    <message>
        <source>Committed transactions</source>
        <translation>已提交的事务数</translation>
    </message>
    <message>
        <source>Failed transactions</source>
        <translation>失败的事务</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>重试次数</translation>
    </message>
    <message>
        <source>Busy-handler calls</source>
        <translation>busy 处理器调用次数</translation>
    </message>
    <message>
        <source>Waiting for SQLite&apos;s locks</source>
        <translation type="vanished">等待 SQLite 锁</translation>
    </message>
    <message>
        <source>%1 s (%2)</source>
        <translation>%1 秒（%2）</translation>
    </message>
    <message>
        <source>Waiting for the application</source>
        <translation>等待应用</translation>
    </message>
    <message>
        <source>Latency p50 (ms)</source>
        <translation>延迟 p50（毫秒）</translation>
    </message>
    <message>
        <source>Latency p99 (ms)</source>
        <translation>延迟 p99（毫秒）</translation>
    </message>
    <message>
        <source>Latency p50 / p99 / p99.9 / max (ms)</source>
        <translation>延迟 p50 / p99 / p99.9 / 最大值（毫秒）</translation>
    </message>
    <message>
        <source>Commit latency p50 / p99 / p99.9 / max (ms)</source>
        <translation>提交延迟 p50 / p99 / p99.9 / 最大值（毫秒）</translation>
    </message>
    <message>
        <source>Transaction latency p50 / p99 / p99.9 / max (ms)</source>
        <translation>事务延迟 p50 / p99 / p99.9 / 最大值（毫秒）</translation>
    </message>
    <message>
        <source>Errors: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Rows expected / present</source>
        <translation>预期行数 / 实有行数</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>Lost rows</source>
        <translation>丢失的行</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>完整性</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Journal mode</source>
        <translation>日志模式</translation>
    </message>
    <message>
        <source>Synchronous</source>
        <translation>同步模式</translation>
    </message>
    <message>
        <source>Workers / readers</source>
        <translation>工作线程 / 读取线程</translation>
    </message>
    <message>
        <source>Connection strategy</source>
        <translation>连接策略</translation>
    </message>
    <message>
        <source>Transaction mode</source>
        <translation>事务模式</translation>
    </message>
    <message>
        <source>Operations per transaction</source>
        <translation>每个事务的操作数</translation>
    </message>
    <message>
        <source>Operation mix</source>
        <translation>操作组合</translation>
    </message>
    <message>
        <source>Payload (bytes)</source>
        <translation>负载数据（字节）</translation>
    </message>
    <message>
        <source>Busy policy / timeout / tries</source>
        <translation>busy 策略 / 超时 / 尝试次数</translation>
    </message>
    <message>
        <source>%1 / %2 ms / %3</source>
        <translation>%1 / %2 毫秒 / %3</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>SQLite compile options</source>
        <translation>SQLite 编译选项</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>工作线程</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>ops/s</source>
        <translation>次操作/秒</translation>
    </message>
    <message>
        <source>tx/s</source>
        <translation>个事务/秒</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>操作数</translation>
    </message>
    <message>
        <source>Failed tx</source>
        <translation>失败的事务</translation>
    </message>
    <message>
        <source>Lock wait (s)</source>
        <translation>锁等待（秒）</translation>
    </message>
    <message>
        <source>App wait (s)</source>
        <translation>应用等待（秒）</translation>
    </message>
    <message>
        <source>p50 (ms)</source>
        <translation>p50（毫秒）</translation>
    </message>
    <message>
        <source>p99 (ms)</source>
        <translation>p99（毫秒）</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>%1 (s)</source>
        <translation>%1（秒）</translation>
    </message>
    <message>
        <source>Transitions</source>
        <translation>状态转换次数</translation>
    </message>
    <message>
        <source>Busy attempts</source>
        <translation>busy 尝试次数</translation>
    </message>
    <message>
        <source>The %1 clients spent %2 of their time waiting for SQLite&apos;s locks (%3 s of %4 client-seconds).</source>
        <translation type="vanished">%1 个客户端线程把 %2 的时间花在等待 SQLite 锁上（%3 秒，共 %4 客户端·秒）。</translation>
    </message>
    <message>
        <source>%1 times a transaction failed to upgrade its read lock to a write lock (%2 SQLITE_BUSY on the first write, %3 SQLITE_BUSY_SNAPSHOT): no busy timeout can cure that; use BEGIN IMMEDIATE for transactions that write.</source>
        <translation>有 %1 次，事务未能将读锁升级为写锁（首次写入时 SQLITE_BUSY %2 次，SQLITE_BUSY_SNAPSHOT %3 次）：任何 busy 超时都解决不了这个问题；执行写入的事务请使用 BEGIN IMMEDIATE。</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>运行 %1</translation>
    </message>
    <message>
        <source>a network file system</source>
        <translation>网络文件系统</translation>
    </message>
    <message>
        <source>a network file system (%1)</source>
        <translation>网络文件系统（%1）</translation>
    </message>
    <message>
        <source>The database was on %1. SQLite relies on the file locks of the system it runs on, and those are not reliable over a network: two writers can both believe they hold the lock and corrupt the database.</source>
        <translation>数据库位于%1上。SQLite 依赖所在系统的文件锁，而文件锁在网络上并不可靠：两个写入者可能都以为自己持有锁，从而损坏数据库。</translation>
    </message>
    <message>
        <source>WAL mode also needs memory shared between the connections, which does not reach other machines.</source>
        <translation>WAL 模式还需要在各连接之间共享内存，而共享内存无法跨越到其他机器。</translation>
    </message>
    <message>
        <source>Keep the database on a local disk.</source>
        <translation>请将数据库放在本地磁盘上。</translation>
    </message>
    <message>
        <source>On a network file system</source>
        <translation>位于网络文件系统上</translation>
    </message>
    <message>
        <source>; and %1 more</source>
        <translation>；另有 %1 条</translation>
    </message>
    <message>
        <source>LockLens report</source>
        <translation>LockLens 报告</translation>
    </message>
    <message>
        <source>LockLens comparison: %1</source>
        <translation>LockLens 比较：%1</translation>
    </message>
    <message>
        <source>LockLens report: %1</source>
        <translation>LockLens 报告：%1</translation>
    </message>
    <message>
        <source>%1: unknown report format; name the file .html, .pdf, .md, .csv or .json</source>
        <translation>%1：未知的报告格式；请将文件命名为 .html、.pdf、.md、.csv 或 .json</translation>
    </message>
    <message>
        <source>a PDF report needs fonts, and Qt&apos;s GUI module was not started in this process</source>
        <translation>PDF 报告需要字体，而此进程未启动 Qt 的 GUI 模块</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>无法开始写入 PDF</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>无法完成 PDF</translation>
    </message>
    <message>
        <source>%1 for %2 s; writers %3, readers %4; %5 journal, %6 transactions</source>
        <translation>%1，运行 %2 秒；写入线程 %3 个，读取线程 %4 个；%5 日志模式，%6 事务</translation>
    </message>
    <message>
        <source>scenario %1: %2</source>
        <translation>场景 %1：%2</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>Not verified: %1. Run again when the other connection has let go of its lock.</source>
        <translation>未验证：%1。请在另一个连接释放其锁后再次运行。</translation>
    </message>
    <message>
        <source>%1 more rows are present than the run committed (%2 expected, %3 present): another connection wrote to the table during the run. They are not lost rows, but could hide as many.</source>
        <translation>实有行数比运行提交的多 %1 行（预期 %2 行，实有 %3 行）：运行期间另一个连接写入了该表。它们不是丢失的行，但可能掩盖同样数量的丢失行。</translation>
    </message>
    <message>
        <source>The %1 clients spent %2 of their time backing off between tries of failed transactions (%3 s, retry back-off %4): not waiting for a lock, but not working either.</source>
        <translation>%1 个客户端线程把 %2 的时间花在失败事务的两次尝试之间的退避上（%3 秒，重试退避 %4）：既没有在等待锁，也没有在工作。</translation>
    </message>
    <message>
        <source>Not verified:</source>
        <translation>未验证：</translation>
    </message>
    <message>
        <source> %1 extra rows, written by another connection during the run.</source>
        <translation> 多出 %1 行，由另一个连接在运行期间写入。</translation>
    </message>
    <message>
        <source>in-memory %1</source>
        <translation>内存数据库 %1</translation>
    </message>
    <message>
        <source>a temporary file</source>
        <translation>临时文件</translation>
    </message>
    <message>
        <source>(database not recorded)</source>
        <translation>（未记录数据库）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Cut short by the end of the run</source>
        <translation>因运行结束而中断的事务</translation>
    </message>
    <message>
        <source>Backing off between tries</source>
        <translation>尝试之间的退避</translation>
    </message>
    <message>
        <source>Extra rows (another connection&apos;s)</source>
        <translation>多出的行（另一个连接写入）</translation>
    </message>
    <message>
        <source>no: locked by another connection</source>
        <translation>否：被另一个连接锁定</translation>
    </message>
    <message>
        <source>Retry back-off</source>
        <translation>重试退避</translation>
    </message>
    <message>
        <source>none (one try)</source>
        <translation>无（仅一次尝试）</translation>
    </message>
    <message>
        <source>Back-off (s)</source>
        <translation>退避（秒）</translation>
    </message>
    <message>
        <source>%1 is not a LockLens run (%2)</source>
        <translation>%1 不是 LockLens 运行（%2）</translation>
    </message>
    <message>
        <source>its scenario could not be read in full (%1): the settings shown that could not be read are the defaults</source>
        <translation>其场景未能完整读取（%1）：无法读取的设置显示的是默认值</translation>
    </message>
    <message>
        <source>seconds since the start</source>
        <translation>自开始以来的秒数</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Blocked steps</source>
        <translation>被阻塞的步骤</translation>
    </message>
    <message>
        <source>The program never got SQLITE_BUSY or SQLITE_LOCKED.</source>
        <translation>该程序从未得到 SQLITE_BUSY 或 SQLITE_LOCKED。</translation>
    </message>
    <message>
        <source>## Processes</source>
        <translation>## 进程</translation>
    </message>
    <message>
        <source>## Connections</source>
        <translation>## 连接</translation>
    </message>
    <message>
        <source>## Blocked steps</source>
        <translation>## 被阻塞的步骤</translation>
    </message>
    <message>
        <source>The program never got SQLITE_BUSY or SQLITE_LOCKED.

</source>
        <translation>该程序从未得到 SQLITE_BUSY 或 SQLITE_LOCKED。

</translation>
    </message>
    <message>
        <source>Traced command</source>
        <translation>被跟踪的命令</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>错误 %1</translation>
    </message>
    <message>
        <source>none traced (another program, or the lock was let go)</source>
        <translation type="vanished">无被跟踪的连接（另一个程序，或锁已被释放）</translation>
    </message>
    <message>
        <source>connection %1 (pid %2, thread %3): %4 since %5 s</source>
        <translation type="vanished">连接 %1（pid %2，线程 %3）：自 %5 秒起持有 %4</translation>
    </message>
    <message>
        <source>, in a transaction begun at %1 s</source>
        <translation type="vanished">，处于 %1 秒开始的事务中</translation>
    </message>
    <message>
        <source>, last statement %1</source>
        <translation type="vanished">，最后一条语句为 %1</translation>
    </message>
    <message>
        <source>trace: %1</source>
        <translation>跟踪：%1</translation>
    </message>
    <message>
        <source>ended by signal %1</source>
        <translation>被信号 %1 结束</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>退出状态 %1</translation>
    </message>
    <message>
        <source>%1 (in %2): %3 after %4 s; %5 processes, %6 connections, %7 steps blocked</source>
        <translation>%1（在 %2 中）：%4 秒后%3；%5 个进程，%6 个连接，%7 个步骤被阻塞</translation>
    </message>
    <message>
        <source>in-memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>no database</source>
        <translation>无数据库</translation>
    </message>
    <message>
        <source>Nothing was recorded: the program opened no SQLite database through a shared SQLite library (a program whose SQLite is built into it cannot be traced this way).</source>
        <translation type="vanished">没有记录到任何内容：该程序没有通过共享的 SQLite 库打开任何 SQLite 数据库（SQLite 内置于程序中的程序无法用这种方式跟踪）。</translation>
    </message>
    <message>
        <source>The program got SQLITE_BUSY or SQLITE_LOCKED %1 times: the blocked steps below name the connection that held the lock each time.</source>
        <translation>该程序得到 SQLITE_BUSY 或 SQLITE_LOCKED 共 %1 次：下面的被阻塞步骤列出了每次持有该锁的连接。</translation>
    </message>
    <message>
        <source>Pid</source>
        <translation>Pid</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>父进程</translation>
    </message>
    <message>
        <source>From (s)</source>
        <translation>开始（秒）</translation>
    </message>
    <message>
        <source>Exit status</source>
        <translation>退出状态</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>线程</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>语句</translation>
    </message>
    <message>
        <source>Rows changed</source>
        <translation>更改的行</translation>
    </message>
    <message>
        <source>In SQLite (s)</source>
        <translation>在 SQLite 内（秒）</translation>
    </message>
    <message>
        <source>Busy sleeps</source>
        <translation>busy 休眠</translation>
    </message>
    <message>
        <source>Slept (s)</source>
        <translation>休眠（秒）</translation>
    </message>
    <message>
        <source>Transactions begun / ended</source>
        <translation type="vanished">事务 开始 / 结束</translation>
    </message>
    <message>
        <source>Longest (s)</source>
        <translation>最长（秒）</translation>
    </message>
    <message>
        <source>BUSY/LOCKED</source>
        <translation>BUSY/LOCKED</translation>
    </message>
    <message>
        <source>At (s)</source>
        <translation>时间（秒）</translation>
    </message>
    <message>
        <source>Thread (pid)</source>
        <translation>线程（pid）</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>语句</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Waited (s)</source>
        <translation>等待（秒）</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>持有者</translation>
    </message>
    <message>
        <source>Transactions begun / committed / rolled back</source>
        <translation>事务 开始 / 提交 / 回滚</translation>
    </message>
    <message>
        <source>%1 (%2 closed, summed)</source>
        <translation>%1（%2 个已关闭，合计）</translation>
    </message>
    <message>
        <source>SHARED</source>
        <translation>SHARED</translation>
    </message>
    <message>
        <source>RESERVED</source>
        <translation>RESERVED</translation>
    </message>
    <message>
        <source>PENDING</source>
        <translation>PENDING</translation>
    </message>
    <message>
        <source>EXCLUSIVE</source>
        <translation>EXCLUSIVE</translation>
    </message>
    <message>
        <source>the WAL write lock</source>
        <translation>WAL 写锁</translation>
    </message>
    <message>
        <source>the checkpoint lock</source>
        <translation>检查点锁</translation>
    </message>
    <message>
        <source>the WAL recovery lock</source>
        <translation>WAL 恢复锁</translation>
    </message>
    <message>
        <source>a WAL read mark</source>
        <translation>一个 WAL 读标记</translation>
    </message>
    <message>
        <source>no lock</source>
        <translation>无锁</translation>
    </message>
    <message>
        <source>no traced connection held the lock it wanted (another program, or it was let go)</source>
        <translation>没有被跟踪的连接持有它想要的锁（另一个程序，或锁已被释放）</translation>
    </message>
    <message>
        <source>connection %1 of pid %2 (thread %3) held %4 since %5 s</source>
        <translation>pid %2 的连接 %1（线程 %3）自 %5 秒起持有%4</translation>
    </message>
    <message>
        <source>, inside a transaction begun at %1 s</source>
        <translation>，处于 %1 秒开始的事务中</translation>
    </message>
    <message>
        <source>, its last statement %1</source>
        <translation>，其最后一条语句为 %1</translation>
    </message>
    <message>
        <source>waiting for the database&apos;s locks</source>
        <translation>等待数据库的锁</translation>
    </message>
    <message>
        <source>clients waiting for the database&apos;s locks (s/s)</source>
        <translation>等待数据库锁的客户端（秒/秒）</translation>
    </message>
    <message>
        <source>The %1 clients spent %2 of their time waiting for the database&apos;s locks (%3 s of %4 client-seconds).</source>
        <translation>%1 个客户端把 %2 的时间花在等待数据库的锁上（%4 客户端·秒中的 %3 秒）。</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>Waiting for the database&apos;s locks</source>
        <translation>等待数据库的锁</translation>
    </message>
    <message>
        <source>%1 operations gave up after waiting lock_timeout (%2 ms) for a lock in the server.</source>
        <translation>%1 个操作在服务器中等待锁达到 lock_timeout（%2 毫秒）后放弃。</translation>
    </message>
    <message>
        <source>PostgreSQL ended %1 transactions as deadlock victims: two transactions locked the same rows in opposite orders. Each deadlock is found only after deadlock_timeout (1 s by default) of waiting; locking rows in one order (by id) avoids them.</source>
        <translation>PostgreSQL 将 %1 个事务作为死锁牺牲者结束：两个事务以相反的顺序锁定了相同的行。每个死锁要等待 deadlock_timeout（默认 1 秒）后才会被发现；按同一顺序（按 id）锁定行可以避免死锁。</translation>
    </message>
    <message>
        <source>%1 transactions failed with a serialization failure (40001) under %2: PostgreSQL expects such transactions to be tried again (--max-tries).</source>
        <translation>%1 个事务在 %2 下因序列化失败（40001）而失败：PostgreSQL 期望重试这类事务（--max-tries）。</translation>
    </message>
    <message>
        <source>Sessions outside the run held the locks behind %1 of the waiting in the server (%2 s of %3 s): %4. Another program&apos;s open transaction made the workers wait.</source>
        <translation>运行之外的会话持有的锁造成了服务器中 %1 的等待（%3 秒中的 %2 秒）：%4。另一个程序未结束的事务让工作线程等待。</translation>
    </message>
    <message>
        <source>%1 of the time waiting in the server was for %2, held by %3.</source>
        <translation>服务器中 %1 的等待时间是在等待%2，持有者为 %3。</translation>
    </message>
    <message>
        <source>synchronous_commit %1, fsync %2, max_connections %3, shared_buffers %4</source>
        <translation>synchronous_commit %1，fsync %2，max_connections %3，shared_buffers %4</translation>
    </message>
    <message>
        <source>a temporary cluster LockLens started</source>
        <translation>LockLens 启动的临时集群</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL 服务器</translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation>服务器设置</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>synchronous_commit %1</source>
        <translation>synchronous_commit %1</translation>
    </message>
    <message>
        <source>isolation %1</source>
        <translation>隔离级别 %1</translation>
    </message>
    <message>
        <source>Waited for</source>
        <translation>等待对象</translation>
    </message>
    <message>
        <source>Waits</source>
        <translation>等待次数</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Share of the waiting</source>
        <translation>占等待的比例</translation>
    </message>
    <message>
        <source>%1 other causes</source>
        <translation>其他 %1 个原因</translation>
    </message>
    <message>
        <source>Lock waits in the server</source>
        <translation>服务器中的锁等待</translation>
    </message>
    <message>
        <source>What the lock waits were for was not recorded: the run was not instrumented, or an older LockLens ran it.</source>
        <translation type="vanished">未记录锁等待的对象：该运行未启用检测，或由较旧版本的 LockLens 运行。</translation>
    </message>
    <message>
        <source>No session of the run was seen waiting for a lock in the server.</source>
        <translation>未观察到该运行的任何会话在服务器中等待锁。</translation>
    </message>
    <message>
        <source>%1 for %2 s; writers %3, readers %4; %5 transactions</source>
        <translation>%1，运行 %2 秒；写入线程 %3 个，读取线程 %4 个；%5 事务</translation>
    </message>
    <message>
        <source>%1 against %2 operations per second; %3 against %4</source>
        <translation>每秒 %1 对 %2 个操作；%3 对 %4</translation>
    </message>
    <message>
        <source>With one writer</source>
        <translation>在一个写入者时</translation>
    </message>
    <message>
        <source>With %1 writers</source>
        <translation>在 %1 个写入者时</translation>
    </message>
    <message>
        <source>%1, SQLite and PostgreSQL committed about as many operations per second (%2).</source>
        <translation>%1，SQLite 与 PostgreSQL 每秒提交的操作数大致相同（%2）。</translation>
    </message>
    <message>
        <source>%1, %2 committed %3 the operations per second of %4 (%5).</source>
        <translation>%1，%2 每秒提交的操作数是 %4 的 %3（%5）。</translation>
    </message>
    <message>
        <source>What the lock waits were for was not recorded: the run was not instrumented, its load did not run, sampling the server failed (the warnings say why), or an older LockLens ran it.</source>
        <translation>未记录锁等待的对象：该运行未启用检测、负载未运行、对服务器的采样失败（警告中说明了原因），或由较旧版本的 LockLens 运行。</translation>
    </message>
</context>
<context>
    <name>LockLens::ReportExport</name>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML 报告 (*.html)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF 报告 (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV time series (*.csv)</source>
        <translation>CSV 时间序列 (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>%1: “.%2” is not a report format; name the file .html, .pdf, .md, .csv or .json</source>
        <translation>%1：“.%2”不是报告格式；请将文件命名为 .html、.pdf、.md、.csv 或 .json</translation>
    </message>
</context>
<context>
    <name>LockLens::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Everything the run will do. Name the scenario to save it; Run starts it.</source>
        <translation>运行将要执行的全部内容。为场景命名以保存它；点击“运行”开始。</translation>
    </message>
    <message>
        <source>a short name, e.g. deferred-vs-immediate</source>
        <translation>简短的名称，例如 deferred-vs-immediate</translation>
    </message>
    <message>
        <source>what this scenario shows</source>
        <translation>此场景要展示什么</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Save Scenario…</source>
        <translation>保存场景(&amp;S)…</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>shared in-memory database %1</source>
        <translation>共享内存数据库 %1</translation>
    </message>
    <message>
        <source>a temporary file, removed afterwards</source>
        <translation>临时文件，运行后删除</translation>
    </message>
    <message>
        <source>%1 (the database open in the window)</source>
        <translation>%1（窗口中打开的数据库）</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Journal mode</source>
        <translation>日志模式</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Synchronous</source>
        <translation>同步模式</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>工作负载</translation>
    </message>
    <message>
        <source>inserts rows into it</source>
        <translation>向其中插入行</translation>
    </message>
    <message>
        <source>updates its rows</source>
        <translation>更新其中的行</translation>
    </message>
    <message>
        <source>deletes its rows</source>
        <translation>删除其中的行</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>%1, an existing table of yours: the run only reads it</source>
        <translation>%1，您的现有表：运行只读取它</translation>
    </message>
    <message>
        <source>%1, an existing table of yours: the run %2, and those changes stay</source>
        <translation>%1，您的现有表：运行会%2，这些更改会保留</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Load table</source>
        <translation>负载表</translation>
    </message>
    <message>
        <source>%1 (LockLens&apos;s own, created if missing)</source>
        <translation>%1（LockLens 自己的表，不存在时创建）</translation>
    </message>
    <message>
        <source>Foreign keys</source>
        <translation>外键</translation>
    </message>
    <message>
        <source>enforced (PRAGMA foreign_keys=ON on every connection)</source>
        <translation>强制执行（每个连接都设置 PRAGMA foreign_keys=ON）</translation>
    </message>
    <message>
        <source>not enforced (PRAGMA foreign_keys=OFF, SQLite&apos;s default)</source>
        <translation>不强制执行（PRAGMA foreign_keys=OFF，SQLite 的默认值）</translation>
    </message>
    <message>
        <source>insert</source>
        <translation>插入</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>point read</source>
        <translation>点读取</translation>
    </message>
    <message>
        <source>range read</source>
        <translation>范围读取</translation>
    </message>
    <message>
        <source>Operation mix</source>
        <translation>操作组合</translation>
    </message>
    <message>
        <source>%1 %2 (%3%)</source>
        <translation>%1 %2（%3%）</translation>
    </message>
    <message>
        <source>nothing (every weight is 0)</source>
        <translation>无（所有权重均为 0）</translation>
    </message>
    <message>
        <source>Payload per row</source>
        <translation>每行负载数据</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>Rows per transaction</source>
        <translation>每个事务的行数</translation>
    </message>
    <message>
        <source>Rows per range read</source>
        <translation>每次范围读取的行数</translation>
    </message>
    <message>
        <source>Prefill rows</source>
        <translation>预填充行数</translation>
    </message>
    <message>
        <source>Transaction mode</source>
        <translation>事务模式</translation>
    </message>
    <message>
        <source>Read before writing</source>
        <translation>写前先读</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation>并发</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>工作线程</translation>
    </message>
    <message>
        <source>Readers</source>
        <translation>读取线程</translation>
    </message>
    <message>
        <source>%1, each on its own connection (BEGIN DEFERRED, reads only)</source>
        <translation>%1，各自使用自己的连接（BEGIN DEFERRED，只读）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Split files</source>
        <translation>拆分文件</translation>
    </message>
    <message>
        <source>%1 (temporary, removed afterwards)</source>
        <translation>%1（临时，运行后删除）</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>语句</translation>
    </message>
    <message>
        <source>When locked</source>
        <translation>被锁定时</translation>
    </message>
    <message>
        <source>Busy timeout</source>
        <translation>busy 超时</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Tries per transaction</source>
        <translation>每个事务的尝试次数</translation>
    </message>
    <message>
        <source>Pace and length</source>
        <translation>速率与时长</translation>
    </message>
    <message>
        <source>Target rate</source>
        <translation>目标速率</translation>
    </message>
    <message>
        <source>%1 operations/s in all</source>
        <translation>总计 %1 次操作/秒</translation>
    </message>
    <message>
        <source>flat out</source>
        <translation>全速</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>停止条件</translation>
    </message>
    <message>
        <source>after %1 s</source>
        <translation>%1 秒后</translation>
    </message>
    <message>
        <source>after %1 operations per worker (%2 in all)</source>
        <translation>每个工作线程 %1 次操作后（总计 %2 次）</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>测量</translation>
    </message>
    <message>
        <source>Per-operation timing</source>
        <translation>逐操作计时</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>Lock recording</source>
        <translation>锁记录</translation>
    </message>
    <message>
        <source>on, but needs per-operation timing</source>
        <translation>开，但需要逐操作计时</translation>
    </message>
    <message>
        <source>Known traps in this scenario (it can still run):</source>
        <translation>此场景中的已知陷阱（仍可运行）：</translation>
    </message>
    <message>
        <source>The run writes into the table %1 of %2, creating it if it is not there, and it stays after the run (%3).</source>
        <translation>运行会写入 %2 中的表 %1（不存在时创建），运行后该表保留（%3）。</translation>
    </message>
    <message>
        <source>The run adds its rows to the table %1, which %2 already holds; they stay after the run.</source>
        <translation>运行会向 %2 中已有的表 %1 添加行；这些行在运行后保留。</translation>
    </message>
    <message>
        <source>The run creates the table %1 in %2 and leaves it there, with the rows it inserts. When the run has ended, the banner under the dashboard&apos;s header offers to remove it.</source>
        <translation>运行会在 %2 中创建表 %1，并连同插入的行一起保留在那里。运行结束后，仪表板标题下方的横幅会提供删除它的选项。</translation>
    </message>
    <message>
        <source>Between tries</source>
        <translation>尝试间隔</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Your database:</source>
        <translation>您的数据库：</translation>
    </message>
    <message>
        <source>a temporary PostgreSQL cluster, removed afterwards</source>
        <translation>一个临时 PostgreSQL 集群，运行后删除</translation>
    </message>
    <message>
        <source>the PostgreSQL server %1</source>
        <translation>PostgreSQL 服务器 %1</translation>
    </message>
    <message>
        <source>a PostgreSQL server</source>
        <translation>一个 PostgreSQL 服务器</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>隔离级别</translation>
    </message>
    <message>
        <source>Durability</source>
        <translation>持久性</translation>
    </message>
    <message>
        <source>the server&apos;s own (synchronous_commit, fsync)</source>
        <translation>服务器自身的设置（synchronous_commit、fsync）</translation>
    </message>
    <message>
        <source>give up at once (lock_timeout 1 ms)</source>
        <translation>立即放弃（lock_timeout 1 毫秒）</translation>
    </message>
    <message>
        <source>wait in the server, up to lock_timeout</source>
        <translation>在服务器中等待，最长 lock_timeout</translation>
    </message>
    <message>
        <source>lock_timeout</source>
        <translation>lock_timeout</translation>
    </message>
    <message>
        <source>Lock waits</source>
        <translation>锁等待</translation>
    </message>
    <message>
        <source>sampled in the server %1 times a second, with what each waited for</source>
        <translation>在服务器中每秒采样 %1 次，并记录每次等待的对象</translation>
    </message>
    <message>
        <source>not sampled (needs per-operation timing)</source>
        <translation>未采样（需要逐操作计时）</translation>
    </message>
</context>
<context>
    <name>LockLens::RunDocument</name>
    <message>
        <source>it has no summary</source>
        <translation>没有摘要</translation>
    </message>
</context>
<context>
    <name>LockLens::RunListModel</name>
    <message>
        <source>no such run</source>
        <translation>没有此运行</translation>
    </message>
    <message>
        <source>no results store</source>
        <translation>没有结果库</translation>
    </message>
    <message>
        <source>%1 lost</source>
        <translation>丢失 %1</translation>
    </message>
    <message>
        <source>%1 extra</source>
        <translation>多出 %1</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>integrity problem</source>
        <translation>完整性问题</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>ended by an error</source>
        <translation>因错误结束</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 (run %2)</source>
        <translation>%1（运行 %2）</translation>
    </message>
    <message>
        <source>integrity_check: %1</source>
        <translation>integrity_check：%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>工作线程</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Ops/s</source>
        <translation>操作/秒</translation>
    </message>
    <message>
        <source>Commits/s</source>
        <translation>提交/秒</translation>
    </message>
    <message>
        <source>Lock wait (%)</source>
        <translation>锁等待（%）</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>When the load started, local time</source>
        <translation>负载开始的时间（本地时间）</translation>
    </message>
    <message>
        <source>The journal mode in effect during the run</source>
        <translation>运行期间生效的日志模式</translation>
    </message>
    <message>
        <source>Committed operations per second</source>
        <translation>每秒已提交的操作数</translation>
    </message>
    <message>
        <source>Committed transactions per second</source>
        <translation>每秒已提交的事务数</translation>
    </message>
    <message>
        <source>Share of the workers&apos; time spent waiting for SQLite&apos;s locks</source>
        <translation>工作线程等待 SQLite 锁的时间占比</translation>
    </message>
    <message>
        <source>After the run: rows present equal rows acknowledged as committed, and PRAGMA integrity_check says ok</source>
        <translation>运行结束后：实有行数等于已确认提交的行数，并且 PRAGMA integrity_check 结果为 ok</translation>
    </message>
    <message>
        <source>A run needs a name; “%1” keeps its name.</source>
        <translation>运行需要名称；“%1”保留原名称。</translation>
    </message>
    <message>
        <source>Cannot rename “%1”: %2</source>
        <translation>无法重命名“%1”：%2</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1（%2 %）</translation>
    </message>
    <message>
        <source>%1 of %2 transactions failed after their last try</source>
        <translation>%2 个事务中有 %1 个在最后一次尝试后仍失败</translation>
    </message>
    <message>
        <source>Failed tx</source>
        <translation>失败的事务</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Transactions abandoned after their last try, and their share of the transactions tried</source>
        <translation>在最后一次尝试后被放弃的事务，及其在所尝试事务中的占比</translation>
    </message>
    <message>
        <source>Statements that failed, every class (a retried transaction counts each of its errors)</source>
        <translation>失败的语句，包括所有类别（重试的事务会计入其每一次错误）</translation>
    </message>
</context>
<context>
    <name>LockLens::RunsView</name>
    <message>
        <source>Filter: name, scenario, journal, notes…</source>
        <translation>筛选：名称、场景、日志、备注…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Show the selected run (or double-click it)</source>
        <translation>显示所选运行（或双击它）</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <source>Compare two or more selected runs; the top-most selected run is the baseline</source>
        <translation>比较两个或更多所选运行；最上方的所选运行作为基准</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>Rename the selected run (F2)</source>
        <translation>重命名所选运行（F2）</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected runs from the results store</source>
        <translation>从结果库中删除所选运行</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>重新加载(&amp;L)</translation>
    </message>
    <message>
        <source>Read the results store again (runs saved by other LockLens windows or the command line)</source>
        <translation>重新读取结果库（其他 LockLens 窗口或命令行保存的运行）</translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation>删除运行</translation>
    </message>
    <message>
        <source>no results store is open</source>
        <translation>没有打开的结果库</translation>
    </message>
    <message>
        <source>The run history cannot be shown: %1</source>
        <translation>无法显示运行历史：%1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No runs saved yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Run a load test from &lt;b&gt;Load Lab ▸ New Load Test…&lt;/b&gt; or &lt;code&gt;locklens run --save&lt;/code&gt;; every run is kept here to be compared later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;尚未保存任何运行。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;从&lt;b&gt;负载实验室 ▸ 新建负载测试…&lt;/b&gt;或 &lt;code&gt;locklens run --save&lt;/code&gt; 运行负载测试；每次运行都会保存在这里，供以后比较。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Runs: %1</source>
        <translation>运行：%1</translation>
    </message>
    <message>
        <source>Runs: %1 of %2</source>
        <translation>运行：%1 / %2</translation>
    </message>
    <message>
        <source>Delete 1 run from the results store? This cannot be undone.</source>
        <translation>要从结果库中删除 1 个运行吗？此操作无法撤销。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n runs from the results store? This cannot be undone.</source>
        <translation>
            <numerusform>要从结果库中删除 %n 个运行吗？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n run(s).</source>
        <translation>
            <numerusform>已删除 %n 个运行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation>未删除任何内容：%1</translation>
    </message>
    <message>
        <source>Select a run to write notes about it.</source>
        <translation>选择一个运行以为其撰写备注。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>What was this run for, what did it show? Saved as you type.</source>
        <translation>这次运行的目的是什么，结果说明了什么？输入时自动保存。</translation>
    </message>
    <message>
        <source>Notes on “%1”</source>
        <translation>“%1”的备注</translation>
    </message>
    <message>
        <source>the run is no longer in the list</source>
        <translation>该运行已不在列表中</translation>
    </message>
    <message>
        <source>The notes were not saved: %1</source>
        <translation>备注未保存：%1</translation>
    </message>
    <message>
        <source>Notes on “%1” saved.</source>
        <translation>已保存“%1”的备注。</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Write a report of the selected run, or a comparison of the selected runs (HTML, PDF, Markdown, CSV or JSON)</source>
        <translation>为所选运行写出报告，或为所选的多个运行写出比较报告（HTML、PDF、Markdown、CSV 或 JSON）</translation>
    </message>
    <message>
        <source>No report was written: %1</source>
        <translation>未写出报告：%1</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
</context>
<context>
    <name>LockLens::Scenario</name>
    <message>
        <source>scenario key &apos;%1&apos;: %2</source>
        <translation>场景键“%1”：%2</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <source>expected %1 from %2 to %3</source>
        <translation>应为 %2 到 %3 之间的%1</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>unknown value &apos;%1&apos;</source>
        <translation>未知的值“%1”</translation>
    </message>
    <message>
        <source>unknown scenario key &apos;%1&apos;</source>
        <translation>未知的场景键“%1”</translation>
    </message>
    <message>
        <source>unknown operation &apos;%1&apos;</source>
        <translation>未知的操作“%1”</translation>
    </message>
    <message>
        <source>weight of &apos;%1&apos; must be an integer from 0 to 1000000</source>
        <translation>“%1”的权重必须是 0 到 1000000 之间的整数</translation>
    </message>
    <message>
        <source>expected an object of weights or a string like insert=70,read=30</source>
        <translation>应为权重对象，或类似 insert=70,read=30 的字符串</translation>
    </message>
    <message>
        <source>workers must be from 1 to 1024</source>
        <translation>工作线程数必须在 1 到 1024 之间</translation>
    </message>
    <message>
        <source>readers must be from 0 to 1024</source>
        <translation>读取线程数必须在 0 到 1024 之间</translation>
    </message>
    <message>
        <source>workers and readers together open %1 connections; at most 1024 are allowed</source>
        <translation>工作线程和读取线程共打开 %1 个连接；最多允许 1024 个</translation>
    </message>
    <message>
        <source>the operation mix has no positive weight</source>
        <translation>操作组合中没有大于 0 的权重</translation>
    </message>
    <message>
        <source>unknown journal mode &apos;%1&apos; (expected wal, delete, truncate, persist, memory or off)</source>
        <translation>未知的日志模式“%1”（应为 wal、delete、truncate、persist、memory 或 off）</translation>
    </message>
    <message>
        <source>unknown synchronous setting &apos;%1&apos; (expected off, normal, full or extra)</source>
        <translation>未知的同步设置“%1”（应为 off、normal、full 或 extra）</translation>
    </message>
    <message>
        <source>rows per transaction must be at least 1</source>
        <translation>每个事务的行数至少为 1</translation>
    </message>
    <message>
        <source>autocommit runs every statement as its own transaction: use --tx deferred, immediate or exclusive to put %1 rows in one transaction</source>
        <translation>自动提交模式下每条语句各自成为一个事务：若要将 %1 行放入一个事务，请使用 --tx deferred、immediate 或 exclusive</translation>
    </message>
    <message>
        <source>the payload must be from 0 to 16 MiB</source>
        <translation>负载数据必须在 0 到 16 MiB 之间</translation>
    </message>
    <message>
        <source>give a duration or a number of operations per worker</source>
        <translation>请给出时长或每个工作线程的操作数</translation>
    </message>
    <message>
        <source>max tries must be at least 1</source>
        <translation>最大尝试次数至少为 1</translation>
    </message>
    <message>
        <source>the busy timeout cannot be negative</source>
        <translation>busy 超时不能为负数</translation>
    </message>
    <message>
        <source>the target rate cannot be negative</source>
        <translation>目标速率不能为负数</translation>
    </message>
    <message>
        <source>the target rate must be at least 0.01 operations per second (0 for none)</source>
        <translation>目标速率至少为每秒 0.01 次操作（0 表示不限）</translation>
    </message>
    <message>
        <source>name the existing table to load</source>
        <translation>请指定要施加负载的现有表</translation>
    </message>
    <message>
        <source>the load table needs a name</source>
        <translation>负载表需要名称</translation>
    </message>
    <message>
        <source>a shared in-memory database starts empty: it has no existing table to load (use a database file)</source>
        <translation>共享内存数据库初始为空：其中没有可施加负载的现有表（请使用数据库文件）</translation>
    </message>
    <message>
        <source>an existing table needs the database file that holds it</source>
        <translation>现有表需要包含它的数据库文件</translation>
    </message>
    <message>
        <source>give either a database file or a shared in-memory database, not both</source>
        <translation>请指定数据库文件或共享内存数据库，不能同时指定</translation>
    </message>
    <message>
        <source>the in-memory database name may not contain &apos;?&apos;, &apos;#&apos; or &apos;/&apos;</source>
        <translation>内存数据库名称不能包含 &apos;?&apos;、&apos;#&apos; 或 &apos;/&apos;</translation>
    </message>
    <message>
        <source>split files need database files: a shared in-memory database cannot be split</source>
        <translation>拆分文件需要数据库文件：共享内存数据库无法拆分</translation>
    </message>
    <message>
        <source>split files spread LockLens&apos;s load table over several files; an existing table stays in its own file (choose another connection strategy)</source>
        <translation>拆分文件会把 LockLens 的负载表分散到多个文件中；现有表只能留在它自己的文件里（请选择其他连接策略）</translation>
    </message>
    <message>
        <source>DEFERRED transactions that read before writing fail with SQLITE_BUSY when two try to upgrade at once, whatever the busy timeout: BEGIN IMMEDIATE avoids it</source>
        <translation>写前先读的 DEFERRED 事务在两个事务同时尝试升级锁时会以 SQLITE_BUSY 失败，与 busy 超时无关：BEGIN IMMEDIATE 可避免这种情况</translation>
    </message>
    <message>
        <source>with a rollback journal, readers and the writer block each other; WAL lets them run together</source>
        <translation>使用回滚日志时，读取者和写入者会相互阻塞；WAL 允许它们同时运行</translation>
    </message>
    <message>
        <source>synchronous=OFF can lose committed transactions on power loss</source>
        <translation>synchronous=OFF 在断电时可能丢失已提交的事务</translation>
    </message>
    <message>
        <source>an in-memory database keeps its journal in memory; journal mode &apos;%1&apos; does not apply</source>
        <translation>内存数据库将日志保存在内存中；日志模式“%1”不适用</translation>
    </message>
    <message>
        <source>at %1 operations per second the run will take %2 hours</source>
        <translation>以每秒 %1 次操作的速率，运行将耗时 %2 小时</translation>
    </message>
    <message>
        <source>inserts</source>
        <translation>插入</translation>
    </message>
    <message>
        <source>updates</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>deletes</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>the run writes into your table %1 (%2), and those changes stay (work on a copy to keep the original)</source>
        <translation>运行会写入您的表 %1（%2），这些更改会保留（若要保留原表，请在副本上操作）</translation>
    </message>
    <message>
        <source>BEGIN %1 locks every attached file, not just the one written, and each worker takes its own file first: writers of different files deadlock until the busy timeout. DEFERRED transactions lock only the files they touch</source>
        <translation>BEGIN %1 会锁定所有附加的文件，而不只是被写入的那个，并且每个工作线程先锁定自己的文件：写入不同文件的写入者会死锁，直到 busy 超时。DEFERRED 事务只锁定它们访问的文件</translation>
    </message>
    <message>
        <source>the split creates %1 more database files next to the database, and keeps them: %2</source>
        <translation>拆分会在数据库旁另外创建 %1 个数据库文件并保留它们：%2</translation>
    </message>
    <message>
        <source>the writer queue runs writes in its own transactions; read-before-write does not apply</source>
        <translation>写入队列在自己的事务中执行写入；写前先读不适用</translation>
    </message>
    <message>
        <source>connections to a shared in-memory database lock whole tables: a transaction that meets another&apos;s write fails at once with SQLITE_LOCKED, which no busy timeout waits for (the shared strategy avoids it)</source>
        <translation>共享内存数据库的连接会锁定整个表：遇到其他连接写入的事务会立即以 SQLITE_LOCKED 失败，busy 超时不会等待这种情况（共享连接策略可避免）</translation>
    </message>
    <message>
        <source>the operation mix is empty (expected e.g. insert=70,update=20,read=10)</source>
        <translation>操作组合为空（应类似 insert=70,update=20,read=10）</translation>
    </message>
    <message>
        <source>bad mix entry &apos;%1&apos; (expected NAME=WEIGHT with a weight from 0 to 1000000)</source>
        <translation>操作组合项“%1”有误（应为 NAME=WEIGHT，权重在 0 到 1000000 之间）</translation>
    </message>
    <message>
        <source>unknown operation &apos;%1&apos; in the mix (known: insert, update, delete, read, range)</source>
        <translation>操作组合中有未知操作“%1”（已知：insert、update、delete、read、range）</translation>
    </message>
    <message>
        <source>bad retry back-off &apos;%1&apos; (expected none, fixed:MS or exponential:MIN:MAX, in milliseconds from 1 to 60000, MIN no more than MAX)</source>
        <translation>重试退避“%1”有误（应为 none、fixed:MS 或 exponential:MIN:MAX，单位为毫秒，取值 1 到 60000，且 MIN 不大于 MAX）</translation>
    </message>
    <message>
        <source>names that begin with sqlite_ are reserved for SQLite&apos;s own tables: choose another name for the load table</source>
        <translation>以 sqlite_ 开头的名称保留给 SQLite 自己的表：请为负载表另选名称</translation>
    </message>
    <message>
        <source>split files must be from 2 to %1: a connection of this SQLite attaches at most %2 other databases</source>
        <translation>拆分文件数必须在 2 到 %1 之间：此 SQLite 的一个连接最多附加 %2 个其他数据库</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at offset %3</source>
        <translation>%1 不是有效的 JSON：偏移 %3 处 %2</translation>
    </message>
    <message>
        <source>%1 holds JSON, but not an object of scenario keys</source>
        <translation>%1 包含 JSON，但不是由场景键组成的对象</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>a server is where a PostgreSQL run connects: add --engine postgresql</source>
        <translation>服务器是 PostgreSQL 运行要连接的地方：请加上 --engine postgresql</translation>
    </message>
    <message>
        <source>isolation levels are PostgreSQL&apos;s: SQLite&apos;s transactions are always serializable (use --engine postgresql)</source>
        <translation>隔离级别属于 PostgreSQL：SQLite 的事务总是可串行化的（请使用 --engine postgresql）</translation>
    </message>
    <message>
        <source>a PostgreSQL run has no database file: the server holds the database (give --server, or nothing for a temporary cluster)</source>
        <translation>PostgreSQL 运行没有数据库文件：数据库由服务器保存（请指定 --server，或不指定以使用临时集群）</translation>
    </message>
    <message>
        <source>split files spread the load over SQLite database files; on PostgreSQL choose per-thread, pool, shared or writer-queue</source>
        <translation>拆分文件是把负载分散到多个 SQLite 数据库文件；在 PostgreSQL 上请选择 per-thread、pool、shared 或 writer-queue</translation>
    </message>
    <message>
        <source>an existing table is loaded on SQLite only for now; on PostgreSQL the run uses its own load table</source>
        <translation>目前只能在 SQLite 上对现有表施加负载；在 PostgreSQL 上运行使用自己的负载表</translation>
    </message>
    <message>
        <source>BEGIN EXCLUSIVE is SQLite&apos;s; on PostgreSQL a transaction&apos;s isolation is set with --isolation (read-committed, repeatable-read or serializable)</source>
        <translation>BEGIN EXCLUSIVE 属于 SQLite；在 PostgreSQL 上用 --isolation 设置事务隔离级别（read-committed、repeatable-read 或 serializable）</translation>
    </message>
    <message>
        <source>names that begin with pg_ are reserved for PostgreSQL&apos;s own tables: choose another name for the load table</source>
        <translation>以 pg_ 开头的名称保留给 PostgreSQL 自己的表：请为负载表另选名称</translation>
    </message>
    <message>
        <source>journal_mode and synchronous are SQLite&apos;s settings: on PostgreSQL the server&apos;s own (synchronous_commit, fsync) apply, and the run records them</source>
        <translation>journal_mode 和 synchronous 是 SQLite 的设置：在 PostgreSQL 上适用服务器自己的设置（synchronous_commit、fsync），运行会记录它们</translation>
    </message>
    <message>
        <source>under READ COMMITTED a transaction that reads and then writes may write over what another committed in between (a lost update); repeatable-read or serializable fail it instead, and a retry runs it again</source>
        <translation>在 READ COMMITTED 下，先读后写的事务可能覆盖其他事务在此期间提交的内容（丢失更新）；repeatable-read 或 serializable 会让它失败，重试时再执行一次</translation>
    </message>
    <message>
        <source>PostgreSQL keeps 63 bytes of a name: choose a shorter name for the load table</source>
        <translation>PostgreSQL 只保留名称的 63 个字节：请为负载表选择更短的名称</translation>
    </message>
    <message>
        <source>the spin policy is SQLite&apos;s busy handler; on PostgreSQL a session waits inside the server, up to lock_timeout (--busy-timeout), or not at all (--busy-policy none)</source>
        <translation>spin 策略是 SQLite 的 busy 处理程序；在 PostgreSQL 上会话在服务器内部等待，最长到 lock_timeout（--busy-timeout），或完全不等待（--busy-policy none）</translation>
    </message>
    <message>
        <source>the run was on PostgreSQL already</source>
        <translation>该运行已经是在 PostgreSQL 上</translation>
    </message>
    <message>
        <source>split files spread the load over SQLite database files, which PostgreSQL does not have: choose another connection strategy</source>
        <translation>拆分文件将负载分散到多个 SQLite 数据库文件上，而 PostgreSQL 没有这些文件：请选择其他连接策略</translation>
    </message>
    <message>
        <source>the run loaded a table of the database file, which PostgreSQL does not have</source>
        <translation>该运行加载的是数据库文件中的表，而 PostgreSQL 没有该文件</translation>
    </message>
</context>
<context>
    <name>LockLens::SchemaTree</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>rowid = %1, AUTOINCREMENT</source>
        <translation>rowid = %1，AUTOINCREMENT</translation>
    </message>
    <message>
        <source>rowid = %1</source>
        <translation>rowid = %1</translation>
    </message>
    <message>
        <source>hidden rowid</source>
        <translation>隐藏的 rowid</translation>
    </message>
    <message>
        <source>WITHOUT ROWID</source>
        <translation>WITHOUT ROWID</translation>
    </message>
    <message>
        <source>rowid shadowed</source>
        <translation>rowid 被遮蔽</translation>
    </message>
    <message>
        <source>(no type)</source>
        <translation>（无类型）</translation>
    </message>
    <message>
        <source>%1 affinity</source>
        <translation>%1 亲和性</translation>
    </message>
    <message>
        <source>view</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>Each value of %1 must exist in %2 (double-click to open it).</source>
        <translation>%1 的每个值都必须存在于 %2 中（双击打开）。</translation>
    </message>
    <message>
        <source>Rows of %1 refer to this table (double-click to open it).</source>
        <translation>%1 中的行引用此表（双击打开）。</translation>
    </message>
    <message>
        <source>A foreign key of this table cannot work: expand it to see why.</source>
        <translation>此表有一个外键无法生效：展开以查看原因。</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>触发器</translation>
    </message>
    <message>
        <source>(expression)</source>
        <translation>（表达式）</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Made by SQLite for a PRIMARY KEY or UNIQUE constraint.</source>
        <translation>由 SQLite 为 PRIMARY KEY 或 UNIQUE 约束创建。</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>位于 %1</translation>
    </message>
    <message>
        <source>Foreign keys</source>
        <translation>外键</translation>
    </message>
    <message>
        <source>Enforcement</source>
        <translation>强制执行</translation>
    </message>
    <message>
        <source>on for new connections</source>
        <translation>新连接默认开启</translation>
    </message>
    <message>
        <source>off for new connections</source>
        <translation>新连接默认关闭</translation>
    </message>
    <message>
        <source>PRAGMA foreign_keys is per connection and off by default: unless every program turns it on, nothing stops rows that break a key. Toggle it for the console in the Pragmas page.</source>
        <translation>PRAGMA foreign_keys 按连接设置且默认关闭：除非每个程序都将其打开，否则没有什么能阻止违反外键的行。可在 Pragma 页面为控制台切换此设置。</translation>
    </message>
    <message>
        <source>Broken keys</source>
        <translation>失效的键</translation>
    </message>
    <message>
        <source>Foreign keys that cannot work as declared; every write to their tables fails.</source>
        <translation>无法按声明生效的外键；对其所在表的每次写入都会失败。</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>违规</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>Rows whose key has no parent row (PRAGMA foreign_key_check); double-click one to open it.</source>
        <translation>其键没有对应父行的行（PRAGMA foreign_key_check）；双击可打开。</translation>
    </message>
    <message>
        <source>(no rowid)</source>
        <translation>（无 rowid）</translation>
    </message>
    <message>
        <source>→ %1 missing</source>
        <translation>→ %1 缺失</translation>
    </message>
    <message>
        <source>This row of %1 refers to a row of %2 that does not exist. Double-click to open it.</source>
        <translation>%1 的这一行引用了 %2 中不存在的行。双击打开。</translation>
    </message>
    <message>
        <source>This row of %1 refers to a row of %2 that does not exist.</source>
        <translation>%1 的这一行引用了 %2 中不存在的行。</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Locked by another connection</source>
        <translation>被另一个连接锁定</translation>
    </message>
    <message>
        <source>Retry (F5) once it lets go</source>
        <translation>待其释放锁后重试（F5）</translation>
    </message>
</context>
<context>
    <name>LockLens::ScriptResult</name>
    <message>
        <source>Cancelled before any statement ran.</source>
        <translation>在任何语句运行之前已取消。</translation>
    </message>
    <message>
        <source>Nothing to run.</source>
        <translation>没有要运行的内容。</translation>
    </message>
    <message>
        <source>Statement %1 (line %2): %3</source>
        <translation>语句 %1（第 %2 行）：%3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n 条语句</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) changed</source>
        <translation>
            <numerusform>更改了 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>(first %1 rows shown)</source>
        <translation>（显示前 %1 行）</translation>
    </message>
    <message>
        <source>- a transaction is open: COMMIT or ROLLBACK to release its locks</source>
        <translation>- 有未结束的事务：执行 COMMIT 或 ROLLBACK 以释放其锁</translation>
    </message>
    <message>
        <source>Statement %1 (line %2) cancelled after %3: %4</source>
        <translation>语句 %1（第 %2 行）运行 %3 后被取消：%4</translation>
    </message>
    <message numerus="yes">
        <source>(%n statement(s) before it had run)</source>
        <translation>
            <numerusform>（在它之前已运行 %n 条语句）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>- %n row(s) read before it stopped</source>
        <translation>
            <numerusform>- 停止前已读取 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>(cancelled: the statements after these did not run)</source>
        <translation>（已取消：其后的语句未运行）</translation>
    </message>
</context>
<context>
    <name>LockLens::SeriesChart</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>LockLens::ServerWaitWords</name>
    <message>
        <source>a prepared transaction</source>
        <translation>一个已准备的事务</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>pid %1</source>
        <translation>pid %1</translation>
    </message>
    <message>
        <source>pid %1 (%2)</source>
        <translation>pid %1（%2）</translation>
    </message>
    <message>
        <source>a relation</source>
        <translation>一个关系</translation>
    </message>
    <message>
        <source>not seen (the wait ended before pg_locks was read)</source>
        <translation type="vanished">未观察到（等待在读取 pg_locks 之前已结束）</translation>
    </message>
    <message>
        <source>a row changed by transaction %1, still open</source>
        <translation>事务 %1 修改过且尚未结束的一行</translation>
    </message>
    <message>
        <source>a row changed by a transaction still open</source>
        <translation>一个尚未结束的事务修改过的一行</translation>
    </message>
    <message>
        <source>a row of %1, behind another session waiting for it</source>
        <translation>%1 的一行，排在另一个也在等待它的会话之后</translation>
    </message>
    <message>
        <source>table %1 (%2)</source>
        <translation>表 %1（%2）</translation>
    </message>
    <message>
        <source>room to extend %1</source>
        <translation>扩展 %1 的空间</translation>
    </message>
    <message>
        <source>a page of %1</source>
        <translation>%1 的一页</translation>
    </message>
    <message>
        <source>another transaction to end</source>
        <translation>另一个事务结束</translation>
    </message>
    <message>
        <source>an advisory lock (%1)</source>
        <translation>一个咨询锁（%1）</translation>
    </message>
    <message>
        <source>a lock of type %1 (%2)</source>
        <translation>类型为 %1 的锁（%2）</translation>
    </message>
    <message>
        <source>not seen</source>
        <translation>未观察到</translation>
    </message>
    <message>
        <source>%1 (ahead in the queue)</source>
        <translation>%1（在队列中排在前面）</translation>
    </message>
    <message>
        <source>for %1; held by %2</source>
        <translation>等待%1；持有者：%2</translation>
    </message>
    <message>
        <source>not known (pg_locks did not show it)</source>
        <translation>未知（pg_locks 中未显示）</translation>
    </message>
</context>
<context>
    <name>LockLens::SqlConsole</name>
    <message>
        <source>SQL statements; Ctrl+Return runs them (or the selection), Esc cancels</source>
        <translation>SQL 语句；Ctrl+Return 运行（或运行所选部分），Esc 取消</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Run the statements, or the selected text (Ctrl+Return)</source>
        <translation>运行语句或所选文本（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Nothing to run.</source>
        <translation>没有要运行的内容。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Cancelling: this SQLite cannot be interrupted mid-statement here; it stops at the next row.</source>
        <translation>正在取消：此处的 SQLite 无法在语句中途中断；它会在下一行停止。</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <source>Interrupt the running statement (Esc)</source>
        <translation>中断正在运行的语句（Esc）</translation>
    </message>
    <message>
        <source>Stop after the current row (Esc); this build&apos;s SQLite cannot be interrupted mid-statement</source>
        <translation>在当前行之后停止（Esc）；此版本的 SQLite 无法在语句中途中断</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Write the rows shown to a CSV file</source>
        <translation>将显示的行写入 CSV 文件</translation>
    </message>
    <message>
        <source>No connection to the database: %1. Run tries again.</source>
        <translation>没有到数据库的连接：%1。点击“运行”会再次尝试连接。</translation>
    </message>
    <message>
        <source>A script is running: wait for it, or cancel it (Esc)</source>
        <translation>有脚本正在运行：请等待其结束，或将其取消（Esc）</translation>
    </message>
    <message>
        <source>query</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Nothing to export: run a statement that returns rows first.</source>
        <translation>没有可导出的内容：请先运行一条返回行的语句。</translation>
    </message>
    <message>
        <source>Nothing was exported: an export is still running.</source>
        <translation>未导出任何内容：仍有导出正在进行。</translation>
    </message>
</context>
<context>
    <name>LockLens::SqlSession</name>
    <message>
        <source>No database is open.</source>
        <translation>没有打开的数据库。</translation>
    </message>
</context>
<context>
    <name>LockLens::SqliteFile</name>
    <message>
        <source>%1 is in a folder that cannot be written (read-only media): read as immutable (SQLite&apos;s immutable=1), without locks, as nobody can change it there</source>
        <translation>%1 位于无法写入的文件夹中（只读介质）：以不可变方式读取（SQLite 的 immutable=1），不加锁，因为在那里没有人能修改它</translation>
    </message>
</context>
<context>
    <name>LockLens::TableChooser</name>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>&amp;Built-in load table:</source>
        <translation>内置负载表(&amp;B)：</translation>
    </message>
    <message>
        <source>An e&amp;xisting table:</source>
        <translation>现有表(&amp;X)：</translation>
    </message>
    <message>
        <source>Enforce &amp;foreign keys (PRAGMA foreign_keys=ON), as your application does</source>
        <translation>像您的应用程序那样强制执行外键(&amp;F)（PRAGMA foreign_keys=ON）</translation>
    </message>
    <message>
        <source>SQLite leaves foreign keys unenforced unless a connection turns them on. Enforced, an insert that refers to no row fails and a delete runs the ON DELETE actions; a broken foreign key makes every write that has to check it fail, which the run refuses at setup.</source>
        <translation>除非连接将其打开，否则 SQLite 不强制执行外键。强制执行时，引用不存在行的插入会失败，删除会执行 ON DELETE 动作；失效的外键会使每个需要检查它的写入失败，运行会在准备阶段拒绝这种情况。</translation>
    </message>
    <message>
        <source>Enter the name of the load table</source>
        <translation>请输入负载表的名称</translation>
    </message>
    <message>
        <source>An existing table needs a database file: choose the current database or an existing file on the Target page</source>
        <translation>现有表需要数据库文件：请在“目标”页上选择当前数据库或一个现有文件</translation>
    </message>
    <message>
        <source>Choose the existing table to load</source>
        <translation>选择要施加负载的现有表</translation>
    </message>
    <message>
        <source>%1 has no table %2</source>
        <translation>%1 中没有表 %2</translation>
    </message>
    <message>
        <source>A temporary file or an in-memory database holds no table of yours.</source>
        <translation>临时文件或内存数据库中没有您的表。</translation>
    </message>
    <message>
        <source>Cannot list the tables of %1: %2</source>
        <translation>无法列出 %1 中的表：%2</translation>
    </message>
    <message>
        <source>%1 holds no table a load can use.</source>
        <translation>%1 中没有可用于负载的表。</translation>
    </message>
    <message>
        <source>The tables of %1.</source>
        <translation>%1 中的表。</translation>
    </message>
    <message>
        <source>Foreign keys are enforced: a delete runs the ON DELETE actions (a delete that would cascade is refused) and a foreign key SQLite cannot check is refused before the run starts.</source>
        <translation>外键被强制执行：删除会执行 ON DELETE 动作（会级联的删除将被拒绝），SQLite 无法检查的外键会在运行开始前被拒绝。</translation>
    </message>
    <message>
        <source>Foreign keys are not enforced (SQLite&apos;s default): SQLite checks no reference and runs no ON DELETE action, though the generated values still refer to existing rows.</source>
        <translation>外键不强制执行（SQLite 的默认值）：SQLite 不检查任何引用，也不执行 ON DELETE 动作，不过生成的值仍会引用现有的行。</translation>
    </message>
    <message>
        <source>The run writes into this table of yours: it inserts rows with generated values that respect the column types, UNIQUE columns and foreign keys, and updates and deletes rows by rowid, as the mix says. Those changes stay: run on a copy to keep the original. Nothing else is created or changed. %1</source>
        <translation>运行会写入您的这个表：按操作组合插入符合列类型、UNIQUE 列和外键的生成值，并按 rowid 更新和删除行。这些更改会保留：若要保留原表，请在副本上运行。不会创建或更改其他任何内容。%1</translation>
    </message>
    <message>
        <source>LockLens creates this table (id INTEGER PRIMARY KEY, worker, value, payload) if it is missing. It must be a LockLens load table: an existing table of yours with this name is refused by the engine, never written to.</source>
        <translation>如果此表不存在，LockLens 会创建它（id INTEGER PRIMARY KEY, worker, value, payload）。它必须是 LockLens 负载表：若您已有同名的表，引擎会拒绝使用，绝不会写入。</translation>
    </message>
</context>
<context>
    <name>LockLens::TableGen</name>
    <message>
        <source>cannot enforce foreign keys: %1</source>
        <translation>无法强制执行外键：%1</translation>
    </message>
    <message>
        <source>SQLite cannot prepare the run&apos;s %1 statement on %2: %3</source>
        <translation>SQLite 无法在 %2 上准备运行的 %1 语句：%3</translation>
    </message>
    <message>
        <source>with foreign keys enforced, SQLite cannot prepare the run&apos;s %1 statement on %2 (%3): the foreign key of %4 that refers to %5 does not name the PRIMARY KEY or a UNIQUE index of %5, so every write that has to check it fails. Fix that foreign key (or give %5 a UNIQUE index on the columns it names), or run without enforcing foreign keys</source>
        <translation>强制执行外键时，SQLite 无法在 %2 上准备运行的 %1 语句（%3）：%4 中引用 %5 的外键所指定的既不是 %5 的 PRIMARY KEY，也不是其 UNIQUE 索引，因此每个需要检查它的写入都会失败。请修复该外键（或为 %5 在其指定的列上建立 UNIQUE 索引），或者在不强制执行外键的情况下运行</translation>
    </message>
    <message>
        <source>%1 is not a database file</source>
        <translation>%1 不是数据库文件</translation>
    </message>
    <message>
        <source>an existing table needs an existing database file</source>
        <translation>现有表需要一个已存在的数据库文件</translation>
    </message>
    <message>
        <source>the database %1 does not exist: an existing table needs an existing database file</source>
        <translation>数据库 %1 不存在：现有表需要一个已存在的数据库文件</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>cannot read the table %1 of %2 (%3): %4</source>
        <translation>无法读取 %2 中的表 %1（%3）：%4</translation>
    </message>
    <message>
        <source>there is no table named %1 in %2</source>
        <translation>%2 中没有名为 %1 的表</translation>
    </message>
    <message>
        <source>%1 is a view: a load needs a table to write into</source>
        <translation>%1 是视图：负载需要一个可写入的表</translation>
    </message>
    <message>
        <source>%1 is a virtual table: a load needs an ordinary table</source>
        <translation>%1 是虚拟表：负载需要普通表</translation>
    </message>
    <message>
        <source>%1 is one of SQLite&apos;s internal tables</source>
        <translation>%1 是 SQLite 的内部表</translation>
    </message>
    <message>
        <source>%1 is a shadow table that a virtual table keeps: a load would corrupt it</source>
        <translation>%1 是虚拟表维护的影子表：施加负载会损坏它</translation>
    </message>
    <message>
        <source>%1 is a WITHOUT ROWID table: loads on existing tables need a rowid to update, delete and read by (LockLens does not support WITHOUT ROWID tables yet)</source>
        <translation>%1 是 WITHOUT ROWID 表：对现有表施加负载时需要按 rowid 更新、删除和读取（LockLens 尚不支持 WITHOUT ROWID 表）</translation>
    </message>
    <message>
        <source>%1 has columns named rowid, _rowid_ and oid and no INTEGER PRIMARY KEY: its rows cannot be addressed</source>
        <translation>%1 有名为 rowid、_rowid_ 和 oid 的列，却没有 INTEGER PRIMARY KEY：无法定位其中的行</translation>
    </message>
    <message>
        <source>%1 has no rowid (a WITHOUT ROWID table?): %2</source>
        <translation>%1 没有 rowid（是 WITHOUT ROWID 表吗？）：%2</translation>
    </message>
    <message>
        <source>the foreign key %1 of %2 refers to %3, which does not exist</source>
        <translation>%2 的外键 %1 引用了不存在的 %3</translation>
    </message>
    <message>
        <source>the foreign key %1 of %2 refers to the primary key of %3, which does not match it</source>
        <translation>%2 的外键 %1 引用了 %3 的主键，但两者不匹配</translation>
    </message>
    <message>
        <source>the keys of %1</source>
        <translation>%1 的键</translation>
    </message>
    <message>
        <source>with foreign keys enforced, deleting rows of %1 would change %2 too (ON DELETE %3): take deletes out of the mix or choose another table</source>
        <translation>强制执行外键时，删除 %1 的行也会更改 %2（ON DELETE %3）：请从操作组合中去掉删除，或另选一个表</translation>
    </message>
    <message>
        <source>rows of %1 that %2 refer to cannot be deleted: those deletes fail as constraint errors</source>
        <translation>%1 中被 %2 引用的行无法删除：这些删除会以约束错误失败</translation>
    </message>
    <message>
        <source>foreign keys are not enforced: deleting rows of %1 leaves the rows of %2 that refer to them referring to nothing (as in an application that does not enforce them)</source>
        <translation>未强制执行外键：删除 %1 的行后，%2 中引用它们的行将引用不存在的行（与不强制执行外键的应用程序一样）</translation>
    </message>
    <message>
        <source>%1.%2 must refer to a row of %3, which is empty: add rows to %3 first</source>
        <translation>%1.%2 必须引用 %3 中的行，但该表是空的：请先向 %3 添加行</translation>
    </message>
    <message>
        <source>%1 has no column an update could change (every column is a key, a foreign key, referred to or generated): take updates out of the mix</source>
        <translation>%1 没有可供更新修改的列（每一列都是键、外键、被引用的列或生成列）：请从操作组合中去掉更新</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n trigger(s): they run for every operation and may write elsewhere</source>
        <translation>
            <numerusform>%1 有 %n 个触发器：每次操作都会运行它们，且它们可能写入其他地方</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockLens::TableModel</name>
    <message>
        <source>BLOB (%1 bytes)</source>
        <translation>BLOB（%1 字节）</translation>
    </message>
    <message>
        <source>The rowid: column &quot;%1&quot; is another name for it.</source>
        <translation>rowid：列“%1”是它的别名。</translation>
    </message>
    <message>
        <source>The rowid: the hidden 64-bit key of every row, read as %1.</source>
        <translation>rowid：每行隐藏的 64 位键，以 %1 读取。</translation>
    </message>
    <message>
        <source>No table is shown.</source>
        <translation>没有显示任何表。</translation>
    </message>
    <message>
        <source>The grid changed its table, order or filter before the rows were read.</source>
        <translation>在读取行之前，数据表格已更改了所显示的表、排序或筛选条件。</translation>
    </message>
</context>
<context>
    <name>LockLens::TargetPage</name>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Start from a preset or your own settings, and choose the database the load runs on.</source>
        <translation>从预设或您自己的设置开始，并选择负载运行所在的数据库。</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>起点</translation>
    </message>
    <message>
        <source>Your own settings</source>
        <translation>您自己的设置</translation>
    </message>
    <message>
        <source>Preset: %1</source>
        <translation>预设：%1</translation>
    </message>
    <message>
        <source>&amp;Load Scenario…</source>
        <translation>加载场景(&amp;L)…</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>The database open in the window</source>
        <translation>窗口中打开的数据库</translation>
    </message>
    <message>
        <source>A new or other file:</source>
        <translation>新文件或其他文件：</translation>
    </message>
    <message>
        <source>path of a database file (created if missing)</source>
        <translation>数据库文件的路径（不存在时创建）</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>A temporary file, removed afterwards</source>
        <translation>临时文件，运行后删除</translation>
    </message>
    <message>
        <source>A shared in-memory database named:</source>
        <translation>共享内存数据库，名称：</translation>
    </message>
    <message>
        <source>e.g. locklens-load (no &apos;?&apos;, &apos;#&apos; or &apos;/&apos;)</source>
        <translation>例如 locklens-load（不能含 &apos;?&apos;、&apos;#&apos; 或 &apos;/&apos;）</translation>
    </message>
    <message>
        <source>Journal and durability</source>
        <translation type="vanished">日志与持久性</translation>
    </message>
    <message>
        <source>&amp;Journal mode:</source>
        <translation>日志模式(&amp;J)：</translation>
    </message>
    <message>
        <source>S&amp;ynchronous:</source>
        <translation>同步模式(&amp;Y)：</translation>
    </message>
    <message>
        <source>the shared in-memory database %1</source>
        <translation>共享内存数据库 %1</translation>
    </message>
    <message>
        <source>No database is open in the window.</source>
        <translation>窗口中没有打开的数据库。</translation>
    </message>
    <message>
        <source>The window opened it read-only, and a load test writes.</source>
        <translation>窗口以只读方式打开了它，而负载测试需要写入。</translation>
    </message>
    <message>
        <source>Enter the path of the database file, or choose one with Browse…</source>
        <translation>请输入数据库文件的路径，或点击“浏览…”选择</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 是文件夹，不是数据库文件</translation>
    </message>
    <message>
        <source>The folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>The window opened %1 read-only: choose another file</source>
        <translation>窗口以只读方式打开了 %1：请选择其他文件</translation>
    </message>
    <message>
        <source>Enter a name for the shared in-memory database</source>
        <translation>请输入共享内存数据库的名称</translation>
    </message>
    <message>
        <source>The window opened the in-memory database %1 read-only: choose another name</source>
        <translation>窗口以只读方式打开了内存数据库 %1：请选择其他名称</translation>
    </message>
    <message>
        <source>Database for the Load Test</source>
        <translation>负载测试的数据库</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SQLite 数据库 (*.db *.sqlite *.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1
On this file: %2.</source>
        <translation>%1
对此文件：%2。</translation>
    </message>
    <message>
        <source>Choose every setting on the following pages.</source>
        <translation>在后续页面中选择每一项设置。</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database (%2)</source>
        <translation>%1 不是 SQLite 数据库（%2）</translation>
    </message>
    <message>
        <source>Journal, durability and isolation</source>
        <translation>日志、持久性与隔离级别</translation>
    </message>
    <message>
        <source>&amp;Isolation:</source>
        <translation>隔离级别(&amp;I)：</translation>
    </message>
    <message>
        <source>SQLite&apos;s: a PostgreSQL server keeps its own write-ahead log.</source>
        <translation>SQLite 的设置：PostgreSQL 服务器有自己的预写日志。</translation>
    </message>
    <message>
        <source>On PostgreSQL the server&apos;s own settings apply (synchronous_commit, fsync); the run records them.</source>
        <translation>在 PostgreSQL 上适用服务器自身的设置（synchronous_commit、fsync）；运行会记录它们。</translation>
    </message>
    <message>
        <source>Each explicit transaction begins with BEGIN ISOLATION LEVEL %1.</source>
        <translation>每个显式事务以 BEGIN ISOLATION LEVEL %1 开始。</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s: SQLite&apos;s transactions are always serializable.</source>
        <translation>PostgreSQL 的设置：SQLite 的事务总是可串行化的。</translation>
    </message>
    <message>
        <source>Connected: PostgreSQL %1, room for %2 connections (max_connections).</source>
        <translation>已连接：PostgreSQL %1，可容纳 %2 个连接（max_connections）。</translation>
    </message>
    <message>
        <source>Connected, but the server&apos;s settings cannot be read: %1</source>
        <translation>已连接，但无法读取服务器的设置：%1</translation>
    </message>
    <message>
        <source>A temporary PostgreSQL cluster, removed afterwards</source>
        <translation>一个临时 PostgreSQL 集群，运行后删除</translation>
    </message>
    <message>
        <source>A PostgreSQL server:</source>
        <translation>一个 PostgreSQL 服务器：</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/database, or host=… dbname=…</source>
        <translation>postgresql://user@host:5432/database，或 host=… dbname=…</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, e.g. postgresql://me@db.example:5432/bench</source>
        <translation>请输入服务器地址，例如 postgresql://me@db.example:5432/bench</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address first.</source>
        <translation>请先输入服务器地址。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
</context>
<context>
    <name>LockLens::Trace</name>
    <message>
        <source>(no command)</source>
        <translation>（无命令）</translation>
    </message>
    <message>
        <source>%1 threads share connection %2: SQLite runs their statements one at a time, and one thread&apos;s transaction is every thread&apos;s. Give each thread its own connection.</source>
        <translation>%1 个线程共用连接 %2：SQLite 一次只执行其中一条语句，一个线程的事务就是所有线程的事务。请为每个线程提供各自的连接。</translation>
    </message>
    <message>
        <source>Connection %1 began a transaction and never ended it: nothing it wrote was committed.</source>
        <translation type="vanished">连接 %1 开始了一个事务却从未结束它：它写入的内容都没有提交。</translation>
    </message>
    <message>
        <source>Connection %1 is an in-memory database: it takes no file locks, so there are none to show.</source>
        <translation type="vanished">连接 %1 是内存数据库：它不加文件锁，因此没有锁可显示。</translation>
    </message>
    <message>
        <source>Connection %1 got SQLITE_BUSY on writes inside transactions that had read first (no busy handler can wait for those): begin them with BEGIN IMMEDIATE.</source>
        <translation type="vanished">连接 %1 在先读后写的事务中写入时得到 SQLITE_BUSY（busy 处理器无法等待这种情况）：请用 BEGIN IMMEDIATE 开始这些事务。</translation>
    </message>
    <message>
        <source>A transaction of connection %1 stayed open for %2 s while others waited: commit sooner.</source>
        <translation type="vanished">连接 %1 的一个事务在其他连接等待时保持打开 %2 秒：请尽早提交。</translation>
    </message>
    <message>
        <source>The channel dropped %1 records (it was full) and lost %2: the lock timeline has gaps; statements, sleeps and rows changed are exact.</source>
        <translation type="vanished">通道丢弃了 %1 条记录（通道已满），丢失了 %2 条：锁时间线有缺口；语句、休眠和更改的行数是精确的。</translation>
    </message>
    <message>
        <source>Nothing was recorded: the program opened no SQLite database through a shared SQLite library. A program whose SQLite is built into it (some Go and Node programs, a static build) cannot be traced this way; the Load Lab can model its load instead.</source>
        <translation>没有记录到任何内容：该程序没有通过共享的 SQLite 库打开任何 SQLite 数据库。SQLite 内置于程序中的程序（某些 Go 和 Node 程序、静态构建）无法用这种方式跟踪；可以改用负载实验室模拟其负载。</translation>
    </message>
    <message>
        <source>The channel dropped %1 records (it was full) and lost %2: the lock timeline has gaps; statements, steps, sleeps and rows changed are exact.</source>
        <translation type="vanished">通道丢弃了 %1 条记录（通道已满），丢失了 %2 条：锁时间线有缺口；语句、步骤、休眠和更改的行数是精确的。</translation>
    </message>
    <message>
        <source>(temporary database)</source>
        <translation>（临时数据库）</translation>
    </message>
    <message>
        <source>connection %1</source>
        <translation>连接 %1</translation>
    </message>
    <message>
        <source>connections %1 and on (%2 closed ones of pid %3, summed)</source>
        <translation>连接 %1 及之后的连接（pid %3 的 %2 个已关闭连接，合计）</translation>
    </message>
    <message>
        <source>%1 began a transaction and never ended it: nothing it wrote was committed.</source>
        <translation>%1 开始了一个事务却从未结束它：它写入的内容都没有提交。</translation>
    </message>
    <message>
        <source>%1 is an in-memory database: it takes no file locks, so there are none to show.</source>
        <translation>%1 是内存数据库：它不加文件锁，因此没有锁可显示。</translation>
    </message>
    <message>
        <source>%1 got SQLITE_BUSY on writes inside transactions that had read first (no busy handler can wait for those): begin them with BEGIN IMMEDIATE.</source>
        <translation>%1 在先读后写的事务中写入时得到 SQLITE_BUSY（busy 处理器无法等待这种情况）：请用 BEGIN IMMEDIATE 开始这些事务。</translation>
    </message>
    <message>
        <source>A transaction of %1 stayed open for %2 s while others waited: commit sooner.</source>
        <translation>%1 的一个事务在其他连接等待时保持打开 %2 秒：请尽早提交。</translation>
    </message>
    <message>
        <source>The channel dropped %1 records (it was full) and lost %2: the lock timeline has gaps; statements, steps, sleeps, rows changed and SQLITE_BUSY/SQLITE_LOCKED results are exact.</source>
        <translation>通道丢弃了 %1 条记录（通道已满），丢失了 %2 条：锁时间线有缺口；语句、步骤、休眠、更改的行数以及 SQLITE_BUSY/SQLITE_LOCKED 结果是精确的。</translation>
    </message>
    <message numerus="yes">
        <source>%n SQLITE_BUSY result(s) whose records were dropped are counted as class other: which class each was is not known.</source>
        <translation>
            <numerusform>有 %n 个 SQLITE_BUSY 结果的记录被丢弃，计入“其他”类：无法得知它们各属哪一类。</numerusform>
        </translation>
    </message>
    <message>
        <source>The preset %1 models that fix (%2): run it (locklens run --preset %1, or New Load Test… in the Load Lab) and compare it with this trace in the run history.</source>
        <translation>预设 %1 模拟了这一修正（%2）：运行它（locklens run --preset %1，或在负载实验室中选择“新建负载测试…”），并在运行历史中与此跟踪对比。</translation>
    </message>
    <message>
        <source>a connection for each thread</source>
        <translation>每个线程一个连接</translation>
    </message>
    <message>
        <source>BEGIN IMMEDIATE</source>
        <translation>BEGIN IMMEDIATE</translation>
    </message>
</context>
<context>
    <name>LockLens::Trace::ChannelFile</name>
    <message>
        <source>the channel&apos;s size must be a power of two</source>
        <translation>通道大小必须是 2 的幂</translation>
    </message>
    <message>
        <source>cannot create the trace channel in %1: %2</source>
        <translation>无法在 %1 中创建跟踪通道：%2</translation>
    </message>
    <message>
        <source>cannot map the trace channel %1: %2</source>
        <translation>无法映射跟踪通道 %1：%2</translation>
    </message>
</context>
<context>
    <name>LockLens::Trace::Model</name>
    <message>
        <source>(a statement SQLite runs itself)</source>
        <translation>（SQLite 自己执行的语句）</translation>
    </message>
</context>
<context>
    <name>LockLens::TraceDialog</name>
    <message>
        <source>Trace a Program</source>
        <translation>跟踪程序</translation>
    </message>
    <message>
        <source>LockLens runs the program with its recorder loaded (into every process it starts too) and shows its SQLite connections&apos; locks as they happen, and for every &quot;database is locked&quot; the connection that held the lock. The program is not changed; it needs a shared SQLite library (Linux).</source>
        <translation>LockLens 运行该程序并载入其记录器（也载入它启动的每个进程），实时显示其 SQLite 连接的锁，并在每次“database is locked”时指出持有该锁的连接。程序不会被修改；它需要使用共享的 SQLite 库（Linux）。</translation>
    </message>
    <message>
        <source>python3 worker.py --jobs 4</source>
        <translation>python3 worker.py --jobs 4</translation>
    </message>
    <message>
        <source>The program and its arguments, quoted as in a shell</source>
        <translation>程序及其参数，按 shell 的方式加引号</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Working Folder</source>
        <translation>工作文件夹</translation>
    </message>
    <message>
        <source>NAME=VALUE, one a line (added to LockLens&apos;s own environment)</source>
        <translation>NAME=VALUE，每行一个（添加到 LockLens 自己的环境中）</translation>
    </message>
    <message>
        <source>all (or names and patterns: jobs.db *.sqlite)</source>
        <translation>全部（或名称和模式：jobs.db *.sqlite）</translation>
    </message>
    <message>
        <source>Keep only database files whose path or name matches one of these patterns</source>
        <translation>只保留路径或名称匹配这些模式之一的数据库文件</translation>
    </message>
    <message>
        <source>Keep the &amp;values written in the SQL text (by default each is a ?)</source>
        <translation>保留 SQL 文本中写入的值(&amp;V)（默认每个值都显示为 ?）</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>命令(&amp;C)：</translation>
    </message>
    <message>
        <source>Working &amp;folder:</source>
        <translation>工作文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>环境(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Databases:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Trace</source>
        <translation>跟踪(&amp;T)</translation>
    </message>
    <message>
        <source>Cannot trace: %1.</source>
        <translation>无法跟踪：%1。</translation>
    </message>
</context>
<context>
    <name>LockLens::TracePanel</name>
    <message>
        <source>&amp;Stop Program</source>
        <translation>停止程序(&amp;S)</translation>
    </message>
    <message>
        <source>End the traced program (SIGTERM, as kill sends): what it recorded is kept</source>
        <translation>结束被跟踪的程序（SIGTERM，与 kill 发送的相同）：已记录的内容会保留</translation>
    </message>
    <message>
        <source>At (s)</source>
        <translation>时间（秒）</translation>
    </message>
    <message>
        <source>Thread (pid)</source>
        <translation>线程（pid）</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>语句</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Waited (s)</source>
        <translation>等待（秒）</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>持有者</translation>
    </message>
    <message>
        <source>Blocked steps</source>
        <translation>被阻塞的步骤</translation>
    </message>
    <message>
        <source>Program output</source>
        <translation>程序输出</translation>
    </message>
    <message>
        <source>No program traced yet: Load Lab ▸ Trace a Program… runs one of yours and shows its SQLite locks.</source>
        <translation>尚未跟踪任何程序：“负载实验室 ▸ 跟踪程序…”会运行你的程序并显示其 SQLite 锁。</translation>
    </message>
    <message>
        <source>Tracing &lt;b&gt;%1&lt;/b&gt; — %2 s: %3 processes, %4 connections, %5 blocked steps</source>
        <translation>正在跟踪 &lt;b&gt;%1&lt;/b&gt; — %2 秒：%3 个进程，%4 个连接，%5 个被阻塞的步骤</translation>
    </message>
    <message>
        <source>; %1 records dropped (the channel was full)</source>
        <translation>；丢弃了 %1 条记录（通道已满）</translation>
    </message>
    <message>
        <source>End the traced program? It gets SIGTERM, as from kill; what was recorded until then is kept.</source>
        <translation>结束被跟踪的程序吗？它会收到 SIGTERM（与 kill 相同）；此前记录的内容会保留。</translation>
    </message>
    <message>
        <source>Stop Program</source>
        <translation>停止程序</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; ended by signal %2 after %3 s</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 在 %3 秒后被信号 %2 结束</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; exited with status %2 after %3 s</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 在 %3 秒后以状态 %2 退出</translation>
    </message>
    <message>
        <source>: %1 processes, %2 connections, %3 blocked steps</source>
        <translation>：%1 个进程，%2 个连接，%3 个被阻塞的步骤</translation>
    </message>
    <message>
        <source>Nothing was recorded: the program opened no SQLite database through a shared SQLite library (a program whose SQLite is built into it cannot be traced this way).</source>
        <translation type="obsolete">没有记录到任何内容：该程序没有通过共享的 SQLite 库打开任何 SQLite 数据库（SQLite 内置于程序中的程序无法用这种方式跟踪）。</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>语句</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>每秒</translation>
    </message>
    <message>
        <source>Lock waits</source>
        <translation>锁等待</translation>
    </message>
    <message>
        <source>BUSY/LOCKED results</source>
        <translation>BUSY/LOCKED 结果</translation>
    </message>
    <message>
        <source>statements/s</source>
        <translation>语句/秒</translation>
    </message>
    <message>
        <source>commits/s</source>
        <translation>提交/秒</translation>
    </message>
    <message>
        <source>busy-handler sleep (ms/s)</source>
        <translation>busy 处理器休眠（毫秒/秒）</translation>
    </message>
    <message>
        <source>lock requests refused/s</source>
        <translation>被拒绝的锁请求/秒</translation>
    </message>
    <message>
        <source>BUSY/LOCKED results — none so far</source>
        <translation>BUSY/LOCKED 结果 — 目前没有</translation>
    </message>
    <message>
        <source>BUSY/LOCKED results — none</source>
        <translation>BUSY/LOCKED 结果 — 没有</translation>
    </message>
    <message>
        <source>%1 · thread %2</source>
        <translation>%1 · 线程 %2</translation>
    </message>
    <message>
        <source>%1 · %2 threads</source>
        <translation>%1 · %2 个线程</translation>
    </message>
    <message numerus="yes">
        <source>; the command exited, and the trace goes on until the %n process(es) it started end</source>
        <translation>
            <numerusform>；命令已退出，跟踪将持续到它启动的 %n 个进程结束</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>thread %1 · %Ln connection(s)</source>
        <translation>
            <numerusform>线程 %1 · %Ln 个连接</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pid %1 · %Ln connection(s)</source>
        <translation>
            <numerusform>pid %1 · %Ln 个连接</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln connection(s) of several processes</source>
        <translation>
            <numerusform>多个进程的 %Ln 个连接</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockLens::TraceSession</name>
    <message>
        <source>no command to trace</source>
        <translation>没有要跟踪的命令</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>the environment line &quot;%1&quot; is not NAME=VALUE</source>
        <translation>环境行“%1”不是 NAME=VALUE 形式</translation>
    </message>
    <message>
        <source>tracing another program needs Linux for now (a preloaded library); the Load Lab can model its load instead</source>
        <translation>跟踪其他程序目前需要 Linux（预加载库）；可以改用负载实验室模拟其负载</translation>
    </message>
    <message>
        <source>liblocklens-trace.so is not installed beside LockLens</source>
        <translation>liblocklens-trace.so 没有随 LockLens 一起安装</translation>
    </message>
</context>
<context>
    <name>LockLens::WizardText</name>
    <message>
        <source>Write-ahead log: readers keep reading while a writer writes; writers still take turns.</source>
        <translation>预写日志：写入者写入时读取者可继续读取；写入者之间仍需轮流进行。</translation>
    </message>
    <message>
        <source>Rollback journal, deleted at commit: a writer waits for every reader to finish before it commits, and new readers wait while it does.</source>
        <translation>回滚日志，提交时删除：写入者提交前要等所有读取者结束，提交期间新的读取者需等待。</translation>
    </message>
    <message>
        <source>Rollback journal, truncated at commit: locks as delete does, with a cheaper commit.</source>
        <translation>回滚日志，提交时截断：加锁方式与 delete 相同，提交开销更小。</translation>
    </message>
    <message>
        <source>Rollback journal, kept with its header zeroed at commit: locks as delete does.</source>
        <translation>回滚日志，提交时保留并将文件头清零：加锁方式与 delete 相同。</translation>
    </message>
    <message>
        <source>Rollback journal in memory: locks as delete does; a crash in mid-transaction can corrupt the database.</source>
        <translation>内存中的回滚日志：加锁方式与 delete 相同；事务中途崩溃可能损坏数据库。</translation>
    </message>
    <message>
        <source>No journal: locks as delete does; ROLLBACK is undefined and a crash in mid-transaction can corrupt the database.</source>
        <translation>无日志：加锁方式与 delete 相同；ROLLBACK 行为未定义，事务中途崩溃可能损坏数据库。</translation>
    </message>
    <message>
        <source>Not a journal mode SQLite knows.</source>
        <translation>不是 SQLite 认识的日志模式。</translation>
    </message>
    <message>
        <source>No fsync: the write lock is held shortest, but a power loss can lose commits or corrupt the database.</source>
        <translation>不执行 fsync：写锁持有时间最短，但断电可能丢失提交或损坏数据库。</translation>
    </message>
    <message>
        <source>Fewer fsyncs: in WAL a commit is not synced (a power loss may lose the last commits, not the database); with a rollback journal close to full.</source>
        <translation>较少的 fsync：WAL 模式下提交不同步（断电可能丢失最后几次提交，但不会损坏数据库）；使用回滚日志时接近 full。</translation>
    </message>
    <message>
        <source>An fsync at every commit, inside the write lock: durable, and the lock is held for it.</source>
        <translation>每次提交都在写锁内执行 fsync：持久可靠，但锁要为此多持有一段时间。</translation>
    </message>
    <message>
        <source>As full, and the journal&apos;s folder is synced too: the most durable, the longest write lock.</source>
        <translation>与 full 相同，并且还同步日志所在的文件夹：最持久，写锁持有时间最长。</translation>
    </message>
    <message>
        <source>Not a synchronous setting SQLite knows.</source>
        <translation>不是 SQLite 认识的同步设置。</translation>
    </message>
    <message>
        <source>the file&apos;s current mode, kept</source>
        <translation>保留文件当前的模式</translation>
    </message>
    <message>
        <source>the file is in %1 mode now</source>
        <translation>文件当前处于 %1 模式</translation>
    </message>
    <message>
        <source>%1; %2 stays after the run</source>
        <translation>%1；运行后保持 %2</translation>
    </message>
    <message>
        <source>%1; the run takes it out of WAL for good: afterwards it opens in DELETE mode</source>
        <translation>%1；运行会让它永久退出 WAL：之后它将以 DELETE 模式打开</translation>
    </message>
    <message>
        <source>%1; %2 holds for the run&apos;s connections only, the file keeps its mode</source>
        <translation>%1；%2 仅对运行的连接有效，文件保持原模式</translation>
    </message>
    <message>
        <source>Autocommit (no BEGIN)</source>
        <translation>自动提交（无 BEGIN）</translation>
    </message>
    <message>
        <source>BEGIN DEFERRED</source>
        <translation>BEGIN DEFERRED</translation>
    </message>
    <message>
        <source>BEGIN IMMEDIATE</source>
        <translation>BEGIN IMMEDIATE</translation>
    </message>
    <message>
        <source>BEGIN EXCLUSIVE</source>
        <translation>BEGIN EXCLUSIVE</translation>
    </message>
    <message>
        <source>Every statement is its own transaction: one row per transaction.</source>
        <translation>每条语句各自成为一个事务：每个事务一行。</translation>
    </message>
    <message>
        <source>Locks on first use: a read lock at the first read, the write lock at the first write. Upgrading can fail with SQLITE_BUSY at once.</source>
        <translation>首次使用时加锁：第一次读时加读锁，第一次写时加写锁。升级锁时可能立即因 SQLITE_BUSY 失败。</translation>
    </message>
    <message>
        <source>Takes the write lock at BEGIN and waits there, instead of failing in mid-transaction.</source>
        <translation>在 BEGIN 时获取写锁并在此等待，而不是在事务中途失败。</translation>
    </message>
    <message>
        <source>As immediate; outside WAL it also keeps readers out until the commit.</source>
        <translation>与 immediate 相同；非 WAL 模式下还会阻止读取者直到提交。</translation>
    </message>
    <message>
        <source>A connection per thread</source>
        <translation>每个线程一个连接</translation>
    </message>
    <message>
        <source>One shared connection + application mutex</source>
        <translation>一个共享连接 + 应用互斥锁</translation>
    </message>
    <message>
        <source>Single writer fed by a queue</source>
        <translation>由队列供给的单一写入者</translation>
    </message>
    <message>
        <source>Connection pool (QtConcurrent tasks)</source>
        <translation>连接池（QtConcurrent 任务）</translation>
    </message>
    <message>
        <source>Tables split across attached files</source>
        <translation>表拆分到多个附加文件</translation>
    </message>
    <message>
        <source>Each worker opens its own connection: SQLite&apos;s locks and busy handler decide who waits.</source>
        <translation>每个工作线程打开自己的连接：由 SQLite 的锁和 busy 处理器决定谁等待。</translation>
    </message>
    <message>
        <source>All workers use one connection behind the application&apos;s mutex: they queue on the mutex and SQLite sees one client.</source>
        <translation>所有工作线程通过应用的互斥锁共用一个连接：它们在互斥锁上排队，SQLite 只看到一个客户端。</translation>
    </message>
    <message>
        <source>Workers hand their writes to one writer thread that commits them in groups of up to the batch size; reads use the workers&apos; own connections.</source>
        <translation>工作线程把写操作交给一个写入线程，由它按不超过批大小的分组提交；读取使用工作线程自己的连接。</translation>
    </message>
    <message>
        <source>Each transaction is a task on a thread pool whose threads hold a connection each, as web back ends do.</source>
        <translation>每个事务是线程池中的一个任务，池中每个线程各持有一个连接，就像 Web 后端那样。</translation>
    </message>
    <message>
        <source>The load table lives in several database files (the database and siblings named NAME-split2…); worker i writes file i mod N on a connection that attaches the others. Each file has its own lock; use DEFERRED transactions.</source>
        <translation>负载表分布在多个数据库文件中（数据库本身及名为 NAME-split2… 的同级文件）；工作线程 i 在一个附加了其他文件的连接上写入第 i mod N 个文件。每个文件有自己的锁；请使用 DEFERRED 事务。</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Native (sqlite3_stmt)</source>
        <translation>原生（sqlite3_stmt）</translation>
    </message>
    <message>
        <source>Qt (QSqlQuery)</source>
        <translation>Qt（QSqlQuery）</translation>
    </message>
    <message>
        <source>sqlite3_stmt on the Qt driver&apos;s handle when the driver uses LockLens&apos;s SQLite, QSqlQuery otherwise.</source>
        <translation>当 Qt 驱动使用 LockLens 的 SQLite 时，在驱动的句柄上使用 sqlite3_stmt，否则使用 QSqlQuery。</translation>
    </message>
    <message>
        <source>sqlite3_stmt on the Qt driver&apos;s handle; refused when the driver carries its own SQLite.</source>
        <translation>在 Qt 驱动的句柄上使用 sqlite3_stmt；若驱动自带 SQLite 则拒绝。</translation>
    </message>
    <message>
        <source>QSqlQuery for every statement, as an ordinary Qt program does.</source>
        <translation>每条语句都使用 QSqlQuery，与普通 Qt 程序一样。</translation>
    </message>
    <message>
        <source>SQLite busy timeout</source>
        <translation>SQLite busy 超时</translation>
    </message>
    <message>
        <source>Spin (retry every 1 ms)</source>
        <translation>自旋（每 1 毫秒重试）</translation>
    </message>
    <message>
        <source>None (fail at once)</source>
        <translation>无（立即失败）</translation>
    </message>
    <message>
        <source>SQLite&apos;s own schedule: retries with growing sleeps (up to 100 ms) until the timeout.</source>
        <translation>SQLite 自己的策略：以逐渐增长的休眠（最长 100 毫秒）重试，直到超时。</translation>
    </message>
    <message>
        <source>Retries every millisecond until the timeout: takes a freed lock sooner, costs CPU.</source>
        <translation>每毫秒重试一次直到超时：能更早拿到释放的锁，但消耗 CPU。</translation>
    </message>
    <message>
        <source>No waiting: a locked database fails at once with SQLITE_BUSY; the timeout is not used.</source>
        <translation>不等待：数据库被锁定时立即以 SQLITE_BUSY 失败；不使用超时。</translation>
    </message>
    <message>
        <source>Doubling delay</source>
        <translation>加倍延迟</translation>
    </message>
    <message>
        <source>Fixed delay</source>
        <translation>固定延迟</translation>
    </message>
    <message>
        <source>At once (as pgbench)</source>
        <translation>立即（同 pgbench）</translation>
    </message>
    <message>
        <source>Waits %1 ms, then twice as long each time up to %2 ms (x0.5-1.5 at random), as applications retrying SQLITE_BUSY do.</source>
        <translation>先等待 %1 毫秒，之后每次加倍，最长 %2 毫秒（随机乘以 0.5-1.5），与重试 SQLITE_BUSY 的应用程序的做法相同。</translation>
    </message>
    <message>
        <source>Waits %1 ms before each retry (x0.5-1.5 at random).</source>
        <translation>每次重试前等待 %1 毫秒（随机乘以 0.5-1.5）。</translation>
    </message>
    <message>
        <source>Retries at once, as pgbench --max-tries: while another writer holds the lock, the tries are spent in milliseconds.</source>
        <translation>立即重试，与 pgbench --max-tries 相同：当另一个写入者持有锁时，所有尝试会在几毫秒内耗尽。</translation>
    </message>
</context>
<context>
    <name>LockLens::WorkloadPage</name>
    <message>
        <source>Workload</source>
        <translation>工作负载</translation>
    </message>
    <message>
        <source>What each worker does: the table it uses, the operations it issues and how it groups them into transactions.</source>
        <translation>每个工作线程做什么：使用的表、发出的操作以及如何将操作组合成事务。</translation>
    </message>
    <message>
        <source>Operation mix (relative weights)</source>
        <translation>操作组合（相对权重）</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>插入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>更新(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Point read</source>
        <translation>点读取(&amp;P)</translation>
    </message>
    <message>
        <source>Ra&amp;nge read</source>
        <translation>范围读取(&amp;N)</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>事务</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> 字节</translation>
    </message>
    <message>
        <source>&amp;Read before writing: each transaction reads a row first, as read-modify-write code does</source>
        <translation>写前先读(&amp;R)：每个事务先读取一行，就像“读-改-写”代码那样</translation>
    </message>
    <message>
        <source>Pa&amp;yload per row:</source>
        <translation>每行负载数据(&amp;Y)：</translation>
    </message>
    <message>
        <source>Rows per &amp;transaction:</source>
        <translation>每个事务的行数(&amp;T)：</translation>
    </message>
    <message>
        <source>Rows per ran&amp;ge read:</source>
        <translation>每次范围读取的行数(&amp;G)：</translation>
    </message>
    <message>
        <source>Pre&amp;fill rows:</source>
        <translation>预填充行数(&amp;F)：</translation>
    </message>
    <message>
        <source>Transaction &amp;mode:</source>
        <translation>事务模式(&amp;M)：</translation>
    </message>
    <message>
        <source>insert</source>
        <translation>插入</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>point read</source>
        <translation>点读取</translation>
    </message>
    <message>
        <source>range read</source>
        <translation>范围读取</translation>
    </message>
    <message>
        <source>%1% %2</source>
        <translation>%1% %2</translation>
    </message>
    <message>
        <source>Each worker issues %1.</source>
        <translation>每个工作线程发出 %1。</translation>
    </message>
    <message>
        <source>Give at least one operation a weight above 0.</source>
        <translation>请至少为一种操作设置大于 0 的权重。</translation>
    </message>
</context>
<context>
    <name>ResultsStore</name>
    <message>
        <source>%1 is not a LockLens results store (it holds other data)</source>
        <translation>%1 不是 LockLens 结果库（其中包含其他数据）</translation>
    </message>
    <message>
        <source>%1 was written by a newer LockLens (results store version %2; this version of LockLens reads up to %3)</source>
        <translation>%1 由更新版本的 LockLens 写入（结果库版本 %2；此版本的 LockLens 最高只能读取 %3）</translation>
    </message>
    <message>
        <source>no run %1 in the results store</source>
        <translation>结果库中没有运行 %1</translation>
    </message>
    <message>
        <source>no results store given</source>
        <translation>未指定结果库</translation>
    </message>
    <message>
        <source>cannot update the results store %1 to version %2: %3</source>
        <translation>无法将结果库 %1 更新到版本 %2：%3</translation>
    </message>
    <message>
        <source>cannot write to the results store %1: %2</source>
        <translation>无法写入结果库 %1：%2</translation>
    </message>
    <message>
        <source>the results store is not open</source>
        <translation>结果库未打开</translation>
    </message>
    <message>
        <source>not a LockLens run result (no scenario or summary)</source>
        <translation type="vanished">不是 LockLens 运行结果（没有场景或摘要）</translation>
    </message>
    <message>
        <source>run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>run %1 in the results store is damaged: %2</source>
        <translation>结果库中的运行 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>a run needs a name</source>
        <translation>运行需要名称</translation>
    </message>
    <message>
        <source>no run %1 in the results store; nothing was removed</source>
        <translation>结果库中没有运行 %1；未删除任何内容</translation>
    </message>
    <message>
        <source>%1 is not a LockLens results store (the file is empty)</source>
        <translation>%1 不是 LockLens 结果库（文件为空）</translation>
    </message>
    <message>
        <source>%1 is not a LockLens results store</source>
        <translation>%1 不是 LockLens 结果库</translation>
    </message>
    <message>
        <source>%1 is a results store of an older LockLens (version %2): save a run into it to update it, then report</source>
        <translation>%1 是旧版 LockLens 的结果库（版本 %2）：请先向其中保存一次运行以更新它，然后再生成报告</translation>
    </message>
    <message>
        <source>the results store %1 is open read-only</source>
        <translation>结果库 %1 以只读方式打开</translation>
    </message>
    <message>
        <source>not a LockLens run result (%1)</source>
        <translation>不是 LockLens 运行结果（%1）</translation>
    </message>
    <message>
        <source>it has no scenario</source>
        <translation>没有场景</translation>
    </message>
    <message>
        <source>trace: %1</source>
        <translation>跟踪：%1</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>pid %1</source>
        <translation>pid %1</translation>
    </message>
</context>
</TS>
