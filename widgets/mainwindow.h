// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/catalog.h"
#include "app/core/dbconnection.h"
#include "widgets/browser/gridhistory.h"
#include "widgets/loadlab/reportexport.h"

#include <QFutureWatcher>
#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;

namespace LockLens {

class Banner;
class DataGrid;
class FkDiagram;
class LoadLab;
class PragmaPanel;
class RelatedRowsPanel;
class SchemaTree;
class SqlConsole;
class SqlSession;

// The window: a schema tree beside a data grid. Each panel is its own widget; this class
// only opens databases, reads their catalog in the background and wires the panels.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a database and reads its catalog in the background; schemaLoaded() or
    // failed() follows. Read-only: nothing LockLens does can write to it (the SQL console
    // and the pragma panel included). Until the catalog is read nothing of the window
    // changes, and a file that fails (not a database, corrupt, missing, unreadable, not a
    // regular file) leaves it as it was, out of Open Recent. One that another connection
    // has locked is shown as locked (failed() too) until Retry (F5) reads it.
    void openDatabase(const DatabaseLocation &where, bool readOnly = false);
    enum class State { None, Open, Locked };
    State state() const { return m_state; }
    const Catalog::Schema &schema() const { return m_schema; }
    const DatabaseLocation &location() const { return m_where; }
    Banner *banner() const { return m_banner; }
    // Reads the catalog again (F5); after a lock, opens every panel afresh.
    QAction *retryAction() const { return m_retry; }
    QAction *backAction() const { return m_back; }
    QAction *forwardAction() const { return m_forward; }
    SchemaTree *schemaTree() const { return m_tree; }
    DataGrid *dataGrid() const { return m_grid; }
    RelatedRowsPanel *relatedRows() const { return m_related; }
    SqlConsole *console() const { return m_console; }
    FkDiagram *diagram() const { return m_diagram; }
    PragmaPanel *pragmaPanel() const { return m_pragmas; }
    LoadLab *loadLab() const { return m_loadLab; }
    bool readOnly() const { return m_readOnly; }
    void showTable(const QString &name);
    // Shows `table` and selects its first row whose `columns` hold `values`; Back returns
    // to where the grid was.
    void openRow(const QString &table, const QStringList &columns, const QVariantList &values);
    // Shows a table the user picked (tree, diagram); Back returns to where the grid was.
    void navigateTo(const QString &table);
    void goBack();
    void goForward();
    enum class Page { Data, Diagram, Console, Pragmas, LoadLab };
    void showPage(Page page);
    // File ▸ Export Report…: a report of the load lab's ended run or of its comparison.
    QAction *exportReportAction() const { return m_exportReport; }
    // Replaces the save dialog and the warning of Export Report (tests answer them).
    void setReportDialogs(ReportExport::Dialogs dialogs) { m_reportDialogs = std::move(dialogs); }
    // Asks for the file and writes the report; the path, "" when nothing was written.
    QString exportReport();

Q_SIGNALS:
    void schemaLoaded();
    void failed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct Loaded
    {
        quint64 generation = 0;
        DatabaseLocation where;
        bool readOnly = false;
        bool ok = false;
        Catalog::Schema schema;
        SqlFailure failure;
        WriteBlock block = WriteBlock::None;
    };
    void createMenus();
    void createNavigation();
    QWidget *createPages();
    void openFileDialog(bool readOnly);
    void afterScript(bool changedData);
    void newDatabase();
    void openMemory();
    void createDemo();
    void showPreferences();
    void reloadSchema();
    void load(const DatabaseLocation &where, bool readOnly);
    void onLoaded();
    void refuse(const QString &text);
    void adopt(const DatabaseLocation &where, bool readOnly);
    void showLocked(const SqlFailure &failure);
    void showWriteBlock(WriteBlock block);
    void applySchema(const Catalog::Schema &schema);
    QString firstTable(const QString &wanted) const;
    void leavePlace();
    void restorePlace(const GridPlace &place);
    void updateHistoryActions();
    void rememberRecent(const QString &path);
    void updateRecentMenu();
    void showError(const QString &text);
    void updateLoadLabContext();
    void updateExportAction();

    SchemaTree *m_tree = nullptr;
    DataGrid *m_grid = nullptr;
    RelatedRowsPanel *m_related = nullptr;
    SqlSession *m_session = nullptr; // the console's and the pragma panel's connection
    SqlConsole *m_console = nullptr;
    FkDiagram *m_diagram = nullptr;
    PragmaPanel *m_pragmas = nullptr;
    LoadLab *m_loadLab = nullptr;
    Banner *m_banner = nullptr;
    class QTabWidget *m_pages = nullptr;
    State m_state = State::None;
    QAction *m_retry = nullptr;
    QAction *m_reopenReadOnly = nullptr;
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
    GridHistory m_history;
    bool m_readOnly = false;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_modeLabel = nullptr;
    QLabel *m_versionLabel = nullptr;
    QMenu *m_recent = nullptr;
    QAction *m_exportReport = nullptr;
    ReportExport::Dialogs m_reportDialogs;
    QFutureWatcher<Loaded> m_loader;
    quint64 m_generation = 0;
    DatabaseLocation m_where;
    Catalog::Schema m_schema;
    std::unique_ptr<DbConnection> m_memoryKeeper; // keeps a shared in-memory database alive
    std::unique_ptr<DbConnection> m_pendingKeeper; // the same, for one being opened
    QString m_pendingTable;
};

} // namespace LockLens
