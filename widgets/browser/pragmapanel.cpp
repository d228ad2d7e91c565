// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/browser/pragmapanel.h"

#include "app/core/sqlsession.h"
#include "widgets/common/statusline.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace LockLens {

namespace {

constexpr const char *ShownProperty = "locklensShownValue";

// What a job in the session's thread hands back to the panel.
struct Outcome
{
    bool open = false;
    bool ok = false;
    QString message;
    std::vector<Pragmas::PragmaValue> values;
};

QLabel *wrappedLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Wrap to the width the layout gives rather than to the label's own guess, which
    // would push the text under the scroll bar.
    QSizePolicy policy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    label->setSizePolicy(policy);
    return label;
}

QString spinTip(const QString &pragma)
{
    return pragma == QLatin1String("cache_size")
        ? PragmaPanel::tr("Negative: KiB; positive: pages. Press Enter to apply.")
        : PragmaPanel::tr("Press Enter to apply.");
}

} // namespace

PragmaPanel::PragmaPanel(SqlSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *title = new QLabel(tr("Pragmas of the SQL console's connection"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setToolTip(tr("The SQL console runs on this connection too, so per-connection settings "
                         "apply to its statements."));
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setToolTip(tr("Read every pragma again"));
    connect(refreshButton, &QPushButton::clicked, this, &PragmaPanel::refresh);
    auto *bar = new QHBoxLayout;
    bar->addWidget(title, 1);
    bar->addWidget(refreshButton);

    QGridLayout *grid = pragmaGrid(bold);
    auto *content = new QWidget(this);
    content->setLayout(grid);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);

    m_status = wrappedLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setFrameShape(QFrame::StyledPanel);
    m_status->setMargin(4);
    m_status->setText(tr("No database is open."));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_status);

    if (m_session) {
        connect(m_session, &SqlSession::opened, this, &PragmaPanel::refresh);
        connect(m_session, &SqlSession::openFailed, this, &PragmaPanel::refresh);
        // The console may have run PRAGMA statements of its own.
        connect(m_session, &SqlSession::finished, this, &PragmaPanel::refresh);
    }
}

QGridLayout *PragmaPanel::pragmaGrid(const QFont &bold)
{
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(4);
    grid->setColumnStretch(2, 1);
    int gridRow = 0;
    for (const Pragmas::Definition &def : Pragmas::definitions()) {
        if (!m_rows.empty()) {
            auto *line = new QFrame(this);
            line->setFrameShape(QFrame::HLine);
            line->setFrameShadow(QFrame::Sunken);
            grid->addWidget(line, gridRow++, 0, 1, 3);
        }
        addPragmaRow(grid, gridRow++, def, bold);
    }
    grid->setRowStretch(gridRow, 1);
    return grid;
}

void PragmaPanel::addPragmaRow(
    QGridLayout *grid, int gridRow, const Pragmas::Definition &def, const QFont &bold)
{
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    QFont italic = font();
    italic.setItalic(true);
    const int i = int(m_rows.size());
    m_rows.push_back({ def });
    Row &row = m_rows.back();
    row.name = new QLabel(def.name, this);
    row.name->setFont(bold);
    row.name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const bool inFile = def.scope == Pragmas::Scope::File;
    row.scope = new QLabel(inFile ? tr("in the file") : tr("this connection"), this);
    row.scope->setFont(small);
    row.scope->setToolTip(inFile ? tr("Kept in the database file: every connection sees it.")
                                 : tr("Applies to this connection only: each connection of your "
                                      "program has its own."));
    auto *meaning = wrappedLabel(this);
    meaning->setText(def.meaning);
    row.note = wrappedLabel(this);
    row.note->setFont(italic);
    row.editor = makeEditor(i);
    row.editor->setObjectName(def.name);
    row.editor->setEnabled(false);

    auto *nameBox = new QVBoxLayout;
    nameBox->setSpacing(0);
    nameBox->addWidget(row.name);
    nameBox->addWidget(row.scope);
    nameBox->addStretch();
    auto *textBox = new QVBoxLayout;
    textBox->setSpacing(2);
    textBox->addWidget(meaning);
    textBox->addWidget(row.note);
    grid->addLayout(nameBox, gridRow, 0);
    grid->addWidget(row.editor, gridRow, 1, Qt::AlignTop);
    grid->addLayout(textBox, gridRow, 2);
}

QWidget *PragmaPanel::makeEditor(int i)
{
    const Pragmas::Definition &def = m_rows.at(size_t(i)).def;
    if (def.kind == Pragmas::Kind::Boolean) {
        auto *box = new QCheckBox(tr("on"), this);
        connect(box, &QCheckBox::clicked, this, [this, i] { apply(i); });
        return box;
    }
    if (def.kind == Pragmas::Kind::Keyword || !def.keywords.isEmpty()) {
        auto *combo = new QComboBox(this);
        for (const QString &k : def.keywords)
            combo->addItem(def.unit.isEmpty() ? k : k + def.unit, k);
        connect(combo, &QComboBox::activated, this, [this, i] { apply(i); });
        return combo;
    }
    auto *spin = new QSpinBox(this);
    spin->setRange(int(def.minimum), int(def.maximum));
    spin->setSuffix(def.unit);
    spin->setAccelerated(true);
    spin->setToolTip(spinTip(def.name));
    if (def.name == QLatin1String("wal_autocheckpoint"))
        spin->setSpecialValueText(tr("0 (off)"));
    connect(spin, &QSpinBox::editingFinished, this, [this, i] { apply(i); });
    return spin;
}

QWidget *PragmaPanel::editor(const QString &pragma) const
{
    for (const Row &row : m_rows)
        if (row.def.name == pragma)
            return row.editor;
    return nullptr;
}

QString PragmaPanel::statusText() const
{
    return m_status->text();
}

void PragmaPanel::refresh()
{
    if (!m_session)
        return;
    const quint64 generation = ++m_generation;
    auto outcome = std::make_shared<Outcome>();
    m_session->post(
        [outcome](DbConnection *db) {
            outcome->open = db != nullptr;
            if (db)
                outcome->values = Pragmas::readAll(*db);
        },
        this,
        [this, outcome, generation] {
            if (generation != m_generation)
                return;
            showValues(outcome->values, outcome->open);
            const SqlFailure &why = m_session->openFailure();
            if (!outcome->open && !why.message.isEmpty())
                showStatus(tr("No connection to the database: %1. Refresh after the cause is gone, or "
                              "Retry (F5) in the window.")
                               .arg(why.text()),
                    true);
            else if (!outcome->open)
                showStatus(tr("No database is open."), false);
            else
                showStatus(tr("Read from %1 (%2).")
                               .arg(m_session->location().displayName(),
                                   m_session->readOnly() ? tr("read-only") : tr("read-write")),
                    false);
            Q_EMIT refreshed();
        });
}

void PragmaPanel::showValues(const std::vector<Pragmas::PragmaValue> &values, bool open)
{
    m_values = open ? values : std::vector<Pragmas::PragmaValue>();
    const bool readOnly = m_session && m_session->readOnly();
    for (const Row &row : m_rows) {
        const Pragmas::PragmaValue *v = nullptr;
        for (const Pragmas::PragmaValue &candidate : m_values)
            if (candidate.name == row.def.name)
                v = &candidate;
        row.editor->setEnabled(v && v->editable);
        if (!v) {
            row.note->clear();
            showEditorValue(row, QString()); // blank: no stale or default value that looks read
            continue;
        }
        showEditorValue(row, v->text);
        row.note->setText(v->ok ? v->note : tr("Cannot read it: %1").arg(v->failure.text()));
        if (v->ok && !v->editable && readOnly)
            row.editor->setToolTip(
                tr("The database is open read-only, and %1 is kept in the file.").arg(row.def.name));
        else if (qobject_cast<QSpinBox *>(row.editor))
            row.editor->setToolTip(spinTip(row.def.name));
        else
            row.editor->setToolTip(QString());
    }
}

void PragmaPanel::showEditorValue(const Row &row, const QString &text) const
{
    const QSignalBlocker block(row.editor);
    if (text.isNull()) {
        if (auto *combo = qobject_cast<QComboBox *>(row.editor))
            combo->setCurrentIndex(-1);
        else if (auto *spin = qobject_cast<QSpinBox *>(row.editor))
            spin->clear();
        else if (auto *box = qobject_cast<QCheckBox *>(row.editor))
            box->setChecked(false);
        return;
    }
    if (auto *box = qobject_cast<QCheckBox *>(row.editor)) {
        box->setChecked(text == QLatin1String("ON"));
    } else if (auto *combo = qobject_cast<QComboBox *>(row.editor)) {
        int index = combo->findData(text);
        if (index < 0) { // a value outside the table (a newer SQLite): show it as it is
            combo->addItem(text, text);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
    } else if (auto *spin = qobject_cast<QSpinBox *>(row.editor)) {
        const qint64 n = text.toLongLong();
        spin->setValue(int(std::clamp(n, qint64(spin->minimum()), qint64(spin->maximum()))));
        // What the box showed, so that leaving it untouched never writes a clamped value.
        spin->setProperty(ShownProperty, spin->value());
        if (n < spin->minimum() || n > spin->maximum())
            spin->setToolTip(
                tr("SQLite reports %1, beyond what this box holds; change it in the SQL console.").arg(text));
    }
}

QString PragmaPanel::editorValue(const Row &row) const
{
    if (auto *box = qobject_cast<QCheckBox *>(row.editor))
        return box->isChecked() ? QStringLiteral("ON") : QStringLiteral("OFF");
    if (auto *combo = qobject_cast<QComboBox *>(row.editor))
        return combo->currentData().toString();
    if (auto *spin = qobject_cast<QSpinBox *>(row.editor))
        return QString::number(spin->value());
    return {};
}

QString PragmaPanel::currentText(const QString &pragma) const
{
    for (const Pragmas::PragmaValue &v : m_values)
        if (v.name == pragma)
            return v.text;
    return {};
}

bool PragmaPanel::confirm(const Row &row, const QString &from, const QString &to)
{
    if (row.def.scope != Pragmas::Scope::File || qEnvironmentVariableIsSet("LOCKLENS_NO_DIALOGS"))
        return true;
    const QString why = row.def.name == QLatin1String("journal_mode")
        ? tr("WAL is recorded in the database file: it changes how every program that opens the "
             "file locks it. Leaving WAL needs every other connection closed.")
        : tr("A new page size applies at once only to an empty file; otherwise SQLite waits for "
             "VACUUM to rewrite the whole file (never in WAL mode).");
    const auto answer = QMessageBox::question(this, tr("Change %1?").arg(row.def.name),
        tr("Change %1 from %2 to %3?\n\n%4").arg(row.def.name, from, to, why),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Yes;
}

void PragmaPanel::apply(int i)
{
    const Row &row = m_rows.at(size_t(i));
    const QString name = row.def.name;
    const QString value = editorValue(row);
    const QString before = currentText(name);
    if (!m_session || value.isEmpty() || value == before)
        return;
    if (auto *spin = qobject_cast<QSpinBox *>(row.editor);
        spin && spin->property(ShownProperty) == spin->value())
        return; // focus left a box nobody changed

    if (!confirm(row, before, value)) {
        showEditorValue(row, before);
        return;
    }
    showStatus(tr("Setting %1 to %2…").arg(name, value), false);
    const quint64 generation = ++m_generation;
    auto outcome = std::make_shared<Outcome>();
    m_session->post(
        [outcome, name, value](DbConnection *db) {
            outcome->open = db != nullptr;
            if (!db)
                return;
            outcome->ok = Pragmas::set(*db, name, value, &outcome->message);
            outcome->values = Pragmas::readAll(*db);
        },
        this,
        [this, outcome, generation, name] {
            const QString message = outcome->open ? outcome->message : tr("No database is open.");
            if (generation == m_generation) {
                showValues(outcome->values, outcome->open);
                Q_EMIT refreshed();
            }
            showStatus(message, !outcome->ok);
            Q_EMIT applied(name, outcome->ok, message);
            if (outcome->ok)
                Q_EMIT changed(name);
        });
}

void PragmaPanel::showStatus(const QString &text, bool failure)
{
    setStatusLine(m_status, text, failure);
}

} // namespace LockLens
