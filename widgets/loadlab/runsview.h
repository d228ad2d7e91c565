// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/loadlab/reportexport.h"

#include <QList>
#include <QWidget>

#include <functional>

class QAction;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTimer;

namespace LockLens {

class ResultsStore;
class RunListModel;

// The run history: every run of the results store in a sortable, filterable table, with
// Open, Compare, Export (a report of one run, or a comparison), Rename (F2, in place),
// Delete (confirmed) and notes for the current run.
// Notes are saved after a pause in typing, when another run becomes current, when the
// editor loses focus and when the view is hidden; a store error is shown, never dropped.
class RunsView : public QWidget
{
    Q_OBJECT
public:
    // Asked before deleting runs; true goes ahead. The default asks with a QMessageBox.
    using Confirm = std::function<bool(const QString &question)>;

    explicit RunsView(QWidget *parent = nullptr);
    ~RunsView() override;

    // Not owned; it lives on the GUI thread and must outlive the view (or be replaced by
    // setStore(nullptr) first). `openError`: why the store could not be opened, shown in
    // place of the list.
    void setStore(ResultsStore *store, const QString &openError = QString());
    // Re-reads the store's list; keeps the selection and the current run by id.
    void reload();
    // The selected runs' ids in the order the table shows them (the top one first).
    QList<qint64> selectedIds() const;
    // Selects exactly these runs (those present); the first becomes current.
    void selectIds(const QList<qint64> &ids);
    QTableView *table() const { return m_table; }
    RunListModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QLineEdit *filterEdit() const { return m_filter; }
    QPlainTextEdit *notesEditor() const { return m_notes; }
    // Open, Compare, Export, Rename, Delete, Reload: the buttons' and context menu's actions.
    QAction *openAction() const { return m_open; }
    QAction *compareAction() const { return m_compare; }
    QAction *exportAction() const { return m_export; }
    QAction *renameAction() const { return m_rename; }
    QAction *deleteAction() const { return m_delete; }
    // Replaces the question asked before deleting (tests answer it themselves).
    void setConfirm(Confirm confirm);
    // Replaces the save dialog and the warning of Export (tests answer them themselves).
    void setReportDialogs(ReportExport::Dialogs dialogs) { m_reportDialogs = std::move(dialogs); }
    // Writes a report of the selected runs (a comparison, in the order shown, when two or
    // more are): asks for the file, then says where it went. The path; "" when not written.
    QString exportSelected();
    // The status line: the last error (rename, notes, delete) or what was done.
    QString statusText() const;
    // The message shown instead of the table (empty store, store error); "" when the
    // table is shown.
    QString messageText() const;
    // Saves the notes being edited now, if they changed. False when the store refused.
    bool saveNotes();

Q_SIGNALS:
    void compareRequested(const QList<qint64> &ids); // 2 or more selected
    void openRequested(qint64 id); // double-click / Open
    void runsChanged(); // a run was renamed, annotated or deleted

protected:
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildTable(); // the sorting proxy, the table, and the message shown in its place
    QHBoxLayout *buildTopRow(); // the actions' buttons, the count and the filter
    void buildNotes(); // the current run's notes, saved after a pause in typing
    void buildActions();
    void updateActions();
    void updateCount();
    void currentChanged();
    void showNotesOf(qint64 id);
    void notesEdited();
    void openCurrent();
    void requestCompare();
    void renameCurrent();
    void deleteSelected();
    void showStatus(const QString &text, bool failure);
    void showMessage(const QString &text, bool failure);
    qint64 currentId() const;

    ResultsStore *m_store = nullptr;
    QString m_openError;
    RunListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_message = nullptr;
    QLineEdit *m_filter = nullptr;
    QTimer *m_filterTimer = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_notesBox = nullptr;
    QLabel *m_notesTitle = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QTimer *m_notesTimer = nullptr;
    QAction *m_open = nullptr;
    QAction *m_compare = nullptr;
    QAction *m_export = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_reload = nullptr;
    Confirm m_confirm;
    ReportExport::Dialogs m_reportDialogs;
    qint64 m_notesId = -1; // the run whose notes the editor shows; -1: none
    bool m_notesDirty = false;
    bool m_showingNotes = false; // setPlainText() is not an edit
};

} // namespace LockLens
