// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/browser/sqlcompleter.h"

#include "app/core/sqltext.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTextBlock>

namespace LockLens {

namespace {
constexpr int MinimumPrefix = 2;

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$');
}
} // namespace

SqlCompleter::SqlCompleter(QPlainTextEdit *editor)
    : QObject(editor)
    , m_editor(editor)
    , m_completer(new QCompleter(this))
    , m_model(new QStandardItemModel(this))
{
    m_completer->setModel(m_model);
    m_completer->setWidget(editor);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setModelSorting(QCompleter::CaseInsensitivelySortedModel);
    m_completer->setMaxVisibleItems(12);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
        [this](const QModelIndex &index) { insert(index.data(TypedRole).toString()); });
    connect(editor, &QPlainTextEdit::textChanged, this, [this] {
        if (std::exchange(m_typed, false))
            update(false);
    });
    editor->installEventFilter(this);
    setSchema({});
}

void SqlCompleter::setSchema(const Catalog::Schema &schema)
{
    m_schema = schema;
    m_listFor = QStringLiteral("\x01"); // the list is built again when next needed
}

bool SqlCompleter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_editor || event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    QAbstractItemView *popup = m_completer->popup();
    if (popup->isVisible()) {
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Tab: {
            const QModelIndex current = popup->currentIndex();
            insert((current.isValid() ? current : m_completer->completionModel()->index(0, 0))
                       .data(TypedRole)
                       .toString());
            popup->hide();
            return true;
        }
        case Qt::Key_Escape:
            popup->hide();
            return true;
        default:
            break;
        }
    }
    if (key->key() == Qt::Key_Space && key->modifiers().testFlag(Qt::ControlModifier)) {
        complete();
        return true;
    }
    // Only typing opens the list: not moving the cursor, nor text set by the program.
    m_typed = !key->text().isEmpty() && !key->modifiers().testFlag(Qt::ControlModifier);
    return false;
}

QString SqlCompleter::wordBefore(QString *table) const
{
    const QTextCursor cursor = m_editor->textCursor();
    const QString line = cursor.block().text();
    int start = cursor.positionInBlock();
    const int end = start;
    while (start > 0 && isWordChar(line.at(start - 1)))
        --start;
    table->clear();
    if (start > 0 && line.at(start - 1) == QLatin1Char('.')) {
        int t = start - 1;
        if (t > 0 && line.at(t - 1) == QLatin1Char('"')) { // "a table".
            const int open = int(line.lastIndexOf(QLatin1Char('"'), t - 2));
            if (open >= 0)
                *table = line.mid(open + 1, t - 2 - open).replace(QLatin1String("\"\""), QLatin1String("\""));
        } else {
            while (t > 0 && isWordChar(line.at(t - 1)))
                --t;
            *table = line.mid(t, start - 1 - t);
        }
    }
    return line.mid(start, end - start);
}

bool SqlCompleter::inStringOrComment() const
{
    const QTextCursor cursor = m_editor->textCursor();
    const QTextBlock block = cursor.block();
    const int previous = block.previous().isValid() ? block.previous().userState() : -1;
    std::vector<SqlText::Token> tokens;
    const SqlText::State state = SqlText::tokenize(block.text().left(cursor.positionInBlock()),
        previous < 0 ? SqlText::Normal : SqlText::State(previous), &tokens);
    if (state != SqlText::Normal)
        return true;
    if (tokens.empty())
        return false;
    const SqlText::Token &last = tokens.back();
    const bool atEnd = last.start + last.length == cursor.positionInBlock();
    return atEnd && (last.kind == SqlText::Kind::Comment || last.kind == SqlText::Kind::String);
}

void SqlCompleter::complete()
{
    update(true);
}

void SqlCompleter::update(bool force)
{
    QString table;
    const QString prefix = wordBefore(&table);
    const bool wanted = force || prefix.size() >= MinimumPrefix || !table.isEmpty();
    if (!wanted || inStringOrComment() || (!table.isEmpty() && !m_schema.table(table))) {
        m_completer->popup()->hide();
        return;
    }
    if (table != m_listFor) {
        m_model->clear();
        for (const SqlText::Completion &c : SqlText::completions(m_schema, table)) {
            auto *item = new QStandardItem(c.shown);
            item->setData(c.typed, TypedRole);
            item->setEditable(false);
            m_model->appendRow(item);
        }
        m_listFor = table;
    }
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() == 0
        || (m_completer->completionCount() == 1 && m_completer->currentCompletion() == prefix)) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect rect = m_editor->cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0)
        + m_completer->popup()->verticalScrollBar()->sizeHint().width() + 8);
    m_completer->complete(rect);
}

void SqlCompleter::insert(const QString &completion)
{
    if (completion.isEmpty())
        return;
    QString table;
    const QString prefix = wordBefore(&table);
    QTextCursor cursor = m_editor->textCursor();
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, int(prefix.size()));
    cursor.insertText(completion);
    m_editor->setTextCursor(cursor);
}

} // namespace LockLens
