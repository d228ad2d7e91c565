// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/catalog.h"

#include <QObject>

class QCompleter;
class QPlainTextEdit;
class QStandardItemModel;

namespace LockLens {

// Name completion in the SQL console's editor. Typing a word of two characters or more
// (Ctrl+Space: at once) lists what starts with it: the catalog's tables, views and
// columns and SQLite's keywords; after "table." only that table's columns. Enter or Tab
// takes the highlighted entry (a name that needs quotes comes quoted), Esc closes the
// list. Nothing is offered inside a string or a comment.
class SqlCompleter : public QObject
{
    Q_OBJECT
public:
    enum { TypedRole = Qt::UserRole }; // the text a completion puts in: quoted where needed

    explicit SqlCompleter(QPlainTextEdit *editor);
    void setSchema(const Catalog::Schema &schema);
    QCompleter *completer() const { return m_completer; }
    // Lists the completions of the word at the cursor (also when it is shorter than two).
    void complete();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The word being typed before the cursor; `table` the name before a dot ahead of it.
    QString wordBefore(QString *table) const;
    bool inStringOrComment() const;
    void update(bool force);
    void insert(const QString &completion);

    QPlainTextEdit *m_editor = nullptr;
    QCompleter *m_completer = nullptr;
    QStandardItemModel *m_model = nullptr;
    Catalog::Schema m_schema;
    QString m_listFor = QStringLiteral("\x01"); // the table whose columns the list holds ("": all)
    bool m_typed = false; // a key that changes the text was pressed
};

} // namespace LockLens
