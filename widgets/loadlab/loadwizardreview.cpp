// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard's review page: every setting in one readable list, the known traps, a name.
#include "widgets/loadlab/loadwizardpages.h"

#include "app/core/loadtableremoval.h"
#include "widgets/common/icons.h"
#include "widgets/loadlab/loadwizardtext.h"
#include "workers/postgres/serveraddress.h"
#include "workers/serversampler.h"

#include <QDir>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace LockLens {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString number(double v)
{
    return QString::number(v, 'g', 15);
}

// Two columns of name/value rows under section headings, compact enough to see whole.
class SummaryHtml
{
public:
    void section(const QString &title)
    {
        m_column += QStringLiteral("<tr><td colspan=\"2\" style=\"padding-top:6px\"><b>%1</b></td></tr>")
                        .arg(esc(title));
    }
    void row(const QString &name, const QString &value)
    {
        m_column
            += QStringLiteral("<tr><td style=\"padding-left:10px; padding-right:10px; color:#555\">%1</td>"
                              "<td>%2</td></tr>")
                   .arg(esc(name), esc(value));
    }
    void nextColumn()
    {
        m_columns << m_column;
        m_column.clear();
    }
    QString html() const
    {
        QString cells;
        for (const QString &c : m_columns + QStringList { m_column })
            cells
                += QStringLiteral("<td width=\"50%\" valign=\"top\"><table cellspacing=\"0\">%1</table></td>")
                       .arg(c);
        return QStringLiteral("<table width=\"100%\" cellspacing=\"0\"><tr>%1</tr></table>").arg(cells);
    }

private:
    QStringList m_columns;
    QString m_column;
};

// What the run leaves in the database open in the window: LockLens's load table, created
// when it is not there (the banner then offers to remove it after the run).
QString windowDatabaseEffect(const Scenario &sc, const WizardContext &ctx)
{
    if (!runsOnWindowDatabase(sc, ctx) || sc.existingTable)
        return {};
    const DatabaseLocation where
        = sc.isMemory() ? DatabaseLocation::memory(sc.memoryName) : DatabaseLocation::file(sc.databasePath);
    const QString name = where.displayName();
    bool found = false;
    QString why;
    if (!LoadTable::exists(where, sc.table, &found, &why))
        return ReviewPage::tr(
            "The run writes into the table %1 of %2, creating it if it is not there, and it "
            "stays after the run (%3).")
            .arg(sc.table, name, why);
    if (found)
        return ReviewPage::tr(
            "The run adds its rows to the table %1, which %2 already holds; they stay after "
            "the run.")
            .arg(sc.table, name);
    return ReviewPage::tr(
        "The run creates the table %1 in %2 and leaves it there, with the rows it inserts. "
        "When the run has ended, the banner under the dashboard's header offers to remove it.")
        .arg(sc.table, name);
}

void targetRows(SummaryHtml &h, const Scenario &sc, const WizardContext &ctx)
{
    h.section(ReviewPage::tr("Target"));
    if (sc.onServer()) { // the server's address is shown without its password
        QString ignored;
        const auto address = Postgres::ServerAddress::parse(sc.server, &ignored);
        h.row(ReviewPage::tr("Database"),
            sc.server.isEmpty() ? ReviewPage::tr("a temporary PostgreSQL cluster, removed afterwards")
                : address       ? ReviewPage::tr("the PostgreSQL server %1").arg(address->shown())
                                : ReviewPage::tr("a PostgreSQL server"));
        h.row(ReviewPage::tr("Isolation"), toString(sc.isolation));
        h.row(ReviewPage::tr("Durability"), ReviewPage::tr("the server's own (synchronous_commit, fsync)"));
        return;
    }
    QString where;
    if (sc.isMemory())
        where = ReviewPage::tr("shared in-memory database %1").arg(sc.memoryName);
    else if (sc.databasePath.isEmpty())
        where = ReviewPage::tr("a temporary file, removed afterwards");
    else
        where = QDir::toNativeSeparators(sc.databasePath);
    if (runsOnWindowDatabase(sc, ctx))
        where = ReviewPage::tr("%1 (the database open in the window)").arg(where);
    h.row(ReviewPage::tr("Database"), where);
    // On an existing file, whether the run keeps its journal mode or changes it for good.
    const QString change = sc.isMemory()
        ? QString()
        : WizardText::journalChange(sc.journalMode, WizardText::fileJournalMode(sc.databasePath));
    h.row(ReviewPage::tr("Journal mode"),
        change.isEmpty() ? sc.journalMode.toUpper()
                         : ReviewPage::tr("%1 (%2)").arg(sc.journalMode.toUpper(), change));
    h.row(ReviewPage::tr("Synchronous"), sc.synchronous.toUpper());
}

void workloadRows(SummaryHtml &h, const Scenario &sc)
{
    h.section(ReviewPage::tr("Workload"));
    if (sc.existingTable) {
        QStringList changes;
        if (sc.mix.insert > 0)
            changes << ReviewPage::tr("inserts rows into it");
        if (sc.mix.update > 0)
            changes << ReviewPage::tr("updates its rows");
        if (sc.mix.remove > 0)
            changes << ReviewPage::tr("deletes its rows");
        h.row(ReviewPage::tr("Table"),
            changes.isEmpty()
                ? ReviewPage::tr("%1, an existing table of yours: the run only reads it").arg(sc.table)
                : ReviewPage::tr("%1, an existing table of yours: the run %2, and those changes stay")
                      .arg(sc.table, changes.join(ReviewPage::tr(", "))));
    } else {
        h.row(ReviewPage::tr("Load table"),
            ReviewPage::tr("%1 (LockLens's own, created if missing)").arg(sc.table));
    }
    if (sc.existingTable || sc.foreignKeys)
        h.row(ReviewPage::tr("Foreign keys"),
            sc.foreignKeys ? ReviewPage::tr("enforced (PRAGMA foreign_keys=ON on every connection)")
                           : ReviewPage::tr("not enforced (PRAGMA foreign_keys=OFF, SQLite's default)"));
    const std::pair<int, QString> weights[]
        = { { sc.mix.insert, ReviewPage::tr("insert") }, { sc.mix.update, ReviewPage::tr("update") },
              { sc.mix.remove, ReviewPage::tr("delete") }, { sc.mix.pointRead, ReviewPage::tr("point read") },
              { sc.mix.rangeRead, ReviewPage::tr("range read") } };
    bool anyWeight = false;
    for (const auto &[w, name] : weights) {
        if (w > 0) {
            h.row(anyWeight ? QString() : ReviewPage::tr("Operation mix"),
                ReviewPage::tr("%1 %2 (%3%)")
                    .arg(name)
                    .arg(w)
                    .arg(QString::number(100.0 * w / sc.mix.total(), 'g', 3)));
            anyWeight = true;
        }
    }
    if (!anyWeight)
        h.row(ReviewPage::tr("Operation mix"), ReviewPage::tr("nothing (every weight is 0)"));
    h.row(ReviewPage::tr("Payload per row"), ReviewPage::tr("%1 bytes").arg(sc.payloadBytes));
    h.row(ReviewPage::tr("Rows per transaction"), QString::number(sc.batch));
    h.row(ReviewPage::tr("Rows per range read"), QString::number(sc.rangeRows));
    h.row(ReviewPage::tr("Prefill rows"), QString::number(sc.prefillRows));
    // On PostgreSQL an explicit transaction begins at the chosen isolation level; DEFERRED and
    // IMMEDIATE both mean BEGIN there.
    h.row(ReviewPage::tr("Transaction mode"),
        sc.onServer() && sc.txMode != TxMode::Autocommit
            ? QStringLiteral("BEGIN ISOLATION LEVEL %1")
                  .arg(toString(sc.isolation).replace(QLatin1Char('-'), QLatin1Char(' ')).toUpper())
            : WizardText::label(sc.txMode));
    h.row(ReviewPage::tr("Read before writing"),
        sc.readBeforeWrite ? ReviewPage::tr("yes") : ReviewPage::tr("no"));
}

void concurrencyRows(SummaryHtml &h, const Scenario &sc)
{
    h.section(ReviewPage::tr("Concurrency"));
    h.row(ReviewPage::tr("Workers"), QString::number(sc.workers));
    h.row(ReviewPage::tr("Readers"),
        sc.readers > 0
            ? ReviewPage::tr("%1, each on its own connection (BEGIN DEFERRED, reads only)").arg(sc.readers)
            : ReviewPage::tr("none"));
    h.row(ReviewPage::tr("Connections"), WizardText::label(sc.strategy));
    if (sc.strategy == Strategy::Split)
        h.row(ReviewPage::tr("Split files"),
            sc.databasePath.isEmpty()
                ? ReviewPage::tr("%1 (temporary, removed afterwards)").arg(sc.splitFiles)
                : QDir::toNativeSeparators(sc.splitPaths().join(QStringLiteral(", "))));
    h.row(ReviewPage::tr("Statements"), WizardText::label(sc.driverPath));
    if (sc.onServer()) {
        h.row(ReviewPage::tr("When locked"),
            sc.busyPolicy == BusyPolicy::None ? ReviewPage::tr("give up at once (lock_timeout 1 ms)")
                                              : ReviewPage::tr("wait in the server, up to lock_timeout"));
        h.row(ReviewPage::tr("lock_timeout"), ReviewPage::tr("%1 ms").arg(sc.busyTimeoutMs));
    } else {
        h.row(ReviewPage::tr("When locked"), WizardText::label(sc.busyPolicy));
        h.row(ReviewPage::tr("Busy timeout"), ReviewPage::tr("%1 ms").arg(sc.busyTimeoutMs));
    }
    h.row(ReviewPage::tr("Tries per transaction"), QString::number(sc.maxTries));
    if (sc.maxTries > 1)
        h.row(ReviewPage::tr("Between tries"),
            ReviewPage::tr("%1: %2").arg(WizardText::label(sc.retryBackoff.kind), WizardText::note(sc.retryBackoff)));
    h.section(ReviewPage::tr("Pace and length"));
    h.row(ReviewPage::tr("Target rate"),
        sc.rate > 0 ? ReviewPage::tr("%1 operations/s in all").arg(number(sc.rate))
                    : ReviewPage::tr("flat out"));
    if (sc.durationS > 0)
        h.row(ReviewPage::tr("Stops"), ReviewPage::tr("after %1 s").arg(number(sc.durationS)));
    else
        h.row(ReviewPage::tr("Stops"),
            ReviewPage::tr("after %1 operations per worker (%2 in all)")
                .arg(sc.opsPerWorker)
                .arg(double(sc.opsPerWorker) * (sc.workers + sc.readers), 0, 'f', 0));
    h.row(ReviewPage::tr("Random seed"), QString::number(sc.seed));
    h.section(ReviewPage::tr("Measurement"));
    h.row(
        ReviewPage::tr("Per-operation timing"), sc.instrument ? ReviewPage::tr("on") : ReviewPage::tr("off"));
    if (sc.onServer()) // no file locks to record: the waits in the server are sampled
        h.row(ReviewPage::tr("Lock waits"),
            sc.instrument ? ReviewPage::tr("sampled in the server %1 times a second, with what each waited for")
                                .arg(ServerSampler::Rate)
                          : ReviewPage::tr("not sampled (needs per-operation timing)"));
    else
        h.row(ReviewPage::tr("Lock recording"),
            !sc.recordLocks     ? ReviewPage::tr("off")
                : sc.instrument ? ReviewPage::tr("on")
                                : ReviewPage::tr("on, but needs per-operation timing"));
}

// The known traps, and what the run leaves in the database open in the window.
QString warningsHtml(const Scenario &sc, const WizardContext &ctx)
{
    const QStringList warnings = sc.warnings();
    QString text;
    if (!warnings.isEmpty()) {
        text = QStringLiteral("<b>%1</b><ul style=\"margin-left:-20px\">")
                   .arg(esc(ReviewPage::tr("Known traps in this scenario (it can still run):")));
        for (const QString &w : warnings)
            text += QStringLiteral("<li>%1</li>").arg(esc(w));
        text += QStringLiteral("</ul>");
    }
    const QString effect = windowDatabaseEffect(sc, ctx);
    if (!effect.isEmpty())
        text += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(ReviewPage::tr("Your database:")), esc(effect));
    return text;
}

} // namespace

ReviewPage::ReviewPage(LoadWizard *wizard)
    : ScenarioPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Review"));
    setSubTitle(tr("Everything the run will do. Name the scenario to save it; Run starts it."));

    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("scenarioName"));
    m_name->setPlaceholderText(tr("a short name, e.g. deferred-vs-immediate"));
    m_description = new QPlainTextEdit;
    m_description->setObjectName(QStringLiteral("scenarioDescription"));
    m_description->setPlaceholderText(tr("what this scenario shows"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 2 + 14);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);

    auto *warningFrame = new QFrame;
    warningFrame->setFrameShape(QFrame::StyledPanel);
    m_warningBox = warningFrame;
    m_warningBox->setObjectName(QStringLiteral("warningBox"));
    m_warningBox->setAutoFillBackground(true);
    QPalette pal = m_warningBox->palette();
    pal.setColor(QPalette::Window, QColor(0xfd, 0xf1, 0xe2));
    pal.setColor(QPalette::WindowText, QColor(0x5a, 0x2e, 0x00));
    m_warningBox->setPalette(pal);
    auto *icon = new QLabel;
    icon->setPixmap(Icons::warning().pixmap(24, 24));
    icon->setAlignment(Qt::AlignTop);
    m_warnings = new QLabel;
    m_warnings->setObjectName(QStringLiteral("warnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::RichText);
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *warningLayout = new QHBoxLayout(m_warningBox);
    warningLayout->addWidget(icon);
    warningLayout->addWidget(m_warnings, 1);

    m_summary = new QTextBrowser;
    m_summary->setObjectName(QStringLiteral("reviewText"));
    m_summary->setOpenLinks(false);

    auto *save = new QPushButton(tr("&Save Scenario…"));
    save->setObjectName(QStringLiteral("saveScenario"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(save);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_warningBox);
    layout->addWidget(m_summary, 1);
    layout->addLayout(buttons);
    addProblemLine(layout, QStringLiteral("reviewProblem"));

    connect(save, &QPushButton::clicked, this, &ReviewPage::saveRequested);
}

void ReviewPage::load(const Scenario &sc)
{
    m_name->setText(sc.name);
    m_exactDescription = sc.description;
    m_description->setPlainText(sc.description);
    m_shownDescription = m_description->toPlainText();
}

void ReviewPage::store(Scenario *sc) const
{
    sc->name = m_name->text();
    const QString shown = m_description->toPlainText();
    sc->description = shown == m_shownDescription ? m_exactDescription : shown;
}

QString ReviewPage::problem() const
{
    return m_wizard->problem();
}

void ReviewPage::initializePage()
{
    showScenario();
}

void ReviewPage::showScenario()
{
    const Scenario sc = m_wizard->scenario();
    const WizardContext &ctx = m_wizard->context();
    SummaryHtml h;
    targetRows(h, sc, ctx);
    workloadRows(h, sc);
    h.nextColumn();
    concurrencyRows(h, sc);
    m_summary->setHtml(h.html());
    const QString text = warningsHtml(sc, ctx);
    m_warnings->setText(text);
    m_warningBox->setVisible(!text.isEmpty());
    refresh();
}

} // namespace LockLens
