// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace LockLens {

// Colours SQL as the SQL console shows it: SQLite's keywords, strings and blobs, numbers,
// comments, parameters, and the names the open database's catalog knows (tables, views,
// columns), quoted or not. Strings and comments may span lines (SqlText::tokenize).
class SqlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit SqlHighlighter(QTextDocument *document);
    // The catalog's names (any case); the text is coloured again.
    void setNames(const QStringList &names);

protected:
    void highlightBlock(const QString &text) override;

private:
    bool known(const QString &token) const;

    QSet<QString> m_names; // lower case, unquoted
    QTextCharFormat m_keyword, m_string, m_number, m_comment, m_name, m_parameter;
};

} // namespace LockLens
