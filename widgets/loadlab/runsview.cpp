// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/loadlab/runsview.h"

#include "app/core/resultsstore.h"
#include "app/core/runlistmodel.h"
#include "app/reports/reportstore.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace LockLens {

namespace {

constexpr int kFilterPauseMs = 300;
constexpr int kNotesPauseMs = 1000;

const QColor kFailureColor(0xb0, 0x00, 0x20);

// Sorts on the model's raw values and shows a run that was not verified, or whose
// transactions failed, in red.
class RunsProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole
            && ((index.column() == RunListModel::Verified
                    && QSortFilterProxyModel::data(index, RunListModel::ProblemRole).toBool())
                || (index.column() == RunListModel::FailedTx
                    && QSortFilterProxyModel::data(index, RunListModel::FailuresRole).toBool())))
            return kFailureColor;
        return QSortFilterProxyModel::data(index, role);
    }
};

void setTextColor(QLabel *label, bool failure)
{
    QPalette p; // nothing set: the inherited colours
    if (failure)
        p.setColor(QPalette::WindowText, kFailureColor);
    label->setPalette(p);
}

} // namespace

RunsView::RunsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new RunListModel(this))
    , m_proxy(new RunsProxy(this))
{
    buildTable();
    QHBoxLayout *top = buildTopRow();
    buildNotes();

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_stack);
    split->addWidget(m_notesBox);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    connect(
        m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RunsView::updateActions);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RunsView::currentChanged);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT openRequested(index.data(RunListModel::IdRole).toLongLong());
    });
    connect(m_model, &RunListModel::editFailed, this, [this](const QString &why) { showStatus(why, true); });
    connect(m_model, &RunListModel::runEdited, this, [this](qint64 id) {
        if (id == m_notesId)
            showNotesOf(id); // the title names the run
        Q_EMIT runsChanged();
    });

    setFocusProxy(m_table);
    setConfirm({});
    showNotesOf(-1);
    reload();
}

RunsView::~RunsView() = default; // the store may already be gone: nothing is saved here

void RunsView::buildTable()
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RunListModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_table = new QTableView;
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RunListModel::Started, Qt::DescendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);

    m_message = new QLabel;
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMargin(24);
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_message);
}

QHBoxLayout *RunsView::buildTopRow()
{
    m_filter = new QLineEdit;
    m_filter->setPlaceholderText(tr("Filter: name, scenario, journal, notes…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(260);
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(kFilterPauseMs);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, [this] {
        m_proxy->setFilterFixedString(m_filter->text());
        updateCount();
        updateActions();
    });
    m_count = new QLabel;

    buildActions();
    auto *bar = new QToolBar;
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(m_open);
    bar->addAction(m_compare);
    bar->addAction(m_export);
    bar->addAction(m_rename);
    bar->addAction(m_delete);
    bar->addSeparator();
    bar->addAction(m_reload);

    auto *top = new QHBoxLayout;
    top->addWidget(bar);
    top->addStretch(1);
    top->addWidget(m_count);
    top->addWidget(m_filter);
    return top;
}

void RunsView::buildNotes()
{
    m_notesTitle = new QLabel;
    m_notes = new QPlainTextEdit;
    m_notes->setTabChangesFocus(true);
    m_notes->installEventFilter(this);
    m_notesTimer = new QTimer(this);
    m_notesTimer->setSingleShot(true);
    m_notesTimer->setInterval(kNotesPauseMs);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &RunsView::notesEdited);
    connect(m_notesTimer, &QTimer::timeout, this, &RunsView::saveNotes);
    m_notesBox = new QWidget;
    auto *notesLayout = new QVBoxLayout(m_notesBox);
    notesLayout->setContentsMargins(0, 4, 0, 0);
    notesLayout->addWidget(m_notesTitle);
    notesLayout->addWidget(m_notes);
}

void RunsView::buildActions()
{
    m_open = new QAction(tr("&Open"), this);
    m_open->setToolTip(tr("Show the selected run (or double-click it)"));
    m_compare = new QAction(tr("&Compare"), this);
    m_compare->setToolTip(tr("Compare two or more selected runs; the top-most selected run is the baseline"));
    m_export = new QAction(tr("&Export…"), this);
    m_export->setToolTip(tr("Write a report of the selected run, or a comparison of the selected runs "
                            "(HTML, PDF, Markdown, CSV or JSON)"));
    m_rename = new QAction(tr("&Rename"), this);
    m_rename->setToolTip(tr("Rename the selected run (F2)"));
    m_rename->setShortcut(Qt::Key_F2);
    m_delete = new QAction(tr("&Delete…"), this);
    m_delete->setToolTip(tr("Delete the selected runs from the results store"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_reload = new QAction(tr("Re&load"), this);
    m_reload->setToolTip(tr("Read the results store again (runs saved by other LockLens windows or the "
                            "command line)"));
    m_reload->setShortcut(QKeySequence::Refresh);
    for (QAction *a : { m_open, m_compare, m_export, m_rename, m_delete, m_reload })
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    connect(m_open, &QAction::triggered, this, &RunsView::openCurrent);
    connect(m_compare, &QAction::triggered, this, &RunsView::requestCompare);
    connect(m_export, &QAction::triggered, this, &RunsView::exportSelected);
    connect(m_rename, &QAction::triggered, this, &RunsView::renameCurrent);
    connect(m_delete, &QAction::triggered, this, &RunsView::deleteSelected);
    connect(m_reload, &QAction::triggered, this, &RunsView::reload);

    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({ m_open, m_compare, m_export, m_rename, separator, m_delete });
}

void RunsView::setStore(ResultsStore *store, const QString &openError)
{
    saveNotes();
    m_store = store;
    m_openError = openError;
    m_model->setStore(store);
    reload();
}

void RunsView::setConfirm(Confirm confirm)
{
    if (confirm) {
        m_confirm = std::move(confirm);
        return;
    }
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Delete runs"), question,
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    };
}

void RunsView::reload()
{
    saveNotes();
    QList<qint64> keep = selectedIds();
    const qint64 current = currentId();
    if (keep.removeAll(current) > 0)
        keep.prepend(current);

    QString why = m_openError;
    std::vector<RunSummary> runs;
    if (why.isEmpty() && !m_store)
        why = tr("no results store is open");
    if (why.isEmpty())
        runs = m_store->list(&why);
    const bool wasEmpty = m_model->rowCount() == 0;
    m_model->setRuns(std::move(runs));

    if (!why.isEmpty()) {
        showMessage(tr("The run history cannot be shown: %1").arg(why), true);
    } else if (m_model->rowCount() == 0) {
        showMessage(tr("<p><b>No runs saved yet.</b></p><p>Run a load test from <b>Load Lab ▸ New Load "
                       "Test…</b> or <code>locklens run --save</code>; every run is kept here to be "
                       "compared later.</p>"),
            false);
    } else {
        showMessage({}, false);
        if (wasEmpty) {
            m_table->resizeColumnsToContents();
            for (int c : { RunListModel::Name, RunListModel::Scenario })
                m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 260));
        }
    }
    if (keep.isEmpty() && m_proxy->rowCount() > 0)
        keep << m_proxy->index(0, 0).data(RunListModel::IdRole).toLongLong();
    selectIds(keep);
    currentChanged();
    updateActions();
    updateCount();
}

QList<qint64> RunsView::selectedIds() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
        [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const QModelIndex &index : rows)
        ids << index.data(RunListModel::IdRole).toLongLong();
    return ids;
}

void RunsView::selectIds(const QList<qint64> &ids)
{
    QItemSelection selection;
    QModelIndex first;
    for (qint64 id : ids) {
        const int row = m_model->rowOf(id);
        const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
        if (!index.isValid())
            continue;
        if (!first.isValid())
            first = index;
        selection.select(index, index.siblingAtColumn(RunListModel::NUM_COLUMNS - 1));
    }
    QItemSelectionModel *sm = m_table->selectionModel();
    sm->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    sm->select(selection, QItemSelectionModel::ClearAndSelect);
    if (first.isValid())
        m_table->scrollTo(first);
}

qint64 RunsView::currentId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(RunListModel::IdRole).toLongLong() : -1;
}

QString RunsView::statusText() const
{
    return m_status->text();
}

QString RunsView::messageText() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

void RunsView::showStatus(const QString &text, bool failure)
{
    m_status->setText(text);
    setTextColor(m_status, failure);
}

void RunsView::showMessage(const QString &text, bool failure)
{
    m_message->setTextFormat(failure ? Qt::PlainText : Qt::RichText);
    m_message->setText(text);
    setTextColor(m_message, failure);
    m_stack->setCurrentWidget(text.isEmpty() ? static_cast<QWidget *>(m_table) : m_message);
    m_notesBox->setHidden(!text.isEmpty()); // no run to write about
}

void RunsView::updateActions()
{
    const qsizetype n = selectedIds().size();
    m_open->setEnabled(n == 1);
    m_compare->setEnabled(n >= 2);
    m_export->setEnabled(n >= 1 && m_store);
    m_rename->setEnabled(n == 1);
    m_delete->setEnabled(n >= 1 && m_store);
    m_reload->setEnabled(m_store != nullptr);
}

void RunsView::updateCount()
{
    const int all = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == all ? tr("Runs: %1").arg(all) : tr("Runs: %1 of %2").arg(shown).arg(all));
}

void RunsView::openCurrent()
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() == 1)
        Q_EMIT openRequested(ids.front());
}

void RunsView::requestCompare()
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() >= 2)
        Q_EMIT compareRequested(ids);
}

QString RunsView::exportSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || !m_store)
        return QString();
    Report::Model model;
    QString why;
    if (!Report::modelFromStore(*m_store, ids, &model, &why)) {
        const QString text = tr("No report was written: %1").arg(why);
        showStatus(text, true);
        ReportExport::warn(this, text, m_reportDialogs);
        return QString();
    }
    const QString path = ReportExport::exportReport(this, model, ids, m_reportDialogs);
    if (!path.isEmpty())
        showStatus(tr("Report written to %1").arg(QDir::toNativeSeparators(path)), false);
    return path;
}

void RunsView::renameCurrent()
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1)
        return;
    const QModelIndex index
        = m_proxy->mapFromSource(m_model->index(m_model->rowOf(ids.front()), RunListModel::Name));
    m_table->setCurrentIndex(index);
    m_table->edit(index);
}

void RunsView::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || !m_store)
        return;
    saveNotes();
    QStringList names;
    for (qint64 id : ids) {
        if (names.size() == 5) {
            names << QStringLiteral("…");
            break;
        }
        names << QStringLiteral("• ") + m_model->run(m_model->rowOf(id)).name;
    }
    const QString question
        = (ids.size() == 1 ? tr("Delete 1 run from the results store? This cannot be undone.")
                           : tr("Delete %n runs from the results store? This cannot be undone.", nullptr,
                               int(ids.size())))
        + QStringLiteral("\n\n") + names.join(QLatin1Char('\n'));
    if (!m_confirm(question))
        return;
    QString why;
    if (m_store->remove(ids, &why)) {
        showStatus(tr("Deleted %n run(s).", nullptr, int(ids.size())), false);
    } else {
        showStatus(tr("Nothing was deleted: %1").arg(why), true);
    }
    reload();
    Q_EMIT runsChanged();
}

void RunsView::currentChanged()
{
    const qint64 id = currentId();
    if (id == m_notesId)
        return;
    saveNotes(); // the run that was current
    showNotesOf(id);
}

void RunsView::showNotesOf(qint64 id)
{
    const int row = m_model->rowOf(id);
    m_showingNotes = true;
    m_notesTimer->stop();
    m_notesDirty = false;
    if (row < 0) {
        m_notesId = -1;
        m_notes->clear();
        m_notes->setEnabled(false);
        m_notes->setPlaceholderText(tr("Select a run to write notes about it."));
        m_notesTitle->setText(tr("Notes"));
    } else {
        const RunSummary &run = m_model->run(row);
        if (m_notesId != id || m_notes->toPlainText() != run.notes)
            m_notes->setPlainText(run.notes);
        m_notesId = id;
        m_notes->setEnabled(true);
        m_notes->setPlaceholderText(tr("What was this run for, what did it show? Saved as you type."));
        m_notesTitle->setText(tr("Notes on “%1”").arg(run.name));
    }
    m_showingNotes = false;
}

void RunsView::notesEdited()
{
    if (m_showingNotes || m_notesId < 0)
        return;
    m_notesDirty = true;
    m_notesTimer->start();
}

bool RunsView::saveNotes()
{
    m_notesTimer->stop();
    if (!m_notesDirty || m_notesId < 0)
        return true;
    const int row = m_model->rowOf(m_notesId);
    QString why = tr("the run is no longer in the list");
    if (row < 0 || !m_model->setNotes(row, m_notes->toPlainText(), &why)) {
        showStatus(tr("The notes were not saved: %1").arg(why), true);
        return false; // still dirty: the next pause or focus change tries again
    }
    m_notesDirty = false;
    showStatus(tr("Notes on “%1” saved.").arg(m_model->run(row).name), false);
    return true;
}

void RunsView::hideEvent(QHideEvent *event)
{
    saveNotes();
    QWidget::hideEvent(event);
}

bool RunsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_notes && event->type() == QEvent::FocusOut)
        saveNotes();
    return QWidget::eventFilter(watched, event);
}

} // namespace LockLens
